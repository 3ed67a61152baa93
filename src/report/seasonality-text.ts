/**
 * The month-of-year multipliers as people read them (fit and profile): one
 * compact table of 12 columns, the multiplier and its 95 % half-width, and a
 * line on where they came from or why they are flat. Pure; the words come
 * from the language catalog (i18n, `seasonality`).
 */
import { type FlatCause, MIN_OBSERVATIONS, type Seasonality } from '../history/seasonality.js';
import { msg } from '../i18n/index.js';
import { formatNumber } from './format.js';
import { textTable } from './simulation-text.js';

/** What the multipliers are measured against: the fitted model (fit) or plain at-risk months (profile). */
export type SeasonalityBasis = 'model' | 'at-risk';

function flatText(f: FlatCause): string {
  const t = msg().seasonality;
  if (f.cause === 'too-short') return t.tooShort(f.months, MIN_OBSERVATIONS, f.missing.map((m) => t.months[m]!).join(', '), f.missing.length);
  return f.cause === 'noise' ? t.noise : t.noRepeats;
}

export function renderSeasonality(s: Seasonality | null, basis: SeasonalityBasis, locale: string, bold: (s: string) => string = (x) => x): string {
  const t = msg().seasonality;
  if (!s) return t.none;
  const num = (v: number, d = 2) => formatNumber(v, locale, d);
  const lines: string[] = [t.title(basis === 'model')];
  if (s.flat) {
    lines.push(t.flat(flatText(s.flat)));
    return lines.join('\n');
  }
  lines.push(
    textTable(
      ['', ...t.months],
      [
        [t.multiplier, ...s.multipliers.map((v) => num(v))],
        [t.interval, ...s.se.map((v) => num(1.96 * v))],
      ],
      bold,
    ),
  );
  const lo = Math.min(...s.observations);
  const hi = Math.max(...s.observations);
  lines.push(t.shrunk(num(Math.sqrt(s.priorVariance), 3), num(s.dispersion), lo === hi ? String(lo) : `${lo}–${hi}`));
  return lines.join('\n');
}
