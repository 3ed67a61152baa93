/**
 * `loyalty-sim roi`: the articles' quick formula (docs/model.md §7) from flags,
 * with both readings of the cost, its sensitivity and what it leaves out.
 * An adapter: flags → inputs → decide/quick-roi → text or JSON.
 */
import type { Command } from 'commander';
import { parseCurrency, parseInteger, parseLocale, parseMoney, parseNumber, parseShare, defaultLocale } from '../options.js';
import { out, paint, printJson } from '../output.js';

interface RoiFlags {
  revenuePerClient: number;
  years: number;
  churn: number;
  churnReduction: number;
  uplift: number;
  cost: number;
  clients: number;
  currency?: string;
  locale: string;
  json?: boolean;
}

export function registerRoi(command: Command): void {
  command
    .requiredOption('--revenue-per-client <money>', '', parseMoney)
    .requiredOption('--years <n>', '', parseNumber())
    .requiredOption('--churn <share>', '', parseShare)
    .requiredOption('--churn-reduction <share>', '', parseShare)
    .requiredOption('--uplift <share>', '', parseShare)
    .requiredOption('--cost <money>', '', parseMoney)
    .option('--clients <n>', '', parseInteger(1), 1)
    .option('--currency <code>', '', parseCurrency)
    .option('--locale <bcp47>', '', parseLocale, defaultLocale())
    .option('--json')
    .addHelpText(
      'after',
      `
Money is a plain number (1200 or 1200.50); shares are 10% or 0.1.
Z is per client while V is the whole program's cost: pass --clients N (or
Z as the whole base's yearly revenue) so that gain and cost are on one scale.
In --json, sensitivity rows give roiLow/roiHigh with the cost paid once and
roiLowCostEveryYear/roiHighCostEveryYear with it paid every year.

Example:
  $ loyalty-sim roi --revenue-per-client 1200 --clients 5000 --uplift 10% \\
      --years 3 --churn 20% --churn-reduction 5% --cost 1000000
  $ loyalty-sim roi --revenue-per-client 90000 --uplift 0.08 --years 2 --churn 0.3 \\
      --churn-reduction 0.05 --cost 5000 --currency RUB --locale ru-RU`,
    )
    .action(async (flags: RoiFlags) => {
      // this command's modules load when it runs, not with the command tree (issue 26: --help, --version)
      const [{ quickRoi }, { currencyOfLocale }, { renderQuickRoi }] = await Promise.all([import('../../decide/quick-roi.js'), import('../../report/locale-currency.js'), import('../../report/quick-roi-text.js')]);
      const result = quickRoi({
        revenuePerClient: flags.revenuePerClient,
        uplift: flags.uplift,
        years: flags.years,
        churn: flags.churn,
        churnReduction: flags.churnReduction,
        cost: flags.cost,
        clients: flags.clients,
      });
      const currency = flags.currency ?? currencyOfLocale(flags.locale);
      if (flags.json) {
        const { gain, roiCostOnce, roiCostEveryYear, sensitivity, leavesOut, ...rest } = result;
        printJson({ gain, roiCostOnce, roiCostEveryYear, sensitivity, leavesOut, currency, ...rest });
        return;
      }
      out(renderQuickRoi(result, { locale: flags.locale, currency, bold: paint(process.stdout).bold }));
    });
}
