/**
 * `loyalty-sim profile <history.csv>`: the customer base at a glance.
 * An adapter: flags → read options → history/read → history/profile → tables or JSON.
 */
import type { Command } from 'commander';
import { readHistoryFile } from '../../history/read.js';
import { type Profile, profileHistory } from '../../history/profile.js';
import { formatMoney, formatNumber, formatPercent } from '../../report/format.js';
import { addHistoryOptions, type HistoryFlags, readOptionsFrom, skippedLines } from '../history-flags.js';
import { parseCurrency, parseInteger, parseLocale } from '../options.js';
import { out, printJson, table, warn } from '../output.js';

interface ProfileFlags extends HistoryFlags {
  inactiveDays: number;
  locale: string;
  currency?: string;
  cohortMonths: number;
  json?: boolean;
}

export function renderProfile(p: Profile, o: { locale: string; currency?: string; cohortMonths: number }): string {
  const money = (v: number) => (o.currency ? formatMoney(v, { locale: o.locale, currency: o.currency }) : formatNumber(v, o.locale, 0));
  const check = (v: number) => (o.currency ? formatMoney(v, { locale: o.locale, currency: o.currency }, 2) : formatNumber(v, o.locale, 2));
  const pct = (v: number) => formatPercent(v, o.locale, 1);
  const num = (v: number, d = 0) => formatNumber(v, o.locale, d);
  const lines: string[] = [];
  lines.push(
    table(
      ['Customer base', ''],
      [
        ['Customers', num(p.customers)],
        ['Orders', num(p.orders)],
        ['Revenue (net of returns)', money(p.revenue)],
        ['Period', `${p.firstDate} .. ${p.lastDate}`],
        ['Top 20 % of customers: revenue share', pct(p.paretoTop20Share)],
        ['Orders per customer-month', num(p.ordersPerCustomerMonth, 3)],
        ['Average check', check(p.averageCheck)],
        [`Churned (no purchase in the last ${p.inactiveDays} days)`, `${num(p.churned)} (${pct(p.churnRate)})`],
      ],
    ),
  );
  lines.push('');
  lines.push('RFM segments (recency × frequency quintiles)');
  lines.push(
    table(
      ['Segment', 'Customers', 'Share', 'Revenue', 'Revenue share', 'Recency, days', 'Purchases', 'Revenue per customer'],
      p.rfm.map((s) => [s.segment, num(s.customers), pct(s.share), money(s.revenue), pct(s.revenueShare), num(s.meanRecencyDays), num(s.meanFrequency, 1), money(s.meanMonetary)]),
    ),
  );
  lines.push('');
  const k = o.cohortMonths;
  lines.push(`Cohort retention: share of each first-purchase month's customers buying k months later (k = 1..${k})`);
  lines.push(
    table(
      ['Cohort', 'Customers', ...Array.from({ length: k }, (_, i) => `+${i + 1}`)],
      p.cohorts.map((c) => [c.cohort, num(c.customers), ...Array.from({ length: k }, (_, i) => (i + 1 < c.retention.length ? pct(c.retention[i + 1]!) : ''))]),
    ),
  );
  return lines.join('\n');
}

export function registerProfile(program: Command): void {
  const cmd = program
    .command('profile')
    .description('describe a customer base from a sales history CSV: counts, Pareto share, RFM segments, frequency, average check, churn, cohorts')
    .argument('<history.csv>', 'sales export: one row per purchase (or per invoice line with --order)');
  addHistoryOptions(cmd)
    .option('--inactive-days <n>', 'a customer without a purchase for this many days counts as churned', parseInteger(1), 180)
    .option('--cohort-months <n>', 'months after the first purchase shown in the cohort table', parseInteger(1, 60), 12)
    .option('--locale <tag>', 'number and date format of the tables', parseLocale, 'en-US')
    .option('--currency <code>', 'show money with this currency (ISO 4217); plain numbers when omitted', parseCurrency)
    .option('--json', 'machine-readable output on stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ loyalty-sim profile fixtures/history/cdnow_sample.csv
  $ loyalty-sim profile sales.csv --customer Контрагент --date Дата --amount Сумма --locale ru-RU --currency RUB
  $ loyalty-sim profile online-retail.csv --order InvoiceNo --quantity Quantity --price UnitPrice --json`,
    )
    .action(async (file: string, flags: ProfileFlags) => {
      const history = await readHistoryFile(file, readOptionsFrom(flags));
      for (const line of skippedLines(history)) warn(line);
      const p = profileHistory(history, { inactiveDays: flags.inactiveDays });
      if (flags.json) {
        printJson({ file, ...p, skippedRows: history.skipped, skippedExamples: history.examples, rows: history.rows, columns: history.columns, format: history.format });
        return;
      }
      out(renderProfile(p, { locale: flags.locale, ...(flags.currency ? { currency: flags.currency } : {}), cohortMonths: flags.cohortMonths }));
    });
}
