import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickRoi, quickRoiPoint, type QuickRoiInputs } from '../../src/decide/quick-roi.js';
import { UserError } from '../../src/errors.js';

// The worked case of MODEL.md §7 by hand:
// Z=100000, Y=0.1, N=3, W=0.2, X=0.05 → retention 1 − 0.2 + 0.05 = 0.85,
// gain = 100000·0.1·3·0.85 = 25500;
// V=10000 once → (25500 − 10000)/10000 = 1.55;
// V every year → V·N = 30000 → (25500 − 30000)/30000 = −0.15.
const base: QuickRoiInputs = { revenuePerClient: 100000, uplift: 0.1, years: 3, churn: 0.2, churnReduction: 0.05, cost: 10000 };

describe('quickRoi: hand-computed cases', () => {
  it('the worked case: gain 25500, ROI 1.55 once, −0.15 every year', () => {
    const r = quickRoi(base);
    expect(r.gain).toBeCloseTo(25500, 8);
    expect(r.retention).toBeCloseTo(0.85, 12);
    expect(r.roiCostOnce).toBeCloseTo(1.55, 12);
    expect(r.roiCostEveryYear).toBeCloseTo(-0.15, 12);
    expect(r.costOnce).toBe(10000);
    expect(r.costEveryYear).toBe(30000);
  });

  it('break-even cost and uplift', () => {
    // cost once: gain 25500; per year: 25500/3 = 8500.
    // uplift: V / (Z·N·0.85) = 10000/255000 = 0.0392157…; every year 30000/255000 = 0.1176470…
    const r = quickRoi(base);
    expect(r.breakEvenCostOnce).toBeCloseTo(25500, 8);
    expect(r.breakEvenCostPerYear).toBeCloseTo(8500, 8);
    expect(r.breakEvenUpliftCostOnce).toBeCloseTo(10000 / 255000, 12);
    expect(r.breakEvenUpliftCostEveryYear).toBeCloseTo(30000 / 255000, 12);
    // at the break-even uplift the ROI is zero
    expect(quickRoiPoint({ ...base, uplift: r.breakEvenUpliftCostOnce! }).roiCostOnce).toBeCloseTo(0, 12);
    expect(quickRoiPoint({ ...base, uplift: r.breakEvenUpliftCostEveryYear! }).roiCostEveryYear).toBeCloseTo(0, 12);
  });

  it('clients scale the revenue per client to a base', () => {
    // Z=1200 per client, 50 clients, Y=0.1, N=2, W=0.3, X=0.1 → retention 0.8,
    // gain = 1200·50·0.1·2·0.8 = 9600; V=4000 → once (9600−4000)/4000 = 1.4,
    // every year V·N = 8000 → (9600−8000)/8000 = 0.2.
    const r = quickRoi({ revenuePerClient: 1200, clients: 50, uplift: 0.1, years: 2, churn: 0.3, churnReduction: 0.1, cost: 4000 });
    expect(r.revenueBase).toBe(60000);
    expect(r.gain).toBeCloseTo(9600, 8);
    expect(r.roiCostOnce).toBeCloseTo(1.4, 12);
    expect(r.roiCostEveryYear).toBeCloseTo(0.2, 12);
    expect(r.inputs.clients).toBe(50);
    expect(quickRoi(base).inputs.clients).toBe(1);
  });

  it('over one year the two readings agree', () => {
    // Z=5000, Y=0.2, N=1, W=0.1, X=0 → gain = 5000·0.2·1·0.9 = 900; V=600 → (900−600)/600 = 0.5 both ways
    const r = quickRoi({ revenuePerClient: 5000, uplift: 0.2, years: 1, churn: 0.1, churnReduction: 0, cost: 600 });
    expect(r.gain).toBeCloseTo(900, 10);
    expect(r.roiCostOnce).toBeCloseTo(0.5, 12);
    expect(r.roiCostEveryYear).toBeCloseTo(0.5, 12);
  });

  it('no revenue: ROI −100 % and no break-even uplift', () => {
    const r = quickRoi({ ...base, revenuePerClient: 0 });
    expect(r.gain).toBe(0);
    expect(r.roiCostOnce).toBe(-1);
    expect(r.breakEvenUpliftCostOnce).toBeNull();
  });
});

describe('quickRoi: sensitivity', () => {
  it('matches the hand-computed swings of the worked case', () => {
    // uplift 0.05 → gain 12750 → once 0.275, yearly (12750−30000)/30000 = −0.575
    // uplift 0.15 → gain 38250 → once 2.825, yearly (38250−30000)/30000 = 0.275
    // X 0.025 → retention 0.825 → gain 24750 → once 1.475, yearly −0.175
    // X 0.075 → retention 0.875 → gain 26250 → once 1.625, yearly −0.125
    // V 5000 → once 4.1, yearly V·N 15000 → 0.7; V 15000 → once 0.7, yearly 45000 → −0.4333…
    const s = Object.fromEntries(quickRoi(base).sensitivity.map((r) => [r.input, r]));
    expect(Object.keys(s)).toEqual(['uplift', 'churnReduction', 'cost']);
    const expected = {
      uplift: [0.05, 0.15, 0.275, 2.825, -0.575, 0.275],
      churnReduction: [0.025, 0.075, 1.475, 1.625, -0.175, -0.125],
      cost: [5000, 15000, 4.1, 0.7, 0.7, -19500 / 45000],
    } as const;
    for (const [input, [low, high, roiLow, roiHigh, yLow, yHigh]] of Object.entries(expected)) {
      const r = s[input]!;
      expect(r.low).toBeCloseTo(low, 10);
      expect(r.high).toBeCloseTo(high, 10);
      expect(r.roiLow).toBeCloseTo(roiLow, 10);
      expect(r.roiHigh).toBeCloseTo(roiHigh, 10);
      expect(r.roiLowCostEveryYear).toBeCloseTo(yLow, 10);
      expect(r.roiHighCostEveryYear).toBeCloseTo(yHigh, 10);
      expect(r.capped).toBe(false);
    }
  });

  it('holds the churn reduction at churn when +50 % would make churn negative', () => {
    // W=0.2, X=0.15: +50 % is 0.225 > 0.2, held at 0.2 (churn 0 with the program)
    const row = quickRoi({ ...base, churnReduction: 0.15 }).sensitivity.find((r) => r.input === 'churnReduction')!;
    expect(row.high).toBe(0.2);
    expect(row.low).toBeCloseTo(0.075, 12);
    expect(row.capped).toBe(true);
  });

  const inputs = fc.record({
    revenuePerClient: fc.double({ min: 1, max: 1e7, noNaN: true }),
    uplift: fc.double({ min: 0.001, max: 2, noNaN: true }),
    years: fc.double({ min: 0.25, max: 20, noNaN: true }),
    churn: fc.double({ min: 0, max: 0.95, noNaN: true }),
    cost: fc.double({ min: 1, max: 1e9, noNaN: true }),
    share: fc.double({ min: 0, max: 0.6, noNaN: true }),
  });

  it('directions: ROI rises with uplift and churn reduction, falls with cost, under both readings', () => {
    fc.assert(
      fc.property(inputs, ({ share, ...rest }) => {
        const r = quickRoi({ ...rest, churnReduction: rest.churn * share });
        const by = Object.fromEntries(r.sensitivity.map((s) => [s.input, s]));
        expect(by.uplift!.roiHigh).toBeGreaterThan(by.uplift!.roiLow);
        expect(by.uplift!.roiHighCostEveryYear).toBeGreaterThan(by.uplift!.roiLowCostEveryYear);
        expect(by.churnReduction!.roiHigh).toBeGreaterThanOrEqual(by.churnReduction!.roiLow);
        expect(by.cost!.roiHigh).toBeLessThan(by.cost!.roiLow);
        expect(by.cost!.roiHighCostEveryYear).toBeLessThan(by.cost!.roiLowCostEveryYear);
        // the base lies between the swings
        expect(r.roiCostOnce).toBeLessThanOrEqual(by.uplift!.roiHigh);
        expect(r.roiCostOnce).toBeGreaterThanOrEqual(by.uplift!.roiLow);
      }),
    );
  });

  it('the every-year reading is never better than the once reading for N ≥ 1', () => {
    fc.assert(
      fc.property(inputs, ({ share, ...rest }) => {
        const r = quickRoi({ ...rest, years: Math.max(1, rest.years), churnReduction: rest.churn * share });
        expect(r.roiCostEveryYear).toBeLessThanOrEqual(r.roiCostOnce + 1e-12);
      }),
    );
  });

  it('the gain is linear in clients', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 100000 }), ({ share, ...rest }, clients) => {
        const one = quickRoi({ ...rest, churnReduction: rest.churn * share });
        const many = quickRoi({ ...rest, churnReduction: rest.churn * share, clients });
        expect(Math.abs(many.gain - one.gain * clients)).toBeLessThanOrEqual(1e-9 * many.gain);
      }),
    );
  });
});

describe('quickRoi: what it leaves out', () => {
  it('lists margin, windfall, breakage, timing, participation, dropout', () => {
    const ids = quickRoi(base).leavesOut.map((l) => l.id);
    for (const id of ['margin', 'windfall', 'breakage', 'timing', 'participation', 'dropout']) expect(ids).toContain(id);
  });
});

describe('quickRoi: validation', () => {
  const bad: [string, Partial<QuickRoiInputs>, RegExp][] = [
    ['churn below 0', { churn: -0.1 }, /Churn must be between 0 and 1/],
    ['churn above 1', { churn: 1.2 }, /Churn must be between 0 and 1/],
    ['zero years', { years: 0 }, /Years must be more than 0/],
    ['negative years', { years: -2 }, /Years must be more than 0/],
    ['zero cost', { cost: 0 }, /Cost must be more than 0/],
    ['negative cost', { cost: -5 }, /Cost must be more than 0/],
    ['reduction larger than churn', { churn: 0.1, churnReduction: 0.15 }, /larger than churn/],
    ['negative revenue', { revenuePerClient: -1 }, /must not be negative/],
    ['uplift below −100 %', { uplift: -1.5 }, /below zero/],
    ['not a number', { uplift: Number.NaN }, /must be a number/],
    ['no clients', { clients: 0 }, /Clients must be more than 0/],
  ];
  it.each(bad)('%s is a UserError with a hint', (_name, patch, message) => {
    let caught: unknown;
    try {
      quickRoi({ ...base, ...patch });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).message).toMatch(message);
    expect((caught as UserError).hint).toBeTruthy();
  });

  it('accepts the bounds: churn 0 and 1, reduction equal to churn', () => {
    expect(quickRoi({ ...base, churn: 0, churnReduction: 0 }).retention).toBe(1);
    expect(quickRoi({ ...base, churn: 1, churnReduction: 0 }).gain).toBe(0);
    expect(quickRoi({ ...base, churn: 0.2, churnReduction: 0.2 }).retention).toBe(1);
  });
});
