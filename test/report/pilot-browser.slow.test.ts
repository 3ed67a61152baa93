/**
 * `pilot analyze --html` in Chromium (as optimize-browser.slow.test.ts does
 * for the optimize page): the bundled pilot's page, in English and in
 * Russian, and the interim page open offline with no console error, dialog or
 * request but the file; every chart is drawn with every mark inside it, every
 * SVG text's box lies inside its SVG and no two texts of a chart overlap (the
 * legend of the fitted ramp beside the band's); screenshots go to
 * test-artifacts/pilot-*.png.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { renderPilotHtml, type PilotPage } from '../../src/report/pilot-html.js';
import { withOfflinePage } from './offline-page.js';
import { analysisPage, interimPage, options } from './pilot-fixture.js';

const ARTIFACTS = resolve('test-artifacts');

afterAll(() => setLang('en'));

const cases: { name: string; lang: 'en' | 'ru'; locale: string; page: (locale: string) => Promise<PilotPage>; chart: string; heading: string }[] = [
  { name: 'pilot', lang: 'en', locale: 'en-US', page: analysisPage, chart: 'chart-band', heading: 'Pilot report' },
  { name: 'pilot-ru', lang: 'ru', locale: 'ru-RU', page: analysisPage, chart: 'chart-band', heading: 'Отчёт о пилоте' },
  { name: 'pilot-interim', lang: 'en', locale: 'en-US', page: interimPage, chart: 'chart-lines', heading: 'Pilot report' },
];

describe('pilot analyze --html in a browser', () => {
  for (const c of cases) {
    it(`${c.name}: offline, no errors, no requests, charts drawn, labels inside their charts`, { timeout: 120_000 }, async () => {
      setLang(c.lang);
      const p = await c.page(c.locale);
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, `${c.name}.html`);
      writeFileSync(file, renderPilotHtml(p, options(c.locale, c.lang === 'ru' ? 'RUB' : 'USD')));
      await withOfflinePage(file, async ({ page, url, problems, requests }) => {
        expect(problems).toEqual([]);
        expect(requests).toEqual([url]);
        expect(await page.locator('h1').textContent()).toBe(c.heading);
        const charts = await page.$$eval('svg.chart', (svgs) =>
          svgs.map((svg) => {
            const box = svg.getBoundingClientRect();
            const inside = (r: DOMRect) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
            const marks = [...svg.querySelectorAll('.mark')].map((m) => m.getBoundingClientRect());
            const texts = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() })).filter((t) => t.r.width > 0);
            const overlaps: string[] = [];
            texts.forEach((a, i) =>
              texts.slice(i + 1).forEach((b) => {
                if (a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5 && a.r.top < b.r.bottom - 0.5 && b.r.top < a.r.bottom - 0.5) overlaps.push(`"${a.text}" / "${b.text}"`);
              }),
            );
            return {
              kind: svg.getAttribute('class') ?? '',
              width: box.width,
              marks: marks.length,
              drawn: marks.filter((r) => (r.width > 0 || r.height > 0) && inside(r)).length,
              clipped: texts.filter((t) => !inside(t.r)).map((t) => t.text),
              overlaps,
            };
          }),
        );
        expect(charts.map((x) => x.kind)).toEqual([`chart ${c.chart}`]);
        for (const x of charts) {
          expect(x.width).toBeGreaterThan(300);
          expect(x.marks).toBeGreaterThanOrEqual(2);
          expect(x.drawn).toBe(x.marks);
          expect(x.clipped).toEqual([]);
          expect(x.overlaps).toEqual([]);
        }
        await page.screenshot({ path: join(ARTIFACTS, `${c.name}.png`), fullPage: true });
        expect(statSync(join(ARTIFACTS, `${c.name}.png`)).size).toBeGreaterThan(10_000);
      });
    });
  }
});
