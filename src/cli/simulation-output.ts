/**
 * What simulate writes besides its tables: the --json document and the
 * --csv file of runs (report.ts writes the same JSON). A module apart from
 * the command's registration, so that `simulate --help` loads neither these
 * nor what they import (issue 26).
 */
import { METRIC_KEYS } from '../engine/metrics.js';
import type { SimulationResult } from '../engine/simulate.js';
import type { SimulationSummary } from '../engine/summary.js';
import type { CalibrationShare } from '../engine/variance-split.js';
import { csvLine, RFC4180, type CsvDialect } from '../report/csv.js';
import type { SimulationMeta } from '../report/simulation-text.js';
import { msg } from '../i18n/current.js';

/** The `simulate --json` document of CLI.md. */
export function simulationJson(file: string, meta: SimulationMeta, s: SimulationSummary, result: SimulationResult, calibration?: CalibrationShare): unknown {
  return {
    draft: file,
    name: meta.name,
    currency: meta.currency,
    seed: meta.seed,
    runs: s.runs,
    runsRequested: meta.runsRequested,
    sampling: meta.sampling,
    precisionReached: meta.precisionReached,
    interrupted: result.interrupted,
    customers: meta.customers,
    population: meta.population,
    horizonMonths: meta.horizon,
    metrics: s.metrics,
    probabilities: s.probabilities,
    standardError: s.standardError,
    monthly: s.monthly,
    tierMix: s.tierMix,
    inputs: s.inputs,
    // docs/model.md §13: per segment, before the fixed costs (metrics.fixedCosts states them at the total)
    ...(s.bySegment ? { bySegment: s.bySegment } : {}),
    // with --history and parameter uncertainty: the share of the ROI variance from calibration
    ...(calibration ? { calibration } : {}),
  };
}

/** One CSV row per run: the drawn inputs, then every metric. */
export function runsCsv(result: SimulationResult, d: CsvDialect = RFC4180): string {
  const inputKeys = result.runs.length > 0 ? Object.keys(result.runs[0]!.inputs) : [];
  // the tables' labels, not the JSON keys: the file is for spreadsheets and people; inputs keep their draft paths, the names --set takes
  const lines = [csvLine([msg().xlsx.head.run, ...inputKeys, ...METRIC_KEYS.map((k) => msg().metricLabels[k])], d)];
  for (const r of result.runs) {
    lines.push(csvLine([r.run, ...inputKeys.map((k) => r.inputs[k]), ...METRIC_KEYS.map((k) => (Number.isFinite(r.metrics[k]) ? r.metrics[k] : null))], d));
  }
  return `${d.bom ? '\ufeff' : ''}${lines.join('\n')}\n`;
}
