/**
 * The DuckDB reader (history/duckdb.ts) against the JS reader: the same
 * aggregates, bit for bit, on the bundled histories both can read; the ones it
 * cannot read (Windows-1251, title lines) are read by the JS reader, which says so.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type History, type ReadOptions, readHistoryFile } from '../../src/history/read.js';
import { connectDuckDb, sqlString } from '../../src/history/duckdb.js';
import { profileHistory } from '../../src/history/profile.js';

const aggregates = (h: History) => ({
  ids: h.store.ids,
  start: Array.from(h.store.start),
  days: Array.from(h.store.days),
  net: Array.from(h.store.net),
  purchase: Array.from(h.store.purchase),
  first: Array.from(h.store.firstPurchaseDay),
  last: Array.from(h.store.lastPurchaseDay),
  revenue: Array.from(h.store.revenue),
  orders: Array.from(h.store.orders),
  rows: h.rows,
  acceptedRows: h.acceptedRows,
  skipped: h.skipped,
  returnsOnly: h.returnsOnlyCustomers,
  window: [h.firstDay, h.lastDay],
  columns: h.columns,
  format: h.format,
  notes: h.notes,
});

const dir = mkdtempSync(join(tmpdir(), 'duckdb-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A small UTF-8 history written for a test. */
const utf8 = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const both: [string, ReadOptions][] = [
  ['fixtures/history/cdnow_sample.csv', {}],
  ['/work/shared/data/cdnow/cdnow_sample.csv', {}],
  ['/work/shared/data/cdnow/cdnow_master.csv', {}],
  ['fixtures/examples/after.csv', {}],
  ['fixtures/examples/online-retail.csv', { order: 'InvoiceNo' }],
  ['/work/shared/data/online-retail/online-retail.csv', { order: 'InvoiceNo' }],
];

describe('DuckDB and the JS reader give the same aggregates', () => {
  it.each(both)('%s', async (file, options) => {
    const js = await readHistoryFile(file, { ...options, engine: 'js' });
    const duck = await readHistoryFile(file, { ...options, engine: 'duckdb' });
    expect(duck.notes.filter((n) => n.kind === 'engineFallback')).toEqual([]);
    expect(aggregates(duck)).toEqual(aggregates(js));
    expect(profileHistory(duck)).toEqual(profileHistory(js));
  }, 60_000);
});

describe('what DuckDB does not read is read by the JS reader, which says why', () => {
  it.each([
    ['fixtures/examples/sales.csv', 'encoding'],
    ['fixtures/history/cdnow_1c_cp1251.csv', 'encoding'],
    ['fixtures/history/cdnow_head1000_utf16le.txt', 'encoding'],
    ['fixtures/history/cdnow_1c_utf8bom.csv', 'decimalComma'],
    ['fixtures/history/broken_bad_date.csv', 'encoding'],
    [utf8('bad_date.csv', 'customer_id,date,amount\n1,2024-01-05,10\n2,2024-13-40,5\n1,2024-02-01,7\n3,2024-02-02,1\n'), 'unreadableRows'],
    [utf8('ragged.csv', 'customer_id,date,amount\n1,2024-01-05,10\n2,2024-01-06,5,9\n1,2024-02-01,7\n3,2024-02-02,1\n'), 'rejected'],
    [utf8('title.csv', 'Sales report\ncustomer_id,date,amount\n1,2024-01-05,10\n1,2024-02-01,7\n'), 'header'],
  ])('%s: %s', async (file, reason) => {
    const options: ReadOptions = { maxSkipped: 0.3 };
    const js = await readHistoryFile(file, { ...options, engine: 'js' });
    const duck = await readHistoryFile(file, { ...options, engine: 'duckdb' });
    expect(duck.notes[0]).toMatchObject({ kind: 'engineFallback', reason });
    expect({ ...aggregates(duck), notes: duck.notes.slice(1) }).toEqual(aggregates(js));
    expect(duck.examples).toEqual(js.examples);
  });
});

describe('Parquet (read by DuckDB only)', () => {
  it.each([
    ['/work/shared/data/cdnow/cdnow_master.csv', {}],
    ['fixtures/examples/online-retail.csv', { order: 'InvoiceNo' }],
  ] as [string, ReadOptions][])('%s as Parquet gives the profile of its CSV', async (csv, options) => {
    const parquet = join(dir, `${csv.replace(/\W/g, '_')}.parquet`);
    const { conn, close } = await connectDuckDb();
    try {
      // small row groups: the file's order has to survive a read in parallel
      await conn.run(`COPY (SELECT * FROM read_csv(${sqlString(csv)})) TO ${sqlString(parquet)} (FORMAT parquet, ROW_GROUP_SIZE 2048)`);
    } finally {
      close();
    }
    const js = await readHistoryFile(csv, { ...options, engine: 'js' });
    const duck = await readHistoryFile(parquet, options);
    expect(duck.store.ids.length).toBeGreaterThan(30);
    expect(profileHistory(duck)).toEqual(profileHistory(js));
    const { format: _f, ...same } = aggregates(duck);
    const { format: _g, ...expected } = aggregates(js);
    expect(same).toEqual(expected);
  }, 60_000);

  it('--engine js on a Parquet file says that only DuckDB reads it', async () => {
    const parquet = join(dir, 'tiny.parquet');
    const { conn, close } = await connectDuckDb();
    try {
      await conn.run(`COPY (SELECT 1 AS customer_id, DATE '2024-01-05' AS date, 10.5 AS amount) TO ${sqlString(parquet)} (FORMAT parquet)`);
    } finally {
      close();
    }
    await expect(readHistoryFile(parquet, { engine: 'js' })).rejects.toThrow(/only the DuckDB reader reads Parquet/);
    const h = await readHistoryFile(parquet, {});
    expect(h.store.ids).toEqual(['1']);
    expect(Array.from(h.store.days)).toEqual([Date.UTC(2024, 0, 5) / 86_400_000]);
  });
});
