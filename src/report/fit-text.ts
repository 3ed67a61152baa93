/**
 * The text people read after `fit`: the purchase model's (BG/NBD or
 * Pareto/NBD) and Gamma-Gamma parameters with standard errors and
 * convergence, the annual churn with how much a prior decided, and the
 * calibration/holdout check. Pure: the fit in, text out (the CLI adds colour
 * and prints).
 */
import type { Diagnostics } from '../fit/bg-nbd.js';
import { CORRELATION_LIMIT, type HistoryFit } from '../fit/fit-history.js';
import { MODEL_TITLE } from '../fit/purchase-model.js';
import { formatNumber } from './format.js';
import { renderSeasonality } from './seasonality-text.js';
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
  const b = f.purchase;
  const prior = f.identification.prior;
  lines.push(`${MODEL_TITLE[b.model]}${prior === 'none' ? '' : prior === 'weak' ? ', penalised by a weak prior (dropout not identified)' : ', with the --annual-churn prior'}`);
  if (f.choice) lines.push(`model: ${f.choice}`);
  const rows =
    b.model === 'bg-nbd'
      ? [
          ['a (dropout shape)', num(b.params.a, 4), num(b.se.a, 4)],
          ['b (dropout shape)', num(b.params.b, 4), num(b.se.b, 4)],
        ]
      : [
          ['s (lifetime-rate shape)', num(b.params.s, 4), num(b.se.s, 4)],
          [`β (lifetime-rate scale, ${s.unit}s)`, num(b.params.beta, 4), num(b.se.beta, 4)],
        ];
  lines.push(
    textTable(
      ['Parameter', 'Estimate', 'Std. error'],
      [['r (purchase-rate shape)', num(b.params.r, 4), num(b.se.r, 4)], [`α (purchase-rate scale, ${s.unit}s)`, num(b.params.alpha, 4), num(b.se.alpha, 4)], ...rows],
      bold,
    ),
  );
  lines.push(`log-likelihood ${num(b.logLikelihood, 2)}; ${diagnosticsText(b.diagnostics)}`);
  lines.push(churnLine(f, num));
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
  lines.push(
    `frequency / order-value correlation ${num(f.frequencyValueCorrelation, 2)}${
      Math.abs(f.frequencyValueCorrelation) > CORRELATION_LIMIT ? ' (material: Gamma-Gamma assumes independence, order values may be biased)' : ' (small: the Gamma-Gamma independence assumption holds)'
    }`,
  );
  lines.push('');
  lines.push('P(alive) of the customers (the model\'s view of who is still buying)');
  const most = Math.max(1, ...f.pAliveHistogram);
  lines.push(
    textTable(
      ['P(alive)', 'Customers', ''],
      f.pAliveHistogram.map((c, k) => [`${(k / 10).toFixed(1)}–${((k + 1) / 10).toFixed(1)}`, formatNumber(c, locale), '█'.repeat(Math.round((30 * c) / most))]),
      bold,
    ),
  );
  lines.push('');
  lines.push(renderSeasonality(f.seasonality, 'model', locale, bold));
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

/** The annual churn the fit implies, and who decided it: the data, the weak prior, or the user's prior. */
function churnLine(f: HistoryFit, num: (v: number, d?: number) => string): string {
  const i = f.identification;
  const pct = (v: number) => `${num(100 * v, 1)} %`;
  const head = `annual churn of active customers ${pct(i.churn)} ± ${pct(i.churnSd)}`;
  if (i.prior === 'churn') {
    const data = i.identified ? `; the data alone say ${pct(i.dataChurn)} ± ${pct(i.dataChurnSd)}` : '; the data alone cannot say';
    return `${head} (prior ${pct(i.churnPrior!.mean)} ± ${pct(i.churnPrior!.sd)}: posterior sd / prior sd ${num(i.churnSd / i.churnPrior!.sd, 2)}, the prior decided ${num(100 * i.priorShare!, 0)} %${data})`;
  }
  if (i.prior === 'weak') return `${head} (NOT identified: this number comes from the weak prior, not the data; state yours with --annual-churn, e.g. 0.15±0.05)`;
  return `${head} (from the data)`;
}
