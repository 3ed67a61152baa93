/**
 * The language the tool speaks in this process, and its catalog.
 *
 * The CLI sets it once per command line (cli/main.ts, from --lang or the
 * environment) before anything is printed; everything that writes text for
 * people asks `msg()` for the current catalog. Machine output (--json) never
 * goes through here: its keys and numbers are the same in every language.
 */
import { z } from 'zod';
import { en, type Messages } from './en.js';
import type { Lang } from './lang.js';
import { ru } from './ru.js';

export type { Messages } from './en.js';
export { detectLang, isLang, langFromEnv, localeOf, LANGS, type Lang } from './lang.js';

const catalogs: Record<Lang, Messages> = { en, ru };
let current: Lang = 'en';
let typing: Lang = 'en';

/** Switches the language of every message, zod's own schema messages included (and of typed numbers, see setInputLang). */
export function setLang(lang: Lang): void {
  current = lang;
  typing = lang;
  z.config(lang === 'ru' ? z.locales.ru() : z.locales.en());
}

/**
 * Switches our catalogs only, leaving zod alone: the what-if page in the
 * browser validates nothing, and calling setLang there would carry every zod
 * locale into the report file.
 */
export function useLang(lang: Lang): void {
  current = lang;
}

export const lang = (): Lang => current;

/**
 * The language the user types numbers in (src/i18n/number-input.ts: is
 * "1,000" a thousand or one?). It is the user's, not the output's: --json
 * prints English for machines, but a Russian user's `--cost 1,5` still means
 * one and a half. setLang sets both; the CLI then sets this one from --lang
 * or the environment.
 */
export function setInputLang(lang: Lang): void {
  typing = lang;
}

export const inputLang = (): Lang => typing;

/** The catalog of the current language. */
export const msg = (): Messages => catalogs[current];

/** The catalog of a given language (tests, and output that must not depend on the language). */
export const catalog = (l: Lang): Messages => catalogs[l];
