/**
 * What a pilot's measurements mean on the draft's own scale (issue 14 parts
 * 1–2): the values `--write-effects` puts into `effects.frequency_uplift`,
 * `check_uplift` and `churn_reduction`, so that simulating the pilot's own
 * customers with them reproduces what the pilot saw, not more. Pure.
 *
 * - Frequency and check: the CUPED estimates (analyze.ts) as normal(estimate,
 *   standard error). They are already on the model's scale: MODEL.md §4 step 2
 *   multiplies λ by 1 + f, step 3 the order value by 1 + c.
 * - Churn: analyze.ts thins the frequency effect out of the inactivity
 *   contrast first, so a frequency-only pilot gives a churn effect near 0.
 *   When the remaining contrast is not distinguishable from 0 (a pilot of a
 *   few months sees few dropouts), the honest answer is "anything in the
 *   interval, no direction known": normal(0, sd) with the sd that puts the
 *   whole interval within the same central 1 − alpha band. The raw contrast
 *   is never written (it double-counts the frequency effect; issue 14).
 * - Ramp (MODEL.md §9, g(s) = min(1, s/R)): a pilot of M months on customers
 *   who all start in month 1 measures the effect times ḡ = mean over
 *   s = 1..M of g(s). The full-size effect is the measured one over ḡ; its sd
 *   grows by the same factor (1/ḡ), and when R is itself uncertain the spread
 *   of 1/ḡ over R's distribution is added (the extrapolation's own doubt).
 */
import type { Uncertain } from '../draft/schema.js';
import { catalog, type Messages } from '../i18n/index.js';
import { quantile } from '../random/distributions.js';
import { normalQuantile } from '../random/special.js';
import type { PilotAnalysis } from './analyze.js';
import type { EffectField, MeasuredEffect } from './write-effects.js';

/** MODEL.md §9's ramp factor averaged over a pilot's first `months` months: (1/M) Σₛ min(1, s/R). */
export function rampShare(rampMonths: number, months: number): number {
  if (!(rampMonths > 0)) return 1;
  const M = Math.max(1, Math.round(months));
  let sum = 0;
  for (let s = 1; s <= M; s++) sum += Math.min(1, s / rampMonths);
  return sum / M;
}

export interface RampConversion {
  /** The draft's `ramp_months` (its mean when uncertain). */
  rampMonths: number;
  /** Share of the full effect the pilot saw: ḡ at the mean R (range over R's 5–95 % when uncertain). */
  share: number;
  shareLow: number;
  shareHigh: number;
  /** The factor the measured effects were multiplied by (E[1/ḡ]). */
  factor: number;
  /** sd of 1/ḡ over R's distribution (0 when R is a number). */
  factorSd: number;
}

export interface DraftEffects {
  effects: Record<EffectField, MeasuredEffect>;
  /** True when the pilot told churn apart from no effect (then its estimate is written). */
  churnIdentified: boolean;
  ramp?: RampConversion;
  /** Plain sentences on what was written and why. */
  notes: string[];
}

/** The ramp conversion for a pilot of `months` months; undefined when R = 0 or absent. */
export function rampConversion(ramp: Uncertain | undefined, months: number): RampConversion | undefined {
  if (ramp === undefined) return undefined;
  // R's distribution on a fine deterministic grid of probabilities
  const K = typeof ramp === 'number' ? 1 : 400;
  let sumInv = 0;
  let sumInv2 = 0;
  let sumR = 0;
  for (let k = 0; k < K; k++) {
    const R = Math.max(0, quantile(ramp, (k + 0.5) / K));
    const inv = 1 / rampShare(R, months);
    sumR += R;
    sumInv += inv;
    sumInv2 += inv * inv;
  }
  const R = sumR / K;
  if (!(R > 0)) return undefined;
  const factor = sumInv / K;
  const factorSd = Math.sqrt(Math.max(0, sumInv2 / K - factor * factor));
  const at = (u: number) => rampShare(Math.max(0, quantile(ramp, u)), months);
  return { rampMonths: R, share: rampShare(R, months), shareLow: typeof ramp === 'number' ? rampShare(R, months) : at(0.95), shareHigh: typeof ramp === 'number' ? rampShare(R, months) : at(0.05), factor, factorSd };
}

/** A measured (ramped) effect as the full-size one: mean × E[1/ḡ], sd² = se²·E[1/ḡ²] + mean²·Var(1/ḡ). */
function fullSize(mean: number, sd: number, r: RampConversion | undefined): MeasuredEffect {
  if (!r) return { mean, sd };
  const e2 = r.factor * r.factor + r.factorSd * r.factorSd;
  return { mean: mean * r.factor, sd: Math.sqrt(sd * sd * e2 + mean * mean * r.factorSd * r.factorSd) };
}

/** The effects to write into a draft from a pilot analysis (see the file comment). */
/** `t` words the notes: English by default, as --json writes them. */
export function draftEffects(a: PilotAnalysis, ramp?: Uncertain, t: Messages['pilot'] = catalog('en').pilot): DraftEffects {
  const e = a.effects;
  const r = rampConversion(ramp, a.months);
  const notes: string[] = [];
  const z = normalQuantile(1 - a.alpha / 2);
  const churn = e.churnReduction;
  const churnIdentified = churn.distinguishable && Number.isFinite(churn.ciLow) && Number.isFinite(churn.ciHigh);
  let churnMeasured: MeasuredEffect;
  if (churnIdentified) {
    churnMeasured = { mean: churn.estimate, sd: churn.se };
  } else {
    const reach = Math.max(Math.abs(churn.ciLow), Math.abs(churn.ciHigh), Number.isFinite(churn.se) ? z * churn.se : 0);
    churnMeasured = { mean: 0, sd: Number.isFinite(reach) && reach > 0 ? reach / z : 0.1 };
    notes.push(t.churnUnclear(churn.pValue.toFixed(3), a.months.toFixed(1), churnMeasured.sd.toPrecision(2)));
  }
  if (r) {
    notes.push(
      t.ramp(
        String(Number(r.rampMonths.toPrecision(3))),
        String(Math.round(a.months)),
        (100 * r.share).toFixed(0),
        r.shareLow === r.shareHigh ? null : `${(100 * r.shareLow).toFixed(0)}–${(100 * r.shareHigh).toFixed(0)}`,
        r.factor.toFixed(2),
        r.factorSd > 0 ? r.factorSd.toFixed(2) : null,
        r.rampMonths > a.months,
      ),
    );
  }
  return {
    effects: {
      frequency_uplift: fullSize(e.frequencyUplift.estimate, e.frequencyUplift.se, r),
      check_uplift: fullSize(e.checkUplift.estimate, e.checkUplift.se, r),
      churn_reduction: fullSize(churnMeasured.mean, churnMeasured.sd, r),
    },
    churnIdentified,
    ...(r ? { ramp: r } : {}),
    notes,
  };
}
