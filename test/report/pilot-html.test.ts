/**
 * `pilot analyze --html`'s page builder (issue 22 part 5): on the bundled
 * pilot, the page carries the decision, the model-scale effects with the
 * intervals the text prints, the month-by-month chart with its band and the
 * fitted ramp, the checks, and what was written; the interim page the looks
 * against their boundaries; both are offline pages, and the Russian ones have
 * no English word outside names, units and what the user typed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { normalQuantile } from '../../src/random/special.js';
import { escapeXml as esc } from '../../src/report/charts-svg.js';
import { formatPercent } from '../../src/report/format.js';
import { renderPilotHtml } from '../../src/report/pilot-html.js';
import { CODE, englishWords, visibleText } from '../cli/latin-scan.js';
import { analysisPage, interimPage, options } from './pilot-fixture.js';

afterAll(() => setLang('en'));

describe('the pilot page', () => {
  it('shows the decision, the effects, the monthly chart with the ramp, the checks and what was written', async () => {
    setLang('en');
    const p = await analysisPage();
    const html = renderPilotHtml(p, options('en-US', 'USD'));
    expect(html.startsWith('<!doctype html>') || html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    for (const id of ['pilot-decision', 'pilot-effects', 'pilot-monthly', 'pilot-checks', 'pilot-written']) expect(html).toContain(`id="${id}"`);
    // the effects with the same interval the terminal prints (mean ± z·sd)
    const z = normalQuantile(0.975);
    const f = p.model.frequency;
    const signed = (v: number) => `${v > 0 ? '+' : ''}${formatPercent(v, 'en-US', 1)}`;
    expect(html).toContain(`${signed(f.mean - z * f.sd)} … ${signed(f.mean + z * f.sd)}`);
    // the chart: one band, the months' line, the fitted ramp dashed, labelled
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
    expect(svg).toContain('class="mark band"');
    expect(svg).toContain('class="mark fitted"');
    expect(svg).toContain('fitted ramp');
    expect(p.model.monthly!.length).toBe(3);
    // the draft's ramp tested, and the decision in words matches the revenue effect
    expect(html).toContain(esc("The draft's ramp_months 4"));
    const rev = p.analysis.effects.revenuePerCustomer;
    expect(html).toContain(rev.distinguishable ? (rev.estimate > 0 ? 'The pilot shows an effect' : 'fell in the treatment group') : 'cannot tell the effect on revenue');
    expect(html).toContain('Sample ratio, assignment');
    // what was written, field by field, as the command says it
    for (const c of p.written!.changes) expect(html).toContain(c.path);
    expect(html).toContain('frequency_uplift: normal(mean');
    expect(html).toContain('my-program.yaml');
  });

  it('without --write-effects says nothing was written', async () => {
    setLang('en');
    const p = await analysisPage();
    delete p.written;
    expect(renderPilotHtml(p, options('en-US', 'USD'))).toContain('Nothing was written');
  });

  it('an interim page shows each look against its boundary and the decision', async () => {
    setLang('en');
    const p = await interimPage();
    expect(p.looks.length).toBeGreaterThan(2);
    const html = renderPilotHtml(p, options('en-US', 'USD'));
    expect(html).toContain('id="pilot-looks"');
    expect(html).toContain('chart-lines');
    expect(html).toContain('boundary');
    expect(html.match(/<tr/g)!.length).toBe(p.looks.length + 1);
    expect(html).toContain(p.looks.at(-1)!.decision === 'continue' ? 'So far: continue' : 'Decision:');
  });

  it('in Russian has no English word', async () => {
    setLang('ru');
    const pages = [await analysisPage('ru-RU'), await interimPage()];
    for (const p of pages) {
      const html = renderPilotHtml(p, options('ru-RU'));
      expect(html).toContain('lang="ru"');
      const text = visibleText(html, [CODE]);
      // the draft's file name is what the user typed
      expect(englishWords(text, ['my-program.yaml'])).toEqual([]);
    }
    const ru = renderPilotHtml(pages[0]!, options('ru-RU'));
    expect(ru).toContain('Отчёт о пилоте');
    // what was written, said with Russian numbers as the command says it
    expect(ru).toMatch(/frequency_uplift: normal\(mean 0,\d+/);
  });
});
