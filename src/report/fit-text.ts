/**
 * The text people read after `fit`: the purchase model's (BG/NBD or
 * Pareto/NBD) and Gamma-Gamma parameters with standard errors and
 * convergence, the annual churn with how much a prior decided, and the
 * calibration/holdout check. Pure: the fit in, text out (the CLI adds colour
 * and prints). The words come from the language catalog (i18n, `fit`).
 */
import type { Diagnostics } from '../fit/bg-nbd.js';
import { choiceReason, CORRELATION_LIMIT, type HistoryFit, stopText } from '../fit/fit-history.js';
import { msg } from '../i18n/index.js';
import { formatNumber, proseNumber } from './format.js';
import { renderSeasonality } from './seasonality-text.js';
import { textTable } from './simulation-text.js';

/** Whether the optimiser converged, in words (the gradient norm as 8.5e-7, with the locale's decimal separator). */
function diagnosticsText(d: Diagnostics, locale: string): string {
  if (!d.converged) return msg().fit.notConverged(stopText(d, msg().fit));
  const [mantissa, exponent] = d.gradientNorm.toExponential(1).split('e');
  return msg().fit.converged(d.iterations, `${proseNumber(locale)(Number(mantissa), 1)}e${exponent}`);
}

/** The fitted parameters with standard errors, the diagnostics, and the holdout check when there is one. */
export function renderFit(f: HistoryFit, locale: string, bold: (s: string) => string = (s) => s): string {
  const t = msg().fit;
  const head = msg().fitDiag.paramHead;
  const num = (v: number, d = 3) => formatNumber(v, locale, d);
  const s = f.summary;
  const lines: string[] = [];
  // a summary file without dates has words, not a date, for its end
  const end = /^\d{4}-\d{2}-\d{2}$/.test(s.calibrationEnd) ? s.calibrationEnd : t.summaryEnd;
  lines.push(t.header(s.ids.length, formatNumber(s.ids.length, locale), end, s.unit));
  lines.push('');
  const b = f.purchase;
  const prior = f.identification.prior;
  lines.push(`${t.modelTitle[b.model]}${prior === 'none' ? '' : prior === 'weak' ? t.priorWeak : t.priorChurn}`);
  if (f.choice) lines.push(t.choice(choiceReason(b.model, f.candidates, t, proseNumber(locale))));
  const rows =
    b.model === 'bg-nbd'
      ? [
          [t.param.a(), num(b.params.a, 4), num(b.se.a, 4)],
          [t.param.b(), num(b.params.b, 4), num(b.se.b, 4)],
        ]
      : [
          [t.param.s(), num(b.params.s, 4), num(b.se.s, 4)],
          [t.param.beta(s.unit), num(b.params.beta, 4), num(b.se.beta, 4)],
        ];
  lines.push(
    textTable(
      head,
      [[t.param.r(), num(b.params.r, 4), num(b.se.r, 4)], [t.param.alpha(s.unit), num(b.params.alpha, 4), num(b.se.alpha, 4)], ...rows],
      bold,
    ),
  );
  lines.push(t.logLikelihood(num(b.logLikelihood, 2), diagnosticsText(b.diagnostics, locale)));
  lines.push(churnLine(f, num));
  lines.push('');
  const g = f.gammaGamma;
  lines.push(t.gammaGamma(g.customers, formatNumber(g.customers, locale)));
  lines.push(
    textTable(
      head,
      [
        [t.param.p(), num(g.params.p, 4), num(g.se.p, 4)],
        [t.param.q(), num(g.params.q, 4), num(g.se.q, 4)],
        [t.param.gamma(), num(g.params.gamma, 4), num(g.se.gamma, 4)],
      ],
      bold,
    ),
  );
  lines.push(t.logLikelihood(num(g.logLikelihood, 2), diagnosticsText(g.diagnostics, locale)));
  lines.push(t.correlation(num(f.frequencyValueCorrelation, 2), Math.abs(f.frequencyValueCorrelation) > CORRELATION_LIMIT));
  lines.push('');
  lines.push(t.pAliveTitle);
  const most = Math.max(1, ...f.pAliveHistogram);
  lines.push(
    textTable(
      t.pAliveHead,
      f.pAliveHistogram.map((c, k) => [`${num(k / 10, 1)}–${num((k + 1) / 10, 1)}`, formatNumber(c, locale), '█'.repeat(Math.round((30 * c) / most))]),
      bold,
    ),
  );
  lines.push('');
  lines.push(renderSeasonality(f.seasonality, 'model', locale, bold));
  if (f.holdout) {
    const h = f.holdout;
    lines.push('');
    lines.push(t.holdoutTitle(s.holdoutStart, s.observationEnd, num(h.length, 1), s.unit));
    lines.push(
      textTable(
        t.holdoutHead,
        [
          ...h.byFrequency.map((k) => [k.frequency, formatNumber(k.customers, locale), num(k.predicted, 1), formatNumber(k.actual, locale), num(k.predictedMean, 2), num(k.actualMean, 2)]),
          [t.total, formatNumber(s.ids.length, locale), num(h.predicted, 1), formatNumber(h.actual, locale), '', ''],
        ],
        bold,
      ),
    );
  }
  return lines.join('\n');
}

/** The annual churn the fit implies, and who decided it: the data, the weak prior, or the user's prior. */
function churnLine(f: HistoryFit, num: (v: number, d?: number) => string): string {
  const t = msg().fit;
  const i = f.identification;
  const pct = (v: number) => `${num(100 * v, 1)} %`;
  const head = t.churn(pct(i.churn), pct(i.churnSd));
  if (i.prior === 'churn') {
    const data = i.identified ? t.churnDataSay(pct(i.dataChurn), pct(i.dataChurnSd)) : t.churnDataCannot;
    return `${head} ${t.churnHeld(data)}`;
  }
  return `${head} ${i.prior === 'weak' ? t.churnWeak : t.churnFromData}`;
}
