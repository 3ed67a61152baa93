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
 * The monthly step is written inline in the customer loop rather than as a
 * function: its state is a dozen locals that V8 keeps in registers, and the
 * loop allocates nothing (STYLE.md habit 9; measured by `npm run bench`).
 */
import { beta, gamma, poissonInverse } from '../random/distributions.js';
import { Rng } from '../random/rng.js';
import type { ProgramParams } from './params.js';
import { ACTIVE, H12, HAZARD, LAMBDA, LATENT_SLOTS, NU, drawLatent, type Population } from './population.js';
import { T, type RunOutput } from './totals.js';

const STREAM_BASELINE = 0;
const STREAM_PROGRAM = 1;

// Scratch reused across runs of one thread: no allocation per customer.
const rngA = new Rng(0, 0, 0, STREAM_BASELINE);
const rngB = new Rng(0, 0, 0, STREAM_PROGRAM);
const latent = new Float64Array(LATENT_SLOTS);
let window12 = new Float64Array(12);

/**
 * Simulates run `run` of `seed` and writes its totals into `out` (zeroed first).
 * Deterministic in (population, params, seed, run): which worker runs it does
 * not matter.
 */
export function simulateRun(pop: Population, prm: ProgramParams, seed: number, run: number, out: RunOutput): void {
  const tot = out.totals;
  const gross = out.monthlyGross;
  const cost = out.monthlyCost;
  tot.fill(0);
  gross.fill(0);
  cost.fill(0);
  out.tierMix.fill(0);
  if (window12.length !== 12) window12 = new Float64Array(12);

  const H = prm.horizon;
  const N = pop.size;
  const pgg = pop.p;
  const m = prm.margin;
  const participation = prm.participation;
  const f = prm.frequencyUplift;
  const c = prm.checkUplift;
  const d = prm.churnReduction;
  const delta = prm.discount;
  const earn = prm.earnPerCurrency;
  // ρ·v·κ: the cost booked per point issued; ρ·v: the liability per point outstanding.
  const pointCost = prm.redemptionRate * prm.pointValue * prm.rewardCostRatio;
  const pointLiability = prm.redemptionRate * prm.pointValue;
  const rho = prm.redemptionRate;
  const lagStart = H - prm.redemptionLagMonths; // points issued after this month are still outstanding at H
  const levels = prm.tierMinSpend.length;
  const minSpend = prm.tierMinSpend;
  const review = prm.reviewEveryMonths;
  const period = prm.rebatePeriodMonths;
  const brackets = prm.bracketMinSpend.length;
  const perMember = prm.perMemberMonthly;

  // Accumulators (locals, written to `tot` once at the end).
  let listB = 0, listP = 0, discounts = 0, rebates = 0, pointsIssued = 0, liability = 0;
  let benefits = 0, perMemberCosts = 0, windfall = 0, members = 0, activeStart = 0;
  let aliveEndB = 0, aliveEndP = 0, ordersB = 0, ordersP = 0, monthsB = 0, monthsP = 0;
  let memberListB = 0, memberListP = 0, steps = 0;

  for (let i = 0; i < N; i++) {
    rngA.reset(seed, run, i, STREAM_BASELINE);
    drawLatent(pop, i, rngA, latent);
    const uMember = rngA.next();
    if (latent[ACTIVE] === 0) continue;
    activeStart++;
    const lambda = latent[LAMBDA]!;
    const nu = latent[NU]!;
    const hazard = latent[HAZARD]!;
    const surviveB = Math.exp(-hazard);
    const expMinusLambda = Math.exp(-lambda);

    if (uMember >= participation) {
      // A non-member: identical in both worlds by construction, so one pass serves both.
      let t = 1;
      let alive = true;
      for (; t <= H; t++) {
        const k = poissonInverse(rngA.next(), lambda, expMinusLambda);
        if (k > 0) {
          const s = gamma(rngA, k * pgg, nu);
          listB += s;
          listP += s;
          ordersB += k;
          ordersP += k;
        }
        if (rngA.next() >= surviveB) {
          alive = false;
          break;
        }
      }
      const months = alive ? H : t;
      monthsB += months;
      monthsP += months;
      steps += months;
      if (alive) {
        aliveEndB++;
        aliveEndP++;
      }
      continue;
    }

    // A member: the baseline twin (world B) and the member (world P) side by side.
    members++;
    rngB.reset(seed, run, i, STREAM_PROGRAM);
    const h = latent[H12]!;
    const win = window12;
    win.fill(0);
    let winSum = 0; // list spend of the previous 12 program-world months
    let aliveB = true;
    let aliveP = true;
    let level = 0;
    // Per-level values, refreshed when a review changes the level.
    let lambdaP = 0, expMinusLambdaP = 0, surviveP = 0, spendFactor = 0, discountRate = 0, earnRate = 0;
    let benefitMonth = 0, benefitOrder = 0;
    let levelSet = -1;
    // Rebate period accumulators: net revenue Q, and list spend in both worlds for the windfall split.
    let periodQ = 0, periodListB = 0, periodListP = 0;
    let lastPoints = 0; // points issued in the last redemption-lag months

    for (let t = 1; t <= H && (aliveB || aliveP); t++) {
      steps++;
      if (aliveP && (t - 1) % review === 0) {
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
        lambdaP = lambda * (1 + f) * (1 + prm.tierFrequencyUplift[level]!);
        expMinusLambdaP = Math.exp(-lambdaP);
        // §4.8: the baseline hazard reduced, not the uplifted one (see §2).
        surviveP = Math.exp(-hazard * (1 - d) * (1 - prm.tierChurnReduction[level]!));
        spendFactor = (1 + c) * (1 + prm.tierCheckUplift[level]!);
        discountRate = delta + prm.tierDiscount[level]!;
        earnRate = earn * prm.tierPointsMultiplier[level]!;
        benefitMonth = prm.tierBenefitPerMonth[level]!;
        benefitOrder = prm.tierBenefitPerOrder[level]!;
      }

      const u = rngA.next();
      let kB = 0;
      let sB = 0;
      if (aliveB) {
        kB = poissonInverse(u, lambda, expMinusLambda);
        if (kB > 0) sB = gamma(rngA, kB * pgg, nu);
        listB += sB;
        memberListB += sB;
        ordersB += kB;
        monthsB++;
      }

      let sP = 0;
      if (aliveP) {
        const kP = poissonInverse(u, lambdaP, expMinusLambdaP);
        // The member's orders are the twin's plus extra ones: the extra value
        // comes on top, from stream B (MODEL.md §2). Fewer orders than the twin
        // (a negative uplift) keep a Beta share of the twin's value, which is
        // again Gamma(kP·p, ν).
        let base = 0;
        if (kB > 0 && kP >= kB) base = sB + (kP > kB ? gamma(rngB, (kP - kB) * pgg, nu) : 0);
        else if (kB > 0) base = kP > 0 ? sB * beta(rngB, kP * pgg, (kB - kP) * pgg) : 0;
        else if (kP > 0) base = gamma(rngB, kP * pgg, nu);
        sP = base * spendFactor;

        const discount = sP * discountRate;
        const net = sP - discount;
        const points = net * earnRate;
        const pointsCostNow = points * pointCost;
        // Windfall: the share of this month's purchases the twin made anyway.
        const anyway = sP > 0 ? (sB < sP ? sB / sP : 1) : 0;
        let monthCost = discount + pointsCostNow + benefitMonth + benefitOrder * kP + perMember;
        windfall += (discount + pointsCostNow) * anyway;

        if (brackets > 0) {
          periodQ += net;
          periodListB += sB;
          periodListP += sP;
          if (t % period === 0) {
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

        listP += sP;
        memberListP += sP;
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

      const us = rngA.next();
      if (aliveB && us >= surviveB) aliveB = false;
      if (aliveP && us >= surviveP) aliveP = false;
    }
    if (aliveB) aliveEndB++;
    if (aliveP) {
      aliveEndP++;
      out.tierMix[level]++;
      liability += lastPoints * pointLiability;
    }
  }

  const scale = pop.scale;
  tot[T.listSpendBaseline] = listB * scale;
  tot[T.listSpendProgram] = listP * scale;
  tot[T.discounts] = discounts * scale;
  tot[T.rebates] = rebates * scale;
  tot[T.pointsIssued] = pointsIssued * scale;
  tot[T.pointsCost] = pointsIssued * pointCost * scale;
  tot[T.pointsRedeemed] = pointsIssued * rho * scale;
  tot[T.pointsBreakage] = pointsIssued * (1 - rho) * scale;
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
  if (scale !== 1) {
    for (let t = 0; t < H; t++) {
      gross[t] *= scale;
      cost[t] *= scale;
    }
    for (let l = 0; l < out.tierMix.length; l++) out.tierMix[l] *= scale;
  }
  // Program-level running costs (§4): every month, whether or not anyone is left.
  for (let t = 0; t < H; t++) cost[t] += prm.monthlyCost;
}
