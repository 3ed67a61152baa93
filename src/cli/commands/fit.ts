/**
 * `loyalty-sim fit <history.csv>`: BG/NBD or Pareto/NBD + Gamma-Gamma fits
 * (MODEL.md §6) with standard errors, convergence diagnostics, how much a
 * prior decided, and the calibration/holdout check. An adapter: flags →
 * fit/fit-history → tables or JSON.
 */
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { msg } from '../../i18n/current.js';
import type { HistoryFit } from '../../fit/fit-history.js';
import type { SummaryUnit } from '../../history/summary-file.js';
import type { TimeUnit } from '../../history/summarize.js';
import { isoDay } from '../../history/format.js';
import type { FitDiagnostics } from '../../fit/diagnostics.js';
import { ensureWritable, writeFileAtomic } from '../files.js';
import { addCalibrationOptions, addHistoryOptions, type CalibrationFlags, type HistoryFlags, parseDayFlag, readOptionsFrom, skippedLines } from '../history-flags.js';
import { parseChoice, parseLocale, defaultLocale } from '../options.js';
import { out, paint, printJson, say, warn } from '../output.js';

interface FitFlags extends HistoryFlags, CalibrationFlags {
  summary?: string;
  unit: TimeUnit;
  summaryUnit?: SummaryUnit;
  calibrationEnd?: number;
  holdoutFrom?: number;
  locale: string;
  json?: boolean;
  html?: string;
  force?: boolean;
}

export function registerFit(cmd: Command): void {
  addCalibrationOptions(addHistoryOptions(cmd))
    .option('--unit <unit>', '', parseChoice(['week', 'month'] as const), 'month')
    .option('--calibration-end <date>', '', parseDayFlag)
    .option('--holdout-from <date>', '', parseDayFlag)
    .option('--summary <csv>')
    .option('--summary-unit <unit>', '', parseChoice(['day', 'week', 'month'] as const))
    .option('--locale <tag>', '', parseLocale, defaultLocale())
    .option('--json')
    .option('--html <file>')
    .option('--force')
    .addHelpText(
      'after',
      `
Examples:
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30 --model auto
  $ loyalty-sim fit fixtures/examples/sales.csv --annual-churn 0.15±0.05
  $ loyalty-sim fit fixtures/examples/sales.csv --holdout-from 2023-09-01 --json
  $ loyalty-sim fit --summary fixtures/examples/cdnow-summary.csv --unit week
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30 --html fit.html`,
    )
    .action(async (file: string | undefined, flags: FitFlags) => {
      // this command's modules load when it runs, not with the command tree (issue 26: --help, --version)
      const [{ fitHistory, fitSummary, fitWarnings }, { proseNumber }, { readSummaryFile }, { renderFit }, { fitDiagnostics }, { renderFitDiagnostics }] = await Promise.all([
        import('../../fit/fit-history.js'),
        import('../../report/format.js'),
        import('../../history/summary-file.js'),
        import('../../report/fit-text.js'),
        import('../../fit/diagnostics.js'),
        import('../../report/fit-diagnostics-text.js'),
      ]);
      if ((file === undefined) === (flags.summary === undefined)) {
        throw new UserError(msg().fit.needInput, msg().fit.needInputHint);
      }
      // before the fit, so a long read is not wasted on a file we may not write
      if (flags.html) ensureWritable(flags.html, { force: flags.force });
      const calibration = { unit: flags.unit, model: flags.model, ...(flags.annualChurn ? { annualChurn: flags.annualChurn } : {}), seasonality: flags.seasonality !== false };
      if (flags.summary !== undefined) {
        if (flags.calibrationEnd !== undefined || flags.holdoutFrom !== undefined) {
          throw new UserError(msg().fit.summaryNoDates, msg().fit.summaryNoDatesHint);
        }
        const summaryUnit = flags.summaryUnit ?? flags.unit;
        const read = await readSummaryFile(flags.summary, flags.unit, summaryUnit);
        say(msg().summaryFile.readAs(flags.summary, read.convention, summaryUnit, '--summary-unit'));
        const f = fitSummary(read, calibration);
        for (const w of fitWarnings(f, msg().fit, proseNumber(flags.locale))) warn(w);
        const d = fitDiagnostics(f);
        if (flags.json) printJson({ ...(fitJson(flags.summary, f, {}) as object), ...diagnosticsJson(d) });
        else out(`${renderFit(f, flags.locale, paint(process.stdout).bold)}\n\n${renderFitDiagnostics(d, flags.locale, paint(process.stdout).bold)}`);
        await writeHtml(flags, flags.summary, f, d);
        return;
      }
      if (flags.calibrationEnd !== undefined && flags.holdoutFrom !== undefined) {
        throw new UserError(msg().fit.endOrHoldout, msg().fit.endOrHoldoutHint);
      }
      const calibrationEndDay = flags.holdoutFrom !== undefined ? flags.holdoutFrom - 1 : flags.calibrationEnd;
      const f = await fitHistory(file!, readOptionsFrom(flags), { ...calibration, ...(calibrationEndDay !== undefined ? { calibrationEndDay } : {}) });
      for (const line of skippedLines(f.history)) warn(line);
      for (const w of fitWarnings(f, msg().fit, proseNumber(flags.locale))) warn(w);
      const d = fitDiagnostics(f, f.history);
      if (flags.json) printJson({ ...(fitJson(file!, f, f.history.skipped) as object), ...diagnosticsJson(d) });
      else out(`${renderFit(f, flags.locale, paint(process.stdout).bold)}\n\n${renderFitDiagnostics(d, flags.locale, paint(process.stdout).bold)}`);
      await writeHtml(flags, file!, f, d);
    });
}

/** `--html FILE`: the diagnostics page, written atomically (never over an existing file without --force). */
async function writeHtml(flags: FitFlags, source: string, f: HistoryFit, d: FitDiagnostics): Promise<void> {
  if (!flags.html) return;
  const { renderFitHtml } = await import('../../report/fit-html.js');
  await writeFileAtomic(flags.html, renderFitHtml(source, f, d, { locale: flags.locale, generatedAt: new Date() }), { force: flags.force });
  say(msg().cli.wrote(flags.html));
}

/** The diagnostics' numbers for --json (the holdout table and the P(alive) histogram are already in fitJson). */
function diagnosticsJson(d: FitDiagnostics): Record<string, unknown> {
  return {
    tracking: d.tracking && {
      weekEnds: d.tracking.weekEndDays.map(isoDay),
      actual: d.tracking.actual,
      expected: d.tracking.expected,
      calibrationWeeks: d.tracking.calibrationWeeks,
    },
    valueByFrequency: d.valueByFrequency.map((b) => ({ ...b, meanValue: Number.isFinite(b.meanValue) ? b.meanValue : null })),
  };
}

/** The `fit --json` document. */
function fitJson(file: string, f: HistoryFit, skippedRows: Record<string, number>): unknown {
  const s = f.summary;
  return {
    file,
    unit: s.unit,
    calibrationEnd: s.calibrationEnd,
    observationEnd: s.observationEnd,
    customers: s.ids.length,
    model: f.purchase.model,
    [f.purchase.model === 'bg-nbd' ? 'bgnbd' : 'paretoNbd']: {
      ...f.purchase.params,
      logLikelihood: f.purchase.logLikelihood,
      se: f.purchase.se,
      logCovariance: f.purchase.logCovariance,
      customers: f.purchase.customers,
      diagnostics: f.purchase.diagnostics,
    },
    identification: f.identification,
    candidates: f.candidates,
    choice: f.choice,
    gammaGamma: { ...f.gammaGamma.params, logLikelihood: f.gammaGamma.logLikelihood, se: f.gammaGamma.se, customers: f.gammaGamma.customers, diagnostics: f.gammaGamma.diagnostics },
    holdout: f.holdout,
    pAliveHistogram: f.pAliveHistogram,
    seasonality: f.seasonality,
    frequencyValueCorrelation: f.frequencyValueCorrelation,
    warnings: f.warnings,
    skippedRows,
  };
}
