/**
 * The run-level design (MODEL.md §3): one uniform per run and per uncertain
 * field, which `quantile` (distributions.ts) turns into the field's value.
 *
 * 'lhs' is Latin hypercube sampling (McKay, Beckman & Conover,
 * Technometrics 21 (1979) 239–245): within a block of n runs each dimension
 * has exactly one point in each stratum [i/n, (i + 1)/n), the strata in an
 * independent random order per dimension and the point jittered uniformly
 * inside its stratum. Mean estimates of monotone outputs get a much smaller
 * variance than with plain Monte Carlo at the same number of runs.
 *
 * With `blockSize` the runs are consecutive blocks of that size, each a Latin
 * hypercube of its own (early stopping with --precision stops at a block
 * boundary and keeps the stratification). A block's points depend only on
 * (seed, block index, block length, dimension), so asking for more runs never
 * changes the earlier complete blocks; a shorter last block is a Latin
 * hypercube of its own length.
 *
 * 'mc' gives plain uniforms, one stream per (seed, run): run r's row is the
 * same however many runs or workers there are.
 *
 * Every value lies strictly inside (0, 1), so quantiles stay finite.
 */
import { Rng } from './rng.js';

export type Sampling = 'lhs' | 'mc';

export interface RunDesignOptions {
  seed: number;
  runs: number;
  /** Number of uncertain fields (columns). */
  dims: number;
  sampling: Sampling;
  /** Runs come in Latin hypercube blocks of this size; default: one block of all the runs. */
  blockSize?: number;
}

export interface RunDesign {
  readonly runs: number;
  readonly dims: number;
  readonly blockSize: number;
  readonly sampling: Sampling;
  /** Row-major: the uniform of (run, dim) is values[run * dims + dim]. */
  readonly values: Float64Array;
  /** The uniform of a run and dimension, in (0, 1). */
  u(run: number, dim: number): number;
}

// Stream tags. The engine's customer streams use three keys (run, customer,
// stream); these use four, and the key count is part of the stream's hash,
// so design streams never coincide with customer streams.
const LHS_TAG = 0x4c485331; // 'LHS1'
const MC_TAG = 0x4d433031; // 'MC01'

function checkCount(name: string, value: number, min: number): void {
  if (!(Number.isInteger(value) && value >= min)) {
    throw new RangeError(`runDesign: ${name} must be an integer ≥ ${min}, got ${value}`);
  }
}

/**
 * Fill rows [start, start + n) of `values` with one Latin hypercube block.
 * `perm` is scratch of length ≥ n.
 */
function fillLhsBlock(
  values: Float64Array,
  dims: number,
  seed: number,
  block: number,
  start: number,
  n: number,
  perm: Int32Array,
): void {
  for (let d = 0; d < dims; d++) {
    const rng = new Rng(seed, LHS_TAG, block, d, n);
    for (let i = 0; i < n; i++) perm[i] = i;
    // Fisher–Yates; the 2^-32 bias of floor(u·(i + 1)) is far below anything a run count can show.
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = perm[i]!;
      perm[i] = perm[j]!;
      perm[j] = t;
    }
    for (let i = 0; i < n; i++) values[(start + i) * dims + d] = (perm[i]! + rng.nextOpen()) / n;
  }
}

/**
 * The uniforms of every (run, dimension), computed up front: runs × dims
 * numbers (8 bytes each), deterministic in the options alone.
 *
 * @example
 * const design = runDesign({ seed: 42, runs: 1000, dims: 3, sampling: 'lhs' });
 * const participation = quantile(draft.participation, design.u(run, 0));
 */
export function runDesign(opts: RunDesignOptions): RunDesign {
  const { seed, runs, dims, sampling } = opts;
  const blockSize = opts.blockSize ?? Math.max(runs, 1);
  checkCount('runs', runs, 0);
  checkCount('dims', dims, 0);
  if (runs > 0) checkCount('blockSize', blockSize, 1);
  if (!Number.isFinite(seed)) throw new RangeError(`runDesign: seed must be a finite number, got ${seed}`);
  if (sampling !== 'lhs' && sampling !== 'mc') throw new RangeError(`runDesign: unknown sampling '${String(sampling)}'`);

  const values = new Float64Array(runs * dims);
  if (sampling === 'lhs') {
    const perm = new Int32Array(Math.min(blockSize, runs));
    for (let block = 0, start = 0; start < runs; block++, start += blockSize) {
      fillLhsBlock(values, dims, seed, block, start, Math.min(blockSize, runs - start), perm);
    }
  } else {
    for (let run = 0; run < runs; run++) {
      const rng = new Rng(seed, MC_TAG, run, 0, 0);
      for (let d = 0; d < dims; d++) values[run * dims + d] = rng.nextOpen();
    }
  }

  return {
    runs,
    dims,
    blockSize,
    sampling,
    values,
    u(run: number, dim: number): number {
      if (!(run >= 0 && run < runs && dim >= 0 && dim < dims && Number.isInteger(run) && Number.isInteger(dim))) {
        throw new RangeError(`runDesign: (run ${run}, dim ${dim}) is outside ${runs} runs × ${dims} dims`);
      }
      return values[run * dims + dim]!;
    },
  };
}
