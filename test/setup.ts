/**
 * Every test file starts with every language's catalog loaded: the CLI loads
 * only the language in use (src/i18n/index.ts loadLang), but tests switch
 * languages with setLang and read catalog('ru') directly.
 */
import { loadLang } from '../src/i18n/index.js';

await loadLang('ru');
