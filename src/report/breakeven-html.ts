/**
 * `breakeven --html` (issue 24): the break-even value with its 95 % interval
 * and the search's last bracket, then the curve the search walked — mean net
 * incremental profit at every value it evaluated, with its interval — so a
 * reader sees how sure the crossing is. The same figures as the terminal text.
 *
 * Pure: the result in, a string out (page shell and header from decide-html.ts).
 */
import type { BreakevenResult } from '../decide/breakeven.js';
import { msg } from '../i18n/index.js';
import { bandLineSvg, escapeXml as esc } from './charts-svg.js';
import { fo, header, named, page, type DecideHtmlOptions } from './decide-html.js';
import { inputValue, type BatchMeta } from './decide-text.js';
import { formatMoney, formatMoneyCompact, formatNumber } from './format.js';
import { table } from './html.js';
import { inputName } from './input-names.js';

/** Half-width of a 95 % normal interval in standard errors. */
const Z95 = 1.96;

/** The page of one `breakeven` result: the value with its 95 % interval and the search's last bracket, then the curve the search walked. */
export function renderBreakevenHtml(r: BreakevenResult, meta: BatchMeta, o: DecideHtmlOptions): string {
  const w = msg().decidePage;
  const t = msg().decide;
  const f = fo(o);
  const title = w.breakevenTitle(o.name);
  const v = (x: number | null) => inputValue(x, o.locale);
  const name = inputName(r.path);
  const at = (e: { mean: number; se: number }) => `${formatMoney(e.mean, f)} ± ${formatMoney(e.se, f)}`;
  const sorted = [...r.evaluations].sort((a, b) => a.value - b.value);
  const lines: string[] = [];
  if (r.value === null) {
    const [lo, hi] = [sorted[0]!, sorted[sorted.length - 1]!];
    lines.push(`<p class="reading">${esc(w.noBreakeven(name, v(r.searched[0]), v(r.searched[1])) + t.staysSign(r.sign === 'negative', at(lo), v(lo.value), at(hi), v(hi.value)))}</p>`);
    lines.push(`<p>${esc(r.sign === 'negative' ? t.cannotPay : t.alwaysPays)}</p>`);
  } else {
    const se = r.se ?? 0;
    lines.push(`<p class="reading"><b>${esc(w.breaksEvenAt(name, v(r.value), v(se)))}</b></p>`);
    lines.push(`<p>${esc(w.interval(v(r.value - Z95 * se), v(r.value + Z95 * se)))}</p>`);
    lines.push(`<p>${esc(w.bracket(v(r.bracket[0]), v(r.bracket[1])))}</p>`);
    lines.push(`<p>${esc(t.draftValue(v(r.current.value), formatMoney(r.current.mean, f), r.current.mean >= 0, r.value > r.current.value, v(r.value)))}</p>`);
  }
  lines.push(`<p class="note">${esc(t.searched(r.how, v(r.searched[0]), v(r.searched[1])))}</p>`);
  const mark = r.value === null ? -1 : sorted.findIndex((e) => e.value === r.value);
  const chart = bandLineSvg(
    { mean: sorted.map((e) => e.mean), low: sorted.map((e) => e.mean - Z95 * e.se), high: sorted.map((e) => e.mean + Z95 * e.se) },
    {
      title: w.searchChart(name),
      format: (x) => formatMoneyCompact(x, f),
      xs: sorted.map((e) => e.value),
      formatX: v,
      xLabel: name,
      meanLabel: w.legend.mean,
      bandLabel: w.bandLabel,
      width: 720,
      ...(mark >= 0 ? { markIndex: mark, markLabel: w.breakEvenMark(v(r.value)), span: { from: r.value! - Z95 * (r.se ?? 0), to: r.value! + Z95 * (r.se ?? 0) } } : {}),
    },
  );
  const rows = sorted.map((e) => [
    v(e.value),
    formatMoney(e.mean, f),
    `±${formatMoney(e.se, f)}`,
    [e.value === r.value ? w.breakEvenNote : '', e.value === r.current.value ? w.draftNote : ''].filter(Boolean).join(', '),
  ]);
  const n = r.evaluations.length;
  return page(
    title,
    [
      header(title, meta, o),
      `<section id="breakeven-value"><h2>${esc(w.value)}</h2><p>${named(r.path)}</p>${lines.join('')}</section>`,
      [
        `<section id="breakeven-curve"><h2>${esc(w.curveSearched)}</h2>`,
        `<figure>${chart}<figcaption>${esc(w.searchCaption(n, formatNumber(n, o.locale), r.runs, formatNumber(r.runs, o.locale), meta.seed))}</figcaption></figure>`,
        table([w.evalHead.value, t.evalHead.meanNet, t.evalHead.se, w.evalHead.note], rows),
        '</section>',
      ].join(''),
    ],
    o,
  );
}
