/**
 * Reading a pilot (issue 6 step 3): effects of the program on the treatment
 * group against control, with intervals and p-values that need no model of
 * the customers. Pure: the randomness is an Rng stream.
 *
 * Periods: the pilot is [start, end]; the pre period is the same number of
 * days just before start. Per customer: orders (purchase days) and net
 * revenue in each period. Customers in the assignment without a row in the
 * history count with zeros (dropping them would bias the comparison).
 *
 * Effects, in the draft's `effects` semantics (MODEL.md §4), each estimated two ways:
 * - frequencyUplift: orders per customer-month, treatment / control − 1;
 * - checkUplift: average check (revenue / orders), treatment / control − 1;
 * - churnReduction: among customers who bought in the pre period, the share
 *   with no purchase in the pilot (churn by inactivity), with the frequency
 *   effect thinned out of it first (see `estimate`); 1 − treatment / control;
 * - revenuePerCustomer: net revenue per customer over the pilot, treatment − control
 *   (money, not relative).
 * Methods:
 * - `cuped` (the primary estimate): each group's pilot mean adjusted by the
 *   pre-period value, ȳ_g − θ(x̄_g − x̄), θ the within-group regression slope
 *   (Deng et al. 2013; it is the ANCOVA estimate); the check is the ratio of
 *   the adjusted revenue and orders; churn is adjusted by pre-period orders;
 * - `difference-in-differences`: the ratio of the groups' pilot/pre ratios
 *   (relative effects) or the difference of their changes (revenue);
 *   churn needs a period before the pre period for that, so it gets the plain
 *   `difference` of rates instead.
 * Intervals: percentile bootstrap, customers resampled within their group.
 * p-values: randomisation inference, group labels permuted within strata
 * (the assignment's design), two-sided on |estimate|.
 */
import { UserError } from '../errors.js';
import { catalog, msg, type Messages } from '../i18n/index.js';
import { isoDay } from '../history/format.js';
import type { Rng } from '../random/rng.js';
import { type AssignmentRow, balanceRow, type BalanceRow } from './assign.js';
import { capRevenue, type Capping, sampleRatioChecks, type SampleRatioChecks } from './checks.js';
import { type CustomerDays, DAYS_PER_MONTH, type Window, windowTotals } from './periods.js';

/** Per-customer totals of a pilot, as parallel arrays (index i is one assigned customer). */
export interface PilotData {
  ids: string[];
  /** 1 treatment, 0 control. */
  treated: Uint8Array;
  /** Stratum index of each customer. */
  stratum: Int32Array;
  strata: string[];
  preOrders: Float64Array;
  preRevenue: Float64Array;
  pilotOrders: Float64Array;
  pilotRevenue: Float64Array;
  pre: Window;
  pilot: Window;
  /** Pilot length in months (days / 30.44). */
  months: number;
  /** Assigned customers with no rows in the history. */
  missing: number;
  /** 1 when the customer has rows in the history. */
  present: Uint8Array;
  /** Median days between consecutive purchases before the pilot (NaN when nobody bought twice). */
  medianInterPurchaseDays: number;
}

/**
 * Aggregates a history's customers for an assignment over [start, end]. The
 * pre period is `preDays` long (default: as long as the pilot); an interim
 * look passes the planned length so every look shares one covariate.
 */
export function pilotData(customers: ReadonlyMap<string, CustomerDays>, rows: readonly AssignmentRow[], start: number, end: number, preDays?: number): PilotData {
  if (end < start) throw new UserError(msg().pilotDates.endsBeforeStart(isoDay(end), isoDay(start)), msg().pilotDates.endsBeforeStartHint);
  const L = end - start + 1;
  const pre: Window = { from: start - (preDays ?? L), to: start - 1 };
  const pilot: Window = { from: start, to: end };
  const n = rows.length;
  const strata = [...new Set(rows.map((r) => r.stratum))].sort();
  const sIndex = new Map(strata.map((s, k) => [s, k]));
  const d: PilotData = {
    ids: rows.map((r) => r.id),
    treated: Uint8Array.from(rows, (r) => (r.group === 'treatment' ? 1 : 0)),
    stratum: Int32Array.from(rows, (r) => sIndex.get(r.stratum)!),
    strata,
    preOrders: new Float64Array(n),
    preRevenue: new Float64Array(n),
    pilotOrders: new Float64Array(n),
    pilotRevenue: new Float64Array(n),
    pre,
    pilot,
    months: L / DAYS_PER_MONTH,
    missing: 0,
    present: new Uint8Array(n),
    medianInterPurchaseDays: NaN,
  };
  const gaps: number[] = [];
  rows.forEach((r, i) => {
    const c = customers.get(r.id);
    if (!c) {
      d.missing++;
      return;
    }
    d.present[i] = 1;
    const a = windowTotals(c, pre);
    const b = windowTotals(c, pilot);
    d.preOrders[i] = a.orders;
    d.preRevenue[i] = a.revenue;
    d.pilotOrders[i] = b.orders;
    d.pilotRevenue[i] = b.revenue;
    let last = NaN;
    for (let k = 0; k < c.days.length && c.days[k]! < start; k++) {
      if (!c.purchase[k]) continue;
      if (!Number.isNaN(last)) gaps.push(c.days[k]! - last);
      last = c.days[k]!;
    }
  });
  if (gaps.length > 0) {
    gaps.sort((x, y) => x - y);
    const m = gaps.length >> 1;
    d.medianInterPurchaseDays = gaps.length % 2 ? gaps[m]! : (gaps[m - 1]! + gaps[m]!) / 2;
  }
  return d;
}

export type EffectName = 'frequencyUplift' | 'checkUplift' | 'churnReduction' | 'revenuePerCustomer';
export const EFFECT_NAMES: readonly EffectName[] = ['frequencyUplift', 'checkUplift', 'churnReduction', 'revenuePerCustomer'];
export type Method = 'cuped' | 'difference-in-differences' | 'difference';

export interface EffectEstimate {
  estimate: number;
  /** Bootstrap standard error. */
  se: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  method: Method;
}

/** The primary (CUPED) estimate with the other method alongside. */
export interface Effect extends EffectEstimate {
  /** p < alpha: distinguishable from zero. */
  distinguishable: boolean;
  alternative: EffectEstimate;
}

export interface PeriodSummary {
  ordersPerCustomerMonth: number;
  averageCheck: number;
  revenuePerCustomer: number;
  /** Share of customers with a purchase in the period. */
  activeShare: number;
}

export interface GroupSummary {
  customers: number;
  /** Customers with a purchase in the pre period (the churn base). */
  preActive: number;
  pre: PeriodSummary;
  pilot: PeriodSummary;
  /** Share of the pre-active customers without a purchase in the pilot. */
  churnRate: number;
}

export interface AnalyzeOptions {
  /** Bootstrap resamples (default 1000). */
  bootstrap?: number;
  /** Permutations for the randomisation p-value (default 1000). */
  permutations?: number;
  alpha?: number;
  /** Fewer customers than this in a group is warned about (default 50). */
  minGroup?: number;
  /** Cap per-customer revenue at this pooled percentile (0.99 = 99th) before estimating; unset: no capping. */
  cap?: number;
}

export const TERCILES = ['light', 'medium', 'heavy'] as const;
export type Tercile = (typeof TERCILES)[number];

export interface TercileEffect {
  estimate: number;
  ciLow: number;
  ciHigh: number;
}

/** The effects within one pre-period spend tercile (MODEL.md §8's light / medium / heavy). */
export interface SpendTercile {
  tercile: Tercile;
  treatment: number;
  control: number;
  frequencyUplift: TercileEffect;
  checkUplift: TercileEffect;
  /** (1 + f)(1 + c) − 1: the relative revenue effect per active customer. */
  revenueUplift: TercileEffect;
  /** revenueUplift over the whole pilot's: the draft's `effects.by_spend` weight this pilot suggests (NaN when the overall effect is about 0). */
  weight: number;
}

export interface PilotAnalysis {
  groups: { treatment: GroupSummary; control: GroupSummary };
  effects: Record<EffectName, Effect>;
  pre: Window;
  pilot: Window;
  months: number;
  alpha: number;
  bootstrap: number;
  permutations: number;
  balance: BalanceRow[];
  medianInterPurchaseDays: number;
  missing: number;
  sampleRatio: SampleRatioChecks;
  capping?: Capping;
  bySpend: SpendTercile[];
  warnings: string[];
}

/** The estimates of one (re)sample: [cuped, alternative] for each effect, in EFFECT_NAMES order. */
const SLOTS = 8;

// accumulator layout per group (offset g * K)
const N = 0;
const O0 = 1;
const O1 = 2;
const R0 = 3;
const R1 = 4;
const O0O0 = 5;
const O0O1 = 6;
const R0R0 = 7;
const R0R1 = 8;
const NA = 9; // pre-active customers
const Z = 10; // churned among them
const AO0 = 11;
const AO0O0 = 12;
const AO0Z = 13;
const K = 14;

/**
 * All estimates for the customers idx[0..m) with group labels `treated`
 * (indexed by customer). `acc` is scratch space of 2K numbers.
 */
function estimate(d: PilotData, idx: Int32Array, treated: Uint8Array, acc: Float64Array, out: Float64Array): void {
  acc.fill(0);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const b = treated[i]! * K;
    const o0 = d.preOrders[i]!;
    const o1 = d.pilotOrders[i]!;
    const r0 = d.preRevenue[i]!;
    const r1 = d.pilotRevenue[i]!;
    acc[b + N]!++;
    acc[b + O0]! += o0;
    acc[b + O1]! += o1;
    acc[b + R0]! += r0;
    acc[b + R1]! += r1;
    acc[b + O0O0]! += o0 * o0;
    acc[b + O0O1]! += o0 * o1;
    acc[b + R0R0]! += r0 * r0;
    acc[b + R0R1]! += r0 * r1;
  }
  const t = K;
  const c = 0;
  // within-group slope of y on x: Σ_g [Sxy − Sx·Sy/n] / Σ_g [Sxx − Sx²/n]
  const slope = (n: number, x: number, y: number, xx: number, xy: number): number => {
    let sxy = 0;
    let sxx = 0;
    for (const b of [c, t]) {
      const m = acc[b + n]!;
      if (m === 0) continue;
      sxy += acc[b + xy]! - (acc[b + x]! * acc[b + y]!) / m;
      sxx += acc[b + xx]! - (acc[b + x]! * acc[b + x]!) / m;
    }
    return sxx > 0 ? sxy / sxx : 0;
  };
  // adjusted mean of y in group b: ȳ_b − θ(x̄_b − x̄)
  const adjusted = (b: number, n: number, x: number, y: number, theta: number): number => {
    const xAll = (acc[c + x]! + acc[t + x]!) / (acc[c + n]! + acc[t + n]!);
    return acc[b + y]! / acc[b + n]! - theta * (acc[b + x]! / acc[b + n]! - xAll);
  };
  const thetaO = slope(N, O0, O1, O0O0, O0O1);
  const thetaR = slope(N, R0, R1, R0R0, R0R1);
  const oT = adjusted(t, N, O0, O1, thetaO);
  const oC = adjusted(c, N, O0, O1, thetaO);
  const rT = adjusted(t, N, R0, R1, thetaR);
  const rC = adjusted(c, N, R0, R1, thetaR);
  // Churn, adjusted for frequency (issue 14 part 1). More orders alone make
  // "no purchase in the pilot" rarer, so the raw inactivity contrast counts a
  // frequency effect a second time as churn. Under the model (MODEL.md §2, §4)
  // orders are Poisson with rate λ(1 + f) while active; keeping each of the
  // treatment's orders with probability 1/(1 + f) (f > 0; or each of the
  // control's with probability 1 + f when f < 0) gives the other group's rate
  // exactly and leaves dropout untouched. So a customer of the thinned group
  // with k pilot orders counts as inactive with probability (1 − keep)^k, the
  // chance that thinning removes all k; the contrast that remains is the
  // dropout difference alone (0 when d = 0).
  const fHat = oT / oC - 1;
  const thinT = fHat > 0 ? fHat / (1 + fHat) : 0;
  const thinC = fHat < 0 ? Math.min(1, -fHat) : 0;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const o0 = d.preOrders[i]!;
    if (!(o0 > 0)) continue;
    const g = treated[i]!;
    const b = g * K;
    const o1 = d.pilotOrders[i]!;
    const thin = g ? thinT : thinC;
    const z = o1 === 0 ? 1 : thin > 0 ? thin ** o1 : 0;
    acc[b + NA]!++;
    acc[b + Z]! += z;
    acc[b + AO0]! += o0;
    acc[b + AO0O0]! += o0 * o0;
    acc[b + AO0Z]! += o0 * z;
  }
  const thetaZ = slope(NA, AO0, Z, AO0O0, AO0Z);
  const zT = adjusted(t, NA, AO0, Z, thetaZ);
  const zC = adjusted(c, NA, AO0, Z, thetaZ);
  const mean = (b: number, v: number) => acc[b + v]! / acc[b + N]!;
  // frequency
  out[0] = fHat;
  out[1] = mean(t, O1) / mean(t, O0) / (mean(c, O1) / mean(c, O0)) - 1;
  // check
  out[2] = rT / oT / (rC / oC) - 1;
  out[3] = (acc[t + R1]! / acc[t + O1]! / (acc[t + R0]! / acc[t + O0]!)) / (acc[c + R1]! / acc[c + O1]! / (acc[c + R0]! / acc[c + O0]!)) - 1;
  // churn
  out[4] = 1 - zT / zC;
  out[5] = 1 - acc[t + Z]! / acc[t + NA]! / (acc[c + Z]! / acc[c + NA]!);
  // revenue per customer
  out[6] = rT - rC;
  out[7] = mean(t, R1) - mean(t, R0) - (mean(c, R1) - mean(c, R0));
}

/** Bootstrap replicates of every slot: customers resampled within their group. */
function bootstrap(d: PilotData, tIdx: readonly number[], cIdx: readonly number[], B: number, acc: Float64Array, rng: Rng): Float64Array[] {
  const boot = Array.from({ length: SLOTS }, () => new Float64Array(B));
  const idx = new Int32Array(tIdx.length + cIdx.length);
  const row = new Float64Array(SLOTS);
  for (let b = 0; b < B; b++) {
    let k = 0;
    for (const g of [tIdx, cIdx]) for (let j = 0; j < g.length; j++) idx[k++] = g[Math.floor(rng.next() * g.length)]!;
    estimate(d, idx, d.treated, acc, row);
    for (let s = 0; s < SLOTS; s++) boot[s]![b] = row[s]!;
  }
  return boot;
}

const ALTERNATIVE: Record<EffectName, Method> = {
  frequencyUplift: 'difference-in-differences',
  checkUplift: 'difference-in-differences',
  churnReduction: 'difference',
  revenuePerCustomer: 'difference-in-differences',
};

/** The q-quantile of sorted finite values (linear interpolation, type 7). */
function quantileSorted(v: Float64Array, q: number): number {
  if (v.length === 0) return NaN;
  const h = (v.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(v.length - 1, lo + 1);
  return v[lo]! + (h - lo) * (v[hi]! - v[lo]!);
}

function groupSummary(d: PilotData, g: number): GroupSummary {
  let n = 0;
  let preActive = 0;
  let churned = 0;
  const s = { o0: 0, o1: 0, r0: 0, r1: 0, a0: 0, a1: 0 };
  for (let i = 0; i < d.ids.length; i++) {
    if (d.treated[i] !== g) continue;
    n++;
    s.o0 += d.preOrders[i]!;
    s.o1 += d.pilotOrders[i]!;
    s.r0 += d.preRevenue[i]!;
    s.r1 += d.pilotRevenue[i]!;
    if (d.preOrders[i]! > 0) {
      s.a0++;
      preActive++;
      if (d.pilotOrders[i] === 0) churned++;
    }
    if (d.pilotOrders[i]! > 0) s.a1++;
  }
  const period = (o: number, r: number, a: number): PeriodSummary => ({
    ordersPerCustomerMonth: o / n / d.months,
    averageCheck: o > 0 ? r / o : NaN,
    revenuePerCustomer: r / n,
    activeShare: a / n,
  });
  return { customers: n, preActive, pre: period(s.o0, s.r0, s.a0), pilot: period(s.o1, s.r1, s.a1), churnRate: preActive > 0 ? churned / preActive : NaN };
}

/**
 * The analysis of issue 6 step 3.
 *
 * @example
 * const d = pilotData(byId, parseAssignment(text, file), dayOf('2024-03-01'), dayOf('2024-05-31'));
 * const a = analyzePilot(d, { bootstrap: 1000, permutations: 1000 }, new Rng(seed, 6));
 * a.effects.frequencyUplift // { estimate, ciLow, ciHigh, pValue, method: 'cuped', … }
 */
export function analyzePilot(raw: PilotData, o: AnalyzeOptions, rng: Rng): PilotAnalysis {
  const capped = o.cap !== undefined ? capRevenue(raw, o.cap) : undefined;
  const d = capped ? capped.data : raw;
  const B = o.bootstrap ?? 1000;
  const P = o.permutations ?? 1000;
  const alpha = o.alpha ?? 0.05;
  const minGroup = o.minGroup ?? 50;
  const n = d.ids.length;
  const tIdx: number[] = [];
  const cIdx: number[] = [];
  for (let i = 0; i < n; i++) (d.treated[i] ? tIdx : cIdx).push(i);
  if (tIdx.length < 2 || cIdx.length < 2) {
    throw new UserError(msg().pilotErrors.groupsTooSmall(tIdx.length, cIdx.length));
  }
  const acc = new Float64Array(2 * K);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const observed = new Float64Array(SLOTS);
  estimate(d, all, d.treated, acc, observed);

  const boot = bootstrap(d, tIdx, cIdx, B, acc, rng);

  // randomisation inference: labels shuffled within strata
  const row = new Float64Array(SLOTS);
  const byStratum: number[][] = d.strata.map(() => []);
  for (let i = 0; i < n; i++) byStratum[d.stratum[i]!]!.push(i);
  const labels = new Uint8Array(n);
  const extreme = new Float64Array(SLOTS);
  const counted = new Float64Array(SLOTS);
  for (let p = 0; p < P; p++) {
    for (const members of byStratum) {
      // a random permutation of the stratum's labels: Fisher–Yates over its members
      for (let j = 0; j < members.length; j++) labels[members[j]!] = d.treated[members[j]!]!;
      for (let j = members.length - 1; j > 0; j--) {
        const r = Math.floor(rng.next() * (j + 1));
        const a = members[j]!;
        const b = members[r]!;
        const tmp = labels[a]!;
        labels[a] = labels[b]!;
        labels[b] = tmp;
      }
    }
    estimate(d, all, labels, acc, row);
    for (let s = 0; s < SLOTS; s++) {
      if (!Number.isFinite(row[s]!)) continue;
      counted[s]!++;
      // a small tolerance so ties in discrete statistics count as extreme
      if (Math.abs(row[s]!) >= Math.abs(observed[s]!) * (1 - 1e-12)) extreme[s]!++;
    }
  }

  const summarize = (s: number, method: Method): EffectEstimate => {
    const finite = Float64Array.from(boot[s]!.filter(Number.isFinite)).sort();
    let m = 0;
    for (const v of finite) m += v;
    m /= finite.length;
    let ss = 0;
    for (const v of finite) ss += (v - m) ** 2;
    return {
      estimate: observed[s]!,
      se: finite.length > 1 ? Math.sqrt(ss / (finite.length - 1)) : NaN,
      ciLow: quantileSorted(finite, alpha / 2),
      ciHigh: quantileSorted(finite, 1 - alpha / 2),
      pValue: Number.isFinite(observed[s]!) ? (1 + extreme[s]!) / (1 + counted[s]!) : NaN,
      method,
    };
  };
  const effects = {} as Record<EffectName, Effect>;
  EFFECT_NAMES.forEach((name, k) => {
    const primary = summarize(2 * k, 'cuped');
    effects[name] = { ...primary, distinguishable: primary.pValue < alpha, alternative: summarize(2 * k + 1, ALTERNATIVE[name]) };
  });

  // effects by pre-period spend tercile: cut at the pooled 1/3 and 2/3
  // quantiles of the uncapped revenue, ties kept together (many customers
  // spend 0 in a short pre period; splitting a tie by file position would
  // split it by group too)
  const sortedPre = Float64Array.from(raw.preRevenue).sort();
  const cut1 = quantileSorted(sortedPre, 1 / 3);
  const cut2 = quantileSorted(sortedPre, 2 / 3);
  const tercileOf = Uint8Array.from(raw.preRevenue, (v) => (v <= cut1 ? 0 : v <= cut2 ? 1 : 2));
  const overall = (1 + observed[0]!) * (1 + observed[2]!) - 1;
  const bySpend: SpendTercile[] = TERCILES.map((tercile, k) => {
    const t = tIdx.filter((i) => tercileOf[i] === k);
    const c = cIdx.filter((i) => tercileOf[i] === k);
    const none = { estimate: NaN, ciLow: NaN, ciHigh: NaN };
    if (t.length < 2 || c.length < 2) return { tercile, treatment: t.length, control: c.length, frequencyUplift: none, checkUplift: none, revenueUplift: none, weight: NaN };
    const est = new Float64Array(SLOTS);
    estimate(d, Int32Array.from([...t, ...c]), d.treated, acc, est);
    const reps = bootstrap(d, t, c, B, acc, rng);
    const rev = reps[0]!.map((f, b) => (1 + f) * (1 + reps[2]![b]!) - 1);
    const interval = (value: number, v: Float64Array): TercileEffect => {
      const finite = Float64Array.from(v.filter(Number.isFinite)).sort();
      return { estimate: value, ciLow: quantileSorted(finite, alpha / 2), ciHigh: quantileSorted(finite, 1 - alpha / 2) };
    };
    const revenueUplift = interval((1 + est[0]!) * (1 + est[2]!) - 1, rev);
    return {
      tercile,
      treatment: t.length,
      control: c.length,
      frequencyUplift: interval(est[0]!, reps[0]!),
      checkUplift: interval(est[2]!, reps[2]!),
      revenueUplift,
      weight: Math.abs(overall) > 1e-9 ? revenueUplift.estimate / overall : NaN,
    };
  });

  const sampleRatio = sampleRatioChecks(d);
  const treatment = groupSummary(d, 1);
  const control = groupSummary(d, 0);
  const pick = (v: Float64Array, g: number) => v.filter((_, i) => d.treated[i] === g);
  const balance = [
    balanceRow('orders', pick(d.preOrders, 1), pick(d.preOrders, 0)),
    balanceRow('revenue', pick(d.preRevenue, 1), pick(d.preRevenue, 0)),
    balanceRow(
      'active',
      pick(d.preOrders, 1).map((v) => (v > 0 ? 1 : 0)),
      pick(d.preOrders, 0).map((v) => (v > 0 ? 1 : 0)),
    ),
  ];

  const result: PilotAnalysis = {
    groups: { treatment, control },
    effects,
    pre: d.pre,
    pilot: d.pilot,
    months: d.months,
    alpha,
    bootstrap: B,
    permutations: P,
    balance,
    medianInterPurchaseDays: d.medianInterPurchaseDays,
    missing: d.missing,
    sampleRatio,
    ...(capped ? { capping: capped.capping } : {}),
    bySpend,
    warnings: [],
  };
  // --json's warnings are English whatever the language; the CLI words them again for people
  result.warnings = pilotWarnings(result, catalog('en').pilot, plain, minGroup);
  return result;
}

/** A number as --json's English warnings always wrote it: as is, or with fixed decimals. */
const plain = (x: number, digits?: number): string => (digits === undefined ? String(x) : x.toFixed(digits));

/**
 * What a reader must know before trusting the effects: sample-ratio
 * mismatches, imbalance, small groups, a pilot shorter than the purchase
 * cycle, assigned customers missing from the history. `num` writes a number
 * with the given decimals (the CLI's locale; plain for --json).
 */
export function pilotWarnings(a: PilotAnalysis, t: Messages['pilot'], num: (x: number, digits?: number) => string = plain, minGroup = 50): string[] {
  const warnings: string[] = [];
  const { treatment, control } = a.groups;
  const sr = a.sampleRatio;
  if (sr.mismatch) warnings.push(t.srMismatch(num(sr.observed.treatment), num(sr.observed.control), sr.pValue.toExponential(1)));
  if (sr.present.mismatch) warnings.push(t.srPresentMismatch(num(sr.present.observed.treatment), num(sr.present.observed.control), sr.present.pValue.toExponential(1)));
  for (const b of a.balance) if (b.imbalanced) warnings.push(t.imbalancedBefore(t.balanceMetric[b.metric] ?? b.metric, num(b.standardizedDifference, 3)));
  if (treatment.customers < minGroup || control.customers < minGroup) warnings.push(t.smallGroups(num(treatment.customers), num(control.customers), num(minGroup)));
  const L = a.pilot.to - a.pilot.from + 1;
  if (Number.isFinite(a.medianInterPurchaseDays) && L < a.medianInterPurchaseDays) warnings.push(t.shortPilot(num(L), num(Math.round(a.medianInterPurchaseDays))));
  if (a.missing > 0) warnings.push(t.missing(num(a.missing)));
  if (treatment.preActive === 0 || control.preActive === 0) warnings.push(t.noPreBuyers);
  return warnings;
}
