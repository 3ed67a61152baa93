/**
 * The text people read after `optimize`: the chosen design beside the
 * draft's values, the confirmed objective with its standard error, the
 * constraint margins, the decision table of the draft and the design side by
 * side (compare's table, on the fresh confirmation seed), the trade-off
 * frontier as a terminal chart and the work the search spent. Pure: results
 * in, text out.
 */
import type { OptimizeResult, SearchRange } from '../decide/optimize.js';
import { SAFE_SE, type Constraint } from '../decide/constraint.js';
import { scatter, type ScatterPoint } from './charts-text.js';
import { compactMoney, inputValue, renderComparison, type BatchMeta, type DecideTextOptions } from './decide-text.js';
import { msg } from '../i18n/index.js';
import { formatNumber, formatPercent } from './format.js';
import { inputName } from './input-names.js';
import { textTable } from './simulation-text.js';

/** `meta` describes the search (its seed and runs per design); the confirmation's seed and runs come from the result. */
export function renderOptimize(r: OptimizeResult, meta: BatchMeta, o: DecideTextOptions): string {
  const bold = o.bold ?? ((s: string) => s);
  const money = (v: number | null | undefined) => compactMoney(v, o.locale);
  const obj = (v: number) => (r.objective === 'roi' ? formatPercent(v, o.locale, 1) : `${money(v)} ${msg().xlsx.currencyText(o.currency)}`);
  const objSe = (v: number) => (r.objective === 'roi' ? formatPercent(v, o.locale, 1) : money(v));
  // a share of runs and ROI as percentages, the payback as a month, the rest as money
  const stat = (k: Constraint, v: number) =>
    k.stat.kind === 'probability' || k.metric === 'roi' ? formatPercent(v, o.locale, 1) : k.metric === 'paybackMonth' ? formatNumber(v, o.locale, 1) : money(v);
  const t = msg().optimize;
  const objective = t.objective[r.objective];
  const lines: string[] = [];
  lines.push(bold(t.title(objective, r.ranges.length)) + msg().decide.moneyIn(o.currency));
  lines.push(
    t.meta(meta.population, meta.horizon, r.searchRuns, formatNumber(r.searchRuns, o.locale), r.searchSeed, r.confirmation.runs, formatNumber(r.confirmation.runs, o.locale), r.confirmation.seed),
  );
  lines.push('');
  lines.push(
    textTable(
      [t.head.field, t.head.low, t.head.high, t.head.draft, t.head.chosen],
      r.ranges.map((g, k) => [inputName(g.path), rangeText(g, g.lo, o.locale), rangeText(g, g.hi, o.locale), rangeText(g, r.current[k], o.locale), bold(rangeText(g, r.best.values[k], o.locale))]),
      bold,
    ),
  );
  // a yes/no variable has no beyond: only a numeric range can be too narrow
  const atEdge = r.ranges.filter((g, k) => !g.yesNo && (r.best.values[k] === g.lo || r.best.values[k] === g.hi)).map((g) => g.path);
  if (atEdge.length > 0) lines.push(t.atEdge(atEdge.join(', ')));
  lines.push('');
  const c = r.confirmation;
  lines.push(
    t.confirmed(
      bold(t.confirmedWord),
      objective,
      `${obj(c.design.objective.mean)} ± ${objSe(c.design.objective.se)}`,
      `${obj(c.draft.objective.mean)} ± ${objSe(c.draft.objective.se)}`,
      `${obj(c.gain.mean)} ± ${objSe(c.gain.se)}`,
    ),
  );
  if (!r.found) {
    lines.push(t.notFound(SAFE_SE));
  } else if (!c.design.feasible) {
    lines.push(t.borderline);
  }
  if (r.constraints.length > 0) {
    lines.push('');
    lines.push(bold(t.constraintsTitle(SAFE_SE)));
    lines.push(
      textTable(
        [t.head.constraint, t.head.draft, t.head.chosen, t.head.margin, t.head.se, t.head.holds],
        r.constraints.map((k, i) => {
          const d = c.draft.checks[i]!;
          const b = c.design.checks[i]!;
          return [k.text, stat(k, d.value), stat(k, b.value), stat(k, b.margin), `±${stat(k, b.se)}`, b.holds ? t.yes : t.no];
        }),
        bold,
      ),
    );
  }
  lines.push('');
  lines.push(bold(t.comparisonTitle));
  lines.push(renderComparison(c.comparison, { ...meta, seed: c.seed, runs: c.runs }, { ...o, charts: false }));
  const full = r.evaluations.filter((e) => e.runs === r.searchRuns);
  if (o.charts && full.length > 1) {
    lines.push('');
    lines.push(bold(t.tradeOffTitle));
    const onFrontier = new Set(r.frontier.map((p) => p.values.join(',')));
    const chosen = r.best.values.join(',');
    const points: ScatterPoint[] = [
      ...full.filter((e) => !onFrontier.has(e.values.join(','))).map((e) => ({ x: e.npv.mean ?? NaN, y: e.npv.p5 ?? NaN, glyph: e.feasible ? '·' : 'x' })),
      ...r.frontier.map((p) => ({ x: p.npvMean, y: p.npvP5, glyph: p.feasible ? '●' : 'x' })),
      ...full.filter((e) => e.values.join(',') === chosen).map((e) => ({ x: e.npv.mean ?? NaN, y: e.npv.p5 ?? NaN, glyph: '◆' })),
    ];
    lines.push(scatter(points, { format: money, formatX: money, xLabel: t.meanNpv, yLabel: t.p5Npv, axes: t.axes, width: 50, height: 10 }));
    lines.push(t.legend);
  }
  lines.push('');
  lines.push(
    t.work(
      formatNumber(r.simulations, o.locale),
      r.runs,
      formatNumber(r.runs, o.locale),
      formatNumber(r.customerMonths, o.locale),
      r.evaluations.length,
      formatNumber(r.evaluations.length, o.locale),
      r.invalid > 0 ? formatNumber(r.invalid, o.locale) : null,
    ),
  );
  return lines.join('\n');
}

/** A searched value as people read it: a segment's invitation as yes/no (docs/model.md §13), else the number. */
export function rangeText(g: SearchRange, v: number | undefined, locale: string): string {
  if (g.yesNo && v !== undefined) return v >= 0.5 ? msg().segments.yes : msg().segments.no;
  return inputValue(v, locale);
}
