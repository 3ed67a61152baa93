/**
 * Reading a program draft (PROGRAM-FORMAT.md): YAML → schema → rules → lint,
 * with every issue placed at the line and column of the node it is about.
 *
 * The YAML is parsed defensively: duplicate keys are errors, unknown tags are
 * errors (a draft is plain data), and alias expansion is capped so a "billion
 * laughs" document cannot exhaust memory.
 */
import { open } from 'node:fs/promises';
import { Alias, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { formatPath, type Issue, type PathIssue, type PathSegment } from './issue.js';
import { lintDraft } from './lint.js';
import { checkRules } from './rules.js';
import { draftSchema, type Draft } from './schema.js';
import { explainZodIssues } from './zod-issues.js';

export type { Issue } from './issue.js';

export interface DraftCheck {
  file: string;
  /** No errors (warnings are allowed). */
  valid: boolean;
  /** Errors and warnings, in file order. */
  issues: Issue[];
  /** The draft with defaults filled in, when valid. */
  draft?: Draft;
}

/**
 * How many nodes alias expansion may produce, counted as yaml's
 * `maxAliasCount` does. Drafts rarely need aliases at all; this is far below
 * what a resource-exhaustion document needs.
 */
export const MAX_ALIAS_COUNT = 50;

/** Validates draft text; pure (no file system). `file` only labels the result. */
export function checkDraftText(text: string, file: string, lintMore?: (draft: Draft) => PathIssue[]): DraftCheck {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    keepSourceTokens: true,
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
  });
  const pos = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const yamlIssues: Issue[] = [...doc.errors, ...doc.warnings].map((e) => {
    const where = e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : pos(e.pos[0]);
    return {
      severity: 'error' as const,
      path: '',
      ...where,
      message: yamlMessage(e.code, e.message),
      ...yamlHint(e.code),
    };
  });
  // the parser recursing out of stack on deep nesting reports it at every level: one plain error says it
  const overflow = yamlIssues.find((_, k) => /call stack/i.test([...doc.errors, ...doc.warnings][k]!.message));
  if (overflow) {
    return finish(file, [
      { severity: 'error', path: '', line: overflow.line, column: overflow.column, message: 'the YAML nests too deeply to read', hint: 'a draft needs a few levels of nesting: look for brackets [ or { that are never closed' },
    ]);
  }
  if (yamlIssues.length > 0) return finish(file, yamlIssues);

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return finish(file, [
      {
        severity: 'error',
        path: '',
        line: 1,
        column: 1,
        message: msg().rules.empty,
        hint: msg().rules.emptyHint,
      },
    ]);
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const alias = firstAlias(doc);
    const where = alias?.range ? pos(alias.range[0]) : { line: 1, column: 1 };
    const message =
      err instanceof ReferenceError && /Excessive alias count/.test(err.message)
        ? msg().rules.aliases(MAX_ALIAS_COUNT)
        : err instanceof Error
          ? err.message
          : String(err);
    return finish(file, [{ severity: 'error', path: '', ...where, message, hint: msg().rules.aliasesHint }]);
  }

  const place = (i: PathIssue): Issue => ({
    severity: i.severity,
    path: formatPath(i.path),
    ...pos(locate(doc, i.path, i.at ?? 'value')),
    message: i.message,
    ...(i.hint ? { hint: i.hint } : {}),
  });

  const parsed = draftSchema.safeParse(value);
  if (!parsed.success) return finish(file, explainZodIssues(draftSchema, value, parsed.error.issues).map(place));

  const draft = parsed.data;
  const issues = [...checkRules(draft), ...lintDraft(draft), ...(lintMore?.(draft) ?? [])].map(place);
  return finish(file, issues, draft);
}

function finish(file: string, issues: Issue[], draft?: Draft): DraftCheck {
  issues.sort((a, b) => a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const valid = !issues.some((i) => i.severity === 'error');
  return { file, valid, issues, ...(valid && draft ? { draft } : {}) };
}

/** yaml's message without its pretty-printed source excerpt (we give line:column ourselves). */
function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  // advice addressed to programmers using the library ("please use YAML.parseAllDocuments()") means nothing to a user
  const detail = /YAML\.\w+\(|call stack/i.test(first) ? '' : first;
  const mine = msg().rules.yaml[code] ?? msg().numberInput.yamlCode(code) ?? undefined;
  if (mine) return detail ? msg().rules.yamlDetail(mine, detail) : mine;
  return msg().rules.yamlSyntax(detail || null);
}

function yamlHint(code: string): { hint?: string } {
  if (code === 'MULTIPLE_DOCS') return { hint: msg().rules.multipleDocsHint };
  if (code === 'DUPLICATE_KEY') return { hint: msg().rules.duplicateHint };
  if (code === 'TAG_RESOLVE_FAILED') return { hint: msg().rules.tagHint };
  if (code === 'BAD_INDENT' || code === 'TAB_AS_INDENT' || code === 'MISSING_CHAR' || code === 'UNEXPECTED_TOKEN' || code === 'BLOCK_AS_IMPLICIT_KEY')
    return { hint: msg().rules.indentHint };
  return {};
}

function firstAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * The start offset of the node at `path` (or of its key, for `at: 'key'`).
 * A path that does not exist in the file (a missing key, a default) stops at
 * the deepest node that does: the map the key should have been written in.
 */
function locate(doc: Document, path: readonly PathSegment[], at: 'key' | 'value'): number {
  const deref = (n: unknown): unknown => (isAlias(n) ? n.resolve(doc) : n);
  let node = deref(doc.contents) as Node | null | undefined;
  let target: Node | null | undefined = node;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair) break;
      const key = pair.key as Node;
      const value = deref(pair.value) as Node | null;
      const empty = !value || (isScalar(value) && value.value === null && (value.range?.[0] ?? 0) === (value.range?.[1] ?? 0));
      if ((last && at === 'key') || empty) {
        target = key;
        break;
      }
      node = value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = deref(node.items[seg]) as Node | undefined;
      if (!item) break;
      node = item;
    } else break;
    target = node;
  }
  return target?.range?.[0] ?? 0;
}

/**
 * A draft's text: UTF-8 (a BOM is dropped), or, when its bytes are not valid
 * UTF-8, Windows-1251, what Russian Windows editors save; the note says so,
 * since reading it as UTF-8 would silently turn every Cyrillic letter into "�".
 */
export function decodeDraft(bytes: Uint8Array): { text: string; note?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1251').decode(bytes),
      note: msg().rules.windows1251,
    };
  }
}

/** A draft is a few kilobytes; a file beyond this is not one (and /dev/zero never ends). */
export const MAX_DRAFT_BYTES = 1 << 20;

/**
 * The bytes of a draft file, at most MAX_DRAFT_BYTES: read in chunks, so a
 * huge file, a device such as /dev/zero or a FIFO is refused once the limit
 * is passed instead of growing the process to gigabytes (issue 29); a NUL
 * byte marks a binary file (a spreadsheet, an archive), refused at once.
 */
async function readDraftBytes(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      const part = chunk.subarray(0, bytesRead);
      if (part.includes(0)) throw new UserError(msg().draftGuards.binary(file), msg().draftGuards.notDraftHint, { file });
      total += bytesRead;
      if (total > MAX_DRAFT_BYTES) throw new UserError(msg().draftGuards.tooLarge(file, MAX_DRAFT_BYTES >> 20), msg().draftGuards.notDraftHint, { file });
      chunks.push(part);
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}

/** A draft file's text (decoded, Windows-1251 noted); a missing or unreadable file is a UserError (exit 2). */
export async function readDraft(file: string): Promise<{ text: string; note?: string }> {
  try {
    return decodeDraft(await readDraftBytes(file));
  } catch (err) {
    if (err instanceof UserError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new UserError(msg().rules.noSuchDraft, msg().rules.noSuchDraftHint, { file });
    if (e.code === 'EISDIR') throw new UserError(msg().rules.directory, msg().rules.directoryHint, { file });
    throw new UserError(msg().rules.cannotRead(e.message), undefined, { file });
  }
}

/** Reads and validates a draft file; a missing or unreadable file is a UserError (exit 2). */
export async function checkDraftFile(file: string, lintMore?: (draft: Draft) => PathIssue[]): Promise<DraftCheck> {
  const { text, note } = await readDraft(file);
  const check = checkDraftText(text, file, lintMore);
  if (note) check.issues.unshift({ severity: 'warning', path: '', line: 1, column: 1, message: note, hint: msg().rules.windows1251Hint });
  return check;
}

/** `file:line:col  path: message (hint)`, the line format of loadDraft's error and the CLI. */
export function formatIssueLine(file: string, i: Issue): string {
  return `${file}:${i.line}:${i.column}  ${i.path ? `${i.path}: ` : ''}${i.message}${i.hint ? ` (${i.hint})` : ''}`;
}

/**
 * Loads a draft for a command that runs it (simulate, compare, …): returns
 * the draft and its warnings, or throws a UserError (exit 2) listing every
 * error as `file:line:col  message (hint)`.
 */
export async function loadDraft(file: string): Promise<{ draft: Draft; warnings: Issue[] }> {
  const check = await checkDraftFile(file);
  const errors = check.issues.filter((i) => i.severity === 'error');
  if (!check.valid || !check.draft) {
    // the first error's place as data too, for --json (the message lists every error with its own)
    const first = errors[0];
    throw new UserError(
      msg().rules.invalidDraft(file, errors.length, errors.map((i) => `  ${formatIssueLine(file, i)}`).join('\n')),
      msg().rules.invalidDraftHint(file),
      first ? { file, line: first.line, column: first.column } : { file },
    );
  }
  return { draft: check.draft, warnings: check.issues.filter((i) => i.severity === 'warning') };
}
