import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { UserError } from '../../src/errors.js';
import { type History, readHistory, readHistoryFile } from '../../src/history/read.js';

const dir = 'fixtures/history';
const fixture = (name: string) => join(dir, name);

/** id → [day, net, purchase][] with ids mapped, for comparing two readings of the same data. */
function byCustomer(h: History, mapId: (id: string) => string = (id) => id) {
  const m = new Map<string, string>();
  for (const c of h.customers) m.set(mapId(c.id), JSON.stringify([Array.from(c.days), Array.from(c.net, (v) => Math.round(v * 100)), Array.from(c.purchase), c.orders]));
  return m;
}

async function* lines(text: string): AsyncGenerator<string> {
  yield text;
}

describe('readHistoryFile on the CDNOW sample', async () => {
  const h = await readHistoryFile(fixture('cdnow_sample.csv'));
  it('reads every row, merges same-day purchases and keeps the README totals', () => {
    expect(h.rows).toBe(6919);
    expect(h.acceptedRows).toBe(6919);
    expect(h.customers).toHaveLength(2357);
    // 6,696 distinct customer-days (CDNOW README): aggregates, not rows
    expect(h.customers.reduce((s, c) => s + c.days.length, 0)).toBe(6696);
    expect(h.customers.reduce((s, c) => s + c.revenue, 0)).toBeCloseTo(244091.94, 2);
    expect([h.firstDate, h.lastDate]).toEqual(['1997-01-01', '1998-06-30']);
    expect(h.format).toEqual({ encoding: 'utf8', delimiter: ',', decimal: '.', dateFormat: 'iso' });
    expect(h.columns).toEqual({ customer: 'customer_id', date: 'date', amount: 'amount' });
    expect(Object.values(h.skipped).every((v) => v === 0)).toBe(true);
  });

  it.each([
    ['cdnow_1c_cp1251.csv', 'win1251'],
    ['cdnow_1c_utf8bom.csv', 'utf8'],
  ])('%s (1C style) detects %s, ";", decimal comma, DD.MM.YYYY and reads the same aggregates', async (name, encoding) => {
    const c = await readHistoryFile(fixture(name));
    expect(c.format).toEqual({ encoding, delimiter: ';', decimal: ',', dateFormat: 'dmy' });
    expect(c.columns).toEqual({ customer: 'Контрагент', date: 'Дата', amount: 'Сумма' });
    expect(c.customers[0]!.id).toBe('Клиент 4');
    expect(byCustomer(c, (id) => id.replace('Клиент ', ''))).toEqual(byCustomer(h));
  });

  it('reads Excel "Unicode text" (UTF-16LE with BOM, tabs) like the same rows of the original', async () => {
    const u = await readHistoryFile(fixture('cdnow_head1000_utf16le.txt'));
    expect(u.format).toEqual({ encoding: 'utf16le', delimiter: '\t', decimal: ',', dateFormat: 'dmy' });
    const { readFileSync } = await import('node:fs');
    const head = readFileSync(fixture('cdnow_sample.csv'), 'utf8').split('\n').slice(0, 1001).join('\n');
    expect(byCustomer(u)).toEqual(byCustomer(await readHistory(lines(head), 'head.csv')));
  });
});

describe('broken files: the message names the line', () => {
  it.each([
    ['broken_bad_date.csv', 'badDate', /bad date "31\.02\.1997" in column "Дата"/, 2],
    ['broken_ragged_row.csv', 'raggedRow', /row has 5 fields, the header has 4/, undefined],
  ] as const)('%s: skipped and counted under --max-skipped, stops at %s with --strict', async (name, reason, message, column) => {
    const h = await readHistoryFile(fixture(name), { maxSkipped: 0.2 });
    expect(h.skipped[reason]).toBe(1);
    expect(h.examples).toEqual([expect.objectContaining({ reason, file: fixture(name), line: 4, message: expect.stringMatching(message) })]);
    const err = await readHistoryFile(fixture(name), { strict: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(message);
    expect((err as UserError).where).toEqual({ file: fixture(name), line: 4, ...(column ? { column } : {}) });
    expect((err as UserError).hint).toMatch(/without --strict/);
  });

  it('an unclosed quote names the line it opens on', async () => {
    const err = (await readHistoryFile(fixture('broken_unclosed_quote.csv')).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/unclosed quote.*line 4/);
    expect(err.where).toEqual({ file: fixture('broken_unclosed_quote.csv'), line: 4 });
  });

  it('a missing column names the columns found and the flags', async () => {
    const err = (await readHistoryFile(fixture('broken_missing_column.csv')).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe('no amount (or quantity and price) column found; the columns are "Контрагент", "Дата", "Количество"');
    expect(err.hint).toMatch(/--amount COL.*--quantity COL --price COL/);
    expect(err.where?.line).toBe(1);
  });

  it('a column flag that names no column says which columns exist', async () => {
    const err = (await readHistoryFile(fixture('cdnow_sample.csv'), { amount: 'Sales' }).catch((e: unknown) => e)) as UserError;
    expect(err.message).toBe('--amount "Sales" is not a column of fixtures/history/cdnow_sample.csv; the columns are "customer_id", "date", "quantity", "amount"');
  });

  it('a missing file is a UserError', async () => {
    await expect(readHistoryFile(fixture('no-such-file.csv'))).rejects.toMatchObject({ message: 'no such history file', where: { file: fixture('no-such-file.csv') } });
  });
});

describe('invoice lines, returns, missing customers', () => {
  const csv = [
    'InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID',
    '1,2,2011-01-03 09:00:00,5.00,17850.0', // order 1: 10 + 4 = 14
    '1,1,2011-01-03 09:00:00,4.00,17850.0',
    'C2,-1,2011-01-03 15:00:00,4.00,17850.0', // same-day cancellation: day net 10
    '3,1,2011-02-01 10:00:00,7.50,17850.0', // second purchase day
    'C4,-1,2011-03-01 10:00:00,7.50,17850.0', // a return on its own day: not a purchase day
    '5,3,2011-01-05 10:00:00,1.00,', // no customer
    '6,1,2011-13-05 10:00:00,1.00,12000', // bad date
    '7,x,2011-01-05 10:00:00,1.00,12000', // bad number
    '8,1,2011-01-05 10:00:00,2.00,12000.0',
    'C9,-1,2011-01-06 10:00:00,2.00,13000', // returns only
  ].join('\n');

  it('nets returns, merges same-day lines, counts orders and skips by reason', async () => {
    const h = await readHistory(lines(csv), 'lines.csv', { order: 'InvoiceNo', quantity: 'Quantity', price: 'UnitPrice', maxSkipped: 1 });
    expect(h.skipped).toEqual({ missingCustomer: 1, badDate: 1, badAmount: 1, raggedRow: 0 });
    expect(h.examples.map((e) => `${e.file}:${e.line} ${e.reason}`)).toEqual(['lines.csv:7 missingCustomer', 'lines.csv:8 badDate', 'lines.csv:9 badAmount']);
    expect(h.returnsOnlyCustomers).toBe(1);
    const [a, b] = h.customers;
    expect(a!.id).toBe('17850');
    expect(Array.from(a!.net)).toEqual([10, 7.5, -7.5]);
    expect(Array.from(a!.purchase)).toEqual([1, 1, 0]);
    expect(a!.revenue).toBe(10);
    expect(a!.orders).toBe(2); // invoices 1 and 3; the cancellations are not orders
    expect(b!.id).toBe('12000');
    expect(b!.orders).toBe(1);
    expect([h.firstDate, h.lastDate]).toEqual(['2011-01-03', '2011-03-01']);
  });

  it('the same data without an order column counts positive rows as orders', async () => {
    const noOrder = csv.split('\n').map((l) => l.slice(l.indexOf(',') + 1)).join('\n');
    const h = await readHistory(lines(noOrder), 'lines.csv', { maxSkipped: 1 });
    expect(h.columns).toEqual({ customer: 'CustomerID', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' });
    expect(h.customers[0]!.orders).toBe(3);
  });

  it('month-first dates are recognised from a day above 12', async () => {
    const h = await readHistory(lines('client;date;total\nA;01/02/2020;1\nA;01/13/2020;2\n'), 'us.csv');
    expect(h.format.dateFormat).toBe('mdy');
    expect([h.firstDate, h.lastDate]).toEqual(['2020-01-02', '2020-01-13']);
    expect(h.notes).toEqual([]);
  });

  it('ambiguous slash dates are read day-first in a ;-file and the note says so', async () => {
    const h = await readHistory(lines('client;date;total\nA;01/02/2020;1,5\nA;03/04/2020;2\n'), 'eu.csv');
    expect(h.format.dateFormat).toBe('dmy');
    expect(h.lastDate).toBe('2020-04-03');
    expect(h.notes[0]).toEqual({ kind: 'dateOrder', format: 'DD.MM.YYYY' });
  });
});

describe('memory is bounded by customers × days, not rows', () => {
  it('50,000 rows of 50 customers over 30 days leave 1,500 day aggregates', async () => {
    async function* many(): AsyncGenerator<string> {
      yield 'customer,date,amount\n';
      for (let block = 0; block < 50; block++) {
        let s = '';
        for (let i = 0; i < 1000; i++) {
          const k = block * 1000 + i;
          s += `c${k % 50},2020-01-${String(1 + (Math.floor(k / 50) % 30)).padStart(2, '0')},1.00\n`;
        }
        yield s;
      }
    }
    const h = await readHistory(many(), 'many.csv');
    expect(h.rows).toBe(50_000);
    expect(h.customers).toHaveLength(50);
    expect(h.customers.reduce((s, c) => s + c.days.length, 0)).toBe(1500);
    expect(h.customers.reduce((s, c) => s + c.revenue, 0)).toBeCloseTo(50_000, 6);
  });
});

describe('the first hour with real files (issue 12)', () => {
  const TODAY = Date.UTC(2024, 5, 1) / 86_400_000;

  it("1C's empty date 01.01.0001, dates before 1990 and more than a year ahead are bad dates, not a century-long period", async () => {
    const csv = ['Контрагент;Дата;Сумма', 'A;01.01.0001 0:00:00;10', 'A;15.03.2024;20', 'B;31.12.1989;5', 'B;20.03.2024;7', 'C;02.06.2025;9', 'C;01.06.2025;1'].join('\n');
    const h = await readHistory(lines(csv), '1c.csv', { today: TODAY, maxSkipped: 1 });
    expect([h.firstDate, h.lastDate]).toEqual(['2024-03-15', '2025-06-01']);
    expect(h.skipped.badDate).toBe(3);
    expect(h.examples.map((e) => [e.line, e.column])).toEqual([
      [2, 2],
      [4, 2],
      [6, 2],
    ]);
    expect(h.examples[0]!.message).toBe('date "01.01.0001 0:00:00" in column "Дата" is before 1990-01-01');
    expect(h.examples[2]!.message).toMatch(/more than a year after today \(2024-06-01\)/);
  });

  it('an amount beyond ±1e12 (1e308, an overflowed product) is a bad amount', async () => {
    const csv = ['customer,date,amount', 'a,2020-01-01,1e308', 'a,2020-01-02,-2e12', 'a,2020-01-03,5'].join('\n');
    const h = await readHistory(lines(csv), 'big.csv', { maxSkipped: 1 });
    expect(h.skipped.badAmount).toBe(2);
    expect(h.customers[0]!.revenue).toBe(5);
    expect(h.examples[0]!.message).toMatch(/beyond ±1e12/);
  });

  it('above --max-skipped (default 1 %) of unreadable rows it stops with a table of reasons and the flag that lets it through', async () => {
    const rows = ['customer,date,amount'];
    for (let i = 0; i < 30; i++) rows.push(`c${i},${i % 3 === 0 ? '03/15/2020' : '2020-03-15'},10`);
    rows.push(',2020-03-15,1'); // no customer: left out, not unreadable
    const err = (await readHistory(lines(rows.join('\n')), 'mixed.csv').catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/^10 of 31 rows \(32\.3 %\) cannot be read, more than the 1\.0 % allowed:\n  bad date +10 +first at line 2:2, 5:2, 8:2: bad date "03\/15\/2020"/);
    expect(err.message).not.toMatch(/no customer/);
    expect(err.hint).toMatch(/--max-skipped 0\.33/);
    expect(err.where).toEqual({ file: 'mixed.csv' });
    const through = await readHistory(lines(rows.join('\n')), 'mixed.csv', { maxSkipped: 0.33 });
    expect(through.skipped).toEqual({ missingCustomer: 1, badDate: 10, badAmount: 0, raggedRow: 0 });
  });

  it('title lines above the header (a 1C report) are found and said; --skip-rows says where the header is', async () => {
    const csv = ['Отчет по продажам за 01.03.2024 - 31.03.2024', '', 'Организация: ООО Ромашка', 'Контрагент;Дата;Сумма', 'A;15.03.2024;20,5', 'B;16.03.2024;7'].join('\n');
    const h = await readHistory(lines(csv), 'report.csv');
    expect(h.columns).toEqual({ customer: 'Контрагент', date: 'Дата', amount: 'Сумма' });
    expect(h.format.delimiter).toBe(';');
    expect(h.rows).toBe(2);
    expect(h.notes).toContainEqual({ kind: 'headerLine', line: 4 });
    const skipped = await readHistory(lines(csv), 'report.csv', { skipRows: 3 });
    expect(skipped.rows).toBe(2);
    const wrong = (await readHistory(lines(csv), 'report.csv', { skipRows: 1 }).catch((e: unknown) => e)) as UserError;
    expect(wrong).toBeInstanceOf(UserError);
    expect(wrong.where).toEqual({ file: 'report.csv', line: 3 });
  });

  it('a read error of the stream (permission denied) is a UserError naming the file', async () => {
    async function* denied(): AsyncGenerator<string> {
      yield* [];
      throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
    }
    const err = (await readHistory(denied(), 'secret.csv').catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe('cannot read secret.csv: permission denied');
    const dir = (await readHistoryFile('fixtures').catch((e: unknown) => e)) as UserError;
    expect(dir).toBeInstanceOf(UserError);
    expect(dir.message).toMatch(/is not a file/);
  });
});

describe('issue 29: what the reader must not do silently', () => {
  it('refuses two amount columns (with and without VAT), naming both and the flag, and reads with --amount', async () => {
    const csv = 'Контрагент;Дата;Сумма с НДС;Сумма без НДС\nКлиент 1;01.02.2023;120,00;100,00\nКлиент 1;05.03.2023;240,00;200,00\n';
    const err = (await readHistory(lines(csv), 'vat.csv').catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe('two amount columns, "Сумма с НДС" (column 3) and "Сумма без НДС" (column 4): the reader does not pick one');
    expect(err.hint).toContain('--amount "Сумма с НДС" or --amount "Сумма без НДС"');
    expect(err.where).toEqual({ file: 'vat.csv', line: 1, column: 3 });
    const h = await readHistory(lines(csv), 'vat.csv', { amount: 'Сумма без НДС' });
    expect(Array.from(h.customers[0]!.net)).toEqual([100, 200]);
  });

  it('refuses a duplicated amount column', async () => {
    const err = (await readHistory(lines('customer,date,amount,amount\n1,2023-01-01,5,6\n'), 'dup.csv').catch((e: unknown) => e)) as UserError;
    expect(err.message).toMatch(/two amount columns, "amount" \(column 3\) and "amount" \(column 4\)/);
    expect(err.hint).toMatch(/rename one of the two "amount" columns/);
  });

  it('reads Excel serial dates (44563 is 2022-01-02) instead of rejecting them', async () => {
    const h = await readHistory(lines('customer,date,amount\n1,44563,10\n1,44600.5,5\n2,44927,7\n'), 'serial.csv');
    expect(h.format.dateFormat).toBe('excel');
    expect([h.firstDate, h.lastDate]).toEqual(['2022-01-02', '2023-01-01']);
    expect(h.acceptedRows).toBe(3);
  });

  it('a 10 MB header line gives a short message with an ellipsis', async () => {
    // 1,000 columns of 10,000 characters: a binary file or a broken export read as CSV
    const header = Array.from({ length: 1000 }, (_, i) => `column${i}`.padEnd(10_000, 'x')).join(',');
    const err = (await readHistory(lines(`${header}\n1,2,3\n`), 'wide.csv').catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message.length).toBeLessThan(700);
    expect(err.message).toMatch(/…/);
    expect(err.message).toContain('(1000 columns)');
  });

  it('warns when every amount is 0 and when returns exceed sales', async () => {
    const zero = await readHistory(lines('customer,date,amount\n1,2023-01-01,0\n2,2023-01-02,0.00\n'), 'zero.csv');
    expect(zero.notes).toContainEqual({ kind: 'allZero' });
    const negative = await readHistory(lines('customer,date,amount\n1,2023-01-01,10\n1,2023-01-02,-30\n2,2023-01-03,5\n'), 'neg.csv');
    expect(negative.notes).toContainEqual({ kind: 'netNegative', revenue: -15 });
    const fine = await readHistory(lines('customer,date,amount\n1,2023-01-01,10\n1,2023-01-02,-3\n'), 'ok.csv');
    expect(fine.notes.filter((n) => n.kind === 'allZero' || n.kind === 'netNegative')).toEqual([]);
  });
});
