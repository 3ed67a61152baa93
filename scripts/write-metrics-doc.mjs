// Writes docs/metrics.md from the metric registry (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { metricsDoc } from '../dist/report/metrics-doc.js';

writeFileSync(new URL('../docs/metrics.md', import.meta.url), metricsDoc());
