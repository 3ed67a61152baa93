/**
 * How a sales export writes its fields: encodings, delimiters, decimal
 * separators and dates, detected from a sample or given as flags. Pure
 * string and byte functions, used by read.ts while it streams.
 */
import { TextDecoder } from 'node:util';

/** Default of ReadOptions.maxSkipped (history/read.ts): the largest share of unreadable rows skipped before the reader stops. */
export const MAX_SKIPPED_DEFAULT = 0.01;

export type Encoding = 'utf8' | 'win1251' | 'utf16le' | 'utf16be';
export type Decimal = '.' | ',';
/** Date layouts; 'dmy' and 'mdy' accept `.`, `/` or `-` between the parts. */
export type DateFormat = 'iso' | 'dmy' | 'mdy' | 'compact' | 'excel';

export const DATE_FORMAT_NAMES: Record<DateFormat, string> = {
  iso: 'YYYY-MM-DD',
  dmy: 'DD.MM.YYYY',
  mdy: 'MM/DD/YYYY',
  compact: 'YYYYMMDD',
  excel: '44563 (Excel)',
};

const MS_PER_DAY = 86_400_000;

/** Accepts `--date-format` spellings: iso, dmy, mdy, ymd, and the patterns YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY, YYYYMMDD. */
export function parseDateFormatName(value: string): DateFormat | undefined {
  const v = value.trim().toUpperCase();
  if (v === 'ISO' || v === 'YYYY-MM-DD' || v === 'YMD') return 'iso';
  if (v === 'DMY' || /^DD[./-]MM[./-]YY(YY)?$/.test(v)) return 'dmy';
  if (v === 'MDY' || /^MM[./-]DD[./-]YY(YY)?$/.test(v)) return 'mdy';
  if (v === 'COMPACT' || v === 'YYYYMMDD') return 'compact';
  if (v === 'EXCEL' || v === 'SERIAL') return 'excel';
  return undefined;
}

/** Accepts `--encoding` spellings. */
export function parseEncodingName(value: string): Encoding | undefined {
  const v = value.trim().toLowerCase().replace(/[^a-z0-9]/g, '');
  if (v === 'utf8' || v === 'utf8bom') return 'utf8';
  if (v === 'win1251' || v === 'windows1251' || v === 'cp1251') return 'win1251';
  if (v === 'utf16le' || v === 'utf16' || v === 'ucs2') return 'utf16le';
  if (v === 'utf16be') return 'utf16be';
  return undefined;
}

/**
 * The encoding of a file from its first bytes: a BOM decides (UTF-8,
 * UTF-16LE/BE); otherwise UTF-16LE if every other byte is zero, UTF-8 if the
 * bytes are valid UTF-8, else Windows-1251 (what 1C and Russian Excel write).
 * Only the sample is checked: a file that turns invalid after it is read as
 * UTF-8 with replacement characters (give --encoding then).
 */
export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs >= 4) {
    let oddZeros = 0;
    for (let i = 0; i < pairs; i++) if (head[2 * i + 1] === 0) oddZeros++;
    if (oddZeros > 0.4 * pairs) return 'utf16le';
  }
  try {
    // stream: true lets a multi-byte character cut at the end of the sample pass
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    return 'win1251';
  }
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Counts of each candidate delimiter outside double quotes, per line. */
function countOutsideQuotes(line: string, ch: string): number {
  let inQuote = false;
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuote = !inQuote;
    else if (c === ch && !inQuote) n++;
  }
  return n;
}

/**
 * The delimiter from the first lines of text: the candidate (`,` `;` tab `|`)
 * that occurs outside quotes in the header and the same number of times on
 * most lines; the most frequent wins a tie. `,` when nothing fits.
 * (csv-parse's delimiter_auto mis-reads non-ASCII text, so this is ours.)
 */
export function sniffDelimiter(text: string): string {
  const all = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 50);
  if (all.length === 0) return ',';
  // report title lines above the header (1C) hold no delimiter: start at the first line that has one
  const start = all.findIndex((l) => DELIMITERS.some((d) => countOutsideQuotes(l, d) > 0));
  const lines = start > 0 ? all.slice(start) : all;
  let best = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const header = countOutsideQuotes(lines[0]!, d);
    if (header === 0) continue;
    let agree = 0;
    for (const l of lines) if (countOutsideQuotes(l, d) === header) agree++;
    const score = (agree / lines.length) * 1000 + header;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** Removes spaces (incl. non-breaking and narrow ones), apostrophes and currency signs from a number. */
function compactNumber(raw: string): string {
  return raw.replace(/[\s\u00a0\u202f'’$€£₽]/g, '').replace(/(руб\.?|р\.)$/i, '');
}

/**
 * The decimal separator from sample values: `,` when values like `12,5` or
 * `1.234,56` dominate, `.` for `12.5` or `1,234.56`; a 3-digit group after a
 * lone separator says nothing. Without evidence: `,` for `;`-separated files
 * (the European habit), else `.`.
 */
export function detectDecimal(values: Iterable<string>, delimiter: string): Decimal {
  let comma = 0;
  let dot = 0;
  for (const raw of values) {
    const v = compactNumber(raw);
    if (/\d\.\d{3},\d+$/.test(v) || /^[-+]?\d*,\d{1,2}$|^[-+]?\d*,\d{4,}$/.test(v)) comma++;
    else if (/\d,\d{3}\.\d+$/.test(v) || /^[-+]?\d*\.\d{1,2}$|^[-+]?\d*\.\d{4,}$/.test(v)) dot++;
  }
  if (comma > dot) return ',';
  if (dot > 0) return '.';
  return delimiter === ';' ? ',' : '.';
}

/** A number written with the given decimal separator; NaN when it is not one. Handles `1 234,56`, `1,234.56`, `(12.50)`, `12.50-`. */
export function parseDecimal(raw: string, decimal: Decimal): number {
  let v = compactNumber(raw);
  let negative = false;
  if (/^\(.*\)$/.test(v)) {
    negative = true;
    v = v.slice(1, -1);
  } else if (/^[^-].*-$/.test(v)) {
    negative = true;
    v = v.slice(0, -1);
  }
  if (decimal === ',') {
    v = v.replace(/\.(?=\d{3}(\D|$))/g, '');
    if ((v.match(/,/g) ?? []).length > 1) return NaN;
    v = v.replace(',', '.');
  } else {
    v = v.replace(/,(?=\d{3}(\D|$))/g, '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v)) return NaN;
  const n = Number(v);
  return negative ? -n : n;
}

const ISO = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:$|[ T])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|[ T])/;
const DAY_MONTH = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:$|[ T,])/;
/**
 * An Excel serial date (days since 1899-12-30; a fraction is the time), as a
 * workbook's date cell becomes in a CSV saved without formats: 44563 is
 * 2022-01-02. Five digits: 1990 to 2173.
 */
const SERIAL = /^(\d{5})(?:[.,]\d+)?$/;
/** The serial number of 1970-01-01. */
const SERIAL_EPOCH = 25_569;

/**
 * Votes for a date layout from sample values. `decided` is false while
 * slash dates could still be either day-first or month-first.
 */
export function detectDateFormat(values: Iterable<string>, preferDayFirst: boolean): { format: DateFormat | undefined; decided: boolean } {
  let iso = 0;
  let compact = 0;
  let serial = 0;
  let dotted = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  let ambiguous = 0;
  for (const raw of values) {
    const v = raw.trim();
    if (ISO.test(v)) iso++;
    else if (COMPACT.test(v)) compact++;
    else if (SERIAL.test(v)) serial++;
    else {
      const m = DAY_MONTH.exec(v);
      if (!m) continue;
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (m[2] === '.') dotted++;
      else if (a > 12 && b <= 12) dayFirst++;
      else if (b > 12 && a <= 12) monthFirst++;
      else ambiguous++;
    }
  }
  const slash = dayFirst + monthFirst + ambiguous;
  const max = Math.max(iso, compact, serial, dotted, slash);
  if (max === 0) return { format: undefined, decided: false };
  if (max === iso) return { format: 'iso', decided: true };
  if (max === compact) return { format: 'compact', decided: true };
  if (max === serial) return { format: 'excel', decided: true };
  if (max === dotted) return { format: 'dmy', decided: true };
  if (dayFirst > monthFirst) return { format: 'dmy', decided: true };
  if (monthFirst > dayFirst) return { format: 'mdy', decided: true };
  return { format: preferDayFirst ? 'dmy' : 'mdy', decided: false };
}

function daysInMonth(y: number, m: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m, 0);
  return t.getUTCDate();
}

/** The day number (days since 1970-01-01, UTC) of a date string in the given layout; NaN when it is not a valid date. A time part is ignored. */
export function parseDay(raw: string, format: DateFormat): number {
  const v = raw.trim();
  if (format === 'excel') {
    const g = SERIAL.exec(v);
    return g ? Number(g[1]) - SERIAL_EPOCH : NaN;
  }
  let y: number;
  let m: number;
  let d: number;
  if (format === 'iso' || format === 'compact') {
    const g = (format === 'iso' ? ISO : COMPACT).exec(v);
    if (!g) return NaN;
    y = Number(g[1]);
    m = Number(g[2]);
    d = Number(g[3]);
  } else {
    const g = DAY_MONTH.exec(v);
    if (!g) return NaN;
    const a = Number(g[1]);
    const b = Number(g[3]);
    [d, m] = format === 'dmy' ? [a, b] : [b, a];
    y = Number(g[4]);
    if (g[4]!.length === 2) y += y < 70 ? 2000 : 1900;
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999 (1C's empty date 01.01.0001 is not 1901)
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime() / MS_PER_DAY;
}

/** YYYY-MM-DD of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day number of a YYYY-MM-DD (or any layout above) date given on the command line; NaN when invalid. */
export function dayOf(value: string): number {
  for (const f of ['iso', 'dmy', 'compact'] as const) {
    const d = parseDay(value, f);
    if (!Number.isNaN(d)) return d;
  }
  return NaN;
}

/** Months since 1970-01 of a day number: the calendar month index, for cohorts. */
export function monthIndex(day: number): number {
  // civil-from-days (H. Hinnant's algorithm) in integers: a Date per call was most of profile's time on large histories
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 2 : mp - 10; // 0-based, January = 0
  const year = yoe + era * 400 + (month <= 1 ? 1 : 0);
  return year * 12 + month;
}

/** YYYY-MM of a month index. */
export function isoMonth(index: number): string {
  const y = Math.floor(index / 12);
  return `${y}-${String(index - y * 12 + 1).padStart(2, '0')}`;
}
