/**
 * The language the tool speaks in this process, and its catalogs.
 *
 * The CLI sets it once per command line (cli/main.ts, from --lang or the
 * environment) before anything is printed; everything that writes text for
 * people asks `msg()` for the current catalog. Machine output (--json) never
 * goes through here: its keys and numbers are the same in every language.
 *
 * This module loads no catalog by itself: src/i18n/index.ts, which the rest
 * of the code imports, loads the English messages with it, while the CLI's
 * start (cli/main.ts and what --help needs) imports this module alone, so
 * that `loyalty-sim --help` reads its help table and no message catalog
 * (issue 26: start-up loads only what the line needs).
 */
import type { HelpMessages } from './help-en.js';
import type { Messages } from './en.js';
import type { Lang } from './lang.js';

export type { Messages } from './en.js';
export type { HelpMessages } from './help-en.js';
export { detectLang, isLang, langFromEnv, localeOf, LANGS, type Lang } from './lang.js';

/**
 * The message catalogs loaded so far: English once src/i18n/index.ts is
 * imported (it is every other catalog's type and the fallback of --json),
 * another language when loadLang asks for it, so that a process speaking
 * English never parses the Russian catalog.
 */
const catalogs: Partial<Record<Lang, Messages>> = {};

/** Loads a language's message catalog; cli/main.ts awaits it before a command runs (tests load every language in test/setup.ts). */
export async function loadLang(l: Lang): Promise<void> {
  if (l === 'ru') catalogs.ru ??= (await import('./ru.js')).ru;
  else catalogs.en ??= (await import('./en.js')).en;
}

/** Adds a catalog loaded by a static import (src/i18n/index.ts: English). */
export function addCatalog(l: Lang, messages: Messages): void {
  catalogs[l] ??= messages;
}

/**
 * Thrown by msg() and catalog() before the language's messages are loaded.
 * cli/main.ts reads a --help line without them, and on this error (a usage
 * error, refused before anything is written) loads them and reads the line again.
 */
export class CatalogNotLoaded extends Error {
  constructor(readonly lang: Lang) {
    super(`the ${lang} catalog is not loaded: await loadLang('${lang}') first`);
  }
}

function loaded(l: Lang): Messages {
  const c = catalogs[l];
  if (!c) throw new CatalogNotLoaded(l);
  return c;
}

/**
 * The --help tables (help-en.ts, help-ru.ts), loaded apart from the messages:
 * --help needs its own table and nothing else (src/cli/help.ts).
 */
const helps: Partial<Record<Lang, HelpMessages>> = {};

export async function loadHelp(l: Lang): Promise<void> {
  if (l === 'ru') helps.ru ??= (await import('./help-ru.js')).helpRu;
  else helps.en ??= (await import('./help-en.js')).helpEn;
}

/** The help table of a language, loaded by loadHelp. */
export function helpCatalog(l: Lang): HelpMessages {
  const h = helps[l];
  if (!h) throw new Error(`the ${l} help table is not loaded: await loadHelp('${l}') first`);
  return h;
}
let current: Lang = 'en';
let typing: Lang = 'en';
/** The language setLang chose last, for the modules that follow it (draft/schema.ts sets zod's messages from it). */
let chosen: Lang = 'en';
const followers: Array<(lang: Lang) => void> = [];

/**
 * Switches the language of every message, zod's own schema messages included
 * (and of typed numbers, see setInputLang). Zod is not imported here: it is
 * the draft schema's (draft/schema.ts follows this through onSetLang), so a
 * command that reads no draft, --help and --version load none of it.
 */
export function setLang(lang: Lang): void {
  current = lang;
  typing = lang;
  chosen = lang;
  for (const follow of followers) follow(lang);
}

/** Calls `follow` with setLang's language now and on every later setLang (never for useLang). */
export function onSetLang(follow: (lang: Lang) => void): void {
  followers.push(follow);
  follow(chosen);
}

/**
 * Switches our catalogs only, leaving zod alone: the what-if page in the
 * browser validates nothing, and calling setLang there would carry every zod
 * locale into the report file.
 */
export function useLang(lang: Lang): void {
  loaded(lang);
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
export const msg = (): Messages => loaded(current);

/** The catalog of a given language (tests, and output that must not depend on the language). */
export const catalog = (l: Lang): Messages => loaded(l);
