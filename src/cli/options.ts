/**
 * Flag parsers shared by the commands. A bad value is bad usage (exit 2),
 * reported by commander with the flag's name.
 */
import { InvalidArgumentError } from 'commander';
import { availableParallelism } from 'node:os';
import { inputLang, lang, localeOf, msg } from '../i18n/current.js';
import { readNumber, type NumberInputKind } from '../i18n/number-input.js';

/**
 * Reads a typed number (src/i18n/number-input.ts: decimal comma or point,
 * grouping spaces, `%` for a share, a currency mark for an amount) or throws
 * commander's error saying what could not be read.
 */
export function typedNumber(value: string, kind: NumberInputKind = {}): number {
  const r = readNumber(value, inputLang(), kind);
  if (!r.ok) {
    // nothing readable where a share is asked for: say how a share is written
    const whole = r.problem.kind === 'unreadable' && r.problem.part === value.trim();
    throw new InvalidArgumentError(whole && kind.percent ? msg().cli.notShare(value) : `${msg().numberInput.problem(value, r.problem)}.`);
  }
  return r.value;
}

export function parseInteger(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = typedNumber(value);
    // 1e9 and 2.5e3 are whole numbers too: a huge one is out of range, not "not whole" (issue 29)
    if (Number.isFinite(n) && !Number.isInteger(n)) throw new InvalidArgumentError(msg().cli.notWhole(value));
    if (!(n >= min && n <= max)) throw new InvalidArgumentError(msg().cli.outOfRange(value.trim(), String(min), max === Number.MAX_SAFE_INTEGER ? null : String(max)));
    return n;
  };
}

/** A number; `kind` says whether it may be written as a percentage (a share) or with a currency (an amount). */
export function parseNumber(min = -Infinity, max = Infinity, kind: NumberInputKind = {}) {
  return (value: string): number => {
    const n = typedNumber(value, kind);
    if (n < min || n > max) throw new InvalidArgumentError(msg().cli.outOfRange(String(n), String(min), String(max)));
    return n;
  };
}

/** An amount of money: `6 000 000`, `6 000 000 ₽`, `6000000 руб.`. */
export const parseMoney = (value: string): number => typedNumber(value, { currency: true });

/** A share written as `10%`, `10 %`, `0.1` or `0,1`. */
export function parseShare(value: string): number {
  return typedNumber(value, { percent: true });
}

export function parseChoice<T extends string>(choices: readonly T[]) {
  const parse = (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(msg().cli.notOneOf(value, choices.join(', ')));
    return value as T;
  };
  // the shell completion script offers these (cli/completion-script.ts)
  return Object.assign(parse, { choices });
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
