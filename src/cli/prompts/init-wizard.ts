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
import { lang, msg } from '../../i18n/index.js';
import { parseShare } from '../options.js';

const context = () => ({ output: process.stderr });

/** A share question: accepts `3%` or `0.03`, within [lo, hi). */
async function share(message: string, current: number, lo: number, hi: number): Promise<number> {
  const text = await input(
    {
      message: msg().wizard.shareExample(message, String(Number((current * 100).toPrecision(4))), current),
      default: `${Number((current * 100).toPrecision(4))}%`,
      validate: (v) => {
        try {
          const x = parseShare(v);
          return (x >= lo && x < hi) || msg().wizard.shareRange(lo * 100, hi * 100);
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
  const check = checkDraftText(templateText(name, lang()), `${name} template`);
  if (!check.draft) throw new Error(`the ${name} template does not validate`);
  return check.draft;
}

/** Asks for the mechanics (the template) and the main numbers. */
export async function askInitAnswers(template?: TemplateName): Promise<WizardAnswers> {
  const w = msg().wizard;
  const chosen =
    template ??
    (await select<TemplateName>(
      {
        message: w.mechanics,
        choices: TEMPLATE_NAMES.map((value) => ({ value, name: value, description: w.template(value, TEMPLATE_DESCRIPTIONS[value]) })),
        default: 'hybrid',
      },
      context(),
    ));
  const t = templateDraft(chosen);
  const answers: WizardAnswers = { template: chosen };
  answers.name = await input({ message: w.name, default: t.name, required: true }, context());
  answers.currency = await input(
    {
      message: w.currency,
      default: t.currency,
      validate: (v) => /^[A-Z]{3}$/.test(v.trim()) || w.currencyRule,
    },
    context(),
  );
  answers.currency = answers.currency.trim();
  answers.horizonMonths = await whole(w.horizon, t.horizon_months, 1, 240);
  answers.grossMargin = await share(w.margin, typicalValue(t.gross_margin), 0.001, 1.000001);
  if (t.customers?.synthetic) answers.customers = await whole(w.customers, t.customers.synthetic.count, 1, 10_000_000);
  answers.selection = await correlation(w.selection, typicalValue(t.enrolment.selection));
  answers.rampMonths = await whole(w.ramp, t.effects.ramp_months, 0, 120);

  for (const m of t.mechanics) {
    if (m.type === 'discount') answers.discountRate = await share(w.discount, typicalValue(m.rate), 0, 1);
    if (m.type === 'points') {
      answers.earnPerCurrency = await share(w.earn, typicalValue(m.earn_per_currency), 0, 1);
      // A template without an expiry keeps points forever: nothing to ask.
      if (m.expiry_months !== undefined) answers.expiryMonths = await whole(w.expiry, m.expiry_months, Math.max(1, m.redemption_lag_months), 240);
      if (m.redemption) answers.redemptionThreshold = await positive(w.threshold, m.redemption.threshold);
    }
    if (m.type === 'fee') answers.yearlyFee = await amount(w.fee(answers.currency), typicalValue(m.yearly));
    if (m.type === 'referral') {
      answers.referralRate = await amount(w.referralRate, typicalValue(m.rate));
      answers.bonusReferrer = await amount(w.bonusReferrer(answers.currency), typicalValue(m.bonus_referrer));
      answers.bonusNew = await amount(w.bonusNew(answers.currency), typicalValue(m.bonus_new));
    }
    if (m.type === 'tiers' && m.levels.length > 1) {
      const top = m.levels[m.levels.length - 1]!;
      answers.topLevelDiscount = await share(w.topDiscount(top.name), typicalValue(top.discount), 0, 1);
    }
    if (m.type === 'tiers' && m.levels.length === 1)
      answers.clubBenefitCost = await amount(w.clubCost(answers.currency), typicalValue(m.levels[0]!.benefit_cost_per_month));
    if (m.type === 'rebate') {
      const top = m.brackets[m.brackets.length - 1]!;
      answers.topRebateRate = await share(w.topRebate(top.min_spend), typicalValue(top.rate), 0, 1);
    }
  }
  answers.launchCost = await amount(w.launch(answers.currency), typicalValue(t.costs.launch));
  answers.monthlyCost = await amount(w.monthly(answers.currency), typicalValue(t.costs.monthly));
  return answers;
}
