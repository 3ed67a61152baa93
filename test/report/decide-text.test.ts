import { describe, expect, it } from 'vitest';
import type { Comparison, PairComparison } from '../../src/decide/compare.js';
import { comparisonVerdict, compactMoney, renderBreakeven } from '../../src/report/decide-text.js';
import type { BreakevenResult } from '../../src/decide/breakeven.js';

const o = { locale: 'en-US', currency: 'RUB' };
const draft = (name: string, mean: number) => ({ file: `${name}.yaml`, name, currency: 'RUB', summary: { metrics: { netIncrementalProfit: { mean } } } });
const pair = (verdict: PairComparison['verdict']) => ({ a: 0, b: 1, verdict }) as PairComparison;

describe('comparisonVerdict', () => {
  it('says when the leader is within noise, clearly ahead, or there is no difference', () => {
    const c = (v: PairComparison['verdict']) => ({ drafts: [draft('low', 1e6), draft('high', 2e6)], pairs: [pair(v)], runs: 10 }) as unknown as Comparison;
    expect(comparisonVerdict(c('noise'), o)).toMatchInlineSnapshot(
      `"B (high) has the highest mean net incremental profit (2M RUB), but its lead over A is within noise (less than 2 standard errors of the paired difference): treat them as equal, or rerun with more --runs."`,
    );
    expect(comparisonVerdict(c('b'), o)).toMatchInlineSnapshot(
      `"B (high) has the highest mean net incremental profit (2M RUB), ahead of every other draft by more than 2 standard errors of the paired difference."`,
    );
    expect(comparisonVerdict(c('identical'), o)).toBe('No difference: the drafts earn the same net incremental profit in every run.');
  });
});

describe('renderBreakeven', () => {
  it('says plainly when no value in the range breaks even', () => {
    const r: BreakevenResult = {
      path: 'costs.launch',
      value: null,
      se: null,
      bracket: [0, 4],
      searched: [0, 4],
      runs: 10,
      evaluations: [
        { value: 2, mean: -5, se: 1 },
        { value: 0, mean: -3, se: 1 },
        { value: 4, mean: -7, se: 1 },
      ],
      current: { value: 2, mean: -5, se: 1 },
      sign: 'negative',
      how: 'costs.launch is set to each value',
    };
    const text = renderBreakeven(r, { population: '10 synthetic customers', horizon: 12, seed: 1, runs: 10, sampling: 'lhs' }, { ...o, charts: false });
    expect(text.replace(/\u00a0/g, ' ')).toContain('No value of costs.launch between 0 and 4 breaks even: mean net incremental profit stays negative (-RUB 3 ± RUB 1 at 0, -RUB 7 ± RUB 1 at 4).');
  });
});

describe('compactMoney', () => {
  it('is short, signed and locale-aware', () => {
    expect(compactMoney(-32_500_000, 'en-US')).toBe('-32.5M');
    expect(compactMoney(null, 'en-US')).toBe('–');
    expect(compactMoney(1_500_000, 'ru-RU')).toMatch(/^1,5\sмлн$/);
  });
});
