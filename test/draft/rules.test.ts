import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/draft/issue.js';
import { checkField, checkRules, CHURN_CUT, MARGIN, PRICE_CUT, SHARE, typicalValue, UPLIFT, type Range } from '../../src/draft/rules.js';
import { draftSchema, type Draft, type Uncertain } from '../../src/draft/schema.js';

const draft = (over: Record<string, unknown> = {}): Draft =>
  draftSchema.parse({ name: 'T', currency: 'RUB', horizon_months: 12, gross_margin: 0.25, costs: { monthly: 1 }, ...over });

/** The issues checkField finds for a value on a range, as [severity, path, message]. */
function field(value: Uncertain, range: Range): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  checkField(value, range, ['x'], (severity, path: PathSegment[], message) => out.push([severity, path.join('.'), message]));
  return out;
}

describe('checkField: fixed values', () => {
  it('price cuts are in [0, 1), shares in [0, 1], margins in (0, 1]', () => {
    expect(field(0, PRICE_CUT)).toEqual([]);
    expect(field(0.99, PRICE_CUT)).toEqual([]);
    expect(field(1, PRICE_CUT)).toEqual([['error', 'x', 'x must be in [0, 1), got 1']]);
    expect(field(-0.01, PRICE_CUT)).toHaveLength(1);
    expect(field(1, SHARE)).toEqual([]);
    expect(field(0, MARGIN)).toEqual([['error', 'x', 'x must be in (0, 1], got 0']]);
    expect(field(1, MARGIN)).toEqual([]);
    expect(field(0.99, CHURN_CUT)).toEqual([]);
    expect(field(1, CHURN_CUT)).toHaveLength(1);
    expect(field(-0.05, UPLIFT)).toEqual([]);
    expect(field(-1, UPLIFT)).toHaveLength(1);
  });
});

describe('checkField: distribution parameters', () => {
  it('min <= mode <= max with min < max', () => {
    expect(field({ pert: { min: 0.1, mode: 0.1, max: 0.2 } }, PRICE_CUT)).toEqual([]);
    expect(field({ triangular: { min: 0.2, mode: 0.2, max: 0.2 } }, PRICE_CUT)).toEqual([
      ['error', 'x.triangular.max', 'triangular max (0.2) must be above min (0.2)'],
    ]);
    expect(field({ pert: { min: 0.1, mode: 0.05, max: 0.2 } }, PRICE_CUT)[0]?.[1]).toBe('x.pert.mode');
    expect(field({ uniform: { min: 0.3, max: 0.1 } }, PRICE_CUT)[0]?.[1]).toBe('x.uniform.max');
  });

  it('sd > 0, lognormal mean > 0, gamma shape and rate > 0, beta a and b > 0', () => {
    expect(field({ normal: { mean: 0.5, sd: 0 } }, SHARE)[0]?.[1]).toBe('x.normal.sd');
    expect(field({ lognormal: { mean: -1, sd: 1 } }, UPLIFT)[0]?.[1]).toBe('x.lognormal.mean');
    expect(field({ gamma: { shape: 0, rate: 1 } }, UPLIFT)[0]?.[1]).toBe('x.gamma.shape');
    expect(field({ gamma: { shape: 1, rate: -2 } }, UPLIFT)[0]?.[1]).toBe('x.gamma.rate');
    expect(field({ beta: { a: 0, b: 2 } }, SHARE)[0]?.[1]).toBe('x.beta.a');
    expect(field({ beta: { mean: 1, sd: 0.1 } }, SHARE)[0]?.[1]).toBe('x.beta.mean');
  });

  it('a beta mean/sd pair is feasible exactly when sd² < mean·(1 − mean)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.001, max: 0.6, noNaN: true }), (mean, sd) => {
        const errors = field({ beta: { mean, sd } }, SHARE).filter((i) => i[0] === 'error');
        expect(errors.length === 0).toBe(sd * sd < mean * (1 - mean));
      }),
    );
  });

  it('any well-ordered triangular inside [0, 1) is accepted on a price cut; one reaching 1 is not', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 3, maxLength: 3 }), (xs) => {
        const [min, mode, max] = [...xs].sort((a, b) => a - b) as [number, number, number];
        fc.pre(min < max);
        expect(field({ triangular: { min, mode, max } }, PRICE_CUT)).toEqual([]);
        expect(field({ triangular: { min, mode, max: 1.2 } }, PRICE_CUT)[0]?.[0]).toBe('error');
      }),
    );
  });
});

describe('checkField: support against the range', () => {
  it('a bounded distribution leaving the range is an error', () => {
    expect(field({ uniform: { min: 0.5, max: 1.2 } }, PRICE_CUT)).toEqual([
      ['error', 'x', 'uniform(min 0.5, max 1.2) draws values in [0.5, 1.2], outside the valid range [0, 1) of x'],
    ]);
    // a uniform reaching 1 draws 1, which [0, 1) excludes; a pert ending at 1 never does (its density is 0 there)
    expect(field({ uniform: { min: 0.5, max: 1 } }, PRICE_CUT)).toHaveLength(1);
    expect(field({ pert: { min: 0.5, mode: 0.7, max: 1 } }, PRICE_CUT)).toEqual([]);
    expect(field({ beta: { a: 2, b: 5 } }, UPLIFT)).toEqual([]);
  });

  it('an unbounded one is an error when its mean is outside, a warning when mean ± 2 sd crosses a bound', () => {
    expect(field({ normal: { mean: 1.5, sd: 0.1 } }, PRICE_CUT)[0]?.[0]).toBe('error');
    expect(field({ normal: { mean: 0.05, sd: 0.04 } }, PRICE_CUT)).toEqual([
      ['warning', 'x', 'normal(mean 0.05, sd 0.04) puts a few per cent of runs below 0, outside the valid range [0, 1) of x'],
    ]);
    expect(field({ normal: { mean: 0.5, sd: 0.1 } }, PRICE_CUT)).toEqual([]);
    expect(field({ gamma: { shape: 4, rate: 40 } }, PRICE_CUT)).toEqual([]);
    expect(field({ lognormal: { mean: 0.5, sd: 0.4 } }, PRICE_CUT)[0]?.[0]).toBe('warning');
  });
});

describe('typicalValue', () => {
  it('is the mode of triangular and pert, the mean of the others', () => {
    expect(typicalValue(0.3)).toBe(0.3);
    expect(typicalValue({ pert: { min: 0, mode: 0.2, max: 1 } })).toBe(0.2);
    expect(typicalValue({ uniform: { min: 0.6, max: 0.8 } })).toBeCloseTo(0.7, 12);
    expect(typicalValue({ beta: { a: 1, b: 3 } })).toBe(0.25);
    expect(typicalValue({ beta: { mean: 0.6, sd: 0.1 } })).toBe(0.6);
    expect(typicalValue({ gamma: { shape: 0.8, rate: 2 } })).toBeCloseTo(0.4, 12);
  });
});

describe('checkRules', () => {
  const tiers = (levels: unknown[]) => draft({ mechanics: [{ type: 'tiers', levels }] });

  it('the first level starts at 0 and levels rise strictly', () => {
    expect(checkRules(tiers([{ name: 'A', min_spend: 0 }, { name: 'B', min_spend: 10 }]))).toEqual([]);
    expect(checkRules(tiers([{ name: 'A', min_spend: 5 }])).map((i) => i.path.join('.'))).toEqual(['mechanics.0.levels.0.min_spend']);
    const equal = checkRules(tiers([{ name: 'A', min_spend: 0 }, { name: 'B', min_spend: 0 }]));
    expect(equal.map((i) => i.path.join('.'))).toEqual(['mechanics.0.levels.1.min_spend']);
    expect(checkRules(tiers([{ name: 'A', min_spend: 0 }, { name: 'A', min_spend: 9 }]))[0]?.message).toBe('two levels are named "A"');
  });

  it('brackets rise strictly; a falling rate is only a warning', () => {
    const rebate = (brackets: unknown[]) => checkRules(draft({ mechanics: [{ type: 'rebate', brackets }] }));
    expect(rebate([{ min_spend: 100, rate: 0.01 }, { min_spend: 50, rate: 0.02 }]).map((i) => [i.severity, i.path.join('.')])).toEqual([
      ['error', 'mechanics.0.brackets.1.min_spend'],
    ]);
    expect(rebate([{ min_spend: 100, rate: 0.02 }, { min_spend: 500, rate: 0.01 }]).map((i) => [i.severity, i.path.join('.')])).toEqual([
      ['warning', 'mechanics.0.brackets.1.rate'],
    ]);
  });

  it('expiry_months may equal the redemption lag but not fall below it', () => {
    const points = (lag: number, expiry: number) =>
      checkRules(draft({ mechanics: [{ type: 'points', earn_per_currency: 0.01, point_value: 1, redemption_rate: 0.7, redemption_lag_months: lag, expiry_months: expiry }] }));
    expect(points(12, 12)).toEqual([]);
    expect(points(13, 12).map((i) => i.path.join('.'))).toEqual(['mechanics.0.expiry_months']);
  });

  it('warns about an uplift whose typical value more than doubles the behaviour', () => {
    const issues = checkRules(draft({ effects: { frequency_uplift: { triangular: { min: 0.5, mode: 1.2, max: 2 } } } }));
    expect(issues.map((i) => [i.severity, i.path.join('.')])).toEqual([['warning', 'effects.frequency_uplift']]);
  });

  it('checks the synthetic customers block', () => {
    const d = draft({
      customers: {
        synthetic: {
          count: 10,
          orders_per_month: { gamma: { shape: 0, rate: 2 } },
          dropout_per_order: { beta: { mean: 0.5, sd: 0.6 } },
          order_value: { gamma_gamma: { p: 0, q: 4, gamma: 100 } },
        },
      },
    });
    expect(checkRules(d).map((i) => i.path.join('.'))).toEqual([
      'customers.synthetic.orders_per_month.gamma.shape',
      'customers.synthetic.dropout_per_order.beta.sd',
      'customers.synthetic.order_value.gamma_gamma.p',
    ]);
  });
});

describe('rules of MODEL.md §8–11 (PROGRAM-FORMAT.md, behaviour section)', () => {
  const paths = (d: Draft, severity = 'error'): string[] =>
    checkRules(d)
      .filter((i) => i.severity === severity)
      .map((i) => i.path.join('.'));
  const points = { type: 'points', earn_per_currency: 0.01, point_value: 1 };

  it('a draft without the new fields reads them as their neutral values', () => {
    const d = draft();
    expect(d.enrolment).toEqual({ eligible_top_share: 1, selection: 0, months: 1 });
    expect(d.effects).toMatchObject({ ramp_months: 0, long_run_share: 1, by_spend: { light: 1, medium: 1, heavy: 1 }, reward_elasticity: 0 });
    expect(d.effects.half_life_months).toBeUndefined();
    expect(paths(d)).toEqual([]);
  });

  it('enrolment: eligible share in (0, 1], selection in (−1, 1)', () => {
    expect(paths(draft({ enrolment: { eligible_top_share: 0 } }))).toEqual(['enrolment.eligible_top_share']);
    expect(paths(draft({ enrolment: { eligible_top_share: 1, selection: 1 } }))).toEqual(['enrolment.selection']);
    expect(paths(draft({ enrolment: { eligible_top_share: 0.3, selection: -0.5, months: 6 } }))).toEqual([]);
    expect(() => draft({ enrolment: { months: 0 } })).toThrow();
  });

  it('effects: half-life above 0, long-run share in [0, 1], weights at least 0', () => {
    expect(paths(draft({ effects: { half_life_months: 0 } }))).toEqual(['effects.half_life_months']);
    expect(paths(draft({ effects: { long_run_share: 1.2 } }))).toEqual(['effects.long_run_share']);
    expect(paths(draft({ effects: { by_spend: { heavy: -0.1 } } }))).toEqual(['effects.by_spend.heavy']);
    expect(() => draft({ effects: { ramp_months: 1.5 } })).toThrow();
  });

  it('a reward elasticity needs a reference reward rate', () => {
    expect(paths(draft({ effects: { reward_elasticity: 0.5 } }))).toEqual(['effects.reward_elasticity']);
    expect(paths(draft({ effects: { reward_elasticity: 0.5, reference_reward_rate: 0.03 } }))).toEqual([]);
    expect(paths(draft({ effects: { reward_elasticity: 0.5, reference_reward_rate: 0 } }))).toEqual(['effects.reference_reward_rate']);
  });

  it('points: redemption_rate or a redemption block, not both, not neither', () => {
    expect(paths(draft({ mechanics: [{ ...points, redemption_rate: 0.7 }] }))).toEqual([]);
    expect(paths(draft({ mechanics: [{ ...points, redemption: { threshold: 1000, monthly_propensity: 0.5 } }] }))).toEqual([]);
    expect(paths(draft({ mechanics: [{ ...points, redemption_rate: 0.7, redemption: { threshold: 1000, monthly_propensity: 0.5 } }] }))).toEqual([
      'mechanics.0.redemption',
    ]);
    expect(paths(draft({ mechanics: [points] }))).toEqual(['mechanics.0']);
    expect(paths(draft({ mechanics: [{ ...points, redemption: { threshold: 0, monthly_propensity: 1.5 } }] }))).toEqual([
      'mechanics.0.redemption.threshold',
      'mechanics.0.redemption.monthly_propensity',
    ]);
  });

  it('push: reach in [0, 1), pull-forward in [0, 1], on rebates and tiers', () => {
    const rebate = { type: 'rebate', brackets: [{ min_spend: 1000, rate: 0.02 }] };
    expect(paths(draft({ mechanics: [{ ...rebate, push: 0.3, reach: 0.2, pull_forward: 0.7 }] }))).toEqual([]);
    expect(paths(draft({ mechanics: [{ ...rebate, reach: 1, pull_forward: 1.5 }] }))).toEqual(['mechanics.0.reach', 'mechanics.0.pull_forward']);
    const tiers = { type: 'tiers', levels: [{ name: 'Base', min_spend: 0 }], push: -0.1 };
    expect(paths(draft({ mechanics: [tiers] }))).toEqual(['mechanics.0.push']);
  });

  it('fee and referral: non-negative money, at most one of each', () => {
    expect(paths(draft({ mechanics: [{ type: 'fee', monthly: -1 }] }))).toEqual(['mechanics.0.monthly']);
    expect(paths(draft({ mechanics: [{ type: 'fee', yearly: 1000 }, { type: 'fee', monthly: 10 }] }))).toEqual(['mechanics.1.type']);
    expect(paths(draft({ mechanics: [{ type: 'referral', rate: 0.2, organic_share: 1.1 }] }))).toEqual(['mechanics.0.organic_share']);
    expect(paths(draft({ mechanics: [{ type: 'referral', rate: 0.2 }, { type: 'referral', rate: 0.1 }] }))).toEqual(['mechanics.1.type']);
  });

  it('payment terms and their cost of capital', () => {
    expect(paths(draft({ cost_of_capital_annual: 1 }))).toEqual(['cost_of_capital_annual']);
    expect(() => draft({ mechanics: [{ type: 'tiers', levels: [{ name: 'B', min_spend: 0, extra_payment_days: -5 }] }] })).toThrow();
  });
});
