/**
 * The `init` wizard's questions (inquirer). Prompts are drawn on stderr so a
 * redirected stdout stays clean. Defaults are the chosen template's values,
 * so pressing Enter throughout gives the template unchanged; the behaviour
 * defaults (selection, ramp, redemption threshold) are drawn from published
 * research, which the questions name and the written draft's comments cite.
 */
import { input, select } from '@inquirer/prompts';
import { checkDraftText } from '../../draft/load.js';
import { typicalValue } from '../../draft/rules.js';
import type { Draft } from '../../draft/schema.js';
import { TEMPLATE_DESCRIPTIONS, TEMPLATE_NAMES, templateText, type TemplateName, type WizardAnswers } from '../../draft/templates.js';
import { inputLang, lang, msg } from '../../i18n/current.js';
import { readNumber, type NumberInputKind, type NumberReading } from '../../i18n/number-input.js';

const context = () => ({ output: process.stderr });

/** A number the way the interface writes it, for a default: 0,25 in Russian, 0.25 in English. */
const typed = (x: number): string => {
  const t = String(Number(x.toPrecision(12)));
  return lang() === 'ru' ? t.replace('.', ',').replace('-', '−') : t;
};

/**
 * A numeric question. The answer is read by the one number reader
 * (src/i18n/number-input.ts: 0,25, 25 %, 6 000 000 ₽ …), so the wizard takes
 * what the flags take; a wrong answer is cleared from the field (rather than
 * left for the next keystrokes to extend, as in «150%abc-5») and the message
 * repeats what was typed.
 */
async function numeric(message: string, def: string, kind: NumberInputKind, check: (x: number) => true | string): Promise<number> {
  const read = (v: string): NumberReading => readNumber(v, inputLang(), kind);
  const text = await input(
    {
      message,
      default: def,
      theme: { validationFailureMode: 'clear' },
      validate: (v) => {
        const r = read(v);
        if (!r.ok) return msg().numberInput.wizardAgain(msg().numberInput.problem(v, r.problem));
        const why = check(r.value);
        return why === true || msg().numberInput.wizardKept(v, why);
      },
    },
    context(),
  );
  const r = read(text);
  if (!r.ok) throw new Error(`the wizard accepted "${text}"`);
  return r.value;
}

/** A share question: accepts `3%`, `3 %`, `0.03` or `0,03`, within [lo, hi). */
async function share(message: string, current: number, lo: number, hi: number): Promise<number> {
  const pct = typed(Number((current * 100).toPrecision(4)));
  return numeric(msg().wizard.shareExample(message, pct, current), lang() === 'ru' ? `${pct} %` : `${pct}%`, { percent: true }, (x) => (x >= lo && x < hi) || msg().wizard.shareRange(lo * 100, hi * 100));
}

async function whole(message: string, current: number, min: number, max: number): Promise<number> {
  return numeric(message, typed(current), {}, (x) =>
    !Number.isInteger(x) ? msg().numberInput.notWhole(typed(x)) : (x >= min && x <= max) || msg().numberInput.wizardRange(typed(min), typed(max)),
  );
}

/** A correlation question, strictly inside (−1, 1). */
async function correlation(message: string, current: number): Promise<number> {
  return numeric(message, typed(current), {}, (x) => (x >= -0.99 && x <= 0.99) || msg().numberInput.wizardRange(typed(-0.99), typed(0.99)));
}

/** An amount of money: 500000, 500 000, 500 000 ₽. */
async function amount(message: string, current: number): Promise<number> {
  return numeric(message, typed(current), { currency: true }, (x) => x >= 0 || msg().numberInput.wizardRange('0', null));
}

async function positive(message: string, current: number): Promise<number> {
  return numeric(message, typed(current), {}, (x) => x > 0 || msg().numberInput.wizardAbove('0'));
}

/** The template a name stands for (fitted to a history when one is given), parsed, for the defaults. */
function templateDraft(name: TemplateName, textOf: (name: TemplateName) => string): Draft {
  const check = checkDraftText(textOf(name), `${name} template`);
  if (!check.draft) throw new Error(`the ${name} template does not validate`);
  return check.draft;
}

/** Asks for the mechanics (the template) and the main numbers. */
export async function askInitAnswers(template?: TemplateName, textOf: (name: TemplateName) => string = (name) => templateText(name, lang())): Promise<WizardAnswers> {
  const w = msg().wizard;
  const chosen =
    template ??
    (await select<TemplateName>(
      {
        message: w.mechanics,
        choices: TEMPLATE_NAMES.map((value) => ({ value, name: msg().numberInput.templateName(value), description: w.template(value, TEMPLATE_DESCRIPTIONS[value]) })),
        default: 'hybrid',
        // inquirer's key hint is English: say it in the interface's language
        theme: { style: { keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${msg().numberInput.keys[action] ?? action}`).join(' • ') } },
      },
      context(),
    ));
  const t = templateDraft(chosen, textOf);
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
