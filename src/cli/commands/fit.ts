/**
 * `loyalty-sim fit <history.csv>`: BG/NBD + Gamma-Gamma maximum-likelihood
 * fits (MODEL.md §6) with standard errors, convergence diagnostics and the
 * calibration/holdout check. An adapter: flags → fit/fit-history → tables or JSON.
 */
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { type HistoryFit, fitHistory } from '../../fit/fit-history.js';
import type { Diagnostics } from '../../fit/bg-nbd.js';
import type { TimeUnit } from '../../history/summarize.js';
import { formatNumber } from '../../report/format.js';
import { addHistoryOptions, type HistoryFlags, parseDayFlag, readOptionsFrom, skippedLines } from '../history-flags.js';
import { parseChoice, parseLocale } from '../options.js';
import { out, printJson, table, warn } from '../output.js';

interface FitFlags extends HistoryFlags {
  unit: TimeUnit;
  calibrationEnd?: number;
  holdoutFrom?: number;
  locale: string;
  json?: boolean;
}

const diagnosticsText = (d: Diagnostics) =>
  d.converged ? `converged after ${d.iterations} iterations, gradient norm ${d.gradientNorm.toExponential(1)}` : `NOT converged: ${d.message}`;

export function renderFit(f: HistoryFit, locale: string): string {
  const num = (v: number, d = 3) => formatNumber(v, locale, d);
  const s = f.summary;
  const lines: string[] = [];
  lines.push(`${s.ids.length} customers, calibration up to ${s.calibrationEnd}, time unit: ${s.unit}`);
  lines.push('');
  lines.push('BG/NBD (Fader, Hardie & Lee 2005)');
  const b = f.bgnbd;
  lines.push(
    table(
      ['Parameter', 'Estimate', 'Std. error'],
      [
        ['r (purchase-rate shape)', num(b.params.r, 4), num(b.se.r, 4)],
        [`α (purchase-rate scale, ${s.unit}s)`, num(b.params.alpha, 4), num(b.se.alpha, 4)],
        ['a (dropout shape)', num(b.params.a, 4), num(b.se.a, 4)],
        ['b (dropout shape)', num(b.params.b, 4), num(b.se.b, 4)],
      ],
    ),
  );
  lines.push(`log-likelihood ${num(b.logLikelihood, 2)}; ${diagnosticsText(b.diagnostics)}`);
  lines.push('');
  const g = f.gammaGamma;
  lines.push(`Gamma-Gamma (Fader & Hardie 2013), ${g.customers} customers with repeat purchases`);
  lines.push(
    table(
      ['Parameter', 'Estimate', 'Std. error'],
      [
        ['p (order-value shape)', num(g.params.p, 4), num(g.se.p, 4)],
        ['q (shape across customers)', num(g.params.q, 4), num(g.se.q, 4)],
        ['γ (scale across customers)', num(g.params.gamma, 4), num(g.se.gamma, 4)],
      ],
    ),
  );
  lines.push(`log-likelihood ${num(g.logLikelihood, 2)}; ${diagnosticsText(g.diagnostics)}`);
  lines.push(`frequency / order-value correlation ${num(f.frequencyValueCorrelation, 2)}`);
  if (f.holdout) {
    const h = f.holdout;
    lines.push('');
    lines.push(`Holdout check: repeat purchases ${s.holdoutStart} .. ${s.observationEnd} (${num(h.length, 1)} ${s.unit}s)`);
    lines.push(
      table(
        ['Purchases in calibration', 'Customers', 'Predicted', 'Actual', 'Predicted per customer', 'Actual per customer'],
        [
          ...h.byFrequency.map((k) => [k.frequency, formatNumber(k.customers, locale), num(k.predicted, 1), formatNumber(k.actual, locale), num(k.predictedMean, 2), num(k.actualMean, 2)]),
          ['total', formatNumber(s.ids.length, locale), num(h.predicted, 1), formatNumber(h.actual, locale), '', ''],
        ],
      ),
    );
  }
  return lines.join('\n');
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
    .option('--locale <tag>', 'number format of the tables', parseLocale, 'en-US')
    .option('--json', 'machine-readable output on stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ loyalty-sim fit fixtures/history/cdnow_sample.csv --unit week --calibration-end 1997-09-30
  $ loyalty-sim fit sales.csv --holdout-from 2024-01-01 --json`,
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
      out(renderFit(f, flags.locale));
    });
}
