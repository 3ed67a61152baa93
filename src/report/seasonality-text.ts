/**
 * The month-of-year multipliers as people read them (fit and profile): one
 * compact table of 12 columns, the multiplier and its 95 % half-width, and a
 * line on where they came from or why they are flat. Pure.
 */
import { MONTH_NAMES, type Seasonality } from '../history/seasonality.js';
import { formatNumber } from './format.js';
import { textTable } from './simulation-text.js';

/** What the multipliers are measured against: the fitted model (fit) or plain at-risk months (profile). */
export type SeasonalityBasis = 'model' | 'at-risk';

export function renderSeasonality(s: Seasonality | null, basis: SeasonalityBasis, locale: string, bold: (s: string) => string = (t) => t): string {
  if (!s) return 'Seasonality: none (--no-seasonality, or a summary file, which has no dates)';
  const num = (v: number, d = 2) => formatNumber(v, locale, d);
  const lines: string[] = [];
  const against = basis === 'model' ? "against the fitted model's expected purchases at each customer's age" : 'per at-risk customer-month (first purchase to the end; not corrected for dropout, `fit` is)';
  lines.push(`Seasonality: repeat purchases by calendar month, ${against}; mean 1`);
  if (!s.flatReason) {
    lines.push(
      textTable(
        ['', ...MONTH_NAMES],
        [
          ['multiplier', ...s.multipliers.map((v) => num(v))],
          ['± (95 %)', ...s.se.map((v) => num(1.96 * v))],
        ],
        bold,
      ),
    );
    lines.push(
      `shrunk towards 1 (empirical Bayes): between-month sd ${num(Math.sqrt(s.priorVariance), 3)}, dispersion of the monthly counts ${num(s.dispersion)}; each month seen ${Math.min(...s.observations) === Math.max(...s.observations) ? Math.min(...s.observations) : `${Math.min(...s.observations)}–${Math.max(...s.observations)}`} times`,
    );
  } else {
    lines.push(`flat (all 1): ${s.flatReason}`);
  }
  return lines.join('\n');
}
