/**
 * `loyalty-sim profile <history.csv>`: the customer base at a glance.
 * An adapter: flags → read options → history/read → history/profile → tables or JSON.
 */
import type { Command } from 'commander';
import { msg } from '../../i18n/current.js';
import { ensureWritable, writeFileAtomic } from '../files.js';
import { addHistoryOptions, type HistoryFlags, readOptionsFrom, skippedLines } from '../history-flags.js';
import { parseCurrency, parseInteger, parseLocale, defaultLocale } from '../options.js';
import { out, paint, printJson, say, warn } from '../output.js';

interface ProfileFlags extends HistoryFlags {
  inactiveDays: number;
  locale: string;
  currency?: string;
  cohortMonths: number;
  json?: boolean;
  summaryOut?: string;
  force?: boolean;
}

export function registerProfile(cmd: Command): void {
  addHistoryOptions(cmd)
    .option('--inactive-days <n>', '', parseInteger(1), 180)
    .option('--cohort-months <n>', '', parseInteger(1, 60), 12)
    .option('--locale <tag>', '', parseLocale, defaultLocale())
    .option('--currency <code>', '', parseCurrency)
    .option('--json')
    .option('--summary-out <file>')
    .option('--force')
    .addHelpText(
      'after',
      `
Examples:
  $ loyalty-sim profile fixtures/history/cdnow_sample.csv
  $ loyalty-sim profile fixtures/examples/sales.csv --customer Контрагент --date Дата --amount Сумма --locale ru-RU --currency RUB
  $ loyalty-sim profile fixtures/examples/online-retail.csv --order InvoiceNo --quantity Quantity --price UnitPrice --json`,
    )
    .action(async (file: string, flags: ProfileFlags) => {
      // this command's modules load when it runs, not with the command tree (issue 26: --help, --version)
      const [{ readHistoryFile }, { profileHistory }, { summarizeHistory }, { lifetimesSummaryCsv }, { renderProfile }, { currencyOfLocale }] = await Promise.all([
        import('../../history/read.js'),
        import('../../history/profile.js'),
        import('../../history/summarize.js'),
        import('../../history/summary-file.js'),
        import('../../report/profile-text.js'),
        import('../../report/locale-currency.js'),
      ]);
      // before the read, so a long read is not wasted on a file we may not write
      if (flags.summaryOut) ensureWritable(flags.summaryOut, { force: flags.force });
      const history = await readHistoryFile(file, readOptionsFrom(flags));
      for (const line of skippedLines(history)) warn(line);
      if (flags.summaryOut) {
        const s = summarizeHistory(history, { unit: 'week' });
        await writeFileAtomic(flags.summaryOut, lifetimesSummaryCsv(s), { force: flags.force });
        say(msg().summaryFile.wroteSummary(flags.summaryOut, s.ids.length));
      }
      const p = profileHistory(history, { inactiveDays: flags.inactiveDays });
      if (flags.json) {
        printJson({ file, ...p, skippedRows: history.skipped, skippedExamples: history.examples, rows: history.rows, columns: history.columns, format: history.format });
        return;
      }
      out(renderProfile(p, { locale: flags.locale, currency: flags.currency ?? currencyOfLocale(flags.locale), cohortMonths: flags.cohortMonths, bold: paint(process.stdout).bold }));
    });
}
