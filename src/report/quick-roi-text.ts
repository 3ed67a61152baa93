/**
 * The text people read after `roi`: the articles' quick formula (docs/model.md §7)
 * with both readings of the cost, its sensitivity and what it leaves out.
 * Pure: the result in, text out (the CLI adds colour and prints).
 */
import type { QuickRoiResult, SensitivityInput } from '../decide/quick-roi.js';
import { msg } from '../i18n/index.js';
import { formatMoney, formatNumber, formatPercent, type FormatOptions } from './format.js';
import { textTable } from './simulation-text.js';

export interface QuickRoiTextOptions extends FormatOptions {
  bold?: (s: string) => string;
}

/** The human report: inputs, gain, both ROIs and why they differ, sensitivity, what is left out. */
export function renderQuickRoi(r: QuickRoiResult, o: QuickRoiTextOptions): string {
  const { inputs: i } = r;
  const money = (v: number) => formatMoney(v, o);
  const pct = (v: number) => formatPercent(v, o.locale, 1);
  const num = (v: number) => formatNumber(v, o.locale, Number.isInteger(v) ? 0 : 2);
  const years = num(i.years);
  const t = msg().roi;
  const lines: string[] = [];
  lines.push(t.title);
  lines.push('');
  const rows: [string, string][] = [
    [t.revenuePerClient, money(i.revenuePerClient)],
    ...(i.clients !== 1 ? ([[t.clients, num(i.clients)], [t.revenueBase, money(r.revenueBase)]] as [string, string][]) : []),
    [t.revenueUplift, pct(i.uplift)],
    [t.years, years],
    [t.churn, pct(i.churn)],
    [t.churnReduction, pct(i.churnReduction)],
    [t.cost, money(i.cost)],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) lines.push(`  ${k.padEnd(w)}  ${v}`);
  lines.push('');
  const z = i.clients !== 1 ? `${money(i.revenuePerClient)} × ${num(i.clients)}` : money(i.revenuePerClient);
  lines.push(t.gain(years, money(r.gain), z, pct(i.uplift), pct(r.retention)));
  lines.push('');
  const once = t.once(money(r.costOnce));
  const yearly = t.yearly(money(r.costEveryYear));
  const lw = Math.max(once.length, yearly.length) + 2;
  lines.push(once.padEnd(lw) + pct(r.roiCostOnce));
  lines.push(yearly.padEnd(lw) + pct(r.roiCostEveryYear));
  if (i.years === 1) {
    lines.push(t.sameOverOneYear);
  } else {
    lines.push(t.whyDiffer(years, money(i.cost), money(r.breakEvenCostPerYear), money(r.breakEvenCostOnce)));
  }
  if (r.breakEvenUpliftCostOnce !== null && r.breakEvenUpliftCostEveryYear !== null) {
    lines.push(t.breakEvenUplift(pct(r.breakEvenUpliftCostOnce), pct(r.breakEvenUpliftCostEveryYear)));
  }
  lines.push('');
  lines.push(t.sensitivity);
  const value = (input: SensitivityInput, v: number) => (input === 'cost' ? money(v) : pct(v));
  lines.push(
    textTable(
      t.head,
      r.sensitivity.map((s) => [
        t.inputs[s.input]! + (s.capped ? ' *' : ''),
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
  if (r.sensitivity.some((s) => s.capped)) lines.push(t.capped);
  lines.push('');
  lines.push(t.leavesOutTitle);
  for (const l of r.leavesOut) lines.push(`  - ${t.leftOut(l.id, l.text)}`);
  return lines.join('\n');
}
