/**
 * The text people read after `fit`: BG/NBD and Gamma-Gamma parameters with
 * standard errors and convergence, and the calibration/holdout check.
 * Pure: the fit in, text out (the CLI adds colour and prints).
 */
import type { Diagnostics } from '../fit/bg-nbd.js';
import type { HistoryFit } from '../fit/fit-history.js';
import { formatNumber } from './format.js';
import { textTable } from './simulation-text.js';

/** Whether the optimiser converged, in words. */
const diagnosticsText = (d: Diagnostics): string =>
  d.converged ? `converged after ${d.iterations} iterations, gradient norm ${d.gradientNorm.toExponential(1)}` : `NOT converged: ${d.message}`;

/** The fitted parameters with standard errors, the diagnostics, and the holdout check when there is one. */
export function renderFit(f: HistoryFit, locale: string, bold: (s: string) => string = (s) => s): string {
  const num = (v: number, d = 3) => formatNumber(v, locale, d);
  const s = f.summary;
  const lines: string[] = [];
  lines.push(`${s.ids.length} customers, calibration up to ${s.calibrationEnd}, time unit: ${s.unit}`);
  lines.push('');
  lines.push('BG/NBD (Fader, Hardie & Lee 2005)');
  const b = f.bgnbd;
  lines.push(
    textTable(
      ['Parameter', 'Estimate', 'Std. error'],
      [
        ['r (purchase-rate shape)', num(b.params.r, 4), num(b.se.r, 4)],
        [`α (purchase-rate scale, ${s.unit}s)`, num(b.params.alpha, 4), num(b.se.alpha, 4)],
        ['a (dropout shape)', num(b.params.a, 4), num(b.se.a, 4)],
        ['b (dropout shape)', num(b.params.b, 4), num(b.se.b, 4)],
      ],
      bold,
    ),
  );
  lines.push(`log-likelihood ${num(b.logLikelihood, 2)}; ${diagnosticsText(b.diagnostics)}`);
  lines.push('');
  const g = f.gammaGamma;
  lines.push(`Gamma-Gamma (Fader & Hardie 2013), ${g.customers} customers with repeat purchases`);
  lines.push(
    textTable(
      ['Parameter', 'Estimate', 'Std. error'],
      [
        ['p (order-value shape)', num(g.params.p, 4), num(g.se.p, 4)],
        ['q (shape across customers)', num(g.params.q, 4), num(g.se.q, 4)],
        ['γ (scale across customers)', num(g.params.gamma, 4), num(g.se.gamma, 4)],
      ],
      bold,
    ),
  );
  lines.push(`log-likelihood ${num(g.logLikelihood, 2)}; ${diagnosticsText(g.diagnostics)}`);
  lines.push(`frequency / order-value correlation ${num(f.frequencyValueCorrelation, 2)}`);
  if (f.holdout) {
    const h = f.holdout;
    lines.push('');
    lines.push(`Holdout check: repeat purchases ${s.holdoutStart} .. ${s.observationEnd} (${num(h.length, 1)} ${s.unit}s)`);
    lines.push(
      textTable(
        ['Purchases in calibration', 'Customers', 'Predicted', 'Actual', 'Predicted per customer', 'Actual per customer'],
        [
          ...h.byFrequency.map((k) => [k.frequency, formatNumber(k.customers, locale), num(k.predicted, 1), formatNumber(k.actual, locale), num(k.predictedMean, 2), num(k.actualMean, 2)]),
          ['total', formatNumber(s.ids.length, locale), num(h.predicted, 1), formatNumber(h.actual, locale), '', ''],
        ],
        bold,
      ),
    );
  }
  return lines.join('\n');
}
