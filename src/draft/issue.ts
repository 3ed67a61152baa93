/**
 * What validation says about a draft: issues are data (STYLE.md habit 3) until
 * the CLI turns them into text and exit codes.
 */

/** One problem in a draft, pointing at the offending YAML node. */
export interface Issue {
  severity: 'error' | 'warning';
  /** The field, written as in the docs: `mechanics[1].levels[2].min_spend`; '' for the whole draft. */
  path: string;
  /** 1-based line and column of the node the issue is about. */
  line: number;
  column: number;
  message: string;
  /** What to do about it. */
  hint?: string;
}

export type PathSegment = string | number;

/**
 * An issue found on the parsed value, before it is placed in the file.
 * `at: 'key'` points at the key of the last path segment (unknown keys)
 * rather than at its value.
 */
export interface PathIssue {
  severity: 'error' | 'warning';
  path: PathSegment[];
  message: string;
  hint?: string;
  at?: 'key' | 'value';
}

/** `['mechanics', 1, 'levels', 2, 'min_spend']` → `mechanics[1].levels[2].min_spend`. */
export function formatPath(path: readonly PathSegment[]): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else s += s === '' ? seg : `.${seg}`;
  }
  return s;
}

/**
 * Edit distance counting an insertion, deletion, substitution or swap of two
 * neighbouring letters as one edit (optimal string alignment), for "did you
 * mean" hints: `mdoe` is one edit from `mode`.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible
 * typo: at most a third of the longer word's letters differ (at least 1, at most 4)
 * or one is a prefix of the other.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.min(4, Math.max(1, Math.floor(Math.max(w.length, best.length) / 3)));
  const prefix = w.length >= 3 && (best.toLowerCase().startsWith(w) || w.startsWith(best.toLowerCase()));
  return bestD <= limit || prefix ? best : undefined;
}

/** `'a', 'b', 'c'` → `a|b|c` as used in messages about allowed values. */
export const oneOf = (values: readonly string[]): string => values.join('|');

/** A percentage the user wrote (13 for "13%") as the decimal share a draft takes, without binary noise in the hint (1.3 gives 0.013, not 0.013000000000000001). */
export const percentAsShare = (percent: number): number => Number((percent / 100).toPrecision(12));
