/**
 * Turns zod's issues into messages a consultant can act on: "unknown key
 * `mdoe` (did you mean `mode`?)" rather than a union of seven failures.
 *
 * The schema is walked alongside the data, so a union (a number or a
 * distribution) is resolved to the branch the user evidently meant — the
 * one whose keys they wrote — and that branch's own problem is reported.
 */
import type { z } from 'zod';
import { msg } from '../i18n/index.js';
import { closest, oneOf, percentAsShare, type PathIssue, type PathSegment } from './issue.js';

const t = () => msg().zod;

/** The key a misspelt one was taken for ("did you mean"), so mergeTypos need not parse a hint in some language. */
const guesses = new WeakMap<PathIssue, string>();
const withGuess = (issue: PathIssue, guess: string | undefined): PathIssue => {
  if (guess !== undefined) guesses.set(issue, guess);
  return issue;
};

type Schema = z.ZodType;
type Def = { type: string; [k: string]: unknown };
// zod 4's `def` is public but not typed per kind on ZodType.
const defOf = (s: Schema): Def => (s as unknown as { def: Def }).def;

const WRAPPERS = new Set(['default', 'optional', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(s: Schema): Schema {
  let cur = s;
  for (;;) {
    const d = defOf(cur);
    if (WRAPPERS.has(d.type)) cur = d.innerType as Schema;
    else if (d.type === 'pipe') cur = d.in as Schema;
    else return cur;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A union's options with nested unions spliced in. */
function flatOptions(union: Schema): Schema[] {
  const out: Schema[] = [];
  for (const o of defOf(union).options as Schema[]) {
    const u = unwrap(o);
    if (defOf(u).type === 'union' && defOf(u).discriminator === undefined) out.push(...flatOptions(u));
    else out.push(u);
  }
  return out;
}

const shapeOf = (s: Schema): Record<string, Schema> | undefined =>
  defOf(s).type === 'object' ? (defOf(s).shape as Record<string, Schema>) : undefined;

function literalValues(s: Schema): unknown[] {
  const d = defOf(unwrap(s));
  if (d.type === 'literal') return d.values as unknown[];
  if (d.type === 'enum') return Object.values(d.entries as Record<string, unknown>);
  return [];
}

/**
 * The branch of a union that the value was evidently meant for: by the
 * discriminator, by type for scalars, and for maps by the keys written.
 */
export function pickBranch(union: Schema, value: unknown): Schema | undefined {
  const d = defOf(union);
  if (typeof d.discriminator === 'string') {
    if (!isPlainObject(value)) return undefined;
    const tag = value[d.discriminator];
    return (d.options as Schema[]).map(unwrap).find((o) => literalValues(shapeOf(o)?.[d.discriminator as string] ?? o).includes(tag));
  }
  const options = flatOptions(union);
  if (!isPlainObject(value)) {
    const want = typeof value === 'number' ? 'number' : typeof value === 'string' ? 'string' : typeof value === 'boolean' ? 'boolean' : '';
    const same = options.filter((o) => defOf(o).type === want);
    return same.length === 1 ? same[0] : undefined;
  }
  const keys = Object.keys(value);
  let best: Schema | undefined;
  let bestScore = 0;
  let tie = false;
  for (const o of options) {
    const shape = shapeOf(o);
    if (!shape) continue;
    const score = keys.filter((k) => k in shape).length;
    if (score > bestScore) {
      best = o;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? undefined : best;
}

/** The schema that describes the value at `path`, choosing union branches by the data. */
export function schemaAt(root: Schema, path: readonly PathSegment[], data: unknown, pickLast = true): Schema | undefined {
  let s: Schema | undefined = unwrap(root);
  let value = data;
  for (const seg of path) {
    if (!s) return undefined;
    if (defOf(s).type === 'union') {
      s = pickBranch(s, value);
      if (!s) return undefined;
      s = unwrap(s);
    }
    const d = defOf(s);
    if (d.type === 'object') s = (d.shape as Record<string, Schema>)[String(seg)];
    else if (d.type === 'array') s = d.element as Schema;
    else return undefined;
    if (s) s = unwrap(s);
    value = isPlainObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[seg as string] : undefined;
  }
  if (pickLast && s && defOf(s).type === 'union') return pickBranch(s, value) ?? s;
  return s;
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const seg of path) {
    if (!(isPlainObject(v) || Array.isArray(v))) return undefined;
    v = (v as Record<string, unknown>)[seg as string];
  }
  return v;
}

/** How a value reads in a message. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return t().nothing;
  if (typeof v === 'string') return t().text(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return t().aList;
  if (isPlainObject(v)) {
    const keys = Object.keys(v);
    return keys.length === 0 ? t().emptyMap : t().mapWith(keys.join(', '));
  }
  return typeof v;
}

function describeSchema(s: Schema): string {
  const d = defOf(unwrap(s));
  switch (d.type) {
    case 'number':
      return t().aNumber;
    case 'string':
      return t().textKind;
    case 'boolean':
      return t().trueFalse;
    case 'array':
      return t().aList;
    case 'enum':
    case 'literal':
      return t().oneOf(oneOf(literalValues(s).map(String)));
    case 'object':
      return `{${Object.keys(d.shape as object).join(', ')}}`;
    case 'union':
      return describeUnion(s);
    default:
      return d.type;
  }
}

/** "a number or one of {triangular|pert|…}" for the number-or-distribution union. */
export function describeUnion(union: Schema): string {
  const options = flatOptions(union);
  const parts: string[] = [];
  const singleKey: string[] = [];
  for (const o of options) {
    const shape = shapeOf(o);
    if (shape && Object.keys(shape).length === 1) singleKey.push(Object.keys(shape)[0]!);
    else parts.push(describeSchema(o));
  }
  if (singleKey.length === 1) parts.push(`{ ${singleKey[0]}: … }`);
  else if (singleKey.length > 1) parts.push(t().oneOfBraces(oneOf(singleKey)));
  return parts.join(t().or);
}

const kindNames = (): Record<string, string> => ({
  number: t().aNumber,
  int: t().wholeNumber,
  string: t().textKind,
  object: t().mapKind,
  array: t().listKind,
  boolean: t().trueFalse,
});

/** Rewrites zod's issues against `schema` for the value `data`; paths are prefixed with `prefix`. */
export function explainZodIssues(
  schema: Schema,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PathSegment[] = [],
): PathIssue[] {
  const out: PathIssue[] = [];
  for (const issue of issues) out.push(...explainOne(schema, data, issue, prefix));
  return mergeTypos(dedupe(out));
}

function explainOne(root: Schema, data: unknown, issue: z.core.$ZodIssue, prefix: readonly PathSegment[]): PathIssue[] {
  const rel = issue.path.filter((p): p is PathSegment => typeof p === 'string' || typeof p === 'number');
  const path = [...prefix, ...rel];
  const value = valueAt(data, rel);
  const err = (message: string, hint?: string, p: PathSegment[] = path, at?: 'key'): PathIssue => ({
    severity: 'error',
    path: p,
    message,
    ...(hint ? { hint } : {}),
    ...(at ? { at } : {}),
  });
  const missing = (): PathIssue[] => {
    const key = path[path.length - 1];
    const s = schemaAt(root, rel, data);
    return [err(t().missingKey(String(key)), s ? t().addKey(String(key), describeSchema(s)) : undefined)];
  };

  switch (issue.code) {
    case 'unrecognized_keys': {
      const s = schemaAt(root, rel, data);
      const known = s && shapeOf(s) ? Object.keys(shapeOf(s)!) : [];
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const hint = guess ? t().didYouMean(guess) : known.length ? t().allowedKeys(known.join(', ')) : undefined;
        return withGuess(err(t().unknownKey(key), hint, [...path, key], 'key'), guess);
      });
    }
    case 'invalid_union': {
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        // the discriminator itself (mechanics[i].type) is missing or unknown
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        const key = path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
        const tag = path[path.length - 1] === issue.discriminator ? value : valueAt(value, [issue.discriminator]);
        if (tag === undefined) return [err(t().missingKey(issue.discriminator), t().oneOf(oneOf(options)), key)];
        const guess = typeof tag === 'string' ? closest(tag, options) : undefined;
        return [
          err(
            t().unknownTag(issue.discriminator, typeof tag === 'string' ? `"${tag}"` : describeValue(tag)),
            guess ? t().didYouMeanOneOf(guess, oneOf(options)) : t().oneOf(oneOf(options)),
            key,
          ),
        ];
      }
      if (value === undefined) return missing();
      const union = schemaAt(root, rel, data, false);
      if (!union || defOf(union).type !== 'union') return [err(issue.message)];
      const branch = pickBranch(union, value);
      if (branch) {
        const res = branch.safeParse(value);
        if (!res.success) return explainZodIssues(branch, value, res.error.issues, path);
      }
      const singleKeys = flatOptions(union)
        .map(shapeOf)
        .filter((sh): sh is Record<string, Schema> => !!sh && Object.keys(sh).length === 1)
        .map((sh) => Object.keys(sh)[0]!);
      if (isPlainObject(value) && Object.keys(value).length === 1 && singleKeys.length > 1) {
        const key = Object.keys(value)[0]!;
        const guess = closest(key, singleKeys);
        return [withGuess(err(t().unknownDistribution(key), guess ? t().didYouMean(guess) : t().useOneOf(oneOf(singleKeys)), [...path, key], 'key'), guess)];
      }
      return [err(t().expected(describeUnion(union), describeValue(value)), quotedNumberHint(value, 'number') ?? unionHint(union))];
    }
    case 'invalid_type': {
      if (value === undefined) return missing();
      if (path.length === 0 && issue.expected === 'object') {
        return [err(t().notAMap(describeValue(value)))];
      }
      const expected = kindNames()[issue.expected] ?? issue.expected;
      return [err(t().expected(expected, describeValue(value)), quotedNumberHint(value, issue.expected))];
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? (issue.inclusive ? t().atLeast : t().moreThan) : issue.inclusive ? t().atMost : t().lessThan;
      if (issue.origin === 'array') return [err(t().entries(word, String(bound), Number(bound)))];
      if (issue.origin === 'string') return [err(t().characters(word, String(bound)))];
      return [err(t().mustBe(word, String(bound), describeValue(value)))];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return [
        err(
          t().notOneOf(describeValue(value), oneOf(allowed)),
          guess ? t().didYouMean(guess) : undefined,
        ),
      ];
    }
    case 'invalid_format':
      return [err(t().notFormat(describeValue(value), issue.message))];
    default:
      return [err(issue.message)];
  }
}

function unionHint(union: Schema): string | undefined {
  const names = flatOptions(union)
    .map(shapeOf)
    .filter((sh): sh is Record<string, Schema> => !!sh && Object.keys(sh).length === 1)
    .map((sh) => Object.keys(sh)[0]!);
  return names.includes('pert') ? t().distributionExample : undefined;
}

function quotedNumberHint(value: unknown, expected: string): string | undefined {
  if ((expected === 'number' || expected === 'int') && typeof value === 'string') {
    const t = value.trim().replace(/\s|_/g, '');
    if (t.endsWith('%') && Number.isFinite(Number(t.slice(0, -1)))) return msg().zod.decimals(percentAsShare(Number(t.slice(0, -1))));
    if (t !== '' && Number.isFinite(Number(t.replace(',', '.')))) return msg().zod.noQuotes(Number(t.replace(',', '.')));
  }
  return undefined;
}

function dedupe(issues: PathIssue[]): PathIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path.join('\u0000')}|${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A misspelt key also shows up as a missing one: keep only the "did you mean". */
function mergeTypos(issues: PathIssue[]): PathIssue[] {
  const drop = new Set<PathIssue>();
  for (const u of issues) {
    const guess = u.at === 'key' ? guesses.get(u) : undefined;
    if (guess === undefined) continue;
    const parent = u.path.slice(0, -1).join('\u0000');
    const missing = issues.find(
      (i) => i.message === t().missingKey(guess) && i.path.slice(0, -1).join('\u0000') === parent && i.path.length === u.path.length,
    );
    if (missing) {
      drop.add(missing);
      u.hint = t().requiredHere(guess);
    }
  }
  return issues.filter((i) => !drop.has(i));
}
