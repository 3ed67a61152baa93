/**
 * Looking at a running pilot before its planned end (issue 14 part 3) with
 * the false-positive rate still at alpha. Pure.
 *
 * The choice: group-sequential boundaries with the Lan–DeMets spending
 * function of O'Brien–Fleming type, α/2 per side spent as 2 − 2Φ(z₁₋α/₄ / √t) (Lan & DeMets
 * 1983, "Discrete sequential boundaries for clinical trials"), rather than
 * always-valid confidence sequences. Why: a pilot has a planned end and a
 * fixed group of customers, which is the setting group-sequential designs
 * were made for; O'Brien–Fleming spending keeps almost all of alpha for the
 * planned end, so the final test is nearly as powerful as a single test
 * (final boundary about 2.0 instead of 1.96), while an early look needs an
 * overwhelming effect to stop. Confidence sequences would let one look
 * forever, but pay for it with wider intervals at the planned end, the one
 * look that matters most here. Spending (rather than a fixed Pocock/OBF
 * table) lets the looks fall on any days, decided as the pilot runs.
 *
 * The statistic at each look is the CUPED difference of revenue per
 * customer since the start (the money the program moves), over its
 * large-sample standard error: Z_k. Information fraction t_k = days elapsed /
 * planned days. Boundaries c_k solve P(|Z_1| < c_1, …, |Z_{k−1}| < c_{k−1},
 * |Z_k| ≥ c_k) = α(t_k) − α(t_{k−1}) under no effect, with Z_k√t_k a Brownian
 * motion in t (independent increments), by the recursive numerical
 * integration of Armitage, McPherson & Rowe (1969) as Jennison & Turnbull
 * (2000, ch. 19) describe it. Customers' purchases are positively correlated
 * over time, so the real looks are more alike than independent increments
 * assume; that makes these boundaries err on the safe side.
 */
import type { CustomerDays } from './periods.js';
import type { AssignmentRow } from './assign.js';
import { pilotData } from './analyze.js';
import { normalCdf, normalQuantile } from '../random/special.js';

/**
 * Lan–DeMets O'Brien–Fleming-type spending, two-sided: each side spends the
 * one-sided level α/2 as 2 − 2Φ(z₁₋α/₄ / √t), the convention of the published
 * tables (ldbounds, gsDesign; 5 equal looks at α = 0.05 give 4.877, 3.357,
 * 2.680, 2.290, 2.031). Returns the total alpha spent by fraction t.
 */
export function obfSpending(t: number, alpha: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return alpha;
  return 4 * normalCdf(-normalQuantile(1 - alpha / 4) / Math.sqrt(t));
}

const phi = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
/** Upper normal tail 1 − Φ(x), accurate far out. */
const upper = (x: number) => normalCdf(-x);

/** Points of the integration grid over one continuation region (odd, for Simpson). */
const GRID = 301;

/**
 * Two-sided boundaries |Z_k| ≥ c_k for looks at increasing information
 * fractions (the last may be below 1 for an interim analysis), spending
 * alpha by `obfSpending`.
 */
export function sequentialBoundaries(fractions: readonly number[], alpha: number): number[] {
  // the same schedule comes back look after look (and pilot after pilot in a
  // simulation); the integration is the costly part, so remember a few
  const key = `${alpha}:${fractions.join(',')}`;
  const known = remembered.get(key);
  if (known) return [...known];
  const bounds = computeBoundaries(fractions, alpha);
  if (remembered.size >= 64) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, bounds);
  return [...bounds];
}

const remembered = new Map<string, number[]>();

function computeBoundaries(fractions: readonly number[], alpha: number): number[] {
  const bounds: number[] = [];
  // the sub-density of S_{k−1} = Z_{k−1}√t_{k−1} on its continuation region, on a grid
  let grid: Float64Array | null = null;
  let dens: Float64Array | null = null;
  let tPrev = 0;
  let spent = 0;
  for (const t of fractions) {
    if (!(t > tPrev)) throw new Error(`information fractions must increase, got ${t} after ${tPrev}`);
    const target = Math.max(0, obfSpending(t, alpha) - spent);
    const dt = t - tPrev;
    const sd = Math.sqrt(dt);
    // probability of crossing |S_k| ≥ c√t, not having crossed before
    const crossing = (c: number): number => {
      if (!grid || !dens) return 2 * upper(c);
      const b = c * Math.sqrt(t);
      let sum = 0;
      for (let j = 0; j < grid.length; j++) sum += dens[j]! * (upper((b - grid[j]!) / sd) + upper((b + grid[j]!) / sd));
      return sum;
    };
    let c: number;
    if (target <= 0) {
      c = Infinity;
    } else {
      let lo = 0;
      let hi = 40;
      for (let it = 0; it < 50; it++) {
        const mid = (lo + hi) / 2;
        if (crossing(mid) > target) lo = mid;
        else hi = mid;
      }
      c = (lo + hi) / 2;
    }
    bounds.push(c);
    spent += target <= 0 ? 0 : crossing(c);
    // the next continuation density: f_k(s) = ∫ f_{k−1}(u) φ((s − u)/√Δ)/√Δ du on |s| < c√t
    const b = Number.isFinite(c) ? c * Math.sqrt(t) : 12 * Math.sqrt(t);
    const h = (2 * b) / (GRID - 1);
    const next = new Float64Array(GRID);
    const nextGrid = Float64Array.from({ length: GRID }, (_, j) => -b + j * h);
    for (let j = 0; j < GRID; j++) {
      const s = nextGrid[j]!;
      let v: number;
      if (!grid || !dens) v = phi(s / sd) / sd;
      else {
        v = 0;
        for (let i = 0; i < grid.length; i++) v += dens[i]! * (phi((s - grid[i]!) / sd) / sd);
      }
      next[j] = v;
    }
    // Simpson weights folded in, so the next look's integrals are plain sums
    for (let j = 0; j < GRID; j++) next[j]! *= (h / 3) * (j === 0 || j === GRID - 1 ? 1 : j % 2 ? 4 : 2);
    grid = nextGrid;
    dens = next;
    tPrev = t;
  }
  return bounds;
}

export type LookDecision = 'stop: effect' | 'continue' | 'end: no effect shown' | 'end: effect';

export interface Look {
  /** Day number of the look (last day of data it uses). */
  day: number;
  informationFraction: number;
  /** |statistic| at or above this stops the pilot: an effect shown. */
  boundary: number;
  statistic: number;
  /** The effect on revenue per customer so far (CUPED) and its standard error. */
  estimate: number;
  se: number;
  /** The boundary of a single test at alpha, what naive repeated testing would use. */
  naiveBoundary: number;
  decision: LookDecision;
}

/**
 * The z statistic of one look: the CUPED (ANCOVA) difference of the mean of
 * y between the groups adjusted for x, over its large-sample standard error
 * √(s²_resid (1/n_T + 1/n_C)).
 */
export function cupedZ(y: ArrayLike<number>, x: ArrayLike<number>, treated: ArrayLike<number>): { estimate: number; se: number; z: number } {
  const n = y.length;
  const sum = [0, 0];
  const sx = [0, 0];
  const cnt = [0, 0];
  for (let i = 0; i < n; i++) {
    const g = treated[i] ? 1 : 0;
    sum[g]! += y[i]!;
    sx[g]! += x[i]!;
    cnt[g]!++;
  }
  const my = [sum[0]! / cnt[0]!, sum[1]! / cnt[1]!];
  const mx = [sx[0]! / cnt[0]!, sx[1]! / cnt[1]!];
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const g = treated[i] ? 1 : 0;
    sxy += (x[i]! - mx[g]!) * (y[i]! - my[g]!);
    sxx += (x[i]! - mx[g]!) ** 2;
  }
  const theta = sxx > 0 ? sxy / sxx : 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const g = treated[i] ? 1 : 0;
    ss += (y[i]! - my[g]! - theta * (x[i]! - mx[g]!)) ** 2;
  }
  const s2 = ss / Math.max(1, n - 3);
  const estimate = my[1]! - my[0]! - theta * (mx[1]! - mx[0]!);
  const se = Math.sqrt(s2 * (1 / cnt[1]! + 1 / cnt[0]!));
  return { estimate, se, z: se > 0 ? estimate / se : 0 };
}

/** Days of the looks: every `lookDays` from the start, the last one the planned end, none after `asOf`. */
export function lookDays(start: number, plannedEnd: number, asOf: number, every: number): number[] {
  const days: number[] = [];
  for (let d = start + every - 1; d < plannedEnd; d += every) if (d <= asOf) days.push(d);
  if (plannedEnd <= asOf) days.push(plannedEnd);
  return days;
}

/**
 * Decisions for a series of looks, given each look's statistic: boundaries
 * from the information fractions so far (they depend on no later look).
 */
export function decideLooks(
  looks: ReadonlyArray<{ day: number; estimate: number; se: number; z: number }>,
  start: number,
  plannedEnd: number,
  alpha: number,
): Look[] {
  const L = plannedEnd - start + 1;
  const fractions = looks.map((l) => Math.min(1, (l.day - start + 1) / L));
  const bounds = sequentialBoundaries(fractions, alpha);
  const naive = normalQuantile(1 - alpha / 2);
  let stopped = false;
  return looks.map((l, k) => {
    const final = fractions[k]! >= 1;
    const crossed = Math.abs(l.z) >= bounds[k]!;
    const decision: LookDecision = stopped ? 'stop: effect' : crossed ? (final ? 'end: effect' : 'stop: effect') : final ? 'end: no effect shown' : 'continue';
    if (crossed) stopped = true;
    return { day: l.day, informationFraction: fractions[k]!, boundary: bounds[k]!, statistic: l.z, estimate: l.estimate, se: l.se, naiveBoundary: naive, decision };
  });
}

export interface InterimOptions {
  start: number;
  plannedEnd: number;
  /** The last day of data (the history's last day). */
  asOf: number;
  /** Days between looks (7: weekly). */
  every: number;
  alpha: number;
}

/**
 * Every look of a running pilot up to `asOf`: the CUPED revenue statistic
 * on the data up to each look's day (pre period: the planned length before
 * the start), with the spending boundaries and the decisions.
 */
export function monitorPilot(customers: ReadonlyMap<string, CustomerDays>, rows: readonly AssignmentRow[], o: InterimOptions): Look[] {
  const planned = o.plannedEnd - o.start + 1;
  const stats = lookDays(o.start, o.plannedEnd, o.asOf, o.every).map((day) => {
    const d = pilotData(customers, rows, o.start, day, planned);
    return { day, ...cupedZ(d.pilotRevenue, d.preRevenue, d.treated) };
  });
  return decideLooks(stats, o.start, o.plannedEnd, o.alpha);
}

export interface ScheduledLook {
  /** Days since the pilot's start (the look uses the data through that day). */
  day: number;
  informationFraction: number;
  boundary: number;
  /** Alpha spent up to and including this look. */
  alphaSpent: number;
}

/** The planned looks of a pilot of `days` days, one every `every` days and one at the end. */
export function lookSchedule(days: number, every: number, alpha: number): ScheduledLook[] {
  const at = lookDays(1, days, days, every);
  const fractions = at.map((d) => d / days);
  const bounds = sequentialBoundaries(fractions, alpha);
  return at.map((day, k) => ({ day, informationFraction: fractions[k]!, boundary: bounds[k]!, alphaSpent: obfSpending(fractions[k]!, alpha) }));
}
