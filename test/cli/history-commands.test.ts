/** profile and fit end to end through main(): JSON shapes, tables, exit codes, messages naming file:line. */
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';


const sample = 'fixtures/history/cdnow_sample.csv';

describe('profile', () => {
  it('--json has the CLI.md keys', async () => {
    const r = await run('profile', sample, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    for (const k of ['customers', 'orders', 'revenue', 'firstDate', 'lastDate', 'paretoTop20Share', 'skippedRows', 'rfm', 'cohorts']) expect(j).toHaveProperty(k);
    expect(j.customers).toBe(2357);
    expect(j.skippedRows).toEqual({ missingCustomer: 0, badDate: 0, badAmount: 0, raggedRow: 0 });
    expect(j.cohorts.map((c: { cohort: string }) => c.cohort)).toEqual(['1997-01', '1997-02', '1997-03']);
    expect(r.stderr).toBe('');
  });

  it('tables in the ru-RU locale from the 1C export', async () => {
    const r = await run('profile', 'fixtures/history/cdnow_1c_cp1251.csv', '--locale', 'ru-RU', '--currency', 'RUB', '--cohort-months', '3');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Customers\s+│\s+2\s357/);
    expect(r.stdout).toMatch(/Champions/);
    // the cohort month as ru-RU writes dates (issue 25: no ISO dates under --locale ru-RU)
    expect(r.stdout).toMatch(/01\.1997\s+│\s+781/);
  });

  it('a bad row is a warning naming file:line; --strict makes it exit 2 with file:line:column', async () => {
    const f = 'fixtures/history/broken_bad_date.csv';
    const stop = await run('profile', f);
    expect(stop.code).toBe(2);
    expect(stop.stderr).toContain(`error: ${f}: 1 of 6 rows (16.7 %) cannot be read, more than the 1.0 % allowed:`);
    expect(stop.stderr).toContain('hint: fix the rows (a second date format? pass --date-format), or leave them out with --max-skipped 0.17');
    const soft = await run('profile', f, '--json', '--max-skipped', '20%');
    expect(soft.code).toBe(0);
    expect(JSON.parse(soft.stdout).skippedRows.badDate).toBe(1);
    expect(soft.stderr).toContain(`warning: skipped 1 row (bad date), e.g. ${f}:4`);
    const strict = await run('profile', f, '--strict');
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain(`error: ${f}:4:2: bad date "31.02.1997" in column "Дата"`);
    expect(strict.stderr).toMatch(/hint: fix the date or pass --date-format/);
  });

  it('an unclosed quote and a missing column exit 2 naming the line', async () => {
    const q = await run('profile', 'fixtures/history/broken_unclosed_quote.csv');
    expect(q.code).toBe(2);
    expect(q.stderr).toContain('broken_unclosed_quote.csv:4: unclosed quote');
    const m = await run('profile', 'fixtures/history/broken_missing_column.csv');
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('broken_missing_column.csv:1: no amount (or quantity and price) column found');
    expect(m.stderr).toContain('hint: name the columns with --customer COL');
  });

  it('bad flag values are usage errors', async () => {
    expect((await run('profile', sample, '--date-format', 'someday')).code).toBe(2);
    expect((await run('profile', sample, '--amount', 'amount', '--quantity', 'quantity')).code).toBe(2);
  });
});

describe('fit', () => {
  it('--json has the CLI.md shape and the published CDNOW values in weeks', async () => {
    const r = await run('fit', sample, '--unit', 'week', '--calibration-end', '1997-09-30', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.unit).toBe('week');
    expect(j.calibrationEnd).toBe('1997-09-30');
    expect(Object.keys(j.bgnbd)).toEqual(expect.arrayContaining(['r', 'alpha', 'a', 'b', 'logLikelihood', 'se', 'diagnostics']));
    expect(Object.keys(j.bgnbd.se)).toEqual(['r', 'alpha', 'a', 'b']);
    expect(Object.keys(j.gammaGamma)).toEqual(expect.arrayContaining(['p', 'q', 'gamma', 'logLikelihood', 'se']));
    expect(j.bgnbd.r).toBeCloseTo(0.243, 3);
    expect(j.gammaGamma.gamma).toBeCloseTo(15.44, 1);
    expect(j.holdout.byFrequency).toHaveLength(8);
    expect(j.holdout.actual).toBe(1882);
  });

  it('--holdout-from D is --calibration-end the day before; both at once is a usage error', async () => {
    const a = JSON.parse((await run('fit', sample, '--unit', 'week', '--holdout-from', '1997-10-01', '--json')).stdout);
    expect(a.calibrationEnd).toBe('1997-09-30');
    expect(a.holdout.actual).toBe(1882);
    const both = await run('fit', sample, '--holdout-from', '1997-10-01', '--calibration-end', '1997-09-30');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/not both/);
  });

  it('tables: parameters with standard errors, diagnostics and the holdout', async () => {
    const r = await run('fit', sample, '--unit', 'week', '--calibration-end', '1997-09-30');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/r \(purchase-rate shape\)\s+│\s+0\.2426\s+│\s+0\.0126/);
    expect(r.stdout).toMatch(/converged after \d+ iterations/);
    expect(r.stdout).toMatch(/Holdout check: repeat purchases 1997-10-01 \.\. 1998-06-30 \(39\.0 weeks\)/);
    expect(r.stdout).toMatch(/total\s+│\s+2,357\s+│\s+1,653\.4\s+│\s+1,882/);
  });
});

describe('issue 28: summaries in and out, and the reader refusing two amounts', async () => {
  const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'ls-i28-'));

  it('profile --summary-out writes the lifetimes summary; fit --summary reads it back to the transactions\' fit', async () => {
    const out = join(dir, 'summary.csv');
    const p = await run('profile', sample, '--summary-out', out, '--json');
    expect(p.code).toBe(0);
    expect(p.stderr).toContain(`wrote ${out}: the lifetimes summary of 2357 customers, recency and T in days`);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('customer_id,frequency,recency,T,monetary_value,spend_12m,first_purchase');
    const a = JSON.parse((await run('fit', sample, '--unit', 'week', '--json')).stdout);
    const b = await run('fit', '--summary', out, '--summary-unit', 'day', '--unit', 'week', '--json');
    expect(b.code).toBe(0);
    expect(b.stderr).toContain(`${out}: read as a lifetimes / PyMC-Marketing summary (customer_id, frequency, recency, T, monetary_value); recency and T taken in days`);
    const j = JSON.parse(b.stdout);
    expect(j.customers).toBe(a.customers);
    for (const k of ['r', 'alpha', 'a', 'b', 'logLikelihood']) expect(Math.abs(j.bgnbd[k] / a.bgnbd[k] - 1)).toBeLessThan(1e-6);
    const again = await run('profile', sample, '--summary-out', out);
    expect(again.code).toBe(2);
  });

  it('two amount columns exit 2 at file:line:column, in English and Russian', async () => {
    const f = join(dir, 'vat.csv');
    writeFileSync(f, 'Контрагент;Дата;Сумма с НДС;Сумма без НДС\nКлиент 1;01.02.2023;120,00;100,00\n');
    const en = await run('profile', f);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`${f}:1:3: two amount columns, "Сумма с НДС" (column 3) and "Сумма без НДС" (column 4)`);
    const ru = await run('profile', f, '--lang', 'ru');
    expect(ru.code).toBe(2);
    expect(ru.stderr).toContain(`${f}:1:3: два столбца с суммой, «Сумма с НДС» (столбец 3) и «Сумма без НДС» (столбец 4)`);
  });
});
