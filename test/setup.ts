/**
 * Every test file starts as the CLI's main() leaves a command: every
 * language's catalog and --help table loaded (the CLI loads only the language in use, src/i18n/
 * index.ts loadLang, but tests switch languages with setLang and read
 * catalog('ru') directly), and the colour library that cli/output.ts prints
 * with (main loads it before any action runs; tests call commands directly).
 */
import { loadOutput } from '../src/cli/output.js';
import { loadHelp, loadLang } from '../src/i18n/index.js';

await Promise.all([loadLang('ru'), loadHelp('en'), loadHelp('ru')]);
await loadOutput();
