/**
 * `fit --html` in Chromium (as browser.slow.test.ts does for the report): the
 * CDNOW diagnostics page opens offline with no console error and no request
 * but the file, every chart drawn with visible marks (the tracking and
 * conditional-expectation lines, the P(alive) and order-value bars), and the
 * calibration-end line inside the tracking chart; saves a screenshot to
 * test-artifacts/fit.png.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitDiagnostics } from '../../src/fit/diagnostics.js';
import { fitHistory } from '../../src/fit/fit-history.js';
import { dayOf } from '../../src/history/format.js';
import { renderFitHtml } from '../../src/report/fit-html.js';
import { withOfflinePage } from './offline-page.js';

const ARTIFACTS = resolve('test-artifacts');

describe('fit --html in a browser', () => {
  it('renders offline with no errors, no requests and drawn charts', { timeout: 120_000 }, async () => {
    const f = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'week', calibrationEndDay: dayOf('1997-09-30') });
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'fit.html');
    writeFileSync(file, renderFitHtml('<b>cdnow</b>.csv', f, fitDiagnostics(f, f.history), { locale: 'en-US', generatedAt: new Date('2026-11-29T12:00:00Z') }));
    await withOfflinePage(file, async ({ page, url, problems, requests }) => {
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
      const charts = await page.$$eval('svg.chart', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const marks = [...svg.querySelectorAll('.mark')].filter((m) => m instanceof SVGGraphicsElement);
          const drawn = marks.filter((m) => {
            const r = m.getBoundingClientRect();
            return r.width > 0 && r.height > 0;
          });
          const line = svg.querySelector('.mark-line')?.getBoundingClientRect();
          return { title: svg.getAttribute('aria-label'), width: box.width, height: box.height, marks: marks.length, drawn: drawn.length, line: line ? { x: line.x, left: box.left, right: box.right } : null };
        }),
      );
      expect(charts.map((c) => c.title)).toEqual([
        'Cumulative repeat purchases by week, actual vs model',
        'Holdout purchases per customer by purchases in the calibration',
        'Customers by P(alive)',
        'Mean order value by repeat purchases',
      ]);
      for (const c of charts) {
        expect(c.width, String(c.title)).toBeGreaterThan(100);
        expect(c.drawn, String(c.title)).toBeGreaterThan(0);
        expect(c.drawn, String(c.title)).toBe(c.marks);
      }
      // week 39 of 78: the calibration end is drawn near the middle of the tracking chart
      const line = charts[0]!.line!;
      const share = (line.x - line.left) / (line.right - line.left);
      expect(share).toBeGreaterThan(0.4);
      expect(share).toBeLessThan(0.65);
      expect(await page.title()).toContain('<b>cdnow</b>.csv');
      await page.screenshot({ path: join(ARTIFACTS, 'fit.png'), fullPage: true });
      expect(statSync(join(ARTIFACTS, 'fit.png')).size).toBeGreaterThan(10_000);
    });
  });
});
