/**
 * The tables people read after `simulate`: the decision, the cost breakdown,
 * KPIs baseline vs program, the tier mix, and a one-line reading in words.
 * Pure: it takes the summary and returns text (the CLI adds colour and prints).
 */
import Table from 'cli-table3';
import { paybackMonthOfCumulative, type MetricKey, type Summary } from '../engine/metrics.js';
import { describeError } from '../engine/standard-error.js';
import type { SimulationSummary } from '../engine/summary.js';
import {
  BEHAVIOUR_COST_ROWS,
  behaviourMean,
  behaviourMetric,
  behaviourSeries,
  hasSeries,
  POINTS_ROWS,
  selectionSentence,
  selectionView,
} from './behaviour-view.js';
import { columns, histogram, sparkline } from './charts-text.js';
import { formatKind, formatMoney, formatMoneyCompact, formatNumber, formatPercent, type FormatOptions, type ValueKind } from './format.js';

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

function selectionRow(label: string, x: Summary, o: FormatOptions): string[] {
  const signed = (v: number | null) => (v === null ? '–' : `${v >= 0 ? '+' : ''}${formatPercent(v, o.locale, 1)}`);
  return [label, signed(x.mean), signed(x.p5), signed(x.p95)];
}

/** "s.e. from 20 independent Latin hypercube blocks of 50 runs", from a summary. */
export function errorText(s: SimulationSummary, o: FormatOptions): string {
  const e = s.standardError;
  return describeError(s.runs, e.method === 'blocks' ? { method: 'blocks', blockSize: e.blockSize! } : { method: 'iid' }, o.locale);
}

/** The one-line reading of a result in words. */
export function readingInWords(s: SimulationSummary, meta: SimulationMeta, o: FormatOptions): string {
  const m = s.metrics;
  const pRoi = s.probabilities.roiPositive;
  const roi = m.roi;
  if (roi.mean === null) return 'The program has no cost in this draft, so ROI is undefined; look at net incremental profit instead.';
  const odds = pRoi >= 0.9 ? 'very likely pays back' : pRoi >= 0.7 ? 'probably pays back' : pRoi >= 0.3 ? 'is a coin toss' : pRoi >= 0.1 ? 'probably loses money' : 'very likely loses money';
  const never = s.probabilities.paybackNeverShare;
  const neverText = never > 0 ? ` (${formatPercent(never, o.locale, 0)} of runs never do)` : '';
  const pay =
    m.paybackMonth.p50 === null
      ? `the median run does not pay back within the horizon (${formatPercent(never, o.locale, 0)} of runs never do)`
      : `the median run pays back in month ${formatNumber(m.paybackMonth.p50, o.locale)}${neverText}`;
  const rewards = m.discounts.mean! + m.rebates.mean! + m.pointsCost.mean!;
  const windfallShare = rewards > 0 ? m.windfallCost.mean! / rewards : 0;
  const windfall = rewards > 0 ? `; ${formatPercent(windfallShare, o.locale, 0)} of the reward budget pays for purchases members would have made anyway` : '';
  return `Over ${meta.horizon} months the program ${odds}: ROI ${formatPercent(roi.mean, o.locale, 0)} on average (P5 ${formatKind(roi.p5, 'percent', o)} to P95 ${formatKind(roi.p95, 'percent', o)}), positive in ${formatPercent(pRoi, o.locale, 0)} of runs; ${pay}${windfall}.`;
}

export function renderSimulation(s: SimulationSummary, meta: SimulationMeta, roiPerRun: ArrayLike<number>, o: TextOptions): string {
  const bold = o.bold ?? ((x: string) => x);
  const m = s.metrics;
  const lines: string[] = [];
  const runsNote = s.runs < meta.runsRequested ? `${s.runs} of ${meta.runsRequested} runs${meta.precisionReached ? ` (precision ${formatPercent(meta.precision!, o.locale, 1)} reached)` : ''}` : `${s.runs} runs`;
  lines.push(bold(`${meta.name}`) + `  (${meta.file})`);
  lines.push(
    `${meta.population} · ${meta.horizon} months · ${runsNote} (${meta.sampling === 'lhs' ? 'Latin hypercube' : 'Monte Carlo'}) · seed ${meta.seed}`,
  );
  if (meta.roiBasis === 'revenue') lines.push('Note: roi_basis is revenue, so gains count revenue, not gross profit: ROI is overstated.');
  lines.push('');

  lines.push(bold('Decision'));
  lines.push(
    textTable(['', 'mean', '± s.e.', 'P5', 'P50', 'P95'], [
      summaryRow('ROI (net profit / cost)', m.roi, 'percent', o),
      summaryRow('Net incremental profit', m.netIncrementalProfit, 'money', o),
      summaryRow('NPV', m.npv, 'money', o),
      summaryRow('Payback month', m.paybackMonth, 'month', o),
      ...(behaviourMean(s, 'feeIncome') !== 0 ? [summaryRow('Fee income (in net profit)', behaviourMetric(s, 'feeIncome')!, 'money', o)] : []),
    ], bold),
  );
  lines.push(
    `P(ROI > 0) ${formatPercent(s.probabilities.roiPositive, o.locale)}   P(NPV > 0) ${formatPercent(s.probabilities.npvPositive, o.locale)}   never pays back within ${meta.horizon} months in ${formatPercent(s.probabilities.paybackNeverShare, o.locale)} of runs`,
  );
  lines.push(`± s.e.: Monte Carlo standard error of the mean, ${errorText(s, o)}; the payback month's mean is over the runs that pay back.`);
  if (m.roi.undefinedRuns) lines.push(`ROI is undefined in ${m.roi.undefinedRuns} runs (program cost 0); they are left out of its statistics.`);
  lines.push('');

  const selection = selectionView(s);
  if (selection) {
    lines.push(bold('Observed vs causal (self-selection, docs/model.md §8)'));
    lines.push(
      textTable(['', 'mean', 'P5', 'P95'], [
        selectionRow('Members vs non-members (observed gap)', behaviourMetric(s, 'observedMemberGap')!, o),
        selectionRow("The program's effect (causal uplift)", behaviourMetric(s, 'causalMemberUplift')!, o),
      ], bold),
    );
    lines.push(selectionSentence(selection, o.locale));
    lines.push('');
  }

  if (o.charts && s.runs > 1) {
    lines.push(bold('ROI across runs'));
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
    const monthLabels = { first: 'month 1', last: `month ${meta.horizon}` };
    const members = behaviourSeries(s, 'members');
    if (hasSeries(members)) {
      lines.push('');
      lines.push(bold('Members by month (mean)'));
      lines.push(columns(members, { height: 6, format: (v) => formatNumber(v, o.locale), ...monthLabels }));
    }
    lines.push('');
    lines.push(bold('Net incremental profit by month (mean)'));
    lines.push(columns(s.monthly.netIncrementalProfit, { height: 8, format: (v) => formatMoneyCompact(v, o), ...monthLabels }));
    const referred = behaviourSeries(s, 'referredCustomers');
    if (hasSeries(referred)) {
      lines.push('');
      lines.push(bold('Referred customers arriving by month (mean)'));
      lines.push(columns(referred, { height: 4, format: (v) => formatNumber(v, o.locale, 1), ...monthLabels }));
    }
    const cum = s.monthly.cumulativeNetMean;
    // the mean curve's payback as MODEL.md §5 reads it: from this month on it stays ≥ 0
    const payback = paybackMonthOfCumulative(cum) - 1;
    lines.push('');
    lines.push(bold('Cumulative net profit by month (mean)'));
    lines.push(sparkline(cum, Number.isFinite(payback) ? { markIndex: payback, markLabel: `pays back from month ${payback + 1}`, zero: false } : { zero: true }));
    lines.push(`month 1: ${formatMoney(cum[0], o)}   month ${meta.horizon}: ${formatMoney(cum[cum.length - 1], o)}`);
    lines.push('');
  }

  const cost = (key: MetricKey): number => m[key].mean ?? 0;
  const total = cost('programCost');
  const rewardRows: [string, MetricKey][] = [
    ['Discounts', 'discounts'],
    ['Points (accrual)', 'pointsCost'],
    ['Rebates', 'rebates'],
  ];
  const rows: string[][] = [];
  for (const [label, key] of rewardRows) if (cost(key) !== 0) rows.push([label, formatMoney(cost(key), o), formatPercent(total ? cost(key) / total : NaN, o.locale)]);
  const other: [string, MetricKey][] = [
    ['Benefits', 'benefits'],
    ['Per-member costs', 'perMemberCosts'],
    ['Fixed (launch + monthly)', 'fixedCosts'],
  ];
  for (const [label, key] of other) if (cost(key) !== 0) rows.push([label, formatMoney(cost(key), o), formatPercent(total ? cost(key) / total : NaN, o.locale)]);
  for (const { key, label } of BEHAVIOUR_COST_ROWS) {
    const v = behaviourMean(s, key);
    if (v !== 0) rows.push([label, formatMoney(v, o), formatPercent(total ? v / total : NaN, o.locale)]);
  }
  rows.push([bold('Program cost'), bold(formatMoney(total, o)), formatPercent(total ? 1 : NaN, o.locale)]);
  const fee = behaviourMean(s, 'feeIncome');
  // income, never a negative cost: below the total, outside the shares
  if (fee !== 0) rows.push(['Fee income (not a cost: in net profit)', formatMoney(fee, o), '']);
  lines.push(bold('Program cost (mean over runs)'));
  lines.push(textTable(['', meta.currency, 'share'], rows, bold));
  const rewards = cost('discounts') + cost('pointsCost') + cost('rebates');
  if (rewards > 0) {
    lines.push(
      `Of ${formatMoney(rewards, o)} in rewards, ${formatMoney(cost('windfallCost'), o)} (${formatPercent(cost('windfallCost') / rewards, o.locale)}) is windfall, paid on purchases the members' baseline twins made anyway; ${formatMoney(cost('incrementalCost'), o)} is paid on incremental purchases.`,
    );
  }
  lines.push('');

  lines.push(bold('KPIs (mean over runs)'));
  const kpi = (label: string, b: MetricKey, p: MetricKey, kind: ValueKind): string[] => {
    const vb = m[b].mean;
    const vp = m[p].mean;
    const change = vb !== null && vp !== null && vb !== 0 ? (kind === 'percent' ? `${formatNumber((vp - vb) * 100, o.locale, 1)} pp` : formatPercent(vp / vb - 1, o.locale)) : '–';
    return [label, formatKind(vb, kind, o), formatKind(vp, kind, o), change];
  };
  const kpiRows = [
    kpi(`Active customers after month ${meta.horizon}`, 'activeAtHorizonBaseline', 'activeAtHorizonProgram', 'count'),
    kpi('Annualised churn', 'churnAnnualBaseline', 'churnAnnualProgram', 'percent'),
    kpi('Orders per active customer-month', 'ordersPerActiveMonthBaseline', 'ordersPerActiveMonthProgram', 'decimal'),
    kpi('Average check (list)', 'averageCheckBaseline', 'averageCheckProgram', 'money'),
    kpi('Revenue (net of discounts)', 'revenueBaseline', 'revenueProgram', 'money'),
    kpi('Orders', 'ordersBaseline', 'ordersProgram', 'count'),
  ];
  kpiRows.push(['Members', '–', formatKind(m.members.mean, 'count', o), '–']);
  kpiRows.push(['Program cost per member', '–', formatKind(m.costPerMember.mean, 'money', o), '–']);
  if (cost('pointsIssued') > 0) {
    kpiRows.push(['Points issued', '–', formatKind(m.pointsIssued.mean, 'count', o), '–']);
    // with redemption_rate, redeemed is the expected ρ·issued and nothing expires (docs/model.md §12)
    for (const { key, label } of POINTS_ROWS) kpiRows.push([`  ${label}`, '–', formatKind(behaviourMean(s, key), 'count', o), '–']);
    kpiRows.push(['  effective redemption share', '–', formatKind(m.effectiveRedemptionShare.mean, 'percent', o), '–']);
    kpiRows.push(['  breakage', '–', formatKind(m.pointsBreakage.mean, 'count', o), '–']);
    kpiRows.push([`  liability after month ${meta.horizon}`, '–', formatKind(m.pointsLiability.mean, 'money', o), '–']);
  }
  if (behaviourMean(s, 'referredCustomers') > 0) {
    kpiRows.push(['Referred customers', '–', formatKind(behaviourMean(s, 'referredCustomers'), 'count', o), '–']);
    kpiRows.push(['  their list spend (non-organic share)', '–', formatKind(behaviourMean(s, 'referralRevenue'), 'money', o), '–']);
  }
  lines.push(textTable(['', 'baseline', 'program', 'change'], kpiRows, bold));
  lines.push('');

  if (s.tierMix.length > 1) {
    lines.push(bold(`Tier mix of members after month ${meta.horizon}`));
    lines.push(textTable(['level', 'members', 'share'], s.tierMix.map((t) => [t.name, formatNumber(t.members, o.locale), formatPercent(t.share, o.locale)]), bold));
    lines.push('');
  }

  lines.push(readingInWords(s, meta, o));
  return lines.join('\n');
}
