/**
 * Reads a sales export (one row per transaction or per invoice line) as a
 * stream and aggregates it per customer and day while reading, so memory is
 * bounded by customers × purchase days, never by rows (MODEL.md §6: same-day
 * transactions merge, the BTYD convention). Three steps, a module each:
 * sniff.ts (encoding, delimiter) → csv-rows.ts (records with their line) →
 * aggregate.ts (daily totals per customer); this file finds the header,
 * checks each row and counts what it skips.
 *
 * Conventions (documented for profile and summarize):
 * - a row's amount is the amount column, or quantity × price;
 * - negative amounts (returns, cancellations) are netted into the day they
 *   fall on and into revenue; a day is a *purchase day* when it has at least
 *   one row with amount ≥ 0 (a day with only returns is not a purchase);
 * - customers whose rows are all returns have no purchase day and are left
 *   out (counted in `returnsOnlyCustomers`);
 * - orders: with an order column, the distinct (customer, order) pairs with a
 *   positive net amount; without one, the rows with a positive amount.
 */
import { open, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { type CustomerDays, DailyTotals } from './aggregate.js';
import { AmbiguousColumn, type Columns, currencyColumnOf, resolveColumns, shortName } from './columns.js';
import { CsvRows, UnclosedQuote } from './csv-rows.js';
import { fileChunks } from './file-chunks.js';
import { DATE_FORMAT_NAMES, type DateFormat, type Decimal, type Encoding, detectDateFormat, detectDecimal, isoDay, MAX_SKIPPED_DEFAULT, parseDay, parseDecimal } from './format.js';
import type { FallbackReason } from './duckdb.js';
import { readFailure, sniff } from './sniff.js';

/** Whether a file's first bytes are a zip: a workbook (.xlsx), read by xlsx.ts. */
const isWorkbook = (head: Uint8Array): boolean => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
/** Whether a file is Parquet: its magic bytes PAR1, or its name. */
const isParquet = (head: Uint8Array, file: string): boolean => (head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31) || /\.parquet$/i.test(file);

export interface ReadOptions {
  /** Column names (header text, case-insensitive). Unset: found by common names. */
  customer?: string;
  date?: string;
  amount?: string;
  quantity?: string;
  price?: string;
  order?: string;
  delimiter?: string;
  decimal?: Decimal;
  dateFormat?: DateFormat;
  encoding?: Encoding;
  /** Stop at the first bad row with a UserError (file:line:column) instead of skipping it. */
  strict?: boolean;
  /** Examples kept per reason of skipping (default 3). */
  examplesPerReason?: number;
  /** Lines above the header (report titles); unset: the header is the first row naming the needed columns. */
  skipRows?: number;
  /**
   * Largest share of unreadable rows (bad date, bad amount, ragged) that is
   * skipped and counted; above it reading stops with a table of the reasons
   * (default 0.01). Rows without a customer are not counted: they are left out.
   */
  maxSkipped?: number;
  /** A workbook's sheet to read (default: the first); only for .xlsx histories. */
  sheet?: string;
  /** The reader: 'js' (every format), 'duckdb' (CSV in UTF-8 and Parquet, duckdb.ts); unset: DuckDB for Parquet, the JS reader for CSV (see DUCKDB_CSV_BYTES). */
  engine?: Engine;
  /** Today as a day number, for the "more than a year after today" check; the CLI passes the clock's day (no check without it, so reading stays reproducible). */
  today?: number;
}

export type Engine = 'js' | 'duckdb';
/**
 * CSV files this large would be read by DuckDB unless --engine says otherwise.
 * None is, for now: on 10 million generated rows (262 MB) DuckDB took about
 * twice the JS reader's CPU time and 1.45 GB under its 1 GB limit (duckdb.ts)
 * against the JS reader's 353 MB (`npm run bench`), so a large CSV stays with
 * the JS reader; --engine duckdb reads one with DuckDB.
 */
export const DUCKDB_CSV_BYTES = Infinity;

/** Default of ReadOptions.maxSkipped (in format.ts, where --max-skipped's registration finds it without this reader). */
export { MAX_SKIPPED_DEFAULT };
/** Dates before this are typos or empty dates (1C writes 01.01.0001), not sales. */
const FIRST_PLAUSIBLE_DAY = Date.UTC(1990, 0, 1) / 86_400_000;
/** Amounts beyond this are typos or overflow, not sales (larger than any company's yearly revenue). */
const MAX_AMOUNT = 1e12;
/** Rows searched for the header when there are title lines above it and no --skip-rows. */
const MAX_TITLE_ROWS = 20;

export type SkipReason = 'missingCustomer' | 'badDate' | 'badAmount' | 'raggedRow';
export const SKIP_REASONS: readonly SkipReason[] = ['missingCustomer', 'badDate', 'badAmount', 'raggedRow'];

export interface SkipExample {
  reason: SkipReason;
  file: string;
  line: number;
  /** 1-based field number of the offending field, when there is one. */
  column?: number;
  /** In a workbook: where the row is, as `sales.xlsx:Sales!B17` (said instead of file:line). */
  cell?: string;
  message: string;
}

/** One customer's history: every day with rows, sorted, with the net amount of that day. */
export interface CustomerHistory {
  id: string;
  /** Day numbers (days since 1970-01-01 UTC), ascending. */
  days: Int32Array;
  /** Net amount of each day (purchases minus returns). */
  net: Float64Array;
  /** 1 when the day is a purchase day (has a row with amount ≥ 0). */
  purchase: Uint8Array;
  firstPurchaseDay: number;
  lastPurchaseDay: number;
  /** Net revenue over all days. */
  revenue: number;
  orders: number;
}

export interface History {
  file: string;
  /** Every customer's daily totals as arrays (aggregate.ts): what profile, summarize and seasonality read. */
  store: CustomerDays;
  /** The same, one object per customer (views into `store`, made on first use: 300 bytes a customer). */
  readonly customers: CustomerHistory[];
  /** First and last day with any accepted row (the observation window). */
  firstDay: number;
  lastDay: number;
  firstDate: string;
  lastDate: string;
  rows: number;
  acceptedRows: number;
  skipped: Record<SkipReason, number>;
  examples: SkipExample[];
  returnsOnlyCustomers: number;
  columns: { customer: string; date: string; amount?: string; quantity?: string; price?: string; order?: string };
  format: { encoding: Encoding; delimiter: string; decimal: Decimal; dateFormat: DateFormat };
  /** A column that names the currency (not read: its presence alone says the amounts may not be in the draft's currency). */
  currencyColumn?: string;
  /** Things the reader assumed that the user may want to override (worded by the CLI, in its language). */
  notes: HistoryNote[];
}

/**
 * An assumption of the reader (the header found below title lines, a date
 * order it could not decide) or a warning about the amounts (all 0; a net
 * revenue below 0, returns exceeding sales).
 */
export type HistoryNote = { kind: 'engineFallback'; reason: FallbackReason; detail?: string } | { kind: 'headerLine'; line: number } | { kind: 'dateOrder'; format: string } | { kind: 'allZero' } | { kind: 'netNegative'; revenue: number };

/** Rows held back to detect the decimal separator and the date layout before aggregating. */
const DETECT_ROWS = 1000;
/** While slash dates are still ambiguous (day ≤ 12 everywhere), hold back up to this many. */
const DETECT_ROWS_AMBIGUOUS = 20_000;
/** Dates remembered by their text (a history has a few thousand distinct dates; parsing each once is most of the speed). */
const DATE_CACHE = 50_000;
/** A plain number: most amounts; parsed without parseDecimal's clean-up. */
const PLAIN_DOT = /^-?\d+(\.\d+)?$/;
const PLAIN_COMMA = /^-?\d+(,\d+)?$/;

/** Reads a history file from disk; see readHistory. */
export async function readHistoryFile(file: string, options: ReadOptions = {}): Promise<History> {
  const t = msg().history;
  let size = 0;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new UserError(t.notAFile(file), t.notAFileHint, { file });
    size = s.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(t.noSuchFile, t.noSuchFileHint, { file });
    if (code === 'EACCES') throw new UserError(t.cannotRead(file, t.permissionDenied), t.readableHint, { file });
    throw new UserError(t.cannotRead(file, code ?? (err as Error).message), t.pathHint, { file });
  }
  // a workbook (a zip) by its first bytes, whatever the file is called
  const head = Buffer.alloc(4);
  try {
    const fd = await open(file, 'r');
    try {
      await fd.read(head, 0, 4, 0);
    } finally {
      await fd.close();
    }
  } catch (err) {
    throw readFailure(err as NodeJS.ErrnoException, file);
  }
  if (isWorkbook(head)) return (await import('./xlsx.js')).readHistoryWorkbook(file, options);
  const parquet = isParquet(head, file);
  if (parquet && options.engine === 'js') throw new UserError(msg().history.parquetNeedsDuckDb(file), msg().history.parquetNeedsDuckDbHint, { file });
  let fallback: HistoryNote | undefined;
  if (parquet || options.engine === 'duckdb' || (options.engine === undefined && size >= DUCKDB_CSV_BYTES)) {
    // loaded only here: the JS reader's users never load DuckDB
    const read = await (await import('./duckdb.js')).readHistoryDuckDb(file, options, parquet ? 'parquet' : 'csv');
    if (!('fallback' in read)) return read;
    if (parquet) throw new UserError(msg().history.parquetUnreadable(file, read.detail ?? read.fallback), msg().history.parquetNeedsDuckDbHint, { file });
    fallback = { kind: 'engineFallback', reason: read.fallback, ...(read.detail ? { detail: read.detail } : {}) };
  }
  const history = await readHistory(fileChunks(file), file, options, size);
  if (fallback) history.notes.unshift(fallback);
  return history;
}

/**
 * Streams a CSV (bytes) into per-customer day aggregates. `file` names the
 * source in messages; `bytes`, the size of the source when known, reserves
 * room for the days. Throws UserError for a missing column, an unclosed
 * quote, and (with `strict`) the first bad row.
 */
export async function readHistory(source: AsyncIterable<Uint8Array | string>, file: string, options: ReadOptions = {}, bytes = 0): Promise<History> {
  const t = msg().history;
  const { encoding, delimiter, text, bytesPerLine } = await sniff(source, file, options);
  // customer-days are at most the rows: room for them up front (see DailyTotals)
  const builder = new HistoryBuilder(file, options, delimiter, bytes > 0 ? (bytes / bytesPerLine) * 1.05 : 0);
  const rows = new CsvRows(delimiter, (fields, line) => builder.record(fields, line));
  try {
    for await (const chunk of text) rows.push(chunk);
    rows.end();
  } catch (err) {
    if (err instanceof UnclosedQuote) throw new UserError(t.unclosedQuote(err.line), t.unclosedQuoteHint, { file, line: err.line });
    if (!(err instanceof UserError) && (err as NodeJS.ErrnoException).code) throw readFailure(err as NodeJS.ErrnoException, file);
    throw err;
  } finally {
    await text.return(undefined);
  }
  return builder.finish(encoding, delimiter);
}

/**
 * Records (fields as text, with their line) → the header, checked rows and
 * daily totals. Shared by the CSV and the workbook readers.
 */
export class HistoryBuilder {
  private readonly t = msg().history;
  private readonly strict: boolean;
  private readonly perReason: number;
  private readonly skipped: Record<SkipReason, number> = { missingCustomer: 0, badDate: 0, badAmount: 0, raggedRow: 0 };
  private readonly examples: SkipExample[] = [];
  private readonly notes: HistoryNote[] = [];
  private readonly totals: DailyTotals;
  private rows = 0;
  private acceptedRows = 0;
  private nonZeroAmounts = 0;
  private firstDay = Infinity;
  private lastDay = -Infinity;
  private header: string[] | undefined;
  private cols: Columns | undefined;
  /** The first row that did not name the columns: its error is the one to show if no header is found. */
  private headerError: UserError | undefined;
  private titleRows = 0;
  private readonly lastPlausibleDay: number;
  private decimal: Decimal | undefined;
  private dateFormat: DateFormat | undefined;
  private pending: Array<{ record: string[]; line: number }> | undefined = [];
  private readonly dates = new Map<string, number>();
  private plain = PLAIN_DOT;

  /**
   * `where` places a line and a field in messages: file:line:column for a
   * CSV; a workbook gives `sales.xlsx:Sales!B17` (xlsx.ts).
   */
  constructor(
    private readonly file: string,
    private readonly options: ReadOptions,
    private readonly delimiter: string,
    expectedRows = 0,
    private readonly where: (line: number, column?: number) => { file: string; line?: number; column?: number; cell?: string } = (line, column) => ({ file, line, ...(column ? { column } : {}) }),
  ) {
    this.totals = new DailyTotals(undefined, expectedRows);
    this.strict = options.strict ?? false;
    this.perReason = options.examplesPerReason ?? 3;
    this.lastPlausibleDay = options.today === undefined ? Infinity : options.today + 365;
    this.decimal = options.decimal;
    this.dateFormat = options.dateFormat;
  }

  /** One record of the file: a title line, the header, or a row. */
  record(record: string[], line: number): void {
    if (!this.header) {
      this.findHeader(record, line);
      return;
    }
    this.rows++;
    const p = this.pending;
    if (p) {
      p.push({ record, line });
      if (p.length % DETECT_ROWS === 0 && !this.needMore()) this.flush();
    } else {
      this.accept(record, line);
    }
  }

  private findHeader(record: string[], line: number): void {
    const o = this.options;
    if (o.skipRows !== undefined && line <= o.skipRows) return;
    const candidate = record.map((h) => h.replace(/^\ufeff/, ''));
    try {
      const { cell: _, ...where } = this.where(line);
      this.cols = resolveColumns(candidate, o, where);
    } catch (err) {
      // a title line above the header (1C reports): look further, unless --skip-rows said where it is
      if (!(err instanceof UserError) || err instanceof AmbiguousColumn || o.skipRows !== undefined) throw err;
      this.headerError ??= err;
      if (++this.titleRows >= MAX_TITLE_ROWS) throw this.headerError;
      return;
    }
    this.header = candidate;
    if (line > 1) this.notes.push({ kind: 'headerLine', line });
  }

  private skip(reason: SkipReason, line: number, column: number | undefined, message: string, hint: string): void {
    const file = this.file;
    const { cell, ...where } = this.where(line, column);
    if (this.strict) throw new UserError(message, this.t.strictHint(hint), where);
    this.skipped[reason]++;
    if (this.examples.filter((e) => e.reason === reason).length < this.perReason) this.examples.push({ reason, file, line, ...(column ? { column } : {}), ...(cell ? { cell } : {}), message });
  }

  private day(raw: string): number {
    let day = this.dates.get(raw);
    if (day === undefined) {
      day = parseDay(raw, this.dateFormat!);
      if (this.dates.size >= DATE_CACHE) this.dates.clear();
      this.dates.set(raw, day);
    }
    return day;
  }

  private number(raw: string): number {
    if (this.plain.test(raw)) return this.decimal === ',' ? Number(raw.replace(',', '.')) : Number(raw);
    return parseDecimal(raw, this.decimal!);
  }

  private accept(record: string[], line: number): void {
    const c = this.cols!;
    const h = this.header!;
    const t = this.t;
    const width = h.length;
    if (record.length !== width && (record.length < width || record.slice(width).some((v) => v.trim() !== ''))) {
      this.skip('raggedRow', line, undefined, t.rowWidth(record.length, width), t.rowWidthHint);
      return;
    }
    let id = record[c.customer]!.trim();
    if (id === '') {
      this.skip('missingCustomer', line, c.customer + 1, t.noCustomerIn(shortName(h[c.customer]!)), t.noCustomerHint);
      return;
    }
    // spreadsheet exports write numeric ids as floats (17850.0)
    if (id.includes('.') && /^\d+\.0+$/.test(id)) id = id.slice(0, id.indexOf('.'));
    const rawDate = record[c.date]!;
    const day = this.day(rawDate);
    if (Number.isNaN(day)) {
      this.skip('badDate', line, c.date + 1, t.badDateIn(cut(rawDate), shortName(h[c.date]!), DATE_FORMAT_NAMES[this.dateFormat!]), t.badDateHint);
      return;
    }
    if (day < FIRST_PLAUSIBLE_DAY || day > this.lastPlausibleDay) {
      this.skip('badDate', line, c.date + 1, t.implausibleDate(cut(rawDate.trim()), shortName(h[c.date]!), day < FIRST_PLAUSIBLE_DAY ? null : isoDay(this.options.today!)), t.implausibleDateHint);
      return;
    }
    let amount: number;
    if (c.amount !== undefined) {
      amount = this.number(record[c.amount]!);
      if (Number.isNaN(amount)) {
        this.skip('badAmount', line, c.amount + 1, t.badAmountIn(cut(record[c.amount]!), shortName(h[c.amount]!), this.decimal!), t.badNumberHint);
        return;
      }
    } else {
      const q = this.number(record[c.quantity!]!);
      const p = this.number(record[c.price!]!);
      if (Number.isNaN(q) || Number.isNaN(p)) {
        const bad = Number.isNaN(q) ? c.quantity! : c.price!;
        this.skip('badAmount', line, bad + 1, t.badNumberIn(cut(record[bad]!), shortName(h[bad]!), this.decimal!), t.badNumberHint);
        return;
      }
      amount = q * p;
    }
    if (!(Math.abs(amount) <= MAX_AMOUNT)) {
      const col = c.amount ?? c.price!;
      this.skip('badAmount', line, col + 1, t.tooLarge(amount.toExponential(2), shortName(h[col]!)), t.tooLargeHint);
      return;
    }
    this.acceptedRows++;
    if (amount !== 0) this.nonZeroAmounts++;
    if (day < this.firstDay) this.firstDay = day;
    if (day > this.lastDay) this.lastDay = day;
    this.totals.add(this.totals.customer(id), day, amount, c.order !== undefined ? record[c.order]!.trim() : undefined);
  }

  private detect(): void {
    const p = this.pending!;
    const c = this.cols!;
    if (this.decimal === undefined) {
      const values: string[] = [];
      for (const { record } of p) for (const i of [c.amount, c.price, c.quantity]) if (i !== undefined && record[i] !== undefined) values.push(record[i]!);
      this.decimal = detectDecimal(values, this.delimiter);
    }
    if (this.dateFormat === undefined) {
      const guess = detectDateFormat(
        p.map((r) => r.record[c.date] ?? ''),
        this.decimal === ',' || this.delimiter === ';',
      );
      this.dateFormat = guess.format ?? 'iso';
      if (!guess.decided && guess.format) this.notes.push({ kind: 'dateOrder', format: DATE_FORMAT_NAMES[this.dateFormat] });
    }
    this.plain = this.decimal === ',' ? PLAIN_COMMA : PLAIN_DOT;
  }

  private flush(): void {
    this.detect();
    const p = this.pending!;
    this.pending = undefined;
    for (const r of p) this.accept(r.record, r.line);
  }

  private needMore(): boolean {
    const p = this.pending!;
    if (p.length < DETECT_ROWS) return true;
    if (this.dateFormat !== undefined || p.length >= DETECT_ROWS_AMBIGUOUS) return false;
    return !detectDateFormat(
      p.map((r) => r.record[this.cols!.date] ?? ''),
      false,
    ).decided;
  }

  /** The history read, once every record has been given. */
  finish(encoding: Encoding, delimiter: string): History {
    const { t, file, skipped, examples } = this;
    if (!this.header) {
      if (this.headerError) throw this.headerError;
      throw new UserError(t.empty(file), t.emptyHint, { file });
    }
    if (this.pending) this.flush();
    checkUnreadableShare(file, this.rows, skipped, examples, this.options.maxSkipped ?? MAX_SKIPPED_DEFAULT);
    const { customers: store, returnsOnly } = this.totals.finish();
    if (store.ids.length === 0) {
      const reasons = SKIP_REASONS.filter((r) => skipped[r] > 0).map((r) => t.skippedCount(skipped[r], t.reasons[r]));
      throw new UserError(
        t.noUsable(file, this.rows, reasons.length ? reasons.join(', ') : null),
        examples[0] ? t.firstBadRow(`${file}:${examples[0].line}`, examples[0].message) : t.needsPurchases,
        { file },
      );
    }
    // amounts that make every money figure meaningless are said, not just computed
    let revenue = 0;
    for (let i = 0; i < store.revenue.length; i++) revenue += store.revenue[i]!;
    if (this.nonZeroAmounts === 0) this.notes.push({ kind: 'allZero' });
    else if (revenue < 0) this.notes.push({ kind: 'netNegative', revenue });
    const c = this.cols!;
    const header = this.header;
    const name = (i: number | undefined) => (i === undefined ? undefined : header[i]);
    const history = {
      file,
      store,
      firstDay: this.firstDay,
      lastDay: this.lastDay,
      firstDate: isoDay(this.firstDay),
      lastDate: isoDay(this.lastDay),
      rows: this.rows,
      acceptedRows: this.acceptedRows,
      skipped,
      examples,
      returnsOnlyCustomers: returnsOnly,
      columns: {
        customer: name(c.customer)!,
        date: name(c.date)!,
        ...(c.amount !== undefined ? { amount: name(c.amount) } : { quantity: name(c.quantity), price: name(c.price) }),
        ...(c.order !== undefined ? { order: name(c.order) } : {}),
      },
      format: { encoding, delimiter, decimal: this.decimal ?? '.', dateFormat: this.dateFormat ?? 'iso' },
      ...currencyColumnOf(header),
      notes: this.notes,
    };
    return withCustomers(history);
  }
}

/** A field quoted in a message, cut with an ellipsis when it is long. */
const cut = (v: string): string => (v.length > 60 ? `${v.slice(0, 59)}…` : v);

/** Adds `customers`: per-customer views of the store, made when first asked for and kept. */
export function withCustomers(h: Omit<History, 'customers'>): History {
  let views: CustomerHistory[] | undefined;
  return Object.defineProperty(h, 'customers', {
    enumerable: false,
    get: () => (views ??= customerViews(h.store)),
  }) as History;
}

function customerViews(s: CustomerDays): CustomerHistory[] {
  const out = new Array<CustomerHistory>(s.ids.length);
  for (let i = 0; i < s.ids.length; i++) {
    const from = s.start[i]!;
    const to = s.start[i + 1]!;
    out[i] = {
      id: s.ids[i]!,
      days: s.days.subarray(from, to),
      net: s.net.subarray(from, to),
      purchase: s.purchase.subarray(from, to),
      firstPurchaseDay: s.firstPurchaseDay[i]!,
      lastPurchaseDay: s.lastPurchaseDay[i]!,
      revenue: s.revenue[i]!,
      orders: s.orders[i]!,
    };
  }
  return out;
}

/**
 * Stops when more than `max` of the rows could not be read: a third of the
 * revenue silently gone is worse than an error. Rows without a customer do not
 * count (they are left out on purpose; Online Retail has a quarter of them).
 */
function checkUnreadableShare(file: string, rows: number, skipped: Record<SkipReason, number>, examples: SkipExample[], max: number): void {
  const reasons = SKIP_REASONS.filter((r) => r !== 'missingCustomer' && skipped[r] > 0);
  const unreadable = reasons.reduce((s, r) => s + skipped[r], 0);
  if (rows === 0 || unreadable / rows <= max) return;
  const share = unreadable / rows;
  const pct = (x: number) => `${(x * 100).toFixed(x < 0.01 ? 2 : 1)} %`;
  const t = msg().history;
  // the labels padded to the longest, so the counts line up in any language
  const width = Math.max(11, ...reasons.map((r) => t.reasons[r].length));
  const table = reasons.map((r) => {
    const first = examples.filter((e) => e.reason === r);
    const where = first.map((e) => `${e.line}${e.column ? `:${e.column}` : ''}`).join(', ');
    return t.unreadableRow(t.reasons[r].padEnd(width), String(skipped[r]).padStart(9), where, first[0] ? first[0].message : null);
  });
  const allow = Math.min(1, Math.ceil(share * 100) / 100);
  throw new UserError(t.unreadable(unreadable, rows, pct(share), pct(max), table.join('\n')), t.unreadableHint(allow), { file });
}
