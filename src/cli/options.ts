/**
 * Flag parsers shared by the commands. A bad value is bad usage (exit 2),
 * reported by commander with the flag's name.
 */
import { InvalidArgumentError } from 'commander';
import { availableParallelism } from 'node:os';

export function parseInteger(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
    if (n < min || n > max) throw new InvalidArgumentError(`${n} is out of range (${min} to ${max === Number.MAX_SAFE_INTEGER ? 'any' : max}).`);
    return n;
  };
}

export function parseNumber(min = -Infinity, max = Infinity) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`"${value}" is not a number.`);
    if (n < min || n > max) throw new InvalidArgumentError(`${n} is out of range (${min} to ${max}).`);
    return n;
  };
}

/** A share written as `10%` or `0.1`. */
export function parseShare(value: string): number {
  const v = value.trim();
  const pct = v.endsWith('%');
  const body = pct ? v.slice(0, -1).trim() : v;
  const n = Number(body);
  if (body === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`"${value}" is not a share (write 10% or 0.1).`);
  return pct ? n / 100 : n;
}

export function parseChoice<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`"${value}" is not one of: ${choices.join(', ')}.`);
    return value as T;
  };
}

/** The default seed: fixed, so a run can be repeated exactly (CLI.md), and printed in every report. */
export const DEFAULT_SEED = 20240601;

export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/** A BCP 47 locale this Node can format for (en-US, ru-RU, …). */
export function parseLocale(value: string): string {
  let known: string[] = [];
  try {
    known = Intl.NumberFormat.supportedLocalesOf([value]);
  } catch {
    // a malformed tag: reported below like an unknown one
  }
  if (known.length === 0) throw new InvalidArgumentError(`"${value}" is not a locale this Node knows (e.g. en-US, ru-RU).`);
  return value;
}

/** An ISO 4217 currency code. */
export function parseCurrency(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new InvalidArgumentError(`"${value}" is not an ISO 4217 currency code (e.g. USD, EUR, RUB).`);
  return code;
}
