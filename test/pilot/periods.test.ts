import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/history/format.js';
import { MAX_PLAUSIBLE_MONTHS, pilotPeriod } from '../../src/pilot/periods.js';

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

  it('refuses dates outside the history or in the wrong order, naming the dates (never day numbers)', () => {
    expect(() => pilotPeriod(history, dayOf('2024-10-01'), dayOf('2024-09-30'))).toThrow(/the pilot ends on 2024-09-30, before it starts on 2024-10-01/);
    expect(() => pilotPeriod(history, dayOf('1990-01-01'))).toThrow(/starts on 1990-01-01, before the history's first day 2024-01-01: there is no pre period/);
    expect(() => pilotPeriod(history, dayOf('2025-02-01'))).toThrow(/starts on 2025-02-01, after the history's last day 2024-12-31/);
  });

  it(`warns that a "pilot" longer than ${MAX_PLAUSIBLE_MONTHS} months is likely a mistyped --start`, () => {
    const long = { firstDay: dayOf('2015-01-01'), lastDay: dayOf('2024-12-31') };
    expect(pilotPeriod(long, dayOf('2016-01-01')).warnings).toContainEqual(expect.stringMatching(/the pilot runs 108\.0 months \(2016-01-01 \.\. 2024-12-31\): more than 24 months is not a pilot/));
    expect(pilotPeriod(long, dayOf('2023-06-01')).warnings).toEqual([]);
  });
});
