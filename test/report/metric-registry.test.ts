import { readFileSync } from 'node:fs';
import { metricsDoc } from '../../src/report/metrics-doc.js';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../src/engine/metrics.js';
import { catalog, useLang } from '../../src/i18n/index.js';
import { inputName } from '../../src/report/input-names.js';
import { METRIC_REGISTRY, metricKind, metricSpec } from '../../src/report/metric-registry.js';
import { whatIfLevers } from '../../src/report/whatif.js';
import { renderXlsxReport } from '../../src/report/xlsx.js';
import { runCli } from '../cli/run-cli.js';
import { englishWords } from '../cli/latin-scan.js';
import { fixtureData, fixtureDraft, fixtureEntry } from './report-fixture.js';

describe('the metric registry', () => {
  it('has an entry for every metric key simulate --json prints (a new key without one fails here)', async () => {
    const out = await runCli('simulate', 'scenarios/wholesale-hybrid.yaml', '--runs', '4', '--sample', '300', '--json');
    expect(out.code).toBe(0);
    const keys = Object.keys(JSON.parse(out.stdout).metrics as object);
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => metricSpec(k) === undefined)).toEqual([]);
    expect(METRIC_REGISTRY.map((s) => s.key)).toEqual([...METRIC_KEYS]);
  });

  it('says each metric in both languages, Russian without Latin words', () => {
    for (const s of METRIC_REGISTRY) {
      for (const l of ['en', 'ru'] as const) {
        expect(catalog(l).metricLabels[s.key].length, `${l} ${s.key}`).toBeGreaterThan(2);
        expect(catalog(l).metricDescriptions[s.key], `${l} ${s.key}`).toMatch(/\.$/);
      }
      expect(englishWords(catalog('ru').metricDescriptions[s.key]), s.key).toEqual([]);
    }
  });

  it('knows the units the key spelling got wrong: gaps and shares are shares, pushed orders and referred customers counts, points points', () => {
    expect(metricKind('observedMemberGap')).toBe('share');
    expect(metricKind('causalMemberUplift')).toBe('share');
    expect(metricKind('effectiveRedemptionShare')).toBe('share');
    expect(metricKind('pushedOrders')).toBe('count');
    expect(metricKind('referredCustomers')).toBe('count');
    expect(metricKind('pointsIssued')).toBe('points');
    expect(metricKind('pointsLiability')).toBe('money');
    expect(metricKind('paybackMonth')).toBe('months');
    expect(metricKind('ordersPerActiveMonthProgram')).toBe('ratio');
  });

  it('gives the workbook a percent format for every share and a currency for money only', async () => {
    useLang('en');
    const entry = await fixtureEntry(fixtureDraft('Registry'), 'r.yaml', 12);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsxReport(fixtureData([entry]))) as unknown as ArrayBuffer);
    const runs = wb.getWorksheet('Runs')!;
    const byHeader = new Map<string, string>();
    runs.getRow(1).eachCell((c, n) => byHeader.set(String(c.value), runs.getCell(2, n).numFmt ?? ''));
    for (const s of METRIC_REGISTRY) {
      const f = byHeader.get(catalog('en').metricLabels[s.key]);
      expect(f, s.key).toBeDefined();
      if (s.kind === 'share') expect(f, s.key).toMatch(/%/);
      else expect(f, s.key).not.toMatch(/%/);
      if (s.kind === 'money') expect(f, s.key).toMatch(/RUB/);
      else expect(f, s.key).not.toMatch(/RUB/);
    }
  });
});

describe('input names', () => {
  it('names a path for people, in both languages', () => {
    useLang('en');
    expect(inputName('mechanics.tiers.levels.Platinum.benefit_cost_per_order')).toBe('Tier Platinum: Benefit cost per order');
    expect(inputName('costs.launch')).toBe('Costs: Launch cost');
    expect(inputName('mechanics.rebate.brackets[1].min_spend')).toBe('Rebate: Bracket 2: Minimum spend');
    expect(inputName('mechanics.points.redemption_rate')).toBe('Points: Redemption rate');
    useLang('ru');
    expect(inputName('mechanics.tiers.levels.Platinum.benefit_cost_per_order')).toBe('Уровень «Platinum»: Затраты на привилегии на заказ');
    expect(inputName('mechanics.points.redemption_rate')).toBe('Баллы: Доля выкупа баллов');
    useLang('en');
  });

  it('is the what-if lever label for the levers’ paths (one vocabulary)', () => {
    useLang('en');
    const levers = whatIfLevers(fixtureDraft('Levers'), 12);
    expect(levers.length).toBeGreaterThan(2);
    for (const l of levers) expect(l.label).toBe(inputName(l.path));
    expect(levers.find((l) => l.path === 'participation')!.label).toBe(catalog('en').whatif.levers.participation);
  });
});

describe('docs/metrics.md', () => {
  it('is the registry’s own rendering (after a change: npm run build && node scripts/write-metrics-doc.mjs)', () => {
    expect(readFileSync('docs/metrics.md', 'utf8')).toBe(metricsDoc());
  });
});
