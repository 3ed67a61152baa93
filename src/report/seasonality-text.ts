/**
 * The month-of-year multipliers as people read them (fit and profile): one
 * compact table of 12 columns, the multiplier and its 95 % half-width, and a
 * line on where they came from or why they are flat. Pure.
 */
import { type FlatCause, MIN_OBSERVATIONS, type Seasonality } from '../history/seasonality.js';
import { formatNumber } from './format.js';
import { textTable } from './simulation-text.js';

/** What the multipliers are measured against: the fitted model (fit) or plain at-risk months (profile). */
export type SeasonalityBasis = 'model' | 'at-risk';

/** The words of this section (kept together for the language catalogs). */
const T = {
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  none: 'Seasonality: none (--no-seasonality, or a summary file, which has no dates)',
  title: (basis: SeasonalityBasis) =>
    `Seasonality: repeat purchases by calendar month, ${
      basis === 'model' ? "against the fitted model's expected purchases at each customer's age" : 'per at-risk customer-month (first purchase to the end; not corrected for dropout, `fit` is)'
    }; mean 1`,
  multiplier: 'multiplier',
  interval: '± (95 %)',
  shrunk: (sd: string, dispersion: string, seen: string) =>
    `shrunk towards 1 (empirical Bayes): between-month sd ${sd}, dispersion of the monthly counts ${dispersion}; each month seen ${seen} times`,
  flat: (why: string) => `flat (all 1): ${why}`,
  tooShort: (months: number, min: number, missing: string, n: number) =>
    `${months} months of history: each calendar month must appear at least ${min} times to tell a season from a one-off (${missing} ${n === 1 ? 'does' : 'do'} not)`,
  noRepeats: 'no repeat purchases to measure a season by',
  noise: 'no season above the noise of the monthly counts',
};

function flatText(f: FlatCause): string {
  if (f.cause === 'too-short') return T.tooShort(f.months, MIN_OBSERVATIONS, f.missing.map((m) => T.months[m]!).join(', '), f.missing.length);
  return f.cause === 'noise' ? T.noise : T.noRepeats;
}

export function renderSeasonality(s: Seasonality | null, basis: SeasonalityBasis, locale: string, bold: (s: string) => string = (t) => t): string {
  if (!s) return T.none;
  const num = (v: number, d = 2) => formatNumber(v, locale, d);
  const lines: string[] = [T.title(basis)];
  if (s.flat) {
    lines.push(T.flat(flatText(s.flat)));
    return lines.join('\n');
  }
  lines.push(
    textTable(
      ['', ...T.months],
      [
        [T.multiplier, ...s.multipliers.map((v) => num(v))],
        [T.interval, ...s.se.map((v) => num(1.96 * v))],
      ],
      bold,
    ),
  );
  const lo = Math.min(...s.observations);
  const hi = Math.max(...s.observations);
  lines.push(T.shrunk(num(Math.sqrt(s.priorVariance), 3), num(s.dispersion), lo === hi ? String(lo) : `${lo}–${hi}`));
  return lines.join('\n');
}
