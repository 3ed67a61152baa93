/**
 * `loyalty-sim roi`: the articles' quick formula (MODEL.md §7) from flags,
 * with both readings of the cost, its sensitivity and what it leaves out.
 * An adapter: flags → inputs → decide/quick-roi → text or JSON.
 */
import type { Command } from 'commander';
import { quickRoi, type QuickRoiResult, type SensitivityInput } from '../../decide/quick-roi.js';
import { formatMoney, formatNumber, formatPercent, type FormatOptions } from '../../report/format.js';
import { parseCurrency, parseInteger, parseLocale, parseNumber, parseShare } from '../options.js';
import { out, printJson, table } from '../output.js';

interface RoiFlags {
  revenuePerClient: number;
  years: number;
  churn: number;
  churnReduction: number;
  uplift: number;
  cost: number;
  clients: number;
  currency: string;
  locale: string;
  json?: boolean;
}

const INPUT_NAMES: Record<SensitivityInput, string> = {
  uplift: 'Uplift (Y)',
  churnReduction: 'Churn reduction (X)',
  cost: 'Cost (V)',
};

/** The human report: inputs, gain, both ROIs and why they differ, sensitivity, what is left out. */
export function renderQuickRoi(r: QuickRoiResult, o: FormatOptions): string {
  const { inputs: i } = r;
  const money = (v: number) => formatMoney(v, o);
  const pct = (v: number) => formatPercent(v, o.locale, 1);
  const num = (v: number) => formatNumber(v, o.locale, Number.isInteger(v) ? 0 : 2);
  const years = num(i.years);
  const lines: string[] = [];
  lines.push('Quick ROI (MODEL.md §7): gain = Z·Y·N·(1 − W + X), ROI = (gain − V) / V');
  lines.push('');
  const rows: [string, string][] = [
    ['Revenue per client per year (Z)', money(i.revenuePerClient)],
    ...(i.clients !== 1 ? ([['Clients', num(i.clients)], ['Revenue base per year (Z × clients)', money(r.revenueBase)]] as [string, string][]) : []),
    ['Revenue uplift (Y)', pct(i.uplift)],
    ['Years (N)', years],
    ['Annual churn (W)', pct(i.churn)],
    ['Churn reduction, points (X)', pct(i.churnReduction)],
    ['Program cost (V)', money(i.cost)],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) lines.push(`  ${k.padEnd(w)}  ${v}`);
  lines.push('');
  const z = i.clients !== 1 ? `${money(i.revenuePerClient)} × ${num(i.clients)}` : money(i.revenuePerClient);
  lines.push(`Revenue gain over ${years} years: ${money(r.gain)}  (${z} × ${pct(i.uplift)} × ${years} × ${pct(r.retention)} kept)`);
  lines.push('');
  const once = `ROI, cost paid once (V = ${money(r.costOnce)}):`;
  const yearly = `ROI, cost paid every year (V × N = ${money(r.costEveryYear)}):`;
  const lw = Math.max(once.length, yearly.length) + 2;
  lines.push(once.padEnd(lw) + pct(r.roiCostOnce));
  lines.push(yearly.padEnd(lw) + pct(r.roiCostEveryYear));
  if (i.years === 1) {
    lines.push('Over one year the two readings are the same.');
  } else {
    lines.push(
      `Why they differ: articles call V a yearly cost yet subtract it once from a ${years}-year gain.\n` +
        `If the program costs ${money(i.cost)} every year, it breaks even only below ${money(r.breakEvenCostPerYear)} a year ` +
        `(paid once: below ${money(r.breakEvenCostOnce)}).`,
    );
  }
  if (r.breakEvenUpliftCostOnce !== null && r.breakEvenUpliftCostEveryYear !== null) {
    lines.push(
      `Break-even uplift: ${pct(r.breakEvenUpliftCostOnce)} with the cost paid once, ${pct(r.breakEvenUpliftCostEveryYear)} with it paid every year.`,
    );
  }
  lines.push('');
  lines.push('Sensitivity, one input at a time at −50 % and +50 %, the others as given:');
  const value = (input: SensitivityInput, v: number) => (input === 'cost' ? money(v) : pct(v));
  lines.push(
    table(
      ['Input', 'Low (−50 %)', 'High (+50 %)', 'ROI once, low', 'ROI once, high', 'ROI yearly, low', 'ROI yearly, high'],
      r.sensitivity.map((s) => [
        INPUT_NAMES[s.input] + (s.capped ? ' *' : ''),
        value(s.input, s.low),
        value(s.input, s.high),
        pct(s.roiLow),
        pct(s.roiHigh),
        pct(s.roiLowCostEveryYear),
        pct(s.roiHighCostEveryYear),
      ]),
    ),
  );
  if (r.sensitivity.some((s) => s.capped)) lines.push('* held at the bound where ±50 % would take churn below 0 % or above 100 %.');
  lines.push('');
  lines.push('What this formula leaves out (run `loyalty-sim simulate` to count them):');
  for (const l of r.leavesOut) lines.push(`  - ${l.text}`);
  return lines.join('\n');
}

export function registerRoi(program: Command): void {
  program
    .command('roi')
    .description("the articles' quick ROI formula (MODEL.md §7), under both readings of the cost, with its sensitivity")
    .requiredOption('--revenue-per-client <money>', 'Z: revenue per client per year', parseNumber())
    .requiredOption('--years <n>', 'N: years the program runs', parseNumber())
    .requiredOption('--churn <share>', 'W: annual churn without the program (20% or 0.2)', parseShare)
    .requiredOption('--churn-reduction <share>', 'X: cut in annual churn, in percentage points (5% or 0.05)', parseShare)
    .requiredOption('--uplift <share>', 'Y: revenue uplift (10% or 0.1)', parseShare)
    .requiredOption('--cost <money>', 'V: program cost (the articles call it yearly)', parseNumber())
    .option('--clients <n>', 'clients the revenue per client applies to (scales the gain to the base)', parseInteger(1), 1)
    .option('--currency <code>', 'currency for money in the output', parseCurrency, 'USD')
    .option('--locale <bcp47>', 'number format, e.g. en-US or ru-RU', parseLocale, 'en-US')
    .option('--json', 'print JSON only: { gain, roiCostOnce, roiCostEveryYear, sensitivity, leavesOut, ... }')
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
    .action((flags: RoiFlags) => {
      const result = quickRoi({
        revenuePerClient: flags.revenuePerClient,
        uplift: flags.uplift,
        years: flags.years,
        churn: flags.churn,
        churnReduction: flags.churnReduction,
        cost: flags.cost,
        clients: flags.clients,
      });
      if (flags.json) {
        const { gain, roiCostOnce, roiCostEveryYear, sensitivity, leavesOut, ...rest } = result;
        printJson({ gain, roiCostOnce, roiCostEveryYear, sensitivity, leavesOut, currency: flags.currency, ...rest });
        return;
      }
      out(renderQuickRoi(result, { locale: flags.locale, currency: flags.currency }));
    });
}
