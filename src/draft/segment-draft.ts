/**
 * docs/model.md §13: the draft a segment's customers live under. A segment
 * replaces the draft's participation, effects and mechanic fields it names
 * (the personal offer) and keeps everything else; an uninvited segment has
 * participation 0, so nobody in it joins.
 *
 * Applied to a drawn draft (every distribution already a number) once per run
 * (engine/params.ts), so a segment's uncertain values are drawn like any
 * other field, by their paths (`segments.Key.mechanics.discount.rate`).
 */
import type { Draft, Segment } from './schema.js';

/** The segment of the customers no `where` matches, under the draft's own values. */
export const OTHER_SEGMENT = 'other';

/** The draft of one segment's customers: the draft's own, with the segment's overrides, and no `segments`. */
export function segmentDraft(draft: Draft, seg: Segment): Draft {
  const out: Draft = structuredClone({ ...draft, segments: undefined });
  delete out.segments;
  if (!seg.invite) out.participation = 0;
  else if (seg.participation !== undefined) out.participation = seg.participation;
  const e = seg.effects;
  if (e) {
    if (e.frequency_uplift !== undefined) out.effects.frequency_uplift = e.frequency_uplift;
    if (e.check_uplift !== undefined) out.effects.check_uplift = e.check_uplift;
    if (e.churn_reduction !== undefined) out.effects.churn_reduction = e.churn_reduction;
    if (e.scale !== undefined) {
      const k = drawnNumber(e.scale);
      out.effects.frequency_uplift = drawnNumber(out.effects.frequency_uplift) * k;
      out.effects.check_uplift = drawnNumber(out.effects.check_uplift) * k;
      out.effects.churn_reduction = drawnNumber(out.effects.churn_reduction) * k;
    }
  }
  const o = seg.mechanics;
  if (o) {
    for (const m of out.mechanics) {
      switch (m.type) {
        case 'discount':
          if (o.discount?.rate !== undefined) m.rate = o.discount.rate;
          break;
        case 'points':
          if (o.points?.earn_per_currency !== undefined) m.earn_per_currency = o.points.earn_per_currency;
          if (o.points?.point_value !== undefined) m.point_value = o.points.point_value;
          if (o.points?.reward_cost_ratio !== undefined) m.reward_cost_ratio = o.points.reward_cost_ratio;
          break;
        case 'rebate':
          o.rebate?.brackets?.forEach((b, j) => {
            if (m.brackets[j]) m.brackets[j]!.rate = b.rate;
          });
          break;
        case 'fee':
          if (o.fee?.monthly !== undefined) m.monthly = o.fee.monthly;
          if (o.fee?.yearly !== undefined) m.yearly = o.fee.yearly;
          break;
        case 'referral':
          if (o.referral?.rate !== undefined) m.rate = o.referral.rate;
          if (o.referral?.bonus_referrer !== undefined) m.bonus_referrer = o.referral.bonus_referrer;
          if (o.referral?.bonus_new !== undefined) m.bonus_new = o.referral.bonus_new;
          break;
        case 'tiers':
          break;
      }
    }
  }
  return out;
}

/** A value of a drawn draft: the caller (run-level sampling) has replaced every distribution by a number. */
function drawnNumber(value: unknown): number {
  if (typeof value !== 'number') throw new Error(`internal: a segment's effects were not drawn to numbers (got ${JSON.stringify(value)})`);
  return value;
}

/**
 * Whether a draft's value names a customer's: text as written (trimmed; a
 * region is "North" or it is not), a number by its value, so `values: [1]`
 * finds a column of "1", "1.0" or "1,0".
 */
export function valueMatches(wanted: string | number, value: string): boolean {
  if (typeof wanted === 'string') return wanted.trim() === value;
  const v = value.replace(/\s/g, '').replace(',', '.');
  return v !== '' && Number(v) === wanted;
}
