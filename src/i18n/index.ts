/**
 * The language the tool speaks in this process, and its catalog.
 *
 * The CLI sets it once per command line (cli/main.ts, from --lang or the
 * environment) before anything is printed; everything that writes text for
 * people asks `msg()` for the current catalog. Machine output (--json) never
 * goes through here: its keys and numbers are the same in every language.
 */
import { en, type Messages } from './en.js';
import type { Lang } from './lang.js';

export type { Messages } from './en.js';
export { detectLang, isLang, langFromEnv, localeOf, LANGS, type Lang } from './lang.js';

/**
 * The catalogs loaded so far: English always (it is every other catalog's
 * type and the fallback of --json), another language when loadLang asks for
 * it, so that a process speaking English never parses the Russian catalog
 * (issue 26: start-up loads only the language in use).
 */
const catalogs: Partial<Record<Lang, Messages>> = { en };

/** Loads a language's catalog; cli/main.ts awaits it before setLang (tests load every language in test/setup.ts). */
export async function loadLang(l: Lang): Promise<void> {
  if (l === 'ru') catalogs.ru ??= (await import('./ru.js')).ru;
}

function loaded(l: Lang): Messages {
  const c = catalogs[l];
  if (!c) throw new Error(`the ${l} catalog is not loaded: await loadLang('${l}') first`);
  return c;
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
  loaded(lang);
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
