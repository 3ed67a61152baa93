/**
 * The `init` wizard's questions (inquirer). Prompts are drawn on stderr so a
 * redirected stdout stays clean. Defaults are the chosen template's values,
 * so pressing Enter throughout gives the template unchanged; the behaviour
 * defaults (selection, ramp, redemption threshold) are drawn from published
 * research, which the questions name and the written draft's comments cite.
 */
import { input, number, select } from '@inquirer/prompts';
import { checkDraftText } from '../../draft/load.js';
import { typicalValue } from '../../draft/rules.js';
import type { Draft } from '../../draft/schema.js';
import { TEMPLATE_DESCRIPTIONS, TEMPLATE_NAMES, templateText, type TemplateName, type WizardAnswers } from '../../draft/templates.js';
import { parseShare } from '../options.js';

const context = () => ({ output: process.stderr });

/** A share question: accepts `3%` or `0.03`, within [lo, hi). */
async function share(message: string, current: number, lo: number, hi: number): Promise<number> {
  const text = await input(
    {
      message: `${message} (e.g. ${Number((current * 100).toPrecision(4))}% or ${current})`,
      default: `${Number((current * 100).toPrecision(4))}%`,
      validate: (v) => {
        try {
          const x = parseShare(v);
          return (x >= lo && x < hi) || `enter a share from ${lo * 100}% up to (not including) ${hi * 100}%`;
        } catch (err) {
          return (err as Error).message;
        }
      },
    },
    context(),
  );
  return parseShare(text);
}

async function whole(message: string, current: number, min: number, max: number): Promise<number> {
  return number({ message, default: current, min, max, step: 1, required: true }, context());
}

/** A correlation question, strictly inside (−1, 1). */
async function correlation(message: string, current: number): Promise<number> {
  return number({ message, default: current, min: -0.99, max: 0.99, step: 'any', required: true }, context());
}

async function amount(message: string, current: number): Promise<number> {
  return number({ message, default: current, min: 0, step: 'any', required: true }, context());
}

async function positive(message: string, current: number): Promise<number> {
  return number({ message, default: current, min: Number.MIN_VALUE, step: 'any', required: true }, context());
}

/** The template a name stands for, parsed, for the defaults. */
function templateDraft(name: TemplateName): Draft {
  const check = checkDraftText(templateText(name), `${name} template`);
  if (!check.draft) throw new Error(`the ${name} template does not validate`);
  return check.draft;
}

/** Asks for the mechanics (the template) and the main numbers. */
export async function askInitAnswers(template?: TemplateName): Promise<WizardAnswers> {
  const chosen =
    template ??
    (await select<TemplateName>(
      {
        message: 'Which mechanics?',
        choices: TEMPLATE_NAMES.map((value) => ({ value, name: value, description: TEMPLATE_DESCRIPTIONS[value] })),
        default: 'hybrid',
      },
      context(),
    ));
  const t = templateDraft(chosen);
  const answers: WizardAnswers = { template: chosen };
  answers.name = await input({ message: 'Program name', default: t.name, required: true }, context());
  answers.currency = await input(
    {
      message: 'Currency (ISO 4217 code)',
      default: t.currency,
      validate: (v) => /^[A-Z]{3}$/.test(v.trim()) || 'three capital letters, e.g. RUB, USD, EUR',
    },
    context(),
  );
  answers.currency = answers.currency.trim();
  answers.horizonMonths = await whole('Horizon, months', t.horizon_months, 1, 240);
  answers.grossMargin = await share('Gross margin, share of list price', typicalValue(t.gross_margin), 0.001, 1.000001);
  if (t.customers?.synthetic) answers.customers = await whole('Customers to simulate', t.customers.synthetic.count, 1, 10_000_000);
  answers.selection = await correlation(
    'Self-selection: how much more heavier buyers join, from 0 (at random) to 0.99 (research finds members are heavier buyers: Leenheer et al. 2007)',
    typicalValue(t.enrolment.selection),
  );
  answers.rampMonths = await whole('Months for the effects to build to full size (they build over months: Liu 2007)', t.effects.ramp_months, 0, 120);

  for (const m of t.mechanics) {
    if (m.type === 'discount') answers.discountRate = await share('Member discount off list price', typicalValue(m.rate), 0, 1);
    if (m.type === 'points') {
      answers.earnPerCurrency = await share('Points earned per unit of net revenue', typicalValue(m.earn_per_currency), 0, 1);
      answers.expiryMonths = await whole('Points expire after, months', m.expiry_months, Math.max(1, m.redemption_lag_months), 240);
      if (m.redemption)
        answers.redemptionThreshold = await positive(
          'Points needed for the smallest reward (reachable in a few months, so the goal pulls: Kivetz, Urminsky & Zheng 2006)',
          m.redemption.threshold,
        );
    }
    if (m.type === 'fee') answers.yearlyFee = await amount(`Yearly club fee per member (${answers.currency})`, typicalValue(m.yearly));
    if (m.type === 'referral') {
      answers.referralRate = await amount('New customers each member refers per year', typicalValue(m.rate));
      answers.bonusReferrer = await amount(`Bonus to the referring member (${answers.currency})`, typicalValue(m.bonus_referrer));
      answers.bonusNew = await amount(`Bonus to the new customer (${answers.currency})`, typicalValue(m.bonus_new));
    }
    if (m.type === 'tiers' && m.levels.length > 1) {
      const top = m.levels[m.levels.length - 1]!;
      answers.topLevelDiscount = await share(`Discount of the top level (${top.name})`, typicalValue(top.discount), 0, 1);
    }
    if (m.type === 'tiers' && m.levels.length === 1)
      answers.clubBenefitCost = await amount(
        `What the club's services cost per member per month (${answers.currency})`,
        typicalValue(m.levels[0]!.benefit_cost_per_month),
      );
    if (m.type === 'rebate') {
      const top = m.brackets[m.brackets.length - 1]!;
      answers.topRebateRate = await share(`Rebate rate of the top bracket (from ${top.min_spend})`, typicalValue(top.rate), 0, 1);
    }
  }
  answers.launchCost = await amount(`Launch cost (one-time, ${answers.currency})`, typicalValue(t.costs.launch));
  answers.monthlyCost = await amount(`Running cost per month (${answers.currency})`, typicalValue(t.costs.monthly));
  return answers;
}
