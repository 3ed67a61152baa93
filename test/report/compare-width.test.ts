import { describe, expect, it } from 'vitest';
import { comparePair, type Comparison } from '../../src/decide/compare.js';
import { renderComparison } from '../../src/report/decide-text.js';
import { fixtureDraft, fixtureEntry } from './report-fixture.js';

describe('compare’s paired table (issue 24)', () => {
  it('is split to the terminal’s width like the side-by-side table', async () => {
    const one = await fixtureEntry(fixtureDraft('A discount program with a rather long name'), 'a.yaml', 12);
    const two = await fixtureEntry(fixtureDraft('The same program with a bigger discount', 0.05), 'b.yaml', 12);
    const c: Comparison = {
      drafts: [one, two].map((e) => ({ file: e.meta.file, name: e.meta.name, currency: 'RUB', summary: e.summary })),
      pairs: [comparePair(0, 1, one.result.runs, two.result.runs, one.result.errorDesign)],
      runs: 12,
    };
    const meta = { population: '300 synthetic customers', horizon: 12, seed: 7, runs: 12, sampling: 'lhs' as const };
    const wide = renderComparison(c, meta, { locale: 'en-US', currency: 'RUB', charts: false });
    const widest = Math.max(...wide.split('\n').filter((l) => /^[│┌└├]/.test(l)).map((l) => l.length));
    const width = 72;
    expect(widest).toBeGreaterThan(width);
    const narrow = renderComparison(c, meta, { locale: 'en-US', currency: 'RUB', charts: false, width });
    // every table line fits, unless one column alone (its label and a long verdict) is wider than the terminal
    const paired = narrow.slice(narrow.indexOf('Paired'));
    const tableLines = paired.split('\n').filter((l) => /^[│┌└├]/.test(l));
    expect(tableLines.length).toBeGreaterThan(0);
    const over = tableLines.filter((l) => l.length > width);
    const verdictWidth = Math.max(...tableLines.map((l) => l.length));
    for (const l of over) expect(l.length).toBe(verdictWidth);
    expect(tableLines.filter((l) => l.length <= width).length).toBeGreaterThan(0);
    // the paired table itself was split: more than the one table it is at full width
    const tops = (text: string): number => text.slice(text.indexOf('Paired')).split('\n').filter((l) => l.startsWith('┌')).length;
    expect(tops(wide)).toBe(1);
    expect(tops(narrow)).toBeGreaterThan(1);
  });
});
