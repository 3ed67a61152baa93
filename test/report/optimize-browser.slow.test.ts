/**
 * `optimize --html` in Chromium (as fit-browser.slow.test.ts does for the fit
 * page): the page of a tiny real search opens offline with no console error,
 * dialog or request but the file; the trade-off chart is drawn with every
 * mark visible — one dot or cross per design evaluated on all search runs,
 * the chosen design's and the draft's rings inside the plot; saves a
 * screenshot to test-artifacts/optimize.png.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullRunEvaluations, renderOptimizeHtml } from '../../src/report/optimize-html.js';
import { AT, META, tinyOptimize } from './optimize-fixture.js';
import { withOfflinePage } from './offline-page.js';

const ARTIFACTS = resolve('test-artifacts');

describe('optimize --html in a browser', () => {
  it('renders offline with no errors, no requests and a drawn trade-off chart', { timeout: 120_000 }, async () => {
    const r = await tinyOptimize();
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'optimize.html');
    writeFileSync(file, renderOptimizeHtml(r, META, { file: '<b>tiers</b>.yaml', currency: 'USD', locale: 'en-US', generatedAt: AT }));
    await withOfflinePage(file, async ({ page, url, problems, requests }) => {
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
      const chart = await page.$eval('svg.chart-tradeoff', (svg) => {
        const box = svg.getBoundingClientRect();
        const visible = (m: Element) => {
          const b = m.getBoundingClientRect();
          return b.width > 0 && b.height > 0 && b.left >= box.left && b.right <= box.right && b.top >= box.top && b.bottom <= box.bottom;
        };
        const marks = [...svg.querySelectorAll('.mark')];
        return {
          width: box.width,
          designs: svg.querySelectorAll('.mark.design').length,
          markers: svg.querySelectorAll('.mark.marker').length,
          marks: marks.length,
          drawn: marks.filter(visible).length,
        };
      });
      expect(chart.width).toBeGreaterThan(300);
      expect(chart.designs).toBe(fullRunEvaluations(r).length);
      expect(chart.markers).toBe(2);
      expect(chart.drawn).toBe(chart.marks);
      expect(await page.title()).toContain('Optimised design');
      expect(await page.locator('h1').textContent()).toBe('Optimised design: test');
      await page.screenshot({ path: join(ARTIFACTS, 'optimize.png'), fullPage: true });
      expect(statSync(join(ARTIFACTS, 'optimize.png')).size).toBeGreaterThan(10_000);
    });
  });
});
