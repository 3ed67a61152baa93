/**
 * How the pilot's effects build up (issue 22 part 2): the effects are fitted
 * under MODEL.md §9's ramp g(s) = min(1, s/R) for a grid of R, each R's
 * likelihood says how well it explains the months, and the full-size effects
 * written back are averaged over the grid with those weights (Bayesian model
 * averaging), so the ramp's own doubt is in the written sd. Beyond R = P (the
 * pilot's months) every ramp has the same shape inside the pilot: the data
 * then fix only f/R, so the ramps of P months or more share the prior weight
 * of one ramp (`rampPrior`; each shorter ramp has one), and the grid's tail
 * (⌈1.5P⌉ and 2P), which joins when a ramp as long as the pilot keeps a
 * weight of 5 % or more, carries the extrapolation. The draft's `ramp_months` is tested
 * against the best ramp by the likelihood ratio (χ²₁, 5 %). Pure.
 */
import { normalCdf } from '../random/special.js';
import { calibrate, type Calibration, type Estimate, fitMonthly, fitShape, type MonthEffect, orderModel, type ShapeFit, withStandardErrors } from './effect-models.js';
import type { PilotPanel } from './panel.js';

/** χ²₁'s 95 % point: a ramp whose likelihood ratio to the best exceeds it is not supported. */
const LR_CRITICAL = 3.841458820694124;
/** Grid points whose weight is below this get no standard error (they add nothing to the average). */
const NEGLIGIBLE = 1e-4;

/** g(s) = min(1, s/R) for the pilot's months s = 1..P (all 1 when R ≤ 1: full size from the first month). */
export function rampShape(R: number, P: number): number[] {
  return Array.from({ length: P }, (_, m) => (R > 1 ? Math.min(1, (m + 1) / R) : 1));
}

/**
 * The ramps tried (whole months, as the draft's ramp_months is): 0, 2..P and
 * the draft's own when it is within the pilot; with `tail`, also ⌈1.5P⌉, 2P
 * and the draft's own beyond P.
 */
export function rampGrid(P: number, draftRamp?: number, tail = false): number[] {
  const grid = new Set<number>([0]);
  for (let R = 2; R <= P; R++) grid.add(R);
  if (tail) {
    grid.add(Math.ceil(1.5 * P));
    grid.add(2 * P);
  }
  if (draftRamp !== undefined && draftRamp > 1 && (tail || draftRamp <= P)) grid.add(draftRamp);
  return [...grid].filter((R) => R === 0 || R > 1).sort((a, b) => a - b);
}

/**
 * The prior weight of ramp R on a grid with `alike` ramps of P months or
 * more: 1 for a ramp shorter than the pilot, 1/alike for one as long or
 * longer. Ramps longer than the pilot look alike inside it (g = s/R for
 * every month s: one shape, scaled), so together they get the weight of one;
 * with one unit each, 6, 9 and 12 months inside a 6-month pilot held 3/8 of
 * the prior and pulled the written churn sd of a 4-month pilot to 0.23.
 */
export function rampPrior(R: number, P: number, alike: number): number {
  return R >= P ? 1 / Math.max(1, alike) : 1;
}

/** The ramps longer than the pilot join the average when a ramp as long as the pilot keeps at least this weight. */
const TAIL_WEIGHT = 0.05;

export interface RampPoint {
  rampMonths: number;
  logLikelihood: number;
  weight: number;
  frequency: Estimate;
  check: Estimate;
  churn: Estimate;
}

export interface WrittenEffect {
  /** Full-size effect (MODEL.md §4's f, c, d before §9's ramp): the weighted mean over the ramps. */
  mean: number;
  /** sd = √(Σ w·(se² + (est − mean)²)): the estimate's and the ramp's doubt. */
  sd: number;
  /** P(effect > 0) under normal(mean, sd). */
  pPositive: number;
}

export interface RampTest {
  rampMonths: number;
  /** 2·(ℓ(best) − ℓ(draft's ramp)). */
  lr: number;
  supported: boolean;
}

export interface ModelEffects {
  calibration: Calibration;
  customers: { treatment: number; control: number };
  months: number;
  frequency: WrittenEffect;
  check: WrittenEffect;
  churn: WrittenEffect;
  /** The best ramp and the grid it was chosen from. */
  fittedRamp: number;
  ramps: RampPoint[];
  /** Weight of the ramps longer than the pilot: the full size is then an extrapolation. */
  extrapolated: number;
  draftRamp?: RampTest;
  /** Free effects per pilot month (absent when not asked for). */
  monthly?: MonthEffect[];
  converged: boolean;
}

export interface ModelEffectsOptions {
  /** The draft's `effects.ramp_months` (its mean when uncertain). */
  draftRamp?: number;
  /** Fit the month-by-month effects too (the chart; default true). */
  monthly?: boolean;
}

function average(points: RampPoint[], pick: (p: RampPoint) => Estimate): WrittenEffect {
  let mean = 0;
  for (const p of points) if (p.weight > 0) mean += p.weight * pick(p).estimate;
  let v = 0;
  for (const p of points) if (p.weight > 0) v += p.weight * (pick(p).se ** 2 + (pick(p).estimate - mean) ** 2);
  const sd = Math.sqrt(v);
  return { mean, sd, pPositive: sd > 0 ? normalCdf(mean / sd) : mean > 0 ? 1 : 0 };
}

/**
 * The pilot's effects on the model's scale, with the ramp from the data.
 *
 * @example
 * const m = modelEffects(pilotPanel(byId, rows, start, end), { draftRamp: 4 });
 * m.frequency // { mean: 0.19, sd: 0.02, pPositive: 1 }
 * m.draftRamp // { rampMonths: 4, lr: 12.3, supported: false }
 */
export function modelEffects(panel: PilotPanel, o: ModelEffectsOptions = {}): ModelEffects {
  const cal = calibrate(panel);
  const om = orderModel(panel, cal);
  const P = panel.months;
  const fits = new Map<number, ShapeFit>();
  let prev: ShapeFit | undefined;
  const fitAll = (grid: number[]): void => {
    for (const R of grid) {
      if (fits.has(R)) continue;
      prev = fitShape(om, rampShape(R, P), prev, false);
      fits.set(R, prev);
    }
  };
  const ll = (R: number) => fits.get(R)!.llOrders + fits.get(R)!.llValue;
  const weights = (grid: number[]) => {
    const top = Math.max(...grid.map(ll));
    const alike = grid.filter((R) => R >= P).length;
    const raw = grid.map((R) => rampPrior(R, P, alike) * Math.exp(ll(R) - top));
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((w) => w / total);
  };
  let grid = rampGrid(P, o.draftRamp);
  fitAll(grid);
  // a pilot that cannot rule out a ramp as long as itself cannot rule out a longer one either (same shape inside the pilot)
  const atP = grid.indexOf(P);
  if (atP >= 0 && weights(grid)[atP]! >= TAIL_WEIGHT) {
    grid = rampGrid(P, o.draftRamp, true);
    fitAll(grid);
  } else if (o.draftRamp !== undefined && o.draftRamp > P) fitAll([o.draftRamp]);
  const best = grid.reduce((a, b) => (ll(b) > ll(a) ? b : a));
  const raw = weights(grid);
  const ramps: RampPoint[] = grid.map((R, k) => {
    let weight = raw[k]!;
    let fit = fits.get(R)!;
    if (weight >= NEGLIGIBLE) fit = withStandardErrors(fit);
    else weight = 0;
    return { rampMonths: R, logLikelihood: ll(R), weight, frequency: fit.frequency, check: fit.check, churn: fit.churn };
  });
  const kept = ramps.reduce((s, p) => s + p.weight, 0);
  for (const p of ramps) p.weight /= kept;
  let treatment = 0;
  for (let i = 0; i < panel.n; i++) treatment += panel.treated[i]!;
  const draft = o.draftRamp !== undefined ? (o.draftRamp > 1 ? o.draftRamp : 0) : undefined;
  const lr = draft !== undefined ? 2 * (ll(best) - ll(draft)) : NaN;
  return {
    calibration: cal,
    customers: { treatment, control: panel.n - treatment },
    months: P,
    frequency: average(ramps, (p) => p.frequency),
    check: average(ramps, (p) => p.check),
    churn: average(ramps, (p) => p.churn),
    fittedRamp: best,
    ramps,
    extrapolated: ramps.filter((p) => p.rampMonths > P).reduce((s, p) => s + p.weight, 0),
    ...(draft !== undefined ? { draftRamp: { rampMonths: o.draftRamp!, lr, supported: lr <= LR_CRITICAL } } : {}),
    ...(o.monthly === false ? {} : { monthly: fitMonthly(om) }),
    converged: [...fits.values()].every((f) => f.converged),
  };
}

/** The model-scale effects as --json writes them (the calibration, the effects, the ramp grid and test, the months). */
export function modelJson(m: ModelEffects): Record<string, unknown> {
  return {
    calibration: m.calibration,
    customers: m.customers,
    months: m.months,
    frequencyUplift: m.frequency,
    checkUplift: m.check,
    churnReduction: m.churn,
    fittedRamp: m.fittedRamp,
    extrapolated: m.extrapolated,
    ramps: m.ramps,
    ...(m.draftRamp ? { draftRamp: m.draftRamp } : {}),
    monthly: m.monthly ?? [],
    converged: m.converged,
  };
}
