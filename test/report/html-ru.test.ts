import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { renderHtmlReport } from '../../src/report/html.js';
import type { ReportEntry } from '../../src/report/report-data.js';
import { CODE, englishWords, PATH_CELLS, visibleText } from '../cli/latin-scan.js';
import { fixtureData, fixtureDraft, fixtureEntry, HOSTILE_LEVEL } from './report-fixture.js';

let one: ReportEntry;
let two: ReportEntry;
beforeAll(async () => {
  setLang('ru');
  one = await fixtureEntry(fixtureDraft('Программа А'), 'a.yaml', 30);
  two = await fixtureEntry(fixtureDraft('Программа Б', 0.05), 'b.yaml', 30);
});
afterAll(() => setLang('en'));

const DRAFT_WORDS = ['synthetic customers', HOSTILE_LEVEL, 'margin', 'monthly', 'spend'];

describe('the HTML report in Russian', () => {
  it('is lang="ru", with Russian sections, tables, chart titles, axes and tooltips', () => {
    const html = renderHtmlReport(fixtureData([one], 'ru-RU'));
    expect(html).toContain('<html lang="ru">');
    for (const s of ['<h2>Решение</h2>', '<h2>Накопленная чистая прибыль по месяцам</h2>', '<h2>Затраты на программу</h2>', 'ROI (чистая дополнительная прибыль / затраты на программу)', 'Создан 01.03.2024 10:30 UTC']) {
      expect(html).toContain(s);
    }
    expect(html).toMatch(/<title>от -?\d+\u00a0% до -?\d+\u00a0%: \d+ прогон/);
    // the draft's own words (its fields' values, distribution and tier names) and the fixture's population line may stay Latin
    expect(englishWords(visibleText(html, [CODE, PATH_CELLS]), DRAFT_WORDS)).toEqual([]);
  });

  it('a comparison: side by side and the paired verdicts in Russian', () => {
    const html = renderHtmlReport(fixtureData([one, two], 'ru-RU'));
    expect(html).toContain('<h2>Рядом</h2>');
    expect(html).toContain('Сравнение: Программа А и Программа Б');
    expect(html).not.toMatch(/против/);
    expect(englishWords(visibleText(html, [CODE, PATH_CELLS]), DRAFT_WORDS)).toEqual([]);
  });
});
