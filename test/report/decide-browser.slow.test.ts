/**
 * `sweep --html`, `tornado --html` and `breakeven --html` in Chromium (as the
 * report's and optimize's browser tests): each page of a tiny real result, in
 * English and in Russian, opens offline with no console error, dialog or
 * request but the file; every chart's marks are drawn inside it and every
 * label's box lies inside its chart (none clipped); saves screenshots to
 * test-artifacts/.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { renderBreakevenHtml } from '../../src/report/breakeven-html.js';
import { renderSweepHtml, renderTornadoHtml, type DecideHtmlOptions } from '../../src/report/decide-html.js';
import { AT, META, tinyBreakeven, tinyGrid, tinySweep, tinyTornado } from './decide-fixture.js';
import { clippedLabels, withOfflinePage } from './offline-page.js';

const ARTIFACTS = resolve('test-artifacts');

async function pages(): Promise<[string, string][]> {
  const [sweep, grid, tornado, breakeven] = await Promise.all([tinySweep(), tinyGrid(), tinyTornado(), tinyBreakeven()]);
  const out: [string, string][] = [];
  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['ru', 'ru-RU'],
  ] as const) {
    const o: DecideHtmlOptions = { file: 'drafts/<b>t</b>.yaml', name: '<script>alert(1)</script>', currency: 'RUB', locale, generatedAt: AT };
    setLang(lang);
    try {
      out.push([`sweep-${lang}`, renderSweepHtml(sweep, META, o)], [`sweep-grid-${lang}`, renderSweepHtml(grid, META, o)], [`tornado-${lang}`, renderTornadoHtml(tornado, META, o)], [`breakeven-${lang}`, renderBreakevenHtml(breakeven, META, o)]);
    } finally {
      setLang('en');
    }
  }
  return out;
}

describe('the decision pages in a browser', () => {
  it('render offline with no errors, no requests, drawn marks and no clipped label', { timeout: 180_000 }, async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [name, html] of await pages()) {
      const file = join(ARTIFACTS, `${name}.html`);
      writeFileSync(file, html);
      await withOfflinePage(file, async ({ page, url, problems, requests }) => {
        expect(problems, name).toEqual([]);
        expect(requests, name).toEqual([url]);
        const charts = await page.$$eval('svg.chart', (svgs) =>
          svgs.map((svg) => {
            const box = svg.getBoundingClientRect();
            const marks = [...svg.querySelectorAll('.mark')];
            const drawn = marks.filter((m) => {
              const b = m.getBoundingClientRect();
              return b.width > 0 && b.height > 0 && b.left >= box.left - 0.5 && b.right <= box.right + 0.5 && b.top >= box.top - 0.5 && b.bottom <= box.bottom + 0.5;
            });
            return { kind: svg.getAttribute('class'), width: box.width, marks: marks.length, drawn: drawn.length };
          }),
        );
        expect(charts.length, name).toBeGreaterThan(0);
        for (const c of charts) {
          expect(c.width, `${name} ${c.kind}`).toBeGreaterThan(300);
          expect(c.marks, `${name} ${c.kind}`).toBeGreaterThan(0);
          expect(c.drawn, `${name} ${c.kind}`).toBe(c.marks);
        }
        expect(await clippedLabels(page), name).toEqual([]);
        // the hostile draft name is text, not a script
        expect(await page.locator('h1').textContent(), name).toContain('<script>alert(1)</script>');
        await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
        expect(statSync(join(ARTIFACTS, `${name}.png`)).size).toBeGreaterThan(10_000);
      });
    }
  });
});
