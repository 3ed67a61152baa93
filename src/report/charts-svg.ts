/**
 * Charts as inline SVG for the HTML report: an ROI histogram with P5/P50/P95
 * marks, a monthly line with its P5–P95 band and a payback mark, horizontal
 * bars, a stacked bar (windfall vs incremental) and tornado bars.
 *
 * Pure functions that return SVG text: no dependency, no script, no external
 * reference (no href, no font), so the page works offline and prints well.
 * Every label passes through `escapeXml`, because some of them (tier level
 * names, input paths) come from the user's draft. The only text of their own
 * (what an empty chart says) comes from the catalogs.
 */
import { msg } from '../i18n/index.js';

/** Escapes text for HTML and XML, in element content and in quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export type Format = (v: number) => string;

/** Colours chosen to survive greyscale printing (different lightness) and common colour blindness. */
export const COLORS = {
  main: '#2b6cb0',
  band: '#90cdf4',
  negative: '#c05621',
  accent: '#2f855a',
  muted: '#718096',
  axis: '#4a5568',
  grid: '#e2e8f0',
  text: '#1a202c',
} as const;

const FONT = 11;

/** Rounds to a short decimal so coordinates stay readable in the file. */
const r1 = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * About `count` round tick values covering [min, max] (1, 2, 2.5 or 5 times a
 * power of ten), the classic "nice numbers" of Heckbert (Graphics Gems, 1990).
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  if (min > max) [min, max] = [max, min];
  const raw = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const first = Math.ceil(min / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return ticks;
}

/** The extent of the ticks around [min, max]: the axis ends on a round number. */
function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return [min - pad, max + pad];
  }
  const t = niceTicks(min, max, count);
  const step = t.length > 1 ? t[1]! - t[0]! : (max - min) / count;
  return [Math.min(min, Math.floor(min / step + 1e-9) * step), Math.max(max, Math.ceil(max / step - 1e-9) * step)];
}

interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const scale =
  (d0: number, d1: number, r0: number, r1v: number) =>
  (v: number): number =>
    d1 === d0 ? (r0 + r1v) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1v - r0);

function open(f: Frame, title: string, kind: string): string {
  return `<svg class="chart chart-${kind}" viewBox="0 0 ${f.width} ${f.height}" width="${f.width}" height="${f.height}" role="img" aria-label="${escapeXml(title)}" font-size="${FONT}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"><title>${escapeXml(title)}</title>`;
}

function text(x: number, y: number, s: string, attrs = ''): string {
  // one fill only: a duplicate attribute is an XML error, and HTML keeps the first one
  const fill = /\bfill=/.test(attrs) ? '' : ` fill="${COLORS.text}"`;
  return `<text x="${r1(x)}" y="${r1(y)}"${fill}${attrs ? ` ${attrs}` : ''}>${escapeXml(s)}</text>`;
}

/** X axis along the bottom of the frame, with tick marks and labels. */
function xAxis(f: Frame, ticks: number[], x: (v: number) => number, format: Format, caption?: string): string {
  const y = f.height - f.bottom;
  const parts = [`<line class="axis" x1="${f.left}" y1="${y}" x2="${f.width - f.right}" y2="${y}" stroke="${COLORS.axis}"/>`];
  for (const t of ticks) {
    const tx = x(t);
    parts.push(`<line class="tick" x1="${r1(tx)}" y1="${y}" x2="${r1(tx)}" y2="${y + 4}" stroke="${COLORS.axis}"/>`);
    parts.push(text(tx, y + 15, format(t), 'text-anchor="middle"'));
  }
  if (caption) parts.push(text((f.left + f.width - f.right) / 2, f.height - 4, caption, `text-anchor="middle" fill-opacity="0.8"`));
  return parts.join('');
}

/** Y axis on the left with gridlines across the plot. */
/**
 * The width a label takes, roughly (no font metrics in Node): for the margins. 0.62 em a character,
 * not the 0.58 it was: a browser's sans-serif drew "-500 тыс. ₽" and the long Russian cost labels
 * wider than that, and they were cut at the chart's left edge (issue 24's browser test).
 */
const labelWidth = (s: string): number => s.length * FONT * 0.62;

/** A left margin wide enough for the y axis's tick labels (64 at least, as before). */
function axisLeft(d0: number, d1: number, format: Format): number {
  return Math.ceil(Math.max(64, ...niceTicks(d0, d1, 5).map((t) => labelWidth(format(t)) + 10)));
}

function yAxis(f: Frame, ticks: number[], y: (v: number) => number, format: Format): string {
  const parts = [`<line class="axis" x1="${f.left}" y1="${f.top}" x2="${f.left}" y2="${f.height - f.bottom}" stroke="${COLORS.axis}"/>`];
  for (const t of ticks) {
    const ty = y(t);
    parts.push(`<line class="grid" x1="${f.left}" y1="${r1(ty)}" x2="${f.width - f.right}" y2="${r1(ty)}" stroke="${COLORS.grid}"/>`);
    parts.push(`<line class="tick" x1="${f.left - 4}" y1="${r1(ty)}" x2="${f.left}" y2="${r1(ty)}" stroke="${COLORS.axis}"/>`);
    parts.push(text(f.left - 6, ty + 4, format(t), 'text-anchor="end"'));
  }
  return parts.join('');
}

/** A placeholder with a message, so an empty chart says why instead of drawing nothing. */
function emptyChart(title: string, message: string, width = 560, height = 80): string {
  const f = { width, height, left: 0, right: 0, top: 0, bottom: 0 };
  return `${open(f, title, 'empty')}${text(width / 2, height / 2, message, `text-anchor="middle" fill-opacity="0.7"`)}</svg>`;
}

function finite(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) out.push(values[i]!);
  return out;
}

export interface Mark {
  label: string;
  value: number;
}

export interface HistogramSvgOptions {
  title: string;
  format: Format;
  bins?: number;
  marks?: Mark[];
  /** Caption under the x axis. */
  xLabel?: string;
  width?: number;
  height?: number;
  /** The tooltip of a bar, from its formatted edges and its count (default: "5% to 10%: 12 runs"). */
  binTitle?: (from: string, to: string, count: number) => string;
}

/** Histogram of the finite values; bins left of zero in the "negative" colour, marks as labelled dashed lines. */
export function histogramSvg(values: ArrayLike<number>, o: HistogramSvgOptions): string {
  const v = finite(values);
  if (v.length === 0) return emptyChart(o.title, msg().html.chart.noFinite);
  const f: Frame = { width: o.width ?? 600, height: o.height ?? 280, left: 44, right: 16, top: 40, bottom: 34 };
  let lo = Math.min(...v);
  let hi = Math.max(...v);
  if (lo === hi) {
    const pad = lo === 0 ? 0.5 : Math.abs(lo) * 0.05;
    lo -= pad;
    hi += pad;
  }
  const bins = Math.max(1, Math.min(o.bins ?? 24, Math.ceil(Math.sqrt(v.length)) * 2));
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const x of v) counts[Math.min(bins - 1, Math.floor((x - lo) / width))]!++;
  const [d0, d1] = niceDomain(lo, hi);
  const x = scale(d0, d1, f.left, f.width - f.right);
  const maxCount = Math.max(...counts);
  const [, c1] = niceDomain(0, maxCount, 4);
  const y = scale(0, c1, f.height - f.bottom, f.top);
  const parts = [open(f, o.title, 'histogram')];
  parts.push(yAxis(f, niceTicks(0, c1, 4).filter((t) => Number.isInteger(t)), y, (t) => String(t)));
  counts.forEach((c, i) => {
    if (c === 0) return;
    const b0 = lo + i * width;
    const x0 = x(b0);
    const w = Math.max(1, x(b0 + width) - x0 - 1);
    const fill = b0 + width / 2 < 0 ? COLORS.negative : COLORS.main;
    parts.push(`<rect class="mark bar" x="${r1(x0)}" y="${r1(y(c))}" width="${r1(w)}" height="${r1(y(0) - y(c))}" fill="${fill}"><title>${escapeXml((o.binTitle ?? ((a, b, n) => `${a} to ${b}: ${n} runs`))(o.format(b0), o.format(b0 + width), c))}</title></rect>`);
  });
  parts.push(xAxis(f, niceTicks(d0, d1, 6), x, o.format, o.xLabel));
  (o.marks ?? [])
    .filter((m) => Number.isFinite(m.value))
    .forEach((m, i) => {
      const mx = x(m.value);
      const row = i % 2;
      const ly = f.top - 8 - row * 14;
      const anchor = mx < f.left + 40 ? 'start' : mx > f.width - f.right - 40 ? 'end' : 'middle';
      parts.push(`<line class="mark-line" x1="${r1(mx)}" y1="${r1(ly + 3)}" x2="${r1(mx)}" y2="${f.height - f.bottom}" stroke="${COLORS.text}" stroke-dasharray="4 3"/>`);
      parts.push(text(mx, ly, `${m.label} ${o.format(m.value)}`, `text-anchor="${anchor}" font-weight="600"`));
    });
  parts.push('</svg>');
  return parts.join('');
}

export interface BandSvgOptions {
  title: string;
  /** Formats the y values (money). */
  format: Format;
  /** Index (0-based) of the point to mark, e.g. the payback month; none when undefined. */
  markIndex?: number;
  markLabel?: string;
  xLabel?: string;
  meanLabel?: string;
  bandLabel?: string;
  /** A second, dashed line over the same x (a fitted curve beside the estimates), with its legend label. */
  fitted?: { values: number[]; label: string };
  width?: number;
  height?: number;
  /**
   * The x value of each point, increasing (a sweep's grid, the values a break-even search tried), with
   * `formatX` for the tick labels; without them the points are months 1..n.
   */
  xs?: number[];
  formatX?: Format;
  /** With `xs`: a shaded span of x values behind the line (a break-even value's 95 % interval), kept inside the plot. */
  span?: { from: number; to: number };
}

/** A line over x = 1..n (or over `xs`) with a shaded band between `low` and `high`, a zero line, an optional dashed fitted line and an optional mark. */
export function bandLineSvg(series: { mean: number[]; low: number[]; high: number[] }, o: BandSvgOptions): string {
  const n = series.mean.length;
  const all = finite([...series.mean, ...series.low, ...series.high, ...(o.fitted?.values ?? [])]);
  if (n === 0 || all.length === 0) return emptyChart(o.title, o.xs ? msg().html.chart.empty : msg().html.chart.noMonths);
  const [d0, d1] = niceDomain(Math.min(0, ...all), Math.max(0, ...all));
  const xs = o.xs ?? series.mean.map((_, i) => i + 1);
  const formatX = o.formatX ?? ((t: number) => String(t));
  const xTicks = o.xs
    ? niceTicks(xs[0]!, xs[n - 1]!, Math.min(6, Math.max(2, n))).filter((t) => t >= xs[0]! && t <= xs[n - 1]!)
    : niceTicks(1, Math.max(2, n), Math.min(8, n)).filter((t) => Number.isInteger(t) && t >= 1 && t <= n);
  // the end ticks' labels are centred on the plot's ends: room for half of each, so they are not cut
  const half = (t: number | undefined) => (t === undefined ? 0 : labelWidth(formatX(t)) / 2 + 2);
  const f: Frame = { width: o.width ?? 600, height: o.height ?? 280, left: Math.max(axisLeft(d0, d1, o.format), Math.ceil(half(xTicks[0]))), right: Math.max(16, Math.ceil(half(xTicks.at(-1)))), top: 28, bottom: 34 };
  const x0 = xs[0]!;
  const xn = xs[n - 1]!;
  const xScale = n === 1 || x0 === xn ? scale(x0 - 1, x0 + 1, f.left, f.width - f.right) : scale(x0, xn, f.left, f.width - f.right);
  const x = (k: number) => xScale(o.xs ? xs[k - 1]! : k);
  const y = scale(d0, d1, f.height - f.bottom, f.top);
  const parts = [open(f, o.title, 'band')];
  parts.push(yAxis(f, niceTicks(d0, d1, 5), y, o.format));
  if (o.xs && o.span && Number.isFinite(o.span.from) && Number.isFinite(o.span.to)) {
    const sx0 = Math.max(f.left, Math.min(xScale(o.span.from), f.width - f.right));
    const sx1 = Math.max(f.left, Math.min(xScale(o.span.to), f.width - f.right));
    if (sx1 > sx0) parts.push(`<rect class="mark span" x="${r1(sx0)}" y="${f.top}" width="${r1(Math.max(1, sx1 - sx0))}" height="${f.height - f.bottom - f.top}" fill="${COLORS.accent}" fill-opacity="0.15"/>`);
  }
  const pt = (i: number, v: number): string => `${r1(x(i + 1))},${r1(y(v))}`;
  const up = series.high.map((v, i) => pt(i, v));
  const down = series.low.map((v, i) => pt(i, v)).reverse();
  parts.push(`<path class="mark band" d="M${up.join('L')}L${down.join('L')}Z" fill="${COLORS.band}" fill-opacity="0.55" stroke="${COLORS.band}"/>`);
  if (d0 < 0 && d1 > 0) parts.push(`<line class="zero" x1="${f.left}" y1="${r1(y(0))}" x2="${f.width - f.right}" y2="${r1(y(0))}" stroke="${COLORS.axis}" stroke-width="1.2"/>`);
  const line = series.mean.map((v, i) => pt(i, v));
  parts.push(`<path class="mark line" d="M${line.join('L')}${n === 1 ? 'h1' : ''}" fill="none" stroke="${COLORS.main}" stroke-width="2.2"/>`);
  if (o.fitted) {
    const fl = o.fitted.values.map((v, i) => pt(i, v));
    parts.push(`<path class="mark fitted" d="M${fl.join('L')}${n === 1 ? 'h1' : ''}" fill="none" stroke="${COLORS.accent}" stroke-width="2" stroke-dasharray="6 4"/>`);
  }
  parts.push(xAxis(f, xTicks, xScale, formatX, o.xLabel));
  if (o.markIndex !== undefined && o.markIndex >= 0 && o.markIndex < n) {
    const mx = x(o.markIndex + 1);
    const my = y(series.mean[o.markIndex]!);
    parts.push(`<line class="mark-line" x1="${r1(mx)}" y1="${f.top}" x2="${r1(mx)}" y2="${f.height - f.bottom}" stroke="${COLORS.accent}" stroke-dasharray="4 3"/>`);
    parts.push(`<circle class="mark point" cx="${r1(mx)}" cy="${r1(my)}" r="4.5" fill="${COLORS.accent}" stroke="#fff" stroke-width="1.5"/>`);
    if (o.markLabel) {
      const anchor = mx > (f.left + f.width - f.right) / 2 ? 'end' : 'start';
      const ly = Math.max(f.top + 12, my - 10);
      parts.push(text(mx + (anchor === 'start' ? 8 : -8), ly, o.markLabel, `text-anchor="${anchor}" font-weight="600" fill="${COLORS.accent}"`));
    }
  }
  const ly = 8;
  if (!o.fitted) {
    // legend in the top margin, right-aligned, clear of the plot; wider when its labels are longer than "P5–P95" and "mean"
    const bandLabel = o.bandLabel ?? 'P5–P95';
    const meanLabel = o.meanLabel ?? 'mean';
    const lineAt = Math.max(78, Math.ceil(18 + labelWidth(bandLabel) + 10));
    const lx = f.width - f.right - Math.max(150, Math.ceil(lineAt + 18 + labelWidth(meanLabel)));
    parts.push(`<rect class="legend" x="${lx}" y="${ly}" width="14" height="9" fill="${COLORS.band}" fill-opacity="0.55"/>`);
    parts.push(text(lx + 18, ly + 8, bandLabel));
    parts.push(`<line class="legend" x1="${lx + lineAt}" y1="${ly + 4.5}" x2="${lx + lineAt + 14}" y2="${ly + 4.5}" stroke="${COLORS.main}" stroke-width="2.2"/>`);
    parts.push(text(lx + lineAt + 18, ly + 8, meanLabel));
  } else {
    // three entries, each sized by its label, laid out from the right edge leftwards
    const items: [string, (x: number) => string][] = [
      [o.fitted.label, (x) => `<line class="legend" x1="${r1(x)}" y1="${ly + 4.5}" x2="${r1(x + 14)}" y2="${ly + 4.5}" stroke="${COLORS.accent}" stroke-width="2" stroke-dasharray="4 3"/>`],
      [o.meanLabel ?? 'mean', (x) => `<line class="legend" x1="${r1(x)}" y1="${ly + 4.5}" x2="${r1(x + 14)}" y2="${ly + 4.5}" stroke="${COLORS.main}" stroke-width="2.2"/>`],
      [o.bandLabel ?? 'P5–P95', (x) => `<rect class="legend" x="${r1(x)}" y="${ly}" width="14" height="9" fill="${COLORS.band}" fill-opacity="0.55"/>`],
    ];
    let x = f.width - f.right;
    for (const [label, key] of items) {
      x -= labelWidth(label) + 18;
      parts.push(key(x));
      parts.push(text(x + 18, ly + 8, label));
      x -= 14;
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

export interface ColumnsSvgOptions {
  title: string;
  format: Format;
  xLabel?: string;
  width?: number;
  height?: number;
  /** P5 and P95 across runs per month, drawn as whiskers over the mean columns. */
  band?: { low: number[]; high: number[] };
  bandLabel?: string;
  meanLabel?: string;
}

/**
 * One column per month from a zero line: gains in the main colour, losses in
 * the negative one (monthly incremental profit), or counts (members,
 * referred customers by month).
 */
export function columnsSvg(values: number[], o: ColumnsSvgOptions): string {
  const n = values.length;
  // the P5–P95 range across runs, when given, is part of what the axis must hold
  const all = finite(o.band ? [...values, ...o.band.low, ...o.band.high] : values);
  if (n === 0 || all.length === 0) return emptyChart(o.title, msg().html.chart.noMonths);
  const [d0, d1] = niceDomain(Math.min(0, ...all), Math.max(0, ...all));
  const f: Frame = { width: o.width ?? 600, height: o.height ?? 240, left: axisLeft(d0, d1, o.format), right: 16, top: 28, bottom: 34 };
  const slot = (f.width - f.left - f.right) / n;
  const x = (i: number) => f.left + slot * i;
  const y = scale(d0, d1, f.height - f.bottom, f.top);
  const parts = [open(f, o.title, 'columns')];
  parts.push(yAxis(f, niceTicks(d0, d1, 5), y, o.format));
  values.forEach((v, i) => {
    if (!Number.isFinite(v) || v === 0) return;
    const top = y(Math.max(0, v));
    const h = Math.max(0.5, Math.abs(y(v) - y(0)));
    const color = v < 0 ? COLORS.negative : COLORS.main;
    parts.push(`<rect class="mark column" x="${r1(x(i) + slot * 0.12)}" y="${r1(top)}" width="${r1(slot * 0.76)}" height="${r1(h)}" fill="${color}"><title>${escapeXml(`month ${i + 1}: ${o.format(v)}`)}</title></rect>`);
  });
  if (d0 < 0 && d1 > 0) parts.push(`<line class="zero" x1="${f.left}" y1="${r1(y(0))}" x2="${f.width - f.right}" y2="${r1(y(0))}" stroke="${COLORS.axis}" stroke-width="1.2"/>`);
  if (o.band) {
    // a whisker per month from P5 to P95 across runs: how far a single run's month strays from the mean column
    const { low, high } = o.band;
    for (let i = 0; i < n; i++) {
      const lo = low[i]!;
      const hi = high[i]!;
      if (!Number.isFinite(lo) || !Number.isFinite(hi)) continue;
      const cx = x(i) + slot / 2;
      const w = Math.min(6, slot * 0.25);
      parts.push(
        `<path class="whisker" d="M${r1(cx)} ${r1(y(lo))}V${r1(y(hi))}M${r1(cx - w)} ${r1(y(lo))}h${r1(2 * w)}M${r1(cx - w)} ${r1(y(hi))}h${r1(2 * w)}" stroke="${COLORS.axis}" stroke-width="1" fill="none"/>`,
      );
    }
    const lx = f.width - f.right - 150;
    parts.push(`<rect class="legend" x="${lx}" y="8" width="10" height="9" fill="${COLORS.main}"/>`);
    parts.push(text(lx + 14, 16, o.meanLabel ?? 'mean'));
    parts.push(`<path class="legend" d="M${lx + 82} 8V17M${lx + 79} 8h6M${lx + 79} 17h6" stroke="${COLORS.axis}" fill="none"/>`);
    parts.push(text(lx + 90, 16, o.bandLabel ?? 'P5–P95'));
  }
  const xt = niceTicks(1, Math.max(2, n), Math.min(8, n)).filter((t) => Number.isInteger(t) && t >= 1 && t <= n);
  parts.push(xAxis(f, xt, (t) => x(t - 1) + slot / 2, (t) => String(t), o.xLabel));
  parts.push('</svg>');
  return parts.join('');
}

export interface BarItem {
  label: string;
  value: number;
  /** Fill colour; the main colour by default. */
  color?: string;
}

export interface BarsSvgOptions {
  title: string;
  format: Format;
  width?: number;
}


/** Horizontal bars from a zero baseline, one row per item, value at the bar's end. */
export function barsSvg(items: BarItem[], o: BarsSvgOptions): string {
  const rows = items.filter((it) => Number.isFinite(it.value));
  if (rows.length === 0) return emptyChart(o.title, msg().html.chart.empty);
  const rowH = 24;
  // up to 45 % of the width for the labels: the Russian ones are long (Постоянные (запуск + ежемесячные))
  const left = Math.min(0.45 * (o.width ?? 560), Math.max(60, ...rows.map((r) => labelWidth(r.label) + 12)));
  const f: Frame = { width: o.width ?? 560, height: rows.length * rowH + 34, left, right: 86, top: 8, bottom: 26 };
  const lo = Math.min(0, ...rows.map((r) => r.value));
  const hi = Math.max(0, ...rows.map((r) => r.value));
  const [d0, d1] = niceDomain(lo, hi, 4);
  const x = scale(d0, d1, f.left, f.width - f.right);
  const parts = [open(f, o.title, 'bars')];
  rows.forEach((it, i) => {
    const yTop = f.top + i * rowH + 4;
    const x0 = x(Math.min(0, it.value));
    const w = Math.max(1, Math.abs(x(it.value) - x(0)));
    parts.push(text(f.left - 6, yTop + 12, it.label, 'text-anchor="end"'));
    parts.push(`<rect class="mark bar" x="${r1(x0)}" y="${yTop}" width="${r1(w)}" height="${rowH - 8}" fill="${it.color ?? COLORS.main}"><title>${escapeXml(`${it.label}: ${o.format(it.value)}`)}</title></rect>`);
    parts.push(text(x0 + w + 5, yTop + 12, o.format(it.value)));
  });
  parts.push(xAxis(f, niceTicks(d0, d1, 4), x, o.format));
  parts.push(`<line class="axis" x1="${r1(x(0))}" y1="${f.top}" x2="${r1(x(0))}" y2="${f.height - f.bottom}" stroke="${COLORS.axis}"/>`);
  parts.push('</svg>');
  return parts.join('');
}

/** One bar split into labelled segments (e.g. windfall vs incremental reward cost), with shares. */
export function stackedBarSvg(segments: BarItem[], o: BarsSvgOptions & { share: Format }): string {
  const segs = segments.filter((s) => Number.isFinite(s.value) && s.value > 0);
  const total = segs.reduce((a, s) => a + s.value, 0);
  if (segs.length === 0 || !(total > 0)) return emptyChart(o.title, msg().html.chart.nothingToSplit, o.width ?? 560, 60);
  const f: Frame = { width: o.width ?? 560, height: 34 + segs.length * 18 + 8, left: 8, right: 8, top: 6, bottom: 0 };
  const x = scale(0, total, f.left, f.width - f.right);
  const parts = [open(f, o.title, 'stacked')];
  let acc = 0;
  const palette = [COLORS.negative, COLORS.main, COLORS.accent, COLORS.muted];
  segs.forEach((s, i) => {
    const x0 = x(acc);
    const w = Math.max(1, x(acc + s.value) - x0);
    const fill = s.color ?? palette[i % palette.length]!;
    parts.push(`<rect class="mark bar" x="${r1(x0)}" y="${f.top}" width="${r1(w)}" height="22" fill="${fill}"><title>${escapeXml(`${s.label}: ${o.format(s.value)}`)}</title></rect>`);
    if (w > 44) parts.push(text(x0 + w / 2, f.top + 15, o.share(s.value / total), 'text-anchor="middle" fill="#fff" font-weight="600"'));
    const ly = f.top + 34 + i * 18;
    parts.push(`<rect class="legend" x="${f.left}" y="${ly - 9}" width="10" height="10" fill="${fill}"/>`);
    parts.push(text(f.left + 16, ly, `${s.label}: ${o.format(s.value)} (${o.share(s.value / total)})`));
    acc += s.value;
  });
  parts.push('</svg>');
  return parts.join('');
}

export interface TornadoRow {
  label: string;
  /** The outcome with the input at its low value (e.g. P10). */
  low: number;
  /** The outcome with the input at its high value (e.g. P90). */
  high: number;
}

/** Tornado: for each input a bar from the outcome at its low value to the outcome at its high value, around the base. */
export function tornadoSvg(rows: TornadoRow[], base: number, o: BarsSvgOptions & { lowLabel?: string; highLabel?: string }): string {
  const rs = rows.filter((r) => Number.isFinite(r.low) && Number.isFinite(r.high));
  if (rs.length === 0 || !Number.isFinite(base)) return emptyChart(o.title, msg().html.chart.noSwings);
  const rowH = 24;
  // readable input names are long ("Tier Platinum: Benefit cost per order"): the chart grows wider rather than cut them
  const left = Math.max(60, ...rs.map((r) => Math.ceil(labelWidth(r.label) + 12)));
  const values = [base, ...rs.flatMap((r) => [r.low, r.high])];
  const [d0, d1] = niceDomain(Math.min(...values), Math.max(...values), 4);
  // the last tick's label is centred on the plot's right end: room for its half, so it is not cut
  const right = Math.max(16, Math.ceil(labelWidth(o.format(d1)) / 2 + 2));
  const f: Frame = { width: Math.max(o.width ?? 560, left + 320), height: rs.length * rowH + 52, left, right, top: 22, bottom: 30 };
  const x = scale(d0, d1, f.left, f.width - f.right);
  const parts = [open(f, o.title, 'tornado')];
  parts.push(text(f.left, f.top - 8, o.lowLabel ?? 'input low', `fill="${COLORS.negative}"`));
  parts.push(text(f.left + 100, f.top - 8, o.highLabel ?? 'input high', `fill="${COLORS.main}"`));
  rs.forEach((r, i) => {
    const yTop = f.top + i * rowH + 4;
    parts.push(text(f.left - 6, yTop + 12, r.label, 'text-anchor="end"'));
    for (const [v, color] of [
      [r.low, COLORS.negative],
      [r.high, COLORS.main],
    ] as const) {
      const x0 = Math.min(x(v), x(base));
      const w = Math.max(1, Math.abs(x(v) - x(base)));
      parts.push(`<rect class="mark bar" x="${r1(x0)}" y="${yTop}" width="${r1(w)}" height="${rowH - 8}" fill="${color}"><title>${escapeXml(`${r.label}: ${o.format(v)}`)}</title></rect>`);
    }
  });
  parts.push(`<line class="base" x1="${r1(x(base))}" y1="${f.top}" x2="${r1(x(base))}" y2="${f.height - f.bottom}" stroke="${COLORS.text}"/>`);
  parts.push(xAxis(f, niceTicks(d0, d1, 4), x, o.format));
  parts.push('</svg>');
  return parts.join('');
}

export interface LineSvgSeries {
  label: string;
  values: number[];
  color?: string;
  /** A dashed stroke (a model's curve beside the actual one). */
  dashed?: boolean;
}

export interface LinesSvgOptions {
  title: string;
  /** Formats the y values. */
  format: Format;
  xLabel?: string;
  /** One label per point (categories such as 0, 1, …, 7+), drawn under every point with a dot on it; without them the x axis is numbered 1..n. */
  xLabels?: string[];
  /** A labelled vertical dashed line at this x (1..n, may be fractional), e.g. the end of the calibration period. */
  vline?: { at: number; label: string };
  width?: number;
  height?: number;
}

/** Lines over x = 1..n from a zero baseline (cumulative counts, means by category), with a legend and an optional vertical mark. */
export function linesSvg(series: LineSvgSeries[], o: LinesSvgOptions): string {
  const n = Math.max(0, ...series.map((s) => s.values.length));
  const all = finite(series.flatMap((s) => s.values));
  if (n === 0 || all.length === 0) return emptyChart(o.title, msg().html.chart.empty);
  const [d0, d1] = niceDomain(Math.min(0, ...all), Math.max(0, ...all));
  const f: Frame = { width: o.width ?? 600, height: o.height ?? 280, left: axisLeft(d0, d1, o.format), right: 16, top: 28, bottom: 34 };
  const categories = o.xLabels !== undefined;
  // categories sit half a slot in from the axes; a numbered axis runs from 1 to n
  const x = categories ? scale(0.5, n + 0.5, f.left, f.width - f.right) : scale(n === 1 ? 0 : 1, n === 1 ? 2 : n, f.left, f.width - f.right);
  const y = scale(d0, d1, f.height - f.bottom, f.top);
  const parts = [open(f, o.title, 'lines')];
  parts.push(yAxis(f, niceTicks(d0, d1, 5), y, o.format));
  if (categories) parts.push(xAxis(f, o.xLabels!.map((_, i) => i + 1), x, (t) => o.xLabels![t - 1] ?? '', o.xLabel));
  else parts.push(xAxis(f, niceTicks(1, Math.max(2, n), Math.min(8, n)).filter((t) => Number.isInteger(t) && t >= 1 && t <= n), x, (t) => String(t), o.xLabel));
  if (o.vline && o.vline.at >= (categories ? 0.5 : 1) && o.vline.at <= n) {
    const vx = x(o.vline.at);
    const anchor = vx > (f.left + f.width - f.right) / 2 ? 'end' : 'start';
    parts.push(`<line class="mark-line" x1="${r1(vx)}" y1="${f.top}" x2="${r1(vx)}" y2="${f.height - f.bottom}" stroke="${COLORS.text}" stroke-dasharray="4 3"/>`);
    parts.push(text(vx + (anchor === 'start' ? 6 : -6), f.top + 12, o.vline.label, `text-anchor="${anchor}" font-weight="600"`));
  }
  const palette = [COLORS.main, COLORS.negative, COLORS.accent, COLORS.muted];
  series.forEach((s, k) => {
    const color = s.color ?? palette[k % palette.length]!;
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    // a gap (non-finite value) breaks the line
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (!Number.isFinite(v)) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${r1(x(i + 1))},${r1(y(v))}`;
      pen = true;
    });
    if (d) parts.push(`<path class="mark line" d="${d}" fill="none" stroke="${color}" stroke-width="2.2"${dash}/>`);
    if (categories) {
      s.values.forEach((v, i) => {
        if (Number.isFinite(v)) parts.push(`<circle class="mark point" cx="${r1(x(i + 1))}" cy="${r1(y(v))}" r="3.5" fill="${color}"><title>${escapeXml(`${s.label}, ${o.xLabels![i] ?? i + 1}: ${o.format(v)}`)}</title></circle>`);
      });
    }
  });
  // legend in the top margin, right-aligned, clear of the plot
  let lx = f.width - f.right;
  for (let k = series.length - 1; k >= 0; k--) {
    const s = series[k]!;
    lx -= labelWidth(s.label) + 30;
    const color = s.color ?? palette[k % palette.length]!;
    parts.push(`<line class="legend" x1="${r1(lx)}" y1="12.5" x2="${r1(lx + 18)}" y2="12.5" stroke="${color}" stroke-width="2.2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    parts.push(text(lx + 22, 16, s.label));
  }
  parts.push('</svg>');
  return parts.join('');
}

/** How a point of a trade-off chart is drawn. */
export type TradeOffRole = 'frontier' | 'other' | 'infeasible';

export interface TradeOffPoint {
  x: number;
  y: number;
  /** No other point beats it on both axes: joined to the others like it by the frontier line. */
  frontier: boolean;
  /** Meets every constraint; a point that does not is drawn as a cross. */
  feasible: boolean;
  /** The point's tooltip (its design's values and figures). */
  title: string;
}

const roleOf = (p: TradeOffPoint): TradeOffRole => (!p.feasible ? 'infeasible' : p.frontier ? 'frontier' : 'other');

/** A labelled ring around a position (the chosen design, the draft): drawn over the points, listed in the legend. */
export interface TradeOffMarker {
  x: number;
  y: number;
  shape: 'diamond' | 'square';
  label: string;
}

export interface TradeOffSvgOptions {
  title: string;
  formatX: Format;
  formatY: Format;
  xLabel: string;
  yLabel: string;
  /** Legend words for each kind of point and for the frontier line. */
  legend: Record<TradeOffRole, string> & { line: string };
  width?: number;
  height?: number;
}

/**
 * A trade-off scatter (optimize's designs: mean NPV across, P5 NPV up): one
 * dot per point, the frontier's points joined in order of x (a frontier
 * point that misses a constraint stays on the line, as a cross), designs that
 * miss a constraint as crosses, and labelled rings over the chosen design
 * and the draft; a zero line on either axis when zero is in range (P5 NPV
 * below zero: the worst 5 % of runs lose money). Legend under the axis.
 */
export function tradeOffSvg(points: TradeOffPoint[], markers: TradeOffMarker[], o: TradeOffSvgOptions): string {
  const pts = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const marks = markers.filter((m) => Number.isFinite(m.x) && Number.isFinite(m.y));
  if (pts.length === 0) return emptyChart(o.title, msg().html.chart.empty);
  const width = o.width ?? 760;
  // the legend wraps under the x axis caption: lay it out first to know the height it needs
  const frontier = pts.filter((p) => p.frontier).sort((a, b) => a.x - b.x);
  const entries: { kind: TradeOffRole | 'line' | TradeOffMarker['shape']; label: string }[] = [
    ...(['frontier', 'other', 'infeasible'] as const).filter((r) => pts.some((p) => roleOf(p) === r)).map((r) => ({ kind: r, label: o.legend[r] })),
    ...(frontier.length > 1 ? [{ kind: 'line' as const, label: o.legend.line }] : []),
    ...marks.map((m) => ({ kind: m.shape, label: m.label })),
  ];
  const rows: { kind: (typeof entries)[number]['kind']; label: string; x: number }[][] = [[]];
  let lx = 0;
  for (const e of entries) {
    // labelWidth is a Latin estimate; Cyrillic runs wider, and an overlap here is worse than a gap
    const w = labelWidth(e.label) * 1.2 + 40;
    if (lx > 0 && lx + w > width - 80) {
      rows.push([]);
      lx = 0;
    }
    rows[rows.length - 1]!.push({ ...e, x: lx });
    lx += w;
  }
  const f: Frame = { width, height: (o.height ?? 340) + rows.length * 16, left: 76, right: 20, top: 30, bottom: 44 + rows.length * 16 };
  const xs = [...pts.map((p) => p.x), ...marks.map((m) => m.x)];
  const ys = [...pts.map((p) => p.y), ...marks.map((m) => m.y)];
  const [x0, x1] = niceDomain(Math.min(...xs), Math.max(...xs), 5);
  const [y0, y1] = niceDomain(Math.min(...ys), Math.max(...ys), 5);
  const x = scale(x0, x1, f.left, f.width - f.right);
  const y = scale(y0, y1, f.height - f.bottom, f.top);
  const parts = [open(f, o.title, 'tradeoff')];
  parts.push(yAxis(f, niceTicks(y0, y1, 5), y, o.formatY));
  parts.push(xAxis(f, niceTicks(x0, x1, 5), x, o.formatX));
  // the captions: x under its ticks, y above its axis (no rotated text: it prints and reads better)
  parts.push(text((f.left + f.width - f.right) / 2, f.height - f.bottom + 32, o.xLabel, 'text-anchor="middle" fill-opacity="0.8"'));
  parts.push(text(f.left - 6, f.top - 14, o.yLabel, 'text-anchor="start" fill-opacity="0.8"'));
  if (y0 < 0 && y1 > 0) parts.push(`<line class="zero" x1="${f.left}" y1="${r1(y(0))}" x2="${f.width - f.right}" y2="${r1(y(0))}" stroke="${COLORS.axis}" stroke-width="1.2"/>`);
  if (x0 < 0 && x1 > 0) parts.push(`<line class="zero" x1="${r1(x(0))}" y1="${f.top}" x2="${r1(x(0))}" y2="${f.height - f.bottom}" stroke="${COLORS.axis}" stroke-width="1.2"/>`);
  if (frontier.length > 1) parts.push(`<path class="mark frontier-line" d="M${frontier.map((p) => `${r1(x(p.x))},${r1(y(p.y))}`).join('L')}" fill="none" stroke="${COLORS.main}" stroke-width="1.6"/>`);
  // the ordinary designs first, so the frontier and the crosses stay on top
  const order: TradeOffRole[] = ['other', 'frontier', 'infeasible'];
  for (const role of order) for (const p of pts.filter((q) => roleOf(q) === role)) parts.push(pointMark(role, x(p.x), y(p.y), `class="mark design design-${role}"`, p.title));
  for (const m of marks) {
    const mx = x(m.x);
    const my = y(m.y);
    parts.push(ringMark(m.shape, mx, my, `class="mark marker marker-${m.shape}"`, m.label));
    const anchor = mx > (f.left + f.width - f.right) / 2 ? 'end' : 'start';
    parts.push(text(mx + (anchor === 'start' ? 11 : -11), my - 8, m.label, `text-anchor="${anchor}" font-weight="600"`));
  }
  rows.forEach((row, i) => {
    const ly = f.height - f.bottom + 50 + i * 16;
    for (const e of row) {
      const ex = f.left + e.x;
      if (e.kind === 'line') parts.push(`<line class="legend" x1="${r1(ex)}" y1="${ly - 4}" x2="${r1(ex + 18)}" y2="${ly - 4}" stroke="${COLORS.main}" stroke-width="1.6"/>`);
      else if (e.kind === 'diamond' || e.kind === 'square') parts.push(ringMark(e.kind, ex + 9, ly - 4, 'class="legend"'));
      else parts.push(pointMark(e.kind, ex + 9, ly - 4, 'class="legend"'));
      parts.push(text(ex + 24, ly, e.label));
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

/** A design's dot: filled on the frontier, light otherwise, a cross when it misses a constraint. */
function pointMark(role: TradeOffRole, cx: number, cy: number, attrs: string, title?: string): string {
  const tip = title === undefined ? '' : `<title>${escapeXml(title)}</title>`;
  if (role === 'infeasible') {
    const d = 4;
    return `<path ${attrs} d="M${r1(cx - d)},${r1(cy - d)}L${r1(cx + d)},${r1(cy + d)}M${r1(cx - d)},${r1(cy + d)}L${r1(cx + d)},${r1(cy - d)}" stroke="${COLORS.negative}" stroke-width="2" fill="none">${tip}</path>`;
  }
  const fill = role === 'frontier' ? COLORS.main : COLORS.band;
  return `<circle ${attrs} cx="${r1(cx)}" cy="${r1(cy)}" r="${role === 'frontier' ? 4.5 : 3.5}" fill="${fill}" stroke="${role === 'frontier' ? '#fff' : COLORS.main}" stroke-width="1">${tip}</circle>`;
}

/** A hollow ring that marks a position without hiding the dot under it. */
function ringMark(shape: TradeOffMarker['shape'], cx: number, cy: number, attrs: string, title?: string): string {
  const tip = title === undefined ? '' : `<title>${escapeXml(title)}</title>`;
  if (shape === 'diamond') {
    const d = 8;
    return `<path ${attrs} d="M${r1(cx)},${r1(cy - d)}L${r1(cx + d)},${r1(cy)}L${r1(cx)},${r1(cy + d)}L${r1(cx - d)},${r1(cy)}Z" fill="none" stroke="${COLORS.accent}" stroke-width="2.2">${tip}</path>`;
  }
  const d = 7;
  return `<rect ${attrs} x="${r1(cx - d)}" y="${r1(cy - d)}" width="${2 * d}" height="${2 * d}" fill="none" stroke="${COLORS.text}" stroke-width="1.8" stroke-dasharray="3 2">${tip}</rect>`;
}

export interface HeatmapSvgOptions {
  title: string;
  /** Formats a cell's value (money). */
  format: Format;
  /** The rows' and the columns' values as read (the first --vary down, the second across). */
  rowLabels: string[];
  colLabels: string[];
  /** What runs down and across, drawn above the grid. */
  rowCaption: string;
  colCaption: string;
  /** Legend words for a positive and a negative cell. */
  positive: string;
  negative: string;
}

export interface HeatmapCell {
  value: number;
  /** Drawn with a * after the value (a sweep's cells beside a sign change). */
  mark?: boolean;
  /** The cell's tooltip. */
  title?: string;
}

/**
 * A grid of values, row-major: each cell coloured by its sign (blue above zero, orange below; the
 * two colours of the other charts) and shaded by its size against the largest, with its value
 * written in it. Cells grow to their longest value, so no figure is cut.
 */
export function heatmapSvg(cells: HeatmapCell[], o: HeatmapSvgOptions): string {
  const rows = o.rowLabels.length;
  const cols = o.colLabels.length;
  if (rows === 0 || cols === 0 || cells.length !== rows * cols) return emptyChart(o.title, msg().html.chart.empty);
  const labels = cells.map((c) => `${o.format(c.value)}${c.mark ? '*' : ''}`);
  const cellW = Math.ceil(Math.max(44, ...labels.map((s) => labelWidth(s) + 10), ...o.colLabels.map((s) => labelWidth(s) + 8)));
  const cellH = 22;
  const left = Math.ceil(Math.max(40, ...o.rowLabels.map((s) => labelWidth(s) + 12)));
  const captions = [`↓ ${o.rowCaption}`, `→ ${o.colCaption}`];
  const legendW = labelWidth(o.positive) + labelWidth(o.negative) + 60;
  const width = Math.ceil(Math.max(left + cols * cellW + 8, ...captions.map((s) => labelWidth(s) + 16), legendW + 16));
  const top = 66;
  const f: Frame = { width, height: top + rows * cellH + 10, left, right: 8, top, bottom: 10 };
  const parts = [open(f, o.title, 'heatmap')];
  captions.forEach((s, k) => parts.push(text(8, 14 + k * 16, s, 'font-weight="600"')));
  // legend, right of the captions' first line when it fits, else under them
  parts.push(`<rect class="legend" x="8" y="${top - 24}" width="12" height="10" fill="${COLORS.main}" fill-opacity="0.6"/>`);
  parts.push(text(24, top - 15, o.positive));
  const nx = 24 + labelWidth(o.positive) + 14;
  parts.push(`<rect class="legend" x="${r1(nx)}" y="${top - 24}" width="12" height="10" fill="${COLORS.negative}" fill-opacity="0.6"/>`);
  parts.push(text(nx + 16, top - 15, o.negative));
  o.colLabels.forEach((s, j) => parts.push(text(left + j * cellW + cellW / 2, top - 4, s, 'text-anchor="middle" font-weight="600"')));
  const biggest = Math.max(...cells.map((c) => (Number.isFinite(c.value) ? Math.abs(c.value) : 0)));
  o.rowLabels.forEach((s, i) => {
    const y0 = top + i * cellH;
    parts.push(text(left - 6, y0 + 15, s, 'text-anchor="end" font-weight="600"'));
    for (let j = 0; j < cols; j++) {
      const c = cells[i * cols + j]!;
      const x0 = left + j * cellW;
      const finiteValue = Number.isFinite(c.value);
      const fill = !finiteValue || c.value === 0 ? '#ffffff' : c.value > 0 ? COLORS.main : COLORS.negative;
      // 0.08 to 0.6: the faintest cell still shows its sign, the deepest keeps dark text readable
      const opacity = biggest > 0 && finiteValue ? 0.08 + 0.52 * (Math.abs(c.value) / biggest) : 0;
      const cls = !finiteValue ? 'cell' : c.value > 0 ? 'cell positive' : c.value < 0 ? 'cell negative' : 'cell';
      const tip = c.title ? `<title>${escapeXml(c.title)}</title>` : '';
      parts.push(`<rect class="mark ${cls}${c.mark ? ' frontier' : ''}" x="${r1(x0)}" y="${y0}" width="${cellW}" height="${cellH}" fill="${fill}" fill-opacity="${Math.round(opacity * 100) / 100}" stroke="${COLORS.grid}">${tip}</rect>`);
      parts.push(text(x0 + cellW / 2, y0 + 15, labels[i * cols + j]!, 'text-anchor="middle"'));
    }
  });
  parts.push('</svg>');
  return parts.join('');
}
