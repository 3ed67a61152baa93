/**
 * Flag parsers shared by the commands. A bad value is bad usage (exit 2),
 * reported by commander with the flag's name.
 */
import { InvalidArgumentError } from 'commander';
import { availableParallelism } from 'node:os';
import { lang, localeOf, msg } from '../i18n/index.js';

export function parseInteger(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    // 1e9 and 2.5e3 are whole numbers too: a huge one is out of range, not "not whole" (issue 29)
    if (!/^-?\d+(\.\d+)?(e\+?\d+)?$/i.test(value.trim()) || (Number.isFinite(n) && !Number.isInteger(n))) throw new InvalidArgumentError(msg().cli.notWhole(value));
    if (!(n >= min && n <= max)) throw new InvalidArgumentError(msg().cli.outOfRange(value.trim(), String(min), max === Number.MAX_SAFE_INTEGER ? null : String(max)));
    return n;
  };
}

export function parseNumber(min = -Infinity, max = Infinity) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(msg().cli.notNumber(value));
    if (n < min || n > max) throw new InvalidArgumentError(msg().cli.outOfRange(String(n), String(min), String(max)));
    return n;
  };
}

/** A share written as `10%` or `0.1`. */
export function parseShare(value: string): number {
  const v = value.trim();
  const pct = v.endsWith('%');
  const body = pct ? v.slice(0, -1).trim() : v;
  const n = Number(body);
  if (body === '' || !Number.isFinite(n)) throw new InvalidArgumentError(msg().cli.notShare(value));
  return pct ? n / 100 : n;
}

export function parseChoice<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(msg().cli.notOneOf(value, choices.join(', ')));
    return value as T;
  };
}

/** The default seed: fixed, so a run can be repeated exactly (CLI.md), and printed in every report. */
export const DEFAULT_SEED = 20240601;

/** The number and date locale of tables when --locale is not given: the language's (ru-RU under --lang ru). */
export const defaultLocale = (): string => localeOf(lang());

export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/** A BCP 47 locale this Node can format for (en-US, ru-RU, …). */
export function parseLocale(value: string): string {
  let known: string[] = [];
  try {
    known = Intl.NumberFormat.supportedLocalesOf([value]);
  } catch {
    // a malformed tag: reported below like an unknown one
  }
  if (known.length === 0) throw new InvalidArgumentError(msg().cli.notLocale(value));
  return value;
}

/** An ISO 4217 currency code. */
export function parseCurrency(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new InvalidArgumentError(msg().cli.notCurrency(value));
  return code;
}
