/**
 * What the HTML report and the XLSX workbook are made from: one entry per
 * draft (its simulation, summary and optional tornado), the pairwise
 * comparison of several drafts run on common random numbers, and the
 * vocabulary both files share (metric labels and kinds, the draft's fields as
 * rows, how an input is formatted). Pure: no I/O, no clock.
 */
import type { Draft, Uncertain } from '../draft/schema.js';
import { isDistribution } from '../draft/paths.js';
import type { MetricKey } from '../engine/metrics.js';
import { metricValueKind } from './metric-registry.js';
import type { SimulationResult } from '../engine/simulate.js';
import type { SimulationSummary } from '../engine/summary.js';
import { formatKind, formatMoney, formatNumber, formatPercent, type FormatOptions, type ValueKind } from './format.js';
import type { SimulationMeta } from './simulation-text.js';
import type { PairComparison } from '../decide/compare.js';
import type { TornadoResult } from '../decide/tornado.js';
import type { WhatIfSpec } from './whatif.js';
import type { FitDiagnostics } from '../fit/diagnostics.js';
import type { HistoryFit } from '../fit/fit-history.js';

export interface ReportEntry {
  meta: SimulationMeta;
  draft: Draft;
  result: SimulationResult;
  summary: SimulationSummary;
  /** One-at-a-time swings of every uncertain input (src/decide/tornado.ts), when asked for. */
  tornado?: TornadoResult;
}

export interface ReportData {
  entries: ReportEntry[];
  /** Every pair of entries compared run by run (src/decide/compare.ts); empty for one draft. */
  pairs: PairComparison[];
  locale: string;
  /** When the report was made: supplied by the CLI edge, never read from the clock here. */
  generatedAt: Date;
  /** Whether a tornado was asked for (and, if so, computed for every entry). */
  tornado: boolean;
  /** `report --interactive`: the what-if panel, its engine and page script (bundled at build time). */
  whatif?: WhatIfEmbed;
  /** The command that repeats this report exactly, built from the run's own options (report/repeat-command.ts); the CLI sets it. */
  repeat?: string;
  /** With --history or --summary: the fit the customers come from and its diagnostics (the calibration section). */
  calibration?: { source: string; fit: HistoryFit; diagnostics: FitDiagnostics };
}

export interface WhatIfEmbed {
  spec: WhatIfSpec;
  /** The engine's Web Worker code (dist/browser/whatif-worker.js). */
  worker: string;
  /** The page script (dist/browser/whatif-page.js) and its SHA-256 (base64) for the Content-Security-Policy. */
  page: string;
  pageSha256: string;
}

export type Kind = ValueKind;

/** The metrics shown in summaries, with their labels and how to format them. */
export const METRIC_ROWS: { key: MetricKey; label: string; kind: Kind }[] = [
  { key: 'roi', label: 'ROI (net profit / cost)', kind: metricValueKind('roi') },
  { key: 'netIncrementalProfit', label: 'Net incremental profit', kind: metricValueKind('netIncrementalProfit') },
  { key: 'npv', label: 'NPV', kind: metricValueKind('npv') },
  { key: 'paybackMonth', label: 'Payback month', kind: metricValueKind('paybackMonth') },
  { key: 'incrementalGrossProfit', label: 'Incremental gross profit', kind: metricValueKind('incrementalGrossProfit') },
  { key: 'programCost', label: 'Program cost', kind: metricValueKind('programCost') },
  { key: 'incrementalRevenue', label: 'Incremental revenue', kind: metricValueKind('incrementalRevenue') },
  { key: 'members', label: 'Members', kind: metricValueKind('members') },
  { key: 'costPerMember', label: 'Cost per member (mean of ratios)', kind: metricValueKind('costPerMember') },
];

/** Cost lines: reward costs, then the rest; windfall and incremental split the rewards. */
export const COST_ROWS: { key: MetricKey; label: string; reward: boolean }[] = [
  { key: 'discounts', label: 'Discounts', reward: true },
  { key: 'pointsCost', label: 'Points (accrual)', reward: true },
  { key: 'rebates', label: 'Rebates', reward: true },
  { key: 'benefits', label: 'Benefits', reward: false },
  { key: 'perMemberCosts', label: 'Per-member costs', reward: false },
  { key: 'fixedCosts', label: 'Fixed (launch + monthly)', reward: false },
];

/** KPIs per world: [label, baseline key, program key, kind (the registry's)]. */
export const KPI_ROWS: [string, MetricKey, MetricKey, Kind][] = [
  ['Active customers at the horizon', 'activeAtHorizonBaseline', 'activeAtHorizonProgram', metricValueKind('activeAtHorizonProgram')],
  ['Annualised churn', 'churnAnnualBaseline', 'churnAnnualProgram', metricValueKind('churnAnnualProgram')],
  ['Orders per active customer-month', 'ordersPerActiveMonthBaseline', 'ordersPerActiveMonthProgram', metricValueKind('ordersPerActiveMonthProgram')],
  ['Average check (list)', 'averageCheckBaseline', 'averageCheckProgram', metricValueKind('averageCheckProgram')],
  ['Revenue (net of discounts)', 'revenueBaseline', 'revenueProgram', metricValueKind('revenueProgram')],
  ['Orders', 'ordersBaseline', 'ordersProgram', metricValueKind('ordersProgram')],
];

const SHARE_FIELDS = new Set([
  'gross_margin',
  'discount_rate_annual',
  'participation',
  'frequency_uplift',
  'check_uplift',
  'churn_reduction',
  'redemption_rate',
  'reward_cost_ratio',
  'rate',
  'discount',
]);
const MONEY_FIELDS = new Set(['launch', 'monthly', 'per_member_monthly', 'point_value', 'benefit_cost_per_month', 'benefit_cost_per_order', 'min_spend']);

/** How a draft field is formatted, from its last path segment (the YAML key). */
export function inputKind(path: string): Kind {
  const leaf = /([A-Za-z_]+)(?:\[\d+\])*$/.exec(path)?.[1] ?? '';
  if (SHARE_FIELDS.has(leaf)) return 'percent';
  if (MONEY_FIELDS.has(leaf)) return 'money';
  if (leaf.endsWith('_months') || leaf === 'count') return 'count';
  return 'decimal';
}

/** A distribution in words with its parameters formatted like the field: "triangular 5.0% / 15.0% / 30.0% (min / mode / max)". */
export function describeUncertain(value: Uncertain, kind: Kind, o: FormatOptions): string {
  if (typeof value === 'number') return formatKind(value, kind, o);
  const f = (v: number): string => formatKind(v, kind, o);
  if ('triangular' in value) return `triangular ${f(value.triangular.min)} / ${f(value.triangular.mode)} / ${f(value.triangular.max)} (min / mode / max)`;
  if ('pert' in value) return `PERT ${f(value.pert.min)} / ${f(value.pert.mode)} / ${f(value.pert.max)} (min / mode / max)`;
  // a dash, not "to": the same in every language of the report
  if ('uniform' in value) return `uniform ${f(value.uniform.min)} – ${f(value.uniform.max)}`;
  if ('normal' in value) return `normal, mean ${f(value.normal.mean)}, sd ${f(value.normal.sd)}`;
  if ('lognormal' in value) return `lognormal, mean ${f(value.lognormal.mean)}, sd ${f(value.lognormal.sd)}`;
  if ('beta' in value) {
    const b = value.beta;
    return 'mean' in b ? `beta, mean ${f(b.mean)}, sd ${f(b.sd)}` : `beta, a ${formatNumber(b.a, o.locale, 3)}, b ${formatNumber(b.b, o.locale, 3)}`;
  }
  if ('gamma' in value) return `gamma, shape ${formatNumber(value.gamma.shape, o.locale, 3)}, rate ${formatNumber(value.gamma.rate, o.locale, 3)}`;
  return JSON.stringify(value);
}

/** One row of the inputs summary: a draft field, its value as written, and whether it is uncertain. */
export interface DraftFact {
  path: string;
  value: string;
  uncertain: boolean;
}

/**
 * The draft's fields as rows, in document order, with friendly paths
 * (mechanics.points.redemption_rate, mechanics.tiers.levels.Gold.discount).
 * The customers block is summarised by the population line instead.
 */
export function draftFacts(draft: Draft, o: FormatOptions): DraftFact[] {
  const rows: DraftFact[] = [];
  const walk = (node: unknown, path: string): void => {
    if (node === undefined || node === null) return;
    // tier level fields left at their defaults (0, multiplier 1) would make a long list of nothing
    if (path.includes('.levels.') && !path.endsWith('.min_spend') && node === (path.endsWith('.points_multiplier') ? 1 : 0)) return;
    if (typeof node === 'number' || isDistribution(node)) {
      rows.push({ path, value: describeUncertain(node as Uncertain, inputKind(path), o), uncertain: typeof node !== 'number' });
      return;
    }
    if (typeof node === 'string' || typeof node === 'boolean') {
      rows.push({ path, value: String(node), uncertain: false });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const rec = item as Record<string, unknown>;
        const seg = path === 'mechanics' && typeof rec?.type === 'string' ? `.${rec.type}` : path.endsWith('.levels') && typeof rec?.name === 'string' ? `.${rec.name}` : `[${i}]`;
        walk(item, `${path}${seg}`);
      });
      return;
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (path === '' && (k === 'customers' || k === 'name' || k === 'description')) continue;
      if (k === 'type' && path.startsWith('mechanics.')) continue;
      if (k === 'name' && path.includes('.levels.')) continue;
      walk(v, path === '' ? k : `${path}.${k}`);
    }
  };
  walk(draft, '');
  return rows;
}
