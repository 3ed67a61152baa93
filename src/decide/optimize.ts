/**
 * `optimize`: the design (up to six numeric fields, each in a box) that
 * maximises an expected objective — mean NPV, net incremental profit or ROI
 * (MODEL.md §5) — subject to risk and budget constraints (src/decide/constraint.ts).
 *
 * Every candidate of the search is a variant of the draft (src/decide/variant.ts)
 * run on the same seed, so all candidates see the same customers, baseline and
 * draws of the uncertain inputs (common random numbers): the search compares
 * designs on a smooth, deterministic surface instead of on noise. Runs are
 * spent where they matter:
 *
 *  1. a space-filling start: a Latin hypercube of 4d + 4 points in the box
 *     (scaled to [0, 1]^d) plus the draft's own point when it lies inside;
 *  2. successive halving (Jamieson & Talwalkar, AISTATS 2016): every start
 *     point on a quarter of --runs, the better half on half, the better half
 *     of those on all --runs (a bad design shows itself on few runs);
 *  3. a compass (coordinate pattern) search in the scaled box from the best
 *     of those on the full CRN objective (Kolda, Lewis & Torczon, SIAM Review
 *     45 (2003) 385–482): poll ±step along each axis, move to the best
 *     improvement, else halve the step; it stops at a step of 1/128 of the
 *     range (one unit for whole-number fields), or as soon as no neighbour
 *     differs from the incumbent by more than one paired standard error —
 *     finer steps could not be told apart from Monte Carlo noise;
 *  4. a confirmation on a FRESH seed (runs the search never saw) of the
 *     chosen design beside the draft: this, with its standard error, is the
 *     result, so the optimiser's winner's curse does not leak into it.
 *
 * A constraint counts as met in the search only when it holds by at least
 * SAFE_SE (2) standard errors of its statistic on the search runs, so that the
 * chosen design still meets it on runs it has not seen (the confirmation, an
 * independent `simulate`); the confirmation reports each margin and whether
 * it holds there.
 *
 * A candidate that breaks the draft rules (e.g. tier levels out of order) is
 * infeasible without being simulated. Feasible candidates beat infeasible
 * ones; among infeasible ones, the smaller scaled violation wins.
 */
import { inputLang, lang, msg } from '../i18n/index.js';
import { readNumber } from '../i18n/number-input.js';
import type { Draft } from '../draft/schema.js';
import type { MetricKey, Summary } from '../engine/metrics.js';
import { summarize } from '../engine/metrics.js';
import type { Population } from '../engine/population.js';
import type { SimulationResult } from '../engine/simulate.js';
import { metricValues, summarizeSimulation } from '../engine/summary.js';
import { runDesign } from '../random/lhs.js';
import { UserError } from '../errors.js';
import { withBatch, type Batch, type BatchOptions } from './batch.js';
import { meanAndSe, type ErrorDesign } from '../engine/standard-error.js';
import { comparePair, type Comparison } from './compare.js';
import { checkConstraint, SAFE_SE, type Constraint, type ConstraintCheck } from './constraint.js';
import { getPath, PathError, setPath } from '../draft/paths.js';
import { currentValue, draftError, fieldRange, isIntegerField, resolveNumeric, variant, variantUnchecked } from './variant.js';
import { MAX_PARAMETERS, type Objective } from './optimize-limits.js';

// what optimize may maximise and how many fields it searches: apart, for the command's registration (issue 26)
export { MAX_PARAMETERS, OBJECTIVES, type Objective } from './optimize-limits.js';
export const OBJECTIVE_METRIC: Record<Objective, MetricKey> = { npv: 'npv', net: 'netIncrementalProfit', roi: 'roi' };

/** The finest step of the local search, as a share of each range. */
export const MIN_STEP = 1 / 128;
/** Candidate values lie on a lattice of this many steps per range (so a candidate's value prints and writes exactly). */
const LATTICE = 1024;

export interface SearchRange {
  path: string;
  lo: number;
  hi: number;
  /** A whole-number field: candidates are rounded to whole numbers. */
  integer: boolean;
  /**
   * docs/model.md §13: a segment's `invite` as a yes/no variable (1: invited,
   * 0: not), searched as a whole number in [0, 1] and written back as true/false.
   */
  yesNo?: boolean;
}

/** `segments.<name>.invite`: the paths optimize takes as yes/no variables. */
const INVITE_PATH = /^segments\.(?:[^.]+|\[\d+\])\.invite$|^segments\[\d+\]\.invite$/;

const r = () => msg().optimize.range;

/** Parses `PATH=LO:HI`; numbers may be written with a % sign (5% is 0.05). */
export function parseRange(spec: string): SearchRange {
  // a segment's invitation is a yes/no variable: no range to give
  if (INVITE_PATH.test(spec.trim())) return { path: spec.trim(), lo: 0, hi: 1, integer: true, yesNo: true };
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new UserError(r().noPath(spec), r().format);
  const path = spec.slice(0, eq).trim();
  const parts = spec.slice(eq + 1).split(':');
  if (parts.length !== 2) throw new UserError(r().needsLoHi(spec), r().format);
  const num = (s: string, what: string): number => {
    // 5% is 0.05, 0,05 too, 500 000 ₽ is 500000 (src/i18n/number-input.ts)
    const x = readNumber(s, inputLang(), { percent: true, currency: true });
    if (!x.ok) throw new UserError(r().notNumber(spec, what, s), r().format);
    return x.value;
  };
  const lo = num(parts[0]!, 'LO');
  const hi = num(parts[1]!, 'HI');
  if (!(lo < hi)) throw new UserError(r().loBelowHi(path, lo, hi), r().format);
  const integer = isIntegerField(path);
  if (integer && !(Number.isInteger(lo) && Number.isInteger(hi))) throw new UserError(r().whole(path));
  return { path, lo, hi, integer };
}

export interface OptimizeOptions {
  objective: Objective;
  constraints: Constraint[];
  /** Runs of the confirmation on a fresh seed (default: the batch's --runs). */
  confirmRuns?: number;
}

/** One candidate evaluated on the search seed. */
export interface Evaluation {
  values: number[];
  runs: number;
  stage: 'start' | 'halving' | 'local';
  objective: { mean: number; se: number };
  feasible: boolean;
  /** Sum of the violated constraints' shortfalls, each scaled by its bound or its metric's spread (0 when feasible). */
  violation: number;
  checks: ConstraintCheck[];
  npv: Summary;
  programCost: Summary;
  /** The objective per run (for paired differences; not in JSON). */
  perRun: Float64Array;
  /** How the runs were sampled, for their standard errors (not in JSON). */
  design: ErrorDesign;
}

export interface FrontierPoint {
  values: number[];
  npvMean: number;
  npvP5: number;
  programCost: number;
  feasible: boolean;
}

export interface Confirmed {
  objective: { mean: number; se: number };
  checks: ConstraintCheck[];
  /** Every constraint holds on the confirmation runs. */
  feasible: boolean;
}

export interface OptimizeResult {
  objective: Objective;
  metric: MetricKey;
  ranges: SearchRange[];
  constraints: Constraint[];
  /** The draft's own value of each field (a distribution's mean). */
  current: number[];
  /** The chosen design: its values and the draft with them. */
  best: { values: number[]; draft: Draft; search: Evaluation };
  /** Whether any evaluated design met every constraint on the search seed. */
  found: boolean;
  /** The draft and the chosen design on a fresh seed: what gets printed. */
  confirmation: {
    seed: number;
    runs: number;
    design: Confirmed;
    draft: Confirmed;
    /** drafts[0] is the draft, drafts[1] the chosen design; one pair. */
    comparison: Comparison;
    /** Mean paired difference of the objective (design − draft) and its standard error. */
    gain: { mean: number; se: number };
  };
  /** Every candidate evaluated, in order. */
  evaluations: Evaluation[];
  /** Designs evaluated on all --runs that no other beats on both mean NPV and P5 NPV, by mean NPV. */
  frontier: FrontierPoint[];
  /** Candidates rejected by the draft rules without simulating (e.g. tier levels out of order). */
  invalid: number;
  searchSeed: number;
  searchRuns: number;
  simulations: number;
  runs: number;
  customerMonths: number;
}

/** A seed the search never used, for the confirmation (a fixed mix of the search seed, so it is reproducible). */
export function confirmationSeed(seed: number): number {
  const s = (Math.imul((seed % 2 ** 32) ^ 0x5bd1e995, 0x85ebca6b) ^ 0x27d4eb2f) >>> 0;
  return s === seed ? s + 1 : s;
}

/** Checks the search box against the draft before any simulation: paths, count, and both ends of each range valid. */
export function checkRanges(draft: Draft, ranges: SearchRange[]): void {
  if (ranges.length < 1) throw new UserError(r().none);
  if (ranges.length > MAX_PARAMETERS) {
    throw new UserError(r().tooMany(ranges.length, MAX_PARAMETERS), r().tooManyHint);
  }
  const seen = new Set<string>();
  for (const r of ranges) {
    if (seen.has(r.path)) throw new UserError(msg().optimize.range.twice(r.path), msg().optimize.range.twiceHint);
    seen.add(r.path);
    if (r.yesNo) {
      resolveInvite(draft, r.path);
      continue;
    }
    resolveNumeric(draft, r.path);
    const f = fieldRange(r.path);
    const inside = (v: number) => (f.loOpen ? v > f.lo : v >= f.lo) && (f.hiOpen ? v < f.hi : v <= f.hi);
    for (const v of [r.lo, r.hi]) {
      if (!inside(v)) {
        throw new UserError(msg().optimize.range.outside(r.path, v, `${f.loOpen ? '(' : '['}${f.lo}, ${f.hi}${f.hiOpen ? ')' : ']'}`), msg().optimize.range.outsideHint);
      }
    }
    // with one field the ends must make valid drafts; with several, fields that depend on each other
    // (tier levels in order) may clash at some corners, and the search rejects those designs one by one
    if (ranges.length === 1) {
      variant(draft, r.path, r.lo);
      variant(draft, r.path, r.hi);
    }
  }
}

/** The invitation at a segment path: the segment must exist (an unknown name is a UserError naming the segments). */
function resolveInvite(draft: Draft, path: string): boolean {
  try {
    const v = getPath(draft, path);
    if (typeof v === 'boolean') return v;
  } catch (err) {
    if (!(err instanceof PathError)) throw err;
  }
  const names = (draft.segments ?? []).map((s) => s.name);
  throw new UserError(msg().segments.noSegment(path, names.join(', ')), msg().segments.noSegmentHint);
}

/** The draft's own value of a searched field: a distribution's mean, an invitation as 1 or 0. */
export function rangeValue(draft: Draft, r: SearchRange): number {
  return r.yesNo ? (resolveInvite(draft, r.path) ? 1 : 0) : currentValue(draft, r.path);
}

/** The values at a point of the scaled box, on the lattice (whole numbers for whole-number fields). */
export function valuesAt(ranges: SearchRange[], x: number[]): number[] {
  return ranges.map((r, k) => {
    const u = Math.round(Math.min(1, Math.max(0, x[k]!)) * LATTICE) / LATTICE;
    const v = r.lo + u * (r.hi - r.lo);
    if (r.integer) return Math.round(v);
    // a round decimal about a thousandth of the range: 198,900 rather than 198,964.84
    const res = Math.pow(10, Math.floor(Math.log10((r.hi - r.lo) / LATTICE)));
    return Number((Math.round(v / res) * res).toPrecision(12));
  });
}

/** The draft with every searched field set (a distribution shifted), or the rule it breaks. */
export function designDraft(draft: Draft, ranges: SearchRange[], values: number[]): { draft: Draft } | { error: string } {
  let d = draft;
  ranges.forEach((r, k) => {
    if (r.yesNo) {
      d = structuredClone(d);
      setPath(d, r.path, values[k]! >= 0.5);
    } else d = variantUnchecked(d, r.path, values[k]!);
  });
  const error = draftError(d);
  return error ? { error } : { draft: d };
}

/** Whether evaluation a is better than b: feasible first, then the smaller violation, then the higher objective. */
export function better(a: Evaluation, b: Evaluation): boolean {
  if (a.feasible !== b.feasible) return a.feasible;
  if (!a.feasible) return a.violation < b.violation || (a.violation === b.violation && a.objective.mean > b.objective.mean);
  return a.objective.mean > b.objective.mean;
}

/** The constraints on one simulation, and the objective. */
function assess(result: SimulationResult, metric: MetricKey, constraints: Constraint[]): Omit<Evaluation, 'values' | 'runs' | 'stage'> {
  const perRun = metricValues(result, metric);
  const s = meanAndSe(perRun, result.errorDesign);
  let violation = 0;
  const checks = constraints.map((c) => {
    const values = metricValues(result, c.metric);
    const check = checkConstraint(c, values, result.errorDesign);
    if (!check.safe) {
      const spread = summarize(values);
      const scale = c.stat.kind === 'probability' ? 1 : Math.max(Math.abs(c.bound), (spread.p95 ?? 0) - (spread.p5 ?? 0), 1e-9);
      // the shortfall from the safe side of the bound (SAFE_SE standard errors inside it)
      const short = SAFE_SE * (Number.isFinite(check.se) ? check.se : 0) - check.margin;
      violation += Number.isFinite(short) ? Math.max(short, 0) / scale + 1e-12 : 1e9;
    }
    return check;
  });
  const npv = summarize(metricValues(result, 'npv'), result.errorDesign);
  const programCost = summarize(metricValues(result, 'programCost'), result.errorDesign);
  return {
    objective: { mean: Number.isFinite(s.mean) ? s.mean : -Infinity, se: s.se },
    feasible: checks.every((c) => c.safe) && Number.isFinite(s.mean),
    violation,
    checks,
    npv,
    programCost,
    perRun,
    design: result.errorDesign,
  };
}

/** Standard error of the mean paired difference of two evaluations on the same runs. */
function pairedSe(a: Evaluation, b: Evaluation): number {
  const n = Math.min(a.perRun.length, b.perRun.length);
  const diff = new Float64Array(n);
  for (let i = 0; i < n; i++) diff[i] = a.perRun[i]! - b.perRun[i]!;
  return meanAndSe(diff, a.design).se;
}

/** Searches the box for the best design (see the file comment). */
export async function optimizeDraft(draft: Draft, ranges: SearchRange[], pop: Population, opts: BatchOptions, o: OptimizeOptions): Promise<OptimizeResult> {
  checkRanges(draft, ranges);
  const metric = OBJECTIVE_METRIC[o.objective];
  const confirmRuns = o.confirmRuns ?? opts.runs;
  return withBatch(pop, opts, 0, (batch) => search(draft, ranges, batch, opts, o, metric, confirmRuns));
}

/** The search itself, on one batch (one pool of workers for the search seed). */
async function search(draft: Draft, ranges: SearchRange[], batch: Batch, opts: BatchOptions, o: OptimizeOptions, metric: MetricKey, confirmRuns: number): Promise<OptimizeResult> {
  const d = ranges.length;
  const R = opts.runs;
  const n0 = Math.min(32, 4 * d + 4);
  const rungs = [...new Set([Math.max(Math.ceil(R / 4), Math.min(R, 8)), Math.max(Math.ceil(R / 2), Math.min(R, 8)), R])];
  // a first estimate for the progress bar: the start, the halving, about 6 polls per field, the confirmation
  batch.planRuns(n0 * rungs[0]! + Math.ceil(n0 / 2) * (rungs[1] ?? 0) + 12 * d * R + 2 * confirmRuns);

  const evaluations: Evaluation[] = [];
  const cache = new Map<string, Evaluation | null>(); // by values and runs; null: breaks the draft rules
  let invalid = 0;
  /**
   * Evaluates candidates on `runs` runs of the search seed, all new ones side
   * by side (one baseline per customer and run); one result per candidate,
   * null for one that breaks the draft rules, a repeat served from the cache.
   */
  const evaluateAll = async (candidates: number[][], runs: number, stage: Evaluation['stage']): Promise<(Evaluation | null)[]> => {
    const fresh: { key: string; values: number[]; draft: Draft }[] = [];
    for (const values of candidates) {
      const key = `${values.join(',')}@${runs}`;
      if (cache.has(key) || fresh.some((f) => f.key === key)) continue;
      const design = designDraft(draft, ranges, values);
      if ('error' in design) {
        invalid++;
        cache.set(key, null);
      } else fresh.push({ key, values, draft: design.draft });
    }
    const results = await batch.runAll(fresh.map((f) => ({ draft: f.draft })), { runs });
    fresh.forEach((f, k) => {
      const e: Evaluation = { values: f.values, runs, stage, ...assess(results[k]!, metric, o.constraints) };
      evaluations.push(e);
      cache.set(f.key, e);
    });
    return candidates.map((values) => cache.get(`${values.join(',')}@${runs}`)!);
  };
  const rank = (es: Evaluation[]) => [...es].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));

  // 1. space-filling start (and the draft itself when it lies in the box)
  const lhs = runDesign({ seed: (opts.seed ^ 0x4f505431) >>> 0, runs: n0, dims: d, sampling: 'lhs' });
  const starts: number[][] = [];
  const current = ranges.map((r) => rangeValue(draft, r));
  if (ranges.every((r, k) => current[k]! >= r.lo && current[k]! <= r.hi)) starts.push(valuesAt(ranges, ranges.map((r, k) => (current[k]! - r.lo) / (r.hi - r.lo))));
  for (let i = 0; i < n0; i++) starts.push(valuesAt(ranges, ranges.map((_, k) => lhs.u(i, k))));

  // 2. successive halving
  let pool = starts;
  let ranked: Evaluation[] = [];
  for (let k = 0; k < rungs.length; k++) {
    const evals = (await evaluateAll(pool, rungs[k]!, k === 0 ? 'start' : 'halving')).filter((e): e is Evaluation => e !== null);
    ranked = rank(evals);
    if (k < rungs.length - 1) pool = ranked.slice(0, Math.max(2, Math.ceil(ranked.length / 2))).map((e) => e.values);
  }
  if (ranked.length === 0) {
    throw new UserError(msg().decideErrors.allStartsBreak, msg().decideErrors.allStartsBreakHint);
  }

  // 3. compass search on the full CRN objective, in the scaled box
  const toX = (values: number[]) => ranges.map((r, k) => (values[k]! - r.lo) / (r.hi - r.lo));
  let best = ranked[0]!;
  let x = toX(best.values);
  const minStep = ranges.map((r) => (r.integer ? Math.min(0.5, 1 / (r.hi - r.lo)) : MIN_STEP));
  let step = 1 / (2 * Math.max(2, Math.round(Math.pow(n0, 1 / d))));
  const maxPolls = 10 * d + 10;
  for (let polls = 0; polls < maxPolls && ranges.some((_, k) => step >= minStep[k]!); polls++) {
    const candidates: number[][] = [];
    for (let k = 0; k < d; k++) {
      if (step < minStep[k]!) continue;
      const s = ranges[k]!.integer ? Math.max(step, minStep[k]!) : step;
      for (const sign of [-1, 1]) {
        const y = [...x];
        y[k] = Math.min(1, Math.max(0, y[k]! + sign * s));
        const values = valuesAt(ranges, y);
        if (values.every((v, j) => v === best.values[j])) continue;
        candidates.push(values);
      }
    }
    // a poll's neighbours side by side
    const neighbours = (await evaluateAll(candidates, R, 'local')).filter((e): e is Evaluation => e !== null);
    const top = rank(neighbours)[0];
    if (top && better(top, best)) {
      best = top;
      x = toX(best.values);
      continue;
    }
    // no neighbour is better: if none even differs beyond one paired s.e., finer steps are noise
    const flat = neighbours.every((e) => e.feasible === best.feasible && Math.abs(e.objective.mean - best.objective.mean) <= pairedSe(e, best));
    if (best.feasible && neighbours.length > 0 && flat) break;
    step /= 2;
  }

  // 4. confirmation on a fresh seed, beside the draft
  const seed = confirmationSeed(opts.seed);
  const bestDraft = (designDraft(draft, ranges, best.values) as { draft: Draft }).draft;
  batch.planRuns(2 * confirmRuns);
  const [confDraft, confBest] = (await batch.runAll([{ draft }, { draft: bestDraft }], { runs: confirmRuns, seed })) as [SimulationResult, SimulationResult];
  const confirmed = (r: SimulationResult): Confirmed => {
    const a = assess(r, metric, o.constraints);
    return { objective: a.objective, checks: a.checks, feasible: a.checks.every((c) => c.holds) };
  };
  const pair = comparePair(1, 0, confBest.runs, confDraft.runs, confBest.errorDesign);
  const gainRuns = Float64Array.from(confBest.runs, (r, i) => r.metrics[metric] - confDraft.runs[i]!.metrics[metric]);
  const g = meanAndSe(gainRuns, confBest.errorDesign);
  const comparison: Comparison = {
    drafts: [
      { file: msg().numberInput.draftFile, name: draft.name, currency: draft.currency, summary: summarizeSimulation(confDraft) },
      { file: msg().optimize.designFile, name: msg().optimize.designName(draft.name), currency: draft.currency, summary: summarizeSimulation(confBest) },
    ],
    pairs: [{ ...pair, a: 1, b: 0 }],
    runs: confirmRuns,
  };

  return {
    objective: o.objective,
    metric,
    ranges,
    constraints: o.constraints,
    current,
    best: { values: best.values, draft: bestDraft, search: best },
    found: evaluations.some((e) => e.feasible),
    confirmation: { seed, runs: confirmRuns, design: confirmed(confBest), draft: confirmed(confDraft), comparison, gain: { mean: g.mean, se: g.se } },
    evaluations,
    frontier: frontierOf(evaluations.filter((e) => e.runs === R)),
    invalid,
    searchSeed: opts.seed,
    searchRuns: R,
    simulations: batch.simulations,
    runs: batch.runs,
    customerMonths: batch.customerMonths,
  };
}

/**
 * The designs no other beats on both mean NPV and P5 NPV (ties kept once), by
 * mean NPV, among the designs that meet the constraints: a design the budget
 * forbids is no trade-off anyone can make, and it must not push an allowed
 * one off the frontier. When none meets them, among all (each marked).
 */
export function frontierOf(evals: Evaluation[]): FrontierPoint[] {
  const allowed = evals.some((e) => e.feasible) ? evals.filter((e) => e.feasible) : evals;
  const pts = allowed
    .filter((e) => e.npv.mean !== null && e.npv.p5 !== null)
    .map((e) => ({ values: e.values, npvMean: e.npv.mean!, npvP5: e.npv.p5!, programCost: e.programCost.mean ?? NaN, feasible: e.feasible }));
  const keep = pts.filter((p, i) => !pts.some((q, j) => j !== i && q.npvMean >= p.npvMean && q.npvP5 >= p.npvP5 && (q.npvMean > p.npvMean || q.npvP5 > p.npvP5 || j < i)));
  return keep.sort((a, b) => a.npvMean - b.npvMean);
}
