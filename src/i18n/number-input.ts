/**
 * Numbers as people type them, in either language: the one reader behind every
 * numeric input (flags, `--set`, `--vary`, share±sd, the `init` wizard).
 *
 * What it accepts, whatever the interface language:
 * - a sign: `-`, `+` or the typographic minus `−` (what our own Russian output prints);
 * - digit grouping by a space, a no-break space (U+00A0), a narrow no-break
 *   space (U+202F) or a thin space, in groups of three: `6 000 000`;
 * - a decimal comma or a decimal point: `0,25`, `0.25`;
 * - both together, the last one being the decimal mark: `1,234.5`, `1.234,5`;
 * - several commas or several points in groups of three as grouping:
 *   `1,000,000`, `1.000.000`;
 * - where the input is a share, a trailing `%` (`25 %` is 0.25);
 * - where the input is an amount, a currency mark before or after the number:
 *   `₽`, `руб.`, `руб`, `р.`, `$`, `€` or a three-letter code (`RUB`, `USD`);
 * - an exponent (`1e6`), as programs write.
 *
 * The one ambiguity, a single comma followed by exactly three digits
 * (`1,000`), is read by the interface language: under English it groups
 * thousands (1000), as English speakers write; under Russian it is the
 * decimal comma (1), as Russians write. Every other single comma is a
 * decimal comma in both languages (`0,25`, `1,5`, `0,250` start with a
 * group that cannot be a thousands group, or have other than three digits
 * after the comma), and a single point is always the decimal point.
 *
 * Pure: the caller passes the language and turns the problem into its own
 * error (commander's, a UserError, the wizard's validation text).
 */
import type { Lang } from './lang.js';

/** What an input stands for: a share admits `%`, an amount a currency mark. */
export interface NumberInputKind {
  /** `25 %` is read as 0.25. */
  percent?: boolean;
  /** `6 000 000 ₽`, `RUB 500`: the currency mark is dropped. */
  currency?: boolean;
}

/** Why a text is not a number, precisely enough to say it back. */
export type NumberProblem =
  | { kind: 'empty' }
  /** Text that is not part of a number, as typed. */
  | { kind: 'unreadable'; part: string }
  /** A `%` where the input is not a share. */
  | { kind: 'percent' }
  /** A currency mark where the input is not an amount. */
  | { kind: 'currency'; part: string }
  /** Digits grouped other than by three: `1 00 000`, `1,00,000`. */
  | { kind: 'grouping'; part: string };

export type NumberReading = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const SPACES = /[\u00A0\u202F\u2009\u2007 ]+/g;
// currency marks, longest first; a three-letter code is matched separately
const CURRENCY_MARKS = ['руб.', 'руб', 'р.', '₽', '$', '€'];

/** ISO 4217 codes this Node knows (RUB, USD, EUR …): a word that is not one stays unreadable text. */
let codes: Set<string> | undefined;
const isCurrencyCode = (w: string): boolean => (codes ??= new Set(Intl.supportedValuesOf('currency'))).has(w.toUpperCase());

/** Takes a currency mark off the end (or the start) of `s`; null when there is none. */
function stripCurrency(s: string, atEnd: boolean): { rest: string; mark: string } | null {
  for (const m of CURRENCY_MARKS) {
    if (atEnd && s.toLowerCase().endsWith(m)) return { rest: s.slice(0, -m.length).trimEnd(), mark: s.slice(-m.length) };
    if (!atEnd && s.toLowerCase().startsWith(m)) return { rest: s.slice(m.length).trimStart(), mark: s.slice(0, m.length) };
  }
  const word = atEnd ? /(?:^|[\s\d])([A-Za-z]{3})$/.exec(s)?.[1] : /^([A-Za-z]{3})(?=[\s\d]|$)/.exec(s)?.[1];
  if (!word || !isCurrencyCode(word)) return null;
  return atEnd ? { rest: s.slice(0, -3).trimEnd(), mark: word } : { rest: s.slice(3).trimStart(), mark: word };
}

/** Reads the digits and separators of a number without sign, unit or exponent. */
function readBody(body: string, lang: Lang): number | NumberProblem {
  const groupedBySpace = body.includes(' ');
  if (groupedBySpace && !/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(body)) return { kind: 'grouping', part: body };
  const b = body.replaceAll(' ', '');
  if (!/^(\d[\d.,]*|[.,]\d+)$/.test(b)) return { kind: 'unreadable', part: body };
  const commas = b.split(',').length - 1;
  const points = b.split('.').length - 1;
  let normal: string;
  if (commas > 0 && points > 0) {
    // both: the last one is the decimal mark, the other groups thousands
    const decimal = b.lastIndexOf(',') > b.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole, frac, ...more] = b.split(decimal);
    if (more.length > 0 || !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole!)) return { kind: 'grouping', part: body };
    normal = `${whole!.replaceAll(group, '')}.${frac}`;
  } else if (commas + points > 1) {
    // several of one mark: grouping in threes
    const mark = commas > 0 ? ',' : '.';
    if (!new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(b)) return { kind: 'grouping', part: body };
    normal = b.replaceAll(mark, '');
  } else if (commas === 1) {
    const thousands = lang === 'en' && !groupedBySpace && /^[1-9]\d{0,2},\d{3}$/.test(b);
    normal = thousands ? b.replace(',', '') : b.replace(',', '.');
  } else {
    normal = b;
  }
  if (normal.endsWith('.')) return { kind: 'unreadable', part: body };
  const n = Number(normal);
  return Number.isFinite(n) ? n : { kind: 'unreadable', part: body };
}

/** Reads `text` as a number the way the interface language writes it (see the rule above). */
export function readNumber(text: string, lang: Lang, kind: NumberInputKind = {}): NumberReading {
  let s = text.replace(SPACES, ' ').trim();
  if (s === '') return { ok: false, problem: { kind: 'empty' } };
  let percent = false;
  let mark: string | null = null;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  } else {
    const c = stripCurrency(s, true);
    if (c) ({ rest: s, mark } = c);
  }
  let sign = 1;
  const signed = /^[-+−]/.exec(s);
  if (signed) {
    if (signed[0] !== '+') sign = -1;
    s = s.slice(1).trimStart();
  }
  if (!mark && !percent) {
    const c = stripCurrency(s, false);
    if (c) ({ rest: s, mark } = c);
  }
  if (s === '') return { ok: false, problem: { kind: 'unreadable', part: text.trim() } };
  if (percent && !kind.percent) return { ok: false, problem: { kind: 'percent' } };
  if (mark && !kind.currency) return { ok: false, problem: { kind: 'currency', part: mark } };
  // an exponent, as programs write (1e6, 2.5E-3)
  const exp = /^(.*\d)[eE]([-+]?\d+)$/.exec(s);
  const body = exp ? exp[1]! : s;
  // the first character that cannot belong to a number, with what follows it
  const bad = /[^\d ., ]/.exec(body);
  if (bad) return { ok: false, problem: { kind: 'unreadable', part: body.slice(bad.index) } };
  const n = readBody(body, lang);
  if (typeof n !== 'number') return { ok: false, problem: n };
  const value = sign * n * (exp ? 10 ** Number(exp[2]) : 1);
  if (!Number.isFinite(value)) return { ok: false, problem: { kind: 'unreadable', part: text.trim() } };
  // 25 % is 0.25 exactly, not 0.25000000000000006
  return { ok: true, value: percent ? Number((value / 100).toPrecision(15)) : value };
}
