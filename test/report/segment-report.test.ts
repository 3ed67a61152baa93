/** The per-segment table in the HTML report and the workbook (docs/model.md §13). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { draftSchema } from '../../src/draft/schema.js';
import { useLang } from '../../src/i18n/index.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { renderXlsxReport } from '../../src/report/xlsx.js';
import { fixtureData, fixtureDraft, fixtureEntry } from './report-fixture.js';

const segmented = () => {
  const d = fixtureDraft('Segmented');
  return draftSchema.parse({
    ...d,
    segments: [
      { name: 'Key', where: { spend_top_share: [0, 0.2] }, mechanics: { discount: { rate: 0.01 } } },
      { name: 'Small', where: { spend_top_share: [0.7, 1] }, invite: false },
    ],
  });
};

describe('segments in the report and the workbook', () => {
  it('the page has the per-segment table with the note on fixed costs; a draft without segments has none', async () => {
    useLang('en');
    const entry = await fixtureEntry(segmented(), 's.yaml', 8);
    const html = renderHtmlReport(fixtureData([entry]));
    const section = html.slice(html.indexOf('<section id="segments">'));
    expect(section.startsWith('<section id="segments"><h2>By segment (docs/model.md §13)</h2>')).toBe(true);
    const body = section.slice(0, section.indexOf('</section>'));
    for (const name of ['Key', 'Small', 'other (the rest)']) expect(body).toContain(`<td>${name}</td>`);
    expect(body).toContain('before the fixed costs');
    const plain = renderHtmlReport(fixtureData([await fixtureEntry(fixtureDraft('Plain'), 'p.yaml', 8)]));
    expect(plain).not.toContain('<section id="segments">');
  });

  it('the workbook lists every segment metric by its bySegment key, with the segment sums equal to the totals', async () => {
    useLang('en');
    const entry = await fixtureEntry(segmented(), 's.yaml', 8);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsxReport(fixtureData([entry]))) as unknown as ArrayBuffer);
    const ws = wb.worksheets.find((w) => { let found = false; w.eachRow((r) => { if (String(r.getCell(4).value).startsWith('bySegment.')) found = true; }); return found; })!;
    expect(ws).toBeDefined();
    const byKey = new Map<string, { label: string; value: number }>();
    ws.eachRow((r) => byKey.set(String(r.getCell(4).value), { label: String(r.getCell(3).value), value: Number(r.getCell(5).value) }));
    expect(byKey.get('bySegment.Small.members')!.value).toBe(0);
    expect(byKey.get('bySegment.Key.roi')!.label).toBe('Segment Key: ROI (net profit / cost) (before fixed costs)');
    expect(byKey.get('bySegment.other.discounts')!.label).toMatch(/^Segment other \(the rest\): /);
    const sum = ['Key', 'Small', 'other'].reduce((a, n) => a + byKey.get(`bySegment.${n}.discounts`)!.value, 0);
    expect(sum).toBeCloseTo(entry.summary.metrics.discounts.mean!, 3);
  });
});
