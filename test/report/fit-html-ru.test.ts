/**
 * The fit diagnostics in Russian (issue 13 part 6 with issue 15): the
 * terminal rows, the `fit --html` page and the report's calibration section
 * have no English word outside names, units and what the user typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitDiagnostics } from '../../src/fit/diagnostics.js';
import { fitHistory } from '../../src/fit/fit-history.js';
import { dayOf } from '../../src/history/format.js';
import { setLang } from '../../src/i18n/index.js';
import { renderFitDiagnostics } from '../../src/report/fit-diagnostics-text.js';
import { renderFitHtml } from '../../src/report/fit-html.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { CODE, englishWords, visibleText } from '../cli/latin-scan.js';
import { fixtureData, fixtureDraft, fixtureEntry } from './report-fixture.js';

beforeAll(() => setLang('ru'));
afterAll(() => setLang('en'));

// the authors' names in the model's title stay as published
const NAMES = ['Fader', 'Hardie', 'Lee', 'Schmittlein', 'Morrison', 'Colombo'];

describe('the fit diagnostics in Russian', async () => {
  const f = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'week', calibrationEndDay: dayOf('1997-09-30') });
  const d = fitDiagnostics(f, f.history);
  const whole = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'month', model: 'pareto-nbd' });

  it('the terminal rows', () => {
    const text = renderFitDiagnostics(d, 'ru-RU');
    expect(text).toContain('Недели отложенного периода 40–78: факт 1\u00a0882, модель 1\u00a0667');
    expect(englishWords(text)).toEqual([]);
    expect(englishWords(renderFitDiagnostics(fitDiagnostics(whole, whole.history), 'ru-RU'))).toEqual([]);
  });

  it('the fit --html page, with and without a holdout', () => {
    for (const [fit, diag] of [
      [f, d],
      [whole, fitDiagnostics(whole, whole.history)],
    ] as const) {
      const html = renderFitHtml('продажи.csv', fit, diag, { locale: 'ru-RU', generatedAt: new Date('2026-11-29T12:00:00Z') });
      expect(html).toContain('<h2>Динамика: накопленные повторные покупки по неделям</h2>');
      expect(fit.warnings).toEqual([]);
      expect(englishWords(visibleText(html, [CODE]), NAMES)).toEqual([]);
    }
  });

  it('the report’s calibration section', async () => {
    const entry = await fixtureEntry(fixtureDraft('Программа А'), 'a.yaml', 10);
    const html = renderHtmlReport({ ...fixtureData([entry], 'ru-RU'), calibration: { source: 'продажи.csv', fit: whole, diagnostics: fitDiagnostics(whole, whole.history) } });
    const section = html.slice(html.indexOf('<section id="calibration">'), html.indexOf('<section id="inputs">'));
    expect(section).toContain('<h2>Диагностика калибровки</h2>');
    expect(section).toContain('Отложенного периода нет');
    expect(englishWords(visibleText(section, [CODE]))).toEqual([]);
  });
});
