/**
 * `--set PATH=VALUE`: what-if without editing the file. PATH names any
 * numeric field of the draft the way sweep and tornado do (src/draft/paths.ts,
 * so fields added to the schema work without a change here); VALUE is a
 * number or a distribution in YAML flow syntax (`{ triangular: { min: 0.05,
 * mode: 0.1, max: 0.2 } }`) and replaces the field as written. The draft is
 * re-validated, so an override never runs a draft `validate` would reject.
 */
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { inputLang, lang, msg } from '../i18n/index.js';
import { readNumber } from '../i18n/number-input.js';
import { closest } from '../draft/issue.js';
import { getPath, isDistribution, PathError, setPath } from '../draft/paths.js';
import type { Draft } from '../draft/schema.js';
import { numericPaths } from './variant.js';
import { draftSchema } from '../draft/schema.js';
import { checkRules } from '../draft/rules.js';
import { formatPath } from '../draft/issue.js';
import { explainZodIssues } from '../draft/zod-issues.js';

/**
 * The first error of a draft with its hint, in the words `validate` uses
 * (issue 29: --set lost the did-you-mean and the range hints).
 */
function firstProblem(draft: unknown): { message: string; hint?: string } | undefined {
  const parsed = draftSchema.safeParse(draft);
  const issue: { path: (string | number)[]; message: string; hint?: string } | undefined = parsed.success
    ? checkRules(parsed.data).find((i) => i.severity === 'error')
    : (explainZodIssues(draftSchema, draft, parsed.error.issues).find((i) => i.severity === 'error') ?? { path: parsed.error.issues[0]!.path as (string | number)[], message: parsed.error.issues[0]!.message });
  if (!issue) return undefined;
  return { message: `${formatPath(issue.path)}: ${issue.message}`, ...(issue.hint ? { hint: issue.hint } : {}) };
}

const t = () => msg().decideErrors;

export interface Override {
  path: string;
  value: number | object;
  /** As the user wrote it, for the output header. */
  text: string;
}

/** Splits `PATH=VALUE` and reads VALUE as YAML (a number or a distribution). */
export function parseOverride(text: string): Override {
  const eq = text.indexOf('=');
  const path = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  if (eq < 0 || path === '' || raw === '') {
    throw new UserError(t().setFormat(text), t().setFormatHint);
  }
  // a number as typed (0,05, 5 %, 500 000 ₽: src/i18n/number-input.ts), else a distribution in YAML flow syntax
  const typed = readNumber(raw, inputLang(), { percent: true, currency: true });
  let value: unknown = typed.ok ? typed.value : undefined;
  if (!typed.ok) {
    try {
      value = parseYaml(raw);
    } catch {
      value = undefined;
    }
  }
  // a mapping that is not a distribution ({ unifrom: … }) goes on to the draft's
  // validation, which explains it as validate does (did you mean "uniform"?)
  const mapping = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!((typeof value === 'number' && Number.isFinite(value)) || isDistribution(value) || mapping)) {
    const why = typed.ok || raw.startsWith('{') ? msg().numberInput.setInDistribution : msg().numberInput.problem(raw, typed.problem);
    throw new UserError(t().setNotValue(path, raw), `${why}; ${t().setNotValueHint}`);
  }
  return { path, value: value as number | object, text: `${path}=${raw}` };
}

/** A copy of the draft with every override applied, validated; the first bad one is a UserError. */
export function applyOverrides(draft: Draft, overrides: readonly Override[]): Draft {
  if (overrides.length === 0) return draft;
  const copy = structuredClone(draft);
  for (const o of overrides) {
    let current: unknown;
    try {
      current = getPath(copy, o.path);
    } catch (err) {
      if (!(err instanceof PathError)) throw err;
      const guess = closest(o.path, numericPaths(draft));
      throw new UserError(t().setNoField(o.path, msg().paths.reason(err.problem), err.choices.length ? err.choices.join(', ') : null), guess ? t().didYouMean(guess) : t().numericFields(numericPaths(draft).join(', ')));
    }
    if (!(typeof current === 'number' || isDistribution(current))) {
      throw new UserError(t().setNotNumeric(o.path), t().numericFields(numericPaths(draft).join(', ')));
    }
    setPath(copy, o.path, o.value);
  }
  const err = firstProblem(copy);
  if (err) throw new UserError(t().setInvalid(overrides.map((o) => o.text).join(' '), err.message), err.hint ?? t().setInvalidHint);
  // the header of every output (text, JSON, HTML, XLSX) shows the name: say there what was overridden
  copy.name = `${draft.name} [--set ${overrides.map((o) => o.text).join(', ')}]`;
  return copy;
}
