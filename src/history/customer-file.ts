/**
 * A customer file (`--customers FILE`, docs/model.md §13): one row per
 * customer, the customer id and attribute columns (region, industry, manager)
 * that segments select on. Read as a history is: the encoding from the bytes
 * (a BOM, UTF-16, UTF-8, else Windows-1251), the delimiter sniffed (`,` `;`
 * tab `|`), RFC 4180 quotes; errors name file:line:column with a hint.
 *
 * The id column is the one named like a customer (customer_id, client,
 * Контрагент… as the history reader knows them, or the history's own
 * customer column), else the first. Ids are normalised as the history's are
 * (trimmed; 17850.0 read as 17850), so the two files meet.
 */
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { normalizeId } from '../pilot/assign.js';
import { CsvRows, UnclosedQuote } from './csv-rows.js';
import { isCustomerHeader, normalizeHeader } from './columns.js';
import { detectEncoding, sniffDelimiter } from './format.js';
import { readFailure } from './sniff.js';

export interface CustomerFile {
  file: string;
  /** The id column's header as written. */
  idColumn: string;
  /** Attribute columns' headers as written, in file order. */
  columns: string[];
  ids: string[];
  /** values[c][r]: column c's value (trimmed) for row r; '' when the cell is empty. */
  values: string[][];
  /** The line each row starts on (for messages). */
  lines: number[];
}

/** Parses a customer file's bytes (pure but for the catalog); `customerColumn`: the history's customer column, tried first. */
export function parseCustomerFile(bytes: Uint8Array, file: string, customerColumn?: string): CustomerFile {
  const t = msg().customerFile;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), detectEncoding(bytes.subarray(0, 64 * 1024))).replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(text.slice(0, 64 * 1024));
  const records: { fields: string[]; line: number }[] = [];
  const rows = new CsvRows(delimiter, (fields, line) => {
    if (fields.some((f) => f.trim() !== '')) records.push({ fields, line });
  });
  try {
    rows.push(text);
    rows.end();
  } catch (err) {
    if (err instanceof UnclosedQuote) throw new UserError(t.unclosedQuote, t.unclosedQuoteHint, { file, line: err.line });
    throw err;
  }
  if (records.length === 0) throw new UserError(t.empty, t.emptyHint, { file });
  const header = records[0]!.fields.map((h) => h.trim());
  const wanted = customerColumn === undefined ? -1 : header.findIndex((h) => normalizeHeader(h) === normalizeHeader(customerColumn));
  const known = header.findIndex(isCustomerHeader);
  const idAt = wanted >= 0 ? wanted : known >= 0 ? known : 0;
  if (header.length < 2) throw new UserError(t.noAttributes(header[0] ?? ''), t.noAttributesHint, { file, line: records[0]!.line });
  const columnsAt = header.map((_, i) => i).filter((i) => i !== idAt);
  columnsAt.forEach((i) => {
    if (header[i] === '') throw new UserError(t.blankHeader(i + 1), t.blankHeaderHint, { file, line: records[0]!.line, column: i + 1 });
  });
  const out: CustomerFile = { file, idColumn: header[idAt]!, columns: columnsAt.map((i) => header[i]!), ids: [], values: columnsAt.map(() => []), lines: [] };
  const firstLine = new Map<string, number>();
  for (let r = 1; r < records.length; r++) {
    const { fields, line } = records[r]!;
    if (fields.length !== header.length && (fields.length < header.length || fields.slice(header.length).some((f) => f.trim() !== ''))) {
      throw new UserError(t.width(fields.length, header.length), t.widthHint(delimiter === '\t' ? 'tab' : delimiter), { file, line, column: Math.min(fields.length, header.length) + 1 });
    }
    const id = normalizeId(fields[idAt] ?? '');
    if (id === '') throw new UserError(t.blankId(out.idColumn), t.blankIdHint, { file, line, column: idAt + 1 });
    const before = firstLine.get(id);
    if (before !== undefined) throw new UserError(t.twice(id, before), t.twiceHint, { file, line, column: idAt + 1 });
    firstLine.set(id, line);
    out.ids.push(id);
    out.lines.push(line);
    columnsAt.forEach((i, c) => out.values[c]!.push((fields[i] ?? '').trim()));
  }
  if (out.ids.length === 0) throw new UserError(t.noRows, t.emptyHint, { file });
  return out;
}

/** Reads and parses a customer file (see parseCustomerFile). */
export async function readCustomerFile(file: string, customerColumn?: string): Promise<CustomerFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw readFailure(err as NodeJS.ErrnoException, file, msg().customerFile.readHint);
  }
  return parseCustomerFile(bytes, file, customerColumn);
}
