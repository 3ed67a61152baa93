/**
 * The terminal text of optimize: each constraint's figures read in the
 * constraint's own unit (a share of runs and ROI as percentages, the payback
 * as a month, money otherwise), worked out from the constraint, not its text.
 */
import { describe, expect, it } from 'vitest';
import { parseConstraint } from '../../src/decide/constraint.js';
import { renderOptimize } from '../../src/report/optimize-text.js';
import { META, tinyOptimize } from './optimize-fixture.js';

describe('optimize text: the constraint margins', async () => {
  const r = await tinyOptimize();
  // the same checks, relabelled as other constraints: the figures are the fixture's, only the units change
  const as = (spec: string) => {
    const c = parseConstraint(spec);
    const rows = renderOptimize({ ...r, constraints: [c] }, META, { locale: 'en-US', currency: 'USD', charts: false, bold: (s) => s }).split('\n');
    return rows.find((l) => l.includes(c.text))!;
  };

  it('a payback constraint reads as months, a budget as money, a share of runs and ROI as percentages', () => {
    const payback = as('paybackMonth<=30');
    expect(payback).not.toMatch(/[KM]\b|\$/);
    expect(payback).toMatch(/│\s+[\d,]+(\.\d)?\s+│/);
    expect(as('programCost<=4e5')).toMatch(/\d(\.\d+)?K/);
    expect(as('P(roi>0)>=0.5')).toMatch(/%/);
    expect(as('mean(roi)>=0')).toMatch(/%/);
  });
});
