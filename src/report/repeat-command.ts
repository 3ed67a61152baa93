/**
 * The "repeat exactly" command of a report (issue 24): built from the options
 * the run actually had, so pasting it into a terminal makes the same numbers.
 * It printed only seed, runs, sampling, precision, horizon and tornado, so a
 * report made with `--sample 2000 --set costs.launch=500000` or on a history
 * printed a command that made another report.
 *
 * Pure: the CLI passes its flags in (commands are adapters; report/ holds the
 * wording of what the reader sees).
 */
import { shellQuote } from './whatif.js';

export interface RepeatOptions {
  /** The command (report, sweep, tornado, breakeven) and its positional arguments, as given. */
  command: string;
  args: string[];
  /** The customer flags (cli/history-flags.ts historyArgs: --history and its reading flags, or --summary). */
  customerArgs: string[];
  sample?: number;
  /** --set PATH=VALUE, in the order given. */
  set: string[];
  seed: number;
  runs: number;
  sampling: string;
  precision?: number;
  horizon?: number;
  locale: string;
  lang: string;
  /** Further flags of the command (--tornado, --vary …, --html FILE), as tokens. */
  extra?: string[];
}

/** The command line, every token quoted for bash, zsh or fish. */
export function repeatCommand(o: RepeatOptions): string {
  const t: string[] = ['loyalty-sim', o.command, ...o.args, ...o.customerArgs];
  if (o.sample !== undefined) t.push('--sample', String(o.sample));
  for (const s of o.set) t.push('--set', s);
  t.push('--seed', String(o.seed), '--runs', String(o.runs));
  if (o.sampling !== 'lhs') t.push('--sampling', o.sampling);
  if (o.precision !== undefined) t.push('--precision', String(o.precision));
  if (o.horizon !== undefined) t.push('--horizon', String(o.horizon));
  if (o.locale !== 'en-US') t.push('--locale', o.locale);
  // the language changes the words, never the numbers, but a reader repeating a Russian report expects Russian
  t.push('--lang', o.lang);
  t.push(...(o.extra ?? []));
  return t.map(shellQuote).join(' ');
}
