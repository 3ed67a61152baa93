import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../src/engine/metrics.js';
import { catalog } from '../../src/i18n/index.js';
import type { TornadoResult } from '../../src/decide/tornado.js';
import { columnLetter, numberFormat, renderXlsxReport, XLSX_SHEETS, XLSX_TORNADO_SHEET } from '../../src/report/xlsx.js';
import type { ReportEntry } from '../../src/report/report-data.js';
import { fixtureData, fixtureDraft, fixtureEntry } from './report-fixture.js';

const FORMULA_NAME = '=HYPERLINK("http://example.invalid","click")';
const FORMULA_FILE = '-2+3.yaml';

let entry: ReportEntry;
let other: ReportEntry;
let wb: ExcelJS.Workbook;

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

/** The 1-based column of a header in row `row`. */
function column(ws: ExcelJS.Worksheet, header: string, row = 1): number {
  let found = 0;
  ws.getRow(row).eachCell((c, n) => {
    if (c.value === header) found = n;
  });
  if (!found) throw new Error(`no column ${header} in ${ws.name}`);
  return found;
}

beforeAll(async () => {
  entry = await fixtureEntry(fixtureDraft(FORMULA_NAME), FORMULA_FILE, 30);
  other = await fixtureEntry(fixtureDraft('@other', 0.05), '\tb.yaml', 30);
  wb = await readBack(await renderXlsxReport(fixtureData([entry, other])));
});

describe('renderXlsxReport', () => {
  it('has the five sheets in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([...XLSX_SHEETS]);
    expect([...XLSX_SHEETS]).toEqual(['Summary', 'Monthly', 'Runs', 'Inputs', 'Costs']);
  });

  it('with --tornado has a Tornado sheet like the HTML report: base, then inputs by swing', async () => {
    const tornado: TornadoResult = {
      base: { mean: 1000, se: 10 },
      inputs: [
        { path: 'effects.frequency_uplift', low: 0.05, median: 0.1, high: 0.15, netAtLow: -500, netAtHigh: 2500, swing: 3000, spearman: 0.8 },
        { path: 'participation', low: 0.4, median: 0.5, high: 0.6, netAtLow: 900, netAtHigh: 1100, swing: 200, spearman: null },
      ],
      monteCarlo: { mean: 1010, se: 12 },
      runs: 30,
      simulations: 5,
    };
    expect(wb.getWorksheet(XLSX_TORNADO_SHEET)).toBeUndefined();
    const book = await readBack(await renderXlsxReport({ ...fixtureData([{ ...entry, tornado }]), tornado: true }));
    expect(book.worksheets.map((w) => w.name)).toEqual([...XLSX_SHEETS, 'Tornado']);
    const ws = book.getWorksheet('Tornado')!;
    expect(ws.getRow(3).values).toEqual([undefined, `'${FORMULA_NAME}`, 'Frequency uplift of members', 0.05, 0.1, 0.15, -500, 2500, 3000, 0.8]);
    expect(ws.getCell(2, column(ws, 'Net at P10')).value).toBe(1000);
    expect(ws.getCell(4, column(ws, 'Input')).value).toBe('Participation (share of eligible customers who join)');
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    const runs = wb.getWorksheet('Runs')!;
    expect(runs.getCell(2, 1).value).toBe(`'${FORMULA_NAME}`);
    const summary = wb.getWorksheet('Summary')!;
    const file = column(summary, 'File', 8);
    const names = new Set<unknown>();
    const files = new Set<unknown>();
    summary.eachRow((row, n) => {
      if (n <= 8) return;
      names.add(row.getCell(1).value);
      files.add(row.getCell(file).value);
    });
    expect(summary.getCell(6, 1).value).toBe('Customers');
    expect(summary.getCell(6, 2).value).toBe('300 synthetic customers');
    expect(names).toEqual(new Set([`'${FORMULA_NAME}`, "'@other"]));
    expect(files).toEqual(new Set([`'${FORMULA_FILE}`, "'\tb.yaml"]));
    // every text cell in the workbook is safe
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+\-@\t\r\n]/);
          // the only formulas are the Summary's statistics over the Runs table: never a user's text
          if (c.type === ExcelJS.ValueType.Formula) {
            expect(ws.name).toBe('Summary');
            expect(c.formula).toMatch(/^\(?(AVERAGE|STDEV|PERCENTILE|COUNTIF|COUNT|ROWS)\('Runs'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+/);
          }
        }),
      );
    }
  });

  it('writes numbers as number cells with currency, percent and count formats', () => {
    const summary = wb.getWorksheet('Summary')!;
    const mean = column(summary, 'Mean', 8);
    const key = column(summary, 'Key', 8);
    const rowOf = (k: string): ExcelJS.Row => {
      let found: ExcelJS.Row | undefined;
      summary.eachRow((row, n) => {
        if (!found && n > 8 && row.getCell(key).value === k) found = row;
      });
      return found!;
    };
    const net = rowOf('netIncrementalProfit').getCell(mean);
    // a live formula over the Runs table, its value cached so the file shows numbers before recalculation
    expect(net.type).toBe(ExcelJS.ValueType.Formula);
    expect(net.formula).toBe(`AVERAGE('Runs'!$V$2:$V$${1 + entry.result.runs.length})`);
    expect(net.result).toBeCloseTo(entry.summary.metrics.netIncrementalProfit.mean!, 6);
    expect(net.numFmt).toBe('#,##0 "RUB"');
    const roi = rowOf('roi').getCell(mean);
    expect(roi.type).toBe(ExcelJS.ValueType.Formula);
    expect(roi.numFmt).toBe('0.0%');
    expect(rowOf('members').getCell(mean).numFmt).toBe('#,##0');
    expect(rowOf('probabilities.roiPositive').getCell(mean).result).toBe(entry.summary.probabilities.roiPositive);
    // the second draft's statistics are over its own block of runs
    let otherNet: ExcelJS.Cell | undefined;
    summary.eachRow((row, n) => {
      if (n > 8 && row.getCell(key).value === 'netIncrementalProfit' && row.getCell(1).value === "'@other") otherNet = row.getCell(mean);
    });
    const from = 2 + entry.result.runs.length;
    expect(otherNet!.formula).toBe(`AVERAGE('Runs'!$V$${from}:$V$${from + other.result.runs.length - 1})`);

    const runs = wb.getWorksheet('Runs')!;
    expect(runs.rowCount).toBe(1 + entry.result.runs.length + other.result.runs.length);
    const netCol = column(runs, 'Net incremental profit');
    const roiCol = column(runs, 'ROI (net profit / cost)');
    for (let r = 2; r <= runs.rowCount; r++) {
      const c = runs.getCell(r, netCol);
      expect(c.type).toBe(ExcelJS.ValueType.Number);
      expect(c.numFmt).toBe('#,##0 "RUB"');
      expect(runs.getCell(r, roiCol).numFmt).toBe('0.0%');
    }
    expect(runs.getCell(2, netCol).value).toBe(entry.result.runs[0]!.metrics.netIncrementalProfit);
    // a named Excel table over every run, with people's headers
    const model = (runs.getTable('Runs') as unknown as { table: { tableRef: string; columns: { name: string }[] } }).table;
    expect(model.tableRef).toBe(`A1:${columnLetter(2 + METRIC_KEYS.length)}${runs.rowCount}`);
    expect(model.columns.map((c) => c.name).slice(0, 3)).toEqual(['Draft', 'Run', 'List spend (baseline)']);
    // people's names from the registry's catalog, not JSON keys
    expect(runs.getRow(1).values).toEqual([undefined, 'Draft', 'Run', ...METRIC_KEYS.map((k) => catalog('en').metricLabels[k])]);

    const inputs = wb.getWorksheet('Inputs')!;
    // the assumptions first: fixed numbers as numbers in their unit, drawn ones with their distribution
    const assumption = (path: string): ExcelJS.Row => {
      let found: ExcelJS.Row | undefined;
      inputs.eachRow((row) => {
        if (!found && row.getCell(3).value === path) found = row;
      });
      return found!;
    };
    expect(assumption('gross_margin').getCell(2).value).toBe('Gross margin');
    expect(assumption('gross_margin').getCell(4).value).toBe(0.3);
    expect(assumption('gross_margin').getCell(4).numFmt).toBe('0.0%');
    expect(assumption('costs.launch').getCell(4).numFmt).toBe('#,##0 "RUB"');
    expect(String(assumption('effects.frequency_uplift').getCell(5).value)).toMatch(/^triangular/);
    // then the values drawn in each run, under their own header
    let drawsHeader = 0;
    inputs.eachRow((row, n) => {
      if (!drawsHeader && row.getCell(2).value === 'Run') drawsHeader = n;
    });
    expect(drawsHeader).toBeGreaterThan(2);
    const uplift = column(inputs, 'Frequency uplift of members', drawsHeader);
    const first = drawsHeader + 1;
    expect(inputs.getCell(first, uplift).type).toBe(ExcelJS.ValueType.Number);
    expect(inputs.getCell(first, uplift).value).toBe(entry.result.runs[0]!.inputs['effects.frequency_uplift']);
    expect(inputs.getCell(first, uplift).numFmt).toBe('0.0%');

    const monthly = wb.getWorksheet('Monthly')!;
    expect(monthly.rowCount).toBe(1 + 2 * 12);
    expect(monthly.getCell(13, 4).value).toBeCloseTo(entry.summary.monthly.cumulativeNetMean[11]!, 6);
    expect(monthly.getCell(13, 4).numFmt).toBe('#,##0 "RUB"');

    const costs = wb.getWorksheet('Costs')!;
    const keys: unknown[] = [];
    costs.eachRow((row, n) => {
      if (n > 1) keys.push(row.getCell(3).value);
    });
    expect(keys).toContain('windfallCost');
    expect(keys).toContain('incrementalCost');
  });

  it('freezes the header rows and sizes the columns', () => {
    const view = (name: string): Partial<ExcelJS.WorksheetViewFrozen> => wb.getWorksheet(name)!.views[0] as ExcelJS.WorksheetViewFrozen;
    expect(view('Summary')).toMatchObject({ state: 'frozen', ySplit: 8 });
    expect(view('Monthly')).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(view('Runs')).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(view('Inputs')).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(view('Costs')).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.getWorksheet('Summary')!.getColumn(1).width).toBe(30);
    expect(wb.getWorksheet('Runs')!.getColumn(2).width).toBe(7);
  });

  it('uses each draft’s own currency in money formats', () => {
    expect(numberFormat('money', 'EUR')).toBe('#,##0 "EUR"');
    expect(numberFormat('percent', 'EUR')).toBe('0.0%');
  });
});
