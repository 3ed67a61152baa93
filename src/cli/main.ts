/**
 * The CLI entry: commander wiring, and the only place that turns errors into
 * exit codes (0 success, 1 a check failed, 2 bad usage or bad input).
 * Exit codes go through process.exitCode, never process.exit(), so piped
 * output is never truncated.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { CheckFailed, UserError, formatWhere } from '../errors.js';
import { CatalogNotLoaded, detectLang, helpCatalog, inputLang, lang, LANGS, loadHelp, loadLang, msg, setInputLang, setLang } from '../i18n/current.js';
import { commands, type CommandEntry } from './commands/index.js';
import { addCompletion } from './completion.js';
import { describe, localizeHelp, type HelpTable } from './help.js';
import { parseChoice } from './options.js';
import { loadOutput, paint, say } from './output.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The command tree in the current language (setLang first: defaults such as
 * --locale are fixed when the options are made), its descriptions of
 * commands, arguments and options from `help`, that language's table
 * (helpCatalog(lang()), after loadHelp; cli/help.ts describe): the command
 * files write none.
 *
 * Building it is cheap on purpose (issue 26: --help in under 0.15 CPU-s):
 * every command is made from its name and arguments alone
 * (commands/index.ts); its own module,
 * which registers its options and imports what its action needs when the
 * action runs, loads only for the command the line invokes (registerCommand,
 * before parsing for a command named on the line, or when commander
 * dispatches to it), or for every command when completion needs the whole
 * tree (registerEveryCommand).
 */
export function buildProgram(help: HelpTable): Command {
  const program = new Command();
  program
    .name('loyalty-sim')
    .version(pkg.version, '-V, --version')
    // commander's message, then the pointer to --help (what showHelpAfterError would
    // write): read when an error is written, so that --help needs no message catalog
    .configureOutput({ outputError: (str, write) => write(`${msg().cli.commander(str)}${msg().cli.addHelp}\n`) })
    // before the commands are added: subcommands (and theirs) inherit it, so a
    // usage error anywhere is reported here as exit 2, never via process.exit
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ loyalty-sim init my-program.yaml                 answer a few questions, get a draft
  $ loyalty-sim validate scenarios/*.yaml            check drafts, with line:column
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --runs 1000 --seed 7

Exit codes: 0 success, 1 a check failed, 2 bad usage or bad input.
The model, every draft field and the lint: docs/model.md in the package
($(npm root -g)/loyalty-sim/docs/model.md when installed globally).`,
    );
  const pending = new Map<Command, CommandEntry>();
  for (const entry of commands) {
    const cmd = program.command(entry.name);
    for (const [spec, value] of entry.args) cmd.argument(spec, '', value);
    pending.set(cmd, entry);
  }
  const localized = lang() === 'en' ? undefined : help;
  const register = async (cmd: Command): Promise<void> => {
    const entry = pending.get(cmd);
    if (!entry) return;
    pending.delete(cmd);
    (await entry.load())(cmd);
    addLangOption(cmd);
    describe(cmd, help);
    localizeHelp(cmd, localized);
  };
  registrars.set(program, register);
  addCompletion(program, async () => void (await registerEveryCommand(program)));
  addLangOption(program);
  describe(program, help);
  localizeHelp(program, localized);
  // a command not registered before parsing is when commander dispatches to it
  program.hook('preSubcommand', (_, sub) => register(sub));
  // every action prints through cli/output.ts, whose colour library loads here, once
  program.hook('preAction', loadOutput);
  return program;
}

/** Each program's registerCommand, for the commands buildProgram made from their names alone. */
const registrars = new WeakMap<Command, (cmd: Command) => Promise<void>>();

/** Registers a command's options, closing text, subcommands and action (nothing if done already or not one of ours). */
export async function registerCommand(program: Command, name: string): Promise<void> {
  const cmd = program.commands.find((c) => c.name() === name);
  if (cmd) await registrars.get(program)?.(cmd);
}

/** Every command registered in full: the whole tree, as shell completion and the help tests need it. */
export async function registerEveryCommand(program: Command): Promise<Command> {
  for (const cmd of program.commands) await registrars.get(program)?.(cmd);
  return program;
}

/**
 * --lang on every command. Its value has already been read from the command
 * line (detectLang) before the tree was built; registering it here makes it
 * legal everywhere, shows it in --help and refuses an unknown language. A
 * command that has it already (made from its name, then registered) gets it
 * moved after its own options, where --help lists it.
 */
function addLangOption(cmd: Command): void {
  const at = cmd.options.findIndex((o) => o.long === '--lang');
  if (at === -1) cmd.addOption(new Option('--lang <lang>').argParser(parseChoice(LANGS)));
  else (cmd.options as Option[]).push(...(cmd.options as Option[]).splice(at, 1));
  for (const sub of cmd.commands) addLangOption(sub);
}

/**
 * An error as JSON on stdout, for scripts that ran a command with --json
 * (CLI.md): the same fields as the text message, null when unknown.
 */
/** Whether `message` names `file` as a word of its own (not inside a longer name or path). */
export function namesFile(message: string, file: string): boolean {
  if (!file) return false;
  for (let i = message.indexOf(file); i >= 0; i = message.indexOf(file, i + 1)) {
    const before = message[i - 1];
    const after = message[i + file.length];
    const end = after === undefined || /[\s:"'»),;]/.test(after) || (after === '.' && /^\s?$/.test(message[i + file.length + 1] ?? ''));
    if ((before === undefined || /[\s"'«(]/.test(before)) && end) return true;
  }
  return false;
}

function writeJsonError(message: string, where: UserError['where'], hint: string | undefined): void {
  const error = { message, file: where?.file ?? null, line: where?.line ?? null, column: where?.column ?? null, hint: hint ?? null };
  process.stdout.write(`${JSON.stringify({ error }, null, 2)}\n`);
}

/** Turns any error into a message on stderr (and, with --json, a JSON error on stdout) and an exit code. */
export function reportError(err: unknown, options: { json?: boolean } = {}): number {
  if (err instanceof CommanderError) {
    // commander already printed its message; help and version are successes
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    if (options.json) writeJsonError(err.message.replace(/^error: /, ''), undefined, 'add --help for usage');
    return 2;
  }
  const c = paint(process.stderr);
  if (err instanceof UserError) {
    if (options.json) writeJsonError(err.message, err.where, err.hint);
    // a message that already holds its file:line:column (an invalid draft lists
    // every error with its own), or names its file when that is all the location
    // there is ("cannot write out.csv: it is a folder"), is not prefixed with it again
    // (issue 29: "adir: adir is not a file")
    const where = formatWhere(err.where);
    const named = err.where?.line !== undefined ? err.message.includes(where) : namesFile(err.message, where);
    say(`${c.red(msg().cli.error)} ${where && !named ? `${where}: ` : ''}${err.message}`);
    if (err.hint) say(`  ${c.dim(msg().cli.hint)} ${err.hint}`);
    return 2;
  }
  if (err instanceof CheckFailed) {
    if (err.message) say(err.message);
    return 1;
  }
  const e = err as Error;
  if (options.json) writeJsonError(`internal error: ${e?.message ?? String(err)}`, undefined, 'this is a bug in loyalty-sim; please report it with the command you ran');
  process.stderr.write(`${c.red(msg().cli.internalError)} ${e?.stack ?? String(err)}\n`);
  process.stderr.write(`  ${msg().cli.bug}\n`);
  return 1;
}

/**
 * The language of a command line. --json is for machines: its text fields
 * (a population's description, validate's messages) must be the same in every
 * language, so a --json run speaks English throughout.
 */
export function commandLang(args: readonly string[], env: Record<string, string | undefined>) {
  const end = args.indexOf('--');
  const opts = end === -1 ? args : args.slice(0, end);
  return opts.includes('--json') ? 'en' : detectLang(args, env);
}

/**
 * Whether the line asks for help (-h/--help before a bare `--`, or the
 * `help` command): then only the help table of its language is loaded before
 * parsing (issue 26: `--help` parsed no message catalog). The guess only
 * saves time: the messages load before any action runs (a preAction hook)
 * and, when a usage error or an option's parser asks for them first, main()
 * loads them and reads the line again, nothing having been written by then.
 */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  const opts = end === -1 ? args : args.slice(0, end);
  return opts.includes('--help') || opts.includes('-h') || opts.includes('help');
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const output = commandLang(argv.slice(2), process.env);
  const input = detectLang(argv.slice(2), process.env);
  // only the catalogs of the languages in use are loaded (issue 26)
  const loadMessages = () => Promise.all([loadLang(output), loadLang(input)]);
  await Promise.all([loadHelp(output), asksForHelp(argv.slice(2)) ? undefined : loadMessages()]);
  setLang(output);
  setInputLang(input);
  // `loyalty-sim schema | head` closes the pipe early: that is not an error
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    // a full disk or device (`> /dev/full`): one line on stderr, not a stack
    // trace; exit at once, since nothing more can reach the output
    void loadMessages().then(() => {
      process.stderr.write(`${msg().cli.error} ${msg().safeWrite.stdoutFailed(err.code ?? err.message)}\n`);
      process.exit(2);
    });
  });
  try {
    return await run(argv, loadMessages);
  } catch (err) {
    if (err instanceof CatalogNotLoaded) {
      await loadMessages();
      return await run(argv, loadMessages).catch((again: unknown) => failure(again, argv));
    }
    return failure(err, argv);
  }
}

/** One reading of the command line: the tree, the commands it names registered, the parse and the action. */
async function run(argv: string[], loadMessages: () => Promise<unknown>): Promise<number> {
  const program = buildProgram(helpCatalog(lang()));
  program.hook('preAction', async () => void (await loadMessages()));
  // the commands named on the line are registered before parsing: `help simulate`
  // prints simulate's help without dispatching to it (so without the hook)
  const end = argv.indexOf('--');
  for (const word of new Set(end === -1 ? argv.slice(2) : argv.slice(2, end))) await registerCommand(program, word);
  await program.parseAsync(argv);
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

async function failure(err: unknown, argv: string[]): Promise<number> {
  // help, --version and usage errors were printed by commander, without colour: only our own messages need chalk
  if (!(err instanceof CommanderError)) await Promise.all([loadOutput(), loadLang(lang()), loadLang(inputLang())]);
  // options after a bare `--` are operands, not flags
  const flags = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  return reportError(err, { json: flags.includes('--json') });
}
