/**
 * The text people read after `roi`: the articles' quick formula (docs/model.md §7)
 * with both readings of the cost, its sensitivity and what it leaves out.
 * Pure: the result in, text out (the CLI adds colour and prints).
 */
import type { QuickRoiResult, SensitivityInput } from '../decide/quick-roi.js';
import { formatMoney, formatNumber, formatPercent, type FormatOptions } from './format.js';
import { textTable } from './simulation-text.js';

export interface QuickRoiTextOptions extends FormatOptions {
  bold?: (s: string) => string;
}

const INPUT_NAMES: Record<SensitivityInput, string> = {
  uplift: 'Uplift (Y)',
  churnReduction: 'Churn reduction (X)',
  cost: 'Cost (V)',
};

/** The human report: inputs, gain, both ROIs and why they differ, sensitivity, what is left out. */
export function renderQuickRoi(r: QuickRoiResult, o: QuickRoiTextOptions): string {
  const { inputs: i } = r;
  const money = (v: number) => formatMoney(v, o);
  const pct = (v: number) => formatPercent(v, o.locale, 1);
  const num = (v: number) => formatNumber(v, o.locale, Number.isInteger(v) ? 0 : 2);
  const years = num(i.years);
  const lines: string[] = [];
  lines.push('Quick ROI (docs/model.md §7): gain = Z·Y·N·(1 − W + X), ROI = (gain − V) / V');
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
    textTable(
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
      o.bold,
    ),
  );
  if (r.sensitivity.some((s) => s.capped)) lines.push('* held at the bound where ±50 % would take churn below 0 % or above 100 %.');
  lines.push('');
  lines.push('What this formula leaves out (run `loyalty-sim simulate` to count them):');
  for (const l of r.leavesOut) lines.push(`  - ${l.text}`);
  return lines.join('\n');
}
