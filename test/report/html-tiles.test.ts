import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, setLang } from '../../src/i18n/index.js';
import { decision } from '../../src/report/html.js';
import type { ReportEntry } from '../../src/report/report-data.js';
import { fixtureDraft, fixtureEntry } from './report-fixture.js';

let entry: ReportEntry;
beforeAll(async () => {
  setLang('en');
  entry = await fixtureEntry(fixtureDraft('Tiles'), 't.yaml', 12);
});

/** The entry with its net profit's mean and median replaced. */
const withNet = (mean: number, p50: number): ReportEntry => ({
  ...entry,
  summary: { ...entry.summary, metrics: { ...entry.summary.metrics, netIncrementalProfit: { ...entry.summary.metrics.netIncrementalProfit, mean, p50 } } },
});

describe('the decision tiles (issue 24)', () => {
  it('put the mean net profit beside the mean ROI, each tile naming its statistic', () => {
    const html = decision(withNet(1_500_000, 1_200_000), 'en-US', false);
    const tiles = /<div class="big">(.*?)<\/div><table>/.exec(html)![1]!;
    expect(tiles).toContain('<span>mean ROI</span>');
    expect(tiles).toContain('<span>mean net incremental profit</span>');
    expect(tiles).toContain('RUB');
    expect(tiles).not.toContain('median net');
    expect(html).not.toContain('Mean and median disagree');
  });

  it('say so when the mean and the median run have opposite signs, in both languages', () => {
    expect(decision(withNet(1_500_000, -200_000), 'en-US', false).replace(/\u00a0/g, ' ')).toContain('Mean and median disagree: the mean net incremental profit is RUB 1.5M, but the median run makes -RUB 200K');
    setLang('ru');
    try {
      const ru = decision(withNet(1_500_000, -200_000), 'ru-RU', false);
      expect(ru).toContain('Среднее и медиана расходятся');
      expect(catalog('ru').html.meanNet).toBe('средняя чистая дополнительная прибыль');
    } finally {
      setLang('en');
    }
  });
});
