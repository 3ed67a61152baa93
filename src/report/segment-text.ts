/**
 * docs/model.md §13 for people: the per-segment table (customers, members,
 * the money before fixed costs) and which segments pay for the others. Shared
 * by the terminal, the HTML page and the workbook, so the three read alike.
 */
import type { SegmentMetricKey } from '../engine/metrics.js';
import type { SimulationSummary } from '../engine/summary.js';
import { msg } from '../i18n/index.js';
import { formatKind, formatMoney, type FormatOptions } from './format.js';
import { metricValueKind } from './metric-registry.js';

/** The columns of the per-segment table, after the segment's name and whether it is invited. */
export const SEGMENT_COLUMNS = ['activeAtStart', 'members', 'programCost', 'incrementalGrossProfit', 'feeIncome', 'netIncrementalProfit', 'roi'] as const satisfies readonly SegmentMetricKey[];

export interface SegmentView {
  head: string[];
  rows: string[][];
  /** "before the fixed costs of …, stated at the total" */
  note: string;
  /** Which segments pay for the others, in one sentence. */
  payers: string;
}

/** The per-segment table and its sentences; null without segments. */
export function segmentView(s: SimulationSummary, o: FormatOptions): SegmentView | null {
  const by = s.bySegment;
  if (!by || by.length === 0) return null;
  const t = msg().segments;
  const name = (n: string): string => (n === 'other' ? t.otherName : n);
  // fee income only where the draft has a fee: a column of zeros says nothing
  const fees = by.some((seg) => (seg.metrics.feeIncome.mean ?? 0) !== 0);
  const shown = SEGMENT_COLUMNS.map((k, j) => [k, j] as const).filter(([k]) => fees || k !== 'feeIncome');
  const rows = by.map((seg) => [name(seg.name), seg.invited ? t.yes : t.no, ...shown.map(([k]) => formatKind(seg.metrics[k].mean, metricValueKind(k), o))]);
  const net = (seg: (typeof by)[number]): number => seg.metrics.netIncrementalProfit.mean ?? 0;
  const payers = by.filter((seg) => net(seg) > 0);
  const paid = by.filter((seg) => seg.invited && net(seg) < 0);
  const list = (xs: typeof by): string => xs.map((seg) => t.namedAmount(name(seg.name), formatMoney(net(seg), o))).join(', ');
  const sentence = payers.length === 0 ? t.nonePays : paid.length === 0 ? t.allPay(list(payers)) : t.paysFor(list(payers), list(paid));
  return {
    head: [t.head[0]!, t.head[1]!, ...shown.map(([, j]) => t.head[j + 2]!)],
    rows,
    note: t.beforeFixed(formatMoney(s.metrics.fixedCosts.mean, o)),
    payers: sentence,
  };
}
