/**
 * The text people read after `compare`, `sweep`, `tornado` and `breakeven`.
 * Pure: results in, text out (the CLI adds colour and prints). Money is shown
 * compactly (1.2M) in the currency named in the header, so that several
 * drafts or grid points fit side by side.
 */
import { inputName } from './input-names.js';
import type { Summary } from '../engine/metrics.js';
import { errorDesignFor } from '../engine/standard-error.js';
import type { BreakevenResult } from '../decide/breakeven.js';
import { bestDraft, NOISE_SE, type Comparison, type PairComparison } from '../decide/compare.js';
import { frontier, type SweepResult } from '../decide/sweep.js';
import type { TornadoResult } from '../decide/tornado.js';
import { msg } from '../i18n/index.js';
import { behaviourCostRows, selectionView } from './behaviour-view.js';
import { actionIncomeRows } from './actions-view.js';
import { bars, lineChart } from './charts-text.js';
import { formatMoney, formatNumber, formatPercent, minus, type FormatOptions } from './format.js';
import { errorDescription, textTable } from './simulation-text.js';

export interface DecideTextOptions extends FormatOptions {
  charts: boolean;
  bold?: (s: string) => string;
  /** The terminal's width: compare's table and sweep's tables and grid are split to fit it. Unset (piped): full width. */
  width?: number;
}

/** What every batch report says about how it was run. */
export interface BatchMeta {
  /** "10,000 synthetic customers" or the history's description. */
  population: string;
  horizon: number;
  seed: number;
  runs: number;
  sampling: 'lhs' | 'mc';
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, o: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(o)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, o)));
  return f;
}

/** Money without the symbol, compact: 1.2M, −350K. */
export function compactMoney(v: number | null | undefined, locale: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return minus(locale, nf(locale, { notation: 'compact', maximumFractionDigits: 1, ...(/^ru\b/i.test(locale) ? { signDisplay: 'negative' as Intl.NumberFormatOptions['signDisplay'] } : {}) }).format(v));
}

/** An input's value: up to 4 significant digits (0.0843, 150,000). */
/** The tornado table's columns, the terminal's and the page's alike; `first` names the input column. */
export function tornadoColumns(first: string, stopped: boolean): string[] {
  const h = msg().decide.tornadoHead;
  return [first, 'P10', 'P50', 'P90', h.netLow, h.netHigh, h.swing, ...(stopped ? [h.se, h.runs] : []), h.spearman];
}

export function inputValue(v: number | null | undefined, locale: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return minus(locale, nf(locale, { maximumSignificantDigits: 4 }).format(v));
}

const pct = (v: number | null | undefined, o: FormatOptions) => formatPercent(v, o.locale, 0);

/** The line every batch output opens with: population, horizon, runs, sampling, error, seed. */
export function metaLine(m: BatchMeta, o: FormatOptions): string {
  const t = msg();
  return t.decide.meta(m.population, m.horizon, m.runs, formatNumber(m.runs, o.locale), m.sampling === 'lhs' ? t.sim.lhs : t.sim.mc, errorDescription(m.runs, errorDesignFor(m.runs, m.sampling), o.locale), m.seed);
}

const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : `D${i + 1}`);

function verdictText(p: PairComparison, o: FormatOptions, currency: string): string {
  const a = letter(p.a);
  const b = letter(p.b);
  const d = p.meanDifference.netIncrementalProfit ?? 0;
  const t = msg().decide;
  switch (p.verdict) {
    case 'identical':
      return t.identical(a, b);
    case 'noise':
      return t.noise(NOISE_SE);
    case 'a':
    case 'b': {
      const win = p.verdict === 'a' ? a : b;
      const share = p.verdict === 'a' ? p.pAOverB : 1 - p.pAOverB - p.pTie;
      return t.ahead(win, compactMoney(Math.abs(d), o.locale), currency, pct(share, o));
    }
  }
}

/** A pair's median paybacks: "month 6 vs never", or "month 9 vs 6 (+3)" when both pay back. */
function paybackPair(p: PairComparison, o: FormatOptions): string {
  const m = (v: number | null) => (v === null ? msg().common.never : formatNumber(v, o.locale));
  const d = p.payback.difference;
  return `${m(p.payback.a)}${msg().decide.vs}${m(p.payback.b)}${d === null || d === 0 ? '' : ` (${d > 0 ? '+' : '−'}${formatNumber(Math.abs(d), o.locale)})`}`;
}

/** `compare`: drafts side by side (A, B, …), the pairwise paired-run table and a one-line verdict. */
export function renderComparison(c: Comparison, meta: BatchMeta, o: DecideTextOptions): string {
  const bold = o.bold ?? ((s: string) => s);
  const cur = o.currency;
  const t = msg().decide;
  const lines: string[] = [];
  lines.push(bold(t.comparing(c.drafts.length)) + t.moneyIn(cur));
  lines.push(metaLine(meta, o));
  lines.push('');
  c.drafts.forEach((d, i) => lines.push(`  ${letter(i)}  ${d.name}  (${d.file})`));
  lines.push('');

  const head = ['', ...c.drafts.map((_, i) => letter(i))];
  const rows: string[][] = [];
  const each = (f: (s: (typeof c.drafts)[number]['summary']) => string) => c.drafts.map((d) => f(d.summary));
  const band = (s: Summary, fmt: (v: number | null) => string) => `${fmt(s.p5)} · ${fmt(s.p50)} · ${fmt(s.p95)}`;
  const money = (v: number | null) => compactMoney(v, o.locale);
  const ratio = (v: number | null) => pct(v, o);
  const month = (v: number | null) => (v === null ? msg().common.never : formatNumber(v, o.locale));
  const block = (label: string, key: 'roi' | 'netIncrementalProfit' | 'npv' | 'programCost' | 'incrementalRevenue', fmt: (v: number | null) => string) => {
    rows.push([bold(label), ...each((s) => fmt(s.metrics[key].mean))]);
    rows.push([t.rows.bands, ...each((s) => band(s.metrics[key], fmt))]);
  };
  block(t.rows.roiMean, 'roi', ratio);
  block(t.rows.netProfit, 'netIncrementalProfit', money);
  block(t.rows.npv, 'npv', money);
  rows.push([t.rows.paybackP50, ...each((s) => month(s.metrics.paybackMonth.p50))]);
  rows.push([msg().payback.shareRow(c.drafts[0]?.summary.monthly.netIncrementalProfit.length ?? 0), ...each((s) => ratio(s.probabilities.paybackWithinHorizon))]);
  rows.push([t.rows.roiPositive, ...each((s) => ratio(s.probabilities.roiPositive))]);
  block(t.rows.programCost, 'programCost', money);
  const parts: [string, 'discounts' | 'pointsCost' | 'rebates' | 'benefits' | 'perMemberCosts' | 'fixedCosts'][] = [
    [t.rows.discounts, 'discounts'],
    [t.rows.pointsCost, 'pointsCost'],
    [t.rows.rebates, 'rebates'],
    [t.rows.benefits, 'benefits'],
    [t.rows.perMemberCosts, 'perMemberCosts'],
    [t.rows.fixedCosts, 'fixedCosts'],
  ];
  for (const [label, key] of [...parts, ...behaviourCostRows().map((r) => [`  ${r.label.toLowerCase()}`, r.key] as const)]) {
    if (c.drafts.some((d) => (d.summary.metrics[key].mean ?? 0) !== 0)) rows.push([label, ...each((s) => money(s.metrics[key].mean))]);
  }
  // income, never a negative cost: its own row under the cost lines
  if (c.drafts.some((d) => (d.summary.metrics.feeIncome.mean ?? 0) !== 0)) rows.push([t.rows.feeIncome, ...each((s) => money(s.metrics.feeIncome.mean))]);
  // §14's income lines and what partners fund, likewise only when a draft has them
  for (const { key, label } of [...actionIncomeRows(), { key: 'partnerFunding' as const, label: msg().metricLabels.partnerFunding }]) {
    if (c.drafts.some((d) => (d.summary.metrics[key]?.mean ?? 0) !== 0)) rows.push([label, ...each((s) => money(s.metrics[key]?.mean ?? 0))]);
  }
  rows.push([t.rows.windfall, ...each((s) => money(s.metrics.windfallCost.mean))]);
  block(t.rows.incrementalRevenue, 'incrementalRevenue', money);
  rows.push([t.rows.churn, ...each((s) => `${formatPercent(s.metrics.churnAnnualBaseline.mean, o.locale, 1)} → ${formatPercent(s.metrics.churnAnnualProgram.mean, o.locale, 1)}`)]);
  rows.push([t.rows.members, ...each((s) => formatNumber(s.metrics.members.mean, o.locale))]);
  const signed = (v: number | undefined) => (v === undefined ? '–' : `${v >= 0 ? '+' : ''}${pct(v, o)}`);
  const views = c.drafts.map((d) => selectionView(d.summary));
  if (views.some(Boolean)) {
    rows.push([t.rows.observedGap, ...views.map((v) => signed(v?.observed))]);
    rows.push([t.rows.causalUplift, ...views.map((v) => signed(v?.causal))]);
  }
  lines.push(textTable(head, rows, bold, undefined, o.width));
  if (views.some(Boolean)) lines.push(t.selectionNote);
  lines.push('');

  if (c.pairs.length > 0) {
    lines.push(bold(t.pairedTitle));
    // the table right-aligns; padding the verdicts to one width reads as left-aligned
    const verdicts = c.pairs.map((p) => verdictText(p, o, cur));
    const vw = Math.max(...verdicts.map((v) => v.length));
    lines.push(
      textTable(
        [t.pairHead.pair, t.pairHead.meanDelta, t.pairHead.se, t.pairHead.pFirst, t.pairHead.paybackP50, t.pairHead.verdict.padEnd(vw)],
        c.pairs.map((p, k) => [
          `${letter(p.a)} − ${letter(p.b)}`,
          money(p.meanDifference.netIncrementalProfit),
          `±${money(p.seDifference.netIncrementalProfit)}`,
          ratio(p.pAOverB),
          paybackPair(p, o),
          verdicts[k]!.padEnd(vw),
        ]),
        bold,
        undefined,
        // split to the terminal's width like the table above (it ran past it with two long draft names)
        o.width,
      ),
    );
    lines.push('');
  }
  lines.push(comparisonVerdict(c, o));
  return lines.join('\n');
}

/** The one-line verdict of a comparison. */
export function comparisonVerdict(c: Comparison, o: FormatOptions): string {
  const t = msg().decide;
  if (c.drafts.length === 1) return t.onlyOne;
  if (c.pairs.every((p) => p.verdict === 'identical')) return t.noDifference;
  const best = bestDraft(c);
  const d = c.drafts[best.index]!;
  const name = `${letter(best.index)} (${d.name})`;
  const mean = compactMoney(d.summary.metrics.netIncrementalProfit.mean, o.locale);
  if (best.clear) return t.clearBest(name, mean, o.currency, NOISE_SE);
  return t.tiedBest(name, mean, o.currency, best.tiedWith.map(letter).join(', '), NOISE_SE);
}

/** `sweep`: one parameter (table + line chart) or two (grid with the break-even frontier). */
export function renderSweep(r: SweepResult, meta: BatchMeta, o: DecideTextOptions): string {
  const bold = o.bold ?? ((s: string) => s);
  const t = msg().decide;
  const lines: string[] = [];
  lines.push(bold(t.sweepOf(r.vary.map((v) => inputName(v.path)).join(' × '))) + t.moneyIn(o.currency));
  lines.push(metaLine(meta, o));
  r.how.forEach((h, i) => lines.push(t.draftHas(h, inputValue(r.current[i], o.locale))));
  if (r.precision !== undefined)
    lines.push(t.sweepStopped(formatNumber(r.runs, o.locale), compactMoney(r.seDifference, o.locale), formatPercent(r.precision, o.locale, 1)));
  lines.push('');
  const money = (v: number | null) => compactMoney(v, o.locale);
  if (r.vary.length === 1) {
    const rows = r.points.map((p) => [
      inputValue(p.values[0], o.locale),
      pct(p.roi.mean, o),
      pct(p.roi.p5, o),
      pct(p.roi.p95, o),
      money(p.netIncrementalProfit.mean),
      `±${money(p.netIncrementalProfit.se)}`,
      money(p.programCost.mean),
      pct(p.roiPositive, o),
    ]);
    const h = t.sweepHead;
    lines.push(textTable([inputName(r.vary[0]!.path), h.meanRoi, 'P5', 'P95', h.meanNet, h.se, h.programCost, h.roiPositive], rows, bold, undefined, o.width));
    if (o.charts && r.points.length > 1) {
      lines.push('');
      lines.push(bold(t.bandTitle));
      const num = (v: number | null) => (v === null ? NaN : v);
      lines.push(
        lineChart(r.axes[0]!, [{ label: t.sweepHead.meanRoi, values: r.points.map((p) => num(p.roi.mean)) }], {
          band: { label: 'P5–P95', low: r.points.map((p) => num(p.roi.p5)), high: r.points.map((p) => num(p.roi.p95)) },
          format: (v) => formatPercent(v, o.locale, 0),
          formatX: (v) => inputValue(v, o.locale),
          height: 10,
          width: 50,
        }),
      );
    }
    const signs = r.points.map((p) => Math.sign(p.netIncrementalProfit.mean ?? NaN));
    const cross = signs.findIndex((s, i) => i > 0 && s !== 0 && signs[i - 1] !== 0 && s !== signs[i - 1]);
    lines.push('');
    lines.push(
      cross > 0
        ? t.signChange(inputValue(r.axes[0]![cross - 1], o.locale), inputValue(r.axes[0]![cross], o.locale), r.vary[0]!.path)
        : t.sameSign(signs[0]! > 0),
    );
    return lines.join('\n');
  }
  const marks = frontier(r);
  const cols = r.axes[1]!;
  const grid = r.axes[0]!.map((x, i) => [
    inputValue(x, o.locale),
    ...cols.map((_, j) => {
      const k = i * cols.length + j;
      return `${money(r.points[k]!.netIncrementalProfit.mean)}${marks[k] ? '*' : ' '}`;
    }),
  ]);
  lines.push(bold(t.gridTitle(inputName(r.vary[0]!.path), inputName(r.vary[1]!.path))));
  // a wide grid is split into tables of consecutive columns, each with the row values, to fit the terminal
  lines.push(textTable(['', ...cols.map((y) => inputValue(y, o.locale))], grid, bold, undefined, o.width));
  lines.push(t.frontier);
  lines.push('');
  lines.push(bold(t.signMap));
  const w = Math.max(...cols.map((y) => inputValue(y, o.locale).length), 1);
  const xw = Math.max(...r.axes[0]!.map((x) => inputValue(x, o.locale).length));
  lines.push(`${' '.repeat(xw)}  ${cols.map((y) => inputValue(y, o.locale).padStart(w)).join(' ')}`);
  r.axes[0]!.forEach((x, i) => {
    const cells = cols.map((_, j) => {
      const m = r.points[i * cols.length + j]!.netIncrementalProfit.mean;
      return (m === null ? '?' : m > 0 ? '+' : m < 0 ? '−' : '0').padStart(w);
    });
    lines.push(`${inputValue(x, o.locale).padStart(xw)}  ${cells.join(' ')}`);
  });
  return lines.join('\n');
}

/** `tornado`: bars ranked by swing, the table behind them, and the rank correlations. */
export function renderTornado(tr: TornadoResult, meta: BatchMeta, o: DecideTextOptions): string {
  const bold = o.bold ?? ((s: string) => s);
  const money = (v: number | null) => compactMoney(v, o.locale);
  const t = msg().decide;
  const lines: string[] = [];
  lines.push(bold(t.tornadoTitle) + t.moneyIn(o.currency));
  lines.push(metaLine(meta, o));
  lines.push('');
  if (o.charts) {
    lines.push(bars(tr.inputs.map((i) => ({ label: inputName(i.path), low: i.netAtLow, high: i.netAtHigh })), { centre: tr.base.mean, format: money, width: 40 }));
    lines.push('');
  }
  // with --precision each swing ran its own number of paired runs: show them and the swing's s.e.
  const stopped = tr.precision !== undefined;
  lines.push(
    textTable(
      tornadoColumns(t.tornadoHead.input, stopped),
      tr.inputs.map((i) => [
        inputName(i.path),
        inputValue(i.low, o.locale),
        inputValue(i.median, o.locale),
        inputValue(i.high, o.locale),
        money(i.netAtLow),
        money(i.netAtHigh),
        money(i.swing),
        ...(stopped ? [`±${money(i.seSwing)}`, formatNumber(i.runs, o.locale)] : []),
        i.spearman === null ? '–' : formatNumber(i.spearman, o.locale, 2),
      ]),
      bold,
    ),
  );
  lines.push('');
  if (stopped)
    lines.push(
      t.tornadoStopped(
        formatPercent(tr.precision!, o.locale, 1),
        formatNumber(tr.runs, o.locale),
        formatNumber(tr.totalRuns, o.locale),
        formatNumber((2 * tr.inputs.length + 2) * tr.runs, o.locale),
      ),
    );
  lines.push(t.allMedian(money(tr.base.mean), money(tr.base.se), o.currency));
  lines.push(t.spearmanNote(formatNumber(tr.runs, o.locale), money(tr.monteCarlo.mean), money(tr.monteCarlo.se)));
  const top = tr.inputs[0]!;
  lines.push(t.mattersMost(inputName(top.path), money(top.swing), o.currency));
  return lines.join('\n');
}

/** `breakeven`: the value in words, its uncertainty, and the evaluations behind it. */
export function renderBreakeven(r: BreakevenResult, meta: BatchMeta, o: DecideTextOptions): string {
  const bold = o.bold ?? ((s: string) => s);
  const v = (x: number | null) => inputValue(x, o.locale);
  const t = msg().decide;
  const lines: string[] = [];
  lines.push(bold(t.breakevenOf(r.path)) + t.moneyIn(o.currency));
  lines.push(metaLine(meta, o));
  lines.push(t.searched(r.how, v(r.searched[0]), v(r.searched[1])));
  lines.push('');
  const at = (e: { mean: number; se: number }) => `${formatMoney(e.mean, o)} ± ${formatMoney(e.se, o)}`;
  if (r.value === null) {
    const ends = [...r.evaluations].sort((a, b) => a.value - b.value);
    lines.push(
      bold(t.noBreakeven(r.path, v(r.searched[0]), v(r.searched[1]))) +
        t.staysSign(r.sign === 'negative', at(ends[0]!), v(ends[0]!.value), at(ends[ends.length - 1]!), v(ends[ends.length - 1]!.value)),
    );
    lines.push(r.monotone === 'decreasing' ? msg().breakevenGuards.costOnlyLowers(r.path, v(r.searched[0])) : r.sign === 'negative' ? t.cannotPay : t.alwaysPays);
  } else {
    const e = r.evaluations.find((x) => x.value === r.value)!;
    lines.push(bold(t.breaksEvenAt(r.path, v(r.value))) + t.breaksEvenSe(v(r.se), at(e)));
    lines.push(t.draftValue(v(r.current.value), formatMoney(r.current.mean, o), r.current.mean >= 0, r.value > r.current.value, v(r.value)));
  }
  lines.push('');
  lines.push(
    textTable(
      [inputName(r.path), t.evalHead.meanNet, t.evalHead.se],
      [...r.evaluations].sort((a, b) => a.value - b.value).map((x) => [v(x.value), formatMoney(x.mean, o), `±${formatMoney(x.se, o)}`]),
      bold,
    ),
  );
  lines.push(t.evaluations(r.evaluations.length, r.runs, formatNumber(r.runs, o.locale)));
  return lines.join('\n');
}
