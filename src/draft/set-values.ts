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
  /** A number, or a distribution (a field that held one keeps being one). */
  value: number | Distribution;
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
    const node = doc.getIn(documentPath(draft, path), true) as Node | undefined;
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
