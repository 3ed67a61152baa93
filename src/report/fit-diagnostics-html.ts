/**
 * The fit's four diagnostics as HTML sections (issue 13 part 6): the
 * tracking chart, the conditional expectation by calibration frequency, the
 * P(alive) histogram and the Gamma-Gamma check, for the page of `fit --html`
 * (fit-html.ts) and the report's calibration section (html.ts). Imports
 * types only from src/fit and src/history: html.ts is also bundled for the
 * browser (the what-if page), where node: modules do not exist.
 */
import type { FitDiagnostics } from '../fit/diagnostics.js';
import type { HistoryFit } from '../fit/fit-history.js';
import { barsSvg, COLORS, escapeXml as esc, linesSvg } from './charts-svg.js';
import { msg } from '../i18n/index.js';
import { formatDate, formatNumber, formatPercent } from './format.js';
import { table } from './html.js';

/** The catalog's words for the diagnostics, in the language of this run. */
const W = () => msg().fitDiag;

const signedPercent = (v: number, locale: string): string => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${formatPercent(v, locale, 1)}` : '–');

/** YYYY-MM-DD of a day number (days since 1970-01-01 UTC). */
const isoOfDay = (dayNumber: number): string => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);

/** A summary without first_purchase dates ends at 'the end of the summary', which is words, not a date. */
export const day = (iso: string, locale: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, locale) : msg().fit.summaryEnd);

/** An order value without a currency (fit does not know it): cents only where they matter. */
const money = (v: number, locale: string): string => formatNumber(v, locale, Math.abs(v) >= 1000 ? 0 : 2);

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

function trackingPart(f: HistoryFit, d: FitDiagnostics, locale: string): string {
  const t = d.tracking;
  if (!t) return `<p class="note">${esc(W().trackingNoDates)}</p>`;
  const weeks = t.actual.length;
  const svg = linesSvg(
    [
      { label: W().actual, values: t.actual, color: COLORS.main },
      { label: W().model, values: t.expected, color: COLORS.negative, dashed: true },
    ],
    {
      title: W().trackingTitle,
      format: (v) => formatNumber(v, locale),
      xLabel: W().week,
      ...(t.calibrationEndDay < t.weekEndDays[weeks - 1]! ? { vline: { at: t.calibrationWeeks, label: W().calibrationEnd } } : {}),
    },
  );
  const n = (v: number) => formatNumber(v, locale);
  const notes: string[] = [];
  const c = t.calibrationEndIndex;
  if (c >= 0) notes.push(W().trackingCalibration(c + 1, n(t.actual[c]!), n(t.expected[c]!), signedPercent(t.expected[c]! / t.actual[c]! - 1, locale)));
  const h = t.holdout;
  if (h) notes.push(W().trackingHoldout(h.fromWeek, h.toWeek, n(h.actual), n(h.expected), signedPercent(h.expected / h.actual - 1, locale)));
  const s = f.summary;
  return `${figure(svg, W().trackingCaption(s.ids.length, n(s.ids.length), day(s.calibrationEnd, locale), formatDate(isoOfDay(t.startDay), locale)))}<p>${esc(notes.join(' '))}</p>`;
}

function conditionalPart(f: HistoryFit, d: FitDiagnostics, locale: string, noHoldout: string): string {
  const h = d.holdout;
  if (!h) return `<p class="reading">${esc(noHoldout)}</p>`;
  const svg = linesSvg(
    [
      { label: W().actual, values: h.byFrequency.map((b) => (b.customers ? b.actualMean : NaN)), color: COLORS.main },
      { label: W().predicted, values: h.byFrequency.map((b) => (b.customers ? b.predictedMean : NaN)), color: COLORS.negative, dashed: true },
    ],
    { title: W().conditionalTitle, format: (v) => formatNumber(v, locale, 1), xLabel: W().conditionalX, xLabels: h.byFrequency.map((b) => b.frequency) },
  );
  const rows = h.byFrequency.map((b) => [b.frequency, formatNumber(b.customers, locale), formatNumber(b.actualMean, locale, 2), formatNumber(b.predictedMean, locale, 2), formatNumber(b.actual, locale), formatNumber(b.predicted, locale, 1)]);
  rows.push([W().total, formatNumber(f.summary.ids.length, locale), '', '', formatNumber(h.actual, locale), formatNumber(h.predicted, locale, 1)]);
  return `${figure(svg, W().conditionalCaption(formatNumber(h.length, locale, 1), f.summary.unit))}${table([...W().conditionalHead], rows, rows.map((_, i) => (i === rows.length - 1 ? 'total' : undefined)))}`;
}

function pAlivePart(f: HistoryFit, d: FitDiagnostics, locale: string): string {
  const items = d.pAliveHistogram.map((count, k) => ({ label: `${formatNumber(k / 10, locale, 1)}–${formatNumber((k + 1) / 10, locale, 1)}`, value: count }));
  const svg = barsSvg(items, { title: W().pAliveTitle, format: (v) => formatNumber(v, locale) });
  return figure(svg, W().pAliveCaption(f.summary.ids.length, formatNumber(f.summary.ids.length, locale), day(f.summary.calibrationEnd, locale)));
}

function gammaGammaPart(d: FitDiagnostics, locale: string): string {
  const buckets = d.valueByFrequency.filter((b) => b.customers > 0);
  const svg = barsSvg(
    buckets.map((b) => ({ label: b.frequency, value: b.meanValue })),
    { title: W().ggTitle, format: (v) => money(v, locale) },
  );
  const limit = formatNumber(d.correlationLimit, locale, 1);
  const verdict = d.correlationMaterial ? `<p class="reading">${esc(W().ggMaterial(limit))}</p>` : `<p class="note">${esc(W().ggSmall(limit))}</p>`;
  return [
    `<p>${esc(W().ggCorrelation(formatNumber(d.correlation, locale, 2)))}</p>`,
    verdict,
    `<figure>${svg}</figure>`,
    table([...W().ggHead], buckets.map((b) => [b.frequency, formatNumber(b.customers, locale), money(b.meanValue, locale)])),
  ].join('');
}

/**
 * The four diagnostics, each under a heading of the given level (h2 on the
 * page, h3 in the report's section); `noHoldout` says what to do when there
 * is no holdout (the flags differ between fit and the report).
 */
export function fitDiagnosticsHtml(f: HistoryFit, d: FitDiagnostics, locale: string, level: 2 | 3 = 2, noHoldout: string = W().noHoldout): string {
  const part = (id: string, heading: string, body: string): string => `<section id="${id}"><h${level}>${esc(heading)}</h${level}>${body}</section>`;
  return [
    part('fit-tracking', W().trackingHeading, trackingPart(f, d, locale)),
    part('fit-conditional', W().conditionalHeading, conditionalPart(f, d, locale, noHoldout)),
    part('fit-palive', W().pAliveHeading, pAlivePart(f, d, locale)),
    part('fit-gamma-gamma', W().ggHeading, gammaGammaPart(d, locale)),
  ].join('\n');
}
