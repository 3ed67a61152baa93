/**
 * The XLSX workbook of a report (issue 7), for a finance team: sheets
 * Summary, Monthly, Runs (one row per run), Inputs (each run's drawn
 * uncertain inputs) and Costs. Numbers are real number cells with currency
 * (the draft's own), percent and count formats, so they sum and chart in the
 * spreadsheet; headers are frozen and columns sized.
 *
 * Every text cell goes through `neutralise` (OWASP CSV injection: text that
 * starts with =, +, -, @, tab, CR or LF gets a leading apostrophe), because
 * draft names, file names and level names are the user's and a spreadsheet
 * must never run them as formulas.
 *
 * Pure apart from building bytes: data in, a Buffer out; the caller writes it.
 */
import ExcelJS from 'exceljs';
import { METRIC_KEYS, type MetricKey } from '../engine/metrics.js';
import { msg, type Messages } from '../i18n/index.js';
import { neutralise } from './csv.js';
import { behaviourCostRows, behaviourSeries, feeIncomeLabel } from './behaviour-view.js';
import { COST_ROWS, draftFacts, inputKind, type Kind, type ReportData } from './report-data.js';
import { numericFields } from '../draft/paths.js';
import { metricLabel, metricValueKind } from './metric-registry.js';
import { ALL_MEMBERS_TIER } from '../engine/params.js';
import { SEGMENT_METRIC_KEYS } from '../engine/metrics.js';
import { inputName } from './input-names.js';

/**
 * Excel number format of a kind. Money carries the ISO code, which reads the
 * same in every Excel locale (in Russian, roubles show as ₽); a Russian
 * percentage has a no-break space before %. Excel shows the group and decimal
 * separators of the reader's own locale.
 */
export function numberFormat(kind: Kind, currency: string): string {
  switch (kind) {
    case 'money':
      // the currency is an ISO 4217 code (three capital letters, checked by the schema); quoted as literal text
      return `#,##0 "${msg().xlsx.currencyText(currency.replace(/[^A-Z]/g, ''))}"`;
    case 'percent':
      return msg().xlsx.percentFormat;
    case 'count':
      return '#,##0';
    case 'month':
      return '0';
    case 'decimal':
      return '#,##0.0000';
  }
}

type Cell = string | number | Date | null;

/** A text cell made safe, a number kept only when finite (empty otherwise). */
function cell(v: string | number | Date | null | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return neutralise(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v;
}

interface Col {
  header: string;
  width: number;
}

function sheet(wb: ExcelJS.Workbook, name: string, cols: Col[], headerRow = 1): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }] });
  cols.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
  });
  return ws;
}

function header(ws: ExcelJS.Worksheet, cols: Col[], rowNumber = 1): void {
  const row = ws.getRow(rowNumber);
  cols.forEach((c, i) => {
    row.getCell(i + 1).value = cell(c.header);
  });
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.border = { bottom: { style: 'thin' } };
  row.commit();
}

/** Adds a row and formats its number cells; `formats[i]` applies to cell i + 1. */
function addRow(ws: ExcelJS.Worksheet, values: (string | number | Date | null | undefined)[], formats: (string | undefined)[]): ExcelJS.Row {
  const row = ws.addRow(values.map(cell));
  formats.forEach((f, i) => {
    if (f) row.getCell(i + 1).numFmt = f;
  });
  return row;
}

function summarySheet(wb: ExcelJS.Workbook, data: ReportData): void {
  const x = msg().xlsx;
  const cols: Col[] = [
    { header: x.head.draft, width: 30 },
    { header: x.head.file, width: 30 },
    { header: x.head.metric, width: 34 },
    { header: x.head.key, width: 28 },
    { header: x.head.mean, width: 18 },
    { header: x.head.se, width: 14 },
    { header: 'P5', width: 18 },
    { header: 'P50', width: 18 },
    { header: 'P95', width: 18 },
  ];
  const metaRows = 7;
  const ws = sheet(wb, x.sheets.summary, cols, metaRows + 1);
  const first = data.entries[0]!;
  const meta: [string, string | number | Date, string | undefined][] = [
    [msg().draftNames.workbookTitle, msg().draftNames.list(data.entries.map((e) => e.meta.name)), undefined],
    [x.meta.generated, data.generatedAt, x.dateFormat],
    [x.meta.seed, first.meta.seed, '0'],
    [x.meta.runs, first.summary.runs, '#,##0'],
    [x.meta.sampling, first.meta.sampling === 'lhs' ? msg().sim.lhs : msg().sim.mc, undefined],
    [x.meta.customers, first.meta.population, undefined],
    // the command that makes this workbook again (row 7 was free)
    ...(data.repeat ? [[msg().html.repeat, data.repeat, undefined] as [string, string, undefined]] : []),
  ];
  meta.forEach(([k, v, f], i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = cell(k);
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = cell(v);
    if (f) row.getCell(2).numFmt = f;
    row.getCell(2).alignment = { horizontal: 'left' };
    row.commit();
  });
  header(ws, cols, metaRows + 1);
  const layout = runsLayout(data);
  data.entries.forEach((e, i) => {
    const fmt = (k: Kind): string => numberFormat(k, e.meta.currency);
    const rows = layout[i]!;
    for (const key of METRIC_KEYS) {
      const s = e.summary.metrics[key];
      const kind = metricValueKind(key);
      const f = fmt(kind);
      if (key === 'paybackMonth') {
        // payback (docs/model.md §5): whole months over all runs by nearest rank, "never" in words, no mean
        // beside them; a spreadsheet PERCENTILE interpolates, so these stay the engine's values
        const q = (v: number | null) => (v === null ? msg().common.never : v);
        addRow(ws, [e.meta.name, e.meta.file, metricLabel(key), key, s.mean, s.se, q(s.p5), q(s.p50), q(s.p95)], [, , , , f, '0.00', f, f, f]);
        continue;
      }
      const r = rows.range(key);
      const values = e.result.runs.map((run) => run.metrics[key]);
      // +Infinity ("never") stays in the engine's percentiles but is an empty cell here: no percentile formula then
      const allFinite = values.every((v) => Number.isFinite(v) || Number.isNaN(v));
      const row = addRow(ws, [e.meta.name, e.meta.file, metricLabel(key), key, null, null, null, null, null], [, , , , f, kind === 'month' ? '0.00' : f, f, f, f]);
      live(row.getCell(5), s.mean, `AVERAGE(${r})`);
      // a plain formula only for independent runs (or blocks of one run): replicate LHS blocks need the block means
      live(row.getCell(6), s.se, plainSe(e) ? `STDEV(${r})/SQRT(COUNT(${r}))` : null);
      live(row.getCell(7), s.p5, allFinite ? `PERCENTILE(${r},0.05)` : null);
      live(row.getCell(8), s.p50, allFinite ? `PERCENTILE(${r},0.5)` : null);
      live(row.getCell(9), s.p95, allFinite ? `PERCENTILE(${r},0.95)` : null);
    }
    const payback = e.summary.metrics.paybackMonth;
    addRow(ws, [e.meta.name, e.meta.file, msg().payback.conditionalMean, 'paybackMonth.meanIfPaysBack', payback.meanIfPaysBack], [, , , , '0.0']);
    const p = e.summary.probabilities;
    const roi = rows.range('roi');
    const npv = rows.range('npv');
    const pay = rows.range('paybackMonth');
    for (const [label, key, v, formula] of [
      ['P(ROI > 0)', 'probabilities.roiPositive', p.roiPositive, `COUNTIF(${roi},">0")/COUNT(${roi})`],
      [x.pNpv, 'probabilities.npvPositive', p.npvPositive, `COUNTIF(${npv},">0")/ROWS(${npv})`],
      // a run that never pays back has an empty payback cell
      [x.pPayback(e.meta.horizon), 'probabilities.paybackWithinHorizon', p.paybackWithinHorizon, `COUNT(${pay})/ROWS(${pay})`],
      [x.pNever(e.meta.horizon), 'probabilities.paybackNeverShare', p.paybackNeverShare, `(ROWS(${pay})-COUNT(${pay}))/ROWS(${pay})`],
    ] as const) {
      const row = addRow(ws, [e.meta.name, e.meta.file, label, key, null], [, , , , x.percentFormat]);
      live(row.getCell(5), v, formula);
    }
    for (const t of e.summary.tierMix) {
      addRow(ws, [e.meta.name, e.meta.file, x.tierShare(e.meta.horizon, t.name === ALL_MEMBERS_TIER ? msg().draftNames.allMembersTier : t.name), 'tierMix.share', t.share], [, , , , x.percentFormat]);
    }
    // docs/model.md §13: each segment's metrics (before fixed costs, which stay at the total), as in --json's bySegment
    for (const seg of e.summary.bySegment ?? []) {
      const segName = seg.name === 'other' ? msg().segments.otherName : seg.name;
      for (const key of SEGMENT_METRIC_KEYS) {
        const s = seg.metrics[key];
        const f = numberFormat(metricValueKind(key), e.meta.currency);
        addRow(ws, [e.meta.name, e.meta.file, msg().segments.xlsxLabel(segName, metricLabel(key), key === 'programCost' || key === 'netIncrementalProfit' || key === 'roi'), `bySegment.${seg.name}.${key}`, s.mean, s.se, s.p5, s.p50, s.p95], [, , , , f, f, f, f, f]);
      }
    }
  });
  for (const pair of data.pairs) {
    const a = data.entries[pair.a]!;
    const b = data.entries[pair.b]!;
    addRow(ws, [a.meta.name, a.meta.file, x.pBeats(b.meta.name), 'pairs.pAOverB', pair.pAOverB], [, , , , x.percentFormat]);
    const money = numberFormat('money', a.meta.currency);
    addRow(ws, [a.meta.name, a.meta.file, x.meanMinus(b.meta.name), 'pairs.meanDifference.netIncrementalProfit', pair.meanDifference.netIncrementalProfit, pair.seDifference.netIncrementalProfit], [, , , , money, money]);
  }
}

function monthlySheet(wb: ExcelJS.Workbook, data: ReportData): void {
  const h = msg().xlsx.head;
  const cols: Col[] = [
    { header: h.draft, width: 30 },
    { header: h.month, width: 8 },
    { header: h.netMean, width: 20 },
    { header: h.cumMean, width: 20 },
    { header: h.cumP5, width: 18 },
    { header: h.cumP50, width: 18 },
    { header: h.cumP95, width: 18 },
    // MODEL.md §8–11, means over runs
    { header: h.membersMean, width: 14 },
    { header: h.redeemedMean, width: 18 },
    { header: h.pushedMean, width: 16 },
    { header: h.feeMean, width: 16 },
    { header: h.referredMean, width: 18 },
  ];
  const ws = sheet(wb, msg().xlsx.sheets.monthly, cols);
  header(ws, cols);
  for (const e of data.entries) {
    const m = e.summary.monthly;
    const f = numberFormat('money', e.meta.currency);
    const series = (['members', 'pointsRedeemed', 'pushedOrders', 'feeIncome', 'referredCustomers'] as const).map((k) => behaviourSeries(e.summary, k));
    m.netIncrementalProfit.forEach((v, t) => {
      addRow(
        ws,
        [e.meta.name, t + 1, v, m.cumulativeNetMean[t], m.cumulativeNetP5[t], m.cumulativeNetP50[t], m.cumulativeNetP95[t], ...series.map((x) => x[t])],
        [, '0', f, f, f, f, f, '#,##0', '#,##0', '#,##0.0', f, '#,##0.0'],
      );
    });
  }
}

/** Where each draft's runs sit on the Runs sheet: a block of consecutive rows, one column per metric. */
interface RunRows {
  first: number;
  last: number;
  /** The absolute range of a metric's cells for this draft, sheet included: 'Runs'!$E$2:$E$41. */
  range: (key: MetricKey) => string;
}

/** Column letters of a 1-based index (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The Runs sheet's name as a formula writes it: always quoted, a quote doubled. */
const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'`;

function runsLayout(data: ReportData): RunRows[] {
  const sheetName = sheetRef(msg().xlsx.sheets.runs);
  let next = 2;
  return data.entries.map((e) => {
    const first = next;
    const last = first + e.result.runs.length - 1;
    next = last + 1;
    const range = (key: MetricKey): string => {
      const c = columnLetter(3 + METRIC_KEYS.indexOf(key));
      return `${sheetName}!$${c}$${first}:$${c}$${last}`;
    };
    return { first, last, range };
  });
}

/** The standard error is sd/√n only when the runs are independent (or LHS blocks of a single run). */
const plainSe = (e: ReportData['entries'][number]): boolean => e.result.errorDesign.method === 'iid' || e.result.errorDesign.blockSize === 1;

/**
 * A statistic as a live formula with the engine's value cached as its result,
 * so the file shows numbers before any recalculation and a reviewer can trace
 * it to the runs; a plain value where no plain formula gives it.
 */
function live(c: ExcelJS.Cell, value: number | null | undefined, formula: string | null): void {
  const v = value === null || value === undefined || !Number.isFinite(value) ? null : value;
  if (v === null) return;
  c.value = formula ? { formula, result: v } : v;
}

/** The table's name, the same in every language (a formula's or a pivot's handle, not text for people). */
export const RUNS_TABLE = 'Runs';

function runsSheet(wb: ExcelJS.Workbook, data: ReportData): void {
  const h = msg().xlsx.head;
  const cols: Col[] = [{ header: h.draft, width: 30 }, { header: h.run, width: 7 }, ...METRIC_KEYS.map((k) => ({ header: metricLabel(k), width: 18 }))];
  const ws = sheet(wb, msg().xlsx.sheets.runs, cols);
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  const rows: Cell[][] = [];
  for (const e of data.entries) for (const r of e.result.runs) rows.push([e.meta.name, r.run, ...METRIC_KEYS.map((k) => r.metrics[k])].map(cell));
  // a named table: filters, banding, and a name a reviewer's own formulas and pivots can use
  ws.addTable({
    name: RUNS_TABLE,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: cols.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
  let r = 2;
  for (const e of data.entries) {
    const formats = [undefined, '0', ...METRIC_KEYS.map((k) => numberFormat(metricValueKind(k), e.meta.currency))];
    for (let i = 0; i < e.result.runs.length; i++, r++) formats.forEach((f, j) => f && (ws.getCell(r, j + 1).numFmt = f));
  }
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
}

/**
 * The Inputs sheet: first every assumption of each draft, fixed numbers as
 * number cells in their unit and drawn ones with their distribution; then the
 * values drawn in each run, one row per run (what the Runs table's figures
 * came from).
 */
function inputsSheet(wb: ExcelJS.Workbook, data: ReportData): void {
  const paths: string[] = [];
  for (const e of data.entries) for (const p of Object.keys(e.result.runs[0]?.inputs ?? {})) if (!paths.includes(p)) paths.push(p);
  const h = msg().xlsx.head;
  const a = msg().xlsx.assumptions;
  const cols: Col[] = [{ header: h.draft, width: 30 }, { header: a.input, width: 40 }, { header: a.path, width: 34 }, { header: a.value, width: 18 }, { header: a.distribution, width: 40 }];
  const ws = sheet(wb, msg().xlsx.sheets.inputs, cols);
  header(ws, cols);
  for (const e of data.entries) {
    const o = { locale: data.locale, currency: e.meta.currency };
    const numbers = new Map(numericFields(e.draft).map((f) => [f.path, f.value]));
    for (const f of draftFacts(e.draft, o)) {
      const n = numbers.get(f.path);
      const fixed = typeof n === 'number' ? n : null;
      const value = f.path === 'currency' ? msg().draftNames.currency(f.value) : f.value;
      addRow(ws, [e.meta.name, inputName(f.path), f.path, fixed ?? (f.uncertain ? null : value), f.uncertain ? f.value : a.fixed], [, , , fixed === null ? undefined : numberFormat(inputKind(f.path), e.meta.currency)]);
    }
  }
  ws.addRow([]);
  const title = ws.addRow([cell(a.draws)]);
  title.font = { bold: true };
  const drawCols: Col[] = [{ header: h.draft, width: 30 }, { header: h.run, width: 7 }, ...paths.map((p) => ({ header: inputName(p), width: 22 }))];
  drawCols.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(col.width ?? 0, c.width);
  });
  header(ws, drawCols, ws.rowCount + 1);
  if (paths.length === 0) {
    addRow(ws, [msg().xlsx.noInputs], []);
    return;
  }
  for (const e of data.entries) {
    const formats = [undefined, '0', ...paths.map((p) => numberFormat(inputKind(p), e.meta.currency))];
    for (const r of e.result.runs) addRow(ws, [e.meta.name, r.run, ...paths.map((p) => r.inputs[p] ?? null)], formats);
  }
}

function costsSheet(wb: ExcelJS.Workbook, data: ReportData): void {
  const x = msg().xlsx;
  const cols: Col[] = [
    { header: x.head.draft, width: 30 },
    { header: x.head.cost, width: 34 },
    { header: x.head.key, width: 18 },
    { header: x.head.mean, width: 18 },
    { header: 'P5', width: 18 },
    { header: 'P50', width: 18 },
    { header: 'P95', width: 18 },
    { header: x.head.share, width: 14 },
  ];
  const ws = sheet(wb, x.sheets.costs, cols);
  header(ws, cols);
  for (const e of data.entries) {
    const m = e.summary.metrics;
    const f = numberFormat('money', e.meta.currency);
    const total = m.programCost.mean ?? 0;
    const line = (label: string, key: MetricKey, bold = false, share = true): void => {
      const s = m[key];
      const row = addRow(ws, [e.meta.name, label, key, s.mean, s.p5, s.p50, s.p95, share && total && s.mean !== null ? s.mean / total : null], [, , , f, f, f, f, x.percentFormat]);
      if (bold) row.font = { bold: true };
    };
    for (const c of COST_ROWS) line(msg().sim.costRows[c.key as keyof Messages['sim']['costRows']], c.key);
    for (const c of behaviourCostRows()) line(c.label, c.key);
    line(msg().sim.programCost, 'programCost', true);
    // income, never a negative cost: its own line, no share of cost
    line(feeIncomeLabel(), 'feeIncome', false, false);
    line(x.windfall, 'windfallCost');
    line(x.incremental, 'incrementalCost');
  }
}

/** The tornado of every draft (with --tornado), as in the HTML report: one row per input, largest swing first. */
function tornadoSheet(wb: ExcelJS.Workbook, data: ReportData): void {
  const x = msg().xlsx;
  const cols: Col[] = [
    { header: x.head.draft, width: 30 },
    { header: x.tornado.input, width: 40 },
    { header: 'P10', width: 14 },
    { header: 'P50', width: 14 },
    { header: 'P90', width: 14 },
    { header: x.tornado.netLow, width: 18 },
    { header: x.tornado.netHigh, width: 18 },
    { header: x.tornado.swing, width: 18 },
    { header: x.tornado.rank, width: 12 },
  ];
  const ws = sheet(wb, x.sheets.tornado, cols);
  header(ws, cols);
  for (const e of data.entries) {
    const t = e.tornado;
    if (!t || t.inputs.length === 0) {
      addRow(ws, [e.meta.name, x.tornado.none], []);
      continue;
    }
    const f = numberFormat('money', e.meta.currency);
    addRow(ws, [e.meta.name, x.tornado.base, null, null, null, t.base.mean, t.base.mean, 0, null], [, , , , , f, f, f]).font = { italic: true };
    for (const x of t.inputs) {
      const k = numberFormat(inputKind(x.path), e.meta.currency);
      addRow(ws, [e.meta.name, inputName(x.path), x.low, x.median, x.high, x.netAtLow, x.netAtHigh, x.swing, x.spearman], [, , k, k, k, f, f, f, '0.00']);
    }
  }
}

/** The workbook as bytes, ready for an atomic write. */
export async function renderXlsxReport(data: ReportData): Promise<Buffer> {
  if (data.entries.length === 0) throw new Error('renderXlsxReport: no entries');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'loyalty-sim';
  // fixed from the caller's clock, so the same data gives the same workbook content
  wb.created = data.generatedAt;
  wb.modified = data.generatedAt;
  summarySheet(wb, data);
  monthlySheet(wb, data);
  runsSheet(wb, data);
  inputsSheet(wb, data);
  costsSheet(wb, data);
  if (data.tornado) tornadoSheet(wb, data);
  const bytes = await wb.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}

/** The sheets, in order, in English (the names follow the current language: `sheetNames`). */
export const XLSX_SHEETS = ['Summary', 'Monthly', 'Runs', 'Inputs', 'Costs'] as const;

/** The sheets' names in the current language, in order (the tornado's last, when there is one). */
export const sheetNames = (): string[] => Object.values(msg().xlsx.sheets);
/** The extra sheet with --tornado. */
export const XLSX_TORNADO_SHEET = 'Tornado';
