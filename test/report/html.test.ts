import { beforeAll, describe, expect, it } from 'vitest';
import type { TornadoResult } from '../../src/decide/tornado.js';
import { escapeXml, histogramSvg, niceTicks } from '../../src/report/charts-svg.js';
import { renderHtmlReport } from '../../src/report/html.js';
import type { ReportEntry } from '../../src/report/report-data.js';
import { fixtureData, fixtureDraft, fixtureEntry, HOSTILE_LEVEL } from './report-fixture.js';
import { useLang } from '../../src/i18n/index.js';

const SCRIPT_NAME = '<script>alert(1)</script>';
const HOSTILE_FILE = 'drafts/"><svg onload=alert(3)>.yaml';

let one: ReportEntry;
let other: ReportEntry;
let html: string;

beforeAll(async () => {
  one = await fixtureEntry(fixtureDraft(SCRIPT_NAME), HOSTILE_FILE);
  other = await fixtureEntry(fixtureDraft('Bigger discount & co', 0.05), 'b.yaml');
  html = renderHtmlReport(fixtureData([one]));
});

/** The inline SVG charts of a page. */
const charts = (page: string): string[] => page.match(/<svg class="chart[\s\S]*?<\/svg>/g) ?? [];

describe('renderHtmlReport', () => {
  it('escapes every user-provided string: draft name, file name, tier level names', () => {
    expect(html).not.toContain(SCRIPT_NAME);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain(HOSTILE_LEVEL);
    expect(html).toContain(escapeXml(HOSTILE_LEVEL));
    expect(html).not.toContain('<svg onload');
    expect(html).toContain(escapeXml(HOSTILE_FILE));
    // no raw tag from the user: the escaped text has no < or > left to open one
    expect(html).not.toMatch(/<(?:script|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
  });

  it('is self-contained: no script, no external reference, and a policy that forbids requests', () => {
    expect(html).not.toMatch(/<script/i);
    // no src= or href= attribute in any tag (the escaped hostile names contain "src=" as text only)
    expect(html).not.toMatch(/<[^>]*\s(?:src|href|xlink:href)\s*=/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('draws every chart with marks: histogram bars summing to the runs, the band, cost bars, tier bars', () => {
    const svgs = charts(html);
    expect(svgs.length).toBeGreaterThanOrEqual(5);
    for (const svg of svgs) expect(svg).toMatch(/class="mark[ "]/);
    const hist = svgs.find((s) => s.includes('chart-histogram'))!;
    const counts = [...hist.matchAll(/: (\d+) runs<\/title><\/rect>/g)].map((m) => Number(m[1]));
    const finiteRoi = one.result.runs.filter((r) => Number.isFinite(r.metrics.roi)).length;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(finiteRoi);
    for (const p of ['P5', 'P50', 'P95']) expect(hist).toMatch(new RegExp(`>${p} -?[\\d.,]+%<`));
    const band = svgs.find((s) => s.includes('chart-band'))!;
    expect(band).toMatch(/<path class="mark band" d="M[\d.,L-]+Z"/);
    expect(band).toMatch(/<path class="mark line"/);
    expect(svgs.some((s) => s.includes('chart-stacked') && s.includes('windfall'))).toBe(true);
    // no element with a duplicated attribute (HTML would silently keep the first, e.g. dark text on a dark bar)
    for (const tag of html.match(/<[a-z]+\s[^>]*>/g)!) {
      const names = [...tag.matchAll(/\s([a-z-]+)="/g)].map((m) => m[1]);
      expect(new Set(names).size, tag).toBe(names.length);
    }
    for (const svg of svgs) {
      for (const m of svg.matchAll(/<rect class="mark[^"]*" x="[^"]*" y="[^"]*" width="([^"]*)" height="([^"]*)"/g)) {
        expect(Number(m[1])).toBeGreaterThan(0);
        expect(Number(m[2])).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('has every section of a single-draft report and the decision in words', () => {
    for (const id of ['decision', 'roi', 'cumulative', 'costs', 'kpis', 'tiers', 'inputs']) expect(html).toContain(`<section id="${id}">`);
    expect(html).not.toContain('<section id="compare">');
    expect(html).not.toContain('<section id="tornado">');
    expect(html).toMatch(/<p class="reading">Over 12 months the program /);
    expect(html).toContain('effects.frequency_uplift');
    expect(html).toContain('triangular 5.0% / 15.0% / 30.0% (min / mode / max)');
    expect(html).toContain('Windfall');
  });

  it('puts the generation date, seed and runs in a line; the date and numbers follow the locale', () => {
    expect(html).toContain('Generated 03/01/2024 10:30 AM UTC by loyalty-sim · seed 7 · 40 runs · Latin hypercube sampling');
    const ru = renderHtmlReport(fixtureData([one], 'ru-RU'));
    expect(ru).toContain('Generated 01.03.2024 10:30 UTC by loyalty-sim · seed 7 · 40 runs');
    expect(ru).toContain('<html lang="ru">');
    // Russian grouping (non-breaking space) and decimal comma, rouble sign after the number
    expect(ru).toMatch(/\d\u00a0\d{3}\u00a0₽/);
    expect(ru).toMatch(/\d+,\d\u00a0%/);
    expect(html).toMatch(/RUB\u00a0\d{1,3},\d{3}/);
  });

  it('shows several drafts side by side with the paired comparison', () => {
    const two = renderHtmlReport(fixtureData([one, other]));
    expect(two).toContain('<section id="compare">');
    expect(two).toContain('Bigger discount &amp; co');
    expect(two).toContain('<div class="cols" style="--n:2">');
    expect(two).toContain(`&lt;script&gt;alert(1)&lt;/script&gt; vs Bigger discount &amp; co`);
    expect(charts(two).filter((s) => s.includes('chart-histogram'))).toHaveLength(2);
    expect(two).not.toContain(SCRIPT_NAME);
  });

  it('draws the tornado only when one was computed', () => {
    const tornado: TornadoResult = {
      base: { mean: 1000, se: 10 },
      inputs: [
        { path: 'effects.frequency_uplift', low: 0.08, median: 0.15, high: 0.25, netAtLow: -500, netAtHigh: 4000, swing: 4500, spearman: 0.9 },
        { path: 'participation', low: 0.47, median: 0.6, high: 0.73, netAtLow: 800, netAtHigh: 1300, swing: 500, spearman: null },
      ],
      monteCarlo: { mean: 1100, se: 12 },
      runs: 40,
      simulations: 6,
    };
    const page = renderHtmlReport({ ...fixtureData([{ ...one, tornado }]), tornado: true });
    const svg = charts(page).find((s) => s.includes('chart-tornado'))!;
    expect(svg).toBeDefined();
    expect(svg.match(/<rect class="mark bar"/g)).toHaveLength(4);
    expect(page).toContain('<section id="tornado">');
    expect(page).toMatch(/Repeat exactly: <code>loyalty-sim report [^<]* --seed 7 --runs 40 --tornado<\/code>/);
  });
});

describe('charts-svg', () => {
  it('niceTicks covers the range with round steps', () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-0.23, 0.81, 5)).toEqual([0, 0.25, 0.5, 0.75]);
    expect(niceTicks(-0.23, 0.81, 12)).toEqual([-0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
    const t = niceTicks(3, 3);
    expect(t.length).toBeGreaterThan(1);
    expect(t[0]!).toBeLessThanOrEqual(3);
    expect(t[t.length - 1]!).toBeGreaterThanOrEqual(3);
  });

  it('says so instead of drawing nothing when there are no finite values', () => {
    const svg = histogramSvg([NaN, Infinity], { title: 't', format: String });
    expect(svg).toContain('no finite values to draw');
    expect(svg).not.toContain('class="mark');
    useLang('ru');
    try {
      expect(histogramSvg([NaN], { title: 't', format: String })).toContain('нет конечных значений для графика');
    } finally {
      useLang('en');
    }
  });
});
