/**
 * The `breakeven --html` page on a tiny real search (decide-fixture.ts): the
 * value with its ± s.e., its 95 % interval and the last bracket; the curve the
 * search walked, one point per evaluation, its band the mean ± 1.96 s.e. and
 * the break-even point marked; the page when no value breaks even; offline,
 * escaped, and no English word left in the Russian page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveBreakeven, type BreakevenResult } from '../../src/decide/breakeven.js';
import { setLang } from '../../src/i18n/index.js';
import { renderBreakevenHtml } from '../../src/report/breakeven-html.js';
import type { DecideHtmlOptions } from '../../src/report/decide-html.js';
import { inputName } from '../../src/report/input-names.js';
import { CODE, englishWords, visibleText } from '../cli/latin-scan.js';
import { batchOpts, popOf } from '../decide/helpers.js';
import { AT, META, RATE, draft, tinyBreakeven } from './decide-fixture.js';

let r: BreakevenResult;
beforeAll(async () => {
  r = await tinyBreakeven();
}, 120_000);

const opts = (locale = 'en-US'): DecideHtmlOptions => ({ file: 'drafts/<t>.yaml', name: 'small <b>discount</b>', currency: 'RUB', locale, generatedAt: AT });
const count = (html: string, needle: string) => html.split(needle).length - 1;
const v4 = (x: number) => new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 }).format(x);

describe('breakeven --html', () => {
  it('the value with its s.e., its 95 % interval and the last bracket, then the curve searched with the break-even point marked', () => {
    expect(r.value).not.toBeNull();
    const html = renderBreakevenHtml(r, META, opts());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|https?:\/\/|NaN|undefined|\bnull\b|Infinity/);
    expect(html).toContain('<h1>Break-even: small &lt;b&gt;discount&lt;/b&gt;</h1>');
    expect(html).toContain('drafts/&lt;t&gt;.yaml');
    const se = r.se!;
    expect(html).toContain(`${inputName(RATE)} breaks even at ${v4(r.value!)} (± ${v4(se)}, Monte Carlo standard error).`);
    expect(html).toContain(`95 % interval: ${v4(r.value! - 1.96 * se)} to ${v4(r.value! + 1.96 * se)}`);
    expect(html).toContain(`last bracket, where mean net profit changes sign: ${v4(r.bracket[0])} to ${v4(r.bracket[1])}.`);
    expect(html).toContain(`<code class="path-of">${RATE}</code>`);
    // the curve: one band chart over the values evaluated, the break-even point marked
    expect(count(html, 'class="chart chart-band"')).toBe(1);
    expect(count(html, 'class="mark band"')).toBe(1);
    expect(count(html, 'class="mark point"')).toBe(1);
    // the value's 95 % interval shaded behind the curve
    expect(count(html, 'class="mark span"')).toBe(1);
    expect(html).toContain(`>break-even ${v4(r.value!)}</text>`);
    const rows = html.slice(html.indexOf('<section id="breakeven-curve">'));
    expect(count(rows, '<tr>')).toBe(r.evaluations.length + 1);
    expect(rows).toContain('<td>break-even');
  });

  it('says so when no value in the range breaks even, with the mean net profit at both ends and no mark', () => {
    const none: BreakevenResult = { ...r, value: null, se: null, sign: 'negative', bracket: r.searched };
    const html = renderBreakevenHtml(none, META, opts());
    expect(html).toContain(`No value of ${inputName(RATE)} between ${v4(r.searched[0])} and ${v4(r.searched[1])} breaks even.`);
    expect(html).toContain('stays negative');
    expect(html).toContain('Changing this input alone cannot make the program pay');
    expect(html).not.toContain('95 % interval:');
    expect(html).not.toContain('class="mark point"');
    expect(html).not.toContain('class="mark span"');
    expect(html).not.toMatch(/NaN|undefined|\bnull\b/);
  });

  describe('in Russian', () => {
    let ru: BreakevenResult;
    beforeAll(async () => {
      setLang('ru');
      ru = await solveBreakeven(draft, RATE, popOf(draft), batchOpts(16, 4));
    }, 120_000);
    afterAll(() => setLang('en'));
    it('no English word, Russian figures', () => {
      const meta = { ...META, population: '300 синтетических клиентов' };
      for (const res of [ru, { ...ru, value: null, se: null, sign: 'positive' as const, bracket: ru.searched }]) {
        const html = renderBreakevenHtml(res, meta, opts('ru-RU'));
        expect(html).toContain('<html lang="ru">');
        expect(englishWords(visibleText(html, [CODE]), ['small <b>discount</b>', 'drafts/<t>.yaml', 'loyalty-sim'])).toEqual([]);
      }
      const html = renderBreakevenHtml(ru, meta, opts('ru-RU'));
      expect(html).toContain('<h2>Значение безубыточности</h2>');
      expect(html).toContain('95-процентный интервал: от ');
      expect(html).toContain('29.11.2026');
    });
  });
});
