/**
 * The reader before and after it aggregated into arrays (issue 28): digests of
 * everything it and profile/summarize produce for the bundled histories, taken
 * with the previous reader (csv-parse and a Map per customer-day) and stored
 * in golden/aggregates.json. A digest that moves means a number moved.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileHistory } from '../../src/history/profile.js';
import { type ReadOptions, readHistoryFile } from '../../src/history/read.js';
import { summarizeHistory } from '../../src/history/summarize.js';

const golden = JSON.parse(readFileSync('test/history/golden/aggregates.json', 'utf8')) as Record<string, Record<string, string | number>>;
const options: Record<string, ReadOptions> = {
  'fixtures/examples/online-retail.csv': { order: 'InvoiceNo' },
  'fixtures/history/broken_bad_date.csv': { maxSkipped: 0.2 },
  'fixtures/history/broken_ragged_row.csv': { maxSkipped: 0.2 },
};
const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

describe('the reader gives the numbers it gave before it aggregated into arrays', () => {
  it.each(Object.keys(golden))('%s', async (file) => {
    const h = await readHistoryFile(file, options[file] ?? {});
    const agg = h.customers.map((c) => [c.id, Array.from(c.days), Array.from(c.net), Array.from(c.purchase), c.firstPurchaseDay, c.lastPurchaseDay, c.revenue, c.orders]);
    const meta = { rows: h.rows, acceptedRows: h.acceptedRows, skipped: h.skipped, examples: h.examples, returnsOnly: h.returnsOnlyCustomers, firstDay: h.firstDay, lastDay: h.lastDay, columns: h.columns, format: h.format, notes: h.notes, currencyColumn: h.currencyColumn };
    const s = summarizeHistory(h, { unit: 'week' });
    const sum = [s.ids, ...(['x', 'tx', 'T', 'zbar', 'h12', 'holdoutX', 'holdoutT'] as const).map((k) => Array.from(s[k]))];
    expect({ customers: h.customers.length, aggregates: digest(agg), meta: digest(meta), profile: digest(profileHistory(h)), summary: digest(sum) }).toEqual(golden[file]);
  });
});
