/**
 * Every command in Russian, in one place (issue 25): the terminal output of
 * each (init, validate, profile, fit, simulate, compare, sweep, tornado,
 * breakeven, optimize, roi, pilot plan and analyze, report), the text of
 * every page it writes (--html) and the workbook's sheet names, headers and
 * labels (--xlsx) are scanned for Latin words outside a short allow-list
 * (test/cli/latin-scan.ts: names, units, what the user typed). Exempt: --json
 * and `schema` (for machines) and `completion` (a shell script).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE, englishWords, PATH_CELLS, visibleText } from './latin-scan.js';
import { runCli } from './run-cli.js';
import { smallDraft } from './small-draft.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-ru-every-'));
const file = (name: string): string => join(dir, name);
const A = file('a.yaml');
const B = file('b.yaml');
writeFileSync(A, smallDraft('Программа А', 0.03).replace('currency: USD', 'currency: RUB'));
writeFileSync(B, smallDraft('Программа Б', 0.06).replace('currency: USD', 'currency: RUB'));
const RU = ['--lang', 'ru'];
const FAST = ['--runs', '20', '--workers', '1', '--seed', '7', ...RU];
/** What the user typed or the draft says, named in the output as it is. */
const OWN = [dir, 'Программа', 'Wholesale hybrid - points and tiers', 'Key account'];

/** What a Russian finance reader flags besides English words: the currency code for ₽ and ISO dates (ДД.ММ.ГГГГ is theirs). */
function codesAndDates(text: string): string[] {
  return [...(/\bRUB\b/.test(text) ? ['RUB'] : []), ...(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [])];
}

/** The Latin words of a run's terminal output (and RUB or ISO dates), and that it succeeded. */
async function terminal(args: string[], own: string[] = []): Promise<string[]> {
  const r = await runCli(...args);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBeLessThanOrEqual(1);
  // a date the user typed is echoed as typed only in the command line shown to repeat the run
  const read = (r.stdout + r.stderr).split('\n').filter((l) => !/loyalty-sim /.test(l)).join('\n');
  return [...englishWords(r.stdout + r.stderr, [...OWN, ...own]), ...codesAndDates(read)].map((w) => `${args[0]} ${args[1] ?? ''}: ${w}`);
}

/** The Latin words a reader sees in a page (code lines and draft paths, which the user types, left out). */
function page(name: string, own: string[] = []): string[] {
  const html = readFileSync(file(name), 'utf8');
  expect(html).toContain('<html lang="ru">');
  const text = visibleText(html, [CODE, PATH_CELLS]);
  return [...englishWords(text, [...OWN, ...own]), ...codesAndDates(text)].map((w) => `${name}: ${w}`);
}

describe('every command in Russian: no English word in what a reader sees', { timeout: 300_000 }, () => {
  it('the terminal output of every command', async () => {
    const found = [
      ...(await terminal(['init', file('init.yaml'), '--template', 'tiers', '--yes', ...RU])),
      ...(await terminal(['validate', A, 'fixtures/drafts/valid-with-warnings.yaml', ...RU])),
      ...(await terminal(['profile', 'fixtures/examples/sales.csv', ...RU])),
      ...(await terminal(['fit', 'fixtures/examples/sales.csv', '--holdout-from', '2023-09-01', ...RU])),
      ...(await terminal(['simulate', A, ...FAST])),
      ...(await terminal(['simulate', 'scenarios/wholesale-hybrid.yaml', ...FAST])),
      ...(await terminal(['compare', A, B, ...FAST])),
      ...(await terminal(['sweep', A, '--vary', 'mechanics.discount.rate=0,01:0,05:0,02', ...FAST])),
      ...(await terminal(['sweep', A, '--vary', 'mechanics.discount.rate=0,01:0,05:0,02', '--vary', 'effects.frequency_uplift=0,05:0,15:0,05', ...FAST])),
      ...(await terminal(['tornado', 'scenarios/wholesale-hybrid.yaml', ...FAST])),
      ...(await terminal(['breakeven', A, '--solve', 'mechanics.discount.rate', ...FAST])),
      ...(await terminal(['optimize', A, '--vary', 'mechanics.discount.rate=0,01:0,06', '--constraint', 'P(roi>0)>=0,5', ...FAST], ['P(roi>0)>=0,5'])),
      ...(await terminal(['roi', '--revenue-per-client', '90 000', '--uplift', '8 %', '--years', '2', '--churn', '30 %', '--churn-reduction', '5 %', '--cost', '5 000 000 ₽', ...RU])),
      ...(await terminal(['pilot', 'plan', '--history', 'fixtures/pilot/before.csv', '--value', A, '--runs', '50', '--sample', '100', ...RU])),
      ...(await terminal(['pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv', '--start', '2023-01-01', '--end', '2023-03-31', ...RU])),
      ...(await terminal(['pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv', '--start', '2023-01-01', '--end', '2023-03-31', '--interim', ...RU])),
    ];
    expect(found).toEqual([]);
  });

  it('every page the commands write (--html)', async () => {
    const runs = [
      ['fit', 'fixtures/examples/sales.csv', '--holdout-from', '2023-09-01', '--html', file('fit.html'), ...RU],
      ['sweep', A, '--vary', 'mechanics.discount.rate=0,01:0,05:0,02', '--html', file('sweep.html'), ...FAST],
      ['tornado', 'scenarios/wholesale-hybrid.yaml', '--html', file('tornado.html'), ...FAST],
      ['breakeven', A, '--solve', 'mechanics.discount.rate', '--html', file('breakeven.html'), ...FAST],
      ['optimize', A, '--vary', 'mechanics.discount.rate=0,01:0,06', '--html', file('optimize.html'), ...FAST],
      ['pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv', '--start', '2023-01-01', '--end', '2023-03-31', '--html', file('pilot.html'), ...RU],
      ['report', A, '--html', file('report.html'), ...FAST],
      ['report', A, B, '--html', file('compare.html'), '--tornado', ...FAST],
      ['report', 'scenarios/wholesale-hybrid.yaml', '--html', file('whatif.html'), '--interactive', ...FAST],
    ];
    for (const args of runs) {
      const r = await runCli(...args);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
    }
    // the bundled draft's own words: its values (tier names, periods, benefit kinds)
    const hybrid = ['synthetic', 'margin', 'monthly', 'quarterly', 'quarter', 'spend', 'company', 'credit_note', 'service'];
    const found = ['fit.html', 'sweep.html', 'tornado.html', 'breakeven.html', 'optimize.html', 'pilot.html', 'report.html', 'compare.html', 'whatif.html'].flatMap((name) => page(name, hybrid));
    expect(found).toEqual([]);
  });

  it("the workbook's sheet names, headers and labels (--xlsx)", async () => {
    const r = await runCli('report', A, B, '--xlsx', file('report.xlsx'), '--tornado', ...FAST);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file('report.xlsx'));
    const texts: string[] = [];
    for (const ws of wb.worksheets) {
      texts.push(`sheet ${ws.name}`);
      // the header row of each sheet; on Summary also the labels above it and the metric names beside the JSON keys
      const summary = ws.name === 'Сводка';
      ws.eachRow((row, n) => {
        row.eachCell((cell, c) => {
          const header = summary ? n <= 8 : n === 1;
          const label = summary && c === 3;
          if ((header || label) && typeof cell.value === 'string') texts.push(`${ws.name}!${n}:${c} ${cell.value}`);
        });
      });
    }
    const found = texts.flatMap((t) => englishWords(t.replace(/^\S+ /, ''), [...OWN, 'a.yaml', 'b.yaml']).map((w) => `${t}: ${w}`));
    // no cell anywhere says RUB or holds an ISO date as text (dates are date cells, shown ДД.ММ.ГГГГ)
    for (const ws of wb.worksheets) ws.eachRow((row, n) => row.eachCell((cell, c) => {
      if (typeof cell.value === 'string') found.push(...codesAndDates(cell.value).map((w) => `${ws.name}!${n}:${c}: ${w}`));
    }));
    expect(found).toEqual([]);
    expect(texts.some((t) => t.includes('Отчёт loyalty-sim'))).toBe(true);
  });
});
