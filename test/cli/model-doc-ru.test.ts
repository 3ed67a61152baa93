/**
 * docs/model.ru.md is the Russian edition of docs/model.md (issue 25): the
 * tool's messages cite sections by number (§1–§12) in both languages, so the
 * two files must keep one structure — the same headings at the same levels
 * with the same § numbers in order, the same tables, fences and formula
 * lines, and every identifier (YAML key, flag, JSON key) the English names.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const en = readFileSync('docs/model.md', 'utf8');
const ru = readFileSync('docs/model.ru.md', 'utf8');

/** Each heading as its level and § number ("## 5."), the words left out: they are translated. */
function headingShape(doc: string): string[] {
  return doc
    .split('\n')
    .filter((l) => /^#{1,6} /.test(l))
    .map((l) => {
      const m = /^(#+) (\d+\.)?/.exec(l)!;
      return `${m[1]} ${m[2] ?? ''}`.trim();
    });
}

/** How many fenced blocks, horizontal rules, and rows in each table, in order. */
function blockShape(doc: string): { fences: number; rules: number; tables: number[] } {
  const lines = doc.split('\n');
  const tables: number[] = [];
  let rows = 0;
  for (const l of [...lines, '']) {
    if (l.startsWith('|')) rows++;
    else if (rows > 0) {
      tables.push(rows);
      rows = 0;
    }
  }
  return { fences: lines.filter((l) => /^\s*(```|~~~)/.test(l)).length, rules: lines.filter((l) => l === '---').length, tables };
}

/** Formula lines standing on their own (no prose around them), e.g. g(s) = …. */
function formulaLines(doc: string): string[] {
  const paragraphs = doc.split(/\n\s*\n/).map((p) => p.trim());
  return paragraphs.filter((p) => !p.includes('\n') && /=/.test(p) && !/[A-Za-zА-Яа-яЁё]{4,}/.test(p.replace(/\b(min|max)\b/g, '')));
}

/** The code spans, whitespace collapsed (a span may wrap across lines). */
function codeSpans(doc: string): Set<string> {
  return new Set([...doc.replace(/\s+/g, ' ').matchAll(/`([^`]+)`/g)].map((m) => m[1]!.trim()));
}

describe('docs/model.ru.md keeps step with docs/model.md', () => {
  it('has the same headings: levels and § numbers in the same order', () => {
    expect(headingShape(en).length).toBeGreaterThan(12);
    expect(headingShape(ru)).toEqual(headingShape(en));
  });

  it('has the same fenced blocks, rules and tables (rows per table)', () => {
    expect(blockShape(en).tables.length).toBeGreaterThan(5);
    expect(blockShape(ru)).toEqual(blockShape(en));
  });

  it('has the same stand-alone formula lines, character for character', () => {
    expect(formulaLines(en)).toContain('g(s) = min(1, s/R) · (L + (1 − L)·2^(−max(0, s − R)/HL))');
    expect(formulaLines(ru)).toEqual(formulaLines(en));
  });

  it('keeps every YAML key, flag and JSON key of the English as it is', () => {
    const ruSpans = codeSpans(ru);
    // spans that are English prose fragments cut by the wrapping ("`, optional `") are not identifiers
    const missing = [...codeSpans(en)].filter((s) => !s.startsWith(',') && !ruSpans.has(s));
    expect(missing).toEqual([]);
  });

  it('is Russian prose: no English sentence left untranslated outside code and the references', () => {
    const body = ru.split('## Литература')[0]!.replace(/`[^`]*`/g, ' ');
    expect(body).not.toMatch(/\b(the|which|when|with|and|of|is|are)\b/);
  });

  it('the detector fails on a dropped section and on a changed level', () => {
    const dropped = ru.replace(/^## 7\. .*$/m, 'Быстрая формула');
    expect(headingShape(dropped)).not.toEqual(headingShape(en));
    const demoted = ru.replace(/^## 9\. /m, '### 9. ');
    expect(headingShape(demoted)).not.toEqual(headingShape(en));
    expect(blockShape(ru + '\n```\nx\n```\n')).not.toEqual(blockShape(en));
  });
});

describe('the Russian help points to docs/model.ru.md, the English to docs/model.md', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.LANG;
  });
  afterEach(() => {
    process.env.LANG = saved;
  });

  it('in Russian', async () => {
    process.env.LANG = 'ru_RU.UTF-8';
    for (const args of [['--help'], ['simulate', '--help']]) {
      const r = await runCli(...args);
      expect(r.stdout, args.join(' ')).toContain('docs/model.ru.md');
      expect(r.stdout, args.join(' ')).not.toContain('docs/model.md');
    }
  });

  it('in English', async () => {
    process.env.LANG = 'C.UTF-8';
    const r = await runCli('--help');
    expect(r.stdout).toContain('docs/model.md');
    expect(r.stdout).not.toContain('docs/model.ru.md');
  });
});
