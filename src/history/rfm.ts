/**
 * The RFM grid of `profile` (profile.ts describes it): quintile scores of
 * recency and frequency, and the classes of the usual grid, first match wins.
 * Its own file, importing only the classes' Russian names, so the engine
 * (segments by RFM class, docs/model.md §13) and the browser bundle name
 * classes without the history reader.
 */
import { RFM_NAMES_RU } from '../i18n/rfm-names.js';

/** The segment grid, first match wins. */
export const RFM_SEGMENTS: ReadonlyArray<{ name: string; test: (r: number, f: number) => boolean }> = [
  { name: 'Champions', test: (r, f) => r >= 4 && f >= 4 },
  { name: 'Loyal', test: (r, f) => r >= 3 && f >= 4 },
  { name: 'Potential loyalists', test: (r, f) => r >= 4 && f >= 2 },
  { name: 'New', test: (r, f) => r === 5 && f === 1 },
  { name: 'Promising', test: (r, f) => r === 4 && f === 1 },
  { name: 'Need attention', test: (r, f) => r === 3 && f === 3 },
  { name: 'About to sleep', test: (r, f) => r === 3 },
  { name: 'Cannot lose them', test: (r, f) => r <= 2 && f === 5 },
  { name: 'At risk', test: (r, f) => r <= 2 && f >= 3 },
  { name: 'Hibernating', test: (r) => r === 2 },
  { name: 'Lost', test: () => true },
];

/** Quintile scores 1–5 by rank (ties get the score of their lowest rank, the best value 5, all tied 3); higher value → higher score. */
export function quintileScores(values: ArrayLike<number>): Uint8Array {
  const n = values.length;
  // a tie group's score depends only on the ranks where it starts and ends, so the values themselves are sorted
  // (a typed sort: 8 bytes a customer, where an array of indexes sorted by a comparator took 20 on a million)
  // and each value finds its group by bisection
  const sorted = Float64Array.from(values).sort();
  const scores = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    const v = values[c]!;
    const i = bound(sorted, v, false);
    const j = bound(sorted, v, true) - 1;
    // ties take the score of their lowest rank, so e.g. all one-time buyers share F = 1; the group at the top
    // (below 20 % of the customers it scored 5 anyway) keeps 5; a group of everyone gets the middle
    scores[c] = i === 0 && j === n - 1 ? 3 : j === n - 1 ? 5 : Math.min(5, Math.max(1, Math.ceil((5 * (i + 1)) / n)));
  }
  return scores;
}

/** The first index of `sorted` whose value is ≥ `v` (`after`: > `v`). */
function bound(sorted: Float64Array, v: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v || (after && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function segmentOf(r: number, f: number): string {
  return RFM_SEGMENTS.find((s) => s.test(r, f))!.name;
}

const snake = (name: string): string => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** The Russian names as `profile --lang ru` shows them, in snake case → the class's key: «В зоне риска» → at_risk. */
const KEY_OF_RU = new Map(Object.entries(RFM_NAMES_RU).map(([en, ru]) => [snake(ru), snake(en)]));

/**
 * A class's key in a draft (docs/model.md §13): the profile's name in snake case, "At risk" → at_risk; a
 * Russian team writes the name its profile showed, «В зоне риска», and gets the same class.
 */
export const rfmKey = (name: string): string => KEY_OF_RU.get(snake(name)) ?? snake(name);

/** The keys of RFM_SEGMENTS in their order: champions, loyal, potential_loyalists, … lost. */
export const RFM_KEYS: readonly string[] = RFM_SEGMENTS.map((s) => rfmKey(s.name));

/** The index in RFM_SEGMENTS of a class a draft names (key or profile name, any case), −1 for none. */
export const rfmClassIndex = (name: string): number => RFM_KEYS.indexOf(rfmKey(name));

/**
 * Each customer's RFM class as `profile` shows it, an index into RFM_SEGMENTS:
 * quintile scores of recency (negated: the most recent score 5) and
 * frequency, then the grid. `negRecency` and `frequency` in any unit: only
 * their ranks count.
 */
export function rfmClasses(negRecency: ArrayLike<number>, frequency: ArrayLike<number>): Uint8Array {
  const R = quintileScores(negRecency);
  const F = quintileScores(frequency);
  const out = new Uint8Array(R.length);
  for (let i = 0; i < R.length; i++) out[i] = RFM_SEGMENTS.findIndex((s) => s.test(R[i]!, F[i]!));
  return out;
}

