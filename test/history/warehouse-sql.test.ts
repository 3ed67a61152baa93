/**
 * docs/warehouse.md's SQL, run exactly as documented (the ```sql block) on
 * DuckDB against the bundled histories, gives the tool's own summary: the
 * route for a warehouse (summarise where the data lives, then --summary).
 */
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDuckDb, sqlString } from '../../src/history/duckdb.js';
import { type ReadOptions, readHistoryFile } from '../../src/history/read.js';
import { summarizeHistory } from '../../src/history/summarize.js';
import { parseSummary } from '../../src/history/summary-file.js';

const doc = readFileSync('docs/warehouse.md', 'utf8');
const blocks = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dir = mkdtempSync(join(tmpdir(), 'warehouse-sql-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each bundled history as the `sales(customer_id, sale_date, amount)` the doc expects. */
const cases: [string, ReadOptions, string][] = [
  ['/work/shared/data/cdnow/cdnow_master.csv', {}, 'SELECT customer_id, "date" AS sale_date, amount FROM read_csv(FILE)'],
  ['fixtures/history/cdnow_sample.csv', {}, 'SELECT customer_id, "date" AS sale_date, amount FROM read_csv(FILE)'],
  // invoice lines with returns, timestamps and ids written as 17850.0
  ['fixtures/examples/online-retail.csv', {}, 'SELECT CAST(CAST(CustomerID AS DOUBLE) AS BIGINT) AS customer_id, CAST(InvoiceDate AS TIMESTAMP) AS sale_date, Quantity * UnitPrice AS amount FROM read_csv(FILE)'],
];

describe('docs/warehouse.md', () => {
  it('has one SQL block', () => {
    expect(blocks).toHaveLength(1);
  });

  it.each(cases)('its SQL on %s gives the tool\'s summary', async (file, options, view) => {
    const out = join(dir, `${file.replace(/\W/g, '_')}.summary.csv`);
    const { conn, close } = await connectDuckDb();
    try {
      await conn.run(`CREATE VIEW sales AS ${view.replace('FILE', sqlString(file))}`);
      await conn.run(`COPY (${blocks[0]!.trim().replace(/;$/, '')}) TO ${sqlString(out)} (HEADER, DELIMITER ',')`);
    } finally {
      close();
    }
    const fromSql = parseSummary(readFileSync(out, 'utf8'), out, 'week', 'day');
    const own = summarizeHistory(await readHistoryFile(file, { ...options, engine: 'js' }), { unit: 'week' });
    expect(fromSql.ids.length).toBe(own.ids.length);
    const at = new Map(fromSql.ids.map((id, i) => [id, i]));
    for (let i = 0; i < own.ids.length; i++) {
      const j = at.get(own.ids[i]!);
      expect(j, own.ids[i]).toBeDefined();
      expect(fromSql.x[j!]).toBe(own.x[i]);
      expect(fromSql.tx[j!]).toBeCloseTo(own.tx[i]!, 12);
      expect(fromSql.T[j!]).toBeCloseTo(own.T[i]!, 12);
      // the mean order value: the same days, added in another order
      expect(Math.abs(fromSql.zbar[j!]! - own.zbar[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(own.zbar[i]!)));
      expect(Math.abs(fromSql.h12[j!]! - own.h12[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(own.h12[i]!)));
    }
    expect(own.ids.length).toBeGreaterThan(30);
  }, 60_000);
});
