/**
 * One Monte Carlo run: every customer stepped month by month in the baseline
 * and the program world at once (MODEL.md §2 and §4).
 *
 * Common random numbers. Each customer has two streams named by
 * (seed, run, customer): stream A drives everything the baseline world needs
 * (the latent draws, the membership draw, each month's order and survival
 * uniforms, the baseline spend), stream B only the program world's extra
 * spend. Both worlds draw their order counts by inversion from the same
 * uniform and survive on the same uniform, so a non-member is identical in
 * both worlds, a member's extra orders come on top of the baseline twin's,
 * and stream A's sequence does not depend on the program at all: two drafts
 * run on the same seed see the same customers and the same baseline, and
 * their difference is the programs', not noise.
 *
 * MODEL.md §8–11 add draws only from stream B or from new streams: the
 * join month, redemption decisions and referral counts come from stream B,
 * and the k-th customer referred by customer i has a stream of its own,
 * (seed, run, i, 2 + k). Stream A is untouched, and a draft that uses none of
 * §8–11 draws exactly what it drew before.
 *
 * The monthly step is written inline in the month loop (of the baseline, and
 * of a member in `stepMember`) rather than as a function: its state is a
 * dozen locals that V8 keeps in registers, and the loop allocates nothing
 * (STYLE.md habit 9; measured by `npm run bench`).
 *
 * Shared work across variants (issue 16). Because stream A does not depend on
 * the program, a run can carry several programs (the variants of a compare,
 * sweep or tornado) over the same customers: each customer's baseline is
 * stepped once, its uniforms and spends kept in a per-customer record, and
 * every variant's program world is then stepped from that record. A customer
 * who is a non-member in a variant costs that variant a few additions, not a
 * pass. Each variant keeps its own running totals, added to in exactly the
 * order a run of that variant alone adds to them, so the results are
 * bit-identical to independent runs (test/engine/shared-work.test.ts). One
 * variant alone is the same code with a list of one.
 */
import { beta, expMinusLowerBound, gamma, poissonInverse } from '../random/distributions.js';
import { Rng, STATE_SLOTS } from '../random/rng.js';
import { normalQuantile } from '../random/special.js';
import { ACT_EARLY, ACT_POINTS, ACT_SLOTS, ACT_VALUE, monthActions } from './actions.js';
import type { ProgramParams } from './params.js';
import { partnerFunding, programShareOfPoints } from './partner.js';
import { ACTIVE, H12, HAZARD, LAMBDA, LATENT_SLOTS, NU, drawLatent, type Population } from './population.js';
import { ruleMembers } from './segment-members.js';
import { sortByScore } from './sort-by-score.js';
import { newRunOutput, T, TOTAL_SLOTS, type RunOutput } from './totals.js';

const STREAM_BASELINE = 0;
const STREAM_PROGRAM = 1;
/** The k-th customer referred by a member draws from stream STREAM_REFERRED + k (MODEL.md §11). */
const STREAM_REFERRED = 2;

// Scratch reused across runs of one thread: no allocation per customer.
const rngA = new Rng(0, 0, 0, STREAM_BASELINE);
const rngB = new Rng(0, 0, 0, STREAM_PROGRAM);
const rngR = new Rng(0, 0, 0, STREAM_REFERRED);
const latent = new Float64Array(LATENT_SLOTS);
// §14: one member-month's action points, action value and early-payment benefit (actions.ts).
const actionsOut = new Float64Array(ACT_SLOTS);
let window12 = new Float64Array(12);
// Per-customer state of the ranking pass (§8), sized to the population, grown when needed.
// Score, rank and tercile do not depend on the program; each world's eligibility is a cut on the rank.
let score = new Float64Array(0);
let order = new Int32Array(0);
let rank = new Int32Array(0);
let tercile = new Uint8Array(0);
// What the ranking pass drew, by customer: the latent values (LATENT_SLOTS each) and stream A's position
// after them (STATE_SLOTS each), so the monthly loop resumes stream A instead of drawing them again.
let latentOf = new Float64Array(0);
let streamAOf = new Float64Array(0);
const zScratch: Float64Array[] = [];
// Φ⁻¹((j + ½)/n) for j < n, by eligible count n: the same in every run of a synthetic base (n does not
// change), so computed once instead of n normal quantiles per run. Bounded: a sweep of eligible shares
// makes a few dozen counts at most, and the cache is cleared past that.
const normalByRank = new Map<number, Float64Array>();
const NORMAL_BY_RANK_MAX = 64;

/** Φ⁻¹((j + ½)/n) for j = 0 … n − 1: the normal scores of ranks within an eligible set of n (§8). */
function normalScoresOfRanks(n: number): Float64Array {
  let q = normalByRank.get(n);
  if (!q) {
    if (normalByRank.size >= NORMAL_BY_RANK_MAX) normalByRank.clear();
    q = new Float64Array(n);
    for (let j = 0; j < n; j++) q[j] = normalQuantile((j + 0.5) / n);
    normalByRank.set(n, q);
  }
  return q;
}
// One customer's baseline (world B), stepped once and read by every world: by month t, the order
// uniform, the order count, the spend and the survival uniform. Months after the
// baseline's dropout hold only the two uniforms, drawn when a member world first needs them.
let recOrderU = new Float64Array(0);
let recOrders = new Float64Array(0);
let recSpend = new Float64Array(0);
let recSurviveU = new Float64Array(0);
/** Months of the current customer whose uniforms are in the record. */
let recorded = 0;
// One member's points lots by issue month (§10): members are stepped one at a time, so one array serves all.
let lots = new Float64Array(0);
// Referred customers' totals over a run (REF_* slots of a world's `referral`), added to its totals at the end.
const REF_SPEND = 0, REF_ORDERS = 1, REF_MONTHS = 2, REF_BONUSES = 3, REF_ACTIVE_END = 4, REF_STEPS = 5;
// Month-of-year multipliers of λ for customers of a history (history/seasonality.ts), by (t − 1) mod 12; the
// flat one for everyone else. Multiplying by exactly 1 leaves every rate and every draw bit-identical.
const FLAT_SEASON = new Float64Array(12).fill(1);
// The season of the run being stepped (set once per run by simulateRunShared, read by stepMember).
let season: Float64Array = FLAT_SEASON;
// A seasonal customer's baseline rate and e^(−rate) by (t − 1) mod 12, filled once per customer: no Math.exp per
// customer-month. Without a season the month loop reads λ and e^(−λ) directly (filling these cost 1–2 % of a run).
const lambdaByMonth = new Float64Array(12);
const expByMonth = new Float64Array(12);

/** Whether any §8–9 field needs every customer's spend rank before the monthly loop. */
function needsRanking(prm: ProgramParams): boolean {
  return prm.segments !== null || prm.eligibleTopShare < 1 || prm.selection !== 0 || prm.bySpend[0] !== 1 || prm.bySpend[1] !== 1 || prm.bySpend[2] !== 1;
}

/**
 * MODEL.md §8 spend score, rank and tercile of every customer active at
 * month 0. Draws the latent values from stream A as the monthly loop would,
 * and keeps them with the stream's position (`latentOf`, `streamAOf`) for the
 * monthly loop to resume from, so the ranking pass changes no stream and the
 * latent values are drawn once (drawing them twice cost about 7 % of a run).
 * None of it depends on the program: a world's eligibility is
 * `rank >= firstEligible`, and its normal scores within the eligible set come
 * from `eligibleScores`. Returns the number of active customers.
 */
function rankCustomers(pop: Population, seed: number, run: number): number {
  const N = pop.size;
  if (score.length < N) {
    score = new Float64Array(N);
    order = new Int32Array(N);
    rank = new Int32Array(N);
    tercile = new Uint8Array(N);
    latentOf = new Float64Array(N * LATENT_SLOTS);
    streamAOf = new Float64Array(N * STATE_SLOTS);
  }
  let n = 0;
  for (let i = 0; i < N; i++) {
    rngA.reset(seed, run, i, STREAM_BASELINE);
    drawLatent(pop, i, rngA, latent);
    latentOf.set(latent, i * LATENT_SLOTS);
    rngA.save(streamAOf, i * STATE_SLOTS);
    rank[i] = -1;
    if (latent[ACTIVE] === 0) continue;
    score[i] = (latent[LAMBDA]! * pop.p) / latent[NU]!;
    order[n++] = i;
  }
  // Ascending score, ties by customer index (order holds them ascending): sort-by-score.ts.
  sortByScore(order, n, score);
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    rank[i] = r;
    tercile[i] = Math.floor((3 * r) / n);
  }
  return n;
}

/**
 * g(s) of MODEL.md §9: the share of the effect present in membership month s.
 */
export function effectShape(s: number, ramp: number, halfLife: number, longRun: number): number {
  const grow = ramp > 0 && s < ramp ? s / ramp : 1;
  if (halfLife === Infinity) return grow;
  const after = s - ramp > 0 ? s - ramp : 0;
  return grow * (longRun + (1 - longRun) * Math.pow(2, -after / halfLife));
}

/**
 * MODEL.md §11: the k-th customer referred by customer i, arriving at the
 * start of month `arrival`. Drawn like a synthetic customer from the
 * population's priors (the fitted ones for a history) on a stream of its
 * own, (seed, run, i, STREAM_REFERRED + k), it follows the baseline rules of
 * §2 and counts in the program world times 1 − organic_share; the bonuses are
 * paid in full at its first order within the horizon.
 */
function simulateReferred(pop: Population, seed: number, run: number, i: number, k: number, arrival: number, prm: ProgramParams, out: RunOutput, acc: Float64Array): void {
  const H = prm.horizon;
  const weight = 1 - prm.organicShare;
  const bonus = prm.bonusReferrer + prm.bonusNew;
  rngR.reset(seed, run, i, STREAM_REFERRED + k);
  const lambda = gamma(rngR, pop.r, pop.alpha);
  const p = beta(rngR, pop.a, pop.b);
  const nu = gamma(rngR, pop.q, pop.gamma);
  const expMinusLambda = Math.exp(-lambda);
  const survive = Math.exp(-lambda * p);
  const season = pop.kind === 'history' && pop.season ? pop.season : FLAT_SEASON;
  let first = true;
  for (let t = arrival; t <= H; t++) {
    acc[REF_STEPS]++;
    const sm = season[(t - 1) % 12]!;
    const orders = poissonInverse(rngR.next(), lambda * sm, sm === 1 ? expMinusLambda : Math.exp(-lambda * sm));
    if (orders > 0) {
      const spend = gamma(rngR, orders * pop.p, nu) * weight;
      acc[REF_SPEND] += spend;
      acc[REF_ORDERS] += orders * weight;
      out.monthlyGross[t - 1] += prm.margin * spend;
      if (first) {
        first = false;
        acc[REF_BONUSES] += bonus;
        out.monthlyCost[t - 1] += bonus;
      }
    }
    acc[REF_MONTHS] += weight;
    if (rngR.next() >= survive) return;
  }
  acc[REF_ACTIVE_END] += weight;
}

/**
 * One program world of a run: its parameters, the constants derived from them
 * once per run, and its running totals (named as the RunOutput totals they
 * become). Every variant of a shared run has one.
 */
class World {
  readonly ranked: boolean;
  readonly warm: boolean;
  /** §8: the lowest rank that is eligible, and the eligible count (set when ranked). */
  firstEligible = 0;
  eligibleCount = 0;
  /** §8: by customer, the normal score within the eligible set (filled for eligible customers when selection ≠ 0). */
  zScore: Float64Array | null = null;
  readonly selectionCut: number;
  readonly selectionScale: number;
  /** g(s) of §9 by membership month s (index s), filled once per run: no Math.pow per member-month. */
  readonly shapeBySeason: Float64Array;
  readonly shaped: boolean;
  /** Referred customers' totals (REF_* slots), added to the world's totals at the end. */
  readonly referral = new Float64Array(6);
  /** By month t (1 … H): 1 where a tier review opens ((t − 1) mod review = 0), closes (t mod review = 0), a rebate period closes. */
  readonly reviewStart: Uint8Array;
  readonly reviewEnd: Uint8Array;
  readonly periodEnd: Uint8Array;

  listP = 0; discounts = 0; rebates = 0; pointsIssued = 0; liability = 0;
  benefits = 0; perMemberCosts = 0; windfall = 0; members = 0;
  aliveEndP = 0; ordersP = 0; monthsP = 0;
  memberListB = 0; memberListP = 0; steps = 0;
  joinSpendP = 0; joinSpendB = 0; joinMonths = 0; nonSpend = 0; nonMonths = 0;
  redeemed = 0; expired = 0; forfeited = 0; outstanding = 0; lastPointsActive = 0; redeemedCost = 0;
  pushedOrders = 0; feeIncome = 0; referred = 0; paymentTerms = 0;
  /** §12: Σ over active members of the points held at H × min(1, twin's list spend ÷ member's, months J … H). */
  outstandingAnyway = 0;
  /** §14: points earned by actions and early payment, the actions' value, the early-payment benefit, partners' fees. */
  actionPoints = 0; actionValue = 0; earlyBenefit = 0; partnerFees = 0;
  /** §13: a segmented program's segments, each a world of its own over its customers (null: not segmented). */
  segs: Segments | null = null;

  constructor(
    readonly prm: ProgramParams,
    readonly out: RunOutput,
    pop: Population,
  ) {
    this.ranked = needsRanking(prm);
    this.warm = prm.warmStart && pop.kind === 'synthetic';
    this.selectionCut = prm.selection !== 0 ? normalQuantile(prm.participation) : 0;
    this.selectionScale = Math.sqrt(1 - prm.selection * prm.selection);
    const H = prm.horizon;
    this.shaped = prm.rampMonths > 0 || prm.halfLifeMonths !== Infinity;
    this.shapeBySeason = new Float64Array(this.shaped ? H + 1 : 0);
    for (let s = 1; s <= H && this.shaped; s++) this.shapeBySeason[s] = effectShape(s, prm.rampMonths, prm.halfLifeMonths, prm.longRunShare);
    this.reviewStart = new Uint8Array(H + 1);
    this.reviewEnd = new Uint8Array(H + 1);
    this.periodEnd = new Uint8Array(H + 1);
    for (let t = 1; t <= H; t++) {
      this.reviewStart[t] = (t - 1) % prm.reviewEveryMonths === 0 ? 1 : 0;
      this.reviewEnd[t] = t % prm.reviewEveryMonths === 0 ? 1 : 0;
      this.periodEnd[t] = t % prm.rebatePeriodMonths === 0 ? 1 : 0;
    }
  }

  /** §8 with `active` customers ranked: the top e·n are eligible, n_e = round(e·n) half up, at least 1 (§12). */
  setEligible(active: number): void {
    this.eligibleCount = Math.max(1, Math.floor(this.prm.eligibleTopShare * active + 0.5));
    this.firstEligible = active - this.eligibleCount;
  }
}

/** BASE_* slots of a segment's baseline totals (the unsegmented run keeps them in locals). */
const BASE_LIST = 0, BASE_ORDERS = 1, BASE_MONTHS = 2, BASE_ALIVE_END = 3, BASE_ACTIVE = 4, BASE_SLOTS = 5;

/**
 * MODEL.md §13: a segmented program is one world per segment ("other" last),
 * each stepping its own customers under its own parameters into its own
 * totals; the program's totals are their sums, with the fixed costs added once.
 */
interface Segments {
  sub: World[];
  /** The segment of each customer in this run (by the spend rank; inactive customers are never stepped). */
  of: Int32Array;
  /** Each segment's baseline totals (BASE_* slots). */
  base: Float64Array;
}

/** §13: the segments of world `w` for this run: every active customer to the first segment whose band holds its top rank or whose rule names it. */
function assignSegments(w: World, pop: Population, active: number): void {
  const sp = w.prm.segments!;
  const S = sp.prms.length;
  const sub = sp.prms.map((q) => new World(q, newRunOutput(q.horizon, q.tierMinSpend.length), pop));
  const of = new Int32Array(pop.size).fill(S - 1);
  // RFM classes and columns do not change with the run: their members are worked out once per population
  const members = sp.rules.map((r) => (r ? ruleMembers(r, pop) : null));
  // A band [a, b] holds the customers ranked round(a·n) … round(b·n) − 1 from the top (half up, as §12's n_e).
  const lo = new Int32Array(S - 1);
  const hi = new Int32Array(S - 1);
  for (let k = 0; k < S - 1; k++) {
    lo[k] = Math.floor(sp.bands[2 * k]! * active + 0.5);
    hi[k] = Math.floor(sp.bands[2 * k + 1]! * active + 0.5);
  }
  for (let i = 0; i < pop.size; i++) {
    const r = rank[i]!;
    if (r < 0) continue;
    const top = active - 1 - r;
    for (let k = 0; k < S - 1; k++) {
      const m = members[k];
      if (m ? m[i] === 1 : top >= lo[k]! && top < hi[k]!) {
        of[i] = k;
        break;
      }
    }
  }
  w.segs = { sub, of, base: new Float64Array(S * BASE_SLOTS) };
}

/** §13: the program's totals as the sums of its segments', the fixed monthly cost added once; each segment's kept in `segmentTotals`. */
function finishSegmented(w: World, pop: Population): void {
  const { sub, base } = w.segs!;
  const out = w.out;
  const S = sub.length;
  if (!out.segmentTotals || out.segmentTotals.length !== S * TOTAL_SLOTS) out.segmentTotals = new Float64Array(S * TOTAL_SLOTS);
  let redeemed = 0, left = 0;
  for (let k = 0; k < S; k++) {
    const sw = sub[k]!;
    const b = k * BASE_SLOTS;
    finishWorld(sw, pop, base[b + BASE_LIST]!, base[b + BASE_ORDERS]!, base[b + BASE_MONTHS]!, base[b + BASE_ALIVE_END]!, base[b + BASE_ACTIVE]!);
    const st = sw.out.totals;
    out.segmentTotals.set(st, k * TOTAL_SLOTS);
    for (let j = 0; j < TOTAL_SLOTS; j++) out.totals[j] += st[j]!;
    for (let t = 0; t < out.monthlyGross.length; t++) {
      out.monthlyGross[t] += sw.out.monthlyGross[t]!;
      out.monthlyCost[t] += sw.out.monthlyCost[t]!;
      out.monthlyFee[t] += sw.out.monthlyFee[t]!;
      out.monthlyMembers[t] += sw.out.monthlyMembers[t]!;
      out.monthlyRedeemed[t] += sw.out.monthlyRedeemed[t]!;
      out.monthlyPushed[t] += sw.out.monthlyPushed[t]!;
      out.monthlyReferred[t] += sw.out.monthlyReferred[t]!;
      out.monthlyExtraIncome[t] += sw.out.monthlyExtraIncome[t]!;
    }
    for (let l = 0; l < out.tierMix.length; l++) out.tierMix[l] += sw.out.tierMix[l] ?? 0;
    redeemed += st[T.pointsRedeemed]!;
    left += st[T.pointsRedeemed]! + st[T.pointsExpired]! + st[T.pointsForfeited]!;
  }
  // ρ̂ is a share, not a sum: with balances the points redeemed of the points that left balances (§10), else ρ.
  out.totals[T.effectiveRedemptionShare] = w.prm.balances ? (left > 0 ? redeemed / left : 1) : w.prm.redemptionRate;
  for (let t = 0; t < out.monthlyCost.length; t++) out.monthlyCost[t] += w.prm.monthlyCost;
}

/**
 * Simulates run `run` of `seed` and writes its totals into `out` (zeroed first).
 * Deterministic in (population, params, seed, run): which worker runs it does
 * not matter.
 */
export function simulateRun(pop: Population, prm: ProgramParams, seed: number, run: number, out: RunOutput): void {
  simulateRunShared(pop, [prm], seed, run, [out]);
}

/**
 * Run `run` of `seed` for several programs over the same customers, each
 * program's totals written into its `outs[v]` (zeroed first), bit-identical
 * to `simulateRun` of each alone. The programs must share the horizon: the
 * baseline record is the horizon's months (a batch groups variants by
 * horizon, src/engine/simulate.ts).
 */
export function simulateRunShared(pop: Population, prms: ProgramParams[], seed: number, run: number, outs: RunOutput[]): void {
  const V = prms.length;
  const H = prms[0]!.horizon;
  if (prms.some((p) => p.horizon !== H)) throw new Error('simulateRunShared: the programs of a shared run must have one horizon');
  const worlds: World[] = [];
  for (let v = 0; v < V; v++) {
    const out = outs[v]!;
    out.totals.fill(0);
    out.monthlyGross.fill(0);
    out.monthlyCost.fill(0);
    out.monthlyFee.fill(0);
    out.monthlyMembers.fill(0);
    out.monthlyRedeemed.fill(0);
    out.monthlyPushed.fill(0);
    out.monthlyReferred.fill(0);
    out.monthlyExtraIncome.fill(0);
    out.tierMix.fill(0);
    worlds.push(new World(prms[v]!, out, pop));
  }
  if (window12.length !== 12) window12 = new Float64Array(12);
  if (recOrderU.length < H + 2) {
    recOrderU = new Float64Array(H + 2);
    recOrders = new Float64Array(H + 2);
    recSpend = new Float64Array(H + 2);
    recSurviveU = new Float64Array(H + 2);
  }
  // The record in locals for the customer loop (a module variable is reloaded from its context on every use).
  const orderURec = recOrderU, ordersRec = recOrders, spendRec = recSpend, surviveURec = recSurviveU;
  if (worlds.some((w) => w.prm.balances) && lots.length < H + 2) lots = new Float64Array(H + 2);
  const ranked = worlds.some((w) => w.ranked);
  if (ranked) {
    const active = rankCustomers(pop, seed, run);
    // worlds with the same eligible count share one array of normal scores
    const scores = new Map<number, Float64Array>();
    for (const w of worlds) if (w.prm.segments) assignSegments(w, pop, active);
    const leaves = worlds.flatMap((w) => w.segs?.sub ?? [w]);
    for (const w of leaves) {
      if (!w.ranked) continue;
      w.setEligible(active);
      if (w.prm.selection === 0) continue;
      let z = scores.get(w.eligibleCount);
      if (!z) {
        // scratch kept across runs: the k-th distinct count of a run fills the k-th array
        if (zScratch.length <= scores.size) zScratch.push(new Float64Array(0));
        if (zScratch[scores.size]!.length < pop.size) zScratch[scores.size] = new Float64Array(pop.size);
        z = zScratch[scores.size]!;
        const q = normalScoresOfRanks(w.eligibleCount);
        for (let r = w.firstEligible; r < active; r++) z[order[r]!] = q[r - w.firstEligible]!;
        scores.set(w.eligibleCount, z);
      }
      w.zScore = z;
    }
  }

  const N = pop.size;
  const pgg = pop.p;
  const rA = rngA;
  const lat = latent, lambdaOfMonth = lambdaByMonth, expOfMonth = expByMonth;
  // A history's calendar: λ·s(month) in both worlds; dropout stays flat (docs/model.md, "Seasonality").
  season = pop.kind === 'history' && pop.season ? pop.season : FLAT_SEASON;
  const seasonal = season !== FLAT_SEASON;
  // The baseline's totals: the same in every world, added once.
  let listB = 0, ordersB = 0, monthsB = 0, aliveEndB = 0, activeStart = 0;

  for (let i = 0; i < N; i++) {
    if (ranked) {
      // The ranking pass drew the latent values: continue stream A after them.
      for (let j = 0; j < LATENT_SLOTS; j++) lat[j] = latentOf[i * LATENT_SLOTS + j]!;
      rA.resume(streamAOf, i * STATE_SLOTS);
    } else {
      rA.reset(seed, run, i, STREAM_BASELINE);
      drawLatent(pop, i, rA, lat);
    }
    const uMember = rA.next();
    if (lat[ACTIVE] === 0) continue;
    activeStart++;
    const lambda = lat[LAMBDA]!;
    const nu = lat[NU]!;
    const hazard = lat[HAZARD]!;
    const surviveB = Math.exp(-hazard);
    const expMinusLambda = Math.exp(-lambda);
    if (seasonal) {
      for (let m = 0; m < 12; m++) {
        lambdaOfMonth[m] = lambda * season[m]!;
        expOfMonth[m] = Math.exp(-lambdaOfMonth[m]!);
      }
    }
    let zMember = NaN; // Φ⁻¹(uMember), computed once when a world with selection needs it

    // The baseline, once: stream A's draws in the order a run of one world draws them.
    listB = recordBaseline(rA, H, lambda, expMinusLambda, nu, surviveB, pgg, seasonal, listB);
    const spent = twin[TWIN_SPENT]!;
    const ordered = twin[TWIN_ORDERS]!;
    const months = twin[TWIN_MONTHS]!;
    const alive = twin[TWIN_ALIVE] === 1;
    ordersB += ordered; // whole numbers: the same sum as month by month
    recorded = months;
    monthsB += months;
    if (alive) aliveEndB++;

    for (let v = 0; v < V; v++) {
      let w = worlds[v]!;
      if (w.segs) {
        // §13: the customer lives in its segment's world; the segment's baseline totals gain its twin.
        const k = w.segs.of[i]!;
        const b = w.segs.base;
        // month by month, as a non-member's program-world spend is added: an uninvited segment's two worlds then agree exactly
        let list = b[k * BASE_SLOTS + BASE_LIST]!;
        for (let m = 1; m <= months; m++) list += spendRec[m]!;
        b[k * BASE_SLOTS + BASE_LIST] = list;
        b[k * BASE_SLOTS + BASE_ORDERS] += ordered;
        b[k * BASE_SLOTS + BASE_MONTHS] += months;
        if (alive) b[k * BASE_SLOTS + BASE_ALIVE_END]++;
        b[k * BASE_SLOTS + BASE_ACTIVE]++;
        w = w.segs.sub[k]!;
      }
      const prm = w.prm;
      // §8: who decides to join. With no selection this is exactly uᵢ < participation (§4).
      let decides: boolean;
      if (!w.ranked) decides = uMember < prm.participation;
      else if (rank[i]! < w.firstEligible) decides = false;
      else if (prm.selection === 0) decides = uMember < prm.participation;
      else {
        if (zMember !== zMember) zMember = normalQuantile(uMember);
        decides = w.selectionScale * zMember - prm.selection * w.zScore![i]! < w.selectionCut;
      }
      let J = 1;
      if (decides) {
        rngB.reset(seed, run, i, STREAM_PROGRAM);
        if (prm.joinMonths > 1) J = 1 + Math.floor(prm.joinMonths * rngB.next());
      }
      if (!decides || J > H) {
        // A non-member: identical in both worlds by construction, so the baseline serves both.
        let listP = w.listP;
        let ordersP = w.ordersP;
        for (let m = 1; m <= months; m++) {
          listP += spendRec[m]!;
          ordersP += ordersRec[m]!;
        }
        w.listP = listP;
        w.ordersP = ordersP;
        w.monthsP += months;
        w.steps += months;
        w.nonSpend += spent;
        w.nonMonths += months;
        if (alive) w.aliveEndP++;
        continue;
      }
      const h = w.warm ? (12 * lambda * pgg) / nu : lat[H12]!;
      const spendWeight = w.ranked ? prm.bySpend[tercile[i]!]! : 1;
      me[ME_LAMBDA] = lambda;
      me[ME_NU] = nu;
      me[ME_HAZARD] = hazard;
      me[ME_SURVIVE_B] = surviveB;
      me[ME_H12] = h;
      me[ME_SPEND_WEIGHT] = spendWeight;
      stepMember(w, pop, seed, run, i, J);
    }
  }

  for (const w of worlds) {
    if (w.segs) finishSegmented(w, pop);
    else finishWorld(w, pop, listB, ordersB, monthsB, aliveEndB, activeStart);
  }
}

/** Slots of `twin`, what `recordBaseline` leaves of a customer: spend, orders, months active, 1 if active at H. */
const TWIN_SPENT = 0, TWIN_ORDERS = 1, TWIN_MONTHS = 2, TWIN_ALIVE = 3;
const twin = new Float64Array(4);

/**
 * MODEL.md §2: one customer's baseline month by month from stream A (the
 * order uniform, the order count by inversion, the spend, the survival
 * uniform) into the record, until the dropout or H. A function of its own so
 * that V8 compiles this loop with its draws inlined (inside the run's
 * customer loop the inlining budget ran out). Returns `listB`, the run's
 * baseline list spend, added to month by month as before; the rest in `twin`.
 */
function recordBaseline(rA: Rng, H: number, lambda: number, expMinusLambda: number, nu: number, surviveB: number, pgg: number, seasonal: boolean, listB: number): number {
  const orderURec = recOrderU, ordersRec = recOrders, spendRec = recSpend, surviveURec = recSurviveU;
  const lambdaOfMonth = lambdaByMonth, expOfMonth = expByMonth;
  let t = 1;
  let alive = true;
  let spent = 0;
  let ordered = 0;
  for (; t <= H; t++) {
    const u = rA.next();
    let k: number;
    if (seasonal) {
      const m = (t - 1) % 12;
      k = poissonInverse(u, lambdaOfMonth[m]!, expOfMonth[m]!);
    } else k = poissonInverse(u, lambda, expMinusLambda);
    let s = 0;
    if (k > 0) s = gamma(rA, k * pgg, nu);
    orderURec[t] = u;
    ordersRec[t] = k;
    spendRec[t] = s;
    spent += s;
    listB += s;
    ordered += k;
    const us = rA.next();
    surviveURec[t] = us;
    if (us >= surviveB) {
      alive = false;
      break;
    }
  }
  twin[TWIN_SPENT] = spent;
  twin[TWIN_ORDERS] = ordered;
  twin[TWIN_MONTHS] = alive ? H : t;
  twin[TWIN_ALIVE] = alive ? 1 : 0;
  return listB;
}

/**
 * The member's own values for `stepMember` (slots ME_*): λ, ν, the hazard, e^(−hazard), h of §4.1 and the §9 spend
 * weight. Passed in a typed array rather than as six arguments: a number passed to a function V8 does not inline is
 * boxed on the heap, and those boxes were a good part of the megabytes of garbage a run made.
 */
const ME_LAMBDA = 0, ME_NU = 1, ME_HAZARD = 2, ME_SURVIVE_B = 3, ME_H12 = 4, ME_SPEND_WEIGHT = 5;
const me = new Float64Array(6);

/**
 * Steps customer i, a member of world `w` from month J, in that world beside
 * its baseline twin read from the record (MODEL.md §4, §8–11). The world's
 * running totals are taken into locals (V8 keeps them in registers) and
 * written back at the end: the same additions in the same order as when the
 * customer loop held them.
 */
function stepMember(
  w: World,
  pop: Population,
  seed: number,
  run: number,
  i: number,
  J: number,
): void {
  const lambda = me[ME_LAMBDA]!, nu = me[ME_NU]!, hazard = me[ME_HAZARD]!, surviveB = me[ME_SURVIVE_B]!, h = me[ME_H12]!, spendWeight = me[ME_SPEND_WEIGHT]!;
  const { prm, out, referral, shaped } = w;
  const gOf = w.shapeBySeason;
  const gross = out.monthlyGross;
  const cost = out.monthlyCost;
  const feeM = out.monthlyFee;
  const membersM = out.monthlyMembers;
  const redeemedM = out.monthlyRedeemed;
  const pushedM = out.monthlyPushed;
  const referredM = out.monthlyReferred;
  const H = prm.horizon;
  const m = prm.margin;
  const f = prm.frequencyUplift;
  const c = prm.checkUplift;
  const d = prm.churnReduction;
  const delta = prm.discount;
  const earn = prm.earnPerCurrency;
  // ρ·v·κ: the cost booked per point issued; ρ·v: the liability per point outstanding; both the
  // program's share 1 − f of them when partners fund the rest (§14; × 1 leaves them as they were).
  const keep = programShareOfPoints(prm);
  const pointCost = prm.redemptionRate * prm.pointValue * prm.rewardCostRatio * keep;
  const pointLiability = prm.redemptionRate * prm.pointValue * keep;
  const lagStart = H - prm.redemptionLagMonths; // points issued after this month are still outstanding at H
  const levels = prm.tierMinSpend.length;
  const minSpend = prm.tierMinSpend;
  const review = prm.reviewEveryMonths;
  const period = prm.rebatePeriodMonths;
  const brackets = prm.bracketMinSpend.length;
  const perMember = prm.perMemberMonthly;
  const pgg = pop.p;
  const balances = prm.balances;
  const threshold = prm.threshold;
  const propensity = prm.propensity;
  const pressure = prm.pressure;
  const lift = 1 + prm.postRewardLift;
  const expiry = prm.expiryMonths;
  const redeemCost = prm.pointValue * prm.rewardCostRatio * keep;
  const hasActions = prm.actions;
  const partnerFee = prm.partnerFee;
  const extraM = out.monthlyExtraIncome;
  const rebatePush = brackets > 0 && period > 1 && prm.rebatePush > 0;
  const rebateReachShare = 1 - prm.rebateReach;
  const rebatePull = Math.max(0, 1 - prm.rebatePullForward * prm.rebatePush);
  const tierPush = levels > 1 && prm.tierPush > 0;
  const tierReachShare = 1 - prm.tierReach;
  const tierPull = Math.max(0, 1 - prm.tierPullForward * prm.tierPush);
  const feeMonthly = prm.feeMonthly;
  const feeYearly = prm.feeYearly;
  const referralMean = prm.referralRate / 12;
  const expMinusReferral = Math.exp(-referralMean);
  // Module scratch and the run's season in locals: a module variable is reloaded from its context on every
  // use in the month loop (the draws between uses could, for all the compiler knows, have replaced it).
  const orderURec = recOrderU, ordersRec = recOrders, spendRec = recSpend, surviveURec = recSurviveU;
  const rA = rngA, rB = rngB;
  const lotsOf = lots, actOut = actionsOut;
  const sea = season;
  const seasonal = sea !== FLAT_SEASON;
  // Which months open a review, close one, close a rebate period: tables of the world, not a % per month.
  const { reviewStart, reviewEnd, periodEnd } = w;
  let rec = recorded;
  let listP = w.listP, discounts = w.discounts, rebates = w.rebates, pointsIssued = w.pointsIssued, liability = w.liability, benefits = w.benefits, perMemberCosts = w.perMemberCosts, windfall = w.windfall, members = w.members, aliveEndP = w.aliveEndP, ordersP = w.ordersP, monthsP = w.monthsP, memberListB = w.memberListB, memberListP = w.memberListP, steps = w.steps, joinSpendP = w.joinSpendP, joinSpendB = w.joinSpendB, joinMonths = w.joinMonths, nonSpend = w.nonSpend, nonMonths = w.nonMonths, redeemed = w.redeemed, expired = w.expired, forfeited = w.forfeited, outstanding = w.outstanding, lastPointsActive = w.lastPointsActive, redeemedCost = w.redeemedCost, pushedOrders = w.pushedOrders, feeIncome = w.feeIncome, referred = w.referred, paymentTerms = w.paymentTerms;

  // A member from month J: the baseline twin (world B, read from the record) and the member (world P) side by side.
  const win = window12;
  win.fill(0);
  let winSum = 0; // list spend of the previous 12 program-world months
  let aliveB = true;
  let aliveP = true;
  let joined = false;
  let preSpend = 0, preMonths = 0; // before J: non-member spend and months if the customer never joins
  let level = 0;
  // Per-level values, refreshed when a review changes the level.
  let discountRate = 0, earnRate = 0, benefitMonth = 0, benefitOrder = 0, termsRate = 0;
  let levelF = 1, levelC = 1, levelD = 1, rewardFactor = 1;
  let levelSet = -1;
  // Per-month rates, and their exponentials computed only when a month needs them and the rate changed
  // (lambdaE and hazardE: the rates expMinusLambdaP and surviveP are for).
  let lambdaP = -1, hazardP = -1, cFactorMonth = 0;
  let lambdaE = -1, expMinusLambdaP = 0, hazardE = -1, surviveP = 0;
  // The cheap lower bounds of e^(−rate) (expMinusLowerBound) and the rates they are for.
  let lambdaL = -1, lambdaBound = 0, hazardL = -1, hazardBound = 0;
  // Rebate period accumulators: net revenue Q, and list spend in both worlds for the windfall split.
  let periodQ = 0, periodListB = 0, periodListP = 0;
  let lastPoints = 0; // points issued in the last redemption-lag months
  // §10 balances and push state.
  let balance = 0, oldest = 0, liftUntil = 0, cumB = 0, cumP = 0;
  let pulledRebate = false, pulledTier = false;
  let referredByMe = 0;
  // §14: the member's points earned by purchases and in all, for the windfall share of its redemptions.
  let purchaseCum = 0, pointsCum = 0;

  for (let t = 1; t <= H && (aliveB || aliveP); t++) {
    steps++;
    if (!joined) {
      if (t === J) {
        joined = true;
        members++;
        oldest = t;
      } else {
        // Before J the customer is not a member: identical in both worlds (§8).
        const k = ordersRec[t]!;
        const s = spendRec[t]!;
        listP += s;
        preSpend += s;
        preMonths++;
        ordersP += k;
        monthsP++;
        const slot = t % 12;
        winSum += s - win[slot]!;
        win[slot] = s;
        if (surviveURec[t]! >= surviveB) aliveB = aliveP = false;
        continue;
      }
    }

    if (aliveP && (t === J || reviewStart[t] === 1)) {
      // MODEL.md §4.1: months before month 1 count as h spread evenly.
      const W = winSum + (t < 13 ? (h * (13 - t)) / 12 : 0);
      level = 0;
      for (let l = levels - 1; l > 0; l--) {
        if (minSpend[l]! <= W) {
          level = l;
          break;
        }
      }
    }
    if (aliveP && level !== levelSet) {
      levelSet = level;
      levelF = 1 + prm.tierFrequencyUplift[level]!;
      levelC = 1 + prm.tierCheckUplift[level]!;
      levelD = 1 - prm.tierChurnReduction[level]!;
      rewardFactor = prm.tierRewardFactor[level]!;
      discountRate = delta + prm.tierDiscount[level]!;
      earnRate = earn * prm.tierPointsMultiplier[level]!;
      benefitMonth = prm.tierBenefitPerMonth[level]!;
      benefitOrder = prm.tierBenefitPerOrder[level]!;
      termsRate = prm.tierPaymentTermsRate[level]!;
    }

    let pushFactor = 1;
    let pullFactor = 1;
    if (aliveP) {
      // §9: the program-wide effects in membership month s, by spend tercile and reward size.
      const g = shaped ? gOf[t - J + 1]! : 1;
      const scale = g * spendWeight * rewardFactor;
      let fFactor = 1 + f * scale;
      if (fFactor < 0) fFactor = 0;
      let cFactor = 1 + c * scale;
      if (cFactor < 0) cFactor = 0;
      const dEff = d * scale;
      // §10 multipliers of the order rate: goal gradient, post-reward lift, push and pull-forward.
      let extra = 1;
      if (balances) {
        if (pressure > 0) extra *= 1 + pressure * (balance < threshold ? balance / threshold : 1);
        if (t <= liftUntil) extra *= lift;
      }
      if (pulledRebate) pullFactor *= rebatePull;
      if (pulledTier) pullFactor *= tierPull;
      pulledRebate = pulledTier = false;
      if (rebatePush && periodEnd[t] === 1) {
        // "So far": the period's net revenue before its last month; B: the lowest bracket above it.
        for (let j = 0; j < brackets; j++) {
          const B = prm.bracketMinSpend[j]!;
          if (B > periodQ) {
            if (periodQ >= rebateReachShare * B) {
              pushFactor *= 1 + prm.rebatePush;
              pulledRebate = t < H;
            }
            break;
          }
        }
      }
      if (tierPush && reviewEnd[t] === 1 && t < H) {
        // The trailing spend before this month, with what is left of h; B: the lowest level above it.
        const spend = winSum - win[t % 12]! + (t < 12 ? (h * (12 - t)) / 12 : 0);
        for (let l = 1; l < levels; l++) {
          const B = minSpend[l]!;
          if (B > spend) {
            if (spend >= tierReachShare * B) {
              pushFactor *= 1 + prm.tierPush;
              pulledTier = true;
            }
            break;
          }
        }
      }
      let lp = lambda * fFactor * levelF * extra * pushFactor * pullFactor;
      if (lp < 0) lp = 0;
      lambdaP = lp;
      // §4.8: the baseline hazard reduced, not the uplifted one (see §2).
      hazardP = hazard * (1 - (dEff < 1 ? dEff : 1)) * levelD;
      cFactorMonth = cFactor * levelC;
    }

    if (t > rec) {
      // After the baseline's dropout stream A still gives the month's two uniforms.
      orderURec[t] = rA.next();
      surviveURec[t] = rA.next();
      rec = t;
    }
    const u = orderURec[t]!;
    let kB = 0;
    let sB = 0;
    if (aliveB) {
      kB = ordersRec[t]!;
      sB = spendRec[t]!;
      memberListB += sB;
      joinSpendB += sB;
      cumB += sB;
    }

    let sP = 0;
    if (aliveP) {
      // The program's rate in this calendar month: the same multiplier as the twin's.
      const sm = seasonal ? sea[(t - 1) % 12]! : 1;
      const lpm = lambdaP * sm;
      // Most months u is below a cheap bound of e^(−λ): no order, and no Math.exp (expMinusLowerBound),
      // the bound itself recomputed only when the rate changed (most months it does not).
      if (lpm !== lambdaL) {
        lambdaL = lpm;
        lambdaBound = expMinusLowerBound(lpm);
      }
      let kP = 0;
      if (!(u < lambdaBound)) {
        if (sm === 1 && lambdaE !== lambdaP) {
          lambdaE = lambdaP;
          expMinusLambdaP = Math.exp(-lambdaP);
        }
        kP = poissonInverse(u, lpm, sm === 1 ? expMinusLambdaP : Math.exp(-lpm));
      }
      if (pushFactor !== 1) {
        // The orders push added: the same uniform inverted at the unpushed rate.
        const lq = lpm / pushFactor;
        const pushed = kP - poissonInverse(u, lq, Math.exp(-lq));
        pushedOrders += pushed;
        pushedM[t - 1] += pushed;
      }
      // The member's orders are the twin's plus extra ones: the extra value
      // comes on top, from stream B (MODEL.md §2). Fewer orders than the twin
      // (a negative uplift) keep a Beta share of the twin's value, which is
      // again Gamma(kP·p, ν).
      let base = 0;
      if (kB > 0 && kP >= kB) base = sB + (kP > kB ? gamma(rB, (kP - kB) * pgg, nu) : 0);
      else if (kB > 0) base = kP > 0 ? sB * beta(rB, kP * pgg, (kB - kP) * pgg) : 0;
      else if (kP > 0) base = gamma(rB, kP * pgg, nu);
      sP = base * cFactorMonth;
      cumP += sP;

      const discount = sP * discountRate;
      const net = sP - discount;
      let points = net * earnRate;
      // §14: windfall is of rewards on purchases; action points reward actions, so only purchase points count there.
      const purchasePoints = points;
      if (hasActions) {
        // §14: action points are points (this month's lot); their value and the early-payment benefit are income.
        monthActions(prm, rB, net, actOut);
        const actionPoints = actOut[ACT_POINTS]!;
        const income = actOut[ACT_VALUE]! + actOut[ACT_EARLY]!;
        points += actionPoints;
        purchaseCum += purchasePoints;
        pointsCum += points;
        w.actionPoints += actionPoints;
        w.actionValue += actOut[ACT_VALUE]!;
        w.earlyBenefit += actOut[ACT_EARLY]!;
        extraM[t - 1] += income;
      }
      if (partnerFee !== 0 && !balances) {
        // §14: partners pay c per point redeemed; booked with the points' cost, at issue (accrual, §4.5).
        const fee = points * prm.redemptionRate * partnerFee;
        w.partnerFees += fee;
        extraM[t - 1] += fee;
      }
      const pointsCostNow = points * pointCost;
      // Windfall: the share of this month's purchases the twin made anyway.
      const anyway = sP > 0 ? (sB < sP ? sB / sP : 1) : 0;
      let monthCost = discount + pointsCostNow + benefitMonth + benefitOrder * kP + perMember;
      windfall += (discount + (hasActions ? purchasePoints * pointCost : pointsCostNow)) * anyway;
      if (termsRate > 0) {
        // §11: longer payment terms cost the capital tied up in this month's net revenue.
        const terms = net * termsRate;
        paymentTerms += terms;
        monthCost += terms;
      }

      if (brackets > 0) {
        periodQ += net;
        periodListB += sB;
        periodListP += sP;
        if (periodEnd[t] === 1) {
          // §4.6: the highest bracket reached applies to the whole period.
          let rate = 0;
          for (let j = brackets - 1; j >= 0; j--) {
            if (prm.bracketMinSpend[j]! <= periodQ) {
              rate = prm.bracketRate[j]!;
              break;
            }
          }
          const rebate = rate * periodQ;
          if (rebate > 0) {
            rebates += rebate;
            monthCost += rebate;
            windfall += rebate * (periodListP > 0 ? Math.min(1, periodListB / periodListP) : 0);
          }
          periodQ = 0;
          periodListB = 0;
          periodListP = 0;
        }
      }

      if (balances) {
        // §10 (a) the month's points as a new lot, (b) expiry, (c) redemption, oldest lots first.
        lotsOf[t] = points;
        balance += points;
        while (oldest <= t && t - oldest >= expiry) {
          expired += lotsOf[oldest]!;
          balance -= lotsOf[oldest]!;
          lotsOf[oldest++] = 0;
        }
        if (oldest > t) balance = 0;
        if (balance >= threshold && rB.next() < propensity) {
          const amount = Math.floor(balance / threshold) * threshold;
          let rest = amount;
          while (rest > 0 && oldest <= t) {
            const lot = lotsOf[oldest]!;
            if (lot <= rest) {
              rest -= lot;
              lotsOf[oldest++] = 0;
            } else {
              lotsOf[oldest] = lot - rest;
              rest = 0;
            }
          }
          balance = oldest > t ? 0 : balance - amount;
          redeemed += amount;
          redeemedM[t - 1] += amount;
          const spentCost = amount * redeemCost;
          if (partnerFee !== 0) {
            // §14: the partners' fee per point redeemed, when it is redeemed.
            w.partnerFees += amount * partnerFee;
            extraM[t - 1] += amount * partnerFee;
          }
          redeemedCost += spentCost;
          monthCost += spentCost;
          // Windfall of a redemption: over the member's months from J to now.
          let windfallShare = cumP > 0 ? Math.min(1, cumB / cumP) : 0;
          // §14: of the points redeemed, the member's share earned by purchases (the rest rewarded actions)
          if (hasActions) windfallShare *= pointsCum > 0 ? purchaseCum / pointsCum : 0;
          windfall += spentCost * windfallShare;
          liftUntil = t + prm.postRewardMonths;
        }
      }

      if (feeMonthly > 0 || feeYearly > 0) {
        const fee = feeMonthly + ((t - J) % 12 === 0 ? feeYearly : 0);
        feeIncome += fee;
        feeM[t - 1] += fee;
      }

      if (referralMean > 0) {
        // §11: this month's referrals arrive at the start of the next; each on its own stream.
        const count = poissonInverse(rB.next(), referralMean, expMinusReferral);
        for (let k = 0; k < count; k++, referredByMe++) {
          if (t >= H) continue; // referred in month H: arrives after the horizon
          // §12: every arrival counts (the bonuses are paid on each); only its spend is weighted.
          referred++;
          referredM[t]++;
          simulateReferred(pop, seed, run, i, referredByMe, t + 1, prm, out, referral);
        }
      }

      listP += sP;
      memberListP += sP;
      joinSpendP += sP;
      joinMonths++;
      membersM[t - 1]++;
      ordersP += kP;
      monthsP++;
      discounts += discount;
      pointsIssued += points;
      if (t > lagStart) lastPoints += points;
      benefits += benefitMonth + benefitOrder * kP;
      perMemberCosts += perMember;
      cost[t - 1] += monthCost;

      const slot = t % 12;
      winSum += sP - win[slot]!;
      win[slot] = sP;
    }
    gross[t - 1] += m * (sP - sB);

    const us = surviveURec[t]!;
    if (aliveB && us >= surviveB) aliveB = false;
    // Below a cheap bound of e^(−hazard) the member survives for certain; above it the exact value decides.
    if (aliveP && hazardP !== hazardL) {
      hazardL = hazardP;
      hazardBound = expMinusLowerBound(hazardP);
    }
    if (aliveP && !(us < hazardBound)) {
      if (hazardE !== hazardP) {
        hazardE = hazardP;
        surviveP = Math.exp(-hazardP);
      }
      if (us >= surviveP) {
        aliveP = false;
        // §10: a member who drops out forfeits the balance.
        if (balances) {
          forfeited += balance;
          balance = 0;
          for (let k = oldest; k <= t; k++) lotsOf[k] = 0;
        }
      }
    }
  }
  if (!joined) {
    // Dropped out before J: a non-member all along.
    nonSpend += preSpend;
    nonMonths += preMonths;
  }
  if (aliveP) {
    aliveEndP++;
    if (joined) {
      out.tierMix[level]++;
      liability += lastPoints * pointLiability;
      lastPointsActive += lastPoints;
      if (balances) {
        outstanding += balance;
        // §12: the horizon accrual of these points has the windfall share of a redemption now.
        if (balance > 0 && cumP > 0) w.outstandingAnyway += balance * Math.min(1, cumB / cumP) * (hasActions ? (pointsCum > 0 ? purchaseCum / pointsCum : 0) : 1);
        for (let k = oldest; k <= H; k++) lotsOf[k] = 0;
      }
    }
  }

  w.listP = listP;
  w.discounts = discounts;
  w.rebates = rebates;
  w.pointsIssued = pointsIssued;
  w.liability = liability;
  w.benefits = benefits;
  w.perMemberCosts = perMemberCosts;
  w.windfall = windfall;
  w.members = members;
  w.aliveEndP = aliveEndP;
  w.ordersP = ordersP;
  w.monthsP = monthsP;
  w.memberListB = memberListB;
  w.memberListP = memberListP;
  w.steps = steps;
  w.joinSpendP = joinSpendP;
  w.joinSpendB = joinSpendB;
  w.joinMonths = joinMonths;
  w.nonSpend = nonSpend;
  w.nonMonths = nonMonths;
  w.redeemed = redeemed;
  w.expired = expired;
  w.forfeited = forfeited;
  w.outstanding = outstanding;
  w.lastPointsActive = lastPointsActive;
  w.redeemedCost = redeemedCost;
  w.pushedOrders = pushedOrders;
  w.feeIncome = feeIncome;
  w.referred = referred;
  w.paymentTerms = paymentTerms;
  recorded = rec;
}

/** Writes world `w`'s totals into its RunOutput, with the baseline's (the same in every world). */
function finishWorld(w: World, pop: Population, listB: number, ordersB: number, monthsB: number, aliveEndB: number, activeStart: number): void {
  const { prm, out, referral } = w;
  const tot = out.totals;
  const gross = out.monthlyGross;
  const cost = out.monthlyCost;
  const feeM = out.monthlyFee;
  const membersM = out.monthlyMembers;
  const redeemedM = out.monthlyRedeemed;
  const pushedM = out.monthlyPushed;
  const referredM = out.monthlyReferred;
  const H = prm.horizon;
  const rho = prm.redemptionRate;
  // §14: the program's share 1 − f of each point's cost and liability (× 1 without partners).
  const keep = programShareOfPoints(prm);
  const pointCost = prm.redemptionRate * prm.pointValue * prm.rewardCostRatio * keep;
  const redeemCost = prm.pointValue * prm.rewardCostRatio * keep;
  const balances = prm.balances;
  let listP = w.listP, discounts = w.discounts, rebates = w.rebates, pointsIssued = w.pointsIssued, liability = w.liability, benefits = w.benefits, perMemberCosts = w.perMemberCosts, windfall = w.windfall, members = w.members, aliveEndP = w.aliveEndP, ordersP = w.ordersP, monthsP = w.monthsP, memberListB = w.memberListB, memberListP = w.memberListP, steps = w.steps, joinSpendP = w.joinSpendP, joinSpendB = w.joinSpendB, joinMonths = w.joinMonths, nonSpend = w.nonSpend, nonMonths = w.nonMonths, redeemed = w.redeemed, expired = w.expired, forfeited = w.forfeited, outstanding = w.outstanding, lastPointsActive = w.lastPointsActive, redeemedCost = w.redeemedCost, pushedOrders = w.pushedOrders, feeIncome = w.feeIncome, referred = w.referred, paymentTerms = w.paymentTerms;
  if (referred > 0) {
    listP += referral[REF_SPEND]!;
    ordersP += referral[REF_ORDERS]!;
    monthsP += referral[REF_MONTHS]!;
    // §12: active-customer and churn KPIs are of the original base; referred arrivals have their own line.
    steps += referral[REF_STEPS]!;
  }
  const scale = pop.scale;
  // §10 at the horizon: the outstanding balance is booked at the share ρ̂ that left balances by redemption.
  let share = rho;
  let pointsCostTotal = pointsIssued * pointCost;
  let pointsRedeemed = pointsIssued * rho;
  let breakage = pointsIssued * (1 - rho);
  let outstandingPoints = lastPointsActive;
  if (balances) {
    const left = redeemed + expired + forfeited;
    share = left > 0 ? redeemed / left : 1;
    const accrual = redeemCost * share * outstanding;
    cost[H - 1] += accrual;
    // §12: split into windfall and incremental like a redemption, member by member.
    windfall += redeemCost * share * w.outstandingAnyway;
    pointsCostTotal = redeemedCost + accrual;
    pointsRedeemed = redeemed;
    breakage = pointsIssued - redeemed - share * outstanding;
    outstandingPoints = outstanding;
    liability = prm.pointValue * share * outstanding * keep;
  }
  tot[T.listSpendBaseline] = listB * scale;
  tot[T.listSpendProgram] = listP * scale;
  tot[T.discounts] = discounts * scale;
  tot[T.rebates] = rebates * scale;
  tot[T.pointsIssued] = pointsIssued * scale;
  tot[T.pointsCost] = pointsCostTotal * scale;
  tot[T.pointsRedeemed] = pointsRedeemed * scale;
  tot[T.pointsBreakage] = breakage * scale;
  tot[T.pointsLiability] = liability * scale;
  tot[T.benefits] = benefits * scale;
  tot[T.perMemberCosts] = perMemberCosts * scale;
  tot[T.windfallCost] = windfall * scale;
  tot[T.members] = members * scale;
  tot[T.activeAtStart] = activeStart * scale;
  tot[T.activeAtHorizonBaseline] = aliveEndB * scale;
  tot[T.activeAtHorizonProgram] = aliveEndP * scale;
  tot[T.ordersBaseline] = ordersB * scale;
  tot[T.ordersProgram] = ordersP * scale;
  tot[T.activeMonthsBaseline] = monthsB * scale;
  tot[T.activeMonthsProgram] = monthsP * scale;
  tot[T.memberListSpendBaseline] = memberListB * scale;
  tot[T.memberListSpendProgram] = memberListP * scale;
  tot[T.customerMonths] = steps;
  tot[T.memberSpendFromJoin] = joinSpendP * scale;
  tot[T.twinSpendFromJoin] = joinSpendB * scale;
  tot[T.memberMonthsFromJoin] = joinMonths * scale;
  tot[T.nonMemberSpend] = nonSpend * scale;
  tot[T.nonMemberMonths] = nonMonths * scale;
  tot[T.pointsExpired] = expired * scale;
  tot[T.pointsForfeited] = forfeited * scale;
  tot[T.pointsOutstanding] = outstandingPoints * scale;
  tot[T.effectiveRedemptionShare] = share;
  tot[T.pushedOrders] = pushedOrders * scale;
  tot[T.feeIncome] = feeIncome * scale;
  tot[T.referredCustomers] = referred * scale;
  tot[T.referralRevenue] = referral[REF_SPEND]! * scale;
  tot[T.referredActiveAtHorizon] = referral[REF_ACTIVE_END]! * scale;
  tot[T.referralBonuses] = referral[REF_BONUSES]! * scale;
  tot[T.paymentTermsCost] = paymentTerms * scale;
  if (prm.actions || prm.partnerShare !== 0 || prm.partnerFee !== 0) {
    tot[T.actionPoints] = w.actionPoints * scale;
    tot[T.actionValue] = w.actionValue * scale;
    tot[T.earlyPaymentBenefit] = w.earlyBenefit * scale;
    tot[T.partnerFeeIncome] = w.partnerFees * scale;
    // f × the points' whole cost (before the partners' share) + c × redeemed: what partners pay in all.
    const wholeCost = balances ? prm.pointValue * prm.rewardCostRatio * (redeemed + share * outstanding) : pointsIssued * prm.redemptionRate * prm.pointValue * prm.rewardCostRatio;
    tot[T.partnerFunding] = partnerFunding(prm, wholeCost, w.partnerFees) * scale;
  }
  if (scale !== 1) {
    for (let t = 0; t < H; t++) {
      gross[t] *= scale;
      cost[t] *= scale;
      feeM[t] *= scale;
      membersM[t] *= scale;
      redeemedM[t] *= scale;
      pushedM[t] *= scale;
      referredM[t] *= scale;
      out.monthlyExtraIncome[t] *= scale;
    }
    for (let l = 0; l < out.tierMix.length; l++) out.tierMix[l] *= scale;
  }
  // Program-level running costs (§4): every month, whether or not anyone is left.
  for (let t = 0; t < H; t++) cost[t] += prm.monthlyCost;
}
