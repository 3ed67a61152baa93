import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/history/format.js';
import { pilotPeriod } from '../../src/pilot/periods.js';

describe('pilotPeriod', () => {
  const history = { firstDay: dayOf('2024-01-01'), lastDay: dayOf('2024-12-31') };

  it('runs to the end of the history by default, with nothing to warn about', () => {
    expect(pilotPeriod(history, dayOf('2024-10-01'))).toEqual({ start: dayOf('2024-10-01'), end: dayOf('2024-12-31'), warnings: [] });
  });

  it('is cut at the end of the history, and says so', () => {
    const p = pilotPeriod(history, dayOf('2024-10-01'), dayOf('2025-03-31'));
    expect(p.end).toBe(dayOf('2024-12-31'));
    expect(p.warnings).toEqual([expect.stringMatching(/ends on 2024-12-31, before the pilot's end 2025-03-31/)]);
  });

  it("warns when the pre period (as long as the pilot) starts before the history", () => {
    // pilot 2024-04-01..2024-12-31 is 275 days; the pre period would start in 2023
    const p = pilotPeriod(history, dayOf('2024-04-01'));
    expect(p.warnings).toEqual([expect.stringMatching(/starts on 2024-01-01, inside the pre period/)]);
    // 2024-07-03..2024-12-31 is 182 days; its pre period starts on 2024-01-03, inside the history
    expect(pilotPeriod(history, dayOf('2024-07-03')).warnings).toEqual([]);
  });
});
