/**
 * `optimize --html`: what a finance reviewer needs to check an optimised
 * design, offline in one file: what was searched (fields, ranges, objective,
 * constraints, seeds, runs, the work spent), the chosen design beside the
 * draft on the confirmation runs (mean ± s.e., P5/P95, P(ROI > 0), the paired
 * gain), the constraint margins, and the trade-off frontier — every design
 * evaluated on all search runs, mean NPV against P5 NPV as the terminal chart
 * draws it — with a table of the frontier's designs.
 *
 * Same page rules as html.ts (htmlPage: no script, no request, user text
 * escaped). Pure: the result in, a string out; the time comes from the caller.
 */
import { SAFE_SE, type Constraint } from '../decide/constraint.js';
import { valuesAt, type Evaluation, type OptimizeResult } from '../decide/optimize.js';
import { rangeText } from './optimize-text.js';
import type { MetricKey, Summary } from '../engine/metrics.js';
import { msg } from '../i18n/index.js';
import { escapeXml as esc, tradeOffSvg, type TradeOffMarker, type TradeOffPoint } from './charts-svg.js';
import { inputValue, type BatchMeta } from './decide-text.js';
import { formatDate, formatMoneyCompact, formatNumber, formatPercent } from './format.js';
import { htmlPage, table } from './html.js';
import { inputName } from './input-names.js';

export interface OptimizeHtmlOptions {
  /** The draft's file as the user gave it. */
  file: string;
  currency: string;
  locale: string;
  generatedAt: Date;
}

const key = (values: number[]) => values.join(',');

/** The page of one `optimize` result; `meta` describes the search as the terminal text does. */
export function renderOptimizeHtml(r: OptimizeResult, meta: BatchMeta, o: OptimizeHtmlOptions): string {
  const t = msg().optimize;
  const name = r.confirmation.comparison.drafts[0]!.name;
  const title = msg().optimizePage.title(name);
  const time = new Intl.DateTimeFormat(o.locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(o.generatedAt);
  const body = [
    `<header><h1>${esc(title)}</h1><p class="meta">${esc(msg().optimizePage.meta(o.file))}</p><p class="meta" id="generated">${esc(msg().fitDiag.generated(formatDate(o.generatedAt, o.locale), time))}</p></header>`,
    searchedSection(r, meta, o),
    resultSection(r, o),
    frontierSection(r, o),
  ].join('\n');
  return htmlPage({ lang: o.locale.split('-')[0] ?? 'en', title: `${title} · ${t.objective[r.objective]} · loyalty-sim`, body });
}

/** Money compactly in the draft's currency ($1.2M, 1,2 млн ₽). */
const moneyOf = (o: OptimizeHtmlOptions) => (v: number | null | undefined) => formatMoneyCompact(v, { locale: o.locale, currency: o.currency });

/** A metric's figure as people read it: ROI as a percentage, the payback as a month, the rest as money. */
function metricFormat(metric: MetricKey, o: OptimizeHtmlOptions): (v: number | null | undefined) => string {
  if (metric === 'roi') return (v) => formatPercent(v, o.locale, 1);
  if (metric === 'paybackMonth') return (v) => formatNumber(v, o.locale, 1);
  return moneyOf(o);
}

/** A constraint's statistic: a share of runs as a percentage, otherwise as its metric reads. */
function statFormat(c: Constraint, o: OptimizeHtmlOptions): (v: number) => string {
  return c.stat.kind === 'probability' ? (v) => formatPercent(v, o.locale, 1) : metricFormat(c.metric, o);
}

function searchedSection(r: OptimizeResult, meta: BatchMeta, o: OptimizeHtmlOptions): string {
  const t = msg().optimize;
  const w = msg().optimizePage;
  const num = (v: number) => formatNumber(v, o.locale);
  const c = r.confirmation;
  const fields = table(
    [t.head.field, t.head.low, t.head.high, t.head.draft, t.head.chosen],
    r.ranges.map((g, k) => [inputName(g.path), rangeText(g, g.lo, o.locale), rangeText(g, g.hi, o.locale), rangeText(g, r.current[k], o.locale), rangeText(g, r.best.values[k], o.locale)]),
  );
  const atEdge = r.ranges.filter((g, k) => !g.yesNo && (r.best.values[k] === g.lo || r.best.values[k] === g.hi)).map((g) => g.path);
  const starts = r.evaluations.filter((e) => e.stage === 'start');
  const startRuns = starts[0]?.runs ?? r.searchRuns;
  const lines = [
    t.meta(meta.population, meta.horizon, r.searchRuns, num(r.searchRuns), r.searchSeed, c.runs, num(c.runs), c.seed),
    w.objective(t.objective[r.objective]),
    r.constraints.length > 0 ? w.constraints(r.constraints.map((k) => k.text).join(', '), SAFE_SE) : w.noConstraints,
    w.method(starts.length, num(starts.length), startRuns, num(startRuns), num(r.searchRuns)),
    t.work(num(r.simulations), r.runs, num(r.runs), num(r.customerMonths), r.evaluations.length, num(r.evaluations.length), r.invalid > 0 ? num(r.invalid) : null),
  ];
  return [
    `<section id="optimize-search"><h2>${esc(w.searched)}</h2>`,
    fields,
    atEdge.length > 0 ? `<p class="reading">${esc(t.atEdge(atEdge.join(', ')))}</p>` : '',
    ...lines.map((l) => `<p>${esc(l)}</p>`),
    '</section>',
  ].join('');
}

function resultSection(r: OptimizeResult, o: OptimizeHtmlOptions): string {
  const t = msg().optimize;
  const w = msg().optimizePage;
  const c = r.confirmation;
  const [draft, design] = [c.comparison.drafts[0]!.summary, c.comparison.drafts[1]!.summary];
  const pair = c.comparison.pairs[0]!;
  const obj = metricFormat(r.metric, o);
  const readings = [
    t.confirmed(t.confirmedWord, t.objective[r.objective], `${obj(c.design.objective.mean)} ± ${obj(c.design.objective.se)}`, `${obj(c.draft.objective.mean)} ± ${obj(c.draft.objective.se)}`, `${obj(c.gain.mean)} ± ${obj(c.gain.se)}`),
    ...(!r.found ? [t.notFound(SAFE_SE)] : !c.design.feasible ? [t.borderline] : []),
  ];
  const rows: string[][] = [];
  const classes: (string | undefined)[] = [];
  const blocks: [string, MetricKey][] = [
    [w.rows.npv, 'npv'],
    [w.rows.net, 'netIncrementalProfit'],
    [w.rows.roi, 'roi'],
    [w.rows.cost, 'programCost'],
  ];
  const meanSe = (s: Summary, f: (v: number | null) => string) => `${f(s.mean)} ± ${f(s.se)}`;
  for (const [label, metric] of blocks) {
    const f = metricFormat(metric, o);
    // the objective's difference is the gain printed above (per-run differences); the others are compare's paired means
    const diff = metric === r.metric ? c.gain : { mean: pair.meanDifference[metric], se: pair.seDifference[metric] };
    rows.push([label, meanSe(draft.metrics[metric], f), meanSe(design.metrics[metric], f), `${f(diff.mean)} ± ${f(diff.se)}`]);
    classes.push(undefined);
    rows.push([w.rows.band, `${f(draft.metrics[metric].p5)} / ${f(draft.metrics[metric].p95)}`, `${f(design.metrics[metric].p5)} / ${f(design.metrics[metric].p95)}`, '']);
    classes.push('sub');
  }
  const pct = (v: number) => formatPercent(v, o.locale, 1);
  rows.push([w.rows.roiPositive, pct(draft.probabilities.roiPositive), pct(design.probabilities.roiPositive), '']);
  classes.push(undefined);
  const month = (v: number | null) => (v === null ? msg().common.never : formatNumber(v, o.locale));
  rows.push([w.rows.payback, month(pair.payback.b), month(pair.payback.a), '']);
  classes.push(undefined);
  const figures = table([w.head.metric, w.head.draft, w.head.chosen, w.head.difference], rows, classes);
  return [
    `<section id="optimize-result"><h2>${esc(w.result)}</h2>`,
    ...readings.map((l) => `<p class="reading">${esc(l)}</p>`),
    figures,
    `<p class="note">${esc(w.resultNote(c.runs, formatNumber(c.runs, o.locale), c.seed))}</p>`,
    constraintsTable(r, o),
    '</section>',
  ].join('');
}

function constraintsTable(r: OptimizeResult, o: OptimizeHtmlOptions): string {
  if (r.constraints.length === 0) return '';
  const t = msg().optimize;
  const w = msg().optimizePage;
  const c = r.confirmation;
  const rows = r.constraints.map((k, i) => {
    const f = statFormat(k, o);
    const d = c.draft.checks[i]!;
    const b = c.design.checks[i]!;
    return [k.text, f(d.value), f(b.value), f(b.margin), `±${f(b.se)}`, b.holds ? t.yes : t.no, b.safe ? t.yes : t.no];
  });
  return [
    `<h3>${esc(w.constraintsTitle)}</h3>`,
    table([t.head.constraint, t.head.draft, t.head.chosen, t.head.margin, t.head.se, t.head.holds, w.holdsBy(SAFE_SE)], rows),
    `<p class="note">${esc(w.constraintsNote(SAFE_SE))}</p>`,
  ].join('');
}

/** The designs evaluated on all search runs: the points of the trade-off chart. */
export function fullRunEvaluations(r: OptimizeResult): Evaluation[] {
  return r.evaluations.filter((e) => e.runs === r.searchRuns);
}

function frontierSection(r: OptimizeResult, o: OptimizeHtmlOptions): string {
  const w = msg().optimizePage;
  const money = moneyOf(o);
  const full = fullRunEvaluations(r);
  if (full.length === 0) return `<section id="optimize-frontier"><h2>${esc(w.frontierTitle)}</h2><p>${esc(w.noPoints)}</p></section>`;
  const onFrontier = new Set(r.frontier.map((p) => key(p.values)));
  const valuesText = (values: number[]) => r.ranges.map((g, k) => `${inputName(g.path)} = ${rangeText(g, values[k], o.locale)}`).join(', ');
  const points: TradeOffPoint[] = full.map((e) => ({
    x: e.npv.mean ?? NaN,
    y: e.npv.p5 ?? NaN,
    frontier: onFrontier.has(key(e.values)),
    feasible: e.feasible,
    title: w.pointTitle(valuesText(e.values), money(e.npv.mean), money(e.npv.p5), money(e.programCost.mean)),
  }));
  // the draft on the search runs when the search evaluated its point there; else its confirmation figures, said so
  const draftEval = draftEvaluation(r, full);
  const draftConfirmed = r.confirmation.comparison.drafts[0]!.summary.metrics.npv;
  const best = r.best.search;
  const markers: TradeOffMarker[] = [
    { x: best.npv.mean ?? NaN, y: best.npv.p5 ?? NaN, shape: 'diamond', label: w.chosenMark },
    draftEval
      ? { x: draftEval.npv.mean ?? NaN, y: draftEval.npv.p5 ?? NaN, shape: 'square', label: w.draftMark }
      : { x: draftConfirmed.mean ?? NaN, y: draftConfirmed.p5 ?? NaN, shape: 'square', label: w.draftConfirmationMark },
  ];
  const chart = tradeOffSvg(points, markers, {
    title: w.chartTitle,
    formatX: money,
    formatY: money,
    xLabel: w.xAxis,
    yLabel: w.yAxis,
    legend: w.legend,
  });
  const num = (v: number) => formatNumber(v, o.locale);
  const rounded = draftEval !== undefined && key(draftEval.values) !== key(r.current);
  const draftNote = !draftEval ? w.draftFromConfirmation(money(draftConfirmed.se)) : rounded ? w.draftRounded(valuesText(draftEval.values)) : '';
  const caption = [w.caption(full.length, num(full.length), r.searchRuns, num(r.searchRuns), r.searchSeed, SAFE_SE), draftNote].filter(Boolean).join(' ');
  return [
    `<section id="optimize-frontier"><h2>${esc(w.frontierTitle)}</h2>`,
    `<figure>${chart}<figcaption>${esc(caption)}</figcaption></figure>`,
    `<h3>${esc(w.frontierTable)}</h3>`,
    frontierTable(r, full, draftEval, o),
    '</section>',
  ].join('');
}

/**
 * The search's evaluation of the draft's own point on all runs, if any: the
 * search starts from the draft's values put on its lattice (a thousandth of
 * each range), so the point may differ from the draft by that rounding.
 */
export function draftEvaluation(r: OptimizeResult, full: Evaluation[]): Evaluation | undefined {
  if (!r.ranges.every((g, k) => r.current[k]! >= g.lo && r.current[k]! <= g.hi)) return undefined;
  const point = key(valuesAt(r.ranges, r.ranges.map((g, k) => (r.current[k]! - g.lo) / (g.hi - g.lo))));
  return full.find((e) => key(e.values) === point);
}

/** One row per frontier design: its values, its objective when that is not NPV, its NPV mean and P5, its cost, whether it meets the constraints. */
function frontierTable(r: OptimizeResult, full: Evaluation[], draftEval: Evaluation | undefined, o: OptimizeHtmlOptions): string {
  const t = msg().optimize;
  const w = msg().optimizePage;
  const money = moneyOf(o);
  const obj = metricFormat(r.metric, o);
  const byKey = new Map(full.map((e) => [key(e.values), e]));
  const showObjective = r.objective !== 'npv';
  const head = [
    ...r.ranges.map((g) => inputName(g.path)),
    ...(showObjective ? [w.frontierHead.objective(t.objective[r.objective])] : []),
    w.frontierHead.npvMean,
    w.frontierHead.npvP5,
    w.frontierHead.cost,
    w.frontierHead.feasible,
    w.frontierHead.note,
  ];
  const chosen = key(r.best.values);
  const rows = r.frontier.map((p) => {
    const e = byKey.get(key(p.values));
    const notes = [key(p.values) === chosen ? w.chosenMark : '', draftEval && key(p.values) === key(draftEval.values) ? w.draftMark : ''].filter(Boolean).join(', ');
    return [
      ...p.values.map((v, k) => rangeText(r.ranges[k]!, v, o.locale)),
      ...(showObjective ? [e ? `${obj(e.objective.mean)} ± ${obj(e.objective.se)}` : '–'] : []),
      money(p.npvMean),
      money(p.npvP5),
      money(p.programCost),
      p.feasible ? t.yes : t.no,
      notes,
    ];
  });
  return table(head, rows, r.frontier.map((p) => (key(p.values) === chosen ? 'chosen' : undefined)));
}
