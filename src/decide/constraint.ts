/**
 * Risk and budget constraints of `optimize`, as people write them:
 *
 *   P(roi>0)>=0.9        share of runs in which a metric is above (or below) a value
 *   p5(npv)>=0           a percentile of a metric over the runs (p1 … p99)
 *   mean(roi)>=0.2       a metric's mean over the runs; a bare metric means the same
 *   programCost<=50e6    numbers as the user types them (src/i18n/number-input.ts):
 *                        e-notation, a % sign (90% is 0.9), 0,25, 6 000 000 ₽
 *
 * Metric names are those of `simulate --json` (src/engine/metrics.ts). A
 * constraint is parsed by a small tokenizer so that a mistake is reported at
 * its column, with a did-you-mean on metric names; evaluating it on a
 * simulation's runs gives its value and its margin (positive when it holds).
 */
import { closest } from '../draft/issue.js';
import { METRIC_KEYS, percentile, type MetricKey } from '../engine/metrics.js';
import { UserError } from '../errors.js';
import { en } from '../i18n/en.js';
import { inputLang, msg } from '../i18n/index.js';
import { readNumber } from '../i18n/number-input.js';
import { meanAndSe, type ErrorDesign } from '../engine/standard-error.js';

export type Comparator = '>=' | '<=' | '>' | '<';

export type Statistic =
  | { kind: 'mean' }
  | { kind: 'percentile'; q: number }
  /** Share of runs in which `metric cmp value`. */
  | { kind: 'probability'; cmp: Comparator; value: number };

export interface Constraint {
  /** As written (trimmed, each run of spaces one space), for tables and JSON. */
  text: string;
  metric: MetricKey;
  stat: Statistic;
  cmp: Comparator;
  bound: number;
}

/** The examples the English --help shows (the catalogs hold them in every language). */
export const CONSTRAINT_FORMAT = en.constraint.format;

interface Token {
  kind: 'name' | 'number' | 'op' | '(' | ')';
  text: string;
  /** 1-based column in the constraint text. */
  column: number;
}

function fail(spec: string, column: number, message: string, hint?: string): never {
  const caret = `${' '.repeat(Math.max(0, column - 1))}^`;
  throw new UserError(`--constraint "${spec}": ${msg().constraint.atColumn(message, column)}:\n  ${spec}\n  ${caret}`, hint ?? msg().constraint.format);
}

function tokenize(spec: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < spec.length) {
    const c = spec[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = spec.slice(i);
    const column = i + 1;
    // a number stands only after a comparison; it is read as every number the
    // user types (src/i18n/number-input.ts: 0,25; 6 000 000; 5 %; 6 000 000 ₽),
    // so it runs up to the next ")" or the end, spaces included
    const afterOp = tokens.length > 0 && tokens[tokens.length - 1]!.kind === 'op';
    const num = afterOp ? /^[+\-−]?[^()<>=≥≤]*/.exec(rest) : /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?/.exec(rest);
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    const op = /^(?:>=|<=|=>|=<|==|≥|≤|>|<|=)/.exec(rest);
    let text: string;
    if (c === '(' || c === ')') tokens.push({ kind: c, text: (text = c), column });
    else if (afterOp && num && /^[+\-−]?[\d.,]/.test(num[0])) tokens.push({ kind: 'number', text: (text = num[0]).trimEnd(), column });
    else if (name) tokens.push({ kind: 'name', text: (text = name[0]), column });
    else if (num && num[0] !== '') tokens.push({ kind: 'number', text: (text = num[0]), column });
    else if (op) {
      text = op[0];
      if (text === '=' || text === '==') fail(spec, column, msg().constraint.notComparison(text), msg().constraint.notComparisonHint);
      const norm = text === '=>' || text === '≥' ? '>=' : text === '=<' || text === '≤' ? '<=' : text;
      tokens.push({ kind: 'op', text: norm, column });
    } else fail(spec, column, msg().constraint.unexpected(c));
    i += text.length;
  }
  return tokens;
}

function metricName(spec: string, t: Token | undefined): MetricKey {
  if (!t) fail(spec, spec.length + 1, msg().constraint.missing(msg().constraint.metricName));
  if (t.kind !== 'name') fail(spec, t.column, msg().constraint.expected(msg().constraint.metricName, t.text));
  if ((METRIC_KEYS as readonly string[]).includes(t.text)) return t.text as MetricKey;
  const guess = closest(t.text, METRIC_KEYS);
  fail(spec, t.column, msg().constraint.unknownMetric(t.text), msg().constraint.metrics(guess ?? null, METRIC_KEYS.join(', ')));
}

function numberValue(spec: string, t: Token | undefined): number {
  if (!t) fail(spec, spec.length + 1, msg().constraint.missing(msg().constraint.number));
  if (t.kind !== 'number') fail(spec, t.column, msg().constraint.expected(msg().constraint.number, t.text));
  const r = readNumber(t.text, inputLang(), { percent: true, currency: true });
  if (!r.ok) fail(spec, t.column, msg().numberInput.problem(t.text, r.problem), msg().numberInput.rule);
  return r.value;
}

function expect(spec: string, t: Token | undefined, kind: Token['kind'], what: string): Token {
  if (!t) fail(spec, spec.length + 1, msg().constraint.missing(what));
  if (t.kind !== kind) fail(spec, t.column, msg().constraint.expected(what, t.text));
  return t;
}

/** Parses one `--constraint`; a mistake is a UserError (exit 2) pointing at its column. */
export function parseConstraint(spec: string): Constraint {
  const tokens = tokenize(spec);
  let k = 0;
  const next = (): Token | undefined => tokens[k++];
  const first = next();
  if (!first) fail(spec, 1, msg().constraint.empty);
  let metric: MetricKey;
  let stat: Statistic;
  const opened = tokens[k]?.kind === '(';
  if (first.kind === 'name' && opened && (first.text === 'P' || first.text === 'Pr')) {
    next();
    metric = metricName(spec, next());
    const cmpTok = expect(spec, next(), 'op', msg().constraint.comparisonInP);
    const value = numberValue(spec, next());
    expect(spec, next(), ')', '")"');
    stat = { kind: 'probability', cmp: cmpTok.text as Comparator, value };
  } else if (first.kind === 'name' && opened && /^[pP]\d{1,3}$/.test(first.text)) {
    const q = Number(first.text.slice(1));
    if (q < 1 || q > 99) fail(spec, first.column, msg().constraint.percentile(first.text));
    next();
    metric = metricName(spec, next());
    expect(spec, next(), ')', '")"');
    stat = { kind: 'percentile', q: q / 100 };
  } else if (first.kind === 'name' && opened && first.text === 'mean') {
    next();
    metric = metricName(spec, next());
    expect(spec, next(), ')', '")"');
    stat = { kind: 'mean' };
  } else if (first.kind === 'name' && opened) {
    fail(spec, first.column, msg().constraint.unknownStatistic(first.text), msg().constraint.statisticHint);
  } else {
    metric = metricName(spec, first);
    stat = { kind: 'mean' };
  }
  const cmpTok = expect(spec, next(), 'op', msg().constraint.comparison);
  const bound = numberValue(spec, next());
  const extra = next();
  if (extra) fail(spec, extra.column, msg().constraint.afterEnd(extra.text));
  if (stat.kind === 'probability' && !(bound >= 0 && bound <= 1)) {
    fail(spec, tokens[tokens.length - 1]!.column, msg().constraint.probability(String(bound)));
  }
  // echoed as typed, its spaces evened out: taking them all out glued "6 000 000 ₽" into "6000000₽"
  return { text: spec.trim().replace(/\s+/g, ' '), metric, stat, cmp: cmpTok.text as Comparator, bound };
}

/** The constrained statistic over a simulation's per-run values of its metric (NaN runs left out). */
export function statisticValue(c: Constraint, values: ArrayLike<number>): number {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) kept.push(values[i]!);
  if (kept.length === 0) return NaN;
  const s = c.stat;
  if (s.kind === 'probability') {
    let k = 0;
    for (const v of kept) if (compare(v, s.cmp, s.value)) k++;
    return k / values.length;
  }
  if (s.kind === 'percentile') return percentile(Float64Array.from(kept).sort(), s.q);
  let sum = 0;
  for (const v of kept) sum += v;
  return sum / kept.length;
}

function compare(a: number, cmp: Comparator, b: number): boolean {
  return cmp === '>=' ? a >= b : cmp === '<=' ? a <= b : cmp === '>' ? a > b : a < b;
}

export interface ConstraintCheck {
  text: string;
  value: number;
  /** Monte Carlo standard error of the value (the mean's; sqrt(p(1 − p)/n) for a share; for a percentile, half the distance between the percentiles at q ± sqrt(q(1 − q)/n)). */
  se: number;
  /** How far inside the bound the value is (value − bound for ≥ and >, bound − value for ≤ and <); negative when violated. */
  margin: number;
  holds: boolean;
  /** Holds by at least SAFE_SE standard errors, so it should still hold on runs not yet seen. */
  safe: boolean;
}

/** How many standard errors inside its bound a constraint must be for a search to count on it. */
export const SAFE_SE = 2;

/** The standard error of a constraint's statistic over n runs. */
function statisticSe(c: Constraint, values: ArrayLike<number>, value: number, design: ErrorDesign): number {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) kept.push(values[i]!);
  const n = kept.length;
  if (n < 2 || !Number.isFinite(value)) return NaN;
  const s = c.stat;
  if (s.kind === 'probability') {
    // never 0: a share of 100 % in n runs is still uncertain by about 1/n
    const p = Math.min(1 - 1 / n, Math.max(1 / n, value));
    return Math.sqrt((p * (1 - p)) / values.length);
  }
  if (s.kind === 'percentile') {
    const sorted = Float64Array.from(kept).sort();
    const d = Math.sqrt((s.q * (1 - s.q)) / n);
    return (percentile(sorted, Math.min(1, s.q + d)) - percentile(sorted, Math.max(0, s.q - d))) / 2;
  }
  // a mean: the engine's honest s.e. for how the runs were sampled (replicate blocks under LHS)
  return meanAndSe(values, design).se;
}

/** Evaluates a constraint on per-run values of its metric, sampled as `design` says (default: independent runs). */
export function checkConstraint(c: Constraint, values: ArrayLike<number>, design: ErrorDesign = { method: 'iid' }): ConstraintCheck {
  const value = statisticValue(c, values);
  const margin = c.cmp === '>=' || c.cmp === '>' ? value - c.bound : c.bound - value;
  const holds = Number.isFinite(value) && compare(value, c.cmp, c.bound);
  const se = statisticSe(c, values, value, design);
  const safe = holds && (se === 0 || margin >= SAFE_SE * se);
  return { text: c.text, value, se, margin: Number.isFinite(margin) ? margin : -Infinity, holds, safe };
}
