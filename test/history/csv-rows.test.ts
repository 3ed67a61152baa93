/**
 * The record splitter (csv-rows.ts) gives the same records, on the same
 * lines, however the text is cut into chunks: the reader joins only the
 * carried record's end to the next chunk (issue 28's memory bound), and a
 * quoted field with line breaks may span any number of chunks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRows, UnclosedQuote } from '../../src/history/csv-rows.js';

function records(chunks: string[], delimiter = ','): Array<[number, string[]]> {
  const out: Array<[number, string[]]> = [];
  const rows = new CsvRows(delimiter, (fields, line) => out.push([line, fields]));
  for (const c of chunks) rows.push(c);
  rows.end();
  return out;
}

/** `text` cut at the sorted positions `cuts`. */
function cut(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const c of at) {
    parts.push(text.slice(from, c));
    from = c;
  }
  parts.push(text.slice(from));
  return parts;
}

const field = fc.oneof(
  fc.stringMatching(/^[a-z0-9 .]{0,20}$/),
  // quoted: delimiters, doubled quotes and line breaks (LF and CRLF) inside
  fc.tuple(fc.stringMatching(/^[a-z,;"\n]{0,12}$/), fc.constantFrom('\n', '\r\n')).map(([s, nl]) => `"${s.replace(/"/g, '""').replace(/\n/g, nl)}"`),
);
const line = fc.array(field, { minLength: 1, maxLength: 4 }).map((fs) => fs.join(','));
const csv = fc.tuple(fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([ls, nl, last]) => ls.join(nl) + (last ? nl : ''));

describe('CsvRows', () => {
  it('gives the same records and line numbers for any cutting of the text into chunks', () => {
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
        expect(records(cut(text, cuts))).toEqual(records([text]));
      }),
      { numRuns: 400 },
    );
  });

  it('reads a quoted field that spans many chunks and lines, and counts its lines', () => {
    const text = 'id,note\n1,"a\nb\nc\nd"\n2,x\n';
    const parts = text.split('');
    expect(records(parts)).toEqual([
      [1, ['id', 'note']],
      [2, ['1', 'a\nb\nc\nd']],
      [6, ['2', 'x']],
    ]);
  });

  it('carries a line longer than a chunk across several chunks', () => {
    const long = 'x'.repeat(1000);
    expect(records(['id,', `${long.slice(0, 300)}`, long.slice(300, 700), `${long.slice(700)}\r`, '\n2,y'])).toEqual([
      [1, ['id', long]],
      [2, ['2', 'y']],
    ]);
  });

  it('says where an unclosed quote opens, whatever the chunks', () => {
    const text = 'id,note\n1,ok\n2,"never closed\n3,z\n';
    for (const parts of [[text], cut(text, [5, 17, 20, 26])]) expect(() => records(parts)).toThrow(new UnclosedQuote(3));
  });
});
