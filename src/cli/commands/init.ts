/**
 * `loyalty-sim init [file]`: writes a commented program draft from a
 * template (CLI.md), asking for the mechanics and main numbers, or with
 * `--template NAME --yes` asking nothing. Never overwrites without --force.
 * An adapter: flags → wizard answers → draft/templates → file.
 */
import { Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { UserError, InternalError } from '../../errors.js';
import type { WizardAnswers } from '../../draft/templates.js';
import { TEMPLATE_DESCRIPTIONS, TEMPLATE_NAMES, type TemplateName } from '../../draft/template-names.js';
import { lang, msg } from '../../i18n/index.js';
import { say } from '../output.js';

export interface InitOptions {
  template?: TemplateName;
  yes?: boolean;
  force?: boolean;
}

export interface InitIo {
  /** Whether stdin is a terminal a person can answer on. */
  interactive: boolean;
  ask: (template?: TemplateName) => Promise<WizardAnswers>;
}

// @inquirer/prompts is loaded only when someone is asked: every other command starts without it.
const defaultIo = (): InitIo => ({
  interactive: Boolean(process.stdin.isTTY),
  ask: async (template) => (await import('../prompts/init-wizard.js')).askInitAnswers(template),
});

/** Runs init; returns the text written. */
export async function runInit(file: string, opts: InitOptions, io: InitIo = defaultIo()): Promise<string> {
  const t = msg().init;
  if (!opts.force && existsSync(file)) throw new UserError(t.exists(file), t.existsHint);
  let answers: WizardAnswers;
  if (opts.yes) answers = { template: opts.template ?? 'hybrid', lang: lang() };
  else if (!io.interactive) throw new UserError(t.notTty, t.notTtyHint(file, opts.template ?? 'hybrid'));
  else {
    try {
      answers = { ...(await io.ask(opts.template)), lang: lang() };
    } catch (err) {
      // Ctrl-C, or stdin closed half-way through the questions: not a bug, nothing was written
      if ((err as Error)?.name === 'ExitPromptError' || (err as Error)?.name === 'AbortPromptError') {
        throw new UserError(t.stopped, t.stoppedHint(file), { file });
      }
      throw err;
    }
  }

  // the templates and the draft checker (yaml, zod) load when init runs, not with the command tree (issue 26)
  const [{ draftFromAnswers }, { checkDraftText, formatIssueLine }] = await Promise.all([import('../../draft/templates.js'), import('../../draft/load.js')]);
  const text = draftFromAnswers(answers);
  const check = checkDraftText(text, file);
  if (!check.valid) {
    // the wizard's own checks should make this unreachable
    throw new InternalError(`init built an invalid draft:\n${check.issues.map((i) => formatIssueLine(file, i)).join('\n')}`);
  }
  try {
    await writeFile(file, text, { flag: opts.force ? 'w' : 'wx' });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EEXIST') throw new UserError(t.exists(file), t.existsHintShort);
    throw new UserError(t.cannotWrite(file, e.message), t.cannotWriteHint);
  }
  say(t.wrote(file, answers.template, check.issues.length));
  say(t.next(file));
  say(t.schemaTip);
  return text;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a commented program draft from a template, asking for the mechanics and main numbers')
    .argument('[file]', 'the draft to write', 'program.yaml')
    .addOption(
      new Option('-t, --template <name>', 'the mechanics, a template listed below').choices(TEMPLATE_NAMES),
    )
    .option('-y, --yes', 'ask nothing: write the template as it is (hybrid unless --template)')
    .option('-f, --force', 'overwrite the file if it exists')
    .addHelpText(
      'after',
      `
Templates:
${TEMPLATE_NAMES.map((n) => `  ${n.padEnd(9)} ${TEMPLATE_DESCRIPTIONS[n]}`).join('\n')}

Examples:
  $ loyalty-sim init                                    answer a few questions, get program.yaml
  $ loyalty-sim init rebate.yaml --template rebate --yes`,
    )
    .action(async (file: string, opts: InitOptions) => {
      await runInit(file, opts);
    });
}
