/**
 * The fit's diagnostics as HTML (issue 13 part 6): the tracking chart, the
 * conditional expectation by calibration frequency, the P(alive) histogram
 * and the Gamma-Gamma check, as a page of their own (`fit --html`) or as a
 * section of the report (`report --history`). Same page rules as html.ts:
 * one self-contained file, inline SVG, nothing fetched, user text escaped.
 * Pure: the fit and its diagnostics in, a string out; the time comes from
 * the caller.
 */
import type { FitDiagnostics } from '../fit/diagnostics.js';
import { CORRELATION_LIMIT, type HistoryFit } from '../fit/fit-history.js';
import { MODEL_TITLE } from '../fit/purchase-model.js';
import { weeksTotal } from '../fit/tracking.js';
import { isoDay } from '../history/format.js';
import { barsSvg, COLORS, escapeXml as esc, linesSvg } from './charts-svg.js';
import { FIT_DIAG as W } from './fit-diagnostics-words.js';
import { formatDate, formatNumber, formatPercent } from './format.js';
import { STYLE, table } from './html.js';

const signedPercent = (v: number, locale: string): string => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${formatPercent(v, locale, 1)}` : '–');

/** A summary without first_purchase dates ends at 'the end of the summary', which is words, not a date. */
const day = (iso: string, locale: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, locale) : iso);

/** An order value without a currency (fit does not know it): cents only where they matter. */
const money = (v: number, locale: string): string => formatNumber(v, locale, Math.abs(v) >= 1000 ? 0 : 2);

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

function trackingPart(f: HistoryFit, d: FitDiagnostics, locale: string): string {
  const t = d.tracking;
  if (!t) return `<p class="note">${esc(W.trackingNoDates)}</p>`;
  const weeks = t.actual.length;
  const svg = linesSvg(
    [
      { label: W.actual, values: t.actual, color: COLORS.main },
      { label: W.model, values: t.expected, color: COLORS.negative, dashed: true },
    ],
    {
      title: W.trackingTitle,
      format: (v) => formatNumber(v, locale),
      xLabel: W.week,
      ...(t.calibrationEndDay < t.weekEndDays[weeks - 1]! ? { vline: { at: t.calibrationWeeks, label: W.calibrationEnd } } : {}),
    },
  );
  const n = (v: number) => formatNumber(v, locale);
  const notes: string[] = [];
  const c = t.calibrationEndIndex;
  if (c >= 0) notes.push(W.trackingCalibration(c + 1, n(t.actual[c]!), n(t.expected[c]!), signedPercent(t.expected[c]! / t.actual[c]! - 1, locale)));
  if (c + 1 < weeks) {
    const a = weeksTotal(t.actual, c + 2, weeks);
    const m = weeksTotal(t.expected, c + 2, weeks);
    notes.push(W.trackingHoldout(c + 2, weeks, n(a), n(m), signedPercent(m / a - 1, locale)));
  }
  const s = f.summary;
  return `${figure(svg, W.trackingCaption(s.ids.length, n(s.ids.length), day(s.calibrationEnd, locale), formatDate(isoDay(t.startDay), locale)))}<p>${esc(notes.join(' '))}</p>`;
}

function conditionalPart(f: HistoryFit, d: FitDiagnostics, locale: string, noHoldout: string): string {
  const h = d.holdout;
  if (!h) return `<p class="reading">${esc(noHoldout)}</p>`;
  const svg = linesSvg(
    [
      { label: W.actual, values: h.byFrequency.map((b) => (b.customers ? b.actualMean : NaN)), color: COLORS.main },
      { label: W.predicted, values: h.byFrequency.map((b) => (b.customers ? b.predictedMean : NaN)), color: COLORS.negative, dashed: true },
    ],
    { title: W.conditionalTitle, format: (v) => formatNumber(v, locale, 1), xLabel: W.conditionalX, xLabels: h.byFrequency.map((b) => b.frequency) },
  );
  const rows = h.byFrequency.map((b) => [b.frequency, formatNumber(b.customers, locale), formatNumber(b.actualMean, locale, 2), formatNumber(b.predictedMean, locale, 2), formatNumber(b.actual, locale), formatNumber(b.predicted, locale, 1)]);
  rows.push([W.total, formatNumber(f.summary.ids.length, locale), '', '', formatNumber(h.actual, locale), formatNumber(h.predicted, locale, 1)]);
  return `${figure(svg, W.conditionalCaption(formatNumber(h.length, locale, 1), f.summary.unit))}${table([...W.conditionalHead], rows, rows.map((_, i) => (i === rows.length - 1 ? 'total' : undefined)))}`;
}

function pAlivePart(f: HistoryFit, d: FitDiagnostics, locale: string): string {
  const items = d.pAliveHistogram.map((count, k) => ({ label: `${formatNumber(k / 10, locale, 1)}–${formatNumber((k + 1) / 10, locale, 1)}`, value: count }));
  const svg = barsSvg(items, { title: W.pAliveTitle, format: (v) => formatNumber(v, locale) });
  return figure(svg, W.pAliveCaption(f.summary.ids.length, formatNumber(f.summary.ids.length, locale), day(f.summary.calibrationEnd, locale)));
}

function gammaGammaPart(d: FitDiagnostics, locale: string): string {
  const buckets = d.valueByFrequency.filter((b) => b.customers > 0);
  const svg = barsSvg(
    buckets.map((b) => ({ label: b.frequency, value: b.meanValue })),
    { title: W.ggTitle, format: (v) => money(v, locale) },
  );
  const limit = formatNumber(CORRELATION_LIMIT, locale, 1);
  const verdict = d.correlationMaterial ? `<p class="reading">${esc(W.ggMaterial(limit))}</p>` : `<p class="note">${esc(W.ggSmall(limit))}</p>`;
  return [
    `<p>${esc(W.ggCorrelation(formatNumber(d.correlation, locale, 2)))}</p>`,
    verdict,
    `<figure>${svg}</figure>`,
    table([...W.ggHead], buckets.map((b) => [b.frequency, formatNumber(b.customers, locale), money(b.meanValue, locale)])),
  ].join('');
}

/**
 * The four diagnostics, each under a heading of the given level (h2 on the
 * page, h3 in the report's section); `noHoldout` says what to do when there
 * is no holdout (the flags differ between fit and the report).
 */
export function fitDiagnosticsHtml(f: HistoryFit, d: FitDiagnostics, locale: string, level: 2 | 3 = 2, noHoldout: string = W.noHoldout): string {
  const part = (id: string, heading: string, body: string): string => `<section id="${id}"><h${level}>${esc(heading)}</h${level}>${body}</section>`;
  return [
    part('fit-tracking', W.trackingHeading, trackingPart(f, d, locale)),
    part('fit-conditional', W.conditionalHeading, conditionalPart(f, d, locale, noHoldout)),
    part('fit-palive', W.pAliveHeading, pAlivePart(f, d, locale)),
    part('fit-gamma-gamma', W.ggHeading, gammaGammaPart(d, locale)),
  ].join('\n');
}

function parametersTable(f: HistoryFit, locale: string): string {
  const num = (v: number) => formatNumber(v, locale, 4);
  const p = f.purchase.params as unknown as Record<string, number>;
  const se = f.purchase.se as unknown as Record<string, number>;
  const g = f.gammaGamma;
  const rows = [
    ...Object.keys(p).map((k) => [`${MODEL_TITLE[f.purchase.model].split(' ')[0]} ${k === 'alpha' ? 'α' : k === 'beta' ? 'β' : k}`, num(p[k]!), num(se[k]!)]),
    ['Gamma-Gamma p', num(g.params.p), num(g.se.p)],
    ['Gamma-Gamma q', num(g.params.q), num(g.se.q)],
    ['Gamma-Gamma γ', num(g.params.gamma), num(g.se.gamma)],
  ];
  return table([...W.paramHead], rows);
}

/** `fit --html`: the diagnostics as a page of their own. */
export function renderFitHtml(file: string, f: HistoryFit, d: FitDiagnostics, o: { locale: string; generatedAt: Date }): string {
  const { locale } = o;
  const s = f.summary;
  const title = W.pageTitle(file);
  const time = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(o.generatedAt);
  const holdout = d.holdout ? W.holdoutMeta(day(s.holdoutStart, locale), day(s.observationEnd, locale)) : W.noHoldoutMeta;
  const meta = `${W.meta(s.ids.length, formatNumber(s.ids.length, locale), day(s.calibrationEnd, locale), s.unit)} · ${holdout} · ${MODEL_TITLE[f.purchase.model]}`;
  const warnings = f.warnings.length ? `<section id="fit-warnings"><h2>${esc(W.warnings)}</h2>${f.warnings.map((w) => `<p class="reading">${esc(w)}</p>`).join('')}</section>` : '';
  const body = [
    `<header><h1>${esc(title)}</h1><p class="meta">${esc(meta)}</p><p class="meta" id="generated">${esc(W.generated(formatDate(o.generatedAt, locale), time))}</p></header>`,
    warnings,
    fitDiagnosticsHtml(f, d, locale, 2),
    `<section id="fit-parameters"><h2>${esc(W.parameters)}</h2>${parametersTable(f, locale)}</section>`,
  ].join('\n');
  return `<!doctype html>
<html lang="${esc(locale.split('-')[0] ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="loyalty-sim">
<title>${esc(title)} · loyalty-sim</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
