/**
 * What `pilot analyze --write-effects` puts into a draft (issue 22): the
 * full-size frequency, check and churn effects the model-scale fit found
 * (ramp-fit.ts), each as normal(mean, sd) with the ramp's doubt inside the
 * sd, and the ramp the months support. Never the draft's assumed ramp: when
 * the pilot contradicts it, the message says so. Every sentence about what
 * was written is made from the values written (rounded as the file gets
 * them), so the message cannot drift from the file. Pure.
 */
import { catalog, type Messages } from '../i18n/index.js';
import { normalQuantile } from '../random/special.js';
import type { ModelEffects } from './ramp-fit.js';
import { type EffectField, type MeasuredEffect, roundEffect } from './write-effects.js';

export interface ModelWrite {
  /** The values to write, already rounded as the file will hold them. */
  effects: Record<EffectField, MeasuredEffect>;
  /** `effects.ramp_months` to write; undefined leaves the draft's (0 and unset) alone. */
  rampMonths: number | undefined;
}

const FIELDS: Array<[EffectField, 'frequency' | 'check' | 'churn']> = [
  ['frequency_uplift', 'frequency'],
  ['check_uplift', 'check'],
  ['churn_reduction', 'churn'],
];

/**
 * The values to write. The ramp is written when the pilot fits one, or when
 * the draft has one (then the fitted one replaces it, 0 included).
 */
export function modelWrite(m: ModelEffects, draftRamp: number | undefined): ModelWrite {
  const effects = {} as Record<EffectField, MeasuredEffect>;
  for (const [field, key] of FIELDS) effects[field] = { mean: roundEffect(m[key].mean), sd: roundEffect(m[key].sd) };
  const rampMonths = m.fittedRamp > 0 || (draftRamp ?? 0) > 0 ? m.fittedRamp : undefined;
  return { effects, rampMonths };
}

/**
 * Sentences on what was written, from the written values: each field's
 * normal and its central interval, and the ramp. `num` formats a number
 * for people (4 significant digits is what the file holds).
 */
export function writtenNotes(w: ModelWrite, alpha: number, t: Messages['pilotModel'] = catalog('en').pilotModel, num: (x: number) => string = (x) => String(x), pct: (x: number) => string = (x) => `${(100 * x).toFixed(1)} %`): string[] {
  const z = normalQuantile(1 - alpha / 2);
  const level = pct(1 - alpha).replace(/[.,]0(?=\D*$)/, '');
  const notes = FIELDS.map(([field]) => {
    const e = w.effects[field];
    return t.written(field, num(e.mean), num(e.sd), level, pct(e.mean - z * e.sd), pct(e.mean + z * e.sd));
  });
  if (w.rampMonths !== undefined) notes.push(t.writtenRamp(String(w.rampMonths)));
  return notes;
}
