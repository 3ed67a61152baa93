/**
 * Output conventions of CLI.md: tables and JSON on stdout, messages on stderr,
 * colour only on a TTY and never under NO_COLOR (chalk does not check it).
 */
import type { ChalkInstance } from 'chalk';
import { createRequire } from 'node:module';
import { msg } from '../i18n/current.js';

/**
 * chalk and cli-table3 cost a sixth of a start-up that prints no colour and
 * no table (--help, --version), so they load when a command runs: cli/main.ts
 * awaits loadOutput() before any action and before it reports an error.
 */
let chalk: typeof import('chalk') | undefined;

/** Loads chalk, which paint() needs (an ES module: loaded asynchronously, once). */
export async function loadOutput(): Promise<void> {
  chalk ??= await import('chalk');
}

/** Whether a stream should get ANSI colour. */
export function colorEnabled(stream: NodeJS.WriteStream): boolean {
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

/** A chalk bound to a stream's colour support. */
export function paint(stream: NodeJS.WriteStream = process.stdout): ChalkInstance {
  if (!chalk) throw new Error('paint() before loadOutput(): cli/main.ts loads chalk before any command runs');
  return new chalk.Chalk({ level: colorEnabled(stream) ? 1 : 0 });
}

/** Our own colour (SGR) sequences: the only escape sequences we ever print. */
const SGR = /\x1b\[[0-9;]*m/g;
// C0 controls but tab and newline, DEL, C1 controls (U+0080–U+009F), and whole ESC/CSI sequences
// eslint-disable-next-line no-control-regex
const CONTROL = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]?|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * Text as it may reach a terminal: user-provided text (a draft's name, a
 * binary file's bytes in a message) must not move the cursor, retitle the
 * window or hide output, so every control character is removed. With
 * `keepColour`, our own SGR colour codes survive (a hostile name's SGR codes
 * do too, which can only recolour text).
 */
export function printable(text: string, keepColour = false): string {
  if (!keepColour) return text.replace(SGR, '').replace(CONTROL, '');
  // split with a capturing group: odd parts are the colour codes, kept as they are
  return text
    .split(/(\x1b\[[0-9;]*m)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CONTROL, '')))
    .join('');
}

export const out = (text = ''): void => {
  const t = printable(text, colorEnabled(process.stdout));
  process.stdout.write(t.endsWith('\n') ? t : `${t}\n`);
};

/** A message for the person at the terminal (stderr, so pipes stay clean). */
export const say = (text: string): void => {
  const t = printable(text, colorEnabled(process.stderr));
  process.stderr.write(t.endsWith('\n') ? t : `${t}\n`);
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
  // cli-table3 is CommonJS: required (synchronously) the first time a table is drawn
  const Table = createRequire(import.meta.url)('cli-table3') as typeof import('cli-table3');
  const t = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: align ?? head.map((_, i) => (i === 0 ? 'left' : 'right')),
  });
  for (const row of rows) t.push(row.map(String));
  return t.toString();
}
