/**
 * The Monte Carlo standard error of a mean over runs, honest for the
 * sampling that produced the runs (MODEL.md §5).
 *
 * Under plain Monte Carlo the runs are independent and s.e. = sd / √n.
 * Under Latin hypercube sampling they are not: the strata force a block's
 * inputs to cover their range evenly, so the mean varies far less than
 * sd / √n says (about 5× less for net profit on the bundled scenarios) and
 * no formula on one hypercube's runs recovers it. The runs are therefore laid
 * out in independent replicate blocks, each a Latin hypercube of its own
 * (src/random/lhs.ts), and the spread of the block means measures the
 * error: s.e. = sd(block means) / √blocks (replicated Latin hypercube
 * sampling; the blocks are independent because each has its own strata
 * permutations and every run its own customer streams).
 *
 * A block with n_b usable values has a mean whose variance is about σ²/n_b
 * (LHS's variance is the residual of the additive part, divided by the block
 * size), so blocks of unequal size (a shorter last block, runs where a metric
 * is undefined) are weighted by n_b:
 *   s.e.² = Σ n_b (m_b − m)² / ((B − 1) · N),  N = Σ n_b, m = Σ n_b m_b / N,
 * which for equal blocks is exactly sd(block means)² / B.
 */

/** How a set of runs was sampled, as far as its standard error is concerned. */
export interface ErrorDesign {
  /** 'blocks': replicate Latin hypercube blocks of `blockSize` consecutive runs; 'iid': independent runs. */
  method: 'blocks' | 'iid';
  /** Runs per replicate block (the last may be shorter); only for 'blocks'. */
  blockSize?: number;
}

/** Fewest replicate blocks whose spread gives a usable standard error (9 degrees of freedom). */
export const MIN_BLOCKS = 10;

/**
 * Runs per replicate Latin hypercube block for a simulation of `runs` runs:
 * blocks of 50 once there are 1,000 runs or more, else about 20 blocks (a
 * block of 1 is plain Monte Carlo). The size depends on the runs asked for
 * only, so a `--precision` stop is a block-aligned prefix of the full run.
 */
export function replicateBlockSize(runs: number): number {
  return Math.max(1, Math.min(50, Math.ceil(runs / 20)));
}

/** The error design of a simulation of `runs` runs (what src/engine/simulate.ts lays out). */
export function errorDesignFor(runs: number, sampling: 'lhs' | 'mc'): ErrorDesign {
  return sampling === 'lhs' ? { method: 'blocks', blockSize: replicateBlockSize(runs) } : { method: 'iid' };
}

/** Number of blocks that `runs` runs fill under a design (the last may be partial). */
export function blockCount(runs: number, design: ErrorDesign): number {
  return design.method === 'blocks' ? Math.ceil(runs / design.blockSize!) : runs;
}

/**
 * Mean of the finite values and its standard error under `design`. NaN
 * (undefined in a run) and ±Infinity (never, e.g. no payback) are left out of
 * both, and `n` counts what was kept. The s.e. is NaN when it cannot be
 * estimated: fewer than 2 values, or fewer than 2 blocks holding values.
 *
 * @example
 * meanAndSe(netProfitByRun, { method: 'blocks', blockSize: 50 }).se
 */
export function meanAndSe(values: ArrayLike<number>, design: ErrorDesign): { mean: number; se: number; n: number } {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    n++;
    sum += v;
  }
  const mean = n > 0 ? sum / n : NaN;
  if (n < 2) return { mean, se: n === 1 ? 0 : NaN, n };

  if (design.method === 'iid') {
    let ss = 0;
    for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) ss += (values[i]! - mean) ** 2;
    return { mean, se: Math.sqrt(ss / (n - 1) / n), n };
  }

  const size = design.blockSize!;
  let weighted = 0;
  let blocks = 0;
  for (let start = 0; start < values.length; start += size) {
    let nb = 0;
    let sb = 0;
    for (let i = start; i < Math.min(values.length, start + size); i++) {
      const v = values[i]!;
      if (!Number.isFinite(v)) continue;
      nb++;
      sb += v;
    }
    if (nb === 0) continue;
    blocks++;
    weighted += nb * (sb / nb - mean) ** 2;
  }
  return { mean, se: blocks >= 2 ? Math.sqrt(weighted / ((blocks - 1) * n)) : NaN, n };
}

/** For people: "s.e. from 20 blocks of 50 runs" or "s.e. from 1,000 independent runs". */
export function describeError(runs: number, design: ErrorDesign, locale = 'en-US'): string {
  const f = (x: number) => x.toLocaleString(locale);
  if (design.method === 'iid') return `s.e. from ${f(runs)} independent runs`;
  const blocks = blockCount(runs, design);
  const last = runs - (blocks - 1) * design.blockSize!;
  const sizes = last === design.blockSize ? `of ${f(design.blockSize!)} runs` : `of ${f(design.blockSize!)} runs (the last of ${f(last)})`;
  return `s.e. from ${f(blocks)} independent Latin hypercube blocks ${sizes}`;
}
