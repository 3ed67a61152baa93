import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { numberFormat, renderXlsxReport, sheetNames } from '../../src/report/xlsx.js';
import { fixtureData, fixtureDraft, fixtureEntry } from './report-fixture.js';

let wb: ExcelJS.Workbook;

beforeAll(async () => {
  setLang('ru');
  const entry = await fixtureEntry(fixtureDraft('Программа'), 'a.yaml', 20);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsxReport(fixtureData([entry]))) as unknown as ArrayBuffer);
});
afterAll(() => setLang('en'));

describe('the XLSX workbook in Russian', () => {
  it('reads back with Russian sheet names, in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Сводка', 'По месяцам', 'Прогоны', 'Параметры', 'Затраты']);
    expect(sheetNames().slice(0, 5)).toEqual(wb.worksheets.map((w) => w.name));
    expect(sheetNames()[5]).toBe('Торнадо');
  });

  it('has Russian headers and metric names; JSON keys stay in the Key column', () => {
    const summary = wb.getWorksheet('Сводка')!;
    const headerRow = summary.getRow(8).values as unknown[];
    expect(headerRow.filter(Boolean)).toEqual(['Проект', 'Файл', 'Показатель', 'Ключ', 'Среднее', 'Ст. ош.', 'P5', 'P50', 'P95']);
    const rows: unknown[][] = [];
    summary.eachRow((r) => rows.push(r.values as unknown[]));
    const net = rows.find((r) => r[4] === 'netIncrementalProfit')!;
    expect(net[3]).toBe('Чистая дополнительная прибыль');
    const npv = rows.find((r) => r[4] === 'probabilities.npvPositive')!;
    expect(npv[3]).toBe('P(ЧДД > 0)');
    expect(summary.getRow(2).getCell(2).numFmt).toBe('dd.mm.yyyy hh:mm');
    // every label of the Summary is Russian apart from names and units (tier names are the draft's)
    for (const r of rows.slice(8).filter((r) => r[4] !== 'tierMix.share')) expect(String(r[3])).not.toMatch(/\b(?!ROI\b|P\b)[A-Za-z]{2,}/);
  });

  it('number formats: roubles as ₽, a no-break space before %', () => {
    expect(numberFormat('money', 'RUB')).toBe('#,##0 "₽"');
    expect(numberFormat('money', 'USD')).toBe('#,##0 "USD"');
    expect(numberFormat('percent', 'RUB')).toBe('0.0"\u00a0"%');
    const costs = wb.getWorksheet('Затраты')!;
    expect(costs.getRow(1).getCell(8).value).toBe('Доля в затратах на программу');
    expect(costs.getRow(2).getCell(8).numFmt).toBe('0.0"\u00a0"%');
  });
});
