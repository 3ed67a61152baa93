import { describe, expect, it } from 'vitest';
import { closest, editDistance, formatPath } from '../../src/draft/issue.js';

describe('issue helpers', () => {
  it('formatPath writes paths as the docs do', () => {
    expect(formatPath(['mechanics', 1, 'levels', 2, 'min_spend'])).toBe('mechanics[1].levels[2].min_spend');
    expect(formatPath([])).toBe('');
  });

  it('editDistance counts a swap of neighbours as one edit', () => {
    expect(editDistance('mdoe', 'mode')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('closest suggests plausible typos only', () => {
    expect(closest('earn_per_curency', ['earn_per_currency', 'point_value'])).toBe('earn_per_currency');
    expect(closest('pret', ['triangular', 'pert', 'beta'])).toBe('pert');
    expect(closest('Monthly', ['monthly', 'quarterly'])).toBe('monthly');
    expect(closest('zzzz', ['pert', 'beta'])).toBeUndefined();
  });
});
