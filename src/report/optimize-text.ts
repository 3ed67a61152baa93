/**
 * The text people read after `optimize`: the chosen design beside the
 * draft's values, the confirmed objective with its standard error, the
 * constraint margins, the decision table of the draft and the design side by
 * side (compare's table, on the fresh confirmation seed), the trade-off
 * frontier as a terminal chart and the work the search spent. Pure: results
 * in, text out.
 */
import type { OptimizeResult } from '../decide/optimize.js';
import { SAFE_SE } from '../decide/constraint.js';
import { scatter, type ScatterPoint } from './charts-text.js';
import { compactMoney, inputValue, renderComparison, type BatchMeta, type DecideTextOptions } from './decide-text.js';
import { formatNumber, formatPercent } from './format.js';
import { textTable } from './simulation-text.js';

const OBJECTIVE_NAME = { npv: 'mean NPV', net: 'mean net incremental profit', roi: 'mean ROI' } as const;

/** `meta` describes the search (its seed and runs per design); the confirmation's seed and runs come from the result. */
export function renderOptimize(r: OptimizeResult, meta: BatchMeta, o: DecideTextOptions): string {
  const bold = o.bold ?? ((s: string) => s);
  const money = (v: number | null | undefined) => compactMoney(v, o.locale);
  const obj = (v: number) => (r.objective === 'roi' ? formatPercent(v, o.locale, 1) : `${money(v)} ${o.currency}`);
  const objSe = (v: number) => (r.objective === 'roi' ? formatPercent(v, o.locale, 1) : money(v));
  const stat = (text: string, v: number) => (/^P\(/.test(text) ? formatPercent(v, o.locale, 1) : /roi/i.test(text) ? formatPercent(v, o.locale, 1) : money(v));
  const lines: string[] = [];
  lines.push(bold(`Optimizing ${OBJECTIVE_NAME[r.objective]} over ${r.ranges.length} field${r.ranges.length > 1 ? 's' : ''}`) + ` (money in ${o.currency})`);
  lines.push(
    `${meta.population} · ${meta.horizon} months · search: ${formatNumber(r.searchRuns, o.locale)} runs per design on seed ${r.searchSeed} (the same customers and random numbers for every design) · confirmation: ${formatNumber(r.confirmation.runs, o.locale)} runs on the fresh seed ${r.confirmation.seed}`,
  );
  lines.push('');
  lines.push(
    textTable(
      ['field', 'low', 'high', 'draft', 'chosen'],
      r.ranges.map((g, k) => [g.path, inputValue(g.lo, o.locale), inputValue(g.hi, o.locale), inputValue(r.current[k], o.locale), bold(inputValue(r.best.values[k], o.locale))]),
      bold,
    ),
  );
  const atEdge = r.ranges.filter((g, k) => r.best.values[k] === g.lo || r.best.values[k] === g.hi).map((g) => g.path);
  if (atEdge.length > 0) lines.push(`At the edge of its range: ${atEdge.join(', ')}; the best value may lie beyond it (widen the range if that is allowed).`);
  lines.push('');
  const c = r.confirmation;
  lines.push(
    `${bold('Confirmed')} on fresh runs: ${OBJECTIVE_NAME[r.objective]} ${obj(c.design.objective.mean)} ± ${objSe(c.design.objective.se)} (the draft: ${obj(c.draft.objective.mean)} ± ${objSe(c.draft.objective.se)}); gain over the draft ${obj(c.gain.mean)} ± ${objSe(c.gain.se)} (paired runs).`,
  );
  if (!r.found) {
    lines.push(`No design evaluated met every constraint by ${SAFE_SE} standard errors on the search runs: the one shown comes closest. Widen the ranges, relax the constraints or raise --runs.`);
  } else if (!c.design.feasible) {
    lines.push(`On the fresh runs the chosen design misses a constraint it met on the search runs: treat it as borderline, and rerun with more --runs.`);
  }
  if (r.constraints.length > 0) {
    lines.push('');
    lines.push(bold(`Constraints on the confirmation runs (the search asked each to hold by ${SAFE_SE} s.e.)`));
    lines.push(
      textTable(
        ['constraint', 'draft', 'chosen', 'margin', '± s.e.', 'holds'],
        r.constraints.map((k, i) => {
          const d = c.draft.checks[i]!;
          const b = c.design.checks[i]!;
          return [k.text, stat(k.text, d.value), stat(k.text, b.value), stat(k.text, b.margin), `±${stat(k.text, b.se)}`, b.holds ? 'yes' : 'NO'];
        }),
        bold,
      ),
    );
  }
  lines.push('');
  lines.push(bold('The draft (A) and the chosen design (B) on the confirmation runs'));
  lines.push(renderComparison(c.comparison, { ...meta, seed: c.seed, runs: c.runs }, { ...o, charts: false }));
  const full = r.evaluations.filter((e) => e.runs === r.searchRuns);
  if (o.charts && full.length > 1) {
    lines.push('');
    lines.push(bold('Trade-off: every design evaluated on all search runs'));
    const onFrontier = new Set(r.frontier.map((p) => p.values.join(',')));
    const chosen = r.best.values.join(',');
    const points: ScatterPoint[] = [
      ...full.filter((e) => !onFrontier.has(e.values.join(','))).map((e) => ({ x: e.npv.mean ?? NaN, y: e.npv.p5 ?? NaN, glyph: e.feasible ? '·' : 'x' })),
      ...r.frontier.map((p) => ({ x: p.npvMean, y: p.npvP5, glyph: p.feasible ? '●' : 'x' })),
      ...full.filter((e) => e.values.join(',') === chosen).map((e) => ({ x: e.npv.mean ?? NaN, y: e.npv.p5 ?? NaN, glyph: '◆' })),
    ];
    lines.push(scatter(points, { format: money, formatX: money, xLabel: 'mean NPV', yLabel: 'P5 NPV', width: 50, height: 10 }));
    lines.push('◆ chosen   ● on the frontier (no design beats it on both mean and P5 NPV)   · another design   x misses a constraint');
  }
  lines.push('');
  const rejected = r.invalid > 0 ? `, ${formatNumber(r.invalid, o.locale)} rejected by the draft rules without simulating` : '';
  lines.push(
    `Work: ${formatNumber(r.simulations, o.locale)} simulations, ${formatNumber(r.runs, o.locale)} runs, ${formatNumber(r.customerMonths, o.locale)} customer-months (${formatNumber(r.evaluations.length, o.locale)} designs evaluated${rejected}).`,
  );
  return lines.join('\n');
}
