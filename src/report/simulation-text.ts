/**
 * The tables people read after `simulate`: the decision, the cost breakdown,
 * KPIs baseline vs program, the tier mix, and a one-line reading in words.
 * Pure: it takes the summary and returns text (the CLI adds colour and prints).
 */
import Table from 'cli-table3';
import type { MetricKey, Summary } from '../engine/metrics.js';
import { blockCount, type ErrorDesign } from '../engine/standard-error.js';
import type { SimulationSummary } from '../engine/summary.js';
import {
  behaviourCostRows,
  behaviourMean,
  behaviourMetric,
  behaviourSeries,
  hasSeries,
  pointsRows,
  selectionSentence,
  selectionView,
} from './behaviour-view.js';
import { columns, histogram, sparkline } from './charts-text.js';
import { msg } from '../i18n/index.js';
import { formatKind, formatMoney, formatMoneyCompact, formatNumber, formatPercent, type FormatOptions, type ValueKind } from './format.js';
import { metricValueKind } from './metric-registry.js';
import { actionIncomeRows, meanOr0, partnerSentence } from './actions-view.js';
import { segmentView } from './segment-text.js';

export interface SimulationMeta {
  name: string;
  file: string;
  currency: string;
  customers: number;
  /** Who was simulated, for people: "10,000 synthetic customers", "2,357 real customers of sales.csv". */
  population: string;
  horizon: number;
  seed: number;
  runsRequested: number;
  sampling: 'lhs' | 'mc';
  workers: number;
  precision?: number;
  precisionReached: boolean;
  roiBasis: 'margin' | 'revenue';
}

export interface TextOptions extends FormatOptions {
  /** Draw the ROI histogram, the monthly charts and the cumulative-profit sparkline. */
  charts: boolean;
  bold?: (s: string) => string;
  /** The terminal's width: wide tables are split to fit it. Unset (piped): full width. */
  width?: number;
}

export type Align = 'left' | 'right' | 'center';

/**
 * A table with a bold header; unless `align` says otherwise, first column left
 * and the rest right. With `maxWidth`, a table wider than that is split into
 * several tables of consecutive columns, each repeating the first (label)
 * column, so a comparison of five drafts fits an 80-column terminal.
 */
export function textTable(head: string[], rows: string[][], bold: (s: string) => string = (s) => s, align?: Align[], maxWidth?: number): string {
  const whole = renderTable(head, rows, bold, align);
  const width = Math.max(...whole.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').length));
  if (maxWidth === undefined || width <= maxWidth || head.length <= 2) return whole;
  const aligns = align ?? head.map((_, i) => (i === 0 ? 'left' : 'right'));
  const pick = <T,>(xs: T[], cols: number[]) => [xs[0]!, ...cols.map((c) => xs[c]!)];
  const fits = (cols: number[]) => Math.max(...renderTable(pick(head, cols), rows.map((r) => pick(r, cols)), bold, pick(aligns, cols)).split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').length)) <= maxWidth;
  const parts: string[] = [];
  let cols: number[] = [];
  for (let c = 1; c < head.length; c++) {
    // a column that does not fit even alone still gets its own table
    if (cols.length > 0 && !fits([...cols, c])) {
      parts.push(renderTable(pick(head, cols), rows.map((r) => pick(r, cols)), bold, pick(aligns, cols)));
      cols = [];
    }
    cols.push(c);
  }
  parts.push(renderTable(pick(head, cols), rows.map((r) => pick(r, cols)), bold, pick(aligns, cols)));
  return parts.join('\n');
}

function renderTable(head: string[], rows: string[][], bold: (s: string) => string, align?: Align[]): string {
  const t = new Table({
    head: head.map((h) => bold(h)),
    style: { head: [], border: [], compact: true },
    // no rule between body rows: long tables stay readable on one screen
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: align ?? head.map((_, i) => (i === 0 ? 'left' : 'right')),
  });
  for (const r of rows) t.push(r);
  return t.toString();
}

function summaryRow(label: string, s: Summary, kind: ValueKind, o: FormatOptions): string[] {
  // A mean over runs some of which never pay back does not exist: show none rather than "never".
  const mean = s.mean === null && kind === 'month' ? '–' : formatKind(s.mean, kind, o);
  return [label, mean, s.se === null ? '–' : `±${formatKind(s.se, kind === 'month' ? 'decimal' : kind, o)}`, formatKind(s.p5, kind, o), formatKind(s.p50, kind, o), formatKind(s.p95, kind, o)];
}

/**
 * Where a standard error comes from, in the current language: "s.e. from 20
 * independent Latin hypercube blocks of 50 runs" (engine/standard-error.ts
 * describeError says it in English).
 */
export function errorDescription(runs: number, design: ErrorDesign, locale: string): string {
  const f = (x: number) => x.toLocaleString(locale);
  const t = msg().sim;
  if (design.method === 'iid') return t.errorIid(runs, f(runs));
  const blocks = blockCount(runs, design);
  const last = runs - (blocks - 1) * design.blockSize!;
  return t.errorBlocks(blocks, f(blocks), design.blockSize!, f(design.blockSize!), last === design.blockSize ? null : f(last));
}

function selectionRow(label: string, x: Summary, o: FormatOptions): string[] {
  const signed = (v: number | null) => (v === null ? '–' : `${v >= 0 ? '+' : ''}${formatPercent(v, o.locale, 1)}`);
  return [label, signed(x.mean), signed(x.p5), signed(x.p95)];
}

/** "s.e. from 20 independent Latin hypercube blocks of 50 runs", from a summary. */
export function errorText(s: SimulationSummary, o: FormatOptions): string {
  const e = s.standardError;
  return errorDescription(s.runs, e.method === 'blocks' ? { method: 'blocks', blockSize: e.blockSize! } : { method: 'iid' }, o.locale);
}

/**
 * Payback in the one wording every output uses (docs/model.md §5): "median
 * payback month 25; 51% of runs pay back within 36 months", the median over
 * all runs (a whole month, or never) and the share of runs that pay back.
 */
export function paybackHeadline(s: SimulationSummary, horizon: number, locale: string): string {
  const p50 = s.metrics.paybackMonth.p50;
  return msg().payback.headline(p50 === null ? null : formatNumber(p50, locale), formatPercent(s.probabilities.paybackWithinHorizon, locale, 0), horizon);
}

/** The one-line reading of a result in words. */
export function readingInWords(s: SimulationSummary, meta: SimulationMeta, o: FormatOptions): string {
  const t = msg().sim;
  const m = s.metrics;
  const pRoi = s.probabilities.roiPositive;
  const roi = m.roi;
  if (roi.mean === null) return t.noCost;
  const odds = pRoi >= 0.9 ? t.odds.veryLikely : pRoi >= 0.7 ? t.odds.probably : pRoi >= 0.3 ? t.odds.coinToss : pRoi >= 0.1 ? t.odds.probablyLoses : t.odds.veryLikelyLoses;
  const pay = paybackHeadline(s, meta.horizon, o.locale);
  const rewards = m.discounts.mean! + m.rebates.mean! + m.pointsCost.mean!;
  const windfallShare = rewards > 0 ? m.windfallCost.mean! / rewards : 0;
  const windfall = rewards > 0 ? t.windfallClause(formatPercent(windfallShare, o.locale, 0)) : '';
  return t.reading(meta.horizon, odds, formatPercent(roi.mean, o.locale, 0), formatKind(roi.p5, 'percent', o), formatKind(roi.p95, 'percent', o), formatPercent(pRoi, o.locale, 0), pay, windfall);
}

export function renderSimulation(s: SimulationSummary, meta: SimulationMeta, roiPerRun: ArrayLike<number>, o: TextOptions): string {
  const bold = o.bold ?? ((x: string) => x);
  const t = msg().sim;
  const m = s.metrics;
  const lines: string[] = [];
  const runsNote =
    s.runs < meta.runsRequested
      ? t.runsOf(formatNumber(s.runs, o.locale), meta.runsRequested, formatNumber(meta.runsRequested, o.locale), meta.precisionReached ? formatPercent(meta.precision!, o.locale, 1) : null)
      : t.runs(s.runs, formatNumber(s.runs, o.locale));
  lines.push(bold(`${meta.name}`) + `  (${meta.file})`);
  lines.push(`${meta.population} · ${t.months(meta.horizon)} · ${runsNote} (${meta.sampling === 'lhs' ? t.lhs : t.mc}) · ${t.seed(meta.seed)}`);
  if (meta.roiBasis === 'revenue') lines.push(t.revenueBasis);
  lines.push('');

  lines.push(bold(t.decision));
  lines.push(
    textTable(['', t.head.mean, t.head.se, 'P5', 'P50', 'P95'], [
      summaryRow(t.roiRow, m.roi, metricValueKind('roi'), o),
      summaryRow(t.netProfit, m.netIncrementalProfit, metricValueKind('netIncrementalProfit'), o),
      summaryRow(t.npv, m.npv, metricValueKind('npv'), o),
      summaryRow(t.paybackMonth, m.paybackMonth, metricValueKind('paybackMonth'), o),
      ...(behaviourMean(s, 'feeIncome') !== 0 ? [summaryRow(t.feeIncomeRow, behaviourMetric(s, 'feeIncome')!, metricValueKind('feeIncome'), o)] : []),
    ], bold),
  );
  lines.push(
    t.probabilities(
      formatPercent(s.probabilities.roiPositive, o.locale),
      formatPercent(s.probabilities.npvPositive, o.locale),
      paybackHeadline(s, meta.horizon, o.locale),
    ),
  );
  lines.push(t.seNote(errorText(s, o)));
  if (m.roi.undefinedRuns) lines.push(t.roiUndefinedRuns(m.roi.undefinedRuns));
  lines.push('');

  const selection = selectionView(s);
  if (selection) {
    lines.push(bold(t.selectionTitle));
    lines.push(
      textTable(['', t.head.mean, 'P5', 'P95'], [
        selectionRow(msg().metricLabels.observedMemberGap, behaviourMetric(s, 'observedMemberGap')!, o),
        selectionRow(msg().metricLabels.causalMemberUplift, behaviourMetric(s, 'causalMemberUplift')!, o),
      ], bold),
    );
    lines.push(selectionSentence(selection, o.locale));
    lines.push('');
  }

  if (o.charts && s.runs > 1) {
    lines.push(bold(t.roiAcrossRuns));
    lines.push(
      histogram(roiPerRun, {
        bins: 10,
        width: 36,
        marks: [
          { label: 'P5', value: m.roi.p5 ?? NaN },
          { label: 'P50', value: m.roi.p50 ?? NaN },
          { label: 'P95', value: m.roi.p95 ?? NaN },
        ].filter((x) => Number.isFinite(x.value)),
        format: (v) => formatPercent(v, o.locale, 0),
        formatDigits: (v, d) => formatPercent(v, o.locale, d),
      }),
    );
    const monthLabels = { first: t.monthN(1), last: t.monthN(meta.horizon) };
    const members = behaviourSeries(s, 'members');
    if (hasSeries(members)) {
      lines.push('');
      lines.push(bold(t.membersByMonth));
      lines.push(columns(members, { height: 6, format: (v) => formatNumber(v, o.locale), ...monthLabels }));
    }
    lines.push('');
    lines.push(bold(t.netByMonth));
    lines.push(columns(s.monthly.netIncrementalProfit, { height: 8, format: (v) => formatMoneyCompact(v, o), ...monthLabels }));
    const referred = behaviourSeries(s, 'referredCustomers');
    if (hasSeries(referred)) {
      lines.push('');
      lines.push(bold(t.referredByMonth));
      lines.push(columns(referred, { height: 4, format: (v) => formatNumber(v, o.locale, 1), ...monthLabels }));
    }
    const cum = s.monthly.cumulativeNetMean;
    // the one payback reading (docs/model.md §5): the median run's month, marked on the month axis
    const median = m.paybackMonth.p50;
    lines.push('');
    lines.push(bold(t.cumulative));
    lines.push(sparkline(cum, median !== null ? { markIndex: median - 1, markLabel: msg().payback.mark(median), zero: false } : { zero: true }));
    lines.push(`${t.monthValue(1, formatMoney(cum[0], o))}   ${t.monthValue(meta.horizon, formatMoney(cum[cum.length - 1], o))}`);
    lines.push('');
  }

  const cost = (key: MetricKey): number => m[key].mean ?? 0;
  const total = cost('programCost');
  const rewardRows: [string, MetricKey][] = [
    [t.costRows.discounts, 'discounts'],
    [t.costRows.pointsCost, 'pointsCost'],
    [t.costRows.rebates, 'rebates'],
  ];
  const rows: string[][] = [];
  for (const [label, key] of rewardRows) if (cost(key) !== 0) rows.push([label, formatMoney(cost(key), o), formatPercent(total ? cost(key) / total : NaN, o.locale)]);
  const other: [string, MetricKey][] = [
    [t.costRows.benefits, 'benefits'],
    [t.costRows.perMemberCosts, 'perMemberCosts'],
    [t.costRows.fixedCosts, 'fixedCosts'],
  ];
  for (const [label, key] of other) if (cost(key) !== 0) rows.push([label, formatMoney(cost(key), o), formatPercent(total ? cost(key) / total : NaN, o.locale)]);
  for (const { key, label } of behaviourCostRows()) {
    const v = behaviourMean(s, key);
    if (v !== 0) rows.push([label, formatMoney(v, o), formatPercent(total ? v / total : NaN, o.locale)]);
  }
  rows.push([bold(t.programCost), bold(formatMoney(total, o)), formatPercent(total ? 1 : NaN, o.locale)]);
  const fee = behaviourMean(s, 'feeIncome');
  // income, never a negative cost: below the total, outside the shares
  if (fee !== 0) rows.push([t.feeIncomeCostRow, formatMoney(fee, o), '']);
  // §14's income lines: likewise below the total, outside the shares
  for (const { key, label } of actionIncomeRows()) {
    const v = meanOr0(s, key);
    if (v !== 0) rows.push([label, formatMoney(v, o), '']);
  }
  lines.push(bold(t.programCostTitle));
  lines.push(textTable(['', msg().draftNames.currency(meta.currency), t.share], rows, bold));
  const partners = partnerSentence(s, (x) => formatMoney(x, o));
  if (partners) lines.push(partners);
  const rewards = cost('discounts') + cost('pointsCost') + cost('rebates');
  if (rewards > 0) {
    lines.push(t.windfall(formatMoney(rewards, o), formatMoney(cost('windfallCost'), o), formatPercent(cost('windfallCost') / rewards, o.locale), formatMoney(cost('incrementalCost'), o)));
  }
  lines.push('');

  lines.push(bold(t.kpiTitle));
  const kpi = (label: string, b: MetricKey, p: MetricKey, kind: ValueKind): string[] => {
    const vb = m[b].mean;
    const vp = m[p].mean;
    const change = vb !== null && vp !== null && vb !== 0 ? (kind === 'percent' ? t.pp(formatNumber((vp - vb) * 100, o.locale, 1)) : formatPercent(vp / vb - 1, o.locale)) : '–';
    return [label, formatKind(vb, kind, o), formatKind(vp, kind, o), change];
  };
  const kpiRows = [
    kpi(t.kpi.active(meta.horizon), 'activeAtHorizonBaseline', 'activeAtHorizonProgram', metricValueKind('activeAtHorizonProgram')),
    kpi(t.kpi.churn, 'churnAnnualBaseline', 'churnAnnualProgram', metricValueKind('churnAnnualProgram')),
    kpi(t.kpi.ordersPerMonth, 'ordersPerActiveMonthBaseline', 'ordersPerActiveMonthProgram', metricValueKind('ordersPerActiveMonthProgram')),
    kpi(t.kpi.averageCheck, 'averageCheckBaseline', 'averageCheckProgram', metricValueKind('averageCheckProgram')),
    kpi(t.kpi.revenue, 'revenueBaseline', 'revenueProgram', metricValueKind('revenueProgram')),
    kpi(t.kpi.orders, 'ordersBaseline', 'ordersProgram', metricValueKind('ordersProgram')),
  ];
  kpiRows.push([t.kpi.members, '–', formatKind(m.members.mean, metricValueKind('members'), o), '–']);
  kpiRows.push([t.kpi.costPerMember, '–', formatKind(m.costPerMember.mean, metricValueKind('costPerMember'), o), '–']);
  if (cost('pointsIssued') > 0) {
    kpiRows.push([t.kpi.pointsIssued, '–', formatKind(m.pointsIssued.mean, metricValueKind('pointsIssued'), o), '–']);
    // with redemption_rate, redeemed is the expected ρ·issued and nothing expires (docs/model.md §12)
    for (const { key, label } of pointsRows()) kpiRows.push([`  ${label}`, '–', formatKind(behaviourMean(s, key), metricValueKind(key), o), '–']);
    kpiRows.push([t.kpi.effectiveRedemption, '–', formatKind(m.effectiveRedemptionShare.mean, metricValueKind('effectiveRedemptionShare'), o), '–']);
    kpiRows.push([t.kpi.breakage, '–', formatKind(m.pointsBreakage.mean, metricValueKind('pointsBreakage'), o), '–']);
    kpiRows.push([t.kpi.liability(meta.horizon), '–', formatKind(m.pointsLiability.mean, metricValueKind('pointsLiability'), o), '–']);
  }
  if (behaviourMean(s, 'referredCustomers') > 0) {
    kpiRows.push([t.kpi.referred, '–', formatKind(behaviourMean(s, 'referredCustomers'), 'count', o), '–']);
    kpiRows.push([t.kpi.referredSpend, '–', formatKind(behaviourMean(s, 'referralRevenue'), 'money', o), '–']);
    kpiRows.push([t.kpi.referredActive, '–', formatKind(behaviourMean(s, 'referredActiveAtHorizon'), 'count', o), '–']);
  }
  lines.push(textTable(['', t.kpiHead.baseline, t.kpiHead.program, t.kpiHead.change], kpiRows, bold));
  lines.push('');

  if (s.tierMix.length > 1) {
    lines.push(bold(t.tierTitle(meta.horizon)));
    lines.push(textTable([t.tierHead.level, t.tierHead.members, t.tierHead.share], s.tierMix.map((t) => [t.name, formatNumber(t.members, o.locale), formatPercent(t.share, o.locale)]), bold));
    lines.push('');
  }

  const segments = segmentView(s, o);
  if (segments) {
    lines.push(bold(msg().segments.title));
    lines.push(textTable(segments.head, segments.rows, bold, undefined, o.width));
    lines.push(segments.note);
    lines.push(segments.payers);
    lines.push('');
  }

  lines.push(readingInWords(s, meta, o));
  return lines.join('\n');
}
