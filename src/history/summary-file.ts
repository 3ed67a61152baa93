/**
 * A per-customer summary file instead of transactions (issue 13, part 5):
 * `customer, frequency, recency, T, monetary_value` in the unit of --unit,
 * optionally `spend_12m` and `first_purchase`: the shape lifetimes'
 * `summary_data_from_transaction_data`, a SQL query or a Spark/DuckDB job
 * produces, so a 100-million-line log can be summarised where it lives.
 *
 * The columns mean what summarize.ts computes (and lifetimes writes):
 * frequency = repeat purchase days x, recency = tₓ, T = time from the first
 * purchase to the end of the data, monetary_value = mean repeat order value
 * z̄ (0 when x = 0), spend_12m = the last 12 months' spend h (0 if absent),
 * first_purchase = YYYY-MM-DD (only for the dates in the report). There is
 * no holdout in a summary, and no seasonality (no dates).
 *
 * A row that cannot come from a real history is an error at file:line:column,
 * not a skipped row: a summary is made by a program, so one bad row means
 * the query is wrong and the rest are suspect too.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { dayOf, isoDay } from './format.js';
import { type HistorySummary, type TimeUnit, UNIT_DAYS } from './summarize.js';
import { readFailure } from './sniff.js';

const REQUIRED = ['customer', 'frequency', 'recency', 'T', 'monetary_value'] as const;
const OPTIONAL = ['spend_12m', 'first_purchase'] as const;

/**
 * The column conventions of the BTYD libraries (issue 28), as the names of
 * REQUIRED in that order: lifetimes and PyMC-Marketing write
 * `customer_id, frequency, recency, T, monetary_value` (this tool's own,
 * with `customer`); BTYD and CLVTools `cust, x, t.x, T.cal, m.x` (R's
 * write.csv of the cbs matrix names the id column "" or leaves it to the
 * row names). Compared case-insensitively, except T and t.x.
 */
export type SummaryConvention = 'lifetimes' | 'btyd';
const CONVENTIONS: Record<SummaryConvention, { customer: string[]; names: [string, string, string, string] }> = {
  lifetimes: { customer: ['customer', 'customer_id', 'customerid', 'id', ''], names: ['frequency', 'recency', 'T', 'monetary_value'] },
  btyd: { customer: ['cust', 'id', 'customer', 'customer_id', ''], names: ['x', 't.x', 'T.cal', 'm.x'] },
};

/** The time unit a summary's recency and T may be written in: lifetimes' default is the day. */
export type SummaryUnit = 'day' | TimeUnit;
export const SUMMARY_UNIT_DAYS: Record<SummaryUnit, number> = { day: 1, ...UNIT_DAYS };

/** The convention of a header and where its columns are; null when it is neither. */
function conventionOf(header: string[]): { convention: SummaryConvention; at: number[] } | null {
  for (const convention of ['lifetimes', 'btyd'] as const) {
    const c = CONVENTIONS[convention];
    const find = (name: string) => header.findIndex((h) => h === name || (!/^t/i.test(name) && h.toLowerCase() === name.toLowerCase()));
    const at = c.names.map(find);
    if (at.some((i) => i < 0)) continue;
    const customer = c.customer.map((n) => header.findIndex((h) => h.toLowerCase() === n)).find((i) => i >= 0);
    if (customer === undefined) continue;
    return { convention, at: [customer, ...at] };
  }
  return null;
}

/**
 * Parses a summary file's text (pure); `file` names it in messages. Its
 * recency and T are in `fileUnit` (default: `unit`), returned in `unit`.
 */
export function parseSummary(text: string, file: string, unit: TimeUnit, fileUnit: SummaryUnit = unit): HistorySummary & { convention: SummaryConvention } {
  const t = msg().summaryFile;
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].reduce((best, d) => (first.split(d).length > first.split(best).length ? d : best), ',');
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { delimiter, skip_empty_lines: true, trim: true }) as string[][];
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw new UserError(t.cannotRead(e.message), t.cannotReadHint, { file, line: e.lines });
  }
  if (records.length === 0) throw new UserError(t.empty, t.emptyHint(REQUIRED.join(',')), { file });
  const header = records[0]!;
  const col = (name: string): number => header.findIndex((h) => h === name || h.toLowerCase() === name.toLowerCase());
  const found = conventionOf(header);
  if (!found) {
    const missing = REQUIRED.filter((c) => col(c) < 0);
    throw new UserError(t.noColumns(missing.join(', ')), t.noColumnsHint(REQUIRED.join(', '), OPTIONAL.join(', '), header.join(', ')), { file, line: 1 });
  }
  const { convention } = found;
  const at = Object.fromEntries([...REQUIRED.map((c, i) => [c, found.at[i]!]), ...OPTIONAL.map((c) => [c, col(c)])]) as Record<(typeof REQUIRED)[number] | (typeof OPTIONAL)[number], number>;
  // messages name the file's own columns (x, not frequency, in a BTYD summary)
  const label = (name: keyof typeof at): string => (at[name] >= 0 ? header[at[name]]! || name : name);
  // recency and T from the file's unit to the fit's: days / 7, as summarize.ts divides, so a round trip is exact
  const toUnit = fileUnit === unit ? (v: number) => v : (v: number) => (v * SUMMARY_UNIT_DAYS[fileUnit]) / UNIT_DAYS[unit];
  const n = records.length - 1;
  const s: HistorySummary & { convention: SummaryConvention } = {
    convention,
    unit,
    calibrationEnd: '',
    calibrationEndDay: NaN,
    holdoutStart: '',
    observationEnd: '',
    ids: new Array<string>(n),
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    zbar: new Float64Array(n),
    h12: new Float64Array(n),
    holdoutX: new Float64Array(n),
    holdoutT: new Float64Array(n),
    excludedAfterCalibration: 0,
  };
  const seen = new Set<string>();
  let endDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const row = records[i + 1]!;
    const line = i + 2;
    const bad = (column: number, message: string, hint: string): never => {
      throw new UserError(message, hint, { file, line, column: column + 1 });
    };
    if (row.length !== header.length) bad(0, t.width(row.length, header.length), t.widthHint);
    const num = (name: keyof typeof at): number => {
      const v = Number(row[at[name]]);
      if (row[at[name]] === '' || !Number.isFinite(v)) bad(at[name], t.notNumber(label(name), row[at[name]]!), t.notNumberHint);
      if (v < 0) bad(at[name], t.negative(label(name), v), t.negativeHint(label(name)));
      return v;
    };
    const id = row[at.customer]!;
    if (id === '') bad(at.customer, t.noId, t.noIdHint);
    if (seen.has(id)) bad(at.customer, t.twice(id), t.twiceHint);
    seen.add(id);
    const x = num('frequency');
    const tx = toUnit(num('recency'));
    const T = toUnit(num('T'));
    const z = num('monetary_value');
    if (!Number.isInteger(x)) bad(at.frequency, t.notWhole(x), t.notWholeHint);
    if (x > 0 && tx === 0) bad(at.recency, t.recencyZero(x), t.recencyZeroHint);
    if (x === 0 && tx > 0) bad(at.recency, t.recencyWithout(tx), t.recencyWithoutHint);
    if (tx > T) bad(at.recency, t.recencyAfterT(tx, T), t.recencyAfterTHint);
    s.ids[i] = id;
    s.x[i] = x;
    s.tx[i] = tx;
    s.T[i] = T;
    s.zbar[i] = z;
    if (at.spend_12m >= 0) s.h12[i] = num('spend_12m');
    if (at.first_purchase >= 0 && row[at.first_purchase] !== '') {
      const d = dayOf(row[at.first_purchase]!);
      if (Number.isNaN(d)) bad(at.first_purchase, t.notDate(row[at.first_purchase]!), t.notDateHint);
      endDay = Math.max(endDay, d + Math.round(T * UNIT_DAYS[unit]));
    }
  }
  if (Number.isFinite(endDay)) {
    s.calibrationEndDay = endDay;
    s.calibrationEnd = isoDay(endDay);
    s.holdoutStart = isoDay(endDay + 1);
    s.observationEnd = isoDay(endDay);
  } else {
    s.calibrationEnd = 'the end of the summary';
    s.observationEnd = s.calibrationEnd;
  }
  return s;
}

/** Reads a summary file (UTF-8); see parseSummary. */
export async function readSummaryFile(file: string, unit: TimeUnit, fileUnit: SummaryUnit = unit): Promise<HistorySummary & { convention: SummaryConvention }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(msg().summaryFile.noSuchFile, msg().summaryFile.noSuchFileHint, { file });
    // a folder, no permission (issue 29: a folder ended in an internal error)
    if ((err as NodeJS.ErrnoException).code) throw readFailure(err as NodeJS.ErrnoException, file, msg().summaryFile.noSuchFileHint);
    throw err;
  }
  return parseSummary(text, file, unit, fileUnit);
}

/**
 * The lifetimes summary of a history (what `profile --summary-out` writes):
 * `customer_id, frequency, recency, T, monetary_value` with recency and T in
 * days (lifetimes' and PyMC-Marketing's default unit, so their fitters take
 * the file as it is), plus spend_12m and first_purchase, which they ignore.
 * Times are whole days; amounts are written to full precision.
 */
export function lifetimesSummaryCsv(s: HistorySummary): string {
  const days = UNIT_DAYS[s.unit];
  const lines = ['customer_id,frequency,recency,T,monetary_value,spend_12m,first_purchase'];
  for (let i = 0; i < s.ids.length; i++) {
    const T = Math.round(s.T[i]! * days);
    const id = /[",\r\n]/.test(s.ids[i]!) ? `"${s.ids[i]!.replace(/"/g, '""')}"` : s.ids[i]!;
    lines.push([id, s.x[i], Math.round(s.tx[i]! * days), T, s.zbar[i], s.h12[i], isoDay(s.calibrationEndDay - T)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The same summary in another time unit (x and money unchanged; tₓ, T, holdout T rescaled). */
export function convertUnit<S extends HistorySummary>(s: S, unit: TimeUnit): S {
  if (s.unit === unit) return s;
  const k = UNIT_DAYS[s.unit] / UNIT_DAYS[unit];
  const scale = (a: Float64Array) => a.map((v) => v * k);
  return { ...s, unit, tx: scale(s.tx), T: scale(s.T), holdoutT: scale(s.holdoutT) };
}
