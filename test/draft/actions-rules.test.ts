/**
 * The rules and lint of MODEL.md §14 (actions, early payment, partners):
 * what a draft must satisfy, placed at the line and column of the field.
 */
import { describe, expect, it } from 'vitest';
import { checkDraftText } from '../../src/draft/load.js';
import { lintDraft } from '../../src/draft/lint.js';
import { draftSchema, type Draft } from '../../src/draft/schema.js';

const HEAD = `name: T
currency: RUB
horizon_months: 12
gross_margin: 0.25
costs: { monthly: 1000 }
mechanics:
`;
const POINTS = `  - type: points
    earn_per_currency: 0.01
    point_value: 1
    redemption_rate: 0.7
`;
const issues = (mechanics: string) => checkDraftText(HEAD + mechanics, 'd.yaml').issues.map((i) => ({ severity: i.severity, path: i.path, line: i.line, column: i.column }));

describe('§14 rules', () => {
  it('accepts the PROGRAM-FORMAT.md example', () => {
    const check = checkDraftText(
      `${HEAD}  - type: actions
    early_payment: { share: 0.3, days: 20, points_per_currency: 0.01 }
    list:
      - { name: Online order, monthly_probability: 0.2, points: 50, value: 300 }
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    redemption_rate: 0.7
    partner_funded_share: 0.4
    partner_fee_per_point: 0.05
`,
      'd.yaml',
    );
    expect(check.valid).toBe(true);
    expect(check.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('an actions mechanic with neither early_payment nor a list is an error at the mechanic', () => {
    expect(issues(`  - type: actions\n`)).toContainEqual({ severity: 'error', path: 'mechanics[0]', line: 7, column: 5 });
  });

  it('shares out of [0, 1], a duplicate name and a negative value are errors at their line:column', () => {
    const found = issues(`  - type: actions
    early_payment: { share: 1.3, days: 20 }
    list:
      - { name: Web, monthly_probability: 0.2, value: -1 }
      - { name: Web, monthly_probability: 2 }
${POINTS}    partner_funded_share: 1.5
`);
    expect(found).toEqual(
      expect.arrayContaining([
        { severity: 'error', path: 'mechanics[0].early_payment.share', line: 8, column: 29 },
        { severity: 'error', path: 'mechanics[0].list[0].value', line: 10, column: 55 },
        { severity: 'error', path: 'mechanics[0].list[1].name', line: 11, column: 17 },
        { severity: 'error', path: 'mechanics[0].list[1].monthly_probability', line: 11, column: 43 },
        { severity: 'error', path: 'mechanics[1].partner_funded_share', line: 16, column: 27 },
      ]),
    );
  });

  it('action points without a points mechanic are an error (they would have no value and no cost); no points earned, no error', () => {
    expect(issues(`  - type: actions\n    list:\n      - { name: Web, monthly_probability: 0.2, points: 50 }\n`)).toContainEqual({
      severity: 'error',
      path: 'mechanics[0].list[0].points',
      line: 9,
      column: 56,
    });
    expect(issues(`  - type: actions\n    early_payment: { share: 0.3, days: 20 }\n`).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('days are whole and at least 1', () => {
    expect(issues(`  - type: actions\n    early_payment: { share: 0.3, days: 0 }\n`).some((i) => i.severity === 'error' && i.path === 'mechanics[0].early_payment.days')).toBe(true);
  });
});

describe('§14 lint', () => {
  const draft = (mechanics: unknown[], over: Record<string, unknown> = {}): Draft =>
    draftSchema.parse({ name: 'T', currency: 'RUB', horizon_months: 12, gross_margin: 0.25, costs: { monthly: 1000 }, mechanics, ...over });
  const points = (over: Record<string, unknown> = {}) => ({ type: 'points', earn_per_currency: 0.01, point_value: 1, redemption_rate: 0.7, ...over });
  const lint = (d: Draft) => lintDraft(d).map((i) => i.path.join('.'));

  it('early-payment points that cost more than the capital D days early saves: a warning at points_per_currency', () => {
    // a point costs 0.7 × 1 × 1 = 0.7; 20 days at 15 % save 20/365 × 0.15 = 0.822 % of the revenue
    const at = (ppc: number, over: Record<string, unknown> = {}) =>
      lint(draft([{ type: 'actions', early_payment: { share: 0.3, days: 20, points_per_currency: ppc } }, points()], { cost_of_capital_annual: 0.15, ...over }));
    // so the break-even is 0.00822 / 0.7 = 0.01174 points per unit of revenue
    expect(at(0.0118)).toContain('mechanics.0.early_payment.points_per_currency');
    expect(at(0.0117)).toEqual([]);
    expect(at(0.0118, { cost_of_capital_annual: 0.16 })).toEqual([]);
    expect(at(0.005)).toEqual([]);
  });

  it('partners\' share lowers the points\' cost the lint weighs', () => {
    const d = (f: number) => draft([{ type: 'actions', list: [{ name: 'Web', monthly_probability: 0.2, points: 500, value: 300 }] }, points({ partner_funded_share: f })]);
    // 500 points × 0.7 = 350 > 300; with partners paying half, 175 < 300
    expect(lint(d(0))).toContain('mechanics.0.list.0.points');
    expect(lint(d(0.5))).toEqual([]);
  });
});
