/**
 * The fit's diagnostics in the terminal, after `fit`'s tables (fit-text.ts
 * has the parameters, the P(alive) histogram, the Gamma-Gamma correlation
 * and the holdout table by frequency): the tracking chart as a few rows of
 * cumulative repeat purchases, actual vs model, through the calibration and
 * the holdout, and the reason when there is no holdout to check against.
 * Pure: the diagnostics in, text out.
 */
import type { FitDiagnostics } from '../fit/diagnostics.js';
import type { Tracking } from '../fit/tracking.js';
import { isoDay } from '../history/format.js';
import { msg } from '../i18n/index.js';
import { formatNumber, formatPercent, tableDate } from './format.js';
import { textTable } from './simulation-text.js';

/** The catalog's words for the diagnostics, in the language of this run. */
const W = () => msg().fitDiag;

/** Rows to show: about four weeks through the calibration, ending at its last week, and three through the holdout, ending at the last. */
export function trackingRows(t: Tracking): number[] {
  const last = t.actual.length - 1;
  const c = t.calibrationEndIndex;
  const rows = new Set<number>();
  if (c >= 0) for (let j = 1; j <= 4; j++) rows.add(Math.round((c * j) / 4));
  for (let j = 1; j <= 3; j++) rows.add(c + Math.round(((last - c) * j) / 3));
  return [...rows].filter((k) => k >= 0 && k <= last).sort((a, b) => a - b);
}

export function renderFitDiagnostics(d: FitDiagnostics, locale: string, bold: (s: string) => string = (s) => s): string {
  const lines: string[] = [];
  const n = (v: number) => formatNumber(v, locale);
  const signed = (v: number) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${formatPercent(v, locale, 1)}` : '–');
  const t = d.tracking;
  if (t) {
    lines.push(W().trackingText);
    const rows = trackingRows(t).map((k) => [
      `${k + 1}${k === t.calibrationEndIndex ? ' |' : ''}`,
      tableDate(isoDay(t.weekEndDays[k]!), locale),
      n(t.actual[k]!),
      n(t.expected[k]!),
      signed(t.expected[k]! / t.actual[k]! - 1),
    ]);
    lines.push(textTable([...W().trackingHead], rows, bold));
    const h = t.holdout;
    if (h) lines.push(W().trackingHoldout(h.fromWeek, h.toWeek, n(h.actual), n(h.expected), signed(h.expected / h.actual - 1)));
  } else {
    lines.push(W().trackingNoDates);
  }
  if (!d.holdout) lines.push(W().noHoldout);
  return lines.join('\n');
}
