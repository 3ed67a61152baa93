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
import { paybackMonthOfCumulative, type MetricKey } from '../engine/metrics.js';
import {
  BEHAVIOUR_COST_ROWS,
  behaviourMean,
  behaviourMetric,
  behaviourSeries,
  FEE_INCOME_LABEL,
  hasSeries,
  POINTS_ROWS,
  selectionSentence,
  selectionView,
} from './behaviour-view.js';
import { bandLineSvg, barsSvg, columnsSvg, COLORS, escapeXml as esc, histogramSvg, stackedBarSvg, tornadoSvg } from './charts-svg.js';
import { formatDate, formatKind, formatMoney, formatMoneyCompact, formatNumber, formatPercent, type FormatOptions } from './format.js';
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
import { errorText, readingInWords } from './simulation-text.js';
import { leverText, type WhatIfSpec } from './whatif.js';
import { fitDiagnosticsHtml } from './fit-diagnostics-html.js';
import { FIT_DIAG } from './fit-diagnostics-words.js';

export const STYLE = `
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
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
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
  const runs = e.summary.runs < m.runsRequested ? `${formatNumber(e.summary.runs, locale)} of ${formatNumber(m.runsRequested, locale)} runs${m.precisionReached ? ' (precision reached)' : ''}` : `${formatNumber(e.summary.runs, locale)} runs`;
  return `${m.population} · ${m.horizon} months · ${runs} (${m.sampling === 'lhs' ? 'Latin hypercube' : 'Monte Carlo'}) · seed ${m.seed}`;
}

export function decision(e: ReportEntry, locale: string, compact: boolean): string {
  const o = fo(e, locale);
  const m = e.summary.metrics;
  const p = e.summary.probabilities;
  const big = [
    [formatPercent(m.roi.mean, locale, 0), 'mean ROI'],
    [formatPercent(p.roiPositive, locale, 0), 'P(ROI > 0)'],
    [formatMoneyCompact(m.netIncrementalProfit.p50, o), 'median net incremental profit'],
    [m.paybackMonth.p50 === null ? 'never' : `month ${formatNumber(m.paybackMonth.p50, locale)}`, 'median payback'],
  ];
  const rows = METRIC_ROWS.slice(0, 4).map(({ key, label, kind }) => summaryRow(e, key, label, kind, locale, compact));
  if (behaviourMean(e.summary, 'feeIncome') !== 0) rows.push(summaryRow(e, 'feeIncome', 'Fee income (in net profit)', 'money', locale, compact));
  const notes: string[] = [];
  if (e.meta.roiBasis === 'revenue') notes.push('roi_basis is revenue, so gains count revenue, not gross profit: ROI is overstated.');
  if (m.roi.undefinedRuns) notes.push(`ROI is undefined in ${m.roi.undefinedRuns} runs (program cost 0); they are left out of its statistics.`);
  return [
    `<p class="meta">${esc(e.meta.file)} · ${esc(runsLine(e, locale))}</p>`,
    `<p class="reading">${esc(readingInWords(e.summary, e.meta, o))}</p>`,
    `<div class="big">${big.map(([v, l]) => `<div><b>${esc(v!)}</b><span>${esc(l!)}</span></div>`).join('')}</div>`,
    // side by side the columns are narrow: the standard errors give way (the XLSX Summary has them)
    compact ? table(['', 'mean', 'P5', 'P50', 'P95'], rows.map((r) => [r[0]!, r[1]!, ...r.slice(3)])) : table(['', 'mean', '± s.e.', 'P5', 'P50', 'P95'], rows),
    `<p class="note">P(NPV &gt; 0) ${esc(formatPercent(p.npvPositive, locale))} · never pays back within ${e.meta.horizon} months in ${esc(formatPercent(p.paybackNeverShare, locale))} of runs · ${esc(errorText(e.summary, o))}; the payback month's mean is over the runs that pay back</p>`,
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
  const rows: string[][] = METRIC_ROWS.map(({ key, label, kind }) => [
    label,
    ...entries.map((e) => {
      const s = e.summary.metrics[key];
      const o = fo(e, locale);
      const range = kind === 'count' || key === 'costPerMember' ? '' : ` (${formatKind(s.p5, kind, o)} to ${formatKind(s.p95, kind, o)})`;
      return `${s.mean === null && kind === 'month' ? `P50 ${formatKind(s.p50, kind, o)}` : formatKind(s.mean, kind, o)}${range}`;
    }),
  ]);
  const signed = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${x >= 0 ? '+' : ''}${formatPercent(x, locale, 1)}`);
  rows.push(['Observed member gap (naive)', ...entries.map((e) => signed(selectionView(e.summary)?.observed))]);
  rows.push(['Causal member uplift', ...entries.map((e) => signed(selectionView(e.summary)?.causal))]);
  for (const { key, label } of [{ key: 'feeIncome' as const, label: 'Fee income (in net profit)' }, ...BEHAVIOUR_COST_ROWS]) {
    if (entries.some((e) => behaviourMean(e.summary, key) !== 0)) rows.push([label, ...entries.map((e) => formatMoney(behaviourMean(e.summary, key), fo(e, locale)))]);
  }
  rows.push(['P(ROI > 0)', ...entries.map((e) => formatPercent(e.summary.probabilities.roiPositive, locale))]);
  rows.push(['P(NPV > 0)', ...entries.map((e) => formatPercent(e.summary.probabilities.npvPositive, locale))]);
  const pairs = data.pairs.map((p) => {
    const a = entries[p.a]!;
    const b = entries[p.b]!;
    const o = fo(a, locale);
    const d = p.meanDifference.netIncrementalProfit;
    const se = p.seDifference.netIncrementalProfit;
    const verdict = p.verdict === 'identical' ? 'identical in every run' : p.verdict === 'noise' ? 'within noise' : `${(p.verdict === 'a' ? a : b).meta.name} ahead`;
    return [`${a.meta.name} vs ${b.meta.name}`, formatPercent(p.pAOverB, locale), `${formatMoney(d, o)}${se === null ? '' : ` ± ${formatMoney(se, o)}`}`, verdict];
  });
  return [
    '<section id="compare"><h2>Side by side</h2>',
    '<p class="note">Mean (P5 to P95) over runs. The drafts ran on the same customers with the same seed, so run i of each draft shares its random numbers (common random numbers): the differences below are paired run by run.</p>',
    table(head, rows),
    pairs.length ? table(['pair (A vs B)', 'P(A’s net profit > B’s)', 'mean difference of net profit (A − B) ± s.e.', 'verdict'], pairs) : '',
    '</section>',
  ].join('');
}

function inputs(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const facts = draftFacts(e.draft, o);
  const fixed = facts.filter((f) => !f.uncertain);
  const uncertain = facts.filter((f) => f.uncertain);
  const drawn = e.summary.inputs;
  const parts: string[] = [];
  if (e.draft.description) parts.push(`<p>${esc(e.draft.description)}</p>`);
  parts.push(`<p class="meta">Customers: ${esc(e.meta.population)} · currency ${esc(e.meta.currency)}</p>`);
  if (uncertain.length > 0) {
    parts.push('<h3>Uncertain inputs (drawn once per run)</h3>');
    parts.push(
      `<table><thead><tr><th>input</th><th>distribution</th><th>P5</th><th>P50</th><th>P95</th></tr></thead><tbody>${uncertain
        .map((f) => {
          const s = drawn[f.path];
          const k = inputKind(f.path);
          return `<tr><td class="path">${esc(f.path)}</td><td>${esc(f.value)}</td><td>${esc(formatKind(s?.p5, k, o))}</td><td>${esc(formatKind(s?.p50, k, o))}</td><td>${esc(formatKind(s?.p95, k, o))}</td></tr>`;
        })
        .join('')}</tbody></table>`,
    );
  } else parts.push('<p class="note">No uncertain inputs: every field is a fixed number.</p>');
  parts.push('<h3>Fixed fields</h3>');
  if (e.draft.mechanics.some((m) => m.type === 'tiers')) parts.push('<p class="note">Tier level fields at their defaults (0, points multiplier 1) are left out.</p>');
  parts.push(`<table><thead><tr><th>field</th><th>value</th></tr></thead><tbody>${fixed.map((f) => `<tr><td class="path">${esc(f.path)}</td><td>${esc(f.value)}</td></tr>`).join('')}</tbody></table>`);
  return parts.join('');
}

export function roiChart(e: ReportEntry, locale: string): string {
  const m = e.summary.metrics.roi;
  const values = Float64Array.from(e.result.runs, (r) => r.metrics.roi);
  const svg = histogramSvg(values, {
    title: `ROI across ${e.summary.runs} runs: ${e.meta.name}`,
    format: (v) => formatPercent(v, locale, 0),
    marks: [
      { label: 'P5', value: m.p5 ?? NaN },
      { label: 'P50', value: m.p50 ?? NaN },
      { label: 'P95', value: m.p95 ?? NaN },
    ],
    xLabel: 'ROI (net incremental profit / program cost)',
  });
  return `<figure>${svg}<figcaption>${esc(`Runs per ROI bin; bins below zero lose money. P(ROI > 0) ${formatPercent(e.summary.probabilities.roiPositive, locale)}.`)}</figcaption></figure>`;
}

export function cumulativeChart(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const mo = e.summary.monthly;
  // the mean curve's payback as MODEL.md §5 reads it: from this month on it stays ≥ 0 (−1: never)
  const month = paybackMonthOfCumulative(mo.cumulativeNetMean);
  const payback = Number.isFinite(month) ? month - 1 : -1;
  const svg = bandLineSvg(
    { mean: mo.cumulativeNetMean, low: mo.cumulativeNetP5, high: mo.cumulativeNetP95 },
    {
      title: `Cumulative net profit by month: ${e.meta.name}`,
      format: (v) => formatMoneyCompact(v, o),
      ...(payback >= 0 ? { markIndex: payback, markLabel: `mean pays back in month ${payback + 1}` } : {}),
      xLabel: 'month',
    },
  );
  const last = mo.cumulativeNetMean.length - 1;
  const caption =
    payback >= 0
      ? `Cumulative undiscounted net profit, launch cost at month 0. The mean pays back from month ${payback + 1} on; the median run pays back in month ${e.summary.metrics.paybackMonth.p50 ?? 'never'}. After month ${last + 1}: ${formatMoney(mo.cumulativeNetMean[last], o)} (P5 ${formatMoney(mo.cumulativeNetP5[last], o)}, P95 ${formatMoney(mo.cumulativeNetP95[last], o)}).`
      : `Cumulative undiscounted net profit, launch cost at month 0. The mean does not pay back within ${last + 1} months.`;
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

/** The observed member/non-member gap next to the causal uplift, with the sentence on why they differ (MODEL.md §8). */
function selection(e: ReportEntry, locale: string): string {
  const v = selectionView(e.summary);
  if (!v) return '<p class="note">No members in this draft: nothing to compare.</p>';
  const signed = (x: number | null) => (x === null ? '–' : `${x >= 0 ? '+' : ''}${formatPercent(x, locale, 1)}`);
  const row = (label: string, key: 'observedMemberGap' | 'causalMemberUplift') => {
    const m = behaviourMetric(e.summary, key)!;
    return [label, signed(m.mean), signed(m.p5), signed(m.p95)];
  };
  return `<div class="box">${table(['', 'mean', 'P5', 'P95'], [
    row('Members vs non-members (observed gap)', 'observedMemberGap'),
    row("The program's effect on members (causal uplift)", 'causalMemberUplift'),
  ])}<p class="reading">${esc(selectionSentence(v, locale))}</p></div>`;
}

function membersChart(e: ReportEntry, locale: string): string {
  const members = behaviourSeries(e.summary, 'members');
  const svg = columnsSvg(members, { title: `Members by month: ${e.meta.name}`, format: (v) => formatNumber(v, locale), xLabel: 'month' });
  return `<figure>${svg}<figcaption>${esc('Members who have joined and are active at the start of each month (mean over runs): joins spread over the enrolment months, then dropout thins them.')}</figcaption></figure>`;
}

function monthlyChart(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const svg = columnsSvg(e.summary.monthly.netIncrementalProfit, { title: `Net incremental profit by month: ${e.meta.name}`, format: (v) => formatMoneyCompact(v, o), xLabel: 'month' });
  return `<figure>${svg}<figcaption>${esc('Incremental gross profit less program cost (plus fee income) in each month, mean over runs; the launch cost falls at month 0 and is not drawn. Losses in orange.')}</figcaption></figure>`;
}

function referredChart(e: ReportEntry, locale: string): string {
  const referred = behaviourSeries(e.summary, 'referredCustomers');
  if (!hasSeries(referred)) return '<p class="note">No referral mechanic in this draft.</p>';
  const svg = columnsSvg(referred, { title: `Referred customers by month: ${e.meta.name}`, format: (v) => formatNumber(v, locale, 1), xLabel: 'month' });
  return `<figure>${svg}<figcaption>${esc(`New customers brought by members, arriving each month (mean over runs, the share who would have come anyway left out); ${formatNumber(behaviourMean(e.summary, 'referredCustomers'), locale)} in all.`)}</figcaption></figure>`;
}

export function costs(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const m = e.summary.metrics;
  const mean = (k: MetricKey): number => m[k].mean ?? 0;
  const total = mean('programCost');
  const lines = [...COST_ROWS, ...BEHAVIOUR_COST_ROWS.map((c) => ({ ...c, reward: false }))].filter((c) => mean(c.key) !== 0);
  const bars = barsSvg(
    lines.map((c) => ({ label: c.label, value: mean(c.key), color: c.reward ? COLORS.negative : COLORS.main })),
    { title: `Program cost breakdown: ${e.meta.name}`, format: (v) => formatMoneyCompact(v, o) },
  );
  const rows: string[][] = lines.map((c) => [c.label, formatMoney(mean(c.key), o), formatMoney(m[c.key].p5, o), formatMoney(m[c.key].p95, o), formatPercent(total ? mean(c.key) / total : NaN, locale)]);
  const classes: (string | undefined)[] = lines.map(() => undefined);
  rows.push(['Program cost', formatMoney(total, o), formatMoney(m.programCost.p5, o), formatMoney(m.programCost.p95, o), formatPercent(total ? 1 : NaN, locale)]);
  classes.push('total');
  const fee = mean('feeIncome');
  // income, never a negative cost: under the total, outside the shares
  if (fee !== 0) {
    rows.push([FEE_INCOME_LABEL, formatMoney(fee, o), formatMoney(m.feeIncome.p5, o), formatMoney(m.feeIncome.p95, o), '']);
    classes.push('income');
  }
  const rewards = mean('discounts') + mean('pointsCost') + mean('rebates');
  const breakdown = `<figure>${bars}<figcaption>Mean over runs; reward costs (discounts, points, rebates) in orange.</figcaption></figure>`;
  const charts: string[] = [];
  if (rewards > 0) {
    charts.push('<h3>Rewards: windfall vs incremental</h3>');
    charts.push(
      `<figure>${stackedBarSvg(
        [
          { label: 'windfall', value: mean('windfallCost'), color: COLORS.negative },
          { label: 'incremental', value: mean('incrementalCost'), color: COLORS.accent },
        ],
        { title: `Reward cost split: ${e.meta.name}`, format: (v) => formatMoney(v, o), share: (v) => formatPercent(v, locale, 0) },
      )}<figcaption>${esc(`Windfall: rewards paid on purchases the members' baseline twins made anyway (${formatPercent(mean('windfallCost') / rewards, locale)} of ${formatMoney(rewards, o)}); incremental: rewards on purchases the program added.`)}</figcaption></figure>`,
    );
  }
  // the table needs the width; the two charts share a row
  return split(breakdown, charts.join('')) + table(['', 'mean', 'P5', 'P95', 'share'], rows, classes);
}

/** Chart and table: side by side when a draft has the page to itself (on screen), else one under the other. */
function split(left: string, right: string): string {
  return `<div class="split"><div>${left}</div><div>${right}</div></div>`;
}

function kpis(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const m = e.summary.metrics;
  const rows = KPI_ROWS.map(([label, b, p, kind]) => {
    const vb = m[b].mean;
    const vp = m[p].mean;
    const change = vb !== null && vp !== null && vb !== 0 ? (kind === 'percent' ? `${formatNumber((vp - vb) * 100, locale, 1)} pp` : formatPercent(vp / vb - 1, locale)) : '–';
    return [label === 'Active customers at the horizon' ? `Active customers after month ${e.meta.horizon}` : label, formatKind(vb, kind, o), formatKind(vp, kind, o), change];
  });
  rows.push(['Members', '–', formatKind(m.members.mean, 'count', o), '–']);
  rows.push(['Program cost per member', '–', formatKind(m.costPerMember.mean, 'money', o), '–']);
  if ((m.pointsIssued.mean ?? 0) > 0) {
    rows.push(['Points issued', '–', formatKind(m.pointsIssued.mean, 'count', o), '–']);
    for (const { key, label } of POINTS_ROWS) rows.push([`Points ${label}`, '–', formatKind(behaviourMean(e.summary, key), 'count', o), '–']);
    rows.push(['Effective redemption share', '–', formatKind(e.summary.metrics.effectiveRedemptionShare.mean, 'percent', o), '–']);
    rows.push([`Points liability after month ${e.meta.horizon}`, '–', formatKind(m.pointsLiability.mean, 'money', o), '–']);
  }
  if (behaviourMean(e.summary, 'referredCustomers') > 0) {
    rows.push(['Referred customers', '–', formatKind(behaviourMean(e.summary, 'referredCustomers'), 'count', o), '–']);
    rows.push(['Their list spend (non-organic share)', '–', formatKind(behaviourMean(e.summary, 'referralRevenue'), 'money', o), '–']);
  }
  return table(['', 'baseline', 'program', 'change'], rows);
}

function tierMix(e: ReportEntry, locale: string): string {
  const mix = e.summary.tierMix;
  if (mix.length < 2) return '<p class="note">No tiers in this draft.</p>';
  const svg = barsSvg(
    mix.map((t) => ({ label: t.name, value: t.share })),
    { title: `Tier mix after month ${e.meta.horizon}: ${e.meta.name}`, format: (v) => formatPercent(v, locale, 0) },
  );
  return split(
    `<figure>${svg}<figcaption>Share of members per level after month ${e.meta.horizon} (mean over runs).</figcaption></figure>`,
    table(
      ['level', 'members', 'share'],
      mix.map((t) => [t.name, formatNumber(t.members, locale), formatPercent(t.share, locale)]),
    ),
  );
}

function tornado(e: ReportEntry, locale: string): string {
  const o = fo(e, locale);
  const t = e.tornado;
  if (!t || t.inputs.length === 0) return '<p class="note">No uncertain inputs to swing.</p>';
  const svg = tornadoSvg(
    t.inputs.map((x) => ({ label: x.path, low: x.netAtLow, high: x.netAtHigh })),
    t.base.mean,
    { title: `Tornado of net incremental profit: ${e.meta.name}`, format: (v) => formatMoneyCompact(v, o) },
  );
  const rows = t.inputs.map((x) => {
    const k = inputKind(x.path);
    return [x.path, `${formatKind(x.low, k, o)} / ${formatKind(x.high, k, o)}`, formatMoney(x.netAtLow, o), formatMoney(x.netAtHigh, o), formatMoney(x.swing, o), x.spearman === null ? '–' : formatNumber(x.spearman, locale, 2)];
  });
  return `<figure>${svg}<figcaption>${esc(
    `Mean net incremental profit with one uncertain input at its P10 (input low) or P90 (input high) and every other at its median; base (all at medians) ${formatMoney(t.base.mean, o)}. Largest swing first. ${t.simulations} simulations of ${formatNumber(t.runs, locale)} runs on the same seed.`,
  )}</figcaption></figure>${table(['input', 'P10 / P90', 'net at P10', 'net at P90', 'swing', 'rank corr.'], rows)}<p class="note">Rank corr.: Spearman correlation of the input with net incremental profit over the runs of an ordinary Monte Carlo (all inputs drawn).</p>`;
}

/** The generated-at line: date the locale's way, time in UTC, with what repeats the result. */
function generatedLine(data: ReportData): string {
  const d = data.generatedAt;
  const time = new Intl.DateTimeFormat(data.locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(d);
  const first = data.entries[0]!;
  const seeds = [...new Set(data.entries.map((e) => e.meta.seed))].join(', ');
  const runs = [...new Set(data.entries.map((e) => e.summary.runs))].map((n) => formatNumber(n, data.locale)).join(', ');
  return `Generated ${formatDate(d, data.locale)} ${time} UTC by loyalty-sim · seed ${seeds} · ${runs} runs · ${first.meta.sampling === 'lhs' ? 'Latin hypercube' : 'Monte Carlo'} sampling`;
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
  const o = { locale: spec.locale, currency };
  const levers = spec.levers
    .map((l) => {
      const id = `lever-${l.path}`;
      return `<div class="lever"><label for="${esc(id)}-range">${esc(l.label)}${l.distribution ? ' (mean of its distribution)' : ''}</label><input type="range" id="${esc(id)}-range" min="${l.min}" max="${l.max}" step="${l.step}" value="${l.value}" aria-describedby="${esc(id)}-shown"><input type="number" id="${esc(id)}-value" min="${l.min}" max="${l.max}" step="any" value="${Number(l.value.toPrecision(6))}" aria-label="${esc(l.label)}: exact value"><output id="${esc(id)}-shown" for="${esc(id)}-range">${esc(leverText(l, l.value, o))}</output></div>`;
    })
    .join('');
  const runs = formatNumber(spec.runs, spec.locale);
  return `<section id="whatif" class="whatif"><h2>What if…? (computed in this page)</h2>
<p class="note">${esc(
    `Move a lever and this page re-runs the simulation with the tool's own engine: ${runs} runs on ${formatNumber(spec.sample, spec.locale)} of the ${formatNumber(spec.customers, spec.locale)} customers (totals scaled to all), seed ${spec.seed}. The what-if figures are compared with the draft on the same sample and random numbers, so the difference is the lever's; the figures above come from the full report. A lever on an uncertain input moves the mean of its distribution and keeps its spread.`,
  )}</p>
<noscript><p class="note">The what-if panel needs scripts, which this viewer does not run; the report above is complete without it.</p></noscript>
<p class="state" id="whatif-state">What-if: no lever moved.</p>
<div class="levers">${levers}</div>
<p><button type="button" id="whatif-reset">Reset to the draft</button><button type="button" id="whatif-copy">Copy these settings</button><span id="whatif-status" role="status" aria-live="polite"></span></p>
<label for="whatif-command">Repeat this what-if in a terminal (same sample, runs and seed):</label>
<textarea id="whatif-command" readonly rows="2"></textarea>
<label for="whatif-flags">Flags for a full rerun (add to simulate or report):</label>
<textarea id="whatif-flags" readonly rows="1"></textarea>
<p class="badge">${esc(`What-if (${runs} runs) — not the report's figures`)}</p>
<div id="whatif-results" aria-live="polite" aria-busy="true"></div>
</section>`;
}

/** With --history or --summary: how well the fit the customers are drawn from describes the history (fit-html.ts). */
function calibrationSection(c: NonNullable<ReportData['calibration']>, locale: string): string {
  return `<p class="note">${esc(FIT_DIAG.calibrationIntro(c.source))}</p>${fitDiagnosticsHtml(c.fit, c.diagnostics, locale, 3, FIT_DIAG.noHoldoutReport(c.source))}`;
}

/** The whole report as one HTML document. */
export function renderHtmlReport(data: ReportData): string {
  if (data.entries.length === 0) throw new Error('renderHtmlReport: no entries');
  const { entries, locale } = data;
  const several = entries.length > 1;
  const title = several ? `Comparison: ${entries.map((e) => e.meta.name).join(' vs ')}` : entries[0]!.meta.name;
  const lang = locale.split('-')[0] ?? 'en';
  const m0 = entries[0]!.meta;
  const repeat = [
    `loyalty-sim report ${entries.map((e) => e.meta.file).join(' ')} --seed ${m0.seed} --runs ${m0.runsRequested}`,
    m0.sampling === 'mc' ? ' --sampling mc' : '',
    m0.precision !== undefined ? ` --precision ${m0.precision}` : '',
    entries.some((e) => e.meta.horizon !== e.draft.horizon_months) ? ` --horizon ${m0.horizon}` : '',
    data.tornado ? ' --tornado' : '',
  ].join('');
  const section = (id: string, heading: string, body: string): string => `<section id="${id}"><h2>${esc(heading)}</h2>${body}</section>`;
  const body = [
    `<header><h1>${esc(title)}</h1><p class="meta" id="generated">${esc(generatedLine(data))}</p></header>`,
    section('decision', several ? 'The decisions' : 'The decision', columns(data, (e) => decision(e, locale, several))),
    several ? sideBySide(data) : '',
    // one draft: the two main charts side by side on a screen (stacked when printed)
    several ? '' : '<div class="pair">',
    section('roi', 'ROI distribution', columns(data, (e) => roiChart(e, locale))),
    section('cumulative', 'Cumulative net profit by month', columns(data, (e) => cumulativeChart(e, locale))),
    several ? '' : '</div>',
    section('selection', 'Observed vs causal: what a naive analysis would see', columns(data, (e) => selection(e, locale))),
    section('members', 'Members by month', columns(data, (e) => membersChart(e, locale))),
    section('monthly', 'Net incremental profit by month', columns(data, (e) => monthlyChart(e, locale))),
    entries.some((e) => hasSeries(behaviourSeries(e.summary, 'referredCustomers'))) ? section('referred', 'Referred customers by month', columns(data, (e) => referredChart(e, locale))) : '',
    section('costs', 'Program cost', columns(data, (e) => costs(e, locale))),
    section('kpis', 'KPIs: baseline vs program (mean over runs)', columns(data, (e) => kpis(e, locale))),
    entries.some((e) => e.summary.tierMix.length > 1) ? section('tiers', 'Tier mix', columns(data, (e) => tierMix(e, locale))) : '',
    data.tornado ? section('tornado', 'What moves the result (tornado)', columns(data, (e) => tornado(e, locale))) : '',
    data.whatif ? whatIfSection(data.whatif.spec, entries[0]!.meta.currency) : '',
    data.calibration ? section('calibration', FIT_DIAG.sectionCalibration, calibrationSection(data.calibration, locale)) : '',
    section('inputs', 'Inputs', columns(data, (e) => inputs(e, locale))),
    `<footer><p>${esc(
      'Monte Carlo per the model reference (docs/model.md in the loyalty-sim package): each run draws the uncertain inputs once and simulates the same customers twice, without the program (baseline) and with it; the program is credited only with the difference. Figures are means over runs unless marked P5/P50/P95 (percentiles across runs); ± is the Monte Carlo standard error of the mean.',
    )}</p><p>Repeat exactly: <code>${esc(repeat)}</code></p></footer>`,
  ].join('\n');
  // Nothing may be fetched. The what-if panel's script is allowed by its hash alone, and its
  // engine runs in a Worker made from a blob of the code carried in the page.
  const csp = data.whatif
    ? `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${data.whatif.pageSha256}'; worker-src blob:`
    : "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  const scripts = data.whatif
    ? [
        `<script type="application/json" id="whatif-spec">${scriptText(JSON.stringify(data.whatif.spec).replace(/</g, '\\u003c'))}</script>`,
        `<script type="text/plain" id="whatif-engine">${scriptText(data.whatif.worker)}</script>`,
        `<script>${data.whatif.page}</script>`,
      ].join('\n')
    : '';
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="loyalty-sim">
<title>${esc(title)} · loyalty-sim report</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
${scripts}
</body>
</html>
`;
}
