/**
 * File input for `pilot`: a stratum column of the history (`--strata COL`),
 * which src/history/read.ts does not keep, read with the encoding and
 * delimiter the reader detected, and the assignment file.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { UserError } from '../errors.js';
import { msg } from '../i18n/current.js';
import type { History } from '../history/read.js';
import { normalizeId, parseAssignment, type AssignmentRow } from '../pilot/assign.js';
import { readFailureWhy } from '../history/sniff.js';

const normalizeHeader = (h: string): string => h.trim().toLowerCase().replace(/[\s_\-.№#]/g, '');

/**
 * Customer id → the value of `column` (the last non-empty value in file
 * order when a customer's rows disagree; `conflicts` counts such customers).
 */
export async function readStrataColumn(history: History, column: string): Promise<{ strata: Map<string, string>; conflicts: number }> {
  const parser = createReadStream(history.file)
    .pipe(iconv.decodeStream(history.format.encoding))
    .pipe(parse({ delimiter: history.format.delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }));
  const strata = new Map<string, string>();
  const conflicting = new Set<string>();
  let ci = -1;
  let si = -1;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (ci < 0) {
      const norm = record.map((h, i) => normalizeHeader(i === 0 ? h.replace(/^\ufeff/, '') : h));
      ci = norm.indexOf(normalizeHeader(history.columns.customer));
      si = norm.indexOf(normalizeHeader(column));
      if (si < 0) {
        const t = msg().pilotErrors;
        throw new UserError(t.strataNotColumn(column, history.file, record.map((h) => `"${h}"`).join(', ')), t.strataHint, { file: history.file, line: 1 });
      }
      continue;
    }
    const id = normalizeId(record[ci] ?? '');
    const value = (record[si] ?? '').trim();
    if (id === '' || value === '') continue;
    const before = strata.get(id);
    if (before !== undefined && before !== value) conflicting.add(id);
    strata.set(id, value);
  }
  return { strata, conflicts: conflicting.size };
}

/** Reads and parses an assignment file (customer_id,group,stratum). */
export async function readAssignmentFile(file: string): Promise<AssignmentRow[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UserError(msg().pilotErrors.cannotRead(file, readFailureWhy(err as NodeJS.ErrnoException)), msg().pilotErrors.assignmentFileHint, { file });
  }
  return parseAssignment(text, file);
}

/** Reads a draft's text for --write-effects. */
export async function readDraftText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new UserError(msg().pilotErrors.cannotRead(file, readFailureWhy(err as NodeJS.ErrnoException)), msg().pilotErrors.draftFileHint, { file });
  }
}
