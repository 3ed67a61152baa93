/**
 * Issue 12 item 9: hints read alike. Most hints start in lower case (they
 * follow "hint: ") and end without a period. The hints live in the language
 * catalogs (keys ending in Hint), in every language; a few are still string
 * literals passed as a UserError's hint in src/. This holds both to that.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const literal = String.raw`(?:\`(?:[^\`\\]|\\.)*\`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
// new UserError(message, hint, …): the message is a literal or a simple expression up to its comma
const hintPattern = new RegExp(String.raw`new UserError\(\s*(?:${literal}|[^,()]+?)\s*,\s*(${literal})`, 'g');

const literalHints = sources('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(hintPattern)].map((m) => ({ where: file, hint: m[1]!.slice(1, -1) })));

/** Every catalog entry whose key ends in Hint; a function is called with placeholders for its arguments. */
function catalogHints(name: string, node: object, path = name): { where: string; hint: string }[] {
  return Object.entries(node).flatMap(([key, value]) => {
    const where = `${path}.${key}`;
    if (/Hint$/.test(key)) {
      const text: unknown = typeof value === 'function' ? (value as (...a: unknown[]) => unknown)(...Array<string>(8).fill('x')) : value;
      return typeof text === 'string' ? [{ where, hint: text }] : [];
    }
    return value !== null && typeof value === 'object' ? catalogHints(name, value as object, where) : [];
  });
}

const hints = [...literalHints, ...catalogHints('en', en), ...catalogHints('ru', ru)];

describe('UserError hints', () => {
  it('are found (the scan itself works)', () => {
    expect(catalogHints('en', en).length).toBeGreaterThan(50);
    expect(catalogHints('ru', ru).length).toBe(catalogHints('en', en).length);
    expect(hints.map((h) => h.where)).toContain('ru.decideErrors.setFormatHint');
  });

  it('start in lower case and end without a period', () => {
    const bad = hints.filter(({ hint }) => /^\p{Lu}\p{Ll}/u.test(hint) || /[^.]\.$/.test(hint)).map(({ where, hint }) => `${where}: ${hint}`);
    expect(bad).toEqual([]);
  });
});
