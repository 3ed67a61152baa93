/**
 * A pilot as the model sees it (issue 22): each assigned customer's history
 * cut into the pilot's months, so the effects can be estimated on MODEL.md
 * §4's own scale (a multiplier of the purchase rate, of the order value and
 * of the dropout hazard in each pilot month). Pure.
 *
 * Months: the pilot [start, end] is cut into P = round(days / 30.44) equal
 * blocks; the pre-period blocks run backwards from the start with the same
 * length. A customer is born at the first purchase (the BTYD convention that
 * `fit` uses): the exposure before the pilot is the time since then, and the
 * dropout checks before the pilot are the block ends since then (MODEL.md §2:
 * the monthly survival exp(−λp) is drawn at each month's end).
 */
import type { AssignmentRow } from './assign.js';
import { type CustomerDays, DAYS_PER_MONTH } from './periods.js';

export interface PilotPanel {
  /** Customers in the panel (assigned, in the history, with a purchase before the start). */
  n: number;
  ids: string[];
  /** 1 treatment, 0 control. */
  treated: Uint8Array;
  /** Pilot months P and the block length in days. */
  months: number;
  blockDays: number;
  /** Repeat purchase days before the pilot (purchases after the first). */
  preRepeats: Int32Array;
  /** Time from the first purchase to the pilot's start, in months (the pre-period exposure). */
  preExposure: Float64Array;
  /** Time from the first purchase to the last one before the pilot, in months (BG/NBD's tₓ). */
  preLast: Float64Array;
  /** Dropout checks (block ends) between the first purchase and the start. */
  preChecks: Int32Array;
  /** Block of the last purchase day: negative before the pilot, 0..P−1 in it. */
  lastBlock: Int32Array;
  /** Purchase days in each pilot month, customer-major (i·P + m). */
  pilotOrders: Int32Array;
  /** For the order-value model: orders with a positive amount and their sum, before and in each pilot month. */
  preValueOrders: Int32Array;
  preValue: Float64Array;
  pilotValueOrders: Int32Array;
  pilotValue: Float64Array;
  /** Assigned customers left out: not in the history, or no purchase before the start. */
  notInHistory: number;
  noPurchaseBefore: number;
}

/** The pilot's month count for a pilot of `days` days. */
export function pilotMonths(days: number): number {
  return Math.max(1, Math.round(days / DAYS_PER_MONTH));
}

/**
 * The panel of an assignment over the pilot [start, end] (day numbers).
 *
 * @example
 * const panel = pilotPanel(byId, rows, dayOf('2023-01-01'), dayOf('2023-03-31'));
 * panel.months // 3
 */
export function pilotPanel(customers: ReadonlyMap<string, CustomerDays>, rows: readonly AssignmentRow[], start: number, end: number): PilotPanel {
  const days = end - start + 1;
  const P = pilotMonths(days);
  const len = days / P;
  const kept: Array<{ row: AssignmentRow; c: CustomerDays }> = [];
  let notInHistory = 0;
  let noPurchaseBefore = 0;
  for (const row of rows) {
    const c = customers.get(row.id);
    if (!c) {
      notInHistory++;
      continue;
    }
    let bought = false;
    for (let k = 0; k < c.days.length && c.days[k]! < start; k++) if (c.purchase[k]) bought = true;
    if (!bought) {
      noPurchaseBefore++;
      continue;
    }
    kept.push({ row, c });
  }
  const n = kept.length;
  const p: PilotPanel = {
    n,
    ids: kept.map((k) => k.row.id),
    treated: Uint8Array.from(kept, (k) => (k.row.group === 'treatment' ? 1 : 0)),
    months: P,
    blockDays: len,
    preRepeats: new Int32Array(n),
    preExposure: new Float64Array(n),
    preLast: new Float64Array(n),
    preChecks: new Int32Array(n),
    lastBlock: new Int32Array(n),
    pilotOrders: new Int32Array(n * P),
    preValueOrders: new Int32Array(n),
    preValue: new Float64Array(n),
    pilotValueOrders: new Int32Array(n * P),
    pilotValue: new Float64Array(n * P),
    notInHistory,
    noPurchaseBefore,
  };
  kept.forEach(({ c }, i) => {
    let first = NaN;
    let last = NaN;
    let lastPre = NaN;
    for (let k = 0; k < c.days.length; k++) {
      const d = c.days[k]!;
      if (d > end) break;
      if (!c.purchase[k]) continue;
      const amount = c.net[k]!;
      if (d < start) {
        lastPre = d;
        if (Number.isNaN(first)) first = d;
        else p.preRepeats[i]!++;
        if (amount > 0) {
          p.preValueOrders[i]!++;
          p.preValue[i]! += amount;
        }
      } else {
        const m = Math.min(P - 1, Math.floor((d - start) / len));
        p.pilotOrders[i * P + m]!++;
        if (amount > 0) {
          p.pilotValueOrders[i * P + m]!++;
          p.pilotValue[i * P + m]! += amount;
        }
      }
      last = d;
    }
    // positions in months from the start: the first purchase at t0 < 0 lies in block floor(t0)
    const t0 = (first - start) / len;
    p.preExposure[i] = -t0;
    p.preLast[i] = (lastPre - first) / len;
    p.preChecks[i] = -Math.floor(t0);
    p.lastBlock[i] = Math.min(P - 1, Math.floor((last - start) / len));
  });
  return p;
}
