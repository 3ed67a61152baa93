/**
 * A history straight from a workbook (.xlsx, from 1C or Excel): the first
 * sheet or --sheet NAME, read into the same records as a CSV (read.ts's
 * HistoryBuilder: the same column finding, title lines, checks and totals).
 * Cells become text the CSV reader would have seen: a date cell its
 * YYYY-MM-DD, a number its shortest decimal form, a formula its result; text
 * stays text (DD.MM.YYYY, 1 234,56), and a bare serial number in the date
 * column is read as an Excel date (format.ts). Messages name the cell:
 * `sales.xlsx:Sales!B17`.
 *
 * The workbook is loaded whole (exceljs): a sheet holds at most 1,048,576
 * rows, so this is bounded, unlike a CSV.
 */
import ExcelJS from 'exceljs';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { type History, HistoryBuilder, type ReadOptions } from './read.js';

/** The column letters of a 1-based column number (1 → A, 28 → AB). */
export function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** A cell's value as the text a CSV export would hold. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  // exceljs gives date cells as the UTC instant of their wall-clock time
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return String((v as { text: unknown }).text);
  if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  return '';
}

export async function readHistoryWorkbook(file: string, options: ReadOptions = {}): Promise<History> {
  const t = msg().history;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    throw new UserError(t.notWorkbook(file, (err as Error).message.split('\n')[0]!.slice(0, 200)), t.notWorkbookHint, { file });
  }
  const names = wb.worksheets.map((w) => w.name);
  const ws = options.sheet !== undefined ? wb.worksheets.find((w) => w.name === options.sheet || w.name.toLowerCase() === options.sheet!.toLowerCase()) : wb.worksheets[0];
  if (!ws) {
    if (options.sheet !== undefined) throw new UserError(t.noSheet(options.sheet, file, names.map((n) => `"${n}"`).join(', ')), t.noSheetHint, { file });
    throw new UserError(t.empty(file), t.emptyHint, { file });
  }
  const sheet = ws.name;
  // a row and a field are a cell: sales.xlsx:Sales!B17 in every message
  const builder = new HistoryBuilder(file, options, ',', ws.actualRowCount, (line, column) => {
    const cell = `${file}:${sheet}!${columnLetters(column ?? 1)}${line}`;
    return { file: cell, cell };
  });
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const record = new Array<string>(width);
    for (let c = 1; c <= width; c++) {
      const v = cellText(row.getCell(c).value);
      record[c - 1] = v.trim() === '' ? '' : v;
    }
    // a row of empty cells (formatting only) is an empty line
    if (record.every((v) => v === '')) return;
    builder.record(record, rowNumber);
  });
  return builder.finish('utf8', ',');
}
