/**
 * The history-reading flags of CLI.md (`--customer --date --amount`,
 * `--quantity --price --order`, `--date-format --delimiter --decimal
 * --encoding`, `--strict`), shared by profile, fit and simulate --history.
 */
import { type Command, InvalidArgumentError } from 'commander';
import { UserError } from '../errors.js';
import { parseDateFormatName, parseEncodingName, dayOf, MAX_SKIPPED_DEFAULT } from '../history/format.js';
import type { HistoryNote, ReadOptions, SkipReason } from '../history/read.js';
import { inputLang, lang, msg } from '../i18n/current.js';
import { readNumber } from '../i18n/number-input.js';
import type { ModelChoice } from '../fit/fit-history.js';
import type { ChurnPrior } from '../fit/purchase-model.js';
import { parseChoice, parseShare } from './options.js';

/** The flags are the reader's options under the same names (CLI.md). */
export type HistoryFlags = Pick<ReadOptions, 'customer' | 'date' | 'amount' | 'quantity' | 'price' | 'order' | 'dateFormat' | 'delimiter' | 'decimal' | 'encoding' | 'strict' | 'skipRows' | 'maxSkipped' | 'sheet' | 'engine'>;

function parseDelimiter(value: string): string {
  const v = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' }[value.toLowerCase()] ?? value;
  if (v.length !== 1) throw new InvalidArgumentError(`"${value}" is not one character (e.g. ";", ",", tab, "|").`);
  return v;
}

function parseDecimalFlag(value: string): '.' | ',' {
  const v = { dot: '.', comma: ',' }[value.toLowerCase()] ?? value;
  if (v !== '.' && v !== ',') throw new InvalidArgumentError(`"${value}" is not a decimal separator ("." or ",").`);
  return v;
}

function parseDateFormatFlag(value: string) {
  const f = parseDateFormatName(value);
  if (!f) throw new InvalidArgumentError(msg().numberInput.dateFormat(value));
  return f;
}

function parseEncodingFlag(value: string) {
  const e = parseEncodingName(value);
  if (!e) throw new InvalidArgumentError(msg().numberInput.encoding(value));
  return e;
}

function parseSkipRows(value: string): number {
  const r = readNumber(value, inputLang());
  const n = r.ok ? r.value : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 1000) throw new InvalidArgumentError(msg().numberInput.skipRows(value));
  return n;
}

function parseMaxSkipped(value: string): number {
  const n = parseShare(value);
  if (n < 0 || n > 1) throw new InvalidArgumentError(msg().numberInput.maxSkipped(value));
  return n;
}

/** A calendar date flag (YYYY-MM-DD, or DD.MM.YYYY) as a day number. */
export function parseDayFlag(value: string): number {
  const d = dayOf(value);
  if (Number.isNaN(d)) throw new InvalidArgumentError(msg().numberInput.date(value));
  return d;
}

export function addHistoryOptions(cmd: Command): Command {
  return cmd
    .option('--customer <col>')
    .option('--date <col>')
    .option('--amount <col>')
    .option('--quantity <col>')
    .option('--price <col>')
    .option('--order <col>')
    .option('--date-format <fmt>', '', parseDateFormatFlag)
    .option('--delimiter <char>', '', parseDelimiter)
    .option('--decimal <sep>', '', parseDecimalFlag)
    .option('--encoding <name>', '', parseEncodingFlag)
    .option('--strict')
    .option('--sheet <name>')
    .option('--skip-rows <n>', '', parseSkipRows)
    .option('--engine <name>', '', parseChoice(['js', 'duckdb'] as const))
    .option('--max-skipped <share>', '', parseMaxSkipped, MAX_SKIPPED_DEFAULT);
}

export function readOptionsFrom(flags: HistoryFlags): ReadOptions {
  if (flags.amount !== undefined && (flags.quantity !== undefined || flags.price !== undefined)) {
    throw new UserError(msg().cliErrors.amountOrQuantity, msg().cliErrors.amountOrQuantityHint);
  }
  const o: ReadOptions = {};
  for (const k of ['customer', 'date', 'amount', 'quantity', 'price', 'order', 'dateFormat', 'delimiter', 'decimal', 'encoding', 'strict', 'skipRows', 'maxSkipped', 'sheet', 'engine'] as const) {
    if (flags[k] !== undefined) (o as Record<string, unknown>)[k] = flags[k];
  }
  // the clock is read here, at the edge: dates more than a year ahead are bad rows
  o.today = Math.floor(Date.now() / 86_400_000);
  return o;
}

/** The history flags as command-line tokens again (a repeat command names the same customers). */
export function historyArgs(
  flags: HistoryFlags & Partial<CalibrationFlags> & { history?: string; summary?: string; unit?: string; parameterUncertainty?: boolean },
): string[] {
  const args: string[] = [];
  if (flags.history) {
    args.push('--history', flags.history);
    const names: [keyof HistoryFlags, string][] = [
      ['customer', '--customer'], ['date', '--date'], ['amount', '--amount'], ['quantity', '--quantity'], ['price', '--price'], ['order', '--order'],
      ['dateFormat', '--date-format'], ['delimiter', '--delimiter'], ['decimal', '--decimal'], ['encoding', '--encoding'], ['skipRows', '--skip-rows'], ['maxSkipped', '--max-skipped'], ['sheet', '--sheet'], ['engine', '--engine'],
    ];
    for (const [k, flag] of names) if (flags[k] !== undefined && !(k === 'maxSkipped' && flags[k] === MAX_SKIPPED_DEFAULT)) args.push(flag, String(flags[k]));
    if (flags.strict) args.push('--strict');
  } else if (flags.summary) args.push('--summary', flags.summary, '--unit', flags.unit ?? 'month');
  else return args;
  if (flags.model && flags.model !== 'bg-nbd') args.push('--model', flags.model);
  if (flags.annualChurn) args.push('--annual-churn', `${flags.annualChurn.mean}±${flags.annualChurn.sd}`);
  if (flags.parameterUncertainty === false) args.push('--no-parameter-uncertainty');
  if (flags.seasonality === false && flags.history) args.push('--no-seasonality');
  return args;
}

/** The skipped-rows summary for stderr: one line per reason with the first examples as file:line. */
export function skippedLines(h: { skipped: Record<string, number>; examples: { reason: string; file: string; line: number; cell?: string; message: string }[]; notes: HistoryNote[]; returnsOnlyCustomers: number }): string[] {
  const t = msg().history;
  const lines: string[] = [];
  for (const [reason, count] of Object.entries(h.skipped)) {
    if (count === 0) continue;
    const ex = h.examples.filter((e) => e.reason === reason).map((e) => e.cell ?? `${e.file}:${e.line}`);
    lines.push(t.skipped(count, t.reasons[reason as SkipReason] ?? reason, ex.length ? t.skippedExamples(ex.join(', '), h.examples.find((e) => e.reason === reason)!.message) : ''));
  }
  if (h.returnsOnlyCustomers > 0) lines.push(t.returnsOnly(h.returnsOnlyCustomers));
  for (const n of h.notes) {
    if (n.kind === 'headerLine') lines.push(t.headerLine(n.line));
    else if (n.kind === 'engineFallback') lines.push(t.engineFallback(n.reason, n.detail));
    else if (n.kind === 'dateOrder') lines.push(t.dateOrder(n.format));
    else if (n.kind === 'allZero') lines.push(t.allZero);
    else lines.push(t.netNegative(n.revenue));
  }
  return lines;
}

/** The calibration flags shared by fit and the engine commands' --history. */
export interface CalibrationFlags {
  model: ModelChoice;
  annualChurn?: ChurnPrior;
  /** false with --no-seasonality. */
  seasonality?: boolean;
}

/** `0.15±0.05` (or `0.15+-0.05`, `15%±5%`): the annual churn of active customers and its uncertainty. */
export function parseChurnPrior(value: string): ChurnPrior {
  const parts = value.split(/±|\+-|\+\/-/);
  const t = msg().numberInput;
  if (parts.length !== 2) throw new InvalidArgumentError(t.churnFormat(value));
  // each side as typed: 0,2, 20 %, 0.2 (src/i18n/number-input.ts); why it is unreadable, when it is
  const share = (s: string): { n: number; why: string | null } => {
    const r = readNumber(s, inputLang(), { percent: true });
    return r.ok ? { n: r.value, why: null } : { n: NaN, why: t.problem(s.trim(), r.problem) };
  };
  const mean = share(parts[0]!);
  const sd = share(parts[1]!);
  if (!(mean.n > 0 && mean.n < 1)) throw new InvalidArgumentError(t.churnMean(parts[0]!.trim(), mean.why));
  if (!(sd.n > 0 && sd.n < 1)) throw new InvalidArgumentError(t.churnSd(parts[1]!.trim(), sd.why));
  return { mean: mean.n, sd: sd.n };
}

/** The calibration options of fit and of the commands that fit a history first (their text, which names --history there, is the help table's). */
export function addCalibrationOptions(cmd: Command): Command {
  return cmd
    .option('--model <name>', '', parseChoice(['bg-nbd', 'pareto-nbd', 'auto'] as const), 'bg-nbd')
    .option('--annual-churn <share±sd>', '', parseChurnPrior)
    .option('--no-seasonality');
}
