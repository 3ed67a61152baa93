/**
 * Variants of a draft for sweep and breakeven: one numeric field set to a
 * value, re-validated against the draft rules so that a batch of simulations
 * never runs a draft `validate` would reject.
 *
 * A field that is a distribution is moved, not replaced: its location shifts
 * so that its mean becomes the value and its spread stays (min/mode/max of a
 * triangular, pert or uniform move together; normal, lognormal, beta and gamma
 * keep their sd). The run-level uniforms of a field depend only on its path
 * (src/engine/inputs.ts), so every variant draws the field from the same
 * uniforms run by run: common random numbers across variants.
 */
import { draftSchema, type Distribution, type Draft } from '../draft/schema.js';
import { checkRules, type Range, PRICE_CUT, SHARE, MARGIN, CHURN_CUT, UPLIFT, NON_NEGATIVE } from '../draft/rules.js';
import { closest, formatPath } from '../draft/issue.js';
import { getPath, isDistribution, numericFields, PathError, setPath } from '../draft/paths.js';
import { distributionMean } from '../random/distributions.js';
import { withValue } from '../draft/shift.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';

/** Whole-number fields: a sweep may step them by whole numbers; breakeven cannot solve for them. */
const INTEGER_FIELDS = new Set(['horizon_months', 'redemption_lag_months', 'expiry_months', 'count']);

/**
 * Every numeric field of a draft by its friendly path (numbers and
 * distributions), outside the `customers` block, in document order. The
 * naming follows src/draft/paths.ts: a mechanic by its type, a level by its name.
 */
export function numericPaths(draft: Draft): string[] {
  return numericFields(draft).map((f) => f.path);
}

/** The value of a numeric field as swept: the number, or the distribution's mean. */
export function currentValue(draft: Draft, path: string): number {
  const v = resolveNumeric(draft, path);
  return typeof v === 'number' ? v : distributionMean(v);
}

/** The field at a path, which must be a number or a distribution; else a UserError listing the numeric paths. */
export function resolveNumeric(draft: Draft, path: string): number | Distribution {
  const t = msg().decideErrors;
  const hint = t.numericFields(numericPaths(draft).join(', '));
  if (path === 'customers' || path.startsWith('customers.')) {
    throw new UserError(t.customersShared(path), t.customersSharedHint);
  }
  let value: unknown;
  try {
    value = getPath(draft, path);
  } catch (err) {
    if (err instanceof PathError) {
      const guess = closest(path, numericPaths(draft));
      throw new UserError(t.noNumericField(path, msg().paths.reason(err.problem), err.choices.length ? err.choices.join(', ') : null), guess ? t.didYouMeanThese(guess, hint) : hint);
    }
    throw err;
  }
  if (typeof value === 'number' || isDistribution(value)) return value;
  throw new UserError(t.notNumeric(path, Array.isArray(value) ? 'list' : typeof value), hint);
}

/** Whether a field takes whole numbers only. */
export function isIntegerField(path: string): boolean {
  return INTEGER_FIELDS.has(path.split('.').pop()!.replace(/\[\d+\]$/, ''));
}

/** How a path's value is applied, in words, for --help and output. */
export function describeVariation(draft: Draft, path: string): string {
  const v = resolveNumeric(draft, path);
  if (typeof v === 'number') return msg().decide.setTo(path);
  return msg().decide.shifted(path, Object.keys(v)[0]!);
}

/** The first rule error of a draft, or undefined if it is valid. */
export function draftError(draft: unknown): string | undefined {
  const parsed = draftSchema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${formatPath(issue.path as (string | number)[])}: ${issue.message}`;
  }
  const err = checkRules(parsed.data).find((i) => i.severity === 'error');
  return err ? `${formatPath(err.path)}: ${err.message}` : undefined;
}

/** A copy of the draft with the field at `path` set to `value` (a distribution shifted), not yet validated. */
export function variantUnchecked(draft: Draft, path: string, value: number): Draft {
  resolveNumeric(draft, path);
  return withValue(draft, path, value);
}

/** A copy with the field set to `value`, validated against the schema and rules; an invalid one is a UserError. */
export function variant(draft: Draft, path: string, value: number): Draft {
  const t = msg().decideErrors;
  if (!Number.isFinite(value)) throw new UserError(t.notFinite(path, value));
  if (isIntegerField(path) && !Number.isInteger(value)) {
    throw new UserError(t.wholeGot(path, value), t.wholeHint);
  }
  const copy = variantUnchecked(draft, path, value);
  const err = draftError(copy);
  if (err) {
    throw new UserError(t.variantInvalid(path, value, err), t.keepInRange(path, isDistribution(getPath(draft, path))));
  }
  return copy;
}

/** The field's valid range by the draft rules (src/draft/rules.ts), from the last segment of its path. */
export function fieldRange(path: string): Range {
  const key = path.split('.').pop()!.replace(/\[\d+\]$/, '');
  if (path === 'gross_margin') return MARGIN;
  if (path === 'discount_rate_annual') return PRICE_CUT;
  if (path === 'participation' || key === 'redemption_rate') return SHARE;
  if (key === 'churn_reduction') return CHURN_CUT;
  if (key === 'frequency_uplift' || key === 'check_uplift') return UPLIFT;
  if (key === 'rate' || key === 'discount') return PRICE_CUT;
  return NON_NEGATIVE;
}

/**
 * The interval breakeven searches: the valid range with open ends pulled in,
 * uplifts cut to [−0.5, 3] (a program that more than quadruples purchases is
 * not a plan), and an unbounded upper end replaced by `unboundedHigh`.
 */
export function searchInterval(path: string, unboundedHigh: number): [number, number] {
  const r = fieldRange(path);
  if (r === UPLIFT) return [-0.5, 3];
  const eps = 1e-3;
  const lo = r.loOpen ? r.lo + eps : r.lo;
  const hi = r.hi === Infinity ? unboundedHigh : r.hiOpen ? r.hi - eps : r.hi;
  return [lo, hi];
}
