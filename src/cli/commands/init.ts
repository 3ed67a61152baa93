/**
 * `loyalty-sim init [file]`: writes a commented program draft from a
 * template (CLI.md), asking for the mechanics and main numbers, or with
 * `--template NAME --yes` asking nothing. Never overwrites without --force.
 * With `--history FILE` the template is first fitted to that client's base
 * (draft/from-history.ts), and the wizard's defaults are the fitted draft's.
 * An adapter: flags → history aggregates → wizard answers → draft → file.
 */
import { Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { UserError, InternalError } from '../../errors.js';
import type { CurrencySource, HistoryBase } from '../../draft/from-history.js';
import type { WizardAnswers } from '../../draft/templates.js';
import { TEMPLATE_DESCRIPTIONS, TEMPLATE_NAMES, type TemplateName } from '../../draft/template-names.js';
import type { History } from '../../history/read.js';
import { lang, msg } from '../../i18n/current.js';
import { addHistoryOptions, historyArgs, readOptionsFrom, skippedLines, type HistoryFlags } from '../history-flags.js';
import { defaultLocale, parseCurrency } from '../options.js';
import { say, warn } from '../output.js';

export interface InitOptions extends HistoryFlags {
  template?: TemplateName;
  yes?: boolean;
  force?: boolean;
  /** A sales history to fit the template's thresholds, currency and customer count to. */
  history?: string;
  /** A draft of one's own to start from instead of a template. */
  from?: string;
  currency?: string;
}

export interface InitIo {
  /** Whether stdin is a terminal a person can answer on. */
  interactive: boolean;
  /** Asks the questions; a template's defaults are those of `textOf(template)`. */
  ask: (template: TemplateName | undefined, textOf: (name: TemplateName) => string) => Promise<WizardAnswers>;
}

// @inquirer/prompts is loaded only when someone is asked: every other command starts without it.
const defaultIo = (): InitIo => ({
  interactive: Boolean(process.stdin.isTTY),
  ask: async (template, textOf) => (await import('../prompts/init-wizard.js')).askInitAnswers(template, textOf),
});

/**
 * What init needs when it runs, loaded then and not with the command tree
 * (issue 26: `--help` loads no yaml, zod, reader or fit).
 */
async function modules() {
  const [load, fromHistory, templates, fitHistory, period, read, localeCurrency, whatif] = await Promise.all([
    import('../../draft/load.js'),
    import('../../draft/from-history.js'),
    import('../../draft/templates.js'),
    import('../../fit/fit-history.js'),
    import('../../history/period-spend.js'),
    import('../../history/read.js'),
    import('../../report/locale-currency.js'),
    import('../../report/whatif.js'),
  ]);
  return { ...load, ...fromHistory, ...templates, ...fitHistory, ...period, ...read, ...localeCurrency, ...whatif };
}
type Modules = Awaited<ReturnType<typeof modules>>;

/** Russian column names say a Russian export (1C and its kin): its amounts are roubles. */
const CYRILLIC = /[\u0400-\u04FF]/;

/** The history's reading flags as tokens: the user's, and the columns as read, so the draft's simulate line reads it the same way. */
function readingFlags(m: Modules, opts: InitOptions, history: History): string[] {
  const given = historyArgs({ ...opts, history: opts.history }).slice(2);
  const c = history.columns;
  const columns: [string, string | undefined][] = [['--customer', c.customer], ['--date', c.date], ['--amount', c.amount], ['--quantity', c.quantity], ['--price', c.price], ['--order', c.order]];
  const found = columns.filter(([flag, v]) => v !== undefined && !given.includes(flag)).flatMap(([flag, v]) => [flag, v!]);
  return [...found, ...given].map(m.shellQuote);
}

/** The customers' aggregates a fitted draft needs, from the history read with the user's flags. */
async function historyBase(m: Modules, file: string, opts: InitOptions & { history: string }): Promise<HistoryBase> {
  const t = msg().draftFromHistory;
  const history = await m.readHistoryFile(opts.history, readOptionsFrom(opts));
  for (const line of skippedLines(history)) warn(`${opts.history}: ${line}`);
  const spend = m.periodSpend(history.store, history.lastDay);
  if (spend.spenders === 0) throw new UserError(t.noSpenders(opts.history), t.noSpendersHint, { file: opts.history });
  const fit = fittedPriors(m, history);
  const c = history.columns;
  const cyrillic = [c.customer, c.date, c.amount, c.quantity, c.price, c.order].some((n) => n !== undefined && CYRILLIC.test(n));
  const locale = defaultLocale();
  const currencySource: CurrencySource = opts.currency ? { kind: 'flag' } : cyrillic ? { kind: 'cyrillic' } : { kind: 'locale', locale };
  return {
    file: opts.history,
    draftFile: file,
    customers: history.store.ids.length,
    firstDate: history.firstDate,
    lastDate: history.lastDate,
    spend,
    currency: opts.currency ?? (cyrillic ? 'RUB' : m.currencyOfLocale(locale)),
    currencySource,
    readingFlags: readingFlags(m, opts, history),
    ...(history.currencyColumn !== undefined ? { currencyColumn: history.currencyColumn } : {}),
    ...(fit ? { fit } : {}),
  };
}

/**
 * The synthetic block's priors fitted to the history (BG/NBD in months, the
 * form the block has), or undefined when the fit fails or its order values
 * have no finite mean (q ≤ 1): the template's priors stay, and the comment says so.
 */
function fittedPriors(m: Modules, history: History): HistoryBase['fit'] {
  try {
    const f = m.fitCustomerHistory(history, { unit: 'month', model: 'bg-nbd', seasonality: false });
    if (f.purchase.model !== 'bg-nbd') return undefined;
    const { r, alpha, a, b } = f.purchase.params;
    const { p, q, gamma } = f.gammaGamma.params;
    const all = [r, alpha, a, b, p, q, gamma];
    return all.every((x) => Number.isFinite(x) && x > 0) && q > 1 ? { r, alpha, a, b, p, q, gamma } : undefined;
  } catch (err) {
    if (err instanceof UserError) return undefined;
    throw err;
  }
}

/** Runs init; returns the text written. */
export async function runInit(file: string, opts: InitOptions, io: InitIo = defaultIo()): Promise<string> {
  const t = msg().init;
  if (!opts.force && existsSync(file)) throw new UserError(t.exists(file), t.existsHint);
  const h = msg().draftFromHistory;
  const m = await modules();
  if (opts.from && opts.template) throw new UserError(h.fromOrTemplate, h.fromOrTemplateHint);
  let own: string | undefined;
  if (opts.from) {
    // a draft with errors is refused with them, as validate shows them
    await m.loadDraft(opts.from);
    own = (await m.readDraft(opts.from)).text;
  }
  const base = opts.history ? await historyBase(m, file, { ...opts, history: opts.history }) : undefined;
  const textOf = (name: TemplateName): string => {
    if (!base) {
      if (!opts.currency) return own ?? m.templateText(name, lang());
      return m.draftFromAnswers({ template: name, lang: lang(), currency: opts.currency }, own);
    }
    try {
      return own !== undefined ? m.fitDraftText(own, lang(), base, h) : m.draftFromHistory(name, lang(), base, h);
    } catch (err) {
      if (err instanceof m.TooFewSpends) throw new UserError(h.tooFewValues(base.file), h.tooFewValuesHint, { file: base.file });
      throw err;
    }
  };
  let answers: WizardAnswers;
  // with --from the draft is the mechanics: no template to choose (the name only labels the wizard's edits)
  const template = opts.template ?? (own !== undefined ? 'hybrid' : undefined);
  if (opts.yes) answers = { template: template ?? 'hybrid', lang: lang() };
  else if (!io.interactive) throw new UserError(t.notTty, t.notTtyHint(file, opts.template ?? 'hybrid'));
  else {
    if (base) say(h.wizardDefaults(base.file));
    try {
      answers = { ...(await io.ask(template, textOf)), lang: lang() };
    } catch (err) {
      // Ctrl-C, or stdin closed half-way through the questions: not a bug, nothing was written
      if ((err as Error)?.name === 'ExitPromptError' || (err as Error)?.name === 'AbortPromptError') {
        throw new UserError(t.stopped, t.stoppedHint(file), { file });
      }
      throw err;
    }
  }

  const text = m.draftFromAnswers(answers, textOf(answers.template));
  const check = m.checkDraftText(text, file);
  if (!check.valid) {
    // the wizard's own checks should make this unreachable
    throw new InternalError(`init built an invalid draft:\n${check.issues.map((i) => m.formatIssueLine(file, i)).join('\n')}`);
  }
  try {
    await writeFile(file, text, { flag: opts.force ? 'w' : 'wx' });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EEXIST') throw new UserError(t.exists(file), t.existsHintShort);
    throw new UserError(t.cannotWrite(file, e.message), t.cannotWriteHint);
  }
  if (base) {
    say(h.wrote(file, opts.from ?? answers.template, base.file, check.issues.length));
    say(h.next(file, base.file));
  } else if (opts.from) {
    say(h.wroteFrom(file, opts.from, check.issues.length));
    say(t.next(file));
  } else {
    say(t.wrote(file, answers.template, check.issues.length));
    say(t.next(file));
  }
  say(t.schemaTip);
  return text;
}

export function registerInit(command: Command): void {
  const cmd = command
    .addOption(
      new Option('-t, --template <name>').choices(TEMPLATE_NAMES),
    )
    .option('-y, --yes')
    .option('-f, --force')
    .option('--history <file>')
    .option('--from <draft>')
    .option('--currency <code>', '', parseCurrency);
  addHistoryOptions(cmd)
    .addHelpText(
      'after',
      `
Templates:
${TEMPLATE_NAMES.map((n) => `  ${n.padEnd(9)} ${TEMPLATE_DESCRIPTIONS[n]}`).join('\n')}

Examples:
  $ loyalty-sim init                                    answer a few questions, get program.yaml
  $ loyalty-sim init rebate.yaml --template rebate --yes
  $ loyalty-sim init client.yaml --history fixtures/examples/sales.csv --template tiers --yes`,
    )
    .action(async (file: string, opts: InitOptions) => {
      await runInit(file, opts);
    });
}
