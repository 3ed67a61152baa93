/**
 * The checks experiment platforms run before trusting a pilot's numbers
 * (issue 14 part 4). Pure.
 *
 * - Sample ratio mismatch (Fabijan et al. 2019, "Diagnosing sample ratio
 *   mismatch in online controlled experiments"): the groups' sizes against
 *   the design's ratio, by a χ² test with one degree of freedom. Run twice:
 *   on the assignment (did the split happen as designed?) and on the
 *   customers still present in the after-history (did one group lose more
 *   customers, e.g. through a data export that drops them?). A mismatch at
 *   p < 0.001, the platforms' usual threshold, means the comparison is
 *   probably broken, whatever the effects say.
 * - Capping (winsorising) revenue at a stated percentile: in B2B a few whale
 *   accounts carry much of the variance, and one of them landing in the
 *   treatment group can decide the result. Capping per-customer revenue at
 *   the pooled percentile (both groups, so the rule is blind to the label)
 *   trades a little bias for much less variance; CUPED then works on the
 *   capped values. Orders are counts and are not capped.
 */
import { normalCdf } from '../random/special.js';
import type { PilotData } from './analyze.js';

/** p below this is a sample ratio mismatch. */
export const SRM_THRESHOLD = 0.001;

export interface SampleRatio {
  /** Customers expected in each group under the design. */
  expected: { treatment: number; control: number };
  observed: { treatment: number; control: number };
  /** χ² test with 1 degree of freedom. */
  pValue: number;
  mismatch: boolean;
}

/** χ²(1) test of observed group sizes against a design share of treatment. */
export function sampleRatio(treatment: number, control: number, treatmentShare = 0.5): SampleRatio {
  const n = treatment + control;
  const eT = n * treatmentShare;
  const eC = n - eT;
  const chi2 = eT > 0 && eC > 0 ? (treatment - eT) ** 2 / eT + (control - eC) ** 2 / eC : 0;
  // χ²(1) tail = two-sided normal tail of √χ²
  const pValue = 2 * (1 - normalCdf(Math.sqrt(chi2)));
  return { expected: { treatment: eT, control: eC }, observed: { treatment, control }, pValue, mismatch: pValue < SRM_THRESHOLD };
}

export interface SampleRatioChecks extends SampleRatio {
  /** The same test on the customers with rows in the history, against the assignment's own ratio. */
  present: SampleRatio;
}

/** Both checks for a pilot's data: the assignment against an equal split, those present against the assignment. */
export function sampleRatioChecks(d: PilotData): SampleRatioChecks {
  let t = 0;
  let c = 0;
  for (let i = 0; i < d.treated.length; i++) (d.treated[i] ? t++ : c++);
  let pt = 0;
  let pc = 0;
  for (let i = 0; i < d.treated.length; i++) if (d.present[i]) (d.treated[i] ? pt++ : pc++);
  return { ...sampleRatio(t, c, 0.5), present: sampleRatio(pt, pc, t / Math.max(1, t + c)) };
}

export interface Capping {
  /** The percentile (0.99 = 99th). */
  percentile: number;
  /** Revenue per customer above these was set to them. */
  preCap: number;
  pilotCap: number;
  /** Customers whose pre or pilot revenue was capped. */
  capped: number;
}

/** The q-quantile of values (type 7). */
function quantileOf(values: Float64Array, q: number): number {
  const v = Float64Array.from(values).sort();
  const h = (v.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(v.length - 1, lo + 1);
  return v[lo]! + (h - lo) * (v[hi]! - v[lo]!);
}

/** The pilot's data with per-customer pre and pilot revenue capped at the pooled `percentile`. */
export function capRevenue(d: PilotData, percentile: number): { data: PilotData; capping: Capping } {
  const preCap = quantileOf(d.preRevenue, percentile);
  const pilotCap = quantileOf(d.pilotRevenue, percentile);
  const preRevenue = Float64Array.from(d.preRevenue, (v) => Math.min(v, preCap));
  const pilotRevenue = Float64Array.from(d.pilotRevenue, (v) => Math.min(v, pilotCap));
  let capped = 0;
  for (let i = 0; i < preRevenue.length; i++) if (preRevenue[i] !== d.preRevenue[i] || pilotRevenue[i] !== d.pilotRevenue[i]) capped++;
  return { data: { ...d, preRevenue, pilotRevenue }, capping: { percentile, preCap, pilotCap, capped } };
}
