/**
 * Writing chosen values back into a draft's YAML text (`optimize --write`):
 * each field is replaced where it stands, through yaml's Document API, so the
 * draft's comments, key order and layout survive (as in
 * src/pilot/write-effects.ts). The result is validated before it is
 * returned. Pure: text in, text out.
 */
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { checkDraftText, formatIssueLine } from './load.js';
import { documentPath } from './paths.js';
import type { Distribution, Draft } from './schema.js';

export interface FieldValue {
  /** Friendly path (src/draft/paths.ts). */
  path: string;
  /** A number, or a distribution (a field that held one keeps being one); a segment's invite (optimize's yes/no). */
  value: number | Distribution | boolean;
}

/** The draft text with each field set; a UserError when the text is not YAML or the result is not a valid draft. */
export function setDraftValues(text: string, file: string, draft: Draft, values: FieldValue[]): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new UserError(msg().cliErrors.notYaml(file, doc.errors[0]!.message.split('\n')[0]!), msg().cliErrors.validateHint(file), { file });
  }
  // Where every old value is a one-line scalar or flow map, replace just those
  // characters: the rest of the file (aligned comments, blank lines) stays byte
  // for byte as the user wrote it, which re-printing the document does not keep (issue 29).
  const splices: Array<{ from: number; to: number; text: string }> = [];
  for (const { path, value } of values) {
    const at = documentPath(draft, path);
    const node = doc.getIn(at, true) as Node | undefined;
    if (node === undefined && typeof value === 'boolean') {
      // a key left at its default (a segment's invite): a line of its own after the map's last entry
      const insert = newKeyLine(doc.getIn(at.slice(0, -1), true) as Node | undefined, String(at[at.length - 1]), value, text);
      if (!insert) break;
      splices.push(insert);
      continue;
    }
    if (!node?.range || !(isScalar(node) || (isMap(node) && node.flow))) break;
    splices.push({ from: node.range[0], to: node.range[1], text: flowText(value) });
  }
  let out: string;
  if (splices.length === values.length) {
    out = text;
    for (const s of splices.sort((a, b) => b.from - a.from)) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  } else {
    for (const { path, value } of values) {
      const at = documentPath(draft, path);
      const before = doc.getIn(at, true) as Node | undefined;
      const node = doc.createNode(value, { flow: true }) as Node;
      // a replaced scalar or flow map keeps its trailing comment; any node keeps the comment above it
      if (isScalar(before) || (isMap(before) && before.flow)) node.comment = before.comment;
      if (before) node.commentBefore = before.commentBefore;
      doc.setIn(at, node);
    }
    out = String(doc);
  }
  const check = checkDraftText(out, file);
  if (!check.valid) {
    const errors = check.issues.filter((i) => i.severity === 'error');
    throw new UserError(msg().cliErrors.chosenInvalid(errors.map((i) => `  ${formatIssueLine(file, i)}`).join('\n')));
  }
  return out;
}

/** A value as one-line YAML flow text: 0.05, or `{ normal: { mean: 0.08, sd: 0.03 } }`. */
function flowText(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${k}: ${flowText(v)}`)
    .join(', ')} }`;
}

/**
 * Where and what to insert for `key: value` missing from a block map: a line
 * after the map's last entry, indented like its first key. Null when the map
 * is a flow map or has no entries (the document is re-printed instead).
 */
function newKeyLine(map: Node | undefined, key: string, value: unknown, text: string): { from: number; to: number; text: string } | null {
  if (!isMap(map) || map.flow || map.items.length === 0) return null;
  const first = map.items[0]!.key as Node | undefined;
  const last = map.items[map.items.length - 1]!;
  const end = ((last.value ?? last.key) as Node | undefined)?.range?.[1];
  const start = first?.range?.[0];
  if (end === undefined || start === undefined) return null;
  const column = start - (text.lastIndexOf('\n', start - 1) + 1);
  // after the rest of the last entry's line (its trailing comment stays with it)
  const eol = text.indexOf('\n', end);
  const from = eol < 0 ? text.length : eol;
  return { from, to: from, text: `\n${' '.repeat(column)}${key}: ${flowText(value)}` };
}
