/**
 * Putting a pilot's measured effects back into a draft (issue 6 step 4):
 * `effects.frequency_uplift`, `check_uplift` and `churn_reduction` become
 * normal distributions with the estimate as mean and its standard error as
 * sd, so `simulate` draws them run by run (MODEL.md §3) from evidence instead
 * of guesses. The edit goes through yaml's Document API so the draft's
 * comments, key order and layout survive; the result is validated before it
 * is returned. Pure: text in, text out.
 */
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { checkDraftText, formatIssueLine } from '../draft/load.js';

export const EFFECT_FIELDS = ['frequency_uplift', 'check_uplift', 'churn_reduction'] as const;
export type EffectField = (typeof EFFECT_FIELDS)[number];

export interface MeasuredEffect {
  mean: number;
  sd: number;
}

export interface EffectChange {
  path: string;
  /** The old value as YAML text (flow style), or "(not set)". */
  old: string;
  new: string;
}

/** Four significant digits: what a pilot can claim, and short in the file. */
export function roundEffect(v: number): number {
  return v === 0 || !Number.isFinite(v) ? v : Number(v.toPrecision(4));
}

/**
 * The draft text with the effects set, and the list of changes. Throws a
 * UserError when the draft is not valid YAML or the result does not validate.
 */
export function writeEffects(text: string, file: string, effects: Record<EffectField, MeasuredEffect>, rampMonths?: number): { text: string; changes: EffectChange[] } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new UserError(msg().cliErrors.notYaml(file, doc.errors[0]!.message.split('\n')[0]!), msg().cliErrors.validateHint(file), { file });
  }
  const changes: EffectChange[] = [];
  const values = new Map<string, { normal: MeasuredEffect } | number>();
  for (const field of EFFECT_FIELDS) {
    const e = effects[field];
    if (!Number.isFinite(e.mean) || !Number.isFinite(e.sd)) {
      throw new UserError(msg().pilotErrors.noFinite(field, e.mean, e.sd), msg().pilotErrors.noFiniteHint);
    }
    const value = { normal: { mean: roundEffect(e.mean), sd: roundEffect(Math.abs(e.sd)) } };
    values.set(field, value);
    const before = doc.getIn(['effects', field], true) as Node | undefined;
    const old = before === undefined ? '(not set)' : flowText(isScalar(before) ? before.value : (before as { toJSON(): unknown }).toJSON());
    changes.push({ path: `effects.${field}`, old, new: flowText(value) });
  }
  // the ramp the pilot supports goes with the full-size effects it was fitted with (issue 22)
  const fields: string[] = [...EFFECT_FIELDS];
  if (rampMonths !== undefined) {
    fields.push('ramp_months');
    values.set('ramp_months', rampMonths);
    const before = doc.getIn(['effects', 'ramp_months'], true) as Node | undefined;
    const old = before === undefined ? '(not set)' : flowText(isScalar(before) ? before.value : (before as { toJSON(): unknown }).toJSON());
    changes.push({ path: 'effects.ramp_months', old, new: String(rampMonths) });
  }

  // Where every old value is a one-line scalar or flow map, replace just those
  // characters: the rest of the file stays byte for byte as the user wrote it.
  const splices: Array<{ from: number; to: number; text: string }> = [];
  for (const field of fields) {
    const node = doc.getIn(['effects', field], true) as Node | undefined;
    if (!node?.range || !(isScalar(node) || (isMap(node) && node.flow))) break;
    splices.push({ from: node.range[0], to: node.range[1], text: flowText(values.get(field)!) });
  }
  let out: string;
  if (splices.length === fields.length) {
    out = text;
    for (const s of splices.sort((a, b) => b.from - a.from)) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  } else {
    // a missing or block-style field: yaml's Document API keeps the comments and
    // the key order, though it may re-indent a comment here and there
    for (const field of fields) {
      const path = ['effects', field];
      const before = doc.getIn(path, true) as Node | undefined;
      const node = doc.createNode(values.get(field), { flow: true });
      if (isScalar(before) || (isMap(before) && before.flow)) node.comment = before.comment;
      if (before) node.commentBefore = before.commentBefore;
      doc.setIn(path, node);
    }
    out = String(doc);
  }
  const check = checkDraftText(out, file);
  if (!check.valid) {
    const errors = check.issues.filter((i) => i.severity === 'error');
    throw new UserError(msg().pilotErrors.wouldBeInvalid(file, errors.map((i) => `  ${formatIssueLine(file, i)}`).join('\n')), msg().pilotErrors.wouldBeInvalidHint);
  }
  return { text: out, changes };
}

/** A value as a one-line YAML flow text: `{ normal: { mean: 0.08, sd: 0.03 } }`. */
function flowText(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${k}: ${flowText(v)}`)
    .join(', ')} }`;
}
