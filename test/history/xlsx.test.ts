/** Workbook histories (issue 28, part 3): read like their CSV exports, messages at the cell. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { fitCustomerHistory } from '../../src/fit/fit-history.js';
import { type History, readHistoryFile } from '../../src/history/read.js';
import { columnLetters } from '../../src/history/xlsx.js';

const dir = mkdtempSync(join(tmpdir(), 'ls-xlsx-'));
const csvRows = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .filter((l) => l !== '')
    .map((l) => l.split(l.includes(';') ? ';' : ',').map((v) => v.replace(/^"|"$/g, '')));

async function workbook(name: string, sheet: string, rows: unknown[][], before: string[] = ['Other']): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  for (const other of before.filter((b) => b !== sheet)) wb.addWorksheet(other).addRow(['nothing here']);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const aggregates = (h: History) => h.customers.map((c) => [c.id, Array.from(c.days), Array.from(c.net), Array.from(c.purchase), c.orders]);

describe('.xlsx histories', async () => {
  const csv = await readHistoryFile('fixtures/history/cdnow_sample.csv');

  it('the CDNOW sample as a workbook (date cells, number cells) fits exactly like its CSV', async () => {
    const [header, ...rows] = csvRows('fixtures/history/cdnow_sample.csv');
    const file = await workbook('cdnow.xlsx', 'Sales', [header!, ...rows.map(([id, date, q, amount]) => [Number(id), new Date(`${date}T00:00:00Z`), Number(q), Number(amount)])]);
    const x = await readHistoryFile(file);
    expect(x.rows).toBe(csv.rows);
    expect(aggregates(x)).toEqual(aggregates(csv));
    expect(x.columns).toEqual(csv.columns);
    const a = fitCustomerHistory(csv, { unit: 'week' });
    const b = fitCustomerHistory(x, { unit: 'week' });
    expect(b.purchase.params).toEqual(a.purchase.params);
    expect(b.gammaGamma.params).toEqual(a.gammaGamma.params);
  });

  it('a 1C-style workbook (title lines, Russian headers, DD.MM.YYYY text dates) on sheet --sheet reads like its CSV export', async () => {
    const [header, ...rows] = csvRows('fixtures/history/cdnow_1c_utf8bom.csv');
    const file = await workbook('1c.xlsx', 'Продажи', [['Отчёт по продажам за 01.01.1997 – 30.06.1998'], [], header!, ...rows.map(([who, date, q, amount]) => [who, date, Number(q), Number(amount!.replace(',', '.'))])], ['Сводка', 'Продажи']);
    const x = await readHistoryFile(file, { sheet: 'Продажи' });
    const c = await readHistoryFile('fixtures/history/cdnow_1c_utf8bom.csv');
    expect(x.columns).toEqual({ customer: 'Контрагент', date: 'Дата', amount: 'Сумма' });
    expect(x.format.dateFormat).toBe('dmy');
    expect(x.notes).toContainEqual({ kind: 'headerLine', line: 3 });
    expect(aggregates(x)).toEqual(aggregates(c));
  });

  it('Excel serial numbers in the date column are dates', async () => {
    const file = await workbook('serial.xlsx', 'S', [['customer', 'date', 'amount'], [1, 44563, 10], [1, 44600, 5]]);
    const x = await readHistoryFile(file);
    expect([x.firstDate, x.lastDate]).toEqual(['2022-01-02', '2022-02-08']);
  });

  it('a bad row is named by its cell (sales.xlsx:Sales!B4); a missing sheet lists the sheets', async () => {
    const file = await workbook('sales.xlsx', 'Sales', [['customer', 'date', 'amount'], [1, '2022-01-02', 10], [1, '2022-01-03', 5], [2, '2022-13-45', 7]]);
    const err = (await readHistoryFile(file, { strict: true }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.where).toEqual({ file: `${file}:Sales!B4` });
    const soft = await readHistoryFile(file, { maxSkipped: 0.5 });
    expect(soft.examples[0]).toMatchObject({ reason: 'badDate', cell: `${file}:Sales!B4` });
    const none = (await readHistoryFile(file, { sheet: 'Nope' }).catch((e: unknown) => e)) as UserError;
    expect(none.message).toBe(`${file} has no sheet "Nope"; its sheets are "Sales", "Other"`);
  });

  it('column letters', () => {
    expect([1, 2, 26, 27, 28, 52, 703].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'AAA']);
  });
});
