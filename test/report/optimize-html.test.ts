/**
 * The `optimize --html` page on a tiny real search (300 customers, 16 runs per design,
 * one field with an interior optimum and a constraint some designs miss):
 * one chart point per design evaluated on all search runs, the chosen design
 * and the draft marked, no NaN or undefined anywhere, the user's text
 * escaped, and every label in English and in Russian (no English word left
 * in the Russian page). The trade-off chart is also checked on hand-made
 * points: the frontier line, the crosses, the legend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OptimizeResult } from '../../src/decide/optimize.js';
import { setLang } from '../../src/i18n/index.js';
import { tradeOffSvg } from '../../src/report/charts-svg.js';
import { inputName } from '../../src/report/input-names.js';
import { fullRunEvaluations, renderOptimizeHtml } from '../../src/report/optimize-html.js';
import { englishWords, visibleText } from '../cli/latin-scan.js';
import { AT, META, PATH, tinyOptimize } from './optimize-fixture.js';

let r: OptimizeResult;
beforeAll(async () => {
  r = await tinyOptimize();
}, 120_000);

const page = (result: OptimizeResult, locale = 'en-US') => renderOptimizeHtml(result, META, { file: 'drafts/<t>.yaml', currency: 'RUB', locale, generatedAt: AT });
const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('optimize --html', () => {
  it('draws one point per design evaluated on all search runs, marks the chosen design and the draft, and has no NaN or undefined', () => {
    const html = page(r);
    const full = fullRunEvaluations(r);
    expect(full.length).toBeGreaterThan(2);
    // some designs evaluated on fewer runs (the start of the search) are not drawn
    expect(r.evaluations.length).toBeGreaterThan(full.length);
    expect(count(html, 'class="mark design ')).toBe(full.length);
    expect(count(html, 'class="mark design design-infeasible"')).toBe(full.filter((e) => !e.feasible).length);
    expect(count(html, 'class="mark marker marker-diamond"')).toBe(1);
    expect(count(html, 'class="mark marker marker-square"')).toBe(1);
    expect(html).not.toMatch(/NaN|undefined|\bnull\b|Infinity/);
    expect(html).toContain('<h2>What was searched</h2>');
    expect(html).toContain('<h2>The chosen design beside the draft</h2>');
    expect(html).toContain('<h2>Trade-off frontier</h2>');
    expect(html).toContain('aria-label="Mean NPV against P5 NPV of every design evaluated on all search runs"');
    expect(html).toContain('<h3>Constraint margins on the confirmation runs</h3>');
    expect(html).toContain('<td>programCost&lt;=4e5</td>');
    // the axes carry the draft's currency, formatted by the locale
    expect(html).toMatch(/>-?RUB\u00a0[\d.]+[KM]?<\/text>/);
    // the figures of the confirmation, not of the search
    expect(html).toContain(`fresh seed ${r.confirmation.seed}`);
    expect(html).toContain(`${new Intl.NumberFormat('en-US').format(r.customerMonths)} customer-months`);
    // one row per frontier design, the chosen one in bold when it is on the frontier
    const frontierTable = html.slice(html.indexOf('<h3>Designs on the frontier</h3>'));
    expect(count(frontierTable, '<tr')).toBe(r.frontier.length + 1);
    // the user's text is escaped
    expect(html).toContain('draft drafts/&lt;t&gt;.yaml');
    expect(html).not.toContain('<t>');
  });

  it('places the draft on the search runs when the search evaluated its values there, else on the confirmation runs, and says which', () => {
    const full = fullRunEvaluations(r);
    const last = full[full.length - 1]!;
    const a = page({ ...r, current: last.values });
    expect(a).toContain('>draft</text>');
    expect(a).not.toContain('draft (confirmation runs)');
    expect(a).not.toContain("put on the search's grid");
    // a value a little off the search's lattice is the same point, said so
    const b = page({ ...r, current: [last.values[0]! + 7] });
    expect(b).toContain('>draft</text>');
    expect(b).toContain(`evaluated for it, ${inputName(PATH)} = ${new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 }).format(last.values[0]!)}`);
    // the draft outside the box was never on the search runs
    const c = page({ ...r, current: [5_000_000] });
    expect(c).toContain('>draft (confirmation runs)</text>');
    expect(c).toContain('so the draft is drawn at its figures on the confirmation runs');
  });

  describe('in Russian', () => {
    beforeAll(() => setLang('ru'));
    afterAll(() => setLang('en'));
    it('every label, the chart and the tables', () => {
      const html = page(r, 'ru-RU');
      expect(html).toContain('<html lang="ru">');
      expect(html).toContain('<h2>Граница компромиссов</h2>');
      expect(html).toContain('<h3>Запас по ограничениям на проверочных прогонах</h3>');
      expect(html).toMatch(/>-?[\d,\u00a0]+\u00a0(тыс|млн)\.\u00a0₽<\/text>/);
      expect(html).not.toMatch(/NaN|undefined|\bnull\b|Infinity/);
      // the draft's name, the field's path and the constraint are the user's own text
      expect(englishWords(visibleText(html), ['test', PATH, 'programCost<=4e5', '300 synthetic customers'])).toEqual([]);
      expect(englishWords(visibleText(page({ ...r, current: [5_000_000] }, 'ru-RU')), ['test', PATH, 'programCost<=4e5', '300 synthetic customers'])).toEqual([]);
    });
  });
});

describe('the trade-off chart', () => {
  const legend = { frontier: 'on the frontier', other: 'another design', infeasible: 'misses a constraint', line: 'frontier' };
  const o = { title: 'trade-off', formatX: String, formatY: String, xLabel: 'mean', yLabel: 'P5', legend };
  it('joins the frontier in order of x, draws crosses for designs that miss a constraint, and lists only what it drew', () => {
    const svg = tradeOffSvg(
      [
        { x: 3, y: 1, frontier: true, feasible: true, title: 'c' },
        { x: 1, y: 5, frontier: true, feasible: true, title: 'a' },
        { x: 2, y: 4, frontier: true, feasible: false, title: 'b' },
        { x: 1.5, y: 2, frontier: false, feasible: true, title: 'd' },
      ],
      [{ x: 3, y: 1, shape: 'diamond', label: 'chosen' }],
      o,
    );
    expect(count(svg, 'class="mark design ')).toBe(4);
    expect(count(svg, 'design-infeasible')).toBe(1);
    const line = /class="mark frontier-line" d="M([^"]+)"/.exec(svg)![1]!;
    const xs = line.split('L').map((p) => Number(p.split(',')[0]));
    expect(xs).toHaveLength(3);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    for (const word of ['on the frontier', 'another design', 'misses a constraint', '>frontier<', '>chosen<']) expect(svg).toContain(word);
    expect(svg).not.toContain('square');
    // no frontier line and no line in the legend with a single frontier point
    const one = tradeOffSvg([{ x: 1, y: 1, frontier: true, feasible: true, title: 'a' }], [], o);
    expect(one).not.toContain('frontier-line');
    expect(one).not.toContain('>frontier<');
  });
});
