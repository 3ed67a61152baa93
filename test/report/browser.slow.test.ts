/**
 * Opens a generated HTML report in Chromium (playwright-core drives Debian's
 * chromium, or else the one inside @sparticuz/chromium; no browser is
 * downloaded): no console errors, no request other than the file itself, no
 * dialog (the hostile names must not run), every chart drawn with visible
 * marks; saves a screenshot to test-artifacts/report.png.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { clippedLabels, withOfflinePage } from './offline-page.js';
import { fixtureData, fixtureDraft, fixtureEntry } from './report-fixture.js';

const ARTIFACTS = resolve('test-artifacts');

describe('the HTML report in a browser', () => {
  it('renders offline with no errors, no requests and drawn charts', { timeout: 120_000 }, async () => {
    const one = await fixtureEntry(fixtureDraft('<script>alert(1)</script>'), 'drafts/<b>x</b>.yaml', 60);
    const two = await fixtureEntry(fixtureDraft('Bigger discount', 0.05), 'b.yaml', 60);
    mkdirSync(ARTIFACTS, { recursive: true });
    const single = join(ARTIFACTS, 'report.html');
    const compared = join(ARTIFACTS, 'report-compare.html');
    // the single report in Russian (issue 15): lang="ru", Cyrillic labels in the charts
    setLang('ru');
    try {
      writeFileSync(single, renderHtmlReport(fixtureData([one], 'ru-RU')));
    } finally {
      setLang('en');
    }
    writeFileSync(compared, renderHtmlReport(fixtureData([one, two])));

    for (const [file, screenshot] of [
      [single, 'report.png'],
      [compared, 'report-compare.png'],
    ] as const) {
      await withOfflinePage(file, async ({ page, url, problems, requests }) => {
        expect(problems).toEqual([]);
        expect(requests).toEqual([url]);

        const charts = await page.$$eval('svg.chart', (svgs) =>
          svgs.map((svg) => {
            const box = svg.getBoundingClientRect();
            const marks = [...svg.querySelectorAll('.mark')].filter((m) => m instanceof SVGGraphicsElement && ['path', 'rect', 'circle'].includes(m.tagName));
            const drawn = marks.filter((m) => {
              const r = m.getBoundingClientRect();
              return r.width > 0 && r.height > 0;
            });
            return { kind: svg.getAttribute('class'), width: box.width, height: box.height, marks: marks.length, drawn: drawn.length };
          }),
        );
        expect(charts.length).toBeGreaterThanOrEqual(5);
        for (const c of charts) {
          expect(c.width, String(c.kind)).toBeGreaterThan(100);
          expect(c.height, String(c.kind)).toBeGreaterThan(40);
          expect(c.drawn, String(c.kind)).toBeGreaterThan(0);
          expect(c.drawn, String(c.kind)).toBe(c.marks);
        }
        // labels that fit (issue 24): every text's box inside its chart's box ("RUB 20" for "RUB 20M" was cut at the edge)
        const clipped = await clippedLabels(page);
        expect(clipped).toEqual([]);
        // the monthly charts carry their P5–P95 whiskers
        expect(await page.locator('svg.chart-columns path.whisker').count()).toBeGreaterThan(0);
        const kinds = new Set(charts.map((c) => c.kind));
        for (const k of ['chart chart-histogram', 'chart chart-band', 'chart chart-bars', 'chart chart-stacked']) expect(kinds).toContain(k);
        // the hostile draft name is shown as text, not run
        expect(await page.title()).toContain('<script>alert(1)</script>');

        await page.screenshot({ path: join(ARTIFACTS, screenshot), fullPage: true });
        expect(statSync(join(ARTIFACTS, screenshot)).size).toBeGreaterThan(10_000);
      });
    }
  });
});
