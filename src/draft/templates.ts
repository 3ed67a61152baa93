/**
 * Commented draft templates for `init` (CLI.md): points, discount, tiers,
 * rebate and hybrid, in the B2B wholesale flavour of PROGRAM-FORMAT.md. The
 * hybrid is PROGRAM-FORMAT.md's example, word for word. All share the
 * currency, horizon and synthetic customers, so the scenarios built from
 * them can be compared on the same customers.
 *
 * The wizard's answers are written into a template by replacing the text of
 * the value nodes only, so every comment and alignment survives.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { PathSegment } from './issue.js';
import { russianTemplate } from './templates-ru.js';

export const TEMPLATE_NAMES = ['points', 'discount', 'tiers', 'rebate', 'hybrid'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** One line on each template, for `init --help` and the wizard. */
export const TEMPLATE_DESCRIPTIONS: Record<TemplateName, string> = {
  points: 'points on every purchase, redeemed for goods later',
  discount: 'a flat member discount off list price',
  tiers: 'Silver / Gold / Platinum levels by trailing 12-month spend',
  rebate: 'a quarterly rebate on volume brackets',
  hybrid: 'points + tiers + rebate (the PROGRAM-FORMAT.md example)',
};

const SCHEMA_LINE = '# yaml-language-server: $schema=program.schema.json\n';

const HYBRID = `name: Wholesale hybrid - points and tiers
currency: RUB
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

participation: { beta: { mean: 0.6, sd: 0.1 } }

effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.05, mode: 0.15, max: 0.30 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.05, max: 0.10 } }
  churn_reduction:  { pert: { min: 0.05, mode: 0.15, max: 0.30 } }

mechanics:                       # a hybrid is simply more than one entry
  - type: points
    earn_per_currency: 0.01      # 1 point per 100 RUB of net revenue
    point_value: 1               # RUB per point at redemption
    redemption_rate: { uniform: { min: 0.6, max: 0.8 } }
    redemption_lag_months: 2
    expiry_months: 12
    reward_cost_ratio: 1.0
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
  # - type: discount
  #   rate: 0.03

costs:
  launch: 2000000                # one-time: IT integration, launch campaign
  monthly: 150000                # platform, staff
  per_member_monthly: 50         # communications
`;

const header = (name: string, comment: string): string => `name: ${name}
${comment}currency: RUB
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
`;

const costs = (launch: number, monthly: number, perMember: number): string => `
costs:
  launch: ${launch}${' '.repeat(Math.max(1, 23 - String(launch).length))}# one-time: IT integration, launch campaign
  monthly: ${monthly}${' '.repeat(Math.max(1, 22 - String(monthly).length))}# platform, staff
  per_member_monthly: ${perMember}${' '.repeat(Math.max(1, 11 - String(perMember).length))}# communications
`;

const POINTS = `${header('Wholesale points', '')}
participation: { beta: { mean: 0.5, sd: 0.1 } }   # share of active clients who join

effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.03, mode: 0.10, max: 0.20 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.03, max: 0.08 } }
  churn_reduction:  { pert: { min: 0.03, mode: 0.10, max: 0.20 } }

mechanics:
  - type: points
    earn_per_currency: 0.02      # 2 points per 100 RUB of net revenue
    point_value: 1               # RUB per point at redemption
    redemption_rate: { uniform: { min: 0.6, max: 0.8 } }   # 1 - breakage
    redemption_lag_months: 2     # points are spent a while after they are earned
    expiry_months: 12            # under 6 months feels like a trick
    reward_cost_ratio: 0.8       # rewards are goods bought at cost, not list price
    reward:
      form: goods                # discount | goods | service | cash
      recipient: company         # company | employee (rewards to client staff are a bribery risk)
${costs(1500000, 120000, 40)}`;

const DISCOUNT = `${header('Wholesale member discount', '')}
participation: { beta: { mean: 0.7, sd: 0.1 } }   # a discount is easy to join

effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.00, mode: 0.05, max: 0.12 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.04, max: 0.08 } }
  churn_reduction:  { pert: { min: 0.00, mode: 0.05, max: 0.12 } }

mechanics:
  - type: discount
    rate: 0.03                   # 3 % off list price on every member order
${costs(300000, 50000, 10)}`;

const TIERS = `${header('Wholesale tiers', '')}
participation: { beta: { mean: 0.6, sd: 0.1 } }   # share of active clients who join

effects:                         # on members; uncertain, so distributions
  frequency_uplift: { triangular: { min: 0.03, mode: 0.10, max: 0.20 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.05, max: 0.10 } }
  churn_reduction:  { pert: { min: 0.05, mode: 0.12, max: 0.25 } }

mechanics:
  - type: tiers
    review: quarterly            # monthly | quarterly | yearly
    qualification: spend         # objective trailing 12-month spend, open to all who reach it
    levels:                      # sorted by min_spend, the first at 0
      - { name: Silver, min_spend: 0 }
      - { name: Gold, min_spend: 150000, discount: 0.02 }
      - name: Platinum
        min_spend: 500000
        discount: 0.04
        churn_reduction: 0.10
        benefit_cost_per_month: 1000     # personal manager
        benefit_cost_per_order: 500      # free express delivery
${costs(1000000, 100000, 30)}`;

const REBATE = `${header('Wholesale volume rebate', '')}
participation: { beta: { mean: 0.6, sd: 0.1 } }   # share of active clients who join

effects:                         # on members; uncertain, so distributions
  # The effects apply to every member, but a quarterly rebate moves mainly the
  # accounts near a bracket: keep them modest, and measure them in a pilot.
  frequency_uplift: { triangular: { min: 0.00, mode: 0.03, max: 0.08 } }
  check_uplift:     { triangular: { min: 0.00, mode: 0.02, max: 0.06 } }
  churn_reduction:  { pert: { min: 0.00, mode: 0.04, max: 0.10 } }

mechanics:
  - type: rebate
    period: quarter              # month | quarter | year
    brackets:                    # the highest bracket reached applies to the whole quarter
      - { min_spend: 100000, rate: 0.01 }
      - { min_spend: 300000, rate: 0.02 }
      - { min_spend: 1000000, rate: 0.03 }
    reward:
      form: discount             # credited against the next invoices
      recipient: company
${costs(500000, 60000, 10)}`;

const TEMPLATES: Record<TemplateName, string> = { points: POINTS, discount: DISCOUNT, tiers: TIERS, rebate: REBATE, hybrid: HYBRID };

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
  /** tiers: discount of the top level */
  topLevelDiscount?: number;
  /** rebate: rate of the top bracket */
  topRebateRate?: number;
  launchCost?: number;
  monthlyCost?: number;
  perMemberMonthlyCost?: number;
}

/**
 * A draft text from the wizard's answers: the template, with the answered
 * values written over the template's, comments kept.
 */
export function draftFromAnswers(answers: WizardAnswers): string {
  const text = templateText(answers.template, answers.lang);
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
  const d = mechanicIndex('discount');
  if (d >= 0) set(['mechanics', d, 'rate'], answers.discountRate);
  const p = mechanicIndex('points');
  if (p >= 0) {
    set(['mechanics', p, 'earn_per_currency'], answers.earnPerCurrency);
    set(['mechanics', p, 'expiry_months'], answers.expiryMonths);
  }
  const t = mechanicIndex('tiers');
  if (t >= 0) {
    const levels = doc.getIn(['mechanics', t, 'levels'], true);
    if (isSeq(levels)) set(['mechanics', t, 'levels', levels.items.length - 1, 'discount'], answers.topLevelDiscount);
  }
  const r = mechanicIndex('rebate');
  if (r >= 0) {
    const brackets = doc.getIn(['mechanics', r, 'brackets'], true);
    if (isSeq(brackets)) set(['mechanics', r, 'brackets', brackets.items.length - 1, 'rate'], answers.topRebateRate);
  }
  set(['costs', 'launch'], answers.launchCost);
  set(['costs', 'monthly'], answers.monthlyCost);
  set(['costs', 'per_member_monthly'], answers.perMemberMonthlyCost);

  const spans = edits.map((e) => {
    const node = doc.getIn(e.path, true) as Node | undefined;
    if (!node?.range) throw new Error(`template ${answers.template} has no ${e.path.join('.')}`);
    return { start: node.range[0], end: node.range[1], text: e.text };
  });
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
