/**
 * CSV output. Text cells that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab, CR or LF) are neutralised with a leading apostrophe,
 * as OWASP advises against CSV injection; numbers are written as numbers.
 */

const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A text value made safe to open in a spreadsheet. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * How a spreadsheet of the locale reads CSV: where the decimal separator is a
 * comma (ru-RU, de-DE…), Excel expects `;` between fields and, to read UTF-8
 * Cyrillic, a byte order mark; elsewhere plain RFC 4180.
 */
export interface CsvDialect {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  bom: boolean;
}

export const RFC4180: CsvDialect = { delimiter: ',', decimal: '.', bom: false };

export function csvDialect(locale: string): CsvDialect {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? { delimiter: ';', decimal: ',', bom: true } : RFC4180;
}

/** One CSV cell (RFC 4180 quoting). */
export function csvCell(value: string | number | null | undefined, d: CsvDialect = RFC4180): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? (d.decimal === ',' ? String(value).replace('.', ',') : String(value)) : '';
  const safe = neutralise(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: (string | number | null | undefined)[], d: CsvDialect = RFC4180): string {
  return cells.map((c) => csvCell(c, d)).join(d.delimiter);
}
