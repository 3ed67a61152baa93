/**
 * The second step of reading a history (read.ts: sniff → rows → aggregate):
 * text split into records, each with the line it starts on. RFC 4180 quoting
 * ("" inside a quoted field, line breaks inside quotes), LF or CRLF, empty
 * lines skipped; a quote inside an unquoted field is kept as a character
 * (exports write 12" vinyl). Written for speed: a line without a quote is
 * one `split`, which is what nearly every line of a sales export is
 * (csv-parse read 85,000 rows per CPU-second; this several times more).
 */

/** Thrown when the text ends inside a quoted field; `line` is where the field opens. */
export class UnclosedQuote extends Error {
  constructor(readonly line: number) {
    super(`unclosed quote at line ${line}`);
  }
}

export type OnRecord = (fields: string[], line: number) => void;

export class CsvRows {
  /** Text not yet split: the start of a record whose end has not arrived. */
  private carry = '';
  /** The line number of the first line in `carry`. */
  private line = 1;

  constructor(
    private readonly delimiter: string,
    private readonly onRecord: OnRecord,
  ) {}

  /** Splits the complete records of `chunk` (with what was carried over). */
  push(chunk: string): void {
    let text = chunk;
    if (this.carry !== '') {
      // only the carried record's end is joined to it, not the whole chunk: `carry + chunk` is flattened
      // into a fresh copy of the chunk on the first search, and those copies (large objects) stay until a
      // full collection, 60 MB and more on a 10-million-row file
      const nl = chunk.indexOf('\n');
      if (nl < 0) {
        this.carry += chunk;
        return;
      }
      const head = this.carry + chunk.slice(0, nl + 1);
      const used = this.scan(head, false);
      // a quoted field still open at the end of that line (rare): the rest of it is joined to the chunk
      text = used === head.length ? chunk.slice(nl + 1) : head.slice(used) + chunk.slice(nl + 1);
    }
    const consumed = this.scan(text, false);
    this.carry = consumed < text.length ? text.slice(consumed) : '';
  }

  /** Splits what is left at the end of the text. */
  end(): void {
    if (this.carry !== '') this.scan(this.carry, true);
    this.carry = '';
  }

  /** Emits the records of `text` from its start; returns how many characters were consumed. */
  private scan(text: string, final: boolean): number {
    const d = this.delimiter;
    let pos = 0;
    const n = text.length;
    // the next quote at or after pos (n when none): searched again only once passed, or each line would rescan the chunk
    let q = -1;
    while (pos < n) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) {
        if (!final) return pos;
        nl = n;
      }
      if (q < pos) {
        q = text.indexOf('"', pos);
        if (q < 0) q = n;
      }
      if (q > nl) {
        // the common case: no quote on this line
        let end = nl;
        if (end > pos && text.charCodeAt(end - 1) === 13) end--;
        if (end > pos) this.onRecord(text.slice(pos, end).split(d), this.line);
        this.line++;
        pos = nl + 1;
        continue;
      }
      const r = this.quoted(text, pos, final);
      if (r < 0) return pos;
      pos = r;
    }
    return n;
  }

  /**
   * A record with quotes, from `start`; returns the position after it, or −1
   * when its end is not in `text` yet.
   */
  private quoted(text: string, start: number, final: boolean): number {
    const d = this.delimiter.charCodeAt(0);
    const n = text.length;
    const fields: string[] = [];
    let field = '';
    let pos = start;
    let fieldStart = true;
    for (;;) {
      if (pos >= n) {
        // the text ends: the record ends here only at the very end of the input
        if (!final) return -1;
        fields.push(field);
        this.emit(fields, 0);
        return n;
      }
      const c = text.charCodeAt(pos);
      if (fieldStart && c === 34) {
        // a quoted field: up to the quote that is not doubled
        let p = pos + 1;
        for (;;) {
          const close = text.indexOf('"', p);
          if (close < 0) {
            if (!final) return -1;
            throw new UnclosedQuote(this.line + countLines(text, start, pos));
          }
          field += text.slice(p, close);
          if (text.charCodeAt(close + 1) === 34) {
            field += '"';
            p = close + 2;
            continue;
          }
          if (close + 1 >= n && !final) return -1;
          pos = close + 1;
          break;
        }
        fieldStart = false;
        continue;
      }
      fieldStart = false;
      if (c === d) {
        fields.push(field);
        field = '';
        fieldStart = true;
        pos++;
      } else if (c === 10 || (c === 13 && text.charCodeAt(pos + 1) === 10)) {
        fields.push(field);
        pos += c === 13 ? 2 : 1;
        this.emit(fields, countLines(text, start, pos));
        return pos;
      } else if (c === 13 && pos + 1 >= n && !final) {
        return -1;
      } else {
        field += text[pos];
        pos++;
      }
    }
  }

  /** Emits a record that spans `lines` line breaks (its own ending included). */
  private emit(fields: string[], lines: number): void {
    if (!(fields.length === 1 && fields[0] === '')) this.onRecord(fields, this.line);
    this.line += lines;
  }
}

function countLines(text: string, from: number, to: number): number {
  let k = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) k++;
  return k;
}
