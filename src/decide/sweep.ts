/**
 * `sweep`: ROI and net profit along one numeric field of a draft, or over a
 * grid of two. Every grid point is a variant of the draft (src/decide/variant.ts:
 * a number set, a distribution shifted so its mean is the value) run on the
 * same seed, so the curve is smooth and its shape is the program's, not noise
 * (common random numbers across grid points).
 */
import type { Draft } from '../draft/schema.js';
import type { Population } from '../engine/population.js';
import { summarizeSimulation } from '../engine/summary.js';
import type { Summary } from '../engine/metrics.js';
import { UserError } from '../errors.js';
import { inputLang, lang, msg } from '../i18n/index.js';
import { readNumber } from '../i18n/number-input.js';
import { pairedChunks, withBatch, type BatchOptions } from './batch.js';
import { meanAndSe, type ErrorDesign } from '../engine/standard-error.js';
import type { RunResult, SimulationResult } from '../engine/simulate.js';
import { currentValue, describeVariation, isIntegerField, resolveNumeric, variant } from './variant.js';

export interface Vary {
  path: string;
  from: number;
  to: number;
  step: number;
}

/** Grid points per parameter, and in all: each point is a full simulation. */
export const MAX_POINTS_PER_AXIS = 101;
export const MAX_GRID_POINTS = 625;

const errs = () => msg().decideErrors;

/** Parses `PATH=FROM:TO:STEP`; numbers may be written with a % sign (5% is 0.05). */
export function parseVary(spec: string): Vary {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new UserError(msg().optimize.range.noPath(spec), errs().varyFormat);
  const path = spec.slice(0, eq).trim();
  const parts = spec.slice(eq + 1).split(':');
  if (parts.length !== 3) throw new UserError(errs().needsFromToStep(spec), errs().varyFormat);
  const num = (s: string, what: string): number => {
    // 5% is 0.05, 0,05 too, 500 000 ₽ is 500000 (src/i18n/number-input.ts)
    const x = readNumber(s, inputLang(), { percent: true, currency: true });
    if (!x.ok) throw new UserError(msg().optimize.range.notNumber(spec, what, s), errs().varyFormat);
    return x.value;
  };
  const b = errs().bounds;
  const v = { path, from: num(parts[0]!, b.from), to: num(parts[1]!, b.to), step: num(parts[2]!, b.step) };
  gridValues(v); // checks the range
  return v;
}

/** FROM, FROM + STEP, … up to TO (included when it falls on the grid, to rounding). */
export function gridValues(v: Vary): number[] {
  const { from, to, step } = v;
  if (!(step !== 0) || (to - from) / step < 0) {
    throw new UserError(errs().stepNoLead(v.path, step, from, to), errs().stepNoLeadHint);
  }
  const n = Math.floor((to - from) / step + 1e-9) + 1;
  if (n > MAX_POINTS_PER_AXIS) {
    throw new UserError(errs().tooManyPoints(v.path, n, MAX_POINTS_PER_AXIS), errs().largerStep);
  }
  // round away the binary noise of from + k·step (0.1 + 2·0.1 = 0.30000000000000004)
  return Array.from({ length: n }, (_, k) => Number((from + k * step).toPrecision(12)));
}

export interface SweepPoint {
  /** The swept values, in --vary order. */
  values: number[];
  roi: Summary;
  netIncrementalProfit: Summary;
  programCost: Summary;
  npv: Summary;
  roiPositive: number;
}

export interface SweepResult {
  vary: Vary[];
  /** Each axis's values. */
  axes: number[][];
  /** The draft's own value of each field (a distribution's mean). */
  current: number[];
  /** How each path is applied (set, or a distribution shifted), in words. */
  how: string[];
  /** One-parameter: in order of the axis. Two: row-major, the first --vary down the rows. */
  points: SweepPoint[];
  /** Runs per grid point (fewer than --runs when the differences stopped on their precision). */
  runs: number;
  /** The precision the differences stopped on (share of the range of mean net profit over the grid), if any. */
  precision?: number;
  /** With a precision: the largest paired s.e. of a point's mean net profit minus the best point's. */
  seDifference?: number;
  /** Runs simulated over the whole sweep. */
  totalRuns: number;
}

export interface SweepOptions {
  /**
   * Stop once every point's paired difference in mean net profit from the best
   * point has a standard error of at most this share of the range of the
   * means over the grid (the curve's shape is then known to that precision).
   */
  precision?: number;
}

/** Checks the paths, the grid size and every variant against the draft rules, before any simulation runs. */
export function planSweep(draft: Draft, vary: Vary[]): { axes: number[][]; variants: { values: number[]; draft: Draft }[] } {
  if (vary.length < 1 || vary.length > 2) throw new UserError(errs().oneOrTwo);
  if (vary.length === 2 && vary[0]!.path === vary[1]!.path) throw new UserError(msg().optimize.range.twice(vary[0]!.path), errs().twiceHint);
  for (const v of vary) {
    resolveNumeric(draft, v.path);
    if (isIntegerField(v.path) && ![v.from, v.step].every(Number.isInteger)) {
      throw new UserError(errs().wholeFromStep(v.path));
    }
  }
  const axes = vary.map(gridValues);
  const total = axes.reduce((n, a) => n * a.length, 1);
  if (total > MAX_GRID_POINTS) throw new UserError(errs().gridTooBig(total, MAX_GRID_POINTS), errs().largerSteps);
  const variants: { values: number[]; draft: Draft }[] = [];
  if (vary.length === 1) {
    for (const x of axes[0]!) variants.push({ values: [x], draft: variant(draft, vary[0]!.path, x) });
  } else {
    for (const x of axes[0]!) {
      const row = variant(draft, vary[0]!.path, x);
      for (const y of axes[1]!) variants.push({ values: [x, y], draft: variant(row, vary[1]!.path, y) });
    }
  }
  return { axes, variants };
}

/**
 * Runs every grid point on the same seed. With a precision, every point is
 * extended chunk by chunk (the same runs for all, so they stay paired: a
 * prefix of the full run) until the paired differences are precise enough
 * (SweepOptions.precision).
 */
export async function sweepDraft(draft: Draft, vary: Vary[], pop: Population, opts: BatchOptions, o: SweepOptions = {}): Promise<SweepResult> {
  const { axes, variants } = planSweep(draft, vary);
  const R = opts.runs;
  const plan = pairedChunks(opts);
  const chunk = o.precision === undefined ? R : plan.chunk;
  const runs: RunResult[][] = variants.map(() => []);
  let last: SimulationResult[] = [];
  let seDifference: number | undefined;
  const totalRuns = await withBatch(pop, opts, variants.length, async (batch) => {
    for (let from = 0; from < R; from += chunk) {
      const to = Math.min(R, from + chunk);
      // every grid point side by side (one baseline per customer and run); without a precision: one ordinary simulation per point, as always
      last = await batch.runAll(
        variants.map((v) => ({ draft: v.draft })),
        o.precision === undefined ? {} : { firstRun: from, runs: to, blockSize: plan.blockSize },
      );
      last.forEach((r, k) => runs[k]!.push(...r.runs));
      if (o.precision === undefined || to < plan.minRuns) continue;
      seDifference = differencePrecision(runs, plan.design);
      const means = runs.map((rs) => meanAndSe(Float64Array.from(rs, (r) => r.metrics.netIncrementalProfit), plan.design).mean);
      const range = Math.max(...means) - Math.min(...means);
      if (seDifference <= o.precision * range) break;
    }
    return batch.runs;
  });
  const points: SweepPoint[] = variants.map((v, k) => {
    const s = summarizeSimulation({ ...last[k]!, runs: runs[k]!, errorDesign: o.precision === undefined ? last[k]!.errorDesign : plan.design });
    return {
      values: v.values,
      roi: s.metrics.roi,
      netIncrementalProfit: s.metrics.netIncrementalProfit,
      programCost: s.metrics.programCost,
      npv: s.metrics.npv,
      roiPositive: s.probabilities.roiPositive,
    };
  });
  return {
    vary,
    axes,
    current: vary.map((v) => currentValue(draft, v.path)),
    how: vary.map((v) => describeVariation(draft, v.path)),
    points,
    runs: runs[0]!.length,
    totalRuns,
    ...(o.precision !== undefined ? { precision: o.precision, seDifference } : {}),
  };
}

/** The largest paired s.e. of a point's mean net profit minus the best point's (the engine's honest s.e., on the paired differences). */
function differencePrecision(runs: RunResult[][], design: ErrorDesign): number {
  const net = runs.map((rs) => Float64Array.from(rs, (r) => r.metrics.netIncrementalProfit));
  const means = net.map((v) => meanAndSe(v, design).mean);
  const best = means.indexOf(Math.max(...means));
  let worst = 0;
  net.forEach((v, k) => {
    if (k === best) return;
    const d = Float64Array.from(v, (x, i) => x - net[best]![i]!);
    const se = meanAndSe(d, design).se;
    worst = Math.max(worst, Number.isFinite(se) ? se : Infinity);
  });
  return worst;
}

/**
 * The break-even frontier of a two-parameter grid: cells whose mean net
 * incremental profit has the opposite sign to a neighbour's (left, right,
 * up or down), i.e. the cells the zero contour passes between.
 */
export function frontier(result: SweepResult): boolean[] {
  const rows = result.axes[0]!.length;
  const cols = result.axes[1]?.length ?? 1;
  const sign = (i: number): number => Math.sign(result.points[i]!.netIncrementalProfit.mean ?? NaN);
  const marks: boolean[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const s = sign(r * cols + c);
      const nbrs = [
        [r - 1, c],
        [r + 1, c],
        [r, c - 1],
        [r, c + 1],
      ].filter(([i, j]) => i! >= 0 && i! < rows && j! >= 0 && j! < cols);
      marks.push(nbrs.some(([i, j]) => {
        const t = sign(i! * cols + j!);
        return (s > 0 && t < 0) || (s < 0 && t > 0);
      }));
    }
  }
  return marks;
}
