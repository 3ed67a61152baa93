import { describe, expect, it } from 'vitest';
import { checkConstraint, parseConstraint } from '../../src/decide/constraint.js';
import { UserError } from '../../src/errors.js';

const message = (spec: string): string => {
  try {
    parseConstraint(spec);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return `${(err as UserError).message}\n${(err as UserError).hint}`;
  }
  throw new Error(`${spec} parsed`);
};

describe('parseConstraint', () => {
  it('reads the three forms, e-notation, % and spaces', () => {
    expect(parseConstraint('P(roi>0)>=0.9')).toEqual({ text: 'P(roi>0)>=0.9', metric: 'roi', stat: { kind: 'probability', cmp: '>', value: 0 }, cmp: '>=', bound: 0.9 });
    expect(parseConstraint('p5(npv) >= 0')).toEqual({ text: 'p5(npv) >= 0', metric: 'npv', stat: { kind: 'percentile', q: 0.05 }, cmp: '>=', bound: 0 });
    expect(parseConstraint('programCost<=50e6')).toMatchObject({ metric: 'programCost', stat: { kind: 'mean' }, cmp: '<=', bound: 50e6 });
    expect(parseConstraint('mean(roi)>=20%')).toMatchObject({ metric: 'roi', stat: { kind: 'mean' }, bound: 0.2 });
    expect(parseConstraint('P(npv>-1e6)>=90%')).toMatchObject({ stat: { kind: 'probability', cmp: '>', value: -1e6 }, bound: 0.9 });
    expect(parseConstraint('paybackMonth ≤ 18')).toMatchObject({ cmp: '<=', bound: 18 });
  });

  it('reads numbers as people type them (the number reader of every numeric input): 0,25; 6 000 000; 5 %; a currency; −', () => {
    expect(parseConstraint('P(roi>0)>=0,9')).toMatchObject({ stat: { kind: 'probability', value: 0 }, bound: 0.9 });
    expect(parseConstraint('P(roi>0,05)>=90 %')).toMatchObject({ stat: { kind: 'probability', cmp: '>', value: 0.05 }, bound: 0.9 });
    expect(parseConstraint('programCost<=6 000 000')).toMatchObject({ bound: 6e6 });
    expect(parseConstraint('programCost <= 6\u00a0000\u00a0000 ₽')).toMatchObject({ bound: 6e6 });
    // echoed as typed, readable: spaces evened out, not removed ("6000000₽" was the old echo)
    expect(parseConstraint('  programCost  <=\t6\u00a0000\u00a0000 ₽ ').text).toBe('programCost <= 6 000 000 ₽');
    expect(parseConstraint('programCost<=6 000 000 руб.')).toMatchObject({ bound: 6e6 });
    expect(parseConstraint('mean(roi)>=5 %')).toMatchObject({ bound: 0.05 });
    expect(parseConstraint('p5(npv)>=−1 500 000')).toMatchObject({ bound: -1.5e6 });
    expect(parseConstraint('mean(roi)>=0,25')).toMatchObject({ bound: 0.25 });
  });

  it('points at the bad token by column, with a did-you-mean on metric names', () => {
    const m = message('P(rio>0)>=0.9');
    expect(m).toMatch(/unknown metric "rio" at column 3/);
    expect(m).toMatch(/did you mean roi\?/);
    expect(message('p5(npv)>=')).toMatch(/a number is missing at column 10/);
    expect(message('programCost<=5O')).toMatch(/"5O" is not a number: cannot read "O" at column 14/);
    expect(message('P(roi>0)>=0.9)')).toMatch(/unexpected "\)" after the end of the constraint at column 14/);
    expect(message('programCost=5')).toMatch(/"=" is not a comparison .* at column 12/);
    expect(message('p100(npv)>=0')).toMatch(/outside p1/);
    expect(message('P(roi>0)>=1.5')).toMatch(/between 0 and 1/);
    expect(message('median(npv)>=0')).toMatch(/unknown statistic "median"/);
    expect(message('programCost<=5#')).toMatch(/cannot read "#" at column 14/);
    expect(message('mean(roi)>=1 00 000')).toMatch(/digit groups in "1 00 000" are not thousands .* at column 12/);
    expect(message('npv >= 5 ₽ x')).toMatch(/cannot read/);
    expect(message('')).toMatch(/empty/);
  });
});

describe('checkConstraint', () => {
  const values = Float64Array.from({ length: 100 }, (_, i) => i - 9); // -9 … 90
  it('evaluates shares, percentiles and means, with a margin and a standard error', () => {
    const p = checkConstraint(parseConstraint('P(npv>0)>=0.9'), values);
    expect(p.value).toBeCloseTo(0.9);
    expect(p.margin).toBeCloseTo(0);
    expect(p.holds).toBe(true);
    expect(p.se).toBeCloseTo(Math.sqrt(0.09 / 100));
    expect(p.safe).toBe(false); // on the bound, not 2 s.e. inside it
    const q = checkConstraint(parseConstraint('p5(npv)>=-10'), values);
    expect(q.value).toBeCloseTo(-9 + 0.05 * 99);
    expect(q.margin).toBeCloseTo(q.value + 10);
    const m = checkConstraint(parseConstraint('npv<=100'), values);
    expect(m.value).toBeCloseTo(40.5);
    expect(m.margin).toBeCloseTo(59.5);
    expect(m.safe).toBe(true);
    expect(checkConstraint(parseConstraint('npv<=10'), values).holds).toBe(false);
  });
});
