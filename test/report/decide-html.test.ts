/**
 * The `sweep --html` and `tornado --html` pages on tiny real results
 * (decide-fixture.ts): a sweep's curve with its P5–P95 band along one field
 * and its heat map over two, the tornado by readable input names; no NaN or
 * undefined anywhere, the user's text escaped, the page offline (no script,
 * a policy that forbids requests), and every label in English and in Russian
 * (no English word left in the Russian page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SweepResult } from '../../src/decide/sweep.js';
import type { TornadoResult } from '../../src/decide/tornado.js';
import { setLang } from '../../src/i18n/index.js';
import { renderSweepHtml, renderTornadoHtml, type DecideHtmlOptions } from '../../src/report/decide-html.js';
import { inputName } from '../../src/report/input-names.js';
import { CODE, englishWords, visibleText } from '../cli/latin-scan.js';
import { parseVary, sweepDraft } from '../../src/decide/sweep.js';
import { batchOpts, popOf } from '../decide/helpers.js';
import { AT, META, RATE, UPLIFT, draft, tinyGrid, tinySweep, tinyTornado } from './decide-fixture.js';

let sweep: SweepResult;
let grid: SweepResult;
let tornado: TornadoResult;
beforeAll(async () => {
  [sweep, grid, tornado] = await Promise.all([tinySweep(), tinyGrid(), tinyTornado()]);
}, 120_000);

const opts = (locale = 'en-US'): DecideHtmlOptions => ({ file: 'drafts/<t>.yaml', name: 'small <b>discount</b>', currency: 'RUB', locale, generatedAt: AT });
const count = (html: string, needle: string) => html.split(needle).length - 1;

/** The page rules every page shares: offline, no script, no broken figure, the user's text escaped. */
function offline(html: string): void {
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  expect(html).not.toMatch(/<script|https?:\/\/|src=/);
  expect(html).not.toMatch(/NaN|undefined|\bnull\b|Infinity/);
  expect(html).toContain('small &lt;b&gt;discount&lt;/b&gt;');
  expect(html).toContain('drafts/&lt;t&gt;.yaml');
  expect(html).not.toContain('<b>discount');
}

describe('sweep --html', () => {
  it('one field: the ROI and net-profit curves with their P5–P95 bands over the swept values, the sign change, a row per point', () => {
    const html = renderSweepHtml(sweep, META, opts());
    offline(html);
    expect(html).toContain('<h1>Sweep: small &lt;b&gt;discount&lt;/b&gt;</h1>');
    expect(html).toContain('<h2>What was varied</h2>');
    expect(html).toContain('<h2>Along the range</h2>');
    // two band charts, each a band path and a mean line over the swept values
    expect(count(html, 'class="chart chart-band"')).toBe(2);
    expect(count(html, 'class="mark band"')).toBe(2);
    expect(html).toContain(`aria-label="Mean ROI with its P5–P95 band over ${inputName(RATE)}"`);
    // the x axis reads the swept values, the first and the last among its ticks
    expect(html).toMatch(/>0<\/text>/);
    expect(html).toMatch(/>0\.2<\/text>/);
    // the sign change the terminal prints
    const cross = sweep.points.findIndex((p, i) => i > 0 && Math.sign(p.netIncrementalProfit.mean!) !== Math.sign(sweep.points[i - 1]!.netIncrementalProfit.mean!));
    expect(cross).toBeGreaterThan(0);
    expect(html).toContain(`Mean net profit changes sign between ${sweep.axes[0]![cross - 1]} and ${sweep.axes[0]![cross]}`);
    const points = html.slice(html.indexOf('<h3>Every point</h3>'));
    expect(count(points, '<tr>')).toBe(sweep.points.length + 1);
    // the band's ends at the first point, as money
    const f = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'RUB', maximumFractionDigits: 0, minimumFractionDigits: 0 });
    expect(points).toContain(`<td>${f.format(sweep.points[0]!.netIncrementalProfit.p5!)}</td><td>${f.format(sweep.points[0]!.netIncrementalProfit.p95!)}</td>`);
    // the readable name with the path beneath
    expect(html).toContain(`${inputName(RATE)}<code class="path-of">${RATE}</code>`);
  });

  it('two fields: a heat map cell per grid point, coloured by sign, the frontier cells starred, and the P5 / P95 of every cell', () => {
    const html = renderSweepHtml(grid, META, opts());
    offline(html);
    expect(html).toContain('<h2>Over the grid</h2>');
    expect(count(html, 'class="chart chart-heatmap"')).toBe(1);
    const cells = grid.points.map((p) => p.netIncrementalProfit.mean!);
    expect(count(html, 'class="mark cell ')).toBe(cells.length);
    expect(count(html, 'class="mark cell positive')).toBe(cells.filter((v) => v > 0).length);
    expect(count(html, 'class="mark cell negative')).toBe(cells.filter((v) => v < 0).length);
    expect(cells.some((v) => v > 0) && cells.some((v) => v < 0)).toBe(true);
    expect(count(html, ' frontier"')).toBeGreaterThan(0);
    expect(html).toContain(`↓ ${inputName(RATE)}`);
    expect(html).toContain(`→ ${inputName(UPLIFT)}`);
    const band = html.slice(html.indexOf('<h3>P5 / P95 of net incremental profit in each cell</h3>'));
    expect(count(band, '<tr>')).toBe(grid.axes[0]!.length + 1);
    expect(band.match(/ \/ -?RUB/g)?.length).toBe(grid.points.length);
  });
});

describe('tornado --html', () => {
  it('the bars and the table by readable input name, largest swing first, with the rank correlations', () => {
    const html = renderTornadoHtml(tornado, META, opts());
    offline(html);
    expect(html).toContain('<h1>Tornado: small &lt;b&gt;discount&lt;/b&gt;</h1>');
    expect(count(html, 'class="chart chart-tornado"')).toBe(1);
    // two bars per input (P10 and P90)
    expect(count(html, 'class="mark bar"')).toBe(2 * tornado.inputs.length);
    const names = tornado.inputs.map((i) => inputName(i.path));
    expect(names[0]).not.toBe(tornado.inputs[0]!.path);
    for (const n of names) expect(html).toContain(`>${n}</text>`);
    // the table in the tornado's order, each name with its path
    const positions = tornado.inputs.map((i) => html.indexOf(`<td>${inputName(i.path)}<code class="path-of">${i.path}</code></td>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain(`${names[0]} matters most`);
    expect(html).toContain('Spearman ρ');
  });

  it('says so when the draft has no uncertain input', () => {
    const html = renderTornadoHtml({ ...tornado, inputs: [] }, META, opts());
    expect(html).toContain('No uncertain inputs to swing.');
    expect(html).not.toContain('<svg');
  });
});

describe('in Russian', () => {
  // the sweep's "how each value is put into the draft" is worded when it runs: run it in Russian, as `--lang ru` does
  let ruSweep: SweepResult;
  let ruGrid: SweepResult;
  beforeAll(async () => {
    setLang('ru');
    ruSweep = await sweepDraft(draft, [parseVary(`${RATE}=0:0.2:0.025`)], popOf(draft), batchOpts(16, 4));
    ruGrid = await sweepDraft(draft, [parseVary(`${RATE}=0:0.2:0.05`), parseVary(`${UPLIFT}=0:0.3:0.1`)], popOf(draft), batchOpts(16, 4));
  }, 120_000);
  afterAll(() => setLang('en'));
  const RU_META = { ...META, population: '300 синтетических клиентов' };
  const scan = (html: string) => englishWords(visibleText(html, [CODE]), ['small <b>discount</b>', 'drafts/<t>.yaml', 'loyalty-sim']);

  it('the sweep pages (curve and grid) and the tornado have no English word', () => {
    const curve = renderSweepHtml(ruSweep, RU_META, opts('ru-RU'));
    const heat = renderSweepHtml(ruGrid, RU_META, opts('ru-RU'));
    const bars = renderTornadoHtml(tornado, RU_META, opts('ru-RU'));
    for (const html of [curve, heat, bars]) {
      expect(html).toContain('<html lang="ru">');
      expect(scan(html)).toEqual([]);
    }
    expect(curve).toContain('<h2>По диапазону</h2>');
    expect(heat).toContain('<h2>По сетке</h2>');
    expect(bars).toContain('<h2>Что сильнее всего двигает прибыль</h2>');
    // Russian money and a Russian date
    expect(curve).toMatch(/\d[\s\u00a0](?:млн[\s\u00a0])?₽/);
    expect(curve).toContain('29.11.2026');
  });
});
