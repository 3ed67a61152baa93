/**
 * The reports show MODEL.md §8–11: the observed-vs-causal box, members and
 * monthly profit by month, referred customers, fee income as income (never a
 * cost), payment terms and referral bonuses as cost lines, the points
 * balances, and every CLI.md metric key in --json and --csv.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runsCsv, simulationJson } from '../../src/cli/simulation-output.js';
import { checkDraftText } from '../../src/draft/load.js';
import { METRIC_LABELS } from '../../src/report/metric-labels.js';
import type { Draft } from '../../src/draft/schema.js';
import { BEHAVIOUR_METRIC_KEYS, selectionSentence } from '../../src/report/behaviour-view.js';
import type { Comparison } from '../../src/decide/compare.js';
import { renderComparison } from '../../src/report/decide-text.js';
import { catalog } from '../../src/i18n/index.js';
import { renderHtmlReport } from '../../src/report/html.js';
import type { ReportEntry } from '../../src/report/report-data.js';
import { renderSimulation } from '../../src/report/simulation-text.js';
import { renderXlsxReport } from '../../src/report/xlsx.js';
import { fixtureData, fixtureEntry } from './report-fixture.js';

const TEXT = `name: Club with referrals
currency: RUB
horizon_months: 12
gross_margin: 0.3
customers:
  synthetic:
    count: 400
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 15000 } }
participation: 0.5
enrolment: { selection: 0.6, months: 4 }
effects: { frequency_uplift: 0.1, ramp_months: 3 }
mechanics:
  - { type: fee, monthly: 500 }
  - type: tiers
    levels:
      - { name: Member, min_spend: 0, benefit_cost_per_month: 200, extra_payment_days: 30 }
  - { type: referral, rate: 1.2, bonus_referrer: 1000, bonus_new: 500 }
  - type: points
    earn_per_currency: 0.01
    point_value: 1
    expiry_months: 6
    redemption: { threshold: 300, monthly_propensity: 0.5 }
costs: { monthly: 1000 }
`;

let entry: ReportEntry;
beforeAll(async () => {
  const check = checkDraftText(TEXT, 'club.yaml');
  expect(check.valid).toBe(true);
  entry = await fixtureEntry(check.draft as Draft, 'club.yaml', 20);
});

describe('reports of MODEL.md §8–11', () => {
  it('every CLI.md metric key of §8–11 is a --json metric and a --csv column', () => {
    const json = simulationJson('club.yaml', entry.meta, entry.summary, entry.result) as { metrics: Record<string, unknown> };
    const header = runsCsv(entry.result).split('\n')[0]!.split(',');
    for (const key of BEHAVIOUR_METRIC_KEYS) {
      expect(json.metrics, key).toHaveProperty(key);
      // the CSV speaks the tables' labels (issue 12 item 14); the key is the JSON's
      expect(header, key).toContain(METRIC_LABELS[key]);
    }
    expect(entry.summary.metrics.feeIncome.mean).toBeGreaterThan(0);
    expect(entry.summary.metrics.referredCustomers.mean).toBeGreaterThan(0);
  });

  it('simulate text: the box and its sentence always, the monthly charts only without --plain, fee income apart from cost', () => {
    const o = { locale: 'en-US', currency: 'RUB' };
    const roi = Float64Array.from(entry.result.runs, (r) => r.metrics.roi);
    const plain = renderSimulation(entry.summary, entry.meta, roi, { ...o, charts: false });
    const full = renderSimulation(entry.summary, entry.meta, roi, { ...o, charts: true });
    for (const t of [plain, full]) {
      expect(t).toContain('Observed vs causal');
      expect(t).toMatch(/Members vs non-members \(observed gap\)/);
      expect(t).toMatch(/naive member-vs-non-member/);
      expect(t).toMatch(/│ Payment terms +│/);
      expect(t).toMatch(/│ Referral bonuses +│/);
      expect(t).toMatch(/│ Fee income \(not a cost: in net profit\) │ +RUB\s[\d,]+ │ +│/);
      expect(t).toMatch(/│ {3}expired +│/);
      expect(t).toMatch(/│ Referred customers +│/);
    }
    for (const title of ['Members by month (mean)', 'Net incremental profit by month (mean)', 'Referred customers arriving by month (mean)']) {
      expect(full).toContain(title);
      expect(plain).not.toContain(title);
    }
  });

  it('HTML: the box, both monthly charts, referred customers by month, fee income as an income row', () => {
    const html = renderHtmlReport(fixtureData([entry]));
    for (const id of ['selection', 'members', 'monthly', 'referred']) expect(html).toContain(`<section id="${id}">`);
    expect(html).toMatch(/naive member-vs-non-member/);
    expect(html).toContain('<tr class="income"><td>Fee income (counted in net profit, not a cost)</td>');
    expect(html).toContain('<td>Payment terms</td>');
    expect(html).toContain('<td>Referral bonuses</td>');
    expect(html).toContain('<td>Points expired</td>');
  });

  it('HTML without a referral has no referred-customers section', async () => {
    const check = checkDraftText(TEXT.replace(/ {2}- \{ type: referral.*\n/, ''), 'no-referral.yaml');
    const other = await fixtureEntry(check.draft as Draft, 'no-referral.yaml', 4);
    expect(renderHtmlReport(fixtureData([other]))).not.toContain('<section id="referred">');
  });

  it("HTML: with simulated balances the monthly chart's caption says the last month books the points still held (MODEL.md §10)", async () => {
    const note = catalog('en').html.monthlyHorizonPoints(12);
    expect(renderHtmlReport(fixtureData([entry]))).toContain(note);
    const check = checkDraftText(TEXT.replace(/ {4}redemption: .*\n/, '    redemption_rate: 0.6\n'), 'accrual.yaml');
    expect(check.valid).toBe(true);
    const accrual = await fixtureEntry(check.draft as Draft, 'accrual.yaml', 4);
    expect(renderHtmlReport(fixtureData([accrual]))).not.toContain(note);
  });

  it('XLSX: members, redemptions and pushed orders by month; fee income its own cost-sheet line with no share', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsxReport(fixtureData([entry]))) as unknown as ArrayBuffer);
    const monthly = book.getWorksheet('Monthly')!;
    const head = (monthly.getRow(1).values as unknown[]).slice(1);
    expect(head).toEqual(expect.arrayContaining(['Members (mean)', 'Points redeemed (mean)', 'Pushed orders (mean)', 'Referred customers (mean)']));
    const col = head.indexOf('Members (mean)') + 1;
    expect(monthly.getRow(3).getCell(col).value).toBeCloseTo(entry.summary.monthly.members[1]!, 9);
    const costs = book.getWorksheet('Costs')!;
    const rows = (costs.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const fee = rows.find((r) => r[2] === 'feeIncome')!;
    expect(fee[3]).toBeCloseTo(entry.summary.metrics.feeIncome.mean!, 6);
    expect(fee[7] ?? null).toBeNull();
    expect(rows.some((r) => r[2] === 'paymentTermsCost')).toBe(true);
  });

  it('compare: both gaps per draft with the plain sentence, the new cost lines and fee income as its own row', () => {
    const c = { drafts: [{ file: 'club.yaml', name: 'Club', currency: 'RUB', summary: entry.summary }], pairs: [], runs: entry.summary.runs } as unknown as Comparison;
    const meta = { seed: 7, runs: 20, sampling: 'lhs', population: '400 synthetic customers', horizon: 12 } as never;
    const text = renderComparison(c, meta, { locale: 'en-US', currency: 'RUB' });
    expect(text).toMatch(/│ Observed member gap \(naive\) +│ +\+\d/);
    expect(text).toMatch(/│ Causal member uplift +│ +\+\d/);
    expect(text).toContain(catalog('en').decide.selectionNote);
    expect(text).toMatch(/│ {3}payment terms +│/);
    expect(text).toMatch(/│ {3}referral bonuses +│/);
    expect(text).toMatch(/│ Fee income \(in net profit, not a cost\) +│/);
  });

  it('the sentence says what a naive analysis would report, in each direction', () => {
    expect(selectionSentence({ observed: 0.6, causal: 0.1 }, 'en-US')).toMatch(/lifts spend by \+60%; it causes \+10%: the rest is who joined/);
    expect(selectionSentence({ observed: 0.105, causal: 0.1 }, 'en-US')).toMatch(/about right/);
    expect(selectionSentence({ observed: -0.1, causal: 0.1 }, 'en-US')).toMatch(/understating/);
  });
});
