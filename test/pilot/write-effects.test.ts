import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraftText } from '../../src/draft/load.js';
import { uncertainFields } from '../../src/draft/paths.js';
import { simulate } from '../../src/engine/simulate.js';
import { syntheticPopulation } from '../../src/engine/population.js';
import { UserError } from '../../src/errors.js';
import { writeEffects } from '../../src/pilot/write-effects.js';

const measured = {
  frequency_uplift: { mean: 0.0812345, sd: 0.0301 },
  check_uplift: { mean: -0.012, sd: 0.02 },
  churn_reduction: { mean: 0.05, sd: 0.041 },
};

const comments = (text: string) => text.split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));

describe('writeEffects', () => {
  it('replaces only the three effects, keeping every comment and line, and the result validates', () => {
    const text = readFileSync(new URL('../../scenarios/points-only.yaml', import.meta.url), 'utf8');
    const r = writeEffects(text, 'points-only.yaml', measured);
    expect(comments(r.text)).toEqual(comments(text));
    const before = text.split('\n');
    const after = r.text.split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.map((l, i) => (l === before[i] ? null : l)).filter((l) => l !== null);
    expect(changed).toEqual([
      '  frequency_uplift: { normal: { mean: 0.08123, sd: 0.0301 } }',
      '  check_uplift:     { normal: { mean: -0.012, sd: 0.02 } }',
      '  churn_reduction:  { normal: { mean: 0.05, sd: 0.041 } }',
    ]);
    expect(r.changes.map((c) => c.path)).toEqual(['effects.frequency_uplift', 'effects.check_uplift', 'effects.churn_reduction']);
    expect(r.changes[0]!.old).toBe('{ triangular: { min: 0.03, mode: 0.1, max: 0.2 } }');
    const check = checkDraftText(r.text, 'points-only.yaml');
    expect(check.valid).toBe(true);
    const fields = uncertainFields(check.draft!).filter((f) => f.path.startsWith('effects.'));
    expect(fields).toEqual([
      { path: 'effects.frequency_uplift', dist: { normal: { mean: 0.08123, sd: 0.0301 } } },
      { path: 'effects.check_uplift', dist: { normal: { mean: -0.012, sd: 0.02 } } },
      { path: 'effects.churn_reduction', dist: { normal: { mean: 0.05, sd: 0.041 } } },
    ]);
  });

  it('adds the effects to a draft without them, keeping its comments', () => {
    const text = '# my program\nname: x # short\ncurrency: RUB\nhorizon_months: 12\ngross_margin: 0.3\neffects:\n  frequency_uplift: 0.1 # a guess\n';
    const r = writeEffects(text, 'x.yaml', measured);
    expect(r.text).toContain('# my program');
    expect(r.text).toContain('name: x # short');
    expect(r.text).toContain('frequency_uplift: { normal: { mean: 0.08123, sd: 0.0301 } } # a guess');
    expect(r.changes.map((c) => c.old)).toEqual(['0.1', '(not set)', '(not set)']);
    expect(checkDraftText(r.text, 'x.yaml').valid).toBe(true);
  });

  it('refuses a result that would not validate, and non-finite estimates', () => {
    const text = 'name: x\ncurrency: RUB\nhorizon_months: 12\ngross_margin: 0.3\n';
    expect(() => writeEffects(text, 'x.yaml', { ...measured, churn_reduction: { mean: 1.5, sd: 0.1 } })).toThrow(/would not be valid/);
    expect(() => writeEffects(text, 'x.yaml', { ...measured, check_uplift: { mean: NaN, sd: 0.1 } })).toThrow(UserError);
  });

  it('simulate draws the written effects run by run', async () => {
    const text = readFileSync(new URL('../../scenarios/points-only.yaml', import.meta.url), 'utf8').replace('count: 10000', 'count: 200');
    const draft = checkDraftText(writeEffects(text, 'p.yaml', measured).text, 'p.yaml').draft!;
    const result = await simulate(draft, syntheticPopulation(draft.customers!.synthetic!), { seed: 1, runs: 200, sampling: 'lhs', workers: 1, horizon: 3 });
    const drawn = result.runs.map((r) => r.inputs['effects.frequency_uplift']!);
    const mean = drawn.reduce((a, b) => a + b, 0) / drawn.length;
    const sd = Math.sqrt(drawn.reduce((a, b) => a + (b - mean) ** 2, 0) / (drawn.length - 1));
    expect(mean).toBeCloseTo(0.08123, 2);
    expect(sd).toBeGreaterThan(0.025);
    expect(sd).toBeLessThan(0.035);
  });
});
