/**
 * The per-customer attributes a draft's segments select on (docs/model.md
 * §13), gathered for the customers a history's population holds: RFM classes
 * as `profile` shows them (from --history; from a --summary's recency and
 * frequency), and attribute columns from `--customers FILE` or, failing that,
 * from the history's own columns. An adapter: files in, aligned arrays out;
 * customers in one file and not the other are said on stderr, not dropped
 * silently.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse';
import type { Draft } from '../draft/schema.js';
import type { CustomerAttributes } from '../engine/history-population.js';
import { NO_ATTRIBUTE } from '../engine/population.js';
import { valueMatches } from '../engine/segment-members.js';
import { UserError } from '../errors.js';
import { normalizeHeader } from '../history/columns.js';
import { readCustomerFile, type CustomerFile } from '../history/customer-file.js';
import { historyRfmClasses, summaryRfmClasses } from '../history/profile.js';
import type { History } from '../history/read.js';
import type { HistorySummary } from '../history/summarize.js';
import { msg } from '../i18n/current.js';
import { normalizeId } from '../pilot/assign.js';
import { warn } from './output.js';

/** What the drafts' segments select on: RFM classes, and which columns (first segment naming each, for messages). */
export interface AttributeNeeds {
  /** The first segment by RFM class or column, in the drafts' order (for the message when there is no history). */
  first: { segment: string; kind: 'rfm' | 'column' } | null;
  rfm: string | null;
  columns: { column: string; segment: string; values: (string | number)[] }[];
}

/** The attributes the drafts' segments need (none: no segment by RFM class or column). */
export function attributeNeeds(drafts: readonly Draft[]): AttributeNeeds {
  const needs: AttributeNeeds = { first: null, rfm: null, columns: [] };
  for (const d of drafts) {
    for (const seg of d.segments ?? []) {
      const w = seg.where;
      if ('rfm' in w) needs.rfm ??= seg.name;
      else if ('column' in w) needs.columns.push({ column: w.column.name, segment: seg.name, values: w.column.values });
      else continue;
      needs.first ??= { segment: seg.name, kind: 'rfm' in w ? 'rfm' : 'column' };
    }
  }
  return needs;
}

export const needsAttributes = (n: AttributeNeeds): boolean => n.rfm !== null || n.columns.length > 0;

/** Examples of ids in a message: the first few. */
const EXAMPLES = 3;
const examples = (ids: readonly string[]): string => ids.slice(0, EXAMPLES).join(', ') + (ids.length > EXAMPLES ? ', …' : '');

/**
 * The attributes of `summary`'s customers that `needs` asks for. `history`:
 * the history read (absent with --summary); `customersFile`: --customers.
 */
export async function customerAttributes(
  needs: AttributeNeeds,
  summary: HistorySummary,
  source: string,
  o: { history?: History; customersFile?: string; locale: string },
): Promise<CustomerAttributes> {
  const t = msg().segmentData;
  const n = summary.ids.length;
  const out: CustomerAttributes = { columns: [] };
  if (needs.rfm !== null) {
    if (o.history) {
      // profile's classes of the whole history as of its last day, by customer id
      const store = o.history.store;
      const classes = historyRfmClasses(o.history);
      const at = new Map<string, number>();
      store.ids.forEach((id, i) => at.set(id, i));
      out.rfmClass = Uint8Array.from(summary.ids, (id) => {
        const i = at.get(id);
        return i === undefined ? NO_ATTRIBUTE : classes[i]!;
      });
    } else {
      out.rfmClass = summaryRfmClasses(summary);
      warn(t.rfmFromSummary(source));
    }
  }
  if (needs.columns.length === 0) return out;

  const file = o.customersFile ? await readCustomerFile(o.customersFile, o.history?.columns.customer) : null;
  const fromFile = new Set(file ? file.columns.map(normalizeHeader) : []);
  const wanted = [...new Set(needs.columns.map((c) => c.column))];
  const fromHistory = wanted.filter((c) => !fromFile.has(normalizeHeader(c)));
  const historyColumns = fromHistory.length > 0 ? await historyColumnValues(fromHistory, needs, source, o.history, file) : new Map<string, Map<string, string>>();

  const indexOfId = new Map<string, number>();
  summary.ids.forEach((id, i) => indexOfId.set(id, i));
  if (file) reportMismatch(file, summary.ids, indexOfId, source, o.locale);
  for (const name of wanted) {
    const codes = new Int32Array(n).fill(-1);
    const values: string[] = [];
    const codeOf = new Map<string, number>();
    const put = (i: number, value: string): void => {
      if (value === '') return;
      let code = codeOf.get(value);
      if (code === undefined) {
        code = values.length;
        values.push(value);
        codeOf.set(value, code);
      }
      codes[i] = code;
    };
    const c = file ? file.columns.findIndex((h) => normalizeHeader(h) === normalizeHeader(name)) : -1;
    if (file && c >= 0) {
      file.ids.forEach((id, r) => {
        const i = indexOfId.get(id);
        if (i !== undefined) put(i, file.values[c]![r]!);
      });
    } else {
      const byId = historyColumns.get(name)!;
      summary.ids.forEach((id, i) => put(i, byId.get(id) ?? ''));
    }
    out.columns.push({ name, values, codes });
    // a value nobody has: most likely a typo, or a value as another file writes it
    for (const need of needs.columns.filter((x) => x.column === name)) {
      const missing = need.values.filter((v) => !values.some((have) => valueMatches(v, have)));
      if (missing.length > 0) warn(t.valueNobodyHas(need.segment, name, missing.map(String).join(', '), values.slice(0, 12).join(', ') + (values.length > 12 ? ', …' : '')) + ` (${t.valueNobodyHasHint})`);
    }
  }
  return out;
}

/** Customers in the file and not in the history, and the other way round: said, with examples. */
function reportMismatch(file: CustomerFile, ids: readonly string[], indexOfId: ReadonlyMap<string, number>, source: string, locale: string): void {
  const t = msg().segmentData;
  const inFile = new Set(file.ids);
  const notInHistory = file.ids.filter((id) => !indexOfId.has(id));
  const notInFile = ids.filter((id) => !inFile.has(id));
  const count = (k: number) => k.toLocaleString(locale);
  if (notInHistory.length > 0) warn(t.notInHistory(file.file, notInHistory.length, count(notInHistory.length), examples(notInHistory), source));
  if (notInFile.length > 0) warn(t.notInFile(file.file, notInFile.length, count(notInFile.length), examples(notInFile), source));
}

/** Customer id → value of each of `columns` in the history CSV (the last non-empty value when a customer's rows disagree: said). */
async function historyColumnValues(columns: string[], needs: AttributeNeeds, source: string, history: History | undefined, file: CustomerFile | null): Promise<Map<string, Map<string, string>>> {
  const t = msg().segmentData;
  const segmentOf = (c: string) => needs.columns.find((x) => x.column === c)!.segment;
  const where = file ? t.inFile(file.file, file.columns.join(', ')) : '';
  if (!history) throw new UserError(t.columnNowhere(segmentOf(columns[0]!), columns[0]!, where), t.columnNowhereHint, file ? { file: file.file } : undefined);
  if (await isWorkbook(history.file)) throw new UserError(t.columnNowhere(segmentOf(columns[0]!), columns[0]!, where), t.workbookColumnsHint, { file: history.file });
  const headerLine = history.notes.find((x) => x.kind === 'headerLine');
  const parser = createReadStream(history.file)
    .pipe(iconv.decodeStream(history.format.encoding))
    .pipe(parse({ delimiter: history.format.delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, from_line: headerLine?.kind === 'headerLine' ? headerLine.line : 1 }));
  const out = new Map(columns.map((c) => [c, new Map<string, string>()]));
  const conflicts = new Map(columns.map((c) => [c, new Set<string>()]));
  let idAt = -1;
  let at: number[] = [];
  for await (const record of parser as AsyncIterable<string[]>) {
    if (idAt < 0) {
      const norm = record.map((h, i) => normalizeHeader(i === 0 ? h.replace(/^\ufeff/, '') : h));
      idAt = norm.indexOf(normalizeHeader(history.columns.customer));
      at = columns.map((c) => norm.indexOf(normalizeHeader(c)));
      const missing = at.findIndex((i) => i < 0);
      if (missing >= 0) {
        const c = columns[missing]!;
        const historyHas = t.inFile(history.file, record.filter((h) => h.trim() !== '').join(', '));
        throw new UserError(t.columnNowhere(segmentOf(c), c, where ? `${where}; ${historyHas}` : historyHas), t.columnNowhereHint, { file: history.file });
      }
      continue;
    }
    const id = normalizeId(record[idAt] ?? '');
    if (id === '') continue;
    columns.forEach((c, k) => {
      const value = (record[at[k]!] ?? '').trim();
      if (value === '') return;
      const m = out.get(c)!;
      const before = m.get(id);
      if (before !== undefined && before !== value) conflicts.get(c)!.add(id);
      m.set(id, value);
    });
  }
  for (const [c, ids] of conflicts) if (ids.size > 0) warn(t.historyConflicts(source, c, ids.size, examples([...ids])));
  return out;
}

/** Whether a file starts as a zip (a workbook), whose columns this reader does not read. */
async function isWorkbook(file: string): Promise<boolean> {
  const h = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    await h.read(head, 0, 4, 0);
    return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  } finally {
    await h.close();
  }
}
