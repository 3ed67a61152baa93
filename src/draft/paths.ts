/**
 * Draft fields addressed by a path, the way people name them:
 * `effects.frequency_uplift`, `mechanics.points.earn_per_currency`,
 * `mechanics.tiers.levels.Gold.discount`, `mechanics.rebate.brackets[1].rate`.
 * A mechanic is named by its type (a draft has at most one of each) and a
 * tier level by its name; the index forms (`mechanics[0]`, `levels[2]`) work too.
 * Used by run-level sampling (each uncertain field is a dimension named by
 * its path), sweep, tornado and breakeven.
 */
import type { Distribution } from './schema.js';

export const DISTRIBUTION_NAMES = ['triangular', 'pert', 'normal', 'lognormal', 'uniform', 'beta', 'gamma'] as const;

/** A `{ name: { params } }` object that is one of MODEL.md §3's distributions. */
export function isDistribution(value: unknown): value is Distribution {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (DISTRIBUTION_NAMES as readonly string[]).includes(keys[0]!);
}

export interface UncertainField {
  path: string;
  dist: Distribution;
}

type Node = Record<string, unknown> | unknown[];

export interface NumericField {
  path: string;
  value: number | Distribution;
}

/**
 * Every numeric field of a draft (a number or a distribution), by friendly
 * path, in document order. The `customers` block is left out: its
 * distributions describe how customers differ from each other, not what we
 * are unsure of, and every variant of a draft must share its customers.
 */
export function numericFields(draft: object): NumericField[] {
  const found: NumericField[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'number' || isDistribution(node)) {
      found.push({ path, value: node });
      return;
    }
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, segment(path, node, i)));
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (path === '' && k === 'customers') continue;
        walk(v, path === '' ? k : `${path}.${k}`);
      }
    }
  };
  walk(draft, '');
  return found;
}

/** Every run-level uncertain (distribution-valued) field of a draft, in document order. */
export function uncertainFields(draft: object): UncertainField[] {
  return numericFields(draft).flatMap((f) => (typeof f.value === 'number' ? [] : [{ path: f.path, dist: f.value }]));
}

/** The friendly path segment of array element i: a mechanic's type, a level's name, else [i]. */
function segment(path: string, array: unknown[], i: number): string {
  const item = array[i] as Record<string, unknown> | undefined;
  if (path === 'mechanics' && typeof item?.type === 'string') return `${path}.${item.type}`;
  // docs/model.md §13: a segment by its name (`segments.Key.mechanics.discount.rate`), like a tier level
  if ((path === 'segments' || path.endsWith('.levels')) && typeof item?.name === 'string' && /^[\p{L}\p{N}_-]+$/u.test(item.name)) return `${path}.${item.name}`;
  return `${path}[${i}]`;
}

/** Splits `a.b[2].c` into ['a', 'b', 2, 'c']. */
function parse(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const piece of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(piece);
    if (!m) throw new PathError(path, { kind: 'badSegment', part: piece });
    if (m[1]) parts.push(m[1]);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) parts.push(Number(idx[1]));
  }
  return parts;
}

/**
 * What is wrong with a path, as data: the words are the language catalog's
 * (i18n `paths.reason`), chosen by whoever reports it. This file stays free of
 * the catalogs because the what-if worker in the report bundles it.
 */
export type PathProblem =
  | { kind: 'badSegment'; part: string }
  | { kind: 'empty' }
  | { kind: 'notAField' }
  | { kind: 'indexOut'; index: number; last: number }
  | { kind: 'noField'; part: string }
  | { kind: 'insideNumber'; part: string }
  | { kind: 'noEntry'; part: string }
  | { kind: 'noSuchField' };

export class PathError extends Error {
  override readonly name = 'PathError';
  constructor(
    readonly path: string,
    readonly problem: PathProblem,
    readonly choices: string[] = [],
  ) {
    super(`${path}: ${problem.kind}`);
  }
}

/** Resolves a path to its parent container and key, following friendly names. */
function locate(root: object, path: string): { parent: Node; key: string | number } {
  const parts = parse(path);
  if (parts.length === 0) throw new PathError(path, { kind: 'empty' });
  let node: unknown = root;
  for (let i = 0; i < parts.length - 1; i++) node = step(node, parts[i]!, path);
  const last = parts[parts.length - 1]!;
  if (node === null || typeof node !== 'object') throw new PathError(path, { kind: 'notAField' });
  if (Array.isArray(node)) {
    const idx = typeof last === 'number' ? last : findNamed(node, last, path);
    return { parent: node, key: idx };
  }
  return { parent: node as Record<string, unknown>, key: String(last) };
}

function step(node: unknown, part: string | number, path: string): unknown {
  if (Array.isArray(node)) {
    const idx = typeof part === 'number' ? part : findNamed(node, part, path);
    if (idx < 0 || idx >= node.length) throw new PathError(path, { kind: 'indexOut', index: idx, last: node.length - 1 });
    return node[idx];
  }
  if (node !== null && typeof node === 'object') {
    const rec = node as Record<string, unknown>;
    if (!(String(part) in rec)) throw new PathError(path, { kind: 'noField', part: String(part) }, Object.keys(rec));
    return rec[String(part)];
  }
  throw new PathError(path, { kind: 'insideNumber', part: String(part) });
}

function findNamed(array: unknown[], name: string | number, path: string): number {
  const idx = array.findIndex((item) => {
    const rec = item as Record<string, unknown>;
    return rec?.type === name || rec?.name === name;
  });
  if (idx < 0) {
    const names = array.map((item) => String((item as Record<string, unknown>)?.type ?? (item as Record<string, unknown>)?.name));
    throw new PathError(path, { kind: 'noEntry', part: String(name) }, names);
  }
  return idx;
}

/** The value at a path (a number, a distribution, or anything else the draft holds). */
export function getPath(root: object, path: string): unknown {
  const { parent, key } = locate(root, path);
  const value = (parent as Record<string | number, unknown>)[key];
  if (value === undefined) throw new PathError(path, { kind: 'noSuchField' });
  return value;
}

/** Sets the value at a path in place; the field must exist (defaults are filled in by the schema). */
export function setPath(root: object, path: string, value: unknown): void {
  const { parent, key } = locate(root, path);
  if ((parent as Record<string | number, unknown>)[key] === undefined) throw new PathError(path, { kind: 'noSuchField' });
  (parent as Record<string | number, unknown>)[key] = value;
}

/**
 * The plain key/index path of a friendly path (`mechanics.tiers.levels.Gold.min_spend`
 * → ['mechanics', 0, 'levels', 1, 'min_spend']), for editing the YAML
 * document a draft came from: the parsed draft keeps the document's order.
 */
export function documentPath(root: object, path: string): (string | number)[] {
  const parts = parse(path);
  const out: (string | number)[] = [];
  let node: unknown = root;
  for (const part of parts) {
    if (Array.isArray(node)) {
      const idx = typeof part === 'number' ? part : findNamed(node, part, path);
      out.push(idx);
      node = node[idx];
    } else {
      node = step(node, part, path);
      out.push(part);
    }
  }
  return out;
}
