// Writes docs/metrics.md from the metric registry (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { loadLang } from '../dist/i18n/index.js';
import { metricsDoc } from '../dist/report/metrics-doc.js';

// the doc is written in both languages: the Russian catalog loads on demand (issue 26)
await loadLang('ru');

writeFileSync(new URL('../docs/metrics.md', import.meta.url), metricsDoc());
