/**
 * The what-if page's i18n/index.ts, with the report's one language only
 * (scripts/bundle-browser.mjs puts it in place of i18n/index.js when it
 * bundles whatif-page-ru.js): the page carried both catalogs, and zod's
 * locales, whatever the report's language (issue 24: 552 KB, of which the
 * other language's catalog was most). Same exports as i18n/index.ts.
 */
import type { Messages } from '../i18n/en.js';
import { ru } from '../i18n/ru.js';
import type { Lang } from '../i18n/lang.js';

export type { Messages } from '../i18n/en.js';
export { detectLang, isLang, langFromEnv, localeOf, LANGS, type Lang } from '../i18n/lang.js';

// the bundle keeps only the sections the page reads (scripts/bundle-browser.mjs): one it left out says so
const only = new Proxy(ru, {
  get(target, key) {
    const v = Reflect.get(target, key) as unknown;
    if (v === undefined && typeof key === 'string') throw new Error(`the what-if page's catalog has no section "${key}" (scripts/bundle-browser.mjs keeps the sections the page reads)`);
    return v;
  },
}) as Messages;

/** The page speaks its one language; asking for another is a build mistake, so it answers in this one. */
export function setLang(_lang: Lang): void {}
export function useLang(_lang: Lang): void {}
export const lang = (): Lang => 'ru';
export const msg = (): Messages => only;
export const catalog = (_l: Lang): Messages => only;
