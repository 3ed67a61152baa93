/**
 * The language the tool speaks, and its catalogs (src/i18n/current.ts), with
 * the English messages loaded: every module that writes text imports this
 * one, so English is there before any of them runs, in the CLI, the library,
 * the benchmarks and the what-if page alike. Only the CLI's start imports
 * current.ts alone (issue 26: `--help` loads no message catalog).
 *
 * The bindings are this module's own, not `export … from`: a bundler links a
 * re-exported name to the module that defines it and may then skip this one,
 * and with it the English catalog (scripts/bundle-cli.mjs, esbuild, did).
 */
import * as current from './current.js';
import { en } from './en.js';

current.addCatalog('en', en);

export type { HelpMessages, Messages } from './current.js';
export { detectLang, isLang, langFromEnv, localeOf, LANGS, type Lang } from './lang.js';
export const CatalogNotLoaded = current.CatalogNotLoaded;
export const addCatalog = current.addCatalog;
export const loadLang = current.loadLang;
export const loadHelp = current.loadHelp;
export const helpCatalog = current.helpCatalog;
export const setLang = current.setLang;
export const onSetLang = current.onSetLang;
export const useLang = current.useLang;
export const lang = current.lang;
export const setInputLang = current.setInputLang;
export const inputLang = current.inputLang;
export const msg = current.msg;
export const catalog = current.catalog;
