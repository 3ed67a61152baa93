/**
 * Property test (fast-check) over every command that reads a user's file:
 * generated histories (random columns, encodings, delimiters, numbers, dates,
 * sizes) and drafts (a valid draft with fields removed, retyped or given wild
 * numbers, or random bytes) must end in exit 0, 1 or 2 with a message, never
 * in "internal error" or a stack frame. Runs in-process with tiny run counts
 * so it stays well under a minute; the seed is fixed so a failure repeats
 * (change it, or raise numRuns, to explore further).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as run, type CliResult } from './run-cli.js';
import { smallDraft } from './small-draft.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const write = (ext: string, data: string | Buffer): string => {
  const p = join(dir, `case-${++n}.${ext}`);
  writeFileSync(p, data);
  return p;
};
const draft = write('yaml', smallDraft('Fuzz'));
const FAST = ['--runs', '3', '--workers', '1'];

function expectNoCrash(r: CliResult, what: string): void {
  expect([0, 1, 2], `${what}\n${r.stderr}`).toContain(r.code);
  const all = r.stdout + r.stderr;
  expect(all, what).not.toMatch(/internal error/i);
  expect(all, what).not.toMatch(/\n\s+at [\w.<>]+ \(|\n\s+at file:|\n\s+at node:/);
}

// ---- histories ----
const headerName = fc.oneof(
  fc.constantFrom('customer_id', 'date', 'amount', 'Контрагент', 'Дата', 'Сумма', 'Quantity', 'UnitPrice', 'InvoiceNo', 'CustomerID', 'InvoiceDate'),
  fc.string({ maxLength: 8 }),
);
const dateCell = fc.oneof(
  fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date(Date.UTC(2018, 0, 1)), max: new Date(Date.UTC(2024, 11, 31)), noInvalidDate: true }).chain((d) =>
    fc.constantFrom(
      d.toISOString().slice(0, 10),
      `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()} 0:00:00`,
      `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
      d.toISOString().slice(0, 10).replace(/-/g, ''),
    ),
  ),
  fc.constantFrom('01.01.0001', '31.02.2020', '', 'yesterday', '2020-13-01'),
  fc.string({ maxLength: 6 }),
);
const amountCell = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.double({ min: -1e6, max: 1e7, noNaN: true }).map((v) => v.toFixed(2)),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((v) => v.toFixed(2).replace('.', ',')),
  fc.constantFrom('1e308', '-0', '', 'NaN', 'Infinity', '1 234,50', '$12.00', '0'),
  fc.string({ maxLength: 6 }),
);
const customerCell = fc.oneof(fc.integer({ min: 0, max: 30 }).map((i) => `c${i}`), fc.constantFrom('', '17850.0', 'ООО "Ромашка"'), fc.string({ maxLength: 5 }));

/** A plausible export (one date layout, positive amounts, repeat buyers) with a few cells made wild. */
const plausibleRows = fc
  .record({
    customers: fc.integer({ min: 1, max: 40 }),
    rows: fc.integer({ min: 0, max: 400 }),
    layout: fc.constantFrom('iso', 'dmy', 'mdy'),
    comma: fc.boolean(),
    seed: fc.integer(),
    wild: fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.oneof(dateCell, amountCell, customerCell)), { maxLength: 6 }),
  })
  .map((g) => {
    let x = g.seed >>> 0;
    const next = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const rows: string[][] = [];
    for (let i = 0; i < g.rows; i++) {
      const d = new Date(Date.UTC(2021, 0, 1) + Math.floor(next() * 1000) * 86_400_000);
      const [y, m, dd] = [d.getUTCFullYear(), String(d.getUTCMonth() + 1).padStart(2, '0'), String(d.getUTCDate()).padStart(2, '0')];
      const date = g.layout === 'iso' ? `${y}-${m}-${dd}` : g.layout === 'dmy' ? `${dd}.${m}.${y}` : `${m}/${dd}/${y}`;
      const amount = (1 + next() * 500).toFixed(2);
      rows.push([`c${Math.floor(next() * g.customers)}`, date, g.comma ? amount.replace('.', ',') : amount, 'x']);
    }
    for (const [r, c, v] of g.wild) if (rows.length > 0) rows[r % rows.length]![c] = v;
    return rows;
  });

const historyFile = fc
  .record({
    header: fc.oneof(fc.constant(['customer_id', 'date', 'amount']), fc.constant(['Контрагент', 'Дата', 'Сумма']), fc.array(headerName, { minLength: 0, maxLength: 5 })),
    rows: fc.oneof({ weight: 3, arbitrary: plausibleRows }, { weight: 1, arbitrary: fc.array(fc.tuple(customerCell, dateCell, amountCell, fc.string({ maxLength: 4 })), { maxLength: 60 }) }),
    extraColumn: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    encoding: fc.constantFrom('utf8', 'utf8bom', 'win1251', 'utf16le'),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    title: fc.option(fc.string({ maxLength: 30 }), { freq: 4 }),
    garbage: fc.option(fc.uint8Array({ maxLength: 64 }), { freq: 4 }),
  })
  .map((g) => {
    // the plausible header wins most of the time so the reader gets past it
    const header = g.header.length === 3 ? g.header : g.rows.length % 3 === 0 ? g.header : ['customer_id', 'date', 'amount'];
    const lines = [header.join(g.delimiter), ...g.rows.map((r) => (g.extraColumn ? r : r.slice(0, 3)).join(g.delimiter))];
    if (g.title !== null) lines.unshift(g.title);
    const text = lines.join(g.lineEnd);
    let bytes: Buffer =
      g.encoding === 'utf8bom'
        ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
        : g.encoding === 'utf16le'
          ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])
          : g.encoding === 'win1251'
            ? iconv.encode(text, 'win1251')
            : Buffer.from(text);
    if (g.garbage) bytes = Buffer.concat([bytes, Buffer.from(g.garbage)]);
    return bytes;
  });

// ---- drafts ----
const wildNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom('1e308', '-1', '0', '.nan', '.inf', '"12"', 'null', '[]', '{}'));
const draftFile = fc.oneof(
  // a valid draft with one numeric value replaced
  fc.tuple(fc.nat(), wildNumber).map(([k, v]) => {
    const text = smallDraft('Fuzz draft');
    const numbers = [...text.matchAll(/(?<=[:\s])\d+(\.\d+)?(?=[\s,}])/g)];
    const m = numbers[k % numbers.length]!;
    return Buffer.from(text.slice(0, m.index) + String(v) + text.slice(m.index! + m[0].length));
  }),
  // a valid draft with one line removed or duplicated
  fc.tuple(fc.nat(), fc.boolean()).map(([k, dup]) => {
    const lines = smallDraft('Fuzz draft').split('\n');
    const i = k % lines.length;
    lines.splice(i, dup ? 0 : 1, ...(dup ? [lines[i]!] : []));
    return Buffer.from(lines.join('\n'));
  }),
  fc.string({ maxLength: 200 }).map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
  fc.string({ maxLength: 60 }).map((s) => iconv.encode(smallDraft(s), 'win1251')),
);

describe('every reading command survives generated inputs', () => {
  it('histories: profile, fit, simulate --history, pilot plan', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(historyFile, async (bytes) => {
        const csv = write('csv', bytes);
        for (const args of [
          ['profile', csv],
          ['profile', csv, '--json', '--max-skipped', '0.5'],
          ['fit', csv, '--max-skipped', '0.5'],
          ['simulate', draft, '--history', csv, ...FAST, '--max-skipped', '0.5'],
          ['pilot', 'plan', '--history', csv, '--months', '1', '--max-skipped', '0.5'],
        ]) {
          expectNoCrash(await run(...args), args.join(' '));
        }
      }),
      { numRuns: 50, seed: 12 },
    );
  });

  it('drafts: validate, simulate, compare', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(draftFile, async (bytes) => {
        const file = write('yaml', bytes);
        for (const args of [
          ['validate', file],
          ['validate', file, '--json'],
          ['simulate', file, ...FAST],
          ['compare', file, draft, ...FAST, '--json'],
        ]) {
          expectNoCrash(await run(...args), `${args.join(' ')}\n${bytes.toString('utf8')}`);
        }
      }),
      { numRuns: 80, seed: 12 },
    );
  });
});
