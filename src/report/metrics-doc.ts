/**
 * docs/metrics.md, the reference of `simulate --json`'s metrics, written from
 * the metric registry (report/metric-registry.ts) so the documentation cannot
 * drift from what the engine reports: a test compares the shipped file with
 * this rendering, and scripts/write-metrics-doc.mjs writes it.
 */
import { METRIC_REGISTRY, type Aggregation, type MetricKind } from './metric-registry.js';
import { catalog } from '../i18n/index.js';

const KIND: Record<MetricKind, string> = {
  money: 'money (the draft’s currency)',
  share: 'share (a fraction: 0.25 is 25 %)',
  count: 'count',
  points: 'points',
  months: 'month number',
  ratio: 'ratio',
};

const AGGREGATE: Record<Aggregation, string> = {
  flow: 'sum over the horizon’s months',
  stock: 'level at one moment',
  ratio: 'quotient, recomputed (never summed)',
  month: 'month; mean over the runs where it happens',
};

/** The page, in English (the docs' language). */
export function metricsDoc(): string {
  const en = catalog('en');
  const ru = catalog('ru');
  const lines = [
    '# The metrics of `simulate --json`',
    '',
    'Written from the metric registry (`src/report/metric-registry.ts`); a test keeps this page equal to it.',
    'Every metric appears in `metrics` with its mean, standard error and P5/P50/P95 over runs',
    '(docs/model.md §5 and §12); the XLSX workbook, the CSV and the reports use the same names and units.',
    '',
    '| Key | Name | Russian name | Unit | Adds up as | What it is |',
    '|---|---|---|---|---|---|',
  ];
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  for (const m of METRIC_REGISTRY) {
    lines.push(`| \`${m.key}\` | ${cell(en.metricLabels[m.key])} | ${cell(ru.metricLabels[m.key])} | ${KIND[m.kind]} | ${AGGREGATE[m.aggregate]} | ${cell(en.metricDescriptions[m.key])} |`);
  }
  lines.push(
    '',
    '## Per segment (`bySegment`)',
    '',
    'A draft with `segments` (docs/model.md §13) adds `bySegment`: one entry per segment, the customers no segment',
    'matches last as `other`, each with `name`, `invited` and `metrics` summarised like the totals. The metrics are',
    `${METRIC_REGISTRY.filter((m) => m.bySegment).map((m) => `\`${m.key}\``).join(', ')}`,
    '(`activeAtStart` is the segment\'s customers). Summed over the segments they give the totals, except that the',
    'fixed costs (launch, monthly: `fixedCosts`) are stated at the total only: a segment\'s `programCost`,',
    '`netIncrementalProfit` and `roi` are before them. NPV and payback are reported at the total only.',
  );
  return `${lines.join('\n')}\n`;
}
