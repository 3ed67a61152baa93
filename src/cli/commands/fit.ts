/**
 * `loyalty-sim fit <history.csv>`: BG/NBD + Gamma-Gamma maximum-likelihood
 * fits (MODEL.md §6) with standard errors, convergence diagnostics and the
 * calibration/holdout check. An adapter: flags → fit/fit-history → tables or JSON.
 */
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { fitHistory } from '../../fit/fit-history.js';
import type { TimeUnit } from '../../history/summarize.js';
import { renderFit } from '../../report/fit-text.js';
import { addHistoryOptions, type HistoryFlags, parseDayFlag, readOptionsFrom, skippedLines } from '../history-flags.js';
import { parseChoice, parseLocale, defaultLocale } from '../options.js';
import { out, paint, printJson, warn } from '../output.js';

interface FitFlags extends HistoryFlags {
  unit: TimeUnit;
  calibrationEnd?: number;
  holdoutFrom?: number;
  locale: string;
  json?: boolean;
}

export function registerFit(program: Command): void {
  const cmd = program
    .command('fit')
    .description('fit BG/NBD (orders, dropout) and Gamma-Gamma (order value) to a sales history, with standard errors and a holdout check')
    .argument('<history.csv>', 'sales export: one row per purchase (or per invoice line with --order)');
  addHistoryOptions(cmd)
    .option('--unit <unit>', 'time unit of the parameters: month (the simulation\'s) or week (the published CDNOW values)', parseChoice(['week', 'month'] as const), 'month')
    .option('--calibration-end <date>', 'fit on purchases up to this day (YYYY-MM-DD); the rest is the holdout', parseDayFlag)
    .option('--holdout-from <date>', 'the holdout starts on this day (the calibration ends the day before)', parseDayFlag)
    .option('--locale <tag>', 'number format of the tables', parseLocale, defaultLocale())
    .option('--json', 'machine-readable output on stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30
  $ loyalty-sim fit fixtures/examples/sales.csv --holdout-from 2023-09-01 --json`,
    )
    .action(async (file: string, flags: FitFlags) => {
      if (flags.calibrationEnd !== undefined && flags.holdoutFrom !== undefined) {
        throw new UserError('give --calibration-end or --holdout-from, not both', '--holdout-from D is the same as --calibration-end on the day before D');
      }
      const calibrationEndDay = flags.holdoutFrom !== undefined ? flags.holdoutFrom - 1 : flags.calibrationEnd;
      const f = await fitHistory(file, readOptionsFrom(flags), { unit: flags.unit, ...(calibrationEndDay !== undefined ? { calibrationEndDay } : {}) });
      for (const line of skippedLines(f.history)) warn(line);
      for (const w of f.warnings) warn(w);
      if (flags.json) {
        const s = f.summary;
        printJson({
          file,
          unit: s.unit,
          calibrationEnd: s.calibrationEnd,
          observationEnd: s.observationEnd,
          customers: s.ids.length,
          bgnbd: { ...f.bgnbd.params, logLikelihood: f.bgnbd.logLikelihood, se: f.bgnbd.se, customers: f.bgnbd.customers, diagnostics: f.bgnbd.diagnostics },
          gammaGamma: { ...f.gammaGamma.params, logLikelihood: f.gammaGamma.logLikelihood, se: f.gammaGamma.se, customers: f.gammaGamma.customers, diagnostics: f.gammaGamma.diagnostics },
          holdout: f.holdout,
          frequencyValueCorrelation: f.frequencyValueCorrelation,
          warnings: f.warnings,
          skippedRows: f.history.skipped,
        });
        return;
      }
      out(renderFit(f, flags.locale, paint(process.stdout).bold));
    });
}
