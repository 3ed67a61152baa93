import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/history/format.js';
import type { Look } from '../../src/pilot/sequential.js';
import { interimJson } from '../../src/report/pilot-json.js';

describe('the pilot commands\' --json documents (pure assembly)', () => {
  it('interim looks carry ISO days and the metric they test', () => {
    const look = { day: dayOf('2023-01-15'), informationFraction: 0.25, boundary: 4.3, statistic: 1.2, estimate: 10, se: 8, naiveBoundary: 1.96, decision: 'continue' as const } satisfies Look;
    const j = interimJson({ history: 'h.csv', assignment: 'g.csv', start: dayOf('2023-01-01'), plannedEnd: dayOf('2023-03-31'), asOf: dayOf('2023-01-15'), alpha: 0.05, lookDays: 7, looks: [look] });
    expect(j).toMatchObject({ metric: 'revenuePerCustomer', start: '2023-01-01', plannedEnd: '2023-03-31', asOf: '2023-01-15', lookDays: 7 });
    expect((j.looks as Array<{ day: string; statistic: number }>)[0]).toMatchObject({ day: '2023-01-15', statistic: 1.2 });
  });
});
