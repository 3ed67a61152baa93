/**
 * The fit diagnostics page and terminal text (issue 13 part 6): the four
 * diagnostics are there with their numbers, a missing holdout or a summary
 * input says why a chart is missing, a material frequency/value correlation
 * is called out, user text is escaped and nothing can be fetched.
 */
import { describe, expect, it } from 'vitest';
import { fitDiagnostics } from '../../src/fit/diagnostics.js';
import { fitHistory, fitSummary } from '../../src/fit/fit-history.js';
import { dayOf } from '../../src/history/format.js';
import { renderFitDiagnostics, trackingRows } from '../../src/report/fit-diagnostics-text.js';
import { renderFitHtml } from '../../src/report/fit-html.js';

const when = { locale: 'en-US', generatedAt: new Date('2026-11-29T12:00:00Z') };

describe('fit diagnostics on CDNOW with a holdout', async () => {
  const f = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'week', calibrationEndDay: dayOf('1997-09-30') });
  const d = fitDiagnostics(f, f.history);

  it('the page has the four diagnostics, the calibration-end line and the holdout totals', () => {
    const html = renderFitHtml('a<b>.csv', f, d, when);
    for (const id of ['fit-tracking', 'fit-conditional', 'fit-palive', 'fit-gamma-gamma', 'fit-parameters']) expect(html).toContain(`<section id="${id}">`);
    expect(html).toContain('calibration end</text>');
    expect(html).toContain('Holdout weeks 40–78: actual 1,882, model 1,667 (-11.4%).');
    expect(html).toContain('Calibration weeks 1–39: actual 2,457, model 2,494 (+1.5%).');
    // the conditional expectation: one dot per frequency and series, 0 … 7+
    expect(html.match(/<circle class="mark point"/g)).toHaveLength(16);
    expect(html).toContain('>7+</text>');
    expect(html).toContain('Correlation of frequency and mean order value among the repeat buyers: 0.11.');
    expect(html).toContain('a&lt;b&gt;.csv');
    expect(html).not.toContain('a<b>.csv');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain('Generated 11/29/2026 12:00 PM UTC');
  });

  it('the terminal shows a few tracking rows through calibration and holdout, the calibration end marked', () => {
    expect(trackingRows(d.tracking!)).toEqual([10, 19, 29, 38, 51, 64, 77]);
    const text = renderFitDiagnostics(d, 'en-US');
    expect(text).toMatch(/│ 39 \| +│ 1997-09-30 │ +2,457 │ +2,494 │ +\+1\.5% │/);
    expect(text).toMatch(/│ 78 +│ 1998-06-30 │ +4,339 │ +4,161 │ +-4\.1% │/);
    expect(text).toContain('Holdout weeks 40–78: actual 1,882, model 1,667 (-11.4%).');
    expect(text).not.toContain('No holdout');
  });
});

describe('without a holdout, and from a summary', async () => {
  const f = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'week', model: 'pareto-nbd' });
  const d = fitDiagnostics(f, f.history);

  it('says there is no holdout instead of drawing the conditional expectation', () => {
    expect(d.holdout).toBeNull();
    expect(d.tracking!.calibrationEndIndex).toBe(d.tracking!.actual.length - 1);
    const html = renderFitHtml('cdnow.csv', f, d, when);
    expect(html).toContain('No holdout: the calibration runs to the last day of the data');
    expect(html).not.toContain('calibration end</text>');
    expect(html).toContain('Pareto/NBD');
    const text = renderFitDiagnostics(d, 'en-US');
    expect(text).toContain('No holdout');
    expect(text).not.toContain('Holdout weeks');
  });

  it('a summary input has no tracking chart and says why', () => {
    const s = fitSummary(f.summary, { unit: 'week' });
    const ds = fitDiagnostics(s);
    expect(ds.tracking).toBeNull();
    expect(renderFitHtml('summary.csv', s, ds, when)).toContain('A summary input has no dates');
    expect(renderFitDiagnostics(ds, 'en-US')).toContain('A summary input has no dates');
  });

  it('a material frequency/value correlation is called out', () => {
    const html = renderFitHtml('cdnow.csv', f, { ...d, correlation: 0.45, correlationMaterial: true }, when);
    expect(html).toContain('<p class="reading">Material (|r| &gt; 0.3)');
  });
});

describe('the report with --history', async () => {
  const { fixtureData, fixtureDraft, fixtureEntry } = await import('./report-fixture.js');
  const { renderHtmlReport } = await import('../../src/report/html.js');
  const f = await fitHistory('fixtures/history/cdnow_sample.csv', {}, { unit: 'month' });
  const entry = await fixtureEntry(fixtureDraft('A'), 'a.yaml', 10);

  it('has the calibration section with the four diagnostics, pointing to fit for the holdout check', () => {
    const data = { ...fixtureData([entry]), calibration: { source: 'cdnow.csv', fit: f, diagnostics: fitDiagnostics(f, f.history) } };
    const html = renderHtmlReport(data);
    expect(html).toContain('<section id="calibration"><h2>Calibration diagnostics</h2>');
    for (const id of ['fit-tracking', 'fit-conditional', 'fit-palive', 'fit-gamma-gamma']) expect(html).toContain(`<section id="${id}"><h3>`);
    expect(html).toContain('`loyalty-sim fit cdnow.csv --holdout-from DATE --html fit.html`');
    // the whole history is the calibration: no calibration-end line
    expect(html).not.toContain('calibration end</text>');
    expect(html.indexOf('id="calibration"')).toBeLessThan(html.indexOf('id="inputs"'));
  });

  it('has no calibration section for synthetic customers', () => {
    expect(renderHtmlReport(fixtureData([entry]))).not.toContain('id="calibration"');
  });
});
