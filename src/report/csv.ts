/**
 * CSV output. Text cells that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab, CR or LF) are neutralised with a leading apostrophe,
 * as OWASP advises against CSV injection; numbers are written as numbers.
 */

/**
 * How a spreadsheet of the reader's locale opens a CSV by double-click:
 * Excel in a Russian locale splits on ';' and reads ',' as the decimal mark,
 * and needs a byte-order mark to take the file as UTF-8 (Cyrillic headers).
 */
export interface CsvDialect {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  bom: boolean;
}

export const COMMA_CSV: CsvDialect = { delimiter: ',', decimal: '.', bom: false };
export const SEMICOLON_CSV: CsvDialect = { delimiter: ';', decimal: ',', bom: true };

/** The dialect for a number locale: ';' with decimal commas and a BOM where the decimal mark is a comma (ru-RU, de-DE, …). */
export function csvDialect(locale: string): CsvDialect {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? SEMICOLON_CSV : COMMA_CSV;
}

/** The whole file: lines joined, a BOM first where the dialect wants one. */
export function csvText(lines: string[], dialect: CsvDialect): string {
  return `${dialect.bom ? '\ufeff' : ''}${lines.join('\n')}\n`;
}

const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A text value made safe to open in a spreadsheet. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV cell (RFC 4180 quoting). */
export function csvCell(value: string | number | null | undefined, dialect: CsvDialect = COMMA_CSV): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? (dialect.decimal === ',' ? String(value).replace('.', ',') : String(value)) : '';
  const safe = neutralise(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: (string | number | null | undefined)[], dialect: CsvDialect = COMMA_CSV): string {
  return cells.map((c) => csvCell(c, dialect)).join(dialect.delimiter);
}
