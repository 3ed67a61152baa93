/**
 * Commented draft templates for `init` (CLI.md): points, discount, tiers,
 * rebate, hybrid, a paid business club and a dealer referral program, in the
 * B2B wholesale flavour of PROGRAM-FORMAT.md. Each is a scenario in
 * scenarios/ word for word (a test keeps them equal), and all share the
 * currency, horizon and synthetic customers, so compare can set them side by
 * side on the same customers.
 *
 * The behaviour of docs/model.md §8–10 (staged joining, self-selection, effects
 * that build and wear off, heavy buyers changing least, thresholds) is set to
 * values drawn from published research, and each line's comment says which;
 * where research gives a direction but no number, the comment says the number
 * is judged.
 *
 * The wizard's answers are written into a template by replacing the text of
 * the value nodes only, so every comment and alignment survives.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { PathSegment } from './issue.js';
import { russianTemplate } from './templates-ru.js';
import type { TemplateName } from './template-names.js';

// the names and their one-line descriptions live apart from the templates (and yaml), so init's --help loads neither
export { TEMPLATE_DESCRIPTIONS, TEMPLATE_NAMES, type TemplateName } from './template-names.js';

/** The scenario file in scenarios/ that each template is, word for word. */
export const TEMPLATE_SCENARIOS: Record<TemplateName, string> = {
  points: 'points-only.yaml',
  discount: 'discount-only.yaml',
  tiers: 'tiers.yaml',
  rebate: 'rebate.yaml',
  hybrid: 'wholesale-hybrid.yaml',
  club: 'business-club.yaml',
  referral: 'dealer-referral.yaml',
  'early-pay': 'early-payment.yaml',
  segments: 'segmented-offer.yaml',
};

const SCHEMA_LINE = '# yaml-language-server: $schema=program.schema.json\n';

/** A value and its comment, the comment in column 34 as in PROGRAM-FORMAT.md. */
const line = (indent: number, text: string, comment: string): string =>
  `${' '.repeat(indent)}${text}${' '.repeat(Math.max(1, 33 - indent - text.length))}# ${comment}\n`;

/**
 * Where the synthetic customers and the behaviour numbers come from; the
 * same in every template, so each scenario's brief can point to it.
 */
const SOURCES = `# Customers: a synthetic wholesale base (BG/NBD + Gamma-Gamma priors): about 0.4
# orders a month per active client, 30,000 RUB a typical order, a yearly
# dropout of about 23 %. Replace them with your history: --history orders.csv.
`;

const header = (name: string, brief: string): string => `name: ${name}
${brief}${SOURCES}currency: RUB
horizon_months: 36
gross_margin: 0.25               # share of list price kept as gross profit
discount_rate_annual: 0.15       # for NPV
roi_basis: margin                # margin (default) | revenue

customers:                       # used when no --history is given
  synthetic:
    count: 10000
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }      # lambda
    dropout_per_order: { beta: { a: 0.6, b: 6 } }                # p
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 15000 } }   # mean p*gamma/(q-1)
    warm_start: true             # clients start at the tier their last year's spend earns
`;

/** docs/model.md §8: who joins and when. */
const enrolment = (selection: number, months: number, why: string): string => `
enrolment:                       # docs/model.md §8: who joins, and when
${line(2, `selection: ${selection}`, 'heavier buyers join more readily: members are not a random')}${line(0, '', 'sample (self-selection: Leenheer et al. 2007; Meyer-Waarden 2008)')}${line(2, `months: ${months}`, why)}`;

/**
 * docs/model.md §9: effects build, wear off and differ by spend. The by-spend
 * weights average 0.97, so the uplifts above keep roughly their stated size.
 */
const dynamics = (ramp: number, halfLife: number, longRun: number): string =>
  line(2, `ramp_months: ${ramp}`, `effects build over the first months of membership (Liu 2007)`) +
  line(2, `half_life_months: ${halfLife}`, 'then the novelty wears off (Meyer-Waarden 2008); the pace is') +
  line(0, '', 'judged, not measured: a pilot over a year measures it') +
  line(2, `long_run_share: ${longRun}`, 'share of the effect that lasts') +
  '  by_spend: { light: 1.3, medium: 1.0, heavy: 0.6 }   # heavy buyers change least (Liu 2007; Bell & Lal 2003)\n';

const HYBRID = `${header(
  'Wholesale hybrid - points and tiers',
  `# The full wholesale example: points on every purchase, three tiers by
# trailing 12-month spend and a quarterly volume rebate, for a wholesaler's
# 10,000 active B2B clients. The uplifts are the ranges practitioners quote
# for hybrid B2B programs; run \`pilot plan\` to measure them before launch.
`,
)}
participation: { beta: { mean: 0.6, sd: 0.1 } }
${enrolment(0.3, 6, 'sales reps sign clients up over the first half-year')}
effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.05, mode: 0.15, max: 0.30 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.05, max: 0.10 } }
  churn_reduction:  { pert: { min: 0.05, mode: 0.15, max: 0.30 } }
${dynamics(4, 18, 0.5)}
mechanics:                       # a hybrid is simply more than one entry
  - type: points
    earn_per_currency: 0.01      # 1 point per 100 RUB of net revenue
    point_value: 1               # RUB per point at redemption
    expiry_months: 12
    reward_cost_ratio: 1.0
    redemption:                  # simulated balances (docs/model.md §10)
      threshold: 500             # the median client reaches it in about 8 months
      monthly_propensity: 0.4    # a client at the threshold redeems within ~2 months
      pressure: 0.15             # goal gradient: buying speeds up near the reward
                                 # (Kivetz, Urminsky & Zheng 2006)
  - type: tiers
    review: monthly              # monthly | quarterly | yearly
    levels:
      - { name: Silver, min_spend: 0 }
      - { name: Gold, min_spend: 150000, discount: 0.02, points_multiplier: 1.5 }
      - name: Platinum
        min_spend: 500000
        discount: 0.04
        points_multiplier: 2
        churn_reduction: 0.10
        benefit_cost_per_month: 1000     # personal manager
        benefit_cost_per_order: 500      # free express delivery
  - type: rebate
    period: quarter              # month | quarter | year
    brackets:
      - { min_spend: 300000, rate: 0.01 }
      - { min_spend: 1000000, rate: 0.02 }
    push: 0.2                    # +20 % orders in a quarter's last month near a bracket
    pull_forward: 0.5            # half of them come out of the next month
  # - type: discount
  #   rate: 0.03

costs:
  launch: 2000000                # one-time: IT integration, launch campaign
  monthly: 150000                # platform, staff
  per_member_monthly: 50         # communications
`;

const costs = (launch: number, monthly: number, perMember: number): string => `
costs:
  launch: ${launch}${' '.repeat(Math.max(1, 23 - String(launch).length))}# one-time: IT integration, launch campaign
  monthly: ${monthly}${' '.repeat(Math.max(1, 22 - String(monthly).length))}# platform, staff
  per_member_monthly: ${perMember}${' '.repeat(Math.max(1, 11 - String(perMember).length))}# communications
`;

const POINTS = `${header(
  'Wholesale points',
  `# Points on every purchase, spent on goods from a catalogue once a client
# holds enough of them. The threshold and expiry decide how much is ever
# redeemed: balances are simulated rather than assumed (docs/model.md §10).
`,
)}
participation: { beta: { mean: 0.5, sd: 0.1 } }   # share of active clients who join
${enrolment(0.3, 6, 'sales reps sign clients up over the first half-year')}
effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.03, mode: 0.10, max: 0.20 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.03, max: 0.08 } }
  churn_reduction:  { pert: { min: 0.03, mode: 0.10, max: 0.20 } }
${dynamics(4, 18, 0.5)}
mechanics:
  - type: points
    earn_per_currency: 0.02      # 2 points per 100 RUB of net revenue
    point_value: 1               # RUB per point at redemption
    expiry_months: 12            # under 6 months feels like a trick
    reward_cost_ratio: 0.8       # rewards are goods bought at cost, not list price
    redemption:                  # simulated balances (docs/model.md §10)
      threshold: 500             # the median client reaches it in about 4 months
      monthly_propensity: 0.5    # a client at the threshold redeems within ~2 months
      pressure: 0.15             # goal gradient: buying speeds up near the reward
                                 # (Kivetz, Urminsky & Zheng 2006)
      post_reward_lift: 0        # and slows back after it (their post-reward reset)
    reward:
      form: goods                # discount | goods | service | cash
      recipient: company         # company | employee (rewards to client staff are a bribery risk)
${costs(1500000, 120000, 40)}`;

const DISCOUNT = `${header(
  'Wholesale member discount',
  `# A flat 3 % member discount: the simplest program, and the one that pays
# most of its cost to purchases that would have happened anyway.
`,
)}
participation: { beta: { mean: 0.7, sd: 0.1 } }   # a discount is easy to join
${enrolment(0.3, 3, 'a discount needs little selling: joins in a quarter')}
effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.00, mode: 0.05, max: 0.12 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.04, max: 0.08 } }
  churn_reduction:  { pert: { min: 0.00, mode: 0.05, max: 0.12 } }
${dynamics(3, 12, 0.3)}
mechanics:
  - type: discount
    rate: 0.03                   # 3 % off list price on every member order
${costs(300000, 50000, 10)}`;

const TIERS = `${header(
  'Wholesale tiers',
  `# Silver / Gold / Platinum by trailing 12-month spend, reviewed each quarter.
# Platinum clients get a personal manager, free express delivery and 15 more
# days to pay, a benefit B2B clients value and finance must cost.
`,
)}
participation: { beta: { mean: 0.6, sd: 0.1 } }   # share of active clients who join
${enrolment(0.3, 6, 'sales reps sign clients up over the first half-year')}
effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.03, mode: 0.10, max: 0.20 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.05, max: 0.10 } }
  churn_reduction:  { pert: { min: 0.05, mode: 0.12, max: 0.25 } }
${dynamics(4, 18, 0.5)}
mechanics:
  - type: tiers
    review: quarterly            # monthly | quarterly | yearly
    qualification: spend         # objective trailing 12-month spend, open to all who reach it
    push: 0.15                   # clients just below a level buy more before the review
    pull_forward: 0.5            # half of it comes out of the month after
    levels:                      # sorted by min_spend, the first at 0
      - { name: Silver, min_spend: 0 }
      - { name: Gold, min_spend: 150000, discount: 0.02 }
      - name: Platinum
        min_spend: 500000
        discount: 0.04
        churn_reduction: 0.10
        benefit_cost_per_month: 1000     # personal manager
        benefit_cost_per_order: 500      # free express delivery
        extra_payment_days: 15           # costed at discount_rate_annual
${costs(1000000, 100000, 30)}`;

const REBATE = `${header(
  'Wholesale volume rebate',
  `# A quarterly retro-bonus on volume brackets, paid as a credit note. Clients
# near a bracket push orders into the quarter's last month, and part of that
# is orders moved forward from the next (see rebate-loading.yaml for the worst case).
`,
)}
participation: { beta: { mean: 0.6, sd: 0.1 } }   # share of active clients who join
${enrolment(0.3, 3, 'announced to all clients: joins in a quarter')}
effects:                         # on members; uncertain, so distributions
  # The effects apply to every member, but a quarterly rebate moves mainly the
  # accounts near a bracket: keep them modest, and measure them in a pilot.
  frequency_uplift: { triangular: { min: 0.00, mode: 0.03, max: 0.08 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.02, max: 0.06 } }
  churn_reduction:  { pert: { min: 0.00, mode: 0.04, max: 0.10 } }
${dynamics(3, 18, 0.5)}
mechanics:
  - type: rebate
    period: quarter              # month | quarter | year
    brackets:                    # the highest bracket reached applies to the whole quarter
      - { min_spend: 100000, rate: 0.01 }
      - { min_spend: 300000, rate: 0.02 }
      - { min_spend: 1000000, rate: 0.03 }
    push: { triangular: { min: 0.1, mode: 0.2, max: 0.4 } }   # extra orders near a bracket
    reach: 0.2                   # within 20 % of the next bracket
    pull_forward: { triangular: { min: 0.2, mode: 0.5, max: 0.8 } }   # share moved from next month
    reward:
      form: discount             # credited against the next invoices
      recipient: company
${costs(500000, 60000, 10)}`;

const CLUB = `${header(
  'Wholesale business club',
  `# A paid business club: clients pay 12,000 RUB a year for quarterly market
# research, training for their sales staff and a knowledge base. The club
# earns its fee; the question is whether the services cost less than the fee
# plus what members buy more. Fewer clients join a paid club, and mostly the
# larger ones; its effect on buying is modest.
`,
)}
participation: { beta: { mean: 0.15, sd: 0.05 } }   # a paid club: few join
${enrolment(0.5, 12, 'membership is sold account by account over a year')}
effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.00, mode: 0.04, max: 0.10 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.02, max: 0.05 } }
  churn_reduction:  { pert: { min: 0.05, mode: 0.15, max: 0.30 } }   # members stay: they paid
${dynamics(6, 24, 0.6)}
mechanics:
  - type: fee                    # docs/model.md §11: income, never a negative cost
    yearly: 12000                # charged at joining and every 12 months of membership
  - type: tiers                  # one level: what every club member gets
    review: yearly
    levels:
      - name: Club member
        min_spend: 0
        benefit_cost_per_month: 600      # market research and webinars, per member
        benefit_cost_per_order: 0
${costs(800000, 80000, 30)}`;

const REFERRAL = `${header(
  'Dealer referral network',
  `# A distributor rewards dealers who bring new dealers into its network:
# 10,000 RUB to the dealer who refers and 5,000 RUB of goods to the newcomer,
# both at the newcomer's first order. About a third of the newcomers would
# have found the distributor anyway: their sales are not the program's.
`,
)}
participation: { beta: { mean: 0.4, sd: 0.1 } }   # dealers who take part
${enrolment(0.3, 6, 'announced over the first half-year')}
effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.00, mode: 0.02, max: 0.05 } }
  check_uplift: 0
  churn_reduction:  { pert: { min: 0.00, mode: 0.03, max: 0.08 } }
${dynamics(3, 18, 0.5)}
mechanics:
  - type: referral               # docs/model.md §11
    rate: { triangular: { min: 0.1, mode: 0.3, max: 0.6 } }   # new dealers per member per year
    bonus_referrer: 10000        # RUB to the referring dealer, at the first order
    bonus_new: 5000              # RUB of goods to the new dealer
    organic_share: { triangular: { min: 0.2, mode: 0.35, max: 0.5 } }   # would have come anyway
${costs(500000, 60000, 20)}`;

const EARLY_PAY = `${header(
  'Distributor early payment',
  `# A distributor gives points for what it needs besides sales: invoices paid
# before their terms (the capital freed is worth the cost of capital) and
# orders placed online (a manager's time saved). Buying itself earns nothing,
# and a supplier pays part of the rewards, which are its goods.
`,
)}
cost_of_capital_annual: 0.18     # what money tied up in receivables costs a year
participation: { beta: { mean: 0.5, sd: 0.1 } }   # clients who sign the points terms
${enrolment(0.2, 6, 'announced over the first half-year')}
effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.00, mode: 0.02, max: 0.05 } }
  check_uplift: 0
  churn_reduction:  { pert: { min: 0.00, mode: 0.05, max: 0.12 } }
${dynamics(3, 18, 0.5)}
mechanics:
  - type: actions                # docs/model.md §14: points for what the business wants
    early_payment:
      share: { triangular: { min: 0.15, mode: 0.30, max: 0.45 } }   # months a member pays early
      days: 20                   # paid 20 days before the usual terms
      points_per_currency: 0.01  # 1 point per 100 RUB paid early
    list:
      - name: Online order
        monthly_probability: { triangular: { min: 0.10, mode: 0.20, max: 0.30 } }
        points: 50               # per month with an online order
        value: 300               # RUB of a manager's time saved
  - type: points
    earn_per_currency: 0         # no points for buying itself
    point_value: 1               # RUB per point at redemption
    redemption_rate: 0.7         # 1 - breakage
    redemption_lag_months: 2     # points are spent a while after they are earned
    expiry_months: 12
    reward_cost_ratio: 0.7       # rewards are goods bought at cost, not list price
    partner_funded_share: { triangular: { min: 0.2, mode: 0.3, max: 0.4 } }   # the supplier's share
    partner_fee_per_point: 0.02  # RUB the supplier pays per point redeemed
    reward:
      form: goods
      recipient: company
${costs(300000, 40000, 10)}`;

const SEGMENTED = `${header(
  'Wholesale segmented discount',
  `# A personal offer by spend rank (docs/model.md §13): key accounts, the top
# 20 % by spend, get 2 % off, the middle 4 %, and the smallest 30 % are not
# invited. Heavy buyers change least, so a smaller discount goes where most
# of it would pay for orders that come anyway.
`,
)}
participation: { beta: { mean: 0.7, sd: 0.1 } }   # a discount is easy to join
${enrolment(0.3, 3, 'a discount needs little selling: joins in a quarter')}
effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.00, mode: 0.05, max: 0.12 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.04, max: 0.08 } }
  churn_reduction:  { pert: { min: 0.00, mode: 0.05, max: 0.12 } }
${dynamics(3, 12, 0.3)}
mechanics:
  - type: discount
    rate: 0.04                   # 4 % off list price: the offer to the middle

segments:                        # docs/model.md §13: first match wins; the rest is "other"
  - name: Key accounts
    where: { spend_top_share: [0, 0.2] }     # the top 20 % by spend score
    mechanics: { discount: { rate: 0.02 } }  # the personal offer: 2 % instead of 4 %
  - name: Small clients
    where: { spend_top_share: [0.7, 1] }     # the bottom 30 % by spend score
    invite: false                # not offered the program
${costs(300000, 50000, 10)}`;

const TEMPLATES: Record<TemplateName, string> = {
  points: POINTS,
  discount: DISCOUNT,
  tiers: TIERS,
  rebate: REBATE,
  hybrid: HYBRID,
  club: CLUB,
  referral: REFERRAL,
  'early-pay': EARLY_PAY,
  segments: SEGMENTED,
};

/** The paragraph on where the synthetic customers come from, as a template in that language has it (init --history replaces it with the history's). */
export function sourcesParagraph(lang: 'en' | 'ru' = 'en'): string {
  return lang === 'ru' ? russianTemplate(SOURCES) : SOURCES;
}

/** The commented YAML of a template, starting with the yaml-language-server schema line; comments and name in Russian for 'ru'. */
export function templateText(name: TemplateName, lang: 'en' | 'ru' = 'en'): string {
  const text = SCHEMA_LINE + TEMPLATES[name];
  return lang === 'ru' ? russianTemplate(text) : text;
}

/** What the `init` wizard asks; anything left out keeps the template's value. */
export interface WizardAnswers {
  template: TemplateName;
  /** The language of the comments (and of the template's name). */
  lang?: 'en' | 'ru';
  name?: string;
  currency?: string;
  horizonMonths?: number;
  grossMargin?: number;
  customers?: number;
  participation?: number;
  /** discount mechanic: share off list price */
  discountRate?: number;
  /** points: points per unit of net revenue */
  earnPerCurrency?: number;
  /** points: months until points expire */
  expiryMonths?: number;
  /** docs/model.md §8: how strongly heavier buyers join more, in (-1, 1) */
  selection?: number;
  /** docs/model.md §9: membership months for the effects to reach full size */
  rampMonths?: number;
  /** points with a redemption block: points needed for the smallest reward */
  redemptionThreshold?: number;
  /** tiers: discount of the top level */
  topLevelDiscount?: number;
  /** rebate: rate of the top bracket */
  topRebateRate?: number;
  /** fee: yearly club fee */
  yearlyFee?: number;
  /** club: benefit cost per member per month of its one level */
  clubBenefitCost?: number;
  /** referral: referred new customers per member per year */
  referralRate?: number;
  /** referral: bonus to the referring member */
  bonusReferrer?: number;
  /** referral: bonus to the new customer */
  bonusNew?: number;
  launchCost?: number;
  monthlyCost?: number;
  perMemberMonthlyCost?: number;
}

/**
 * A draft text from the wizard's answers: the template (or `base`, the
 * template already fitted to a history), with the answered values written
 * over its values, comments kept.
 */
export function draftFromAnswers(answers: WizardAnswers, base?: string): string {
  const text = base ?? templateText(answers.template, answers.lang);
  const doc = parseDocument(text);
  const mechanics = doc.get('mechanics', true);
  const mechanicIndex = (type: string): number =>
    isSeq(mechanics) ? mechanics.items.findIndex((m) => isMap(m) && m.get('type') === type) : -1;

  const edits: Array<{ path: PathSegment[]; text: string }> = [];
  const set = (path: PathSegment[], v: string | number | undefined) => {
    if (v === undefined) return;
    edits.push({ path, text: typeof v === 'string' ? yamlString(v) : String(Number(v.toPrecision(12))) });
  };
  set(['name'], answers.name);
  set(['currency'], answers.currency);
  set(['horizon_months'], answers.horizonMonths);
  set(['gross_margin'], answers.grossMargin);
  set(['customers', 'synthetic', 'count'], answers.customers);
  set(['participation'], answers.participation);
  if (doc.hasIn(['enrolment', 'selection'])) set(['enrolment', 'selection'], answers.selection);
  if (doc.hasIn(['effects', 'ramp_months'])) set(['effects', 'ramp_months'], answers.rampMonths);
  const d = mechanicIndex('discount');
  if (d >= 0) set(['mechanics', d, 'rate'], answers.discountRate);
  const p = mechanicIndex('points');
  if (p >= 0) {
    set(['mechanics', p, 'earn_per_currency'], answers.earnPerCurrency);
    set(['mechanics', p, 'expiry_months'], answers.expiryMonths);
    if (doc.hasIn(['mechanics', p, 'redemption'])) set(['mechanics', p, 'redemption', 'threshold'], answers.redemptionThreshold);
  }
  const f = mechanicIndex('fee');
  if (f >= 0) set(['mechanics', f, 'yearly'], answers.yearlyFee);
  const ref = mechanicIndex('referral');
  if (ref >= 0) {
    set(['mechanics', ref, 'rate'], answers.referralRate);
    set(['mechanics', ref, 'bonus_referrer'], answers.bonusReferrer);
    set(['mechanics', ref, 'bonus_new'], answers.bonusNew);
  }
  const t = mechanicIndex('tiers');
  if (t >= 0) {
    const levels = doc.getIn(['mechanics', t, 'levels'], true);
    const top = isSeq(levels) ? levels.items.length - 1 : -1;
    // a one-level tiers mechanic is a club's benefits, not a ladder
    if (top > 0) set(['mechanics', t, 'levels', top, 'discount'], answers.topLevelDiscount);
    if (top === 0) set(['mechanics', t, 'levels', 0, 'benefit_cost_per_month'], answers.clubBenefitCost);
  }
  const r = mechanicIndex('rebate');
  if (r >= 0) {
    const brackets = doc.getIn(['mechanics', r, 'brackets'], true);
    if (isSeq(brackets)) set(['mechanics', r, 'brackets', brackets.items.length - 1, 'rate'], answers.topRebateRate);
  }
  set(['costs', 'launch'], answers.launchCost);
  set(['costs', 'monthly'], answers.monthlyCost);
  set(['costs', 'per_member_monthly'], answers.perMemberMonthlyCost);

  const spans = edits
    .map((e) => {
      const node = doc.getIn(e.path, true) as Node | undefined;
      if (!node?.range) throw new Error(`template ${answers.template} has no ${e.path.join('.')}`);
      return { start: node.range[0], end: node.range[1], text: e.text };
    })
    // an answer that keeps the value leaves its text (and a fitted draft's comment on it) as it was
    .filter((s) => text.slice(s.start, s.end) !== s.text);
  spans.sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) {
    let rest = out.slice(s.end);
    // keep a trailing comment in its column
    const gap = /^( +)#/.exec(rest);
    if (gap) rest = ' '.repeat(Math.max(1, gap[1]!.length + (s.end - s.start) - s.text.length)) + rest.slice(gap[1]!.length);
    out = out.slice(0, s.start) + s.text + rest;
  }
  return out;
}

/** A plain scalar when YAML reads it back as the same text, else double-quoted. */
function yamlString(s: string): string {
  const back = parseDocument(`k: ${s}`).get('k', true);
  const plain = isScalar(back) && back.value === s && !s.includes('#') && !s.includes(': ');
  return plain ? s : JSON.stringify(s);
}
