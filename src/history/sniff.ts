/**
 * The first step of reading a history (read.ts: sniff → rows → aggregate):
 * enough bytes from the head of the stream to tell the encoding and the
 * delimiter, and the stream decoded to text from there on.
 */
import iconv from 'iconv-lite';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { type Encoding, detectEncoding, sniffDelimiter } from './format.js';

/** Bytes read before the encoding and the delimiter are decided. */
const HEAD_BYTES = 64 * 1024;

export interface Sniffed {
  encoding: Encoding;
  delimiter: string;
  /** The whole stream as text, head included. */
  text: AsyncGenerator<string>;
  /** Mean bytes per line in the head (for an estimate of the rows from a file's size). */
  bytesPerLine: number;
}

/** A file-system error while streaming (EACCES, EISDIR, EIO…) as a user error naming the file. */
export function readFailure(err: NodeJS.ErrnoException, file: string, hint = msg().history.streamHint): UserError {
  return new UserError(msg().history.cannotRead(file, readFailureWhy(err)), hint, { file });
}

/** Why a file could not be read, in words (permission denied, it is a folder, no such file), else the system's code. */
export function readFailureWhy(err: NodeJS.ErrnoException): string {
  const t = msg().history;
  return err.code === 'EACCES' || err.code === 'EPERM' ? t.permissionDenied : err.code === 'EISDIR' ? t.isFolder : err.code === 'ENOENT' ? t.noSuchPath : (err.code ?? err.message);
}

const bytesOf = (v: Uint8Array | string): Buffer => (typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength));

/** Reads the head of `source`, decides the encoding and the delimiter (unless given), and returns the text stream. */
export async function sniff(source: AsyncIterable<Uint8Array | string>, file: string, given: { encoding?: Encoding; delimiter?: string }): Promise<Sniffed> {
  const it = source[Symbol.asyncIterator]();
  const next = async (): Promise<IteratorResult<Uint8Array | string>> => {
    try {
      return await it.next();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code) throw readFailure(err as NodeJS.ErrnoException, file);
      throw err;
    }
  };
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < HEAD_BYTES) {
    const r = await next();
    if (r.done) {
      ended = true;
      break;
    }
    // a copy: the source may reuse its buffer for the next chunk (file-chunks.ts)
    const b = Buffer.from(bytesOf(r.value));
    headChunks.push(b);
    headLength += b.length;
  }
  const head = Buffer.concat(headChunks);
  const encoding = given.encoding ?? detectEncoding(head);
  const headText = iconv.decode(head, encoding);
  const delimiter = given.delimiter ?? sniffDelimiter(ended ? headText : headText.slice(0, headText.lastIndexOf('\n') + 1) || headText);

  async function* text(): AsyncGenerator<string> {
    try {
      yield* decoded();
    } finally {
      // a reader that stops early (a bad row with --strict) closes the file
      await it.return?.();
    }
  }

  async function* decoded(): AsyncGenerator<string> {
    // UTF-8 through the platform's decoder: several times faster than iconv's on large files
    const decode: { write: (b: Buffer) => string; end: () => string } =
      encoding === 'utf8'
        ? (() => {
            const d = new TextDecoder('utf-8');
            return { write: (b: Buffer) => d.decode(b, { stream: true }), end: () => d.decode() };
          })()
        : (() => {
            const d = iconv.getDecoder(encoding);
            return { write: (b: Buffer) => d.write(b), end: () => d.end() ?? '' };
          })();
    const first = decode.write(head);
    if (first) yield first;
    if (!ended) {
      for (;;) {
        const r = await next();
        if (r.done) break;
        const s = decode.write(bytesOf(r.value));
        if (s) yield s;
      }
    }
    const rest = decode.end();
    if (rest) yield rest;
  }
  let lines = 0;
  for (let i = head.indexOf(10); i >= 0; i = head.indexOf(10, i + 1)) lines++;
  return { encoding, delimiter, text: text(), bytesPerLine: head.length / Math.max(1, lines) };
}
