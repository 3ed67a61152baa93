import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';
import { parseShare } from '../../src/cli/options.js';
import { renderQuickRoi } from '../../src/report/quick-roi-text.js';
import { quickRoi } from '../../src/decide/quick-roi.js';

// the worked case: Z=100000, Y=10 %, N=3, W=20 %, X=5 %, V=10000 →
// gain 100000·0.1·3·0.85 = 25500, ROI once 1.55, every year (25500−30000)/30000 = −0.15
const worked = ['--revenue-per-client', '100000', '--uplift', '10%', '--years', '3', '--churn', '20%', '--churn-reduction', '5%', '--cost', '10000'];


describe('parseShare', () => {
  it('reads 10% and 0.1 as the same share', () => {
    expect(parseShare('10%')).toBeCloseTo(0.1, 15);
    expect(parseShare('0.1')).toBe(0.1);
    expect(parseShare(' 12.5% ')).toBeCloseTo(0.125, 15);
    expect(() => parseShare('ten')).toThrow(/not a share/);
    expect(() => parseShare('%')).toThrow(/not a share/);
  });
});

describe('loyalty-sim roi', () => {
  it('--json prints only JSON with the CLI.md keys and the hand-computed values', async () => {
    const r = await run('roi', ...worked, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    for (const key of ['gain', 'roiCostOnce', 'roiCostEveryYear', 'sensitivity', 'leavesOut']) expect(json).toHaveProperty(key);
    expect(json.gain).toBeCloseTo(25500, 8);
    expect(json.roiCostOnce).toBeCloseTo(1.55, 12);
    expect(json.roiCostEveryYear).toBeCloseTo(-0.15, 12);
    expect(json.sensitivity).toHaveLength(3);
    for (const row of json.sensitivity) for (const key of ['input', 'low', 'high', 'roiLow', 'roiHigh']) expect(row).toHaveProperty(key);
    expect(json.currency).toBe('USD');
    expect(json.leavesOut.map((l: { id: string }) => l.id)).toContain('margin');
  });

  it('the currency defaults to the locale\'s (RUB under ru-RU, EUR under de-DE, GBP under en-GB), --currency wins', async () => {
    const cur = async (...extra: string[]) => JSON.parse((await run('roi', ...worked, '--json', ...extra)).stdout).currency;
    expect(await cur('--locale', 'ru-RU')).toBe('RUB');
    expect(await cur('--locale', 'ru')).toBe('RUB');
    expect(await cur('--locale', 'de-DE')).toBe('EUR');
    expect(await cur('--locale', 'en-GB')).toBe('GBP');
    expect(await cur('--locale', 'ru-RU', '--currency', 'USD')).toBe('USD');
    const text = await run('roi', ...worked, '--locale', 'ru-RU');
    expect(text.stdout).toMatch(/₽/);
  });

  it('percentages as 10% or 0.1 give the same result', async () => {
    const a = JSON.parse((await run('roi', ...worked, '--json')).stdout);
    const shares = ['--revenue-per-client', '100000', '--uplift', '0.1', '--years', '3', '--churn', '0.2', '--churn-reduction', '0.05', '--cost', '10000'];
    const b = JSON.parse((await run('roi', ...shares, '--json')).stdout);
    expect(b.gain).toBeCloseTo(a.gain, 9);
    expect(b.roiCostOnce).toBeCloseTo(a.roiCostOnce, 12);
  });

  it('--clients scales the gain', async () => {
    // 1200 per client × 50 clients × 0.1 × 2 years × (1 − 0.3 + 0.1) = 9600; V=4000 → 1.4 and 0.2
    const r = await run('roi', '--revenue-per-client', '1200', '--clients', '50', '--uplift', '10%', '--years', '2', '--churn', '30%', '--churn-reduction', '10%', '--cost', '4000', '--json');
    const json = JSON.parse(r.stdout);
    expect(json.gain).toBeCloseTo(9600, 8);
    expect(json.roiCostOnce).toBeCloseTo(1.4, 12);
    expect(json.roiCostEveryYear).toBeCloseTo(0.2, 12);
  });

  it.each([
    ['--revenue-per-client'],
    ['--years'],
    ['--churn'],
    ['--churn-reduction'],
    ['--uplift'],
    ['--cost'],
  ])('a missing %s is exit 2 naming the flag', async (flag) => {
    const i = worked.indexOf(flag);
    const args = [...worked.slice(0, i), ...worked.slice(i + 2)];
    const r = await run('roi', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(flag);
  });

  it('bad values are exit 2 with a message and, from the core, a hint', async () => {
    const notShare = await run('roi', ...worked.map((a) => (a === '20%' ? 'lots' : a)));
    expect(notShare.code).toBe(2);
    expect(notShare.stderr).toMatch(/--churn.*"lots" is not a share/);

    const churn = await run('roi', ...worked.map((a) => (a === '20%' ? '120%' : a)));
    expect(churn.code).toBe(2);
    expect(churn.stderr).toMatch(/Churn must be between 0 and 1/);
    expect(churn.stderr).toMatch(/hint:/);

    const cost = await run('roi', ...worked.map((a, i) => (worked[i - 1] === '--cost' ? '0' : a)));
    expect(cost.code).toBe(2);
    expect(cost.stderr).toMatch(/Cost must be more than 0/);

    const locale = await run('roi', ...worked, '--locale', 'not_a_locale!');
    expect(locale.code).toBe(2);
    expect(locale.stderr).toMatch(/--locale/);

    const currency = await run('roi', ...worked, '--currency', 'dollars');
    expect(currency.code).toBe(2);
    expect(currency.stderr).toMatch(/currency code/);
  });

  it('--help shows an example and exits 0', async () => {
    const r = await run('roi', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Example:\n\s+\$ loyalty-sim roi --revenue-per-client/);
  });

  it('human output: both ROIs, why they differ, sensitivity, what is left out', async () => {
    const r = await run('roi', ...worked);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('155.0%');
    expect(r.stdout).toContain('-15.0%');
    expect(r.stdout).toMatch(/Why they differ/);
    expect(r.stdout).toMatch(/run `loyalty-sim simulate`/);
    expect(r.stderr).toBe('');
  });

  it('ru-RU formats money and percentages the Russian way', async () => {
    const r = await run('roi', ...worked, '--currency', 'RUB', '--locale', 'ru-RU');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/25\s500\s₽/);
    expect(r.stdout).toMatch(/155,0\s%/);
  });
});

describe('renderQuickRoi', () => {
  it('reads as a report', () => {
    const text = renderQuickRoi(
      quickRoi({ revenuePerClient: 100000, uplift: 0.1, years: 3, churn: 0.2, churnReduction: 0.15, cost: 10000 }),
      { locale: 'en-US', currency: 'USD' },
    );
    expect(text).toMatchInlineSnapshot(`
      "Quick ROI (docs/model.md §7): gain = Z·Y·N·(1 − W + X), ROI = (gain − V) / V

        Revenue per client per year (Z)  $100,000
        Revenue uplift (Y)               10.0%
        Years (N)                        3
        Annual churn (W)                 20.0%
        Churn reduction, points (X)      15.0%
        Program cost (V)                 $10,000

      Revenue gain over 3 years: $28,500  ($100,000 × 10.0% × 3 × 95.0% kept)

      ROI, cost paid once (V = $10,000):            185.0%
      ROI, cost paid every year (V × N = $30,000):  -5.0%
      Why they differ: articles call V a yearly cost yet subtract it once from a 3-year gain.
      Break-even cost: $9,500 a year if paid every year, $28,500 if paid once (the cost given: $10,000).
      Break-even uplift: 3.5% with the cost paid once, 10.5% with it paid every year.

      Sensitivity, one input at a time at −50 % and +50 %, the others as given:
      ┌───────────────────────┬─────────────┬──────────────┬───────────────┬────────────────┬─────────────────┬──────────────────┐
      │ Input                 │ Low (−50 %) │ High (+50 %) │ ROI once, low │ ROI once, high │ ROI yearly, low │ ROI yearly, high │
      │ Uplift (Y)            │        5.0% │        15.0% │         42.5% │         327.5% │          -52.5% │            42.5% │
      │ Churn reduction (X) * │        7.5% │        20.0% │        162.5% │         200.0% │          -12.5% │             0.0% │
      │ Cost (V)              │      $5,000 │      $15,000 │        470.0% │          90.0% │           90.0% │           -36.7% │
      └───────────────────────┴─────────────┴──────────────┴───────────────┴────────────────┴─────────────────┴──────────────────┘
      * held at the bound where ±50 % would take churn below 0 % or above 100 %.

      What this formula leaves out (run \`loyalty-sim simulate\` to count them):
        - Margin: the gain is revenue, not profit, while the cost is money out; simulate counts gross margin × extra sales (roi_basis: margin).
        - Windfall: discounts and points paid on purchases that would have happened anyway; simulate splits reward costs into windfall and incremental.
        - Breakage: points never redeemed, and the liability of points still outstanding at the horizon.
        - Timing: money in year N counts as much as money today; simulate discounts cash flows (NPV) and finds the payback month.
        - Participation: the uplift is applied to every client, but only members who join and stay active change their behaviour.
        - Dropout dynamics: (1 − W + X) is one year of retention applied flat to all N years; clients lost in year 1 are also gone in years 2 and 3, and simulate compounds churn month by month.
        - Uncertainty: every input is a single number; simulate draws uncertain effects from distributions and reports P5/P50/P95 and P(ROI > 0)."
    `);
  });
});
