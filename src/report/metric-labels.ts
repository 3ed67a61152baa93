/**
 * People's names of the metrics, as simulate's tables print them: the --csv
 * header uses these, so a spreadsheet reads like the terminal; the camelCase
 * keys are for --json only. A metric with a baseline and a program value in
 * the KPI table gets the table's row label and its column in parentheses.
 * The names live in the catalogs (i18n/en.ts, ru.ts), so a Russian CSV has
 * the Russian table labels.
 */
import type { MetricKey } from '../engine/metrics.js';
import { catalog, msg } from '../i18n/index.js';

/** The English names (tests and readers that must not depend on the language). */
export const METRIC_LABELS: Record<MetricKey, string> = catalog('en').metricLabels;

/** The metrics' names in the current language. */
export const metricLabels = (): Record<MetricKey, string> => msg().metricLabels;
