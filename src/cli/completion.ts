/**
 * Shell completion. `loyalty-sim completion bash|zsh|fish` prints a script
 * generated from the commander tree (cli/completion-script.ts): commands,
 * flags and choice values are static lists in the script and file options
 * use the shell's own path completion, so a Tab starts no Node. Only the
 * draft's numeric paths for --vary, --set and --solve call back the hidden
 * `loyalty-sim complete -- <words>` (@bomb.sh/tab), which reads the draft
 * named on the line; powershell keeps @bomb.sh/tab's own script.
 */
import type { Command } from 'commander';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { numericFields } from '../draft/paths.js';
import { LANGS } from '../i18n/current.js';
import type { CompletionShell } from './completion-script.js';

/** Options whose value is a path into the draft, and what follows the path. */
const PATH_OPTIONS: Record<string, string> = { vary: '=', set: '=', solve: '' };

/** The words being completed: what follows `complete --` on the command line. */
function completionWords(argv: readonly string[]): string[] {
  const i = argv.indexOf('complete');
  const rest = i === -1 ? [] : argv.slice(i + 1);
  return rest[0] === '--' ? rest.slice(1) : rest;
}

/** yaml's parse and the draft's paths, loaded before `complete` runs (not on every start: --help and --version need neither). */
let reader: { parse: (text: string) => unknown; numericFields: typeof numericFields } | undefined;
const loadReader = async (): Promise<void> => {
  const [{ parse }, paths] = await Promise.all([import('yaml'), import('../draft/paths.js')]);
  reader ??= { parse, numericFields: paths.numericFields };
};

/** The numeric paths of the first draft (a .yaml/.yml word) on the line; none when it cannot be read. */
export function draftPaths(words: readonly string[]): string[] {
  const file = words.find((w) => /\.ya?ml$/i.test(w));
  if (!file || !reader) return [];
  try {
    const data: unknown = reader.parse(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' ? reader.numericFields(data).map((f) => f.path) : [];
  } catch {
    return [];
  }
}

/** Drafts and folders next to what is typed so far, for a <draft> argument (tab turns off the shell's own file completion). */
function draftFiles(typed: string): string[] {
  const dir = typed.includes('/') ? dirname(typed.endsWith('/') ? `${typed}x` : typed) : '.';
  const prefix = dir === '.' && !typed.startsWith('./') ? '' : `${dir}/`;
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .flatMap((name) => {
        const isDir = statSync(join(dir, name)).isDirectory();
        return isDir ? [`${prefix}${name}/`] : /\.ya?ml$/i.test(name) ? [`${prefix}${name}`] : [];
      });
  } catch {
    return [];
  }
}

/** The library's handler of one of its commands, called as commander would call it. */
type ActionHandler = (args: unknown[]) => unknown;
const handlerOf = (cmd: Command | undefined): ActionHandler | undefined => (cmd as unknown as { _actionHandler?: ActionHandler } | undefined)?._actionHandler;

/**
 * @bomb.sh/tab's registry of the whole tree, made when `complete` or
 * `completion powershell` runs (issue 26: the library and node:assert, which
 * it loads, and its walk over every command's options were a tenth of
 * --help's CPU). The library adds its own `completion` and `complete`: ours,
 * which stood in for them in the tree and its help, make way first.
 */
async function withTab(program: Command, stubs: Command[]): Promise<{ completion?: ActionHandler; complete?: ActionHandler }> {
  const { default: tab } = await import('@bomb.sh/tab/commander');
  const list = program.commands as Command[];
  for (const stub of stubs) list.splice(list.indexOf(stub), 1);
  const root = tab(program, { completionCommandName: 'completion' });
  // commander keeps the raw words at runtime but does not type them
  const words = () => completionWords((program as unknown as { rawArgs: string[] }).rawArgs);
  for (const cmd of [root, ...root.commands.values()]) {
    cmd.option('lang', '', (complete) => LANGS.forEach((l) => complete(l, '')));
    for (const [name, suffix] of Object.entries(PATH_OPTIONS)) {
      const o = cmd.options.get(name);
      if (o) o.handler = (complete) => draftPaths(words()).forEach((p) => complete(`${p}${suffix}`, ''));
    }
    const draft = cmd.arguments.get('draft');
    if (draft) draft.handler = (complete) => draftFiles(words().at(-1) ?? '').forEach((f) => complete(f, ''));
  }
  return { completion: handlerOf(program.commands.find((c) => c.name() === 'completion')), complete: handlerOf(program.commands.find((c) => c.name() === 'complete')) };
}

/**
 * Adds `completion <shell>` and the hidden `complete` to the program; call
 * after every command is made. `registerEveryCommand` registers the options
 * of them all, before either runs. They are made as @bomb.sh/tab's
 * commander adapter makes them (same names, arguments, choices and
 * settings), and hand over to the library only when they run.
 */
export function addCompletion(program: Command, registerEveryCommand: () => Promise<void>): void {
  const completion = program
    .createCommand('completion')
    // its description and its argument's are the help table's (cli/help.ts describe)
    .addArgument(program.createArgument('<shell>').choices(['zsh', 'bash', 'fish', 'powershell']));
  completion.copyInheritedSettings(program);
  const complete = program.createCommand('complete').description('Generate completion suggestions').usage('-- [args...]').argument('[args...]');
  complete.copyInheritedSettings(program);
  program.addCommand(completion);
  program.addCommand(complete, { hidden: true });
  const stubs = [completion, complete];
  // tab's handlers are synchronous: the YAML reader is in place before the hidden `complete` runs
  complete.hook('preAction', loadReader);
  // both walk every command's options, which the tree registers only for the command invoked (issue 26)
  complete.hook('preAction', registerEveryCommand);
  completion.hook('preAction', registerEveryCommand);
  complete.action(async (args: string[]) => {
    await (await withTab(program, stubs)).complete?.([args]);
  });
  // bash, zsh and fish get our generated scripts (cli/completion-script.ts: static lists, no Node start per Tab,
  // no bash-completion package needed); powershell keeps the library's
  completion.action(async (shell: string) => {
    // the script generator loads when a script is asked for, not with the command tree (issue 26)
    const { COMPLETION_SHELLS, completionScript } = await import('./completion-script.js');
    if ((COMPLETION_SHELLS as readonly string[]).includes(shell)) process.stdout.write(completionScript(program, shell as CompletionShell));
    else await (await withTab(program, stubs)).completion?.([shell]);
  });
  completion.addHelpText(
      'after',
      `
Examples:
  $ source <(loyalty-sim completion bash)          in this shell only
  $ loyalty-sim completion bash > loyalty-sim.bash   then source it from ~/.bashrc
  $ loyalty-sim completion zsh > _loyalty-sim        then put it in a folder of $fpath
  $ loyalty-sim completion fish > loyalty-sim.fish   then move it to ~/.config/fish/completions/`,
    );
}
