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

/** One CSV cell (RFC 4180 quoting). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}
