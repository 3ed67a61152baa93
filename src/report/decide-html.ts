/**
 * `sweep --html` and `tornado --html` (issue 24): each decision's result as
 * one offline page a consultant can send — a sweep's curve (one field) or heat
 * map (two) with its P5–P95 band, the tornado with readable input names. The
 * same figures as the terminal text (decide-text.ts); the page's header and
 * shell are shared with breakeven-html.ts.
 *
 * Same page rules as html.ts (htmlPage: no script, no request, user text
 * escaped). Pure: the result in, a string out; the time comes from the caller.
 */
import { frontier, type SweepResult } from '../decide/sweep.js';
import type { TornadoResult } from '../decide/tornado.js';
import { msg } from '../i18n/index.js';
import { bandLineSvg, escapeXml as esc, heatmapSvg, tornadoSvg } from './charts-svg.js';
import { inputValue, metaLine, tornadoColumns, type BatchMeta } from './decide-text.js';
import { formatDate, formatMoney, formatMoneyCompact, formatNumber, formatPercent, type FormatOptions } from './format.js';
import { htmlPage, table } from './html.js';
import { inputName } from './input-names.js';

export interface DecideHtmlOptions {
  /** The draft's file as the user gave it. */
  file: string;
  /** The draft's name. */
  name: string;
  currency: string;
  locale: string;
  generatedAt: Date;
}

export const fo = (o: DecideHtmlOptions): FormatOptions => ({ locale: o.locale, currency: o.currency });
const num = (v: number | null) => (v === null ? NaN : v);

/** The page's header: title, the draft file, when it was made, and how the batch ran. */
export function header(title: string, meta: BatchMeta, o: DecideHtmlOptions): string {
  const time = new Intl.DateTimeFormat(o.locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(o.generatedAt);
  return [
    `<header><h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(msg().decidePage.meta(o.file))}</p>`,
    `<p class="meta" id="generated">${esc(msg().fitDiag.generated(formatDate(o.generatedAt, o.locale), time))}</p>`,
    `<p class="meta">${esc(metaLine(meta, fo(o)))}</p></header>`,
  ].join('');
}

export function page(title: string, sections: string[], o: DecideHtmlOptions): string {
  return htmlPage({ lang: o.locale.split('-')[0] ?? 'en', title: `${title} · loyalty-sim`, body: sections.join('\n') });
}

/** An input's readable name with its path beneath, as the user typed it. */
export const named = (path: string) => `${esc(inputName(path))}<code class="path-of">${esc(path)}</code>`;

/** The page of one `sweep` result: a curve with its band for one field, a heat map and a band table for two. */
export function renderSweepHtml(r: SweepResult, meta: BatchMeta, o: DecideHtmlOptions): string {
  const w = msg().decidePage;
  const t = msg().decide;
  const title = w.sweepTitle(o.name);
  const varied = tableHtml(
    [w.variedHead.name, w.variedHead.from, w.variedHead.to, w.variedHead.step, w.variedHead.draft],
    r.vary.map((v, i) => [named(v.path), esc(inputValue(v.from, o.locale)), esc(inputValue(v.to, o.locale)), esc(inputValue(v.step, o.locale)), esc(inputValue(r.current[i], o.locale))]),
  );
  const notes = [
    ...r.how.map((h, i) => t.draftHas(h, inputValue(r.current[i], o.locale))),
    ...(r.precision !== undefined ? [t.sweepStopped(formatNumber(r.runs, o.locale), formatMoneyCompact(r.seDifference, fo(o)), formatPercent(r.precision, o.locale, 1))] : []),
  ];
  const first = `<section id="sweep-varied"><h2>${esc(w.varied)}</h2>${varied}${notes.map((l) => `<p>${esc(l)}</p>`).join('')}</section>`;
  return page(title, [header(title, { ...meta, runs: r.runs }, o), first, r.vary.length === 1 ? sweepCurve(r, meta, o) : sweepGrid(r, meta, o)], o);
}

function sweepCurve(r: SweepResult, meta: BatchMeta, o: DecideHtmlOptions): string {
  const w = msg().decidePage;
  const t = msg().decide;
  const path = r.vary[0]!.path;
  const name = inputName(path);
  const xs = r.axes[0]!;
  const pct = (v: number) => formatPercent(v, o.locale, 0);
  const money = (v: number) => formatMoneyCompact(v, fo(o));
  const formatX = (v: number) => inputValue(v, o.locale);
  const common = { xs, formatX, xLabel: name, meanLabel: w.legend.mean, bandLabel: w.legend.band, width: 620 };
  const roi = bandLineSvg(
    { mean: r.points.map((p) => num(p.roi.mean)), low: r.points.map((p) => num(p.roi.p5)), high: r.points.map((p) => num(p.roi.p95)) },
    { ...common, title: w.roiChart(name), format: pct },
  );
  const net = bandLineSvg(
    { mean: r.points.map((p) => num(p.netIncrementalProfit.mean)), low: r.points.map((p) => num(p.netIncrementalProfit.p5)), high: r.points.map((p) => num(p.netIncrementalProfit.p95)) },
    { ...common, title: w.netChart(name), format: money },
  );
  const signs = r.points.map((p) => Math.sign(p.netIncrementalProfit.mean ?? NaN));
  const cross = signs.findIndex((s, i) => i > 0 && s !== 0 && signs[i - 1] !== 0 && s !== signs[i - 1]);
  const reading = cross > 0 ? t.signChange(formatX(xs[cross - 1]!), formatX(xs[cross]!), path) : t.sameSign(signs[0]! > 0);
  const caption = w.curveCaption(r.runs, formatNumber(r.runs, o.locale), meta.seed);
  const h = t.sweepHead;
  const f = fo(o);
  const rows = r.points.map((p) => [
    inputValue(p.values[0], o.locale),
    formatPercent(p.roi.mean, o.locale, 1),
    formatPercent(p.roi.p5, o.locale, 1),
    formatPercent(p.roi.p95, o.locale, 1),
    formatMoney(p.netIncrementalProfit.mean, f),
    `±${formatMoney(p.netIncrementalProfit.se, f)}`,
    formatMoney(p.netIncrementalProfit.p5, f),
    formatMoney(p.netIncrementalProfit.p95, f),
    formatMoney(p.programCost.mean, f),
    formatPercent(p.roiPositive, o.locale, 0),
  ]);
  return [
    `<section id="sweep-curve"><h2>${esc(w.curve)}</h2>`,
    `<p class="reading">${esc(reading)}</p>`,
    `<div class="pair"><figure>${roi}<figcaption>${esc(caption)}</figcaption></figure><figure>${net}</figure></div>`,
    `<h3>${esc(w.pointsTitle)}</h3>`,
    table([name, h.meanRoi, 'ROI P5', 'ROI P95', h.meanNet, h.se, w.netP5, w.netP95, h.programCost, h.roiPositive], rows),
    '</section>',
  ].join('');
}

function sweepGrid(r: SweepResult, meta: BatchMeta, o: DecideHtmlOptions): string {
  const w = msg().decidePage;
  const t = msg().decide;
  const f = fo(o);
  const [down, across] = [r.vary[0]!.path, r.vary[1]!.path];
  const rowsAxis = r.axes[0]!;
  const cols = r.axes[1]!;
  const marks = frontier(r);
  const money = (v: number | null) => formatMoneyCompact(v, f);
  const heat = heatmapSvg(
    r.points.map((p, k) => ({
      value: num(p.netIncrementalProfit.mean),
      mark: marks[k],
      title: `${inputName(down)} = ${inputValue(p.values[0], o.locale)}, ${inputName(across)} = ${inputValue(p.values[1], o.locale)}: ${money(p.netIncrementalProfit.mean)} (P5 ${money(p.netIncrementalProfit.p5)}, P95 ${money(p.netIncrementalProfit.p95)})`,
    })),
    {
      title: t.gridTitle(inputName(down), inputName(across)),
      format: (v) => formatMoneyCompact(v, f),
      rowLabels: rowsAxis.map((x) => inputValue(x, o.locale)),
      colLabels: cols.map((y) => inputValue(y, o.locale)),
      rowCaption: inputName(down),
      colCaption: inputName(across),
      positive: w.legend.profit,
      negative: w.legend.loss,
    },
  );
  const band = table(
    ['', ...cols.map((y) => inputValue(y, o.locale))],
    rowsAxis.map((x, i) => [inputValue(x, o.locale), ...cols.map((_, j) => {
      const p = r.points[i * cols.length + j]!.netIncrementalProfit;
      return `${money(p.p5)} / ${money(p.p95)}`;
    })]),
  );
  return [
    `<section id="sweep-grid"><h2>${esc(w.grid)}</h2>`,
    `<figure>${heat}<figcaption>${esc(w.gridCaption(r.runs, formatNumber(r.runs, o.locale), meta.seed))}</figcaption></figure>`,
    `<h3>${esc(w.gridBand)}</h3>`,
    band,
    `<p class="note">${esc(w.gridBandNote)}</p>`,
    '</section>',
  ].join('');
}

/** A table whose cells are already HTML (a name with its path beneath). */
function tableHtml(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The page of one `tornado` result: the bars by readable input name, the table behind them, the rank correlations. */
export function renderTornadoHtml(tr: TornadoResult, meta: BatchMeta, o: DecideHtmlOptions): string {
  const w = msg().decidePage;
  const t = msg().decide;
  const h = msg().html;
  const f = fo(o);
  const title = w.tornadoTitle(o.name);
  const money = (v: number | null) => formatMoney(v, f);
  const compact = (v: number | null) => formatMoneyCompact(v, f);
  const sections: string[] = [header(title, meta, o)];
  if (tr.inputs.length === 0) {
    sections.push(`<section id="tornado"><h2>${esc(w.swings)}</h2><p class="note">${esc(h.noSwings)}</p></section>`);
    return page(title, sections, o);
  }
  const svg = tornadoSvg(
    tr.inputs.map((x) => ({ label: inputName(x.path), low: x.netAtLow, high: x.netAtHigh })),
    tr.base.mean,
    { title: t.tornadoTitle, format: compact, lowLabel: h.chart.inputLow, highLabel: h.chart.inputHigh, width: 720 },
  );
  const stopped = tr.precision !== undefined;
  const head = tornadoColumns(w.inputHead.name, stopped);
  const rows = tr.inputs.map((i) => [
    named(i.path),
    ...[i.low, i.median, i.high].map((v) => esc(inputValue(v, o.locale))),
    ...[money(i.netAtLow), money(i.netAtHigh), money(i.swing)].map(esc),
    ...(stopped ? [esc(`±${money(i.seSwing)}`), esc(formatNumber(i.runs, o.locale))] : []),
    esc(i.spearman === null ? '–' : formatNumber(i.spearman, o.locale, 2)),
  ]);
  const top = tr.inputs[0]!;
  const notes = [
    ...(stopped
      ? [t.tornadoStopped(formatPercent(tr.precision!, o.locale, 1), formatNumber(tr.runs, o.locale), formatNumber(tr.totalRuns, o.locale), formatNumber((2 * tr.inputs.length + 2) * tr.runs, o.locale))]
      : []),
    t.allMedian(compact(tr.base.mean), compact(tr.base.se), o.currency),
    t.spearmanNote(formatNumber(tr.runs, o.locale), compact(tr.monteCarlo.mean), compact(tr.monteCarlo.se)),
  ];
  sections.push(
    [
      `<section id="tornado"><h2>${esc(w.swings)}</h2>`,
      `<p class="reading">${esc(w.mattersMost(inputName(top.path), compact(top.swing)))}</p>`,
      `<figure>${svg}<figcaption>${esc(h.tornadoCaption(money(tr.base.mean), tr.simulations, formatNumber(tr.runs, o.locale)))}</figcaption></figure>`,
      tableHtml(head, rows),
      ...notes.map((l) => `<p class="note">${esc(l)}</p>`),
      '</section>',
    ].join(''),
  );
  return page(title, sections, o);
}
