/**
 * Output conventions of CLI.md: tables and JSON on stdout, messages on stderr,
 * colour only on a TTY and never under NO_COLOR (chalk does not check it).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { msg } from '../i18n/index.js';

/** Whether a stream should get ANSI colour. */
export function colorEnabled(stream: NodeJS.WriteStream): boolean {
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

/** A chalk bound to a stream's colour support. */
export function paint(stream: NodeJS.WriteStream = process.stdout): ChalkInstance {
  return new Chalk({ level: colorEnabled(stream) ? 1 : 0 });
}

export const out = (text = ''): void => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
};

/** A message for the person at the terminal (stderr, so pipes stay clean). */
export const say = (text: string): void => {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
};

export function warn(text: string): void {
  const c = paint(process.stderr);
  say(`${c.yellow(msg().cli.warning)} ${text}`);
}

/** Machine output: only the JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export type Align = 'left' | 'right' | 'center';

/** A plain table (box drawing, no colour unless stdout is a colour TTY). */
export function table(head: string[], rows: (string | number)[][], align?: Align[]): string {
  const c = paint(process.stdout);
  const t = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: align ?? head.map((_, i) => (i === 0 ? 'left' : 'right')),
  });
  for (const row of rows) t.push(row.map(String));
  return t.toString();
}
