/**
 * The history reader on DuckDB (issue 28): large CSV and Parquet folded into
 * the same per-customer daily totals as aggregate.ts, in SQL, in parallel and
 * with DuckDB's bounded memory. Loaded only when used (read.ts imports it
 * dynamically, and it imports `@duckdb/node-api` dynamically).
 *
 * The JS reader stays the reference: the same sniffing (encoding, delimiter,
 * decimal separator, date layout: format.ts on the same sample) decides how
 * the text is read, every field is read as text and parsed in SQL the way
 * read.ts parses it, and a day's net adds its rows in file order
 * (`sum(… ORDER BY rn)`), so the totals are bit-identical. Whatever this path
 * cannot read exactly as the JS reader would (another encoding than UTF-8,
 * title lines above the header, decimal commas, unreadable rows that need
 * their line numbers in messages, a CSV DuckDB rejects) is handed back as a
 * `Fallback`, and read.ts reads the file with the JS reader and says so.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../errors.js';
import type { CustomerDays } from './aggregate.js';
import { AmbiguousColumn, currencyColumnOf, resolveColumns } from './columns.js';
import { CsvRows } from './csv-rows.js';
import { DATE_FORMAT_NAMES, type DateFormat, detectDateFormat, detectDecimal, detectEncoding, isoDay, parseDay, sniffDelimiter } from './format.js';
import { type History, type HistoryNote, type ReadOptions, withCustomers } from './read.js';

/** Why the JS reader reads a file instead (worded by the catalogs: history.duckdbFallback). */
export type FallbackReason = 'encoding' | 'header' | 'decimalComma' | 'unreadableRows' | 'strict' | 'noPurchases' | 'rejected';
export interface Fallback {
  fallback: FallbackReason;
  /** DuckDB's own words, for 'rejected'. */
  detail?: string;
}

/** The JS reader's limits, repeated in SQL (read.ts: FIRST_PLAUSIBLE_DAY, MAX_AMOUNT). */
const FIRST_PLAUSIBLE_DAY = Date.UTC(1990, 0, 1) / 86_400_000;
const MAX_AMOUNT = 1e12;
/** The JS reader's detection sample (read.ts: DETECT_ROWS, DETECT_ROWS_AMBIGUOUS). */
const DETECT_ROWS = 1000;
const DETECT_ROWS_AMBIGUOUS = 20_000;

/** A SQL string literal. */
export const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * DuckDB's own memory. By default DuckDB takes up to 80 % of the machine's
 * memory: 10 million rows held 2.5 GB. With a limit its sorts and joins spill
 * to a temporary folder instead. Not lower: the file-order sums (ordered
 * aggregates) do not spill, and at 256 MB Online Retail's 540,000 lines with
 * invoice numbers ran out of memory (issue 28; the JS reader is the one under
 * 400 MB). The per-customer arrays the read builds come on top, in the JS heap.
 */
export const DUCKDB_MEMORY_LIMIT = '1GB';

/** An in-memory DuckDB connection with bounded memory, spilling to a temporary folder of its own (removed on close; DuckDB's default is .tmp in the current folder). */
export async function connectDuckDb(): Promise<{ conn: DuckDBConnection; close: () => void }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const spill = await mkdtemp(join(tmpdir(), 'loyalty-sim-duckdb-'));
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: DUCKDB_MEMORY_LIMIT,
    temp_directory: spill,
    // rowid is a row's place in the file (readWith): the order must survive the parallel read
    preserve_insertion_order: 'true',
  });
  const conn = await instance.connect();
  return {
    conn,
    close: () => {
      conn.closeSync();
      instance.closeSync();
      rmSync(spill, { recursive: true, force: true });
    },
  };
}

/** A number field as read.ts reads a plain one (anything else is a bad amount here, and the JS reader's to word). */
const numberSql = (v: string): string => `TRY_CAST(trim(CAST(${v} AS VARCHAR)) AS DOUBLE)`;

/**
 * Reads `file` (CSV or Parquet) into a History with DuckDB, or says why the
 * JS reader should read it instead.
 */
export async function readHistoryDuckDb(file: string, options: ReadOptions, kind: 'csv' | 'parquet'): Promise<History | Fallback> {
  if (options.strict) return { fallback: 'strict' };
  if (options.skipRows) return { fallback: 'header' };
  let delimiter = '';
  let header: string[] | undefined;
  if (kind === 'csv') {
    const head = Buffer.alloc(64 * 1024);
    const fd = await open(file, 'r');
    let n: number;
    try {
      n = (await fd.read(head, 0, head.length, 0)).bytesRead;
    } finally {
      await fd.close();
    }
    const bytes = head.subarray(0, n);
    const encoding = options.encoding ?? detectEncoding(bytes);
    if (encoding !== 'utf8') return { fallback: 'encoding' };
    // TextDecoder drops a BOM, as the JS reader's decoder does
    const text = new TextDecoder('utf-8').decode(bytes, { stream: true });
    delimiter = options.delimiter ?? sniffDelimiter(n < head.length ? text : text.slice(0, text.lastIndexOf('\n') + 1) || text);
    // the header as the JS reader splits it: DuckDB is then told the columns instead of sniffing the file for them
    const rows = new CsvRows(delimiter, (fields) => (header ??= fields.map((h) => h.replace(/^\ufeff/, ''))));
    try {
      rows.push(text);
      if (n < head.length) rows.end();
    } catch {
      return { fallback: 'rejected' };
    }
    if (!header || new Set(header).size !== header.length) return { fallback: 'header' };
  }
  const { conn, close } = await connectDuckDb();
  try {
    return await readWith(conn, file, options, header, delimiter);
  } catch (err) {
    if (err instanceof UserError) throw err;
    return { fallback: 'rejected', detail: (err as Error).message.split('\n')[0] };
  } finally {
    close();
  }
}

async function readWith(conn: DuckDBConnection, file: string, options: ReadOptions, header: string[] | undefined, delimiter: string): Promise<History | Fallback> {
  // every field as text, as the JS reader sees it; a ragged row or a stray quote is an error here (and the JS reader's to word)
  const source = header
    ? `read_csv(${sqlString(file)}, delim = ${sqlString(delimiter)}, quote = '"', escape = '"', header = true, auto_detect = false, columns = {${header.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ')}})`
    : `read_parquet(${sqlString(file)})`;
  const kind = header ? 'csv' : 'parquet';
  const described = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRows();
  const names = described.map((r) => String(r[0]));
  const types = described.map((r) => String(r[1]));
  let cols;
  try {
    cols = resolveColumns(names, options, { file, line: 1 });
  } catch (err) {
    // a title line above the header (1C reports): the JS reader looks further and words what it finds
    if (err instanceof AmbiguousColumn || kind === 'parquet') throw err;
    return { fallback: 'header' };
  }
  const col = (i: number) => ident(names[i]!);
  const isText = (i: number) => types[i] === 'VARCHAR';
  const amountCols = [cols.amount, cols.price, cols.quantity].filter((i): i is number => i !== undefined);

  // the JS reader's detection, on the same first rows
  const sample = (await conn.runAndReadAll(`SELECT ${[cols.date, ...amountCols].map((i) => `CAST(${col(i)} AS VARCHAR)`).join(', ')} FROM ${source} LIMIT ${DETECT_ROWS_AMBIGUOUS}`)).getRows();
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const notes: HistoryNote[] = [];
  const first = sample.slice(0, DETECT_ROWS);
  const decimal = options.decimal ?? (amountCols.every(isText) ? detectDecimal(first.flatMap((r) => r.slice(1).map(text)), delimiter) : '.');
  if (decimal === ',') return { fallback: 'decimalComma' };
  let dateFormat: DateFormat = options.dateFormat ?? 'iso';
  const dateIsText = isText(cols.date);
  if (dateIsText && options.dateFormat === undefined) {
    // read.ts holds rows back in thousands until the order of day and month is decided (or 20,000 rows), then decides on all it holds
    const dates = sample.map((r) => text(r[0]));
    let k = Math.min(DETECT_ROWS, dates.length);
    while (k < dates.length && k < DETECT_ROWS_AMBIGUOUS && !detectDateFormat(dates.slice(0, k), false).decided) k = Math.min(k + DETECT_ROWS, dates.length);
    const guess = detectDateFormat(dates.slice(0, k), delimiter === ';');
    dateFormat = guess.format ?? 'iso';
    if (!guess.decided && guess.format) notes.push({ kind: 'dateOrder', format: DATE_FORMAT_NAMES[dateFormat] });
  }

  // spreadsheet exports write numeric ids as floats (17850.0): read.ts cuts the zeros
  const idText = `trim(CAST(${col(cols.customer)} AS VARCHAR))`;
  const idSql = `CASE WHEN contains(${idText}, '.') THEN regexp_replace(${idText}, '^(\\d+)\\.0+$', '\\1') ELSE ${idText} END`;
  const amountSql = cols.amount !== undefined ? numberSql(col(cols.amount)) : `(${numberSql(col(cols.quantity!))} * ${numberSql(col(cols.price!))})`;
  const orderSql = cols.order !== undefined ? `coalesce(trim(CAST(${col(cols.order)} AS VARCHAR)), '')` : 'NULL::VARCHAR';
  // Dates as text are parsed by format.ts parseDay itself, once per distinct date: the key is the date
  // up to a time (a space or T), after which parseDay reads nothing (a serial number is read whole)
  const dateKey = !dateIsText
    ? `date_diff('day', DATE '1970-01-01', CAST(${col(cols.date)} AS DATE))`
    : dateFormat === 'excel'
      ? col(cols.date)
      : `split_part(split_part(ltrim(${col(cols.date)}, chr(32) || chr(9) || chr(10) || chr(13) || chr(12)), ' ', 1), 'T', 1)`;
  // one pass over the file, in parallel; the table keeps the file's order (insertion order is preserved), so
  // its rowid is the row's place in the file: for file-order sums and first appearances. DuckDB spills it to disk when it is large.
  await conn.run(`CREATE TEMP TABLE parsed AS SELECT ${idSql} AS id, ${dateKey} AS dkey, ${amountSql} AS amount, ${orderSql} AS ord FROM ${source}`);
  let withDays = 'SELECT rowid AS rn, *, dkey AS day FROM parsed';
  if (dateIsText) {
    const keys = (await conn.runAndReadAll(`SELECT DISTINCT dkey FROM parsed WHERE dkey IS NOT NULL`)).getColumns()[0] ?? [];
    await conn.run(`CREATE TEMP TABLE dates (dkey VARCHAR, day INTEGER)`);
    const appender = await conn.createAppender('dates');
    for (const k of keys) {
      const day = parseDay(String(k), dateFormat);
      appender.appendVarchar(String(k));
      if (Number.isNaN(day)) appender.appendNull();
      else appender.appendInteger(day);
      appender.endRow();
    }
    appender.closeSync();
    withDays = 'SELECT p.rowid AS rn, p.*, d.day FROM parsed p LEFT JOIN dates d ON d.dkey = p.dkey';
  }
  const lastDay = options.today === undefined ? 'NULL' : String(options.today + 365);
  await conn.run(
    `CREATE TEMP VIEW checked AS SELECT rn, id, day, amount, ord, CASE
       WHEN coalesce(id, '') = '' THEN 'missingCustomer'
       WHEN day IS NULL OR day < ${FIRST_PLAUSIBLE_DAY} OR day > coalesce(${lastDay}, day) THEN 'badDate'
       WHEN amount IS NULL OR NOT (abs(amount) <= ${MAX_AMOUNT}) THEN 'badAmount'
     END AS skip FROM (${withDays})`,
  );
  await conn.run(`CREATE TEMP TABLE ok AS SELECT rn, id, day, amount, ord FROM checked WHERE skip IS NULL`);
  const [stats] = (
    await conn.runAndReadAll(
      `SELECT count(*), count(*) FILTER (skip = 'missingCustomer'), count(*) FILTER (skip IN ('badDate', 'badAmount')),
              (SELECT count(*) FROM ok), (SELECT count(*) FILTER (amount <> 0) FROM ok), (SELECT min(day) FROM ok), (SELECT max(day) FROM ok)
       FROM checked`,
    )
  ).getRows();
  const [rows, missing, unreadable, accepted, nonZero, firstDay, lastDayRead] = stats!.map((v) => (v === null ? NaN : Number(v)));
  // unreadable rows are worded with their file:line by the JS reader
  if (unreadable! > 0) return { fallback: 'unreadableRows' };
  if (accepted === 0) return { fallback: 'noPurchases' };

  // A group's sum in file order, as the JS reader adds it. Sorting every group is most of the cost, and one
  // or two addends give the same double in any order (a + b = b + a; + 0.0 turns a lone −0 into the JS
  // reader's 0 + −0 = 0), so only groups of three rows or more are summed in order.
  const fileOrderSum = (keys: string, into: string) =>
    `${into}_any AS (SELECT ${keys}, count(*) AS n, sum(amount) + 0.0 AS total, bool_or(amount >= 0) AS bought FROM ok GROUP BY ${keys}),
     ${into}_ordered AS (SELECT ${keys}, sum(amount ORDER BY rn) + 0.0 AS total FROM ok SEMI JOIN (SELECT ${keys} FROM ${into}_any WHERE n > 2) USING (${keys}) GROUP BY ${keys}),
     ${into} AS (SELECT ${keys}, coalesce(o.total, a.total) AS net, a.bought FROM ${into}_any a LEFT JOIN ${into}_ordered o USING (${keys}))`;
  const orders =
    cols.order !== undefined
      ? `${fileOrderSum('id, ord', 'order_nets')}, orders AS (SELECT id, count(*) FILTER (net > 0) AS orders FROM order_nets GROUP BY id)`
      : `orders AS (SELECT id, count(*) FILTER (amount > 0) AS orders FROM ok GROUP BY id)`;
  // into a table first (DuckDB spills it under its memory limit), so its size is known and the arrays
  // below are allocated once at their size: grown by doubling they held twice the days at the end
  await conn.run(
    `CREATE TEMP TABLE customer_days AS
     WITH firsts AS (SELECT id, min(rn) AS first_rn FROM ok GROUP BY id),
          ${fileOrderSum('id, day', 'daily')},
          ${orders}
     SELECT f.first_rn, d.id, d.day::INTEGER AS day, d.net::DOUBLE AS net, d.bought, o.orders::INTEGER AS orders
     FROM daily d JOIN firsts f USING (id) JOIN orders o USING (id)
     ORDER BY f.first_rn, d.day`,
  );
  // what the rows were read into is done with: its memory (or spill) goes back before the arrays are filled
  await conn.run('DROP TABLE ok');
  await conn.run('DROP VIEW checked');
  await conn.run('DROP TABLE parsed');
  const [sizes] = (await conn.runAndReadAll('SELECT count(*), count(DISTINCT first_rn) FROM customer_days')).getRows();
  // insertion order is preserved (connectDuckDb), so the scan gives the rows in the ORDER BY above
  const result = await conn.stream('SELECT first_rn, id, day, net, bought, orders FROM customer_days');
  const store = await collect(result, Number(sizes![0]), Number(sizes![1]));
  if (store.customers.ids.length === 0) return { fallback: 'noPurchases' };
  let revenue = 0;
  for (let i = 0; i < store.customers.revenue.length; i++) revenue += store.customers.revenue[i]!;
  if (nonZero === 0) notes.push({ kind: 'allZero' });
  else if (revenue < 0) notes.push({ kind: 'netNegative', revenue });
  const name = (i: number | undefined) => (i === undefined ? undefined : names[i]);
  return withCustomers({
    file,
    store: store.customers,
    firstDay: firstDay!,
    lastDay: lastDayRead!,
    firstDate: isoDay(firstDay!),
    lastDate: isoDay(lastDayRead!),
    rows: rows!,
    acceptedRows: accepted!,
    // rows without a customer are counted; their lines are not known here (a quoted field may span lines)
    skipped: { missingCustomer: missing!, badDate: 0, badAmount: 0, raggedRow: 0 },
    examples: [],
    returnsOnlyCustomers: store.returnsOnly,
    columns: {
      customer: name(cols.customer)!,
      date: name(cols.date)!,
      ...(cols.amount !== undefined ? { amount: name(cols.amount) } : { quantity: name(cols.quantity), price: name(cols.price) }),
      ...(cols.order !== undefined ? { order: name(cols.order) } : {}),
    },
    format: { encoding: 'utf8', delimiter, decimal, dateFormat },
    ...currencyColumnOf(names),
    notes,
  });
}

/** The (customer, day) rows, in first-appearance then day order, into the arrays of aggregate.ts (its finish(), the same sums in the same order). */
async function collect(result: Awaited<ReturnType<DuckDBConnection['stream']>>, rows: number, customers: number): Promise<{ customers: CustomerDays; returnsOnly: number }> {
  const days = new Int32Array(rows);
  const net = new Float64Array(rows);
  const purchase = new Uint8Array(rows);
  const ids: string[] = [];
  const start = new Int32Array(customers + 1);
  const first = new Int32Array(customers);
  const last = new Int32Array(customers);
  const revenue = new Float64Array(customers);
  const orders = new Int32Array(customers);
  let n = 0;
  let returnsOnly = 0;
  let w = 0;
  let from = 0;
  let current: unknown = undefined;
  let id = '';
  let ord = 0;
  const close = () => {
    if (current === undefined) return;
    let f = -1;
    let l = -1;
    let r = 0;
    for (let k = from; k < w; k++) {
      r += net[k]!;
      if (purchase[k]) {
        if (f < 0) f = days[k]!;
        l = days[k]!;
      }
    }
    // a customer who only returned has no purchase day: left out, counted
    if (f < 0) {
      returnsOnly++;
      w = from;
      return;
    }
    ids.push(id);
    first[n] = f;
    last[n] = l;
    revenue[n] = r;
    orders[n] = ord;
    start[++n] = w;
    from = w;
  };
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const [rn, cid, day, dnet, bought, nOrders] = [0, 1, 2, 3, 4, 5].map((i) => chunk.getColumnValues(i));
    for (let j = 0; j < chunk.rowCount; j++) {
      if (rn![j] !== current) {
        close();
        current = rn![j];
        id = String(cid![j]);
        ord = Number(nOrders![j]);
      }
      days[w] = Number(day![j]);
      net[w] = Number(dnet![j]);
      purchase[w] = bought![j] ? 1 : 0;
      w++;
    }
  }
  close();
  // views: customers who only returned leave a little room at the ends, not worth a copy
  return {
    customers: {
      ids,
      start: start.subarray(0, n + 1),
      days: days.subarray(0, w),
      net: net.subarray(0, w),
      purchase: purchase.subarray(0, w),
      firstPurchaseDay: first.subarray(0, n),
      lastPurchaseDay: last.subarray(0, n),
      revenue: revenue.subarray(0, n),
      orders: orders.subarray(0, n),
    },
    returnsOnly,
  };
}
