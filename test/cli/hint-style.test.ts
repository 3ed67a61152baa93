/**
 * Issue 12 item 9: hints read alike. Most hints start in lower case (they
 * follow "hint: ") and end without a period; this scans every string literal
 * passed as a UserError's hint in src/ and holds the rest to that.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const literal = String.raw`(?:\`(?:[^\`\\]|\\.)*\`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
// new UserError(message, hint, …): the message is a literal or a simple expression up to its comma
const hintPattern = new RegExp(String.raw`new UserError\(\s*(?:${literal}|[^,()]+?)\s*,\s*(${literal})`, 'g');

const hints = sources('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(hintPattern)].map((m) => ({ file, hint: m[1]!.slice(1, -1) })));

describe('UserError hints', () => {
  it('are found (the scan itself works)', () => {
    expect(hints.length).toBeGreaterThan(50);
  });

  it('start in lower case and end without a period', () => {
    const bad = hints.filter(({ hint }) => /^\p{Lu}\p{Ll}/u.test(hint) || /[^.]\.$/.test(hint)).map(({ file, hint }) => `${file}: ${hint}`);
    expect(bad).toEqual([]);
  });
});
