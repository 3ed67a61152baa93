/**
 * Small terminal charts drawn with plain characters, for the output of
 * `simulate`, `tornado` and `sweep`: an ROI histogram with P5/P50/P95 marks,
 * a monthly sparkline with its zero crossing or payback month, tornado bars
 * around a centre value and a line chart with a band. Pure functions that
 * return strings: no colour (callers may colour), no console, no I/O.
 *
 * Unicode block and box characters by default; `ascii: true` is a fallback
 * for terminals without UTF-8 (bars and the histogram then use only `#`, `-`
 * and `|`; the sparkline and line chart, which need more than one mark, use
 * other printable ASCII). Charts are not drawn under `--plain`: that is the
 * caller's switch, not an option here.
 */

export interface TextChartOptions {
  /** Only ASCII characters, for terminals without UTF-8. */
  ascii?: boolean;
}

const EMPTY = '(no data)';
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });
/** A short number for axis labels: 1.23M, 0.153, −12.5. */
export const defaultChartFormat = (v: number): string => compact.format(v);

/** Eighth blocks, from one eighth to a full cell. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];

function finiteValues(values: ArrayLike<number>): number[] {
  const r: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) r.push(v);
  }
  return r;
}

/** A bar of `cells` (fractional) character cells; any non-zero length shows at least a sliver. */
function hbar(cells: number, ascii: boolean): string {
  if (!(cells > 0)) return '';
  if (ascii) return '#'.repeat(Math.max(1, Math.round(cells)));
  let full = Math.floor(cells);
  let eighths = Math.round((cells - full) * 8);
  if (eighths === 8) {
    full += 1;
    eighths = 0;
  }
  if (full === 0 && eighths === 0) eighths = 1;
  return '█'.repeat(full) + EIGHTHS[eighths];
}

/** Visible width of a string (code points; every character used here is one cell wide). */
const width = (s: string): number => [...s].length;
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

export interface HistogramOptions extends TextChartOptions {
  /** Number of bins (default 10). */
  bins?: number;
  /** Cells for the longest bar (default 40). */
  width?: number;
  /** Values to point at, e.g. P5/P50/P95; each is shown on the row of the bin it falls in. */
  marks?: { label: string; value: number }[];
  /** Formats the bin edges and the marks (default: compact number). */
  format?: (v: number) => string;
  /**
   * Formats with a given number of decimals; when set, the edges get the
   * fewest decimals (from `format`'s up to 6) that tell neighbouring edges
   * apart, so close runs never read "-100 % … -100 %".
   */
  formatDigits?: (v: number, digits: number) => string;
}

/**
 * A horizontal histogram: one row per bin (`from … to │bar count`), with
 * marks such as P5/P50/P95 pointed at on the rows of their bins. Non-finite
 * values are left out; equal values make one bin.
 *
 * @example
 * histogram(roiPerRun, { bins: 8, marks: [{ label: 'P5', value: p5 }, { label: 'P50', value: p50 }, { label: 'P95', value: p95 }], format: (v) => formatPercent(v, 'en-US', 0) })
 */
export function histogram(values: ArrayLike<number>, opts: HistogramOptions = {}): string {
  const ascii = opts.ascii ?? false;
  let format = opts.format ?? defaultChartFormat;
  const barWidth = Math.max(1, Math.floor(opts.width ?? 40));
  const data = finiteValues(values);
  if (data.length === 0) return EMPTY;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of data) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const bins = lo === hi ? 1 : Math.max(1, Math.floor(opts.bins ?? 10));
  const span = hi - lo;
  // the share of the span first, then bins: (hi − lo) / bins can underflow to 0 for subnormal spans
  const binOf = (v: number) => (lo === hi ? 0 : Math.min(bins - 1, Math.max(0, Math.floor(((v - lo) / span) * bins))));
  const counts = new Array<number>(bins).fill(0);
  for (const v of data) counts[binOf(v)]! += 1;
  const maxCount = Math.max(...counts);

  const edge = (i: number) => (i === bins ? hi : lo + (span * i) / bins);
  if (opts.formatDigits && bins > 1) {
    const byDigits = opts.formatDigits;
    const distinct = (f: (v: number) => string) => new Set(Array.from({ length: bins + 1 }, (_, i) => f(edge(i)))).size === bins + 1;
    for (let d = 0; d <= 6 && !distinct(format); d++) format = (v) => byDigits(v, d);
  }
  const marksByBin = new Map<number, string[]>();
  for (const m of opts.marks ?? []) {
    if (!Number.isFinite(m.value)) continue;
    const b = binOf(m.value);
    marksByBin.set(b, [...(marksByBin.get(b) ?? []), `${m.label} ${format(m.value)}`]);
  }

  const froms = counts.map((_, i) => format(edge(i)));
  const tos = counts.map((_, i) => format(edge(i + 1)));
  const fw = Math.max(...froms.map(width));
  const tw = Math.max(...tos.map(width));
  const cw = Math.max(...counts.map((c) => String(c).length));
  const sep = ascii ? ' .. ' : ' … ';
  const axis = ascii ? '|' : '│';
  const arrow = ascii ? '<-' : '◀';
  return counts
    .map((c, i) => {
      const bar = padEnd(hbar((c / maxCount) * barWidth, ascii), barWidth);
      const marks = marksByBin.get(i);
      const row = `${padStart(froms[i]!, fw)}${sep}${padStart(tos[i]!, tw)} ${axis}${bar} ${String(c).padStart(cw)}`;
      return marks ? `${row}  ${arrow} ${marks.join(', ')}` : row;
    })
    .join('\n');
}

/** Indices i where the series changes sign between i − 1 and i (zero counts as non-negative). */
export function zeroCrossings(values: ArrayLike<number>): number[] {
  const r: number[] = [];
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1]!;
    const b = values[i]!;
    if (Number.isFinite(a) && Number.isFinite(b) && a < 0 !== b < 0) r.push(i);
  }
  return r;
}

export interface SparklineOptions extends TextChartOptions {
  /** Fix the scale (to compare several sparklines); default the data's own range. */
  min?: number;
  max?: number;
  /** Index to mark on a second line, e.g. the payback month (0-based). */
  markIndex?: number;
  /** Text after the mark, e.g. `payback month 14`. */
  markLabel?: string;
  /** Mark on a second line where the series crosses zero (`0` under the first index past the crossing). */
  zero?: boolean;
}

const LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const ASCII_LEVELS = ['_', '.', '-', ':', '=', '+', '*', '#'];

/**
 * One character per value, ▁ (lowest) to █ (highest); a non-finite value is a
 * blank, so the first line is always exactly as long as the input. A second
 * line appears only when asked for: `markIndex` (▲ and `markLabel`, e.g. the
 * payback month of cumulative net profit) and/or `zero` (a `0` under each
 * index where the series crosses zero, since the levels alone do not show
 * where zero is).
 *
 * @example
 * sparkline(cumulativeProfit, { markIndex: payback - 1, markLabel: `payback month ${payback}` })
 */
export function sparkline(values: ArrayLike<number>, opts: SparklineOptions = {}): string {
  const levels = opts.ascii ? ASCII_LEVELS : LEVELS;
  const data = finiteValues(values);
  let lo = opts.min ?? Infinity;
  let hi = opts.max ?? -Infinity;
  if (opts.min === undefined) for (const v of data) lo = Math.min(lo, v);
  if (opts.max === undefined) for (const v of data) hi = Math.max(hi, v);
  const top = levels.length - 1;
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) line += ' ';
    else if (!(hi > lo)) line += levels[Math.floor(top / 2)];
    else {
      // halves first, so that a range near ±Number.MAX_VALUE does not overflow to Infinity/Infinity
      const t = (v / 2 - lo / 2) / (hi / 2 - lo / 2);
      line += levels[Number.isNaN(t) ? 0 : Math.min(top, Math.max(0, Math.round(t * top)))];
    }
  }

  const n = values.length;
  const marks = new Array<string>(n).fill(' ');
  let any = false;
  if (opts.zero) {
    for (const i of zeroCrossings(values)) {
      marks[i] = '0';
      any = true;
    }
  }
  const mi = opts.markIndex;
  const hasMark = mi !== undefined && Number.isInteger(mi) && mi >= 0 && mi < n;
  if (hasMark) {
    marks[mi] = opts.ascii ? '^' : '▲';
    any = true;
  }
  if (!any) return line;
  let second = marks.join('').trimEnd();
  if (hasMark && opts.markLabel) {
    const after = marks.slice(mi + 1);
    const room = after.findIndex((c) => c !== ' ');
    if (room === -1) second = `${second} ${opts.markLabel}`;
    else if (room >= width(opts.markLabel) + 2) {
      second = marks.slice(0, mi + 1).join('') + ` ${opts.markLabel}` + marks.slice(mi + 2 + width(opts.markLabel)).join('');
      second = second.trimEnd();
    } else second = `${second}  (${opts.ascii ? '^' : '▲'} ${opts.markLabel})`;
  }
  return `${line}\n${second}`;
}

export interface BarRow {
  label: string;
  low: number;
  high: number;
}

export interface BarsOptions extends TextChartOptions {
  /** Cells for the bars, both sides of the centre line together (default 40). */
  width?: number;
  /** The value the centre line stands for, e.g. the base-case net profit (default 0). */
  centre?: number;
  /** Formats the values at the bar ends and the centre (default: compact number). */
  format?: (v: number) => string;
}

/**
 * Tornado bars: one row per input, the label on the left, a bar from the
 * centre line to the row's low and to its high value, and those values at the
 * ends (smaller on the left). All rows share one scale, so a wider swing is a
 * longer bar. Half-cell resolution (▐ █ ▌); `ascii` draws whole cells of `#`.
 * Rows are drawn in the given order: callers rank them.
 *
 * @example
 * bars([{ label: 'frequency uplift', low: -20000, high: 90000 }], { centre: 35000, format: (v) => formatMoneyCompact(v, fmt) })
 */
export function bars(rows: BarRow[], opts: BarsOptions = {}): string {
  const ascii = opts.ascii ?? false;
  const format = opts.format ?? defaultChartFormat;
  const centre = opts.centre ?? 0;
  const cells = Math.max(2, Math.floor(opts.width ?? 40));
  if (rows.length === 0) return EMPTY;
  let lo = centre;
  let hi = centre;
  for (const r of rows) {
    for (const v of [r.low, r.high]) {
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  const span = hi - lo;
  const leftCells = span > 0 ? Math.round(((centre - lo) / span) * cells) : Math.floor(cells / 2);
  const rightCells = cells - leftCells;
  const perCell = span > 0 ? span / cells : 1;
  const halves = (distance: number) => Math.round((distance / perCell) * 2);

  const side = (length: number, room: number, growsLeft: boolean): string => {
    let h = Math.min(length, room * 2);
    if (ascii) h = Math.min(room * 2, Math.round(h / 2) * 2);
    const full = Math.floor(h / 2);
    const half = h % 2 === 1 ? (growsLeft ? '▐' : '▌') : '';
    const bar = '█'.repeat(full) + half;
    const drawn = ascii ? '#'.repeat(full) : bar;
    return growsLeft ? padStart(drawn, room) : padEnd(drawn, room);
  };

  const lw = Math.max(...rows.map((r) => width(r.label)));
  const ends = rows.map((r) => {
    const vs = [r.low, r.high].filter(Number.isFinite);
    return vs.length ? [format(Math.min(...vs)), format(Math.max(...vs))] : ['–', '–'];
  });
  const ltw = Math.max(...ends.map(([l]) => width(l!)));
  const line = ascii ? '|' : '│';
  const lines = rows.map((r, i) => {
    const vs = [r.low, r.high].filter(Number.isFinite);
    const down = vs.length ? Math.max(0, centre - Math.min(...vs)) : 0;
    const up = vs.length ? Math.max(0, Math.max(...vs) - centre) : 0;
    const left = side(halves(down), leftCells, true);
    const right = side(halves(up), rightCells, false);
    return `${padEnd(r.label, lw)}  ${padStart(ends[i]![0]!, ltw)} ${left}${line}${right} ${ends[i]![1]}`.trimEnd();
  });
  // the centre's value under the centre line
  const col = lw + 2 + ltw + 1 + leftCells;
  const c = format(centre);
  const start = Math.max(0, col - Math.floor(width(c) / 2));
  lines.push(' '.repeat(start) + c);
  return lines.join('\n');
}

export interface LineSeries {
  label: string;
  values: ArrayLike<number>;
  /** The character for this series (default ● ○ ◆ ×, or * o + x with `ascii`). */
  glyph?: string;
}

export interface LineChartOptions extends TextChartOptions {
  /** Plot columns (default 60). */
  width?: number;
  /** Plot rows (default 12). */
  height?: number;
  /** A shaded band, e.g. P5 to P95, drawn under the series. */
  band?: { label?: string; low: ArrayLike<number>; high: ArrayLike<number> };
  /** Formats the y axis labels (default: compact number). */
  format?: (v: number) => string;
  /** Formats the x axis labels (default: compact number). */
  formatX?: (v: number) => string;
}

const GLYPHS = ['●', '○', '◆', '×'];
const ASCII_GLYPHS = ['*', 'o', '+', 'x'];

/** Linear interpolation of ys over increasing xs at x; NaN outside or next to a gap. */
function interpolate(xs: number[], ys: ArrayLike<number>, order: number[], x: number): number {
  const n = order.length;
  if (n === 1) return xs[order[0]!] === x ? ys[order[0]!]! : Number.NaN;
  for (let k = 0; k < n - 1; k++) {
    const a = order[k]!;
    const b = order[k + 1]!;
    const xa = xs[a]!;
    const xb = xs[b]!;
    if (x >= xa && x <= xb) {
      const ya = ys[a]!;
      const yb = ys[b]!;
      if (xb === xa) return ya;
      const t = (x - xa) / (xb - xa);
      return ya + (yb - ya) * t;
    }
  }
  return Number.NaN;
}

/**
 * A small line chart for sweeps: x along the bottom, one glyph per column for
 * each series (linear between the given points, series[0] on top), an
 * optional shaded band (░) such as the P5–P95 range, a dotted zero line when
 * zero is inside the range, labelled y axis, x range and a legend.
 *
 * @example
 * lineChart(discounts, [{ label: 'mean ROI', values: means }], { band: { label: 'P5–P95', low: p5s, high: p95s } })
 */
export function lineChart(xsIn: ArrayLike<number>, series: LineSeries[], opts: LineChartOptions = {}): string {
  const ascii = opts.ascii ?? false;
  const format = opts.format ?? defaultChartFormat;
  const formatX = opts.formatX ?? defaultChartFormat;
  const w = Math.max(2, Math.floor(opts.width ?? 60));
  const h = Math.max(2, Math.floor(opts.height ?? 12));
  const xs = Array.from(xsIn);
  const order = xs.map((_, i) => i).filter((i) => Number.isFinite(xs[i]!)).sort((a, b) => xs[a]! - xs[b]!);
  if (order.length === 0 || series.length === 0) return EMPTY;

  const ysAll: number[] = [];
  for (const s of series) for (const i of order) if (Number.isFinite(s.values[i]!)) ysAll.push(s.values[i]!);
  if (opts.band) {
    for (const i of order) {
      for (const arr of [opts.band.low, opts.band.high]) if (Number.isFinite(arr[i]!)) ysAll.push(arr[i]!);
    }
  }
  if (ysAll.length === 0) return EMPTY;
  let ymin = Math.min(...ysAll);
  let ymax = Math.max(...ysAll);
  if (ymin === ymax) {
    const pad = Math.abs(ymin) > 0 ? Math.abs(ymin) * 0.5 : 1;
    ymin -= pad;
    ymax += pad;
  }
  const xmin = xs[order[0]!]!;
  const xmax = xs[order[order.length - 1]!]!;
  // a single x (or all equal) is one column, not a flat line across the chart
  const columns = xmax === xmin ? 1 : w;
  const xAt = (c: number) => (xmax === xmin ? xmin : xmin + ((xmax - xmin) * c) / (w - 1));
  const rowOf = (y: number) => Math.round(((ymax - y) / (ymax - ymin)) * (h - 1));

  const grid: string[][] = Array.from({ length: h }, () => new Array<string>(w).fill(' '));
  if (opts.band) {
    for (let c = 0; c < columns; c++) {
      const a = interpolate(xs, opts.band.low, order, xAt(c));
      const b = interpolate(xs, opts.band.high, order, xAt(c));
      if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
      const r1 = rowOf(Math.max(a, b));
      const r2 = rowOf(Math.min(a, b));
      for (let r = r1; r <= r2; r++) grid[r]![c] = ascii ? ':' : '░';
    }
  }
  // the zero line shows through the band, under the series
  const zeroRow = ymin < 0 && ymax > 0 ? rowOf(0) : -1;
  if (zeroRow >= 0) grid[zeroRow]!.fill(ascii ? '-' : '┄');
  const glyphs = ascii ? ASCII_GLYPHS : GLYPHS;
  for (let s = series.length - 1; s >= 0; s--) {
    const glyph = series[s]!.glyph ?? glyphs[s % glyphs.length]!;
    for (let c = 0; c < columns; c++) {
      const y = interpolate(xs, series[s]!.values, order, xAt(c));
      if (Number.isFinite(y)) grid[rowOf(y)]![c] = glyph;
    }
  }

  const labels = new Map<number, string>([
    [0, format(ymax)],
    [h - 1, format(ymin)],
  ]);
  if (zeroRow > 0 && zeroRow < h - 1) labels.set(zeroRow, format(0));
  const gw = Math.max(...[...labels.values()].map(width));
  const lines = grid.map((row, r) => {
    const label = labels.get(r);
    const tick = label !== undefined ? (ascii ? '+' : '┤') : ascii ? '|' : '│';
    return `${padStart(label ?? '', gw)} ${tick}${row.join('')}`.trimEnd();
  });
  lines.push(`${' '.repeat(gw)} ${ascii ? '+' : '└'}${(ascii ? '-' : '─').repeat(w)}`);
  const xl = formatX(xmin);
  const xr = formatX(xmax);
  const xLine = xmax === xmin ? xl : xl + ' '.repeat(Math.max(1, w - width(xl) - width(xr))) + xr;
  lines.push(`${' '.repeat(gw + 2)}${xLine}`);
  const legend = series.map((s, i) => `${s.glyph ?? glyphs[i % glyphs.length]} ${s.label}`);
  if (opts.band) legend.push(`${ascii ? ':' : '░'} ${opts.band.label ?? 'band'}`);
  lines.push(`${' '.repeat(gw + 2)}${legend.join('   ')}`);
  return lines.join('\n');
}

export interface ScatterPoint {
  x: number;
  y: number;
  /** The mark (one cell); later points are drawn over earlier ones. */
  glyph: string;
}

export interface ScatterOptions {
  width?: number;
  height?: number;
  format?: (v: number) => string;
  formatX?: (v: number) => string;
  /** Axis names for the caption, e.g. 'mean NPV' and 'P5 NPV'. */
  xLabel?: string;
  yLabel?: string;
  /** The axes line in the caller's language (default: "x across, y up"). */
  axes?: (x: string, y: string) => string;
}

/**
 * Points on a character grid (optimize's trade-off frontier: mean NPV across,
 * P5 NPV up), with the y range on the left and the x range below. Points that
 * fall in one cell show the last one drawn, so callers draw the ones that
 * matter (the frontier, the chosen design) last.
 */
export function scatter(points: ScatterPoint[], opts: ScatterOptions = {}): string {
  const pts = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (pts.length === 0) return EMPTY;
  const format = opts.format ?? defaultChartFormat;
  const formatX = opts.formatX ?? defaultChartFormat;
  const w = Math.max(2, Math.floor(opts.width ?? 50));
  const h = Math.max(2, Math.floor(opts.height ?? 10));
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const grid = Array.from({ length: h }, () => new Array<string>(w).fill(' '));
  for (const p of pts) {
    const c = Math.round(((p.x - x0) / (x1 - x0)) * (w - 1));
    const r = h - 1 - Math.round(((p.y - y0) / (y1 - y0)) * (h - 1));
    grid[r]![c] = p.glyph;
  }
  const top = format(y1);
  const bottom = format(y0);
  const lw = Math.max(width(top), width(bottom));
  const lines = grid.map((row, r) => `${padStart(r === 0 ? top : r === h - 1 ? bottom : '', lw)} │${row.join('')}`);
  lines.push(`${' '.repeat(lw)} └${'─'.repeat(w)}`);
  const left = formatX(x0);
  const right = formatX(x1);
  lines.push(`${' '.repeat(lw + 2)}${left}${' '.repeat(Math.max(1, w - width(left) - width(right)))}${right}`);
  if (opts.xLabel || opts.yLabel) lines.push(`${' '.repeat(lw + 2)}${(opts.axes ?? ((x, y) => `${x} across, ${y} up`))(opts.xLabel ?? 'x', opts.yLabel ?? 'y')}`);
  return lines.join('\n');
}

export interface ColumnsOptions extends TextChartOptions {
  /** Rows of the plot (default 8); each row is two half-cells of resolution. */
  height?: number;
  /** Formats the y axis labels (default: compact number). */
  format?: (v: number) => string;
  /** The label under the first and last column (default: 1 and the count, as months). */
  first?: string;
  last?: string;
}

/**
 * One column per value, up from a zero line for positive values and down
 * from it for negative ones, at half-cell resolution (▄ ▀ █): the monthly
 * incremental profit, where a loss month must read as below zero, or the
 * members by month. Labelled y axis (top, 0, bottom) and the first and last
 * x label. Any non-zero value shows at least half a cell.
 *
 * @example
 * columns(monthlyNet, { format: (v) => formatMoneyCompact(v, fmt), first: 'month 1', last: `month ${H}` })
 */
export function columns(values: ArrayLike<number>, opts: ColumnsOptions = {}): string {
  const ascii = opts.ascii ?? false;
  const format = opts.format ?? defaultChartFormat;
  const h = Math.max(2, Math.floor(opts.height ?? 8));
  const data = finiteValues(values);
  if (data.length === 0) return EMPTY;
  const hi = Math.max(0, ...data);
  const lo = Math.min(0, ...data);
  const span = hi - lo;
  const units = 2 * h;
  // zero on a half-cell boundary, counted from the top
  const zero = span > 0 ? Math.round((hi / span) * units) : units;
  const n = values.length;
  const filled: boolean[][] = Array.from({ length: units }, () => new Array<boolean>(n).fill(false));
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v) || v === 0 || !(span > 0)) continue;
    const len = Math.max(1, Math.round((Math.abs(v) / span) * units));
    const [from, to] = v > 0 ? [Math.max(0, zero - len), zero] : [zero, Math.min(units, zero + len)];
    for (let u = from; u < to; u++) filled[u]![i] = true;
  }
  const cell = (up: boolean, down: boolean): string =>
    ascii ? (up && down ? '#' : up ? "'" : down ? '.' : ' ') : up && down ? '█' : up ? '▀' : down ? '▄' : ' ';
  const labels = new Map<number, string>([
    [0, format(hi)],
    [h - 1, format(lo)],
  ]);
  // the zero label on the row whose boundary zero is (the row just above it, when it falls between rows)
  const zeroRow = Math.min(h - 1, Math.max(0, Math.ceil(zero / 2) - 1));
  if (lo < 0 && hi > 0) labels.set(zeroRow, format(0));
  const gw = Math.max(...[...labels.values()].map(width));
  const lines: string[] = [];
  for (let r = 0; r < h; r++) {
    let row = '';
    for (let i = 0; i < n; i++) row += cell(filled[2 * r]![i]!, filled[2 * r + 1]![i]!);
    const label = labels.get(r);
    const tick = label !== undefined ? (ascii ? '+' : '┤') : ascii ? '|' : '│';
    lines.push(`${padStart(label ?? '', gw)} ${tick}${row}`.trimEnd());
  }
  lines.push(`${' '.repeat(gw)} ${ascii ? '+' : '└'}${(ascii ? '-' : '─').repeat(n)}`);
  // the given labels when they fit under the columns, else the bare indices
  const fits = (a: string, b: string) => n > width(a) + width(b);
  const [first, last] = fits(opts.first ?? '1', opts.last ?? String(n)) ? [opts.first ?? '1', opts.last ?? String(n)] : ['1', String(n)];
  lines.push(`${' '.repeat(gw + 2)}${fits(first, last) ? first + ' '.repeat(n - width(first) - width(last)) + last : first}`);
  return lines.join('\n');
}
