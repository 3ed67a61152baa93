/**
 * Drawing a pilot's treatment and control groups (issue 6 step 2): stratified
 * randomisation with equal groups inside every stratum, so the groups match
 * on the strata by design and on everything else in expectation; and the
 * balance table that shows how well they match on the pre-period metrics.
 * Pure: the randomness is an Rng stream, the file is text in and out.
 *
 * Strata: the RFM segment of src/history/profile.ts as of the history's last
 * day (the same segment names `profile` prints), or any column of the history.
 * Allocation: with a target size n per group, n pairs are spread over the
 * strata in proportion to their size (largest remainder), each pair one
 * treatment and one control; without one, every eligible customer is used and
 * the odd one out of a stratum goes to a group by a fair coin.
 */
import { parse } from 'csv-parse/sync';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { quintileScores, segmentOf } from '../history/profile.js';
import { csvLine } from '../report/csv.js';
import type { Rng } from '../random/rng.js';
import { type CustomerDays, type Eligibility, isEligible, lastPurchaseBy, meanVar, monthsToDays, type Window, windowTotals } from './periods.js';

export type Group = 'treatment' | 'control';

export interface AssignmentRow {
  id: string;
  group: Group;
  stratum: string;
}

export interface AssignOptions {
  months: number;
  /** Customers per group; unset: every eligible customer is assigned. */
  perGroup?: number;
  eligibility?: Eligibility;
  /** Customer id → stratum; unset: RFM segments. Customers without a value fall in "(none)". */
  strata?: ReadonlyMap<string, string>;
}

export interface StratumCount {
  stratum: string;
  eligible: number;
  treatment: number;
  control: number;
}

export interface BalanceRow {
  metric: string;
  treatment: number;
  control: number;
  /** (mean_T − mean_C) / √((s_T² + s_C²) / 2). */
  standardizedDifference: number;
  /** |d| > 0.1, the usual threshold for a noticeable imbalance (Austin 2009). */
  imbalanced: boolean;
}

export interface PilotAssignment {
  rows: AssignmentRow[];
  eligible: number;
  strata: StratumCount[];
  /** Customers assigned to each group, over all strata. */
  treatment: number;
  control: number;
  /** The pre-period window of the balance table: the pilot's length up to the history's end. */
  preWindow: Window;
  balance: BalanceRow[];
  /** True when fewer customers were eligible than the target size asked for. */
  short: boolean;
}

export const BALANCE_THRESHOLD = 0.1;
export const NO_STRATUM = '(none)';

/** RFM segment per customer id as of `asOf` (profile.ts's grid and quintiles). */
export function rfmStrata(customers: readonly CustomerDays[], asOf: number): Map<string, string> {
  const known = customers.filter((c) => !Number.isNaN(lastPurchaseBy(c, asOf)));
  const negRecency = Float64Array.from(known, (c) => -(asOf - lastPurchaseBy(c, asOf)));
  const frequency = Float64Array.from(known, (c) => {
    let f = 0;
    for (let k = 0; k < c.days.length && c.days[k]! <= asOf; k++) f += c.purchase[k]!;
    return f;
  });
  const R = quintileScores(negRecency);
  const F = quintileScores(frequency);
  return new Map(known.map((c, i) => [c.id, segmentOf(R[i]!, F[i]!)]));
}

/** Fisher–Yates in place. */
function shuffle<T>(items: T[], rng: Rng): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
}

/** Pairs per stratum: `pairs` spread in proportion to size, at most ⌊size/2⌋ each (largest remainder). */
function allocatePairs(sizes: number[], pairs: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const caps = sizes.map((s) => Math.floor(s / 2));
  const exact = sizes.map((s) => (pairs * s) / total);
  const alloc = exact.map((e, k) => Math.min(caps[k]!, Math.floor(e)));
  let left = pairs - alloc.reduce((a, b) => a + b, 0);
  while (left > 0) {
    let best = -1;
    for (let k = 0; k < sizes.length; k++) {
      if (alloc[k]! >= caps[k]!) continue;
      if (best < 0 || exact[k]! - alloc[k]! > exact[best]! - alloc[best]!) best = k;
    }
    if (best < 0) break;
    alloc[best]!++;
    left--;
  }
  return alloc;
}

/** Standardised difference of two samples. */
export function standardizedDifference(t: ArrayLike<number>, c: ArrayLike<number>): number {
  const a = meanVar(t);
  const b = meanVar(c);
  const pooled = Math.sqrt((a.variance + b.variance) / 2);
  if (!(pooled > 0)) return a.mean === b.mean ? 0 : Infinity * Math.sign(a.mean - b.mean);
  return (a.mean - b.mean) / pooled;
}

/** One balance row from per-customer values by group. */
export function balanceRow(metric: string, t: ArrayLike<number>, c: ArrayLike<number>): BalanceRow {
  const d = standardizedDifference(t, c);
  return { metric, treatment: meanVar(t).mean, control: meanVar(c).mean, standardizedDifference: d, imbalanced: Math.abs(d) > BALANCE_THRESHOLD };
}

/** Balance of orders, revenue and activity over a pre-period window. */
export function balanceTable(customers: ReadonlyMap<string, CustomerDays>, rows: readonly AssignmentRow[], pre: Window): BalanceRow[] {
  const by: Record<Group, { orders: number[]; revenue: number[]; active: number[] }> = {
    treatment: { orders: [], revenue: [], active: [] },
    control: { orders: [], revenue: [], active: [] },
  };
  for (const r of rows) {
    const c = customers.get(r.id);
    const t = c ? windowTotals(c, pre) : { orders: 0, revenue: 0 };
    by[r.group].orders.push(t.orders);
    by[r.group].revenue.push(t.revenue);
    by[r.group].active.push(t.orders > 0 ? 1 : 0);
  }
  return [
    balanceRow('orders', by.treatment.orders, by.control.orders),
    balanceRow('revenue', by.treatment.revenue, by.control.revenue),
    balanceRow('active', by.treatment.active, by.control.active),
  ];
}

/**
 * Draws the groups among the customers eligible at the history's end (the
 * pilot starts the day after).
 */
export function assignPilot(customers: readonly CustomerDays[], lastDay: number, o: AssignOptions, rng: Rng): PilotAssignment {
  const eligible = customers.filter((c) => isEligible(c, lastDay, o.eligibility));
  if (eligible.length < 2) {
    throw new UserError(msg().pilotErrors.fewEligible(eligible.length), msg().pilotErrors.relaxHint);
  }
  const strataOf = o.strata ?? rfmStrata(customers, lastDay);
  const byStratum = new Map<string, CustomerDays[]>();
  for (const c of eligible) {
    const s = strataOf.get(c.id) ?? NO_STRATUM;
    let list = byStratum.get(s);
    if (!list) byStratum.set(s, (list = []));
    list.push(c);
  }
  const names = [...byStratum.keys()].sort();
  const lists = names.map((s) => byStratum.get(s)!);
  const all = o.perGroup === undefined || 2 * o.perGroup >= eligible.length;
  const pairs = all ? lists.map((l) => Math.floor(l.length / 2)) : allocatePairs(lists.map((l) => l.length), o.perGroup!);
  const rows: AssignmentRow[] = [];
  const strata: StratumCount[] = [];
  let treatment = 0;
  let control = 0;
  names.forEach((stratum, k) => {
    const list = lists[k]!.slice();
    shuffle(list, rng);
    const p = pairs[k]!;
    let t = 0;
    let c = 0;
    for (let i = 0; i < p; i++, t++) rows.push({ id: list[i]!.id, group: 'treatment', stratum });
    for (let i = p; i < 2 * p; i++, c++) rows.push({ id: list[i]!.id, group: 'control', stratum });
    if (all && list.length % 2 === 1) {
      const g: 'treatment' | 'control' = rng.next() < 0.5 ? 'treatment' : 'control';
      rows.push({ id: list[2 * p]!.id, group: g, stratum });
      if (g === 'treatment') t++;
      else c++;
    }
    strata.push({ stratum, eligible: list.length, treatment: t, control: c });
    treatment += t;
    control += c;
  });
  const L = monthsToDays(o.months);
  const preWindow = { from: lastDay - L + 1, to: lastDay };
  const byId = new Map(eligible.map((c) => [c.id, c]));
  return {
    rows,
    eligible: eligible.length,
    strata,
    treatment,
    control,
    preWindow,
    balance: balanceTable(byId, rows, preWindow),
    short: o.perGroup !== undefined && 2 * o.perGroup > eligible.length,
  };
}

/** The assignment file: `customer_id,group,stratum`, text cells neutralised (src/report/csv.ts). */
export function assignmentCsv(rows: readonly AssignmentRow[]): string {
  return `${[csvLine(['customer_id', 'group', 'stratum']), ...rows.map((r) => csvLine([r.id, r.group, r.stratum]))].join('\n')}\n`;
}

/** A text cell with csv.ts's neutralising apostrophe taken off again. */
export function unneutralise(raw: string): string {
  return /^'[=+\-@\t\r\n]/.test(raw) ? raw.slice(1) : raw;
}

/** A customer id as src/history/read.ts normalises it (trimmed; spreadsheet floats such as 17850.0 cut). */
export function normalizeId(raw: string): string {
  let id = unneutralise(raw.trim());
  if (/^\d+\.0+$/.test(id)) id = id.slice(0, id.indexOf('.'));
  return id;
}

/** Reads an assignment file's text (as written by assignmentCsv, or by hand: group treatment/control, stratum optional). */
export function parseAssignment(text: string, file: string): AssignmentRow[] {
  const t = msg().pilotErrors;
  let records: string[][];
  try {
    records = parse(text.replace(/^\ufeff/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    throw new UserError(t.cannotParse(file, (err as Error).message), t.assignmentCsvHint, { file });
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const ci = header.indexOf('customer_id');
  const gi = header.indexOf('group');
  const si = header.indexOf('stratum');
  if (ci < 0 || gi < 0) {
    throw new UserError(t.noColumns, t.noColumnsHint, { file, line: 1 });
  }
  const rows: AssignmentRow[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < records.length; i++) {
    const r = records[i]!;
    const line = i + 1;
    const id = normalizeId(r[ci] ?? '');
    const group = (r[gi] ?? '').trim().toLowerCase();
    if (id === '') throw new UserError(t.noId, t.noIdHint, { file, line });
    if (group !== 'treatment' && group !== 'control') {
      throw new UserError(t.badGroup(r[gi] ?? ''), t.badGroupHint, { file, line });
    }
    if (seen.has(id)) throw new UserError(t.twice(id), t.twiceHint, { file, line });
    seen.add(id);
    const stratum = si >= 0 ? unneutralise((r[si] ?? '').trim()) || NO_STRATUM : NO_STRATUM;
    rows.push({ id, group, stratum });
  }
  for (const g of ['treatment', 'control'] as const) {
    if (!rows.some((r) => r.group === g)) throw new UserError(t.noGroup(file, g), t.noGroupHint, { file });
  }
  return rows;
}
