import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { assignmentCsv, assignPilot, parseAssignment, standardizedDifference } from '../../src/pilot/assign.js';
import type { CustomerDays } from '../../src/pilot/periods.js';
import { Rng } from '../../src/random/rng.js';

const D = 20_000;
const customer = (id: string, days: number[], amount = 100): CustomerDays => ({
  id,
  days: Int32Array.from(days),
  net: Float64Array.from(days, () => amount),
  purchase: new Uint8Array(days.length).fill(1),
});

/** 300 customers with varied recency and frequency, plus a region column. */
function base(): { customers: CustomerDays[]; region: Map<string, string> } {
  const customers: CustomerDays[] = [];
  const region = new Map<string, string>();
  for (let i = 0; i < 300; i++) {
    const k = 1 + (i % 7);
    customers.push(customer(`c${i}`, Array.from({ length: k }, (_, j) => D - 10 - ((i * 13) % 200) - 30 * (k - 1 - j)), 50 + (i % 11) * 20));
    region.set(`c${i}`, ['north', 'south', 'east'][i % 3]!);
  }
  return { customers, region };
}

describe('assignPilot', () => {
  it('splits every stratum in equal halves, n per group in all, and repeats exactly for a seed', () => {
    const { customers } = base();
    const a = assignPilot(customers, D, { months: 3, perGroup: 100 }, new Rng(7, 61));
    const count = (g: string) => a.rows.filter((r) => r.group === g).length;
    expect(count('treatment')).toBe(100);
    expect(count('control')).toBe(100);
    for (const s of a.strata) expect(s.treatment).toBe(s.control);
    expect(new Set(a.rows.map((r) => r.id)).size).toBe(200);
    expect(a.strata.length).toBeGreaterThan(3); // RFM segments
    const again = assignPilot(customers, D, { months: 3, perGroup: 100 }, new Rng(7, 61));
    expect(again.rows).toEqual(a.rows);
    const other = assignPilot(customers, D, { months: 3, perGroup: 100 }, new Rng(8, 61));
    expect(other.rows).not.toEqual(a.rows);
  });

  it('uses a given stratum column and, without a size, every eligible customer', () => {
    const { customers, region } = base();
    const a = assignPilot(customers, D, { months: 3, strata: region }, new Rng(1, 61));
    expect(a.rows.length).toBe(300);
    expect(a.strata.map((s) => s.stratum)).toEqual(['east', 'north', 'south']);
    for (const s of a.strata) expect(s.treatment + s.control).toBe(100);
    for (const s of a.strata) expect(Math.abs(s.treatment - s.control)).toBeLessThanOrEqual(1);
  });

  it('applies the eligibility filters at the history end', () => {
    const { customers } = base();
    const a = assignPilot(customers, D, { months: 3, eligibility: { activeWithinDays: 60 } }, new Rng(1, 61));
    // last purchase D − 10 − (i·13 mod 200): within 60 days when (i·13 mod 200) < 50
    const expected = customers.filter((_, i) => 10 + ((i * 13) % 200) < 60).length;
    expect(a.eligible).toBe(expected);
    expect(a.rows.length).toBe(expected);
    expect(() => assignPilot(customers, D, { months: 3, eligibility: { minRevenue: 1e9 } }, new Rng(1, 61))).toThrow(UserError);
  });

  it('reports balance as standardised differences', () => {
    // t = [1,2,3] and c = [0,1,2]: means 2 and 1, sample variances 1 and 1 → d = (2 − 1)/√1 = 1
    expect(standardizedDifference([1, 2, 3], [0, 1, 2])).toBe(1);
    const { customers } = base();
    const a = assignPilot(customers, D, { months: 3 }, new Rng(3, 61));
    expect(a.balance.map((b) => b.metric)).toEqual(['orders', 'revenue', 'active']);
    for (const b of a.balance) expect(b.imbalanced).toBe(Math.abs(b.standardizedDifference) > 0.1);
  });
});

describe('assignment files', () => {
  it('round-trips, with a formula-like id neutralised in the file and restored on reading', () => {
    const rows = [
      { id: '=HYPERLINK("x")', group: 'treatment' as const, stratum: 'Champions' },
      { id: '17850', group: 'control' as const, stratum: '-risky' },
    ];
    const text = assignmentCsv(rows);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain("'-risky");
    expect(text.split('\n')[0]).toBe('customer_id,group,stratum');
    expect(parseAssignment(text, 'g.csv')).toEqual(rows);
  });

  it('names the line of a bad row', () => {
    const bad = 'customer_id,group,stratum\n1,treatment,a\n2,placebo,a\n';
    try {
      parseAssignment(bad, 'g.csv');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).where).toEqual({ file: 'g.csv', line: 3 });
    }
    expect(() => parseAssignment('customer_id,group\n1,treatment\n1,control\n', 'g.csv')).toThrow(/assigned twice/);
    expect(() => parseAssignment('id,arm\n1,treatment\n', 'g.csv')).toThrow(/no customer_id and group/);
    expect(() => parseAssignment('customer_id,group\n1,treatment\n', 'g.csv')).toThrow(/no control/);
  });
});
