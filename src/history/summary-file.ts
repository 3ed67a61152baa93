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

const REQUIRED = ['customer', 'frequency', 'recency', 'T', 'monetary_value'] as const;
const OPTIONAL = ['spend_12m', 'first_purchase'] as const;

/** Parses a summary file's text (pure); `file` names it in messages. */
export function parseSummary(text: string, file: string, unit: TimeUnit): HistorySummary {
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
  const missing = REQUIRED.filter((c) => col(c) < 0);
  if (missing.length > 0) {
    throw new UserError(t.noColumns(missing.join(', ')), t.noColumnsHint(REQUIRED.join(', '), OPTIONAL.join(', '), header.join(', ')), { file, line: 1 });
  }
  const at = Object.fromEntries([...REQUIRED, ...OPTIONAL].map((c) => [c, col(c)])) as Record<(typeof REQUIRED)[number] | (typeof OPTIONAL)[number], number>;
  const n = records.length - 1;
  const s: HistorySummary = {
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
      if (row[at[name]] === '' || !Number.isFinite(v)) bad(at[name], t.notNumber(name, row[at[name]]!), t.notNumberHint);
      if (v < 0) bad(at[name], t.negative(name, v), t.negativeHint(name));
      return v;
    };
    const id = row[at.customer]!;
    if (id === '') bad(at.customer, t.noId, t.noIdHint);
    if (seen.has(id)) bad(at.customer, t.twice(id), t.twiceHint);
    seen.add(id);
    const x = num('frequency');
    const tx = num('recency');
    const T = num('T');
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

/** Reads a summary file (UTF-8). */
export async function readSummaryFile(file: string, unit: TimeUnit): Promise<HistorySummary> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(msg().summaryFile.noSuchFile, msg().summaryFile.noSuchFileHint, { file });
    throw err;
  }
  return parseSummary(text, file, unit);
}

/** The same summary in another time unit (x and money unchanged; tₓ, T, holdout T rescaled). */
export function convertUnit(s: HistorySummary, unit: TimeUnit): HistorySummary {
  if (s.unit === unit) return s;
  const k = UNIT_DAYS[s.unit] / UNIT_DAYS[unit];
  const scale = (a: Float64Array) => a.map((v) => v * k);
  return { ...s, unit, tx: scale(s.tx), T: scale(s.T), holdoutT: scale(s.holdoutT) };
}
