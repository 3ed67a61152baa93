import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DailyTotals } from '../../src/history/aggregate.js';

/** The reader's aggregation before aggregate.ts, one Map entry per customer-day: the oracle. */
function naive(rows: [string, number, number, string | undefined][]) {
  const customers = new Map<string, { days: Map<number, { net: number; purchase: boolean }>; orders: number }>();
  const orderNet = new Map<string, number>();
  for (const [id, day, amount, order] of rows) {
    let acc = customers.get(id);
    if (!acc) customers.set(id, (acc = { days: new Map(), orders: 0 }));
    let d = acc.days.get(day);
    if (!d) acc.days.set(day, (d = { net: 0, purchase: false }));
    d.net += amount;
    if (amount >= 0) d.purchase = true;
    if (order !== undefined) orderNet.set(`${id}\u0000${order}`, (orderNet.get(`${id}\u0000${order}`) ?? 0) + amount);
    else if (amount > 0) acc.orders++;
  }
  for (const [key, net] of orderNet) if (net > 0) customers.get(key.slice(0, key.indexOf('\u0000')))!.orders++;
  const out: unknown[] = [];
  for (const [id, acc] of customers) {
    const days = [...acc.days.keys()].sort((a, b) => a - b);
    if (!days.some((d) => acc.days.get(d)!.purchase)) continue;
    out.push([id, days, days.map((d) => acc.days.get(d)!.net), days.map((d) => (acc.days.get(d)!.purchase ? 1 : 0)), acc.orders]);
  }
  return out;
}

function batched(rows: [string, number, number, string | undefined][], batch: number) {
  const t = new DailyTotals(batch);
  for (const [id, day, amount, order] of rows) t.add(t.customer(id), day, amount, order);
  const { customers: s } = t.finish();
  return s.ids.map((id, i) => {
    const r = [s.start[i]!, s.start[i + 1]!] as const;
    return [id, Array.from(s.days.subarray(...r)), Array.from(s.net.subarray(...r)), Array.from(s.purchase.subarray(...r)), s.orders[i]];
  });
}

const row = fc.tuple(
  fc.constantFrom('a', 'b', 'a-very-long-customer-id-0001', '17', '0', '007', '123456789', '1234567890'),
  fc.integer({ min: 10_000, max: 10_030 }),
  fc.oneof(fc.double({ min: -50, max: 200, noNaN: true }), fc.constant(0), fc.constant(-0)),
  fc.option(fc.constantFrom('o1', 'o2', 'o3'), { nil: undefined }),
);

describe('DailyTotals', () => {
  it('gives bit-identical daily totals to one running sum per customer-day, for any batch size', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (rows, batch) => {
        expect(batched(rows, batch)).toEqual(naive(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps ids apart and in order of first sight through the table of numeric ids as it grows', () => {
    const t = new DailyTotals(1000);
    const ids = Array.from({ length: 20_000 }, (_, i) => String((i * 7919) % 1_000_003));
    for (const id of [...ids, ...ids]) t.add(t.customer(id), 10_000, 1);
    const { customers } = t.finish();
    expect(customers.ids).toEqual(ids);
    expect(Array.from(customers.net.subarray(0, 3))).toEqual([2, 2, 2]);
  });

  it('counts the customers who only returned and leaves them out', () => {
    const t = new DailyTotals(2);
    for (const [id, day, amount] of [['x', 5, -3], ['y', 5, 2], ['x', 6, -1], ['z', 7, 0]] as const) t.add(t.customer(id), day, amount);
    const { customers, returnsOnly } = t.finish();
    expect(returnsOnly).toBe(1);
    expect(customers.ids).toEqual(['y', 'z']);
    expect(Array.from(customers.start)).toEqual([0, 1, 2]);
    expect(Array.from(customers.firstPurchaseDay)).toEqual([5, 7]);
  });
});
