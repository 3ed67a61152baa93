import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraftText } from '../../src/draft/load.js';
import { draftFromAnswers, TEMPLATE_NAMES, templateText } from '../../src/draft/templates.js';

describe('templates', () => {
  it.each(TEMPLATE_NAMES)('%s starts with the schema line and validates with no issues', (name) => {
    const text = templateText(name);
    expect(text.startsWith('# yaml-language-server: $schema=program.schema.json\n')).toBe(true);
    const check = checkDraftText(text, name);
    expect(check.issues).toEqual([]);
    expect(check.draft?.mechanics.length).toBeGreaterThan(0);
  });

  it('the hybrid is scenarios/wholesale-hybrid.yaml, PROGRAM-FORMAT.md example under the schema line', () => {
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

  it.each([
    ['discount', 'discount-only'],
    ['points', 'points-only'],
    ['tiers', 'tiers'],
    ['rebate', 'rebate'],
  ] as const)('the %s template is scenarios/%s.yaml, so `init` writes what compare runs', (name, scenario) => {
    expect(templateText(name)).toBe(readFileSync(`scenarios/${scenario}.yaml`, 'utf8'));
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
