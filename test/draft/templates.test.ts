import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraftText } from '../../src/draft/load.js';
import { lintDraft } from '../../src/draft/lint.js';
import { draftFromAnswers, TEMPLATE_NAMES, TEMPLATE_SCENARIOS, templateText } from '../../src/draft/templates.js';

describe('templates', () => {
  it.each(TEMPLATE_NAMES)('%s starts with the schema line and validates with no issues', (name) => {
    const text = templateText(name);
    expect(text.startsWith('# yaml-language-server: $schema=program.schema.json\n')).toBe(true);
    const check = checkDraftText(text, name);
    expect(check.issues).toEqual([]);
    expect(check.draft?.mechanics.length).toBeGreaterThan(0);
  });

  it('there are nine, each with its own scenario file', () => {
    expect(TEMPLATE_NAMES).toHaveLength(9);
    expect(new Set(Object.values(TEMPLATE_SCENARIOS)).size).toBe(9);
  });

  it('segments: key accounts (top 20 % by spend) at 2 %, the middle at the draft\'s 4 %, the bottom 30 % not invited (issue 27)', () => {
    const draft = checkDraftText(templateText('segments'), 'segments').draft!;
    expect(lintDraft(draft)).toEqual([]);
    expect(draft.mechanics).toMatchObject([{ type: 'discount', rate: 0.04 }]);
    expect(draft.segments).toMatchObject([
      { name: 'Key accounts', where: { spend_top_share: [0, 0.2] }, invite: true, mechanics: { discount: { rate: 0.02 } } },
      { name: 'Small clients', where: { spend_top_share: [0.7, 1] }, invite: false },
    ]);
  });

  it('the hybrid is scenarios/wholesale-hybrid.yaml, the PROGRAM-FORMAT.md example with behaviour added', () => {
    expect(templateText('hybrid')).toBe(readFileSync('scenarios/wholesale-hybrid.yaml', 'utf8'));
    const check = checkDraftText(templateText('hybrid'), 'hybrid');
    expect(check.draft).toMatchObject({
      name: 'Wholesale hybrid - points and tiers',
      gross_margin: 0.25,
      mechanics: [{ type: 'points' }, { type: 'tiers', review: 'monthly' }, { type: 'rebate', period: 'quarter' }],
      costs: { launch: 2000000, monthly: 150000, per_member_monthly: 50 },
    });
    expect(templateText('hybrid')).toContain('  # - type: discount\n  #   rate: 0.03\n');
  });

  it.each(TEMPLATE_NAMES)('the %s template is its scenario file word for word, so `init` writes what compare runs', (name) => {
    expect(templateText(name)).toBe(readFileSync(`scenarios/${TEMPLATE_SCENARIOS[name]}`, 'utf8'));
  });

  it.each(TEMPLATE_NAMES)('%s sets the behaviour of MODEL.md §8–9 and cites its sources', (name) => {
    const draft = checkDraftText(templateText(name), name).draft!;
    expect(draft.customers?.synthetic?.warm_start).toBe(true);
    expect(draft.enrolment.selection).toBeGreaterThan(0);
    expect(draft.enrolment.months).toBeGreaterThan(1);
    expect(draft.effects.ramp_months).toBeGreaterThanOrEqual(3);
    expect(draft.effects.ramp_months).toBeLessThanOrEqual(6);
    expect(draft.effects.half_life_months).toBeGreaterThan(0);
    expect(draft.effects.by_spend.heavy).toBeLessThan(1);
    expect(templateText(name)).toMatch(/Liu 2007/);
    expect(templateText(name)).toMatch(/Leenheer et al\. 2007/);
  });

  it('club and referral carry their mechanic, and the club costs what members pay for', () => {
    const club = checkDraftText(templateText('club'), 'club').draft!;
    expect(club.mechanics.map((m) => m.type)).toEqual(['fee', 'tiers']);
    expect(lintDraft(club)).toEqual([]);
    const referral = checkDraftText(templateText('referral'), 'referral').draft!;
    expect(referral.mechanics.map((m) => m.type)).toEqual(['referral']);
  });

  it('draftFromAnswers writes the behaviour, threshold, fee and referral answers', () => {
    const points = checkDraftText(draftFromAnswers({ template: 'points', selection: 0.2, rampMonths: 5, redemptionThreshold: 800 }), 'p');
    expect(points.issues).toEqual([]);
    expect(points.draft).toMatchObject({ enrolment: { selection: 0.2 }, effects: { ramp_months: 5 }, mechanics: [{ redemption: { threshold: 800 } }] });
    const club = checkDraftText(draftFromAnswers({ template: 'club', yearlyFee: 24000, clubBenefitCost: 900, topLevelDiscount: 0.5 }), 'c');
    expect(club.issues).toEqual([]);
    expect(club.draft).toMatchObject({ mechanics: [{ yearly: 24000 }, { levels: [{ benefit_cost_per_month: 900, discount: 0 }] }] });
    const referral = checkDraftText(draftFromAnswers({ template: 'referral', referralRate: 0.5, bonusReferrer: 7000, bonusNew: 3000 }), 'r');
    expect(referral.issues).toEqual([]);
    expect(referral.draft).toMatchObject({ mechanics: [{ rate: 0.5, bonus_referrer: 7000, bonus_new: 3000 }] });
    // comments survive, the research citations among them
    expect(draftFromAnswers({ template: 'points', rampMonths: 12 })).toContain('  ramp_months: 12                # effects build over the first months of membership (Liu 2007)\n');
  });

  it('draftFromAnswers writes the answers over the template and keeps every comment', () => {
    const text = draftFromAnswers({
      template: 'hybrid',
      name: 'Acme: spring',
      grossMargin: 0.3,
      customers: 5000,
      earnPerCurrency: 0.02,
      expiryMonths: 18,
      topLevelDiscount: 0.05,
      topRebateRate: 0.025,
      launchCost: 1e6,
      monthlyCost: 90000,
    });
    const check = checkDraftText(text, 'answers');
    expect(check.issues).toEqual([]);
    expect(check.draft).toMatchObject({
      name: 'Acme: spring',
      gross_margin: 0.3,
      customers: { synthetic: { count: 5000 } },
      mechanics: [
        { earn_per_currency: 0.02, expiry_months: 18 },
        { levels: [{}, {}, { name: 'Platinum', discount: 0.05 }] },
        { brackets: [{ rate: 0.01 }, { rate: 0.025 }] },
      ],
      costs: { launch: 1000000, monthly: 90000 },
    });
    const comments = (t: string) => t.split('\n').map((l) => l.slice(l.indexOf('#'))).filter((l) => l.startsWith('#'));
    expect(comments(text)).toEqual(comments(templateText('hybrid')));
    // the comment after a shortened value stays in its column
    expect(text).toContain('gross_margin: 0.3                # share of list price kept as gross profit\n');
  });

  it('draftFromAnswers with only the template returns the template', () => {
    for (const name of TEMPLATE_NAMES) expect(draftFromAnswers({ template: name })).toBe(templateText(name));
  });

  it('answers for mechanics the template lacks are ignored', () => {
    expect(draftFromAnswers({ template: 'discount', topRebateRate: 0.5, discountRate: 0.02 })).toBe(
      templateText('discount').replace('rate: 0.03 ', 'rate: 0.02 '),
    );
  });
});
