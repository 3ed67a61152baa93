/**
 * Setting a numeric field to a value, the way sweep, breakeven and the
 * report's what-if levers do: a number is replaced; a distribution is
 * shifted so that its mean is the value, its spread kept. Pure and free of
 * the schema, so the browser's what-if engine carries it without zod.
 */
import { getPath, setPath } from './paths.js';
import type { Distribution, Draft } from './schema.js';
import { distributionMean } from '../random/distributions.js';

/**
 * The distribution moved so that its mean is `value`, its spread kept
 * (see the file comment).
 */
export function shiftDistribution(dist: Distribution, value: number): Distribution {
  const shift = value - distributionMean(dist);
  if ('triangular' in dist) {
    const t = dist.triangular;
    return { triangular: { min: t.min + shift, mode: t.mode + shift, max: t.max + shift } };
  }
  if ('pert' in dist) {
    const t = dist.pert;
    return { pert: { min: t.min + shift, mode: t.mode + shift, max: t.max + shift } };
  }
  if ('uniform' in dist) return { uniform: { min: dist.uniform.min + shift, max: dist.uniform.max + shift } };
  if ('normal' in dist) return { normal: { mean: value, sd: dist.normal.sd } };
  if ('lognormal' in dist) return { lognormal: { mean: value, sd: dist.lognormal.sd } };
  if ('beta' in dist) {
    // by mean and sd: keep the sd as written (recomputing it from a and b moves its last digits,
    // and the what-if command would print sd: 0.10000000000000002 for the draft's 0.1)
    if (!('a' in dist.beta)) return { beta: { mean: value, sd: dist.beta.sd } };
    const { a, b } = dist.beta;
    const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
    return { beta: { mean: value, sd } };
  }
  const sd = Math.sqrt(dist.gamma.shape) / dist.gamma.rate;
  return { gamma: { shape: (value * value) / (sd * sd), rate: value / (sd * sd) } };
}

/** A copy of the draft with the field at `path` set to `value` (a distribution shifted); the path must exist. */
export function withValue(draft: Draft, path: string, value: number): Draft {
  const copy = structuredClone(draft);
  const v = getPath(copy, path) as number | Distribution;
  setPath(copy, path, typeof v === 'number' ? value : shiftDistribution(v, value));
  return copy;
}
