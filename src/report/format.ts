/**
 * Number formatting for people: money in the draft's currency, shares as
 * percentages, for a BCP 47 locale (en-US by default; ru-RU must work).
 * Machines get raw numbers through --json; this is only for tables and reports.
 */
import { msg } from '../i18n/index.js';

export interface FormatOptions {
  locale: string;
  currency: string;
}

const cache = new Map<string, Intl.NumberFormat>();
function fmt(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  if (typographic(locale) && options.signDisplay === undefined) options = { ...options, signDisplay: 'negative' as Intl.NumberFormatOptions['signDisplay'] }; // ES2023, in Node 20
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const DASH = '–';

/**
 * Russian typography for a formatted number: the minus sign (−, U+2212) where
 * Intl writes the ASCII hyphen, and no "-0 %" for a value that rounds to zero
 * (signDisplay 'negative', set in fmt for these locales). Only for ru: English
 * output stays as it was, byte for byte.
 */
const typographic = (locale: string): boolean => /^ru\b/i.test(locale);
export const minus = (locale: string, s: string): string => (typographic(locale) ? s.replace(/-/g, '−') : s);

/** Money with the currency symbol, whole units (the model's inputs are not precise to the cent). */
export function formatMoney(value: number | null | undefined, o: FormatOptions, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return minus(o.locale, fmt(o.locale, { style: 'currency', currency: o.currency, maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value));
}

/** Large money compactly: 1.2M ₽ / 1,2 млн ₽. For charts and narrow columns. */
export function formatMoneyCompact(value: number | null | undefined, o: FormatOptions): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return minus(o.locale, fmt(o.locale, { style: 'currency', currency: o.currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(value));
}

/** A share as a percentage: 0.153 → 15.3%. */
export function formatPercent(value: number | null | undefined, locale: string, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return minus(locale, fmt(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value));
}

export function formatNumber(value: number | null | undefined, locale: string, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return minus(locale, fmt(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value));
}

/** How a quantity reads for people. */
export type ValueKind = 'money' | 'percent' | 'count' | 'month' | 'decimal';

/**
 * A value by its kind. A month that is null or +Infinity is a payback that
 * never comes ("never"); any other missing or non-finite value is a dash.
 */
export function formatKind(v: number | null | undefined, kind: ValueKind, o: FormatOptions): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return kind === 'month' && v !== -Infinity && v !== undefined && !Number.isNaN(v) ? msg().common.never : DASH;
  switch (kind) {
    case 'money':
      return formatMoney(v, o);
    case 'percent':
      return formatPercent(v, o.locale);
    case 'count':
      return formatNumber(v, o.locale);
    case 'month':
      return formatNumber(v, o.locale, 0);
    case 'decimal':
      return formatNumber(v, o.locale, Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 2 : 3);
  }
}

/** A calendar date (UTC) the locale's way: 2024-03-01 → 3/1/2024 or 01.03.2024. */
export function formatDate(isoOrDate: string | Date, locale: string): string {
  const d = typeof isoOrDate === 'string' ? new Date(`${isoOrDate.slice(0, 10)}T00:00:00Z`) : isoOrDate;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/**
 * A date in a text table or sentence: the locale's way where it writes dates
 * as Russians do (31.12.2024 under ru-RU), else ISO 2024-12-31, which the
 * English tables have always shown (unambiguous between 12/31 and 31/12).
 */
export function tableDate(iso: string, locale: string): string {
  return typographic(locale) ? formatDate(iso, locale) : iso;
}

/**
 * A number inside a sentence (warnings, the model choice). Where the locale
 * writes a decimal point, as JavaScript writes it, ungrouped, so the English
 * text and --json's warnings read the same; elsewhere with the locale's
 * decimal separator and digit groups, as run counts are (1 000,5 in ru-RU,
 * with a no-break space). `digits` fixes the decimals.
 */
export function proseNumber(locale: string): (x: number, digits?: number) => string {
  const decimal = fmt(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).formatToParts(0.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const plain = (x: number, digits?: number): string => (digits === undefined ? String(x) : x.toFixed(digits));
  if (decimal === '.') return plain;
  const whole = fmt(locale, { maximumFractionDigits: 0 });
  return (x, digits) => {
    const s = plain(x, digits);
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
    // exponent forms (1e-7, 1e+21) and Infinity/NaN keep their shape
    if (!m) return s.replace('.', decimal);
    return minus(locale, `${m[1]}${whole.format(BigInt(m[2]!))}${m[3] === undefined ? '' : decimal + m[3]}`);
  };
}
