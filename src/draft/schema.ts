/**
 * The program draft schema (PROGRAM-FORMAT.md): the one source of truth.
 * The TypeScript types are inferred from it and the JSON Schema
 * (`loyalty-sim schema`, scenarios/program.schema.json) is generated from it.
 *
 * Structural counts (customers, months, lags) and thresholds (tier and
 * bracket `min_spend`) are plain numbers: the rules that order levels and
 * brackets need fixed values. Every other numeric field may be a number or a
 * distribution, drawn once per Monte Carlo run (docs/model.md §3).
 */
import { z } from 'zod';
import { onSetLang } from '../i18n/index.js';

// zod's own messages (a wrong type, a missing key) in the CLI's language: i18n/index.ts no longer imports zod
onSetLang((lang) => z.config(lang === 'ru' ? z.locales.ru() : z.locales.en()));

/**
 * Every number of a draft is at most 1e12 in size: larger is a typo or an
 * overflow (1e308 would print as a cost of 0), not a plan; no company's money,
 * count or distribution parameter comes near it.
 */
export const MAX_MAGNITUDE = 1e12;
const finite = z
  .number()
  .refine(Number.isFinite, 'must be a finite number')
  .refine((x) => Math.abs(x) <= MAX_MAGNITUDE, 'must be between -1e12 and 1e12');

const minModeMax = z.strictObject({ min: finite, mode: finite, max: finite });

/** docs/model.md §3: the run-level distributions a numeric field may take. */
export const distributionSchema = z.union([
  z.strictObject({ triangular: minModeMax }),
  z.strictObject({ pert: minModeMax }),
  z.strictObject({ normal: z.strictObject({ mean: finite, sd: finite }) }),
  z.strictObject({ lognormal: z.strictObject({ mean: finite, sd: finite }) }),
  z.strictObject({ uniform: z.strictObject({ min: finite, max: finite }) }),
  z.strictObject({
    beta: z.union([z.strictObject({ a: finite, b: finite }), z.strictObject({ mean: finite, sd: finite })]),
  }),
  z.strictObject({ gamma: z.strictObject({ shape: finite, rate: finite }) }),
]).meta({ id: 'Distribution', description: 'uncertain: drawn once per Monte Carlo run (docs/model.md §3)' });

/** A numeric field: a fixed number or a distribution drawn once per run. */
export const uncertainSchema = z.union([finite, distributionSchema]).meta({ id: 'Uncertain', description: 'a number, or a distribution drawn once per run' });

export type Distribution = z.infer<typeof distributionSchema>;
export type Uncertain = z.infer<typeof uncertainSchema>;

const money = uncertainSchema;
const rate = uncertainSchema;

const syntheticSchema = z.strictObject({
  count: z.number().int().min(1).max(10_000_000).describe('number of simulated customers'),
  orders_per_month: z
    .strictObject({ gamma: z.strictObject({ shape: finite, rate: finite }) })
    .describe('BG/NBD lambda across customers: Gamma(shape r, rate alpha), orders per month while active'),
  dropout_per_order: z
    .strictObject({
      beta: z.union([z.strictObject({ a: finite, b: finite }), z.strictObject({ mean: finite, sd: finite })]),
    })
    .describe('BG/NBD p across customers: probability of dropping out right after an order'),
  order_value: z
    .strictObject({ gamma_gamma: z.strictObject({ p: finite, q: finite, gamma: finite }) })
    .describe('Gamma-Gamma order value: mean list value per order p*gamma/(q-1)'),
  warm_start: z
    .boolean()
    .default(false)
    .describe('docs/model.md §8: a customer\'s spend of the 12 months before month 1 is 12 times its expected monthly spend, so tier members start at the level their spend earns'),
});

/** docs/model.md §9: effect weights per spend tercile (light, medium, heavy buyers). */
const bySpendSchema = z.strictObject({
  light: uncertainSchema.default(1),
  medium: uncertainSchema.default(1),
  heavy: uncertainSchema.default(1),
});

const effectsSchema = z.strictObject({
  frequency_uplift: rate.default(0).describe('relative rise in members\' order frequency'),
  check_uplift: rate.default(0).describe('relative rise in members\' order value'),
  churn_reduction: rate.default(0).describe('relative cut in members\' dropout hazard'),
  // docs/model.md §9: how effects grow, wear off and differ across customers
  ramp_months: z.number().int().min(0).max(120).default(0).describe('effects grow linearly to full size over this many membership months (0: full size at once)'),
  half_life_months: z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE).describe('after the ramp, the part of the effect above long_run_share halves every this many months (absent: no wear-off)').optional(),
  long_run_share: rate.default(1).describe('share of the effect that never wears off'),
  by_spend: bySpendSchema.default({ light: 1, medium: 1, heavy: 1 }).describe('effect weights for light, medium and heavy buyers (spend terciles)'),
  reference_reward_rate: z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE).describe('the reward rate at which the uplifts were judged (required with reward_elasticity)').optional(),
  reward_elasticity: rate.default(0).describe('effects scale with (reward rate / reference_reward_rate) to this power (0: no scaling)'),
});

const EFFECTS_DEFAULT = {
  frequency_uplift: 0,
  check_uplift: 0,
  churn_reduction: 0,
  ramp_months: 0,
  long_run_share: 1,
  by_spend: { light: 1, medium: 1, heavy: 1 },
  reward_elasticity: 0,
};

/** docs/model.md §8: who is offered the program, who joins, and when. */
const enrolmentSchema = z.strictObject({
  eligible_top_share: z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE).default(1).describe('only the top share of active customers by expected spend is offered the program (1: everyone)'),
  selection: rate.default(0).describe('in (-1, 1): how strongly heavier buyers join more (0: joining is independent of spend)'),
  months: z.number().int().min(1).max(240).default(1).describe('members join spread evenly over months 1..months'),
});

/** docs/model.md §10: bracket push and pull-forward, on rebates and tiers. */
const pushFields = {
  push: rate.default(0).describe('relative rise in order frequency in the month before a bonus date or review, when within reach of the next bracket or level'),
  reach: z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE).default(0.2).describe('within this share below the next bracket or level a member pushes'),
  pull_forward: rate.default(0).describe('share of the pushed orders taken out of the following month (1: the push only moves orders in time)'),
};

/** Who receives a reward and in what form: the B2B bribery lint needs both. */
const rewardSchema = z.strictObject({
  form: z.enum(['discount', 'goods', 'service', 'cash']).default('goods'),
  recipient: z.enum(['company', 'employee']).default('company'),
});

export const discountSchema = z.strictObject({
  type: z.literal('discount'),
  rate: rate.describe('share of list price taken off every member purchase'),
});

export const pointsSchema = z.strictObject({
  type: z.literal('points'),
  earn_per_currency: rate.describe('points issued per unit of net revenue'),
  point_value: money.describe('currency value of one point at redemption'),
  redemption_rate: rate.describe('share of points ever redeemed (1 - breakage)').optional(),
  redemption_lag_months: z.number().int().min(0).max(120).default(1),
  expiry_months: z
    .number()
    .int()
    .min(1)
    .max(240)
    .describe('months after which a lot of points expires; without it points never expire (docs/model.md §10)')
    .optional(),
  reward_cost_ratio: rate.default(1).describe('cost to the company of one unit of reward face value'),
  redemption: z
    .strictObject({
      threshold: z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE).describe('points needed for the smallest reward'),
      monthly_propensity: rate.describe('chance that a member holding at least the threshold redeems in a month'),
      pressure: rate.default(0).describe('goal gradient: up to this relative rise in frequency as the balance nears the threshold'),
      post_reward_lift: rate.default(0).describe('relative rise in frequency in the months after a redemption'),
      post_reward_months: z.number().int().min(0).max(120).default(1),
    })
    .describe('docs/model.md §10: simulated balances, instead of redemption_rate and redemption_lag_months')
    .optional(),
  reward: rewardSchema.optional(),
  // docs/model.md §14: rewards partly paid for by partners (a supplier, a bank, a fuel chain)
  partner_funded_share: rate.describe('share of each point\'s reward cost that partners pay (docs/model.md §14)').optional(),
  partner_fee_per_point: z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE).optional().describe('paid to the program by partners per point redeemed (docs/model.md §14)'),
});

export const tierLevelSchema = z.strictObject({
  name: z.string().min(1),
  min_spend: z.number().min(0).max(MAX_MAGNITUDE).describe('trailing 12-month list spend needed for this level'),
  discount: rate.default(0),
  points_multiplier: uncertainSchema.default(1),
  frequency_uplift: rate.default(0),
  check_uplift: rate.default(0),
  churn_reduction: rate.default(0),
  benefit_cost_per_month: money.default(0).describe('e.g. a personal manager'),
  benefit_cost_per_order: money.default(0).describe('e.g. free express delivery'),
  extra_payment_days: z.number().int().min(0).max(365).default(0).describe('docs/model.md §11: longer payment terms, costed at cost_of_capital_annual'),
});

export const tiersSchema = z.strictObject({
  type: z.literal('tiers'),
  review: z.enum(['monthly', 'quarterly', 'yearly']).default('quarterly'),
  qualification: z
    .enum(['spend', 'discretionary'])
    .default('spend')
    .describe('spend: objective trailing 12-month spend; discretionary: chosen by managers (an antitrust risk; simulated as spend)'),
  levels: z.array(tierLevelSchema).min(1),
  ...pushFields,
});

export const rebateSchema = z.strictObject({
  type: z.literal('rebate'),
  period: z.enum(['month', 'quarter', 'year']).default('quarter'),
  brackets: z
    .array(z.strictObject({ min_spend: z.number().min(0).max(MAX_MAGNITUDE), rate }))
    .min(1)
    .describe('the highest bracket reached applies to the whole period\'s net revenue'),
  ...pushFields,
  reward: rewardSchema.optional(),
});

/** docs/model.md §11: a paid program or business club. */
export const feeSchema = z.strictObject({
  type: z.literal('fee'),
  monthly: money.default(0).describe('fee per active member per month'),
  yearly: money.default(0).describe('fee charged in the join month and every 12 membership months after'),
});

/** docs/model.md §11: members bring new customers. */
export const referralSchema = z.strictObject({
  type: z.literal('referral'),
  rate: rate.describe('referred new customers per member per year'),
  bonus_referrer: money.default(0).describe('paid to the member at the new customer\'s first order'),
  bonus_new: money.default(0).describe('paid to the new customer at its first order'),
  organic_share: rate.default(0).describe('share of referred customers who would have come anyway'),
});

/** docs/model.md §14: one thing the business wants a member to do besides buying. */
export const actionSchema = z.strictObject({
  name: z.string().min(1),
  monthly_probability: rate.describe('chance that an active member takes the action in a month'),
  points: z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE).default(0).describe('points earned per action'),
  value: money.default(0).describe('money the company gains per action (a saved call, an online order, a filled profile)'),
});

/** docs/model.md §14: paying invoices early, the B2B action. */
export const earlyPaymentSchema = z.strictObject({
  share: rate.describe('share of a member\'s active months in which it pays early'),
  days: z.number().int().min(1).max(365).describe('days earlier than the usual terms'),
  points_per_currency: z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE).default(0).describe('points per unit of the month\'s net revenue when paid early'),
});

/** docs/model.md §14: points for actions besides buying. */
export const actionsSchema = z.strictObject({
  type: z.literal('actions'),
  early_payment: earlyPaymentSchema.optional(),
  list: z.array(actionSchema).default([]),
});

export const mechanicSchema = z.discriminatedUnion('type', [discountSchema, pointsSchema, tiersSchema, rebateSchema, feeSchema, referralSchema, actionsSchema]);

const costsSchema = z.strictObject({
  launch: money.default(0).describe('one-time cost at month 0'),
  monthly: money.default(0).describe('running cost every month'),
  per_member_monthly: money.default(0).describe('cost per active member per month'),
});

/**
 * docs/model.md §13: which customers a segment holds. First match wins; the
 * customers no segment's `where` matches form the segment "other", under the
 * draft's own values.
 */
const segmentWhereSchema = z.union([
  z.strictObject({
    spend_top_share: z
      .tuple([z.number().min(0).max(1), z.number().min(0).max(1)])
      .describe('[a, b]: customers whose spend score ranks between the top share a and b ([0, 0.2]: the top 20 %)'),
  }),
  z.strictObject({ rfm: z.array(z.string().min(1)).min(1).describe('the profile\'s RFM classes (needs a history)') }),
  z.strictObject({
    column: z.strictObject({
      name: z.string().min(1),
      values: z.array(z.union([z.string(), finite])).min(1),
    }).describe('a customer attribute from the history or a customer file (region, industry)'),
  }),
]);

/** docs/model.md §13: a segment's effects, replacing the draft's or scaling them. */
const segmentEffectsSchema = z.strictObject({
  frequency_uplift: rate.optional(),
  check_uplift: rate.optional(),
  churn_reduction: rate.optional(),
  scale: rate.describe('multiplies the three uplifts (the draft\'s, or this segment\'s where given)').optional(),
});

/**
 * docs/model.md §13: the personal offer, per mechanic type the fields to
 * replace. Structural fields (tier levels, review, rebate period, points
 * redemption model) stay the draft's: a segment changes the terms, not the
 * program's shape, so the totals and the tier mix add up across segments.
 */
const segmentMechanicsSchema = z.strictObject({
  discount: z.strictObject({ rate: rate.optional() }).optional(),
  points: z.strictObject({ earn_per_currency: rate.optional(), point_value: money.optional(), reward_cost_ratio: rate.optional() }).optional(),
  rebate: z.strictObject({ brackets: z.array(z.strictObject({ rate })).min(1).describe('one rate per bracket of the draft\'s rebate, in order').optional() }).optional(),
  fee: z.strictObject({ monthly: money.optional(), yearly: money.optional() }).optional(),
  referral: z.strictObject({ rate: rate.optional(), bonus_referrer: money.optional(), bonus_new: money.optional() }).optional(),
});

export const segmentSchema = z.strictObject({
  name: z.string().min(1),
  where: segmentWhereSchema,
  invite: z.boolean().default(true).describe('false: nobody in this segment is offered the program'),
  participation: rate.describe('share of this segment\'s eligible customers who join (default: the draft\'s)').optional(),
  effects: segmentEffectsSchema.optional(),
  mechanics: segmentMechanicsSchema.optional(),
});

export const draftSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as RUB, USD, EUR'),
  horizon_months: z.number().int().min(1).max(240),
  gross_margin: rate.describe('share of list price kept as gross profit'),
  discount_rate_annual: rate.default(0.1).describe('annual discount rate for NPV'),
  roi_basis: z.enum(['margin', 'revenue']).default('margin'),
  cost_of_capital_annual: rate.describe('annual cost of capital for payment-terms costs (default: discount_rate_annual)').optional(),
  customers: z.strictObject({ synthetic: syntheticSchema.optional() }).optional(),
  participation: rate.default(1).describe('share of eligible active customers who join'),
  enrolment: enrolmentSchema.default({ eligible_top_share: 1, selection: 0, months: 1 }),
  effects: effectsSchema.default(EFFECTS_DEFAULT),
  mechanics: z.array(mechanicSchema).default([]),
  costs: costsSchema.default({ launch: 0, monthly: 0, per_member_monthly: 0 }),
  segments: z.array(segmentSchema).min(1).describe('docs/model.md §13: parts of the base with their own terms; first match wins, the rest is "other"').optional(),
});

/** A draft as written and validated, with defaults filled in. */
export type Draft = z.infer<typeof draftSchema>;
export type DraftInput = z.input<typeof draftSchema>;
export type Mechanic = z.infer<typeof mechanicSchema>;
export type TierLevel = z.infer<typeof tierLevelSchema>;
export type Tiers = z.infer<typeof tiersSchema>;
export type Points = z.infer<typeof pointsSchema>;
export type Rebate = z.infer<typeof rebateSchema>;
export type DiscountMechanic = z.infer<typeof discountSchema>;
export type Fee = z.infer<typeof feeSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type Actions = z.infer<typeof actionsSchema>;
export type Enrolment = z.infer<typeof enrolmentSchema>;
export type Effects = z.infer<typeof effectsSchema>;
export type Synthetic = z.infer<typeof syntheticSchema>;
export type Segment = z.infer<typeof segmentSchema>;

/** The JSON Schema of program drafts, for editors (`yaml-language-server`). */
export function draftJsonSchema(): Record<string, unknown> {
  // reused subschemas become definitions: the distribution union alone appears in some 30 fields
  return z.toJSONSchema(draftSchema, { io: 'input', target: 'draft-7', reused: 'ref' }) as Record<string, unknown>;
}
