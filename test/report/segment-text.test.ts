import { describe, expect, it } from 'vitest';
import { SEGMENT_METRIC_KEYS, type SegmentMetricKey, type Summary } from '../../src/engine/metrics.js';
import type { SimulationSummary } from '../../src/engine/summary.js';
import { useLang } from '../../src/i18n/index.js';
import { METRIC_REGISTRY, SEGMENT_METRIC_REGISTRY } from '../../src/report/metric-registry.js';
import { segmentView } from '../../src/report/segment-text.js';
import { englishWords } from '../cli/latin-scan.js';

const sum = (mean: number): Summary => ({ mean, se: 0, p5: mean, p50: mean, p95: mean });
const seg = (name: string, invited: boolean, net: number, cost: number) => {
  const metrics = {} as Record<SegmentMetricKey, Summary>;
  for (const k of SEGMENT_METRIC_KEYS) metrics[k] = sum(0);
  metrics.netIncrementalProfit = sum(net);
  metrics.programCost = sum(cost);
  metrics.activeAtStart = sum(100);
  metrics.members = sum(invited ? 60 : 0);
  return { name, invited, metrics };
};
const summary = (bySegment: ReturnType<typeof seg>[]) =>
  ({ metrics: { fixedCosts: sum(50000) }, bySegment }) as unknown as SimulationSummary;
const o = { locale: 'en-US', currency: 'RUB' };
/** The locale's spaces (narrow no-break in ru-RU, no-break after a currency code) as plain ones. */
const plain = (x: string): string => x.replace(/[\u00a0\u202f]/g, ' ');

describe('the per-segment table (docs/model.md §13)', () => {
  it('names which segments pay for the others, before fixed costs stated at the total', () => {
    useLang('en');
    const v = segmentView(summary([seg('Key', true, 120000, 30000), seg('Small', false, 0, 0), seg('other', true, -40000, 90000)]), o)!;
    expect(v.head).toEqual(['segment', 'invited', 'customers', 'members', 'program cost¹', 'incremental gross profit', 'net profit¹', 'ROI¹']);
    expect(v.rows.map((r) => r.slice(0, 4))).toEqual([
      ['Key', 'yes', '100', '60'],
      ['Small', 'no', '100', '0'],
      ['other (the rest)', 'yes', '100', '60'],
    ]);
    expect(plain(v.note)).toBe("¹ before the fixed costs (launch and monthly: RUB 50,000), stated at the total; the segments' sums are the totals.");
    expect(plain(v.payers)).toBe('Paying for the others: Key (RUB 120,000); paid for: other (the rest) (-RUB 40,000).');
    expect(plain(segmentView(summary([seg('Key', true, 1, 1), seg('other', true, 2, 1)]), o)!.payers)).toBe('Every invited segment pays for itself before fixed costs: Key (RUB 1), other (the rest) (RUB 2).');
    expect(segmentView(summary([seg('Key', true, -1, 1)]), o)!.payers).toBe('No segment pays for itself before fixed costs.');
    expect(segmentView({ metrics: {} } as unknown as SimulationSummary, o)).toBeNull();
  });

  it('reads in Russian without Latin words but the segment names', () => {
    useLang('ru');
    try {
      const v = segmentView(summary([seg('Key', true, 120000, 30000), seg('other', true, -40000, 90000)]), { locale: 'ru-RU', currency: 'RUB' })!;
      expect(englishWords([...v.head, ...v.rows.flat(), v.note, v.payers].join('\n'), ['Key'])).toEqual([]);
      expect(plain(v.payers)).toBe('За остальных платят: Key (120 000 ₽); за их счёт: остальные (−40 000 ₽).');
    } finally {
      useLang('en');
    }
  });

  it('is in the metric registry: bySegment reports customers, members and money only, every key once', () => {
    expect(SEGMENT_METRIC_REGISTRY.map((s) => s.key).sort()).toEqual([...SEGMENT_METRIC_KEYS].sort());
    for (const s of SEGMENT_METRIC_REGISTRY) {
      if (s.key === 'activeAtStart' || s.key === 'members') expect(s.kind).toBe('count');
      else if (s.key === 'roi') expect(s.aggregate).toBe('ratio');
      else {
        expect(s.kind, s.key).toBe('money');
        expect(['flow', 'stock'], s.key).toContain(s.aggregate);
      }
    }
    // every money flow that adds across segments is there, except the fixed costs and the discounted NPV
    const money = METRIC_REGISTRY.filter((s) => s.kind === 'money' && s.aggregate === 'flow' && !s.bySegment).map((s) => s.key);
    expect(money).toEqual(['fixedCosts', 'npv']);
  });
});

describe('segment paths for people', () => {
  it('names a segment field in both languages', async () => {
    const { inputName } = await import('../../src/report/input-names.js');
    useLang('en');
    expect(inputName('segments.Key.mechanics.discount.rate')).toBe('Segment Key: Discount: Rate');
    useLang('ru');
    expect(inputName('segments.Key.mechanics.discount.rate')).toMatch(/^Сегмент «Key»: /);
    expect(englishWords(inputName('segments.Key.mechanics.discount.rate'), ['Key'])).toEqual([]);
    useLang('en');
  });
});
