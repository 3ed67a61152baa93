/**
 * The HTML report (issue 7): one self-contained file a consultant can send or
 * print to PDF. No script, no external style, font or image, and a
 * Content-Security-Policy that forbids any request, so the page opens offline
 * and cannot phone home. Charts are inline SVG (charts-svg.ts).
 *
 * Pure: report data in, a string out; the generation time comes from the
 * caller. Every string that came from the user (draft names and
 * descriptions, file names, tier level names, input paths) is escaped.
 */
import type { MetricKey } from '../engine/metrics.js';
import { msg, type Messages } from '../i18n/index.js';
import {
  behaviourCostRows,
  behaviourMean,
  behaviourMetric,
  behaviourSeries,
  feeIncomeLabel,
  hasSeries,
  pointsRows,
  selectionSentence,
  selectionView,
} from './behaviour-view.js';
import { actionIncomeRows, partnerSentence } from './actions-view.js';
import { bandLineSvg, barsSvg, columnsSvg, COLORS, escapeXml as esc, histogramSvg, stackedBarSvg, tornadoSvg } from './charts-svg.js';
import { formatDate, formatKind, formatMoney, formatMoneyCompact, formatNumber, formatPercent, type FormatOptions } from './format.js';
import { metricValueKind } from './metric-registry.js';
import { percentile } from '../engine/metrics.js';
import { inputName } from './input-names.js';
import { segmentView } from './segment-text.js';
import {
  COST_ROWS,
  draftFacts,
  inputKind,
  KPI_ROWS,
  METRIC_ROWS,
  type Kind,
  type ReportData,
  type ReportEntry,
} from './report-data.js';
import { errorText, paybackHeadline, readingInWords } from './simulation-text.js';
import { leverText, type WhatIfSpec } from './whatif.js';
import { fitDiagnosticsHtml } from './fit-diagnostics-html.js';

/** The content policy of a page with no script: inline style and data: images only. */
const OFFLINE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light; --ink: ${COLORS.text}; --muted: #4a5568; --line: #cbd5e0; --soft: #f7fafc; --accent: ${COLORS.main}; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); break-after: avoid; page-break-after: avoid; }
h3 { font-size: 15px; margin: 10px 0 6px; }
p { margin: 6px 0; }
.meta { color: var(--muted); font-size: 13px; }
.cols { display: grid; gap: 20px 28px; grid-template-columns: repeat(var(--n, 1), minmax(0, 1fr)); }
.col { min-width: 0; break-inside: avoid; page-break-inside: avoid; }
.reading { background: var(--soft); border-left: 4px solid var(--accent); padding: 10px 14px; margin: 8px 0; }
.big { display: flex; flex-wrap: wrap; gap: 8px 22px; margin: 8px 0; }
.big div { min-width: 120px; }
.big b { display: block; font-size: 20px; }
.big span { color: var(--muted); font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 13px; font-variant-numeric: tabular-nums; }
th, td { padding: 3px 8px; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
td:not(:first-child) { white-space: nowrap; }
thead th { border-bottom: 2px solid var(--ink); font-weight: 600; }
td.path { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; word-break: break-word; }
code.path-of { display: block; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 11px; color: #6b7280; word-break: break-word; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
tr.chosen td { font-weight: 700; }
tr.income td { font-style: italic; }
tr.sub td:first-child { padding-left: 22px; color: var(--muted); }
figure { margin: 6px 0 12px; break-inside: avoid; page-break-inside: avoid; }
figcaption { color: var(--muted); font-size: 12px; margin-top: 2px; }
svg.chart { display: block; max-width: 100%; height: auto; }
.cols[style="--n:1"] .split { display: grid; gap: 0 32px; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
.pair { display: grid; gap: 0 32px; grid-template-columns: repeat(2, minmax(0, 1fr)); }
.note { color: var(--muted); font-size: 12px; }
footer { margin-top: 36px; border-top: 1px solid var(--line); padding-top: 8px; color: var(--muted); font-size: 12px; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 11px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 18px; }
  table { font-size: 10px; }
  .cols { gap: 10px 14px; }
  section { break-before: auto; }
  a { color: inherit; text-decoration: none; }
}
.whatif .levers { display: grid; gap: 6px 24px; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); margin: 8px 0; }
.whatif .lever { display: grid; grid-template-columns: 1fr 96px; gap: 2px 8px; align-items: center; }
.whatif .lever label { grid-column: 1 / 3; font-size: 13px; }
.whatif .lever output { grid-column: 1 / 3; color: var(--muted); font-size: 12px; }
.whatif input[type=number] { width: 96px; font: inherit; }
.whatif input[type=range] { width: 100%; }
.whatif button { font: inherit; padding: 4px 12px; margin-right: 8px; }
.whatif textarea { width: 100%; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; resize: vertical; }
.whatif .state, .whatif .badge { background: #fffbea; border-left: 4px solid #d69e2e; padding: 6px 12px; margin: 8px 0; }
.whatif #whatif-results[aria-busy=true] { opacity: 0.55; }
@media print { .whatif .levers, .whatif button { display: none; } .whatif textarea { border: none; height: auto; } }
@media (max-width: 900px) { .cols, .pair, .cols[style="--n:1"] .split { grid-template-columns: minmax(0, 1fr); } }
@media print { .pair, .cols[style="--n:1"] .split { grid-template-columns: minmax(0, 1fr); } }
`;

export function table(head: string[], rows: string[][], rowClasses: (string | undefined)[] = []): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows
    .map((r, i) => `<tr${rowClasses[i] ? ` class="${rowClasses[i]}"` : ''}>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function fo(e: ReportEntry, locale: string): FormatOptions {
  return { locale, currency: e.meta.currency };
}

/** Draft columns side by side: one per entry, in a grid. */
function columns(data: ReportData, render: (e: ReportEntry, i: number) => string): string {
  const n = Math.min(3, data.entries.length);
  const cells = data.entries.map((e, i) => `<div class="col">${data.entries.length > 1 ? `<h3>${esc(e.meta.name)}</h3>` : ''}${render(e, i)}</div>`);
  return `<div class="cols" style="--n:${n}">${cells.join('')}</div>`;
}

function runsLine(e: ReportEntry, locale: string): string {
  const m = e.meta;
  const h = msg().html;
  const runs = e.summary.runs < m.runsRequested ? h.runsOf(formatNumber(e.summary.runs, locale), m.runsRequested, formatNumber(m.runsRequested, locale), m.precisionReached) : h.runs(e.summary.runs, formatNumber(e.summary.runs, locale));
  return `${m.population} · ${msg().sim.months(m.horizon)} · ${runs} (${m.sampling === 'lhs' ? msg().sim.lhs : msg().sim.mc}) · ${msg().sim.seed(m.seed)}`;
}

export function decision(e: ReportEntry, locale: string, compact: boolean): string {
  const o = fo(e, locale);
  const m = e.summary.metrics;
  const p = e.summary.probabilities;
  const h = msg().html;
  const big = [
    [formatPercent(m.roi.mean, locale, 0), h.meanRoi],
    [formatPercent(p.roiPositive, locale, 0), 'P(ROI > 0)'],
    // like beside like: a mean ROI beside the mean net profit (whose sign it shares); the median gets its own line when it disagrees
    [formatMoneyCompact(m.netIncrementalProfit.mean, o), h.meanNet],
    [m.paybackMonth.p50 === null ? msg().common.never : h.month(formatNumber(m.paybackMonth.p50, locale)), h.medianPayback],
  ];
  const rows = METRIC_ROWS.slice(0, 4).map(({ key, label, kind }) => summaryRow(e, key, h.metricLabel(key, label), kind, locale, compact));
  if (behaviourMean(e.summary, 'feeIncome') !== 0) rows.push(summaryRow(e, 'feeIncome', msg().sim.feeIncomeRow, metricValueKind('feeIncome'), locale, compact));
  const notes: string[] = [];
  const net = m.netIncrementalProfit;
  if (net.mean !== null && net.p50 !== null && Math.sign(net.mean) !== Math.sign(net.p50)) notes.push(h.meanMedianDiffer(formatMoneyCompact(net.mean, o), formatMoneyCompact(net.p50, o)));
  if (e.meta.roiBasis === 'revenue') notes.push(h.revenueBasis);
  if (m.roi.undefinedRuns) notes.push(msg().sim.roiUndefinedRuns(m.roi.undefinedRuns));
  return [
    `<p class="meta">${esc(e.meta.file)} · ${esc(runsLine(e, locale))}</p>`,
    `<p class="reading">${esc(readingInWords(e.summary, e.meta, o))}</p>`,
    `<div class="big">${big.map(([v, l]) => `<div><b>${esc(v!)}</b><span>${esc(l!)}</span></div>`).join('')}</div>`,
    // side by side the columns are narrow: the standard errors give way (the XLSX Summary has them)
    compact
      ? table(['', msg().sim.head.mean, 'P5', 'P50', 'P95'], rows.map((r) => [r[0]!, r[1]!, ...r.slice(3)]))
      : table(['', msg().sim.head.mean, msg().sim.head.se, 'P5', 'P50', 'P95'], rows),
    `<p class="note">${esc(h.npvNote(formatPercent(p.npvPositive, locale), paybackHeadline(e.summary, e.meta.horizon, locale), errorText(e.summary, o)))}</p>`,
    ...notes.map((n) => `<p class="note">${esc(n)}</p>`),
  ].join('');
}

/** A metric's mean, s.e. and percentiles; `compact` money (1.2M) for narrow side-by-side columns. */
function summaryRow(e: ReportEntry, key: MetricKey, label: string, kind: Kind, locale: string, compact = false): string[] {
  const s = e.summary.metrics[key];
  const o = fo(e, locale);
  const f = (v: number | null, k: Kind = kind): string => (compact && k === 'money' ? formatMoneyCompact(v, o) : formatKind(v, k, o));
  return [label, s.mean === null ? '–' : f(s.mean), s.se === null ? '–' : `±${f(s.se, kind === 'month' ? 'decimal' : kind)}`, f(s.p5), f(s.p50), f(s.p95)];
}

function sideBySide(data: ReportData): string {
  const { entries, locale } = data;
  const head = ['', ...entries.map((e) => e.meta.name)];
  const h = msg().html;
  const rows: string[][] = METRIC_ROWS.map(({ key, label, kind }) => [
    h.metricLabel(key, label),
    ...entries.map((e) => {
      const s = e.summary.metrics[key];
      const o = fo(e, locale);
      const range = kind === 'count' || key === 'costPerMember' ? '' : h.range(formatKind(s.p5, kind, o), formatKind(s.p95, kind, o));
      return `${s.mean === null && kind === 'month' ? `P50 ${formatKind(s.p50, kind, o)}` : formatKind(s.mean, kind, o)}${range}`;
    }),
  ]);
  const signed = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${x >= 0 ? '+' : ''}${formatPercent(x, locale, 1)}`);
  rows.push([msg().decide.rows.observedGap, ...entries.map((e) => signed(selectionView(e.summary)?.observed))]);
  rows.push([msg().decide.rows.causalUplift, ...entries.map((e) => signed(selectionView(e.summary)?.causal))]);
  for (const { key, label } of [{ key: 'feeIncome' as const, label: msg().sim.feeIncomeRow }, ...behaviourCostRows()]) {
    if (entries.some((e) => behaviourMean(e.summary, key) !== 0)) rows.push([label, ...entries.map((e) => formatMoney(behaviourMean(e.summary, key), fo(e, locale)))]);
  }
  rows.push(['P(ROI > 0)', ...entries.map((e) => formatPercent(e.summary.probabilities.roiPositive, locale))]);
  rows.push([`P(${msg().sim.npv} > 0)`, ...entries.map((e) => formatPercent(e.summary.probabilities.npvPositive, locale))]);
  const pairs = data.pairs.map((p) => {
    const a = entries[p.a]!;
    const b = entries[p.b]!;
    const o = fo(a, locale);
    const d = p.meanDifference.netIncrementalProfit;
    const se = p.seDifference.netIncrementalProfit;
    const verdict = p.verdict === 'identical' ? h.identical : p.verdict === 'noise' ? h.noise : h.ahead((p.verdict === 'a' ? a : b).meta.name);
    return [`${a.meta.name}${h.vs}${b.meta.name}`, formatPercent(p.pAOverB, locale), `${formatMoney(d, o)}${se === null ? '' : ` ± ${formatMoney(se, o)}`}`, verdict];
  });
  return [
    `<section id="compare"><h2>${esc(h.sideBySide)}</h2>`,
    `<p class="note">${esc(h.sideBySideNote)}</p>`,
    table(head, rows),
    pairs.length ? table(h.pairHead, pairs) : '',
    '</section>',
  ].join('');
}

/** An input's name for people, with its --set path under it for the consultant who reruns it. */
const named = (path: string): string => `${esc(inputName(path))}<code class="path-of">${esc(path)}</code>`;

function inputs(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const facts = draftFacts(e.draft, o);
  const fixed = facts.filter((f) => !f.uncertain);
  const uncertain = facts.filter((f) => f.uncertain);
  const drawn = e.summary.inputs;
  const parts: string[] = [];
  const h = msg().html;
  if (e.draft.description) parts.push(`<p>${esc(e.draft.description)}</p>`);
  parts.push(`<p class="meta">${esc(h.customers(e.meta.population, e.meta.currency))}</p>`);
  if (uncertain.length > 0) {
    parts.push(`<h3>${esc(h.uncertainTitle)}</h3>`);
    parts.push(
      `<table><thead><tr><th>${esc(h.uncertainHead.input)}</th><th>${esc(h.uncertainHead.distribution)}</th><th>P5</th><th>P50</th><th>P95</th></tr></thead><tbody>${uncertain
        .map((f) => {
          const s = drawn[f.path];
          const k = inputKind(f.path);
          return `<tr><td>${named(f.path)}</td><td>${esc(f.value)}</td><td>${esc(formatKind(s?.p5, k, o))}</td><td>${esc(formatKind(s?.p50, k, o))}</td><td>${esc(formatKind(s?.p95, k, o))}</td></tr>`;
        })
        .join('')}</tbody></table>`,
    );
  } else parts.push(`<p class="note">${esc(h.noUncertain)}</p>`);
  parts.push(`<h3>${esc(h.fixedTitle)}</h3>`);
  if (e.draft.mechanics.some((m) => m.type === 'tiers')) parts.push(`<p class="note">${esc(h.tierDefaults)}</p>`);
  parts.push(`<table><thead><tr><th>${esc(h.fixedHead.field)}</th><th>${esc(h.fixedHead.value)}</th></tr></thead><tbody>${fixed.map((f) => `<tr><td>${named(f.path)}</td><td>${esc(f.path === 'currency' ? msg().draftNames.currency(f.value) : f.value)}</td></tr>`).join('')}</tbody></table>`);
  return parts.join('');
}

export function roiChart(e: ReportEntry, locale: string): string {
  const m = e.summary.metrics.roi;
  const values = Float64Array.from(e.result.runs, (r) => r.metrics.roi);
  const svg = histogramSvg(values, {
    title: msg().html.roiTitle(e.summary.runs, formatNumber(e.summary.runs, locale), e.meta.name),
    format: (v) => formatPercent(v, locale, 0),
    marks: [
      { label: 'P5', value: m.p5 ?? NaN },
      { label: 'P50', value: m.p50 ?? NaN },
      { label: 'P95', value: m.p95 ?? NaN },
    ],
    xLabel: msg().html.roiAxis,
    binTitle: msg().html.binTitle,
  });
  return `<figure>${svg}<figcaption>${esc(msg().html.roiCaption(formatPercent(e.summary.probabilities.roiPositive, locale)))}</figcaption></figure>`;
}

export function cumulativeChart(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const mo = e.summary.monthly;
  // the one payback reading (docs/model.md §5): the median run's month, marked on the month axis (−1: never)
  const median = e.summary.metrics.paybackMonth.p50;
  const payback = median !== null ? median - 1 : -1;
  const svg = bandLineSvg(
    { mean: mo.cumulativeNetMean, low: mo.cumulativeNetP5, high: mo.cumulativeNetP95 },
    {
      title: msg().html.cumulativeTitle(e.meta.name),
      format: (v) => formatMoneyCompact(v, o),
      ...(payback >= 0 ? { markIndex: payback, markLabel: msg().payback.mark(payback + 1) } : {}),
      xLabel: msg().html.monthAxis,
      meanLabel: msg().html.chart.mean,
    },
  );
  const last = mo.cumulativeNetMean.length - 1;
  const caption = msg().html.cumulativePays(
    paybackHeadline(e.summary, e.meta.horizon, locale),
    last + 1,
    formatMoney(mo.cumulativeNetMean[last], o),
    formatMoney(mo.cumulativeNetP5[last], o),
    formatMoney(mo.cumulativeNetP95[last], o),
  );
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

/** The observed member/non-member gap next to the causal uplift, with the sentence on why they differ (MODEL.md §8). */
function selection(e: ReportEntry, locale: string): string {
  const h = msg().html;
  const v = selectionView(e.summary);
  if (!v) return `<p class="note">${esc(h.noMembers)}</p>`;
  const signed = (x: number | null) => (x === null ? '–' : `${x >= 0 ? '+' : ''}${formatPercent(x, locale, 1)}`);
  const row = (label: string, key: 'observedMemberGap' | 'causalMemberUplift') => {
    const m = behaviourMetric(e.summary, key)!;
    return [label, signed(m.mean), signed(m.p5), signed(m.p95)];
  };
  return `<div class="box">${table(['', h.chart.mean, 'P5', 'P95'], [
    row(msg().metricLabels.observedMemberGap, 'observedMemberGap'),
    row(h.causalOnMembers, 'causalMemberUplift'),
  ])}<p class="reading">${esc(selectionSentence(v, locale))}</p></div>`;
}

function membersChart(e: ReportEntry, locale: string): string {
  const h = msg().html;
  const members = behaviourSeries(e.summary, 'members');
  const svg = columnsSvg(members, { title: h.membersTitle(e.meta.name), format: (v) => formatNumber(v, locale), xLabel: h.monthAxis, ...monthBand(e, (r) => r.monthlyMembers) });
  return `<figure>${svg}<figcaption>${esc(h.membersCaption)}</figcaption></figure>`;
}

/** P5 and P95 across runs of a monthly series, for a chart's whiskers (the summary keeps only the means by month). */
function monthBand(e: ReportEntry, pick: (r: ReportEntry['result']['runs'][number]) => ArrayLike<number> | undefined): { band?: { low: number[]; high: number[] }; bandLabel: string; meanLabel: string } {
  const labels = { bandLabel: 'P5–P95', meanLabel: msg().html.chart.mean };
  const runs = e.result.runs;
  const H = e.summary.monthly.netIncrementalProfit.length;
  if (runs.length < 2 || runs.some((r) => (pick(r)?.length ?? 0) < H)) return labels;
  const low: number[] = [];
  const high: number[] = [];
  for (let t = 0; t < H; t++) {
    const col = Float64Array.from(runs, (r) => pick(r)![t]!).sort();
    low.push(percentile(col, 0.05));
    high.push(percentile(col, 0.95));
  }
  return { band: { low, high }, ...labels };
}

function monthlyChart(e: ReportEntry, locale: string): string {
  const h = msg().html;
  const o = fo(e, locale);
  const svg = columnsSvg(e.summary.monthly.netIncrementalProfit, { title: h.monthlyTitle(e.meta.name), format: (v) => formatMoneyCompact(v, o), xLabel: h.monthAxis, ...monthBand(e, (r) => r.monthlyNet) });
  // With simulated balances the last month also books the points still held that are expected to be
  // redeemed (MODEL.md §10): a drop a reader would otherwise take for a loss of that month.
  const balances = e.draft.mechanics.some((m) => m.type === 'points' && m.redemption !== undefined);
  const caption = balances ? `${h.monthlyCaption} ${h.monthlyHorizonPoints(e.summary.monthly.netIncrementalProfit.length)}` : h.monthlyCaption;
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

function referredChart(e: ReportEntry, locale: string): string {
  const h = msg().html;
  const referred = behaviourSeries(e.summary, 'referredCustomers');
  if (!hasSeries(referred)) return `<p class="note">${esc(h.noReferral)}</p>`;
  const svg = columnsSvg(referred, { title: h.referredTitle(e.meta.name), format: (v) => formatNumber(v, locale, 1), xLabel: h.monthAxis, ...monthBand(e, (r) => r.monthlyReferred) });
  return `<figure>${svg}<figcaption>${esc(h.referredCaption(formatNumber(behaviourMean(e.summary, 'referredCustomers'), locale)))}</figcaption></figure>`;
}

export function costs(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const m = e.summary.metrics;
  const mean = (k: MetricKey): number => m[k].mean ?? 0;
  const total = mean('programCost');
  const h = msg().html;
  const costLabel = (key: MetricKey): string => msg().sim.costRows[key as keyof Messages['sim']['costRows']];
  const behaviourRows = behaviourCostRows();
  const lines = [
    ...COST_ROWS.map((c) => ({ ...c, label: costLabel(c.key) })),
    ...behaviourRows.map((c) => ({ ...c, reward: false })),
  ].filter((c) => mean(c.key) !== 0);
  const bars = barsSvg(
    lines.map((c) => ({ label: c.label, value: mean(c.key), color: c.reward ? COLORS.negative : COLORS.main })),
    { title: h.costTitle(e.meta.name), format: (v) => formatMoneyCompact(v, o) },
  );
  const rows: string[][] = lines.map((c) => [c.label, formatMoney(mean(c.key), o), formatMoney(m[c.key].p5, o), formatMoney(m[c.key].p95, o), formatPercent(total ? mean(c.key) / total : NaN, locale)]);
  const classes: (string | undefined)[] = lines.map(() => undefined);
  rows.push([msg().sim.programCost, formatMoney(total, o), formatMoney(m.programCost.p5, o), formatMoney(m.programCost.p95, o), formatPercent(total ? 1 : NaN, locale)]);
  classes.push('total');
  const fee = mean('feeIncome');
  // income, never a negative cost: under the total, outside the shares
  if (fee !== 0) {
    rows.push([feeIncomeLabel(), formatMoney(fee, o), formatMoney(m.feeIncome.p5, o), formatMoney(m.feeIncome.p95, o), '']);
    classes.push('income');
  }
  // §14's income lines, likewise under the total; then what partners fund, as a note
  for (const { key, label } of actionIncomeRows()) {
    if (mean(key) === 0) continue;
    rows.push([label, formatMoney(mean(key), o), formatMoney(m[key].p5, o), formatMoney(m[key].p95, o), '']);
    classes.push('income');
  }
  const partners = partnerSentence(e.summary, (x) => formatMoney(x, o));
  const rewards = mean('discounts') + mean('pointsCost') + mean('rebates');
  const breakdown = `<figure>${bars}<figcaption>${esc(h.costCaption)}</figcaption></figure>`;
  const charts: string[] = [];
  if (rewards > 0) {
    charts.push(`<h3>${esc(h.splitTitle)}</h3>`);
    charts.push(
      `<figure>${stackedBarSvg(
        [
          { label: h.windfall, value: mean('windfallCost'), color: COLORS.negative },
          { label: h.incremental, value: mean('incrementalCost'), color: COLORS.accent },
        ],
        { title: h.splitChartTitle(e.meta.name), format: (v) => formatMoney(v, o), share: (v) => formatPercent(v, locale, 0) },
      )}<figcaption>${esc(h.splitCaption(formatPercent(mean('windfallCost') / rewards, locale), formatMoney(rewards, o)))}</figcaption></figure>`,
    );
  }
  // the table needs the width; the two charts share a row
  return split(breakdown, charts.join('')) + table(['', msg().sim.head.mean, 'P5', 'P95', msg().sim.share], rows, classes) + (partners ? `<p class="note">${esc(partners)}</p>` : '');
}

/** Chart and table: side by side when a draft has the page to itself (on screen), else one under the other. */
function split(left: string, right: string): string {
  return `<div class="split"><div>${left}</div><div>${right}</div></div>`;
}

function kpis(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const m = e.summary.metrics;
  const t = msg().sim;
  const k = t.kpi;
  // the simulate text's names of the same KPIs, by their baseline key
  const names: Partial<Record<MetricKey, string>> = {
    activeAtHorizonBaseline: k.active(e.meta.horizon),
    churnAnnualBaseline: k.churn,
    ordersPerActiveMonthBaseline: k.ordersPerMonth,
    averageCheckBaseline: k.averageCheck,
    revenueBaseline: k.revenue,
    ordersBaseline: k.orders,
  };
  const rows = KPI_ROWS.map(([label, b, p, kind]) => {
    const vb = m[b].mean;
    const vp = m[p].mean;
    const change = vb !== null && vp !== null && vb !== 0 ? (kind === 'percent' ? t.pp(formatNumber((vp - vb) * 100, locale, 1)) : formatPercent(vp / vb - 1, locale)) : '–';
    return [names[b] ?? label, formatKind(vb, kind, o), formatKind(vp, kind, o), change];
  });
  rows.push([k.members, '–', formatKind(m.members.mean, metricValueKind('members'), o), '–']);
  rows.push([k.costPerMember, '–', formatKind(m.costPerMember.mean, metricValueKind('costPerMember'), o), '–']);
  if ((m.pointsIssued.mean ?? 0) > 0) {
    rows.push([k.pointsIssued, '–', formatKind(m.pointsIssued.mean, metricValueKind('pointsIssued'), o), '–']);
    for (const { key, label } of pointsRows()) rows.push([msg().html.pointsRow(label), '–', formatKind(behaviourMean(e.summary, key), metricValueKind(key), o), '–']);
    rows.push([msg().html.effectiveRedemption, '–', formatKind(e.summary.metrics.effectiveRedemptionShare.mean, metricValueKind('effectiveRedemptionShare'), o), '–']);
    rows.push([msg().html.liability(e.meta.horizon), '–', formatKind(m.pointsLiability.mean, metricValueKind('pointsLiability'), o), '–']);
  }
  if (behaviourMean(e.summary, 'referredCustomers') > 0) {
    rows.push([msg().sim.kpi.referred, '–', formatKind(behaviourMean(e.summary, 'referredCustomers'), metricValueKind('referredCustomers'), o), '–']);
    rows.push([msg().html.referredSpend, '–', formatKind(behaviourMean(e.summary, 'referralRevenue'), metricValueKind('referralRevenue'), o), '–']);
    rows.push([msg().html.referredActive, '–', formatKind(behaviourMean(e.summary, 'referredActiveAtHorizon'), metricValueKind('referredActiveAtHorizon'), o), '–']);
  }
  return table(['', t.kpiHead.baseline, t.kpiHead.program, t.kpiHead.change], rows);
}

function tierMix(e: ReportEntry, locale: string): string {
  const mix = e.summary.tierMix;
  const h = msg().html;
  if (mix.length < 2) return `<p class="note">${esc(h.noTiers)}</p>`;
  const svg = barsSvg(
    mix.map((t) => ({ label: t.name, value: t.share })),
    { title: h.tierTitle(e.meta.horizon, e.meta.name), format: (v) => formatPercent(v, locale, 0) },
  );
  const th = msg().sim.tierHead;
  return split(
    `<figure>${svg}<figcaption>${esc(h.tierCaption(e.meta.horizon))}</figcaption></figure>`,
    table(
      [th.level, th.members, th.share],
      mix.map((t) => [t.name, formatNumber(t.members, locale), formatPercent(t.share, locale)]),
    ),
  );
}

/** docs/model.md §13: the per-segment table, its note on fixed costs and who pays for whom (segment-text.ts, as in the terminal). */
function segmentTable(e: ReportEntry, locale: string): string {
  const v = segmentView(e.summary, fo(e, locale));
  if (!v) return '';
  return `${table(v.head, v.rows)}<p class="note">${esc(v.note)}</p><p>${esc(v.payers)}</p>`;
}

function tornado(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const t = e.tornado;
  const h = msg().html;
  if (!t || t.inputs.length === 0) return `<p class="note">${esc(h.noSwings)}</p>`;
  const svg = tornadoSvg(
    t.inputs.map((x) => ({ label: inputName(x.path), low: x.netAtLow, high: x.netAtHigh })),
    t.base.mean,
    { title: h.tornadoTitle(e.meta.name), format: (v) => formatMoneyCompact(v, o), lowLabel: h.chart.inputLow, highLabel: h.chart.inputHigh },
  );
  const rows = t.inputs.map((x) => {
    const k = inputKind(x.path);
    return [inputName(x.path), `${formatKind(x.low, k, o)} / ${formatKind(x.high, k, o)}`, formatMoney(x.netAtLow, o), formatMoney(x.netAtHigh, o), formatMoney(x.swing, o), x.spearman === null ? '–' : formatNumber(x.spearman, locale, 2)];
  });
  return `<figure>${svg}<figcaption>${esc(h.tornadoCaption(formatMoney(t.base.mean, o), t.simulations, formatNumber(t.runs, locale)))}</figcaption></figure>${table(h.tornadoHead, rows)}<p class="note">${esc(h.rankNote)}</p>`;
}

/** The generated-at line: date the locale's way, time in UTC, with what repeats the result. */
function generatedLine(data: ReportData): string {
  const d = data.generatedAt;
  const time = new Intl.DateTimeFormat(data.locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(d);
  const first = data.entries[0]!;
  const seeds = [...new Set(data.entries.map((e) => e.meta.seed))].join(', ');
  const runs = [...new Set(data.entries.map((e) => e.summary.runs))].map((n) => formatNumber(n, data.locale)).join(', ');
  return msg().html.generated(formatDate(d, data.locale), time, seeds, runs, first.meta.sampling === 'lhs' ? msg().sim.lhs : msg().sim.mc);
}

/** Safe inside a <script> element: nothing can close it early. */
function scriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * The what-if panel (`report --interactive`): labelled levers, the repeat
 * command, and the results the page script draws. The engine runs in a Web
 * Worker started from the code carried here; nothing is fetched.
 */
function whatIfSection(spec: WhatIfSpec, currency: string): string {
  const t = msg().whatif;
  const o = { locale: spec.locale, currency };
  const levers = spec.levers
    .map((l) => {
      const id = `lever-${l.path}`;
      return `<div class="lever"><label for="${esc(id)}-range">${esc(l.label)}${l.distribution ? esc(t.ofDistribution) : ''}</label><input type="range" id="${esc(id)}-range" min="${l.min}" max="${l.max}" step="${l.step}" value="${l.value}" aria-describedby="${esc(id)}-shown"><input type="number" id="${esc(id)}-value" min="${l.min}" max="${l.max}" step="any" value="${Number(l.value.toPrecision(6))}" aria-label="${esc(t.exactValue(l.label))}"><output id="${esc(id)}-shown" for="${esc(id)}-range">${esc(leverText(l, l.value, o))}</output></div>`;
    })
    .join('');
  const runs = formatNumber(spec.runs, spec.locale);
  return `<section id="whatif" class="whatif"><h2>${esc(t.title)}</h2>
<p class="note">${esc(t.note(spec.runs, runs, formatNumber(spec.sample, spec.locale), formatNumber(spec.customers, spec.locale), spec.seed))}</p>
<noscript><p class="note">${esc(t.noscript)}</p></noscript>
<p class="state" id="whatif-state">${esc(t.stateInitial)}</p>
<div class="levers">${levers}</div>
<p><button type="button" id="whatif-reset">${esc(t.reset)}</button><button type="button" id="whatif-copy">${esc(t.copy)}</button><span id="whatif-status" role="status" aria-live="polite"></span></p>
<label for="whatif-command">${esc(t.commandLabel)}</label>
<textarea id="whatif-command" readonly rows="2"></textarea>
<label for="whatif-flags">${esc(t.flagsLabel)}</label>
<textarea id="whatif-flags" readonly rows="1"></textarea>
<p class="badge">${esc(t.badge(spec.runs, runs))}</p>
<div id="whatif-results" aria-live="polite" aria-busy="true"></div>
</section>`;
}

/** With --history or --summary: how well the fit the customers are drawn from describes the history (fit-html.ts). */
function calibrationSection(c: NonNullable<ReportData['calibration']>, locale: string): string {
  return `<p class="note">${esc(msg().fitDiag.calibrationIntro(c.source))}</p>${fitDiagnosticsHtml(c.fit, c.diagnostics, locale, 3, msg().fitDiag.noHoldoutReport(c.source))}`;
}

/** The whole report as one HTML document. */
export function renderHtmlReport(data: ReportData): string {
  if (data.entries.length === 0) throw new Error('renderHtmlReport: no entries');
  const { entries, locale } = data;
  const several = entries.length > 1;
  const h = msg().html;
  const title = several ? h.comparison(msg().draftNames.list(entries.map((e) => e.meta.name))) : entries[0]!.meta.name;
  const lang = locale.split('-')[0] ?? 'en';
  const m0 = entries[0]!.meta;
  // the CLI's command from the run's own options; the older reconstruction for callers (tests, the library) that give none
  const repeat = data.repeat ?? [
    `loyalty-sim report ${entries.map((e) => e.meta.file).join(' ')} --seed ${m0.seed} --runs ${m0.runsRequested}`,
    m0.sampling === 'mc' ? ' --sampling mc' : '',
    m0.precision !== undefined ? ` --precision ${m0.precision}` : '',
    entries.some((e) => e.meta.horizon !== e.draft.horizon_months) ? ` --horizon ${m0.horizon}` : '',
    data.tornado ? ' --tornado' : '',
  ].join('');
  const section = (id: string, heading: string, body: string): string => `<section id="${id}"><h2>${esc(heading)}</h2>${body}</section>`;
  const body = [
    `<header><h1>${esc(title)}</h1><p class="meta" id="generated">${esc(generatedLine(data))}</p></header>`,
    section('decision', several ? h.sections.decisions : h.sections.decision, columns(data, (e) => decision(e, locale, several))),
    several ? sideBySide(data) : '',
    // one draft: the two main charts side by side on a screen (stacked when printed)
    several ? '' : '<div class="pair">',
    section('roi', h.sections.roi, columns(data, (e) => roiChart(e, locale))),
    section('cumulative', h.sections.cumulative, columns(data, (e) => cumulativeChart(e, locale))),
    several ? '' : '</div>',
    section('selection', h.sections.selection, columns(data, (e) => selection(e, locale))),
    section('members', h.sections.members, columns(data, (e) => membersChart(e, locale))),
    section('monthly', h.sections.monthly, columns(data, (e) => monthlyChart(e, locale))),
    entries.some((e) => hasSeries(behaviourSeries(e.summary, 'referredCustomers'))) ? section('referred', h.sections.referred, columns(data, (e) => referredChart(e, locale))) : '',
    section('costs', h.sections.costs, columns(data, (e) => costs(e, locale))),
    section('kpis', h.sections.kpis, columns(data, (e) => kpis(e, locale))),
    entries.some((e) => e.summary.tierMix.length > 1) ? section('tiers', h.sections.tiers, columns(data, (e) => tierMix(e, locale))) : '',
    entries.some((e) => e.summary.bySegment) ? section('segments', msg().segments.title, columns(data, (e) => segmentTable(e, locale))) : '',
    data.tornado ? section('tornado', h.sections.tornado, columns(data, (e) => tornado(e, locale))) : '',
    data.whatif ? whatIfSection(data.whatif.spec, entries[0]!.meta.currency) : '',
    data.calibration ? section('calibration', msg().fitDiag.sectionCalibration, calibrationSection(data.calibration, locale)) : '',
    section('inputs', h.sections.inputs, columns(data, (e) => inputs(e, locale))),
    `<footer><p>${esc(h.method)}</p><p>${esc(h.repeat)} <code>${esc(repeat)}</code></p></footer>`,
  ].join('\n');
  // Nothing may be fetched. The what-if panel's script is allowed by its hash alone, and its
  // engine runs in Workers (one per core, issue 26) made from one blob of the code carried in the page:
  // `worker-src blob:` covers them all, and no other source is allowed.
  const csp = data.whatif
    ? `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${data.whatif.pageSha256}'; worker-src blob:`
    : OFFLINE_CSP;
  const scripts = data.whatif
    ? [
        `<script type="application/json" id="whatif-spec">${scriptText(JSON.stringify(data.whatif.spec).replace(/</g, '\\u003c'))}</script>`,
        `<script type="text/plain" id="whatif-engine">${scriptText(data.whatif.worker)}</script>`,
        `<script>${data.whatif.page}</script>`,
      ].join('\n')
    : '';
  return htmlPage({ lang, csp, title: `${title} · ${h.reportTitle}`, body, scripts });
}

/** The offline page every report shares: its language, its content policy (nothing is fetched), the style. */
export function htmlPage(p: { lang: string; title: string; body: string; csp?: string; scripts?: string }): string {
  return `<!doctype html>
<html lang="${esc(p.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${p.csp ?? OFFLINE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="loyalty-sim">
<title>${esc(p.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${p.body}
</main>
${p.scripts ?? ''}
</body>
</html>
`;
}
