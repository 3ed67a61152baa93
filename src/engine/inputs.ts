/**
 * Run-level sampling (MODEL.md §3): every distribution-valued field of a
 * draft is drawn once per run, by Latin hypercube (the default) or plain
 * Monte Carlo.
 *
 * Each field is a dimension named by its path, and its column of uniforms
 * depends only on (seed, path): two drafts run on the same seed draw
 * `effects.frequency_uplift` from the same uniforms run by run, which is what
 * makes compare's paired differences the programs' and not noise.
 */
import type { Draft } from '../draft/schema.js';
import { setPath, uncertainFields, type UncertainField } from '../draft/paths.js';
import { quantile } from '../random/distributions.js';
import { runDesign } from '../random/lhs.js';
import { compileParams, type ProgramParams } from './params.js';

export type Sampling = 'lhs' | 'mc';

export interface RunInputs {
  /** The drawn value of every uncertain field, by path, for this run. */
  values: Record<string, number>;
  params: ProgramParams;
}

/** FNV-1a of a path: the key of its column of uniforms. */
function pathKey(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface DesignOptions {
  seed: number;
  runs: number;
  sampling: Sampling;
  /** Runs come in Latin hypercube blocks of this size (for early stopping); default: one block. */
  blockSize?: number;
  /** --horizon: overrides the draft's horizon_months. */
  horizon?: number;
  /** Fields held at a fixed value instead of drawn (tornado, sweep, breakeven). */
  fixed?: Record<string, number>;
}

/**
 * The inputs of runs [from, to): the draft with each uncertain field replaced
 * by its quantile at the run's uniform, compiled into run parameters.
 */
export function drawRunInputs(draft: Draft, opts: DesignOptions, from = 0, to = opts.runs): RunInputs[] {
  const fixed = opts.fixed ?? {};
  const fields: UncertainField[] = uncertainFields(draft).filter((f) => !(f.path in fixed));
  const columns = fields.map((f) =>
    runDesign({ seed: (opts.seed ^ pathKey(f.path)) >>> 0, runs: opts.runs, dims: 1, sampling: opts.sampling, blockSize: opts.blockSize ?? opts.runs }),
  );
  const out: RunInputs[] = [];
  for (let run = from; run < to; run++) {
    const drawn = structuredClone(draft);
    const values: Record<string, number> = {};
    fields.forEach((f, d) => {
      const v = quantile(f.dist, columns[d]!.u(run, 0));
      values[f.path] = v;
      setPath(drawn, f.path, v);
    });
    for (const [path, v] of Object.entries(fixed)) {
      setPath(drawn, path, v);
      values[path] = v;
    }
    out.push({ values, params: compileParams(drawn, opts.horizon ?? draft.horizon_months) });
  }
  return out;
}
