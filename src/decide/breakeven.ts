/**
 * `breakeven`: the value of one input at which mean net incremental profit
 * (MODEL.md §5) is zero: "what must be true for this to pay back?".
 *
 * Every evaluation is a full simulation of a variant (src/decide/variant.ts)
 * on the same seed, so the mean is a smooth, near-monotone function of the
 * input (common random numbers: only the input changes between evaluations).
 * The root is bracketed over the field's valid range, then narrowed by
 * regula falsi with the Illinois modification (a bracketing method that, like
 * bisection, always keeps the root inside, but converges in a few steps on
 * the near-linear curves the model gives).
 *
 * Its Monte Carlo uncertainty: with another seed the curve moves up or down by
 * about the standard error of the mean at the root, so the root moves by
 * se(mean N at root) / |slope|, the slope read off the bracket.
 */
import type { Draft } from '../draft/schema.js';
import type { Population } from '../engine/population.js';
import { metricValues } from '../engine/summary.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { meanAndSe } from '../engine/standard-error.js';
import { withBatch, type Batch, type BatchOptions } from './batch.js';
import { currentValue, describeVariation, draftError, fieldRange, isIntegerField, resolveNumeric, searchInterval, variantUnchecked } from './variant.js';

export interface Evaluation {
  value: number;
  /** Mean net incremental profit and its standard error at this value. */
  mean: number;
  se: number;
}

export interface BreakevenResult {
  path: string;
  /** The break-even value, or null when no value in the searched range breaks even. */
  value: number | null;
  /** Monte Carlo standard error of the value (null without a value). */
  se: number | null;
  /** The last bracket that holds the root; without a root, the searched range. */
  bracket: [number, number];
  /** The range searched: the field's valid range (open ends pulled in, uplifts [−0.5, 3], unbounded ends expanded). */
  searched: [number, number];
  /** Runs per evaluation. */
  runs: number;
  /** Every evaluation, in order. */
  evaluations: Evaluation[];
  /** The draft's own value of the field (a distribution's mean) and the mean net profit there. */
  current: Evaluation;
  /** Without a root: whether mean net profit stays positive or negative over the whole searched range. */
  sign?: 'positive' | 'negative';
  /** How the value is applied (set, or a distribution shifted), in words. */
  how: string;
  /** Set when the answer came from the field's direction alone: a cost only lowers profit (issue 29). */
  monotone?: 'decreasing';
}

export interface BreakevenOptions {
  /** Evaluations (full simulations) at most; default 40. */
  maxEvaluations?: number;
  /** Stop once |mean net profit| is below this many of its standard errors (default 0.1). */
  tolerance?: number;
}

/** The value nearest `from` toward `to` at which the variant draft is still valid (bisection on validity, no simulation). */
function validEnd(draft: Draft, path: string, from: number, to: number): number {
  const ok = (v: number) => draftError(variantUnchecked(draft, path, v)) === undefined;
  if (ok(to)) return to;
  let good = from;
  let bad = to;
  for (let i = 0; i < 60; i++) {
    const mid = (good + bad) / 2;
    if (ok(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

/** Slope of mean net profit around the root, from the nearest evaluations on each side that differ clearly. */
function slopeAround(evals: Evaluation[], root: number): number {
  const left = evals.filter((e) => e.value < root).sort((a, b) => b.value - a.value);
  const right = evals.filter((e) => e.value > root).sort((a, b) => a.value - b.value);
  let i = 0;
  let j = 0;
  while (left[i] && right[j]) {
    const l = left[i]!;
    const r = right[j]!;
    const dy = r.mean - l.mean;
    if (Math.abs(dy) > 4 * Math.hypot(l.se, r.se) || (!left[i + 1] && !right[j + 1])) return dy / (r.value - l.value);
    if (!right[j + 1] || (left[i + 1] && root - left[i + 1]!.value < right[j + 1]!.value - root)) i++;
    else j++;
  }
  // one side only (the root is an evaluated end): the two evaluations nearest the root
  const near = [...evals].sort((a, b) => Math.abs(a.value - root) - Math.abs(b.value - root));
  const a = near[0]!;
  const b = near.find((e) => e.value !== a.value);
  return b ? (b.mean - a.mean) / (b.value - a.value) : NaN;
}

/** Solves mean net incremental profit = 0 for the field at `path`. */
export async function solveBreakeven(draft: Draft, path: string, pop: Population, opts: BatchOptions, o: BreakevenOptions = {}): Promise<BreakevenResult> {
  return withBatch(pop, opts, 3, (batch) => search(draft, path, batch, opts, o));
}

/** The bracketing and Illinois search of {@link solveBreakeven}, on one batch. */
async function search(draft: Draft, path: string, batch: Batch, opts: BatchOptions, o: BreakevenOptions): Promise<BreakevenResult> {
  const maxEvaluations = o.maxEvaluations ?? 40;
  const tolerance = o.tolerance ?? 0.1;
  resolveNumeric(draft, path);
  if (isIntegerField(path)) throw new UserError(msg().decideErrors.wholeNoBreakeven(path), msg().decideErrors.wholeNoBreakevenHint(path));
  const how = describeVariation(draft, path);
  const evaluations: Evaluation[] = [];
  const f = async (value: number): Promise<Evaluation> => {
    const result = await batch.run(variantUnchecked(draft, path, value));
    const { mean, se } = meanAndSe(metricValues(result, 'netIncrementalProfit'), result.errorDesign);
    const ev = { value, mean, se };
    evaluations.push(ev);
    return ev;
  };
  const x0 = currentValue(draft, path);
  const base = await f(x0);
  const finish = (r: Omit<BreakevenResult, 'path' | 'runs' | 'evaluations' | 'current' | 'how'>): BreakevenResult => ({
    path,
    runs: opts.runs,
    evaluations,
    current: base,
    how,
    ...r,
  });

  // the valid range, as far as the variant stays a valid draft (a shifted distribution's min must stay in range too)
  const unbounded = fieldRange(path).hi === Infinity && searchInterval(path, Infinity)[1] === Infinity;
  const [lo0, hi0] = searchInterval(path, Math.max(2 * Math.abs(x0), 1));
  const lo = validEnd(draft, path, x0, Math.min(lo0, x0));
  let hi = validEnd(draft, path, x0, Math.max(hi0, x0));
  if (base.mean === 0) return finish({ value: x0, se: 0, bracket: [x0, x0], searched: [lo, hi] });

  // bracket: the current value against each end; an unbounded end grows ×4 up to 12 times
  let a: Evaluation | undefined;
  let b: Evaluation | undefined;
  const opposite = (e: Evaluation) => Math.sign(e.mean) !== Math.sign(base.mean);
  // A cost (costs.launch, monthly, per_member_monthly) only subtracts from
  // profit, run by run on the same seed: profit falls as it rises. Negative at
  // the lowest cost means negative at every cost, so the search stops there
  // instead of raising the cost ×4 twelve times (14 simulations to 838 bn);
  // positive at the draft's cost means the root can only lie above it.
  const decreasing = path.startsWith('costs.');
  if (decreasing && base.mean < 0 && lo < x0) {
    batch.plan(2);
    const eLo = await f(lo);
    if (eLo.mean === 0) return finish({ value: lo, se: 0, bracket: [lo, lo], searched: [lo, x0] });
    if (eLo.mean < 0) return finish({ value: null, se: null, bracket: [lo, x0], searched: [lo, x0], sign: 'negative', monotone: 'decreasing' });
    [a, b] = [eLo, base];
  } else if (decreasing && base.mean < 0) {
    return finish({ value: null, se: null, bracket: [lo, x0], searched: [lo, x0], sign: 'negative', monotone: 'decreasing' });
  }
  if (!a && lo < x0 && !(decreasing && base.mean > 0)) {
    batch.plan(3);
    const eLo = await f(lo);
    if (eLo.mean === 0) return finish({ value: lo, se: 0, bracket: [lo, lo], searched: [lo, hi] });
    if (opposite(eLo)) [a, b] = [eLo, base];
  }
  for (let grow = 0; !a && hi > x0 && grow < (unbounded ? 12 : 1); grow++) {
    if (grow > 0) hi = validEnd(draft, path, x0, hi * 4);
    batch.plan(evaluations.length + 1);
    const eHi = await f(hi);
    if (eHi.mean === 0) return finish({ value: hi, se: 0, bracket: [hi, hi], searched: [lo, hi] });
    if (opposite(eHi)) [a, b] = [base, eHi];
  }
  if (!a || !b) {
    return finish({ value: null, se: null, bracket: [lo, hi], searched: [lo, hi], sign: base.mean > 0 ? 'positive' : 'negative' });
  }

  // Illinois: regula falsi that halves the stale end's weight, so both ends keep moving
  let fa = a.mean;
  let fb = b.mean;
  let best = Math.abs(a.mean) < Math.abs(b.mean) ? a : b;
  let side = 0;
  while (evaluations.length < maxEvaluations) {
    if (Math.abs(best.mean) <= tolerance * best.se) break;
    if (Math.abs(b.value - a.value) <= 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value))) break;
    let x = b.value - (fb * (b.value - a.value)) / (fb - fa);
    if (!(x > Math.min(a.value, b.value) && x < Math.max(a.value, b.value))) x = (a.value + b.value) / 2;
    batch.plan(evaluations.length + 2);
    const c = await f(x);
    if (Math.abs(c.mean) < Math.abs(best.mean)) best = c;
    if (Math.sign(c.mean) === Math.sign(b.mean)) {
      b = c;
      fb = c.mean;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = c;
      fa = c.mean;
      if (side === 1) fb /= 2;
      side = 1;
    }
    if (c.mean === 0) break;
  }
  const slope = slopeAround(evaluations, best.value);
  const se = Number.isFinite(slope) && slope !== 0 ? best.se / Math.abs(slope) : null;
  const bracket: [number, number] = [Math.min(a.value, b.value), Math.max(a.value, b.value)];
  return finish({ value: best.value, se, bracket, searched: [lo, hi] });
}
