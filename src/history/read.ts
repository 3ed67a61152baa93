/**
 * Reads a sales export (one row per transaction or per invoice line) as a
 * stream and aggregates it per customer and day while reading, so memory is
 * bounded by customers × purchase days, never by rows (MODEL.md §6: same-day
 * transactions merge, the BTYD convention).
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
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import {
  DATE_FORMAT_NAMES,
  type DateFormat,
  type Decimal,
  type Encoding,
  detectDateFormat,
  detectDecimal,
  detectEncoding,
  isoDay,
  parseDay,
  parseDecimal,
  sniffDelimiter,
} from './format.js';

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
  /** Today as a day number, for the "more than a year after today" check; the CLI passes the clock's day (no check without it, so reading stays reproducible). */
  today?: number;
}

/** Default of ReadOptions.maxSkipped. */
export const MAX_SKIPPED_DEFAULT = 0.01;
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
  customers: CustomerHistory[];
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

/** An assumption of the reader: the header found below title lines, or a date order it could not decide. */
export type HistoryNote = { kind: 'headerLine'; line: number } | { kind: 'dateOrder'; format: string };

const CURRENCY_HEADERS = new Set(['currency', 'currencycode', 'curr', 'валюта', 'кодвалюты']);

function currencyColumnOf(header: string[]): { currencyColumn?: string } {
  const found = header.find((h) => CURRENCY_HEADERS.has(normalizeHeader(h)));
  return found === undefined ? {} : { currencyColumn: found };
}

type Role = 'customer' | 'date' | 'amount' | 'quantity' | 'price' | 'order';

/** Common header names per role, compared lower-case with spaces, `_`, `-`, `.` removed. */
const KNOWN: Record<Role, string[]> = {
  customer: ['customerid', 'customer', 'client', 'clientid', 'customerno', 'customernumber', 'custid', 'buyer', 'memberid', 'userid', 'контрагент', 'клиент', 'покупатель', 'кодклиента', 'idклиента', 'заказчик'],
  date: ['date', 'invoicedate', 'orderdate', 'transactiondate', 'purchasedate', 'saledate', 'datetime', 'дата', 'датадокумента', 'период', 'датапродажи'],
  amount: ['amount', 'total', 'revenue', 'sales', 'sum', 'value', 'dollarvalue', 'totalamount', 'сумма', 'выручка', 'суммасндс', 'суммапродажи', 'стоимость'],
  quantity: ['quantity', 'qty', 'количество', 'колво', 'numberofcds'],
  price: ['price', 'unitprice', 'цена', 'ценазаединицу'],
  order: ['order', 'orderid', 'orderno', 'ordernumber', 'invoice', 'invoiceno', 'invoiceid', 'invoicenumber', 'номер', 'номердокумента', 'документ', 'заказ', 'номерзаказа', 'чек', 'номерчека'],
};

const normalizeHeader = (h: string): string => h.trim().toLowerCase().replace(/[\s_\-.№#]/g, '');

const FLAG: Record<Role, string> = {
  customer: '--customer',
  date: '--date',
  amount: '--amount',
  quantity: '--quantity',
  price: '--price',
  order: '--order',
};

/** Column indexes for the roles, from the flags or by common names. */
function resolveColumns(header: string[], o: ReadOptions, file: string, line: number) {
  const norm = header.map(normalizeHeader);
  const found = header.map((h) => `"${h}"`).join(', ');
  const t = msg().history;
  const hint = t.columnsHint;
  const byFlag = (role: Role): number | undefined => {
    const name = o[role];
    if (name === undefined) return undefined;
    const i = norm.indexOf(normalizeHeader(name));
    if (i < 0) throw new UserError(t.notColumn(FLAG[role], name, file, found), hint, { file, line });
    return i;
  };
  const byName = (role: Role): number | undefined => {
    for (const k of KNOWN[role]) {
      const i = norm.indexOf(k);
      if (i >= 0) return i;
    }
    return undefined;
  };
  const pick = (role: Role) => (o[role] !== undefined ? byFlag(role) : byName(role));
  const customer = pick('customer');
  const date = pick('date');
  const order = pick('order');
  let amount: number | undefined;
  let quantity: number | undefined;
  let price: number | undefined;
  if (o.quantity !== undefined || o.price !== undefined) {
    quantity = pick('quantity');
    price = pick('price');
  } else {
    amount = pick('amount');
    if (amount === undefined) {
      quantity = byName('quantity');
      price = byName('price');
    }
  }
  const missing: ('customer' | 'date' | 'amount')[] = [];
  if (customer === undefined) missing.push('customer');
  if (date === undefined) missing.push('date');
  if (amount === undefined && (quantity === undefined || price === undefined)) missing.push('amount');
  if (missing.length > 0) throw new UserError(t.noColumns(missing, found), hint, { file, line });
  return { customer: customer!, date: date!, amount, quantity, price, order };
}

interface DayAcc {
  net: number;
  purchase: boolean;
}
interface CustomerAcc {
  days: Map<number, DayAcc>;
  orders: number;
}

const HEAD_BYTES = 64 * 1024;
/** Rows held back to detect the decimal separator and the date layout before aggregating. */
const DETECT_ROWS = 1000;
/** While slash dates are still ambiguous (day ≤ 12 everywhere), hold back up to this many. */
const DETECT_ROWS_AMBIGUOUS = 20_000;

/** Reads a history file from disk; see readHistory. */
export async function readHistoryFile(file: string, options: ReadOptions = {}): Promise<History> {
  const t = msg().history;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new UserError(t.notAFile(file), t.notAFileHint, { file });
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(t.noSuchFile, t.noSuchFileHint, { file });
    if (code === 'EACCES') throw new UserError(t.cannotRead(file, t.permissionDenied), t.readableHint, { file });
    throw new UserError(t.cannotRead(file, code ?? (err as Error).message), t.pathHint, { file });
  }
  return readHistory(createReadStream(file), file, options);
}

/** A file-system error while streaming (EACCES, EISDIR, EIO…) as a user error naming the file. */
function readFailure(err: NodeJS.ErrnoException, file: string): UserError {
  const t = msg().history;
  const why = err.code === 'EACCES' || err.code === 'EPERM' ? t.permissionDenied : err.code === 'EISDIR' ? t.isFolder : (err.code ?? err.message);
  return new UserError(t.cannotRead(file, why), t.streamHint, { file });
}

/**
 * Streams a CSV (bytes) into per-customer day aggregates. `file` names the
 * source in messages. Throws UserError for a missing column, an unclosed
 * quote, and (with `strict`) the first bad row.
 */
export async function readHistory(source: AsyncIterable<Uint8Array | string>, file: string, options: ReadOptions = {}): Promise<History> {
  const t = msg().history;
  const it = source[Symbol.asyncIterator]();
  // Collect the head: enough bytes to detect the encoding and the delimiter.
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < HEAD_BYTES) {
    let r: IteratorResult<Uint8Array | string>;
    try {
      r = await it.next();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code) throw readFailure(err as NodeJS.ErrnoException, file);
      throw err;
    }
    if (r.done) {
      ended = true;
      break;
    }
    const b = typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : Buffer.from(r.value);
    headChunks.push(b);
    headLength += b.length;
  }
  const head = Buffer.concat(headChunks);
  const encoding = options.encoding ?? detectEncoding(head);
  const headText = iconv.decode(head, encoding);
  const delimiter = options.delimiter ?? sniffDelimiter(ended ? headText : headText.slice(0, headText.lastIndexOf('\n') + 1) || headText);

  async function* decoded(): AsyncGenerator<string> {
    const decoder = iconv.getDecoder(encoding);
    const first = decoder.write(head);
    if (first) yield first;
    if (!ended) {
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        const s = decoder.write(typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : Buffer.from(r.value));
        if (s) yield s;
      }
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  let parsedLines = 0;
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    // runs as each record is parsed, ahead of the consumer: the line a fatal error follows
    on_record: (record, context) => {
      parsedLines = context.lines;
      return record;
    },
  });
  const input = Readable.from(decoded());
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);

  const strict = options.strict ?? false;
  const perReason = options.examplesPerReason ?? 3;
  const skipped: Record<SkipReason, number> = { missingCustomer: 0, badDate: 0, badAmount: 0, raggedRow: 0 };
  const examples: SkipExample[] = [];
  const notes: HistoryNote[] = [];
  const customers = new Map<string, CustomerAcc>();
  const orderNet = new Map<string, number>();
  let rows = 0;
  let acceptedRows = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let header: string[] | undefined;
  let cols: ReturnType<typeof resolveColumns> | undefined;
  // the first row that did not name the columns: its error is the one to show if no header is found
  let headerError: UserError | undefined;
  let titleRows = 0;
  const today = options.today;
  const lastPlausibleDay = today === undefined ? Infinity : today + 365;
  let decimal: Decimal | undefined = options.decimal;
  let dateFormat: DateFormat | undefined = options.dateFormat;
  let pending: Array<{ record: string[]; line: number }> | undefined = [];

  const skip = (reason: SkipReason, line: number, column: number | undefined, message: string, hint: string): void => {
    if (strict) throw new UserError(message, t.strictHint(hint), { file, line, ...(column ? { column } : {}) });
    skipped[reason]++;
    if (examples.filter((e) => e.reason === reason).length < perReason) examples.push({ reason, file, line, ...(column ? { column } : {}), message });
  };

  const accept = (record: string[], line: number): void => {
    const c = cols!;
    const h = header!;
    const width = h.length;
    if (record.length < width || record.slice(width).some((v) => v.trim() !== '')) {
      skip('raggedRow', line, undefined, t.rowWidth(record.length, width), t.rowWidthHint);
      return;
    }
    let id = record[c.customer]!.trim();
    if (id === '') {
      skip('missingCustomer', line, c.customer + 1, t.noCustomerIn(h[c.customer]!), t.noCustomerHint);
      return;
    }
    // spreadsheet exports write numeric ids as floats (17850.0)
    if (/^\d+\.0+$/.test(id)) id = id.slice(0, id.indexOf('.'));
    const rawDate = record[c.date]!;
    const day = parseDay(rawDate, dateFormat!);
    if (Number.isNaN(day)) {
      skip('badDate', line, c.date + 1, t.badDateIn(rawDate, h[c.date]!, DATE_FORMAT_NAMES[dateFormat!]), t.badDateHint);
      return;
    }
    if (day < FIRST_PLAUSIBLE_DAY || day > lastPlausibleDay) {
      skip('badDate', line, c.date + 1, t.implausibleDate(rawDate.trim(), h[c.date]!, day < FIRST_PLAUSIBLE_DAY ? null : isoDay(today!)), t.implausibleDateHint);
      return;
    }
    let amount: number;
    if (c.amount !== undefined) {
      amount = parseDecimal(record[c.amount]!, decimal!);
      if (Number.isNaN(amount)) {
        skip('badAmount', line, c.amount + 1, t.badAmountIn(record[c.amount]!, h[c.amount]!, decimal!), t.badNumberHint);
        return;
      }
    } else {
      const q = parseDecimal(record[c.quantity!]!, decimal!);
      const p = parseDecimal(record[c.price!]!, decimal!);
      if (Number.isNaN(q) || Number.isNaN(p)) {
        const bad = Number.isNaN(q) ? c.quantity! : c.price!;
        skip('badAmount', line, bad + 1, t.badNumberIn(record[bad]!, h[bad]!, decimal!), t.badNumberHint);
        return;
      }
      amount = q * p;
    }
    if (!(Math.abs(amount) <= MAX_AMOUNT)) {
      const col = c.amount ?? c.price!;
      skip('badAmount', line, col + 1, t.tooLarge(amount.toExponential(2), h[col]!), t.tooLargeHint);
      return;
    }
    acceptedRows++;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
    let acc = customers.get(id);
    if (!acc) {
      acc = { days: new Map(), orders: 0 };
      customers.set(id, acc);
    }
    let d = acc.days.get(day);
    if (!d) {
      d = { net: 0, purchase: false };
      acc.days.set(day, d);
    }
    d.net += amount;
    if (amount >= 0) d.purchase = true;
    if (c.order !== undefined) {
      const key = `${id}\u0000${record[c.order]!.trim()}`;
      orderNet.set(key, (orderNet.get(key) ?? 0) + amount);
    } else if (amount > 0) {
      acc.orders++;
    }
  };

  const detect = (): void => {
    const p = pending!;
    const c = cols!;
    if (decimal === undefined) {
      const values: string[] = [];
      for (const { record } of p) for (const i of [c.amount, c.price, c.quantity]) if (i !== undefined && record[i] !== undefined) values.push(record[i]!);
      decimal = detectDecimal(values, delimiter);
    }
    if (dateFormat === undefined) {
      const guess = detectDateFormat(
        p.map((r) => r.record[c.date] ?? ''),
        decimal === ',' || delimiter === ';',
      );
      dateFormat = guess.format ?? 'iso';
      if (!guess.decided && guess.format) notes.push({ kind: 'dateOrder', format: DATE_FORMAT_NAMES[dateFormat] });
    }
  };

  const flush = (): void => {
    detect();
    const p = pending!;
    pending = undefined;
    for (const r of p) accept(r.record, r.line);
  };

  const needMore = (): boolean => {
    const p = pending!;
    if (p.length < DETECT_ROWS) return true;
    if (dateFormat !== undefined || p.length >= DETECT_ROWS_AMBIGUOUS) return false;
    return !detectDateFormat(p.map((r) => r.record[cols!.date] ?? ''), false).decided;
  };

  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // the record's first line: its last line minus the line breaks inside quoted fields
      let breaks = 0;
      for (const v of record) for (let i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) breaks++;
      const line = info.lines - breaks;
      if (!header) {
        if (options.skipRows !== undefined && line <= options.skipRows) continue;
        const candidate = record.map((h) => h.replace(/^\ufeff/, ''));
        try {
          cols = resolveColumns(candidate, options, file, line);
        } catch (err) {
          // a title line above the header (1C reports): look further, unless --skip-rows said where it is
          if (!(err instanceof UserError) || options.skipRows !== undefined) throw err;
          headerError ??= err;
          if (++titleRows >= MAX_TITLE_ROWS) throw headerError;
          continue;
        }
        header = candidate;
        if (line > 1) notes.push({ kind: 'headerLine', line });
        continue;
      }
      rows++;
      if (pending) {
        pending.push({ record, line });
        if (pending.length % DETECT_ROWS === 0 && !needMore()) flush();
      } else {
        accept(record, line);
      }
    }
  } catch (err) {
    if (err instanceof CsvError) {
      if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
        throw new UserError(t.unclosedQuote(parsedLines + 1), t.unclosedQuoteHint, { file, line: parsedLines + 1 });
      }
      throw new UserError(t.cannotParse(parsedLines + 1, err.message), t.cannotParseHint, { file, line: parsedLines + 1 });
    }
    if (!(err instanceof UserError) && (err as NodeJS.ErrnoException).code) throw readFailure(err as NodeJS.ErrnoException, file);
    throw err;
  } finally {
    input.destroy();
  }
  if (!header) {
    if (headerError) throw headerError;
    throw new UserError(t.empty(file), t.emptyHint, { file });
  }
  if (pending) flush();
  checkUnreadableShare(file, rows, skipped, examples, options.maxSkipped ?? MAX_SKIPPED_DEFAULT);

  for (const [key, net] of orderNet) {
    if (net <= 0) continue;
    const acc = customers.get(key.slice(0, key.indexOf('\u0000')));
    if (acc) acc.orders++;
  }

  const out: CustomerHistory[] = [];
  let returnsOnlyCustomers = 0;
  for (const [id, acc] of customers) {
    const days = Int32Array.from(acc.days.keys()).sort();
    const net = new Float64Array(days.length);
    const purchase = new Uint8Array(days.length);
    let revenue = 0;
    let firstPurchaseDay = NaN;
    let lastPurchaseDay = NaN;
    for (let i = 0; i < days.length; i++) {
      const d = acc.days.get(days[i]!)!;
      net[i] = d.net;
      revenue += d.net;
      if (d.purchase) {
        purchase[i] = 1;
        if (Number.isNaN(firstPurchaseDay)) firstPurchaseDay = days[i]!;
        lastPurchaseDay = days[i]!;
      }
    }
    if (Number.isNaN(firstPurchaseDay)) {
      returnsOnlyCustomers++;
      continue;
    }
    out.push({ id, days, net, purchase, firstPurchaseDay, lastPurchaseDay, revenue, orders: acc.orders });
  }
  if (out.length === 0) {
    const reasons = SKIP_REASONS.filter((r) => skipped[r] > 0).map((r) => t.skippedCount(skipped[r], t.reasons[r]));
    throw new UserError(
      t.noUsable(file, rows, reasons.length ? reasons.join(', ') : null),
      examples[0] ? t.firstBadRow(`${file}:${examples[0].line}`, examples[0].message) : t.needsPurchases,
      { file },
    );
  }

  const c = cols!;
  const name = (i: number | undefined) => (i === undefined ? undefined : header![i]);
  return {
    file,
    customers: out,
    firstDay,
    lastDay,
    firstDate: isoDay(firstDay),
    lastDate: isoDay(lastDay),
    rows,
    acceptedRows,
    skipped,
    examples,
    returnsOnlyCustomers,
    columns: {
      customer: name(c.customer)!,
      date: name(c.date)!,
      ...(c.amount !== undefined ? { amount: name(c.amount) } : { quantity: name(c.quantity), price: name(c.price) }),
      ...(c.order !== undefined ? { order: name(c.order) } : {}),
    },
    format: { encoding, delimiter, decimal: decimal ?? '.', dateFormat: dateFormat ?? 'iso' },
    ...currencyColumnOf(header!),
    notes,
  };
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
