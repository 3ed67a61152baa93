/**
 * Segments by RFM class and customer column at the command line (docs/model.md
 * §13, issue 27 part 1): a small history with an industry column, a
 * `--customers` file of regions, end to end in English and Russian, on every
 * command that takes --customers; and the bad inputs, each a clear message
 * with file:line:column and exit 2.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { englishWords } from './latin-scan.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ls-segattr-'));
const path = (name: string) => join(dir, name);

// 40 customers over 2023, C01…C40: the even ones retail, the odd ones wholesale (a history column);
// a customer buys every k-th month from a start month, so recency and frequency differ
const rows = ['customer_id,date,amount,industry'];
for (let c = 1; c <= 40; c++) {
  const id = `C${String(c).padStart(2, '0')}`;
  const every = 1 + (c % 4);
  const last = c % 5 === 0 ? 6 : 12; // every fifth stops in June: dormant by December
  for (let m = 1 + (c % 3); m <= last; m += every) rows.push(`${id},2023-${String(m).padStart(2, '0')}-1${c % 9},${1000 + 150 * c + 37 * m},${c % 2 ? 'wholesale' : 'retail'}`);
}
writeFileSync(path('h.csv'), `${rows.join('\n')}\n`);
// regions for C01…C36 and a customer the history does not have; C37…C40 are missing
const regions = ['customer_id;region;manager'];
for (let c = 1; c <= 36; c++) regions.push(`C${String(c).padStart(2, '0')};${c <= 12 ? 'North' : 'South'};M${c % 3}`);
regions.push('X99;North;M1');
writeFileSync(path('c.csv'), `\uFEFF${regions.join('\r\n')}\r\n`);
// the same in Windows-1251 with Russian values, as a 1C export writes it
writeFileSync(path('c1251.csv'), iconv.encode(regions.join('\r\n').replace(/North/g, 'Север').replace(/South/g, 'Юг').replace('customer_id;region', 'Контрагент;Регион'), 'win1251'));

const draft = (name: string, segments: string): string => {
  writeFileSync(
    path(name),
    `name: Regions
currency: RUB
horizon_months: 12
gross_margin: 0.25
participation: 0.6
effects: { frequency_uplift: 0.05 }
mechanics:
  - type: discount
    rate: 0.04
costs: { launch: 10000, monthly: 1000 }
segments:
${segments}`,
  );
  return path(name);
};
const BY_REGION = draft(
  'region.yaml',
  `  - name: North
    where: { column: { name: region, values: [North] } }
    mechanics: { discount: { rate: 0.02 } }
  - name: Retail
    where: { column: { name: industry, values: [retail] } }
    invite: false
  - name: Dormant
    where: { rfm: [at_risk, hibernating, lost, about_to_sleep] }
    participation: 0.9
`,
);
const HISTORY = ['--history', path('h.csv'), '--annual-churn', '0.2±0.05'];

interface Json {
  metrics: Record<string, { mean: number }>;
  bySegment: { name: string; invited: boolean; metrics: Record<string, { mean: number }> }[];
}

describe('segments by column and RFM class from a history and --customers', () => {
  it('simulate --json: the file\'s and the history\'s columns and the RFM classes hold their customers; sums are the totals', async () => {
    const r = await runCli('simulate', BY_REGION, ...HISTORY, '--customers', path('c.csv'), '--runs', '6', '--seed', '3', '--workers', '1', '--json');
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.bySegment.map((s) => s.name)).toEqual(['North', 'Retail', 'Dormant', 'other']);
    const customers = j.bySegment.map((s) => s.metrics.activeAtStart!.mean);
    // North: C01…C12 of the file, every one active in some run; Retail: even customers not in the North
    expect(customers[0]).toBeGreaterThan(0);
    expect(customers[0]).toBeLessThanOrEqual(12);
    expect(customers[1]).toBeGreaterThan(0);
    expect(customers[1]).toBeLessThanOrEqual(14);
    expect(j.bySegment[1]!.metrics.members!.mean).toBe(0);
    expect(customers.reduce((a, b) => a + b, 0)).toBeCloseTo(j.metrics.activeAtStart!.mean, 9);
    const cost = j.bySegment.reduce((a, s) => a + s.metrics.discounts!.mean, 0);
    expect(cost).toBeCloseTo(j.metrics.discounts!.mean, 6);
    // both mismatches are said, with examples
    expect(r.stderr).toContain(`${path('c.csv')}: 1 customer is not in ${path('h.csv')} (X99)`);
    expect(r.stderr).toContain(`${path('c.csv')}: 4 customers of ${path('h.csv')} are not in the file`);
  });

  it('a history column whose rows disagree for a customer: the last value, said; --sample keeps each customer\'s value', async () => {
    writeFileSync(path('h2.csv'), `${rows.join('\n')}\nC03,2023-12-28,500,retail\n`);
    const file = draft('industry.yaml', '  - name: Retail\n    where: { column: { name: Industry, values: [retail] } }\n    invite: false\n');
    const r = await runCli('simulate', file, '--history', path('h2.csv'), '--annual-churn', '0.2±0.05', '--runs', '3', '--workers', '1', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${path('h2.csv')}: 1 customer's rows disagree on Industry (C03): the last value in the file is used`);
    const j = JSON.parse(r.stdout) as Json;
    // 20 even customers and C03, as many as are active at the start of a run
    expect(j.bySegment[0]!.metrics.activeAtStart!.mean).toBeLessThanOrEqual(21);
    expect(j.bySegment[0]!.metrics.activeAtStart!.mean).toBeGreaterThan(10);
    expect(j.bySegment[0]!.metrics.members!.mean).toBe(0);
    const sampled = await runCli('simulate', file, '--history', path('h2.csv'), '--annual-churn', '0.2±0.05', '--sample', '20', '--runs', '1', '--workers', '1', '--json');
    expect(sampled.code).toBe(0);
    const k = JSON.parse(sampled.stdout) as Json;
    // one run: every sampled customer stands for two, so the segment's count is even
    expect(k.bySegment[0]!.metrics.activeAtStart!.mean % 2).toBe(0);
    expect(k.bySegment[0]!.metrics.members!.mean).toBe(0);
  });

  it('--summary: RFM classes from the summary\'s recency and frequency, said on stderr', async () => {
    const file = draft('summary.yaml', '  - name: Lost\n    where: { rfm: [lost, hibernating] }\n    invite: false\n');
    const summary = new URL('../../fixtures/examples/cdnow-summary.csv', import.meta.url).pathname;
    const r = await runCli('simulate', file, '--summary', summary, '--unit', 'week', '--runs', '3', '--workers', '1', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${summary}: RFM classes from the summary's recency and frequency`);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.bySegment[0]!.metrics.activeAtStart!.mean).toBeGreaterThan(0);
    expect(j.bySegment[0]!.metrics.members!.mean).toBe(0);
  });

  it('a Windows-1251 file with ";" and Russian values, in a Russian run: the table and the messages read as Russian', async () => {
    const file = draft(
      'ru.yaml',
      `  - name: Север
    where: { column: { name: Регион, values: [Север, Запад] } }
    mechanics: { discount: { rate: 0.02 } }
  - name: Спящие
    where: { rfm: [lost] }
    invite: false
`,
    );
    const r = await runCli('simulate', file, ...HISTORY, '--customers', path('c1251.csv'), '--runs', '4', '--seed', '3', '--workers', '1', '--plain', '--lang', 'ru');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('По сегментам');
    expect(r.stdout).toMatch(/Север\s*│\s*да/);
    // Запад is nobody's region: said, in Russian
    const said = r.stderr.split('\n').filter((l) => l.includes('Запад') || l.includes('X99') || l.includes('нет в файле'));
    expect(said).toHaveLength(3);
    for (const line of said) expect(englishWords(line, [path('c1251.csv'), path('h.csv'), 'X99', 'C37', 'C38', 'C39'])).toEqual([]);
    const table = r.stdout.slice(r.stdout.indexOf('По сегментам'));
    expect(englishWords(table.slice(0, table.indexOf('\n\n')))).toEqual([]);
  });

  it('works on every command that takes --customers: compare, sweep, tornado, breakeven, optimize, report', async () => {
    const plain = draft('plain.yaml', '  []\n'.replace('  []\n', '  - name: Top\n    where: { spend_top_share: [0, 0.2] }\n'));
    const common = [...HISTORY, '--customers', path('c.csv'), '--runs', '4', '--seed', '2', '--workers', '1'];
    const compare = await runCli('compare', plain, BY_REGION, ...common, '--json');
    expect(compare.code).toBe(0);
    const sweep = await runCli('sweep', BY_REGION, '--vary', 'segments.North.mechanics.discount.rate=0.01:0.03:0.02', ...common, '--json');
    expect(sweep.stderr).not.toMatch(/error/);
    expect(sweep.code).toBe(0);
    const tornado = await runCli('tornado', BY_REGION, '--set', 'effects.frequency_uplift={ uniform: { min: 0.02, max: 0.08 } }', ...common, '--json');
    expect(tornado.code).toBe(0);
    const breakeven = await runCli('breakeven', BY_REGION, '--solve', 'effects.frequency_uplift', ...common, '--json');
    expect([0, 1]).toContain(breakeven.code);
    expect(breakeven.stderr).not.toMatch(/customer file|--customers/);
    const optimize = await runCli('optimize', BY_REGION, '--vary', 'segments.North.invite', ...common, '--json');
    expect(optimize.code).toBe(0);
    const report = await runCli('report', BY_REGION, ...common, '--html', path('r.html'));
    expect(report.code).toBe(0);
    // each read the file and joined it to the history's customers
    for (const r of [compare, sweep, tornado, breakeven, optimize, report]) expect(r.stderr).toContain('(X99)');
  }, 120_000);
});

describe('bad input for segments by column and RFM class (exit 2)', () => {
  const run = (customers: string, ...more: string[]) => runCli('simulate', BY_REGION, ...HISTORY, '--customers', customers, '--runs', '2', '--workers', '1', ...more);
  const write = (name: string, text: string) => {
    writeFileSync(path(name), text);
    return path(name);
  };

  it('a customer file: a ragged row, a customer twice, an empty id, no attributes, empty, missing', async () => {
    const cases: [string, string, RegExp][] = [
      [write('ragged.csv', 'customer_id,region\nC01,North\nC02,South,extra\n'), ':3:3', /3 fields where the header has 2/],
      [write('twice.csv', 'customer_id,region\nC01,North\nC02,South\nC01,West\n'), ':4:1', /customer C01 again \(first on line 2\)/],
      [write('blank.csv', 'region,customer_id\nNorth,C01\nSouth,\n'), ':3:2', /no customer id in customer_id/],
      [write('one.csv', 'customer_id\nC01\n'), ':1', /one column \(customer_id\) and no attributes/],
      [write('empty.csv', ''), '', /the customer file is empty/],
      [write('quote.csv', 'customer_id,region\nC01,"North\n'), ':2', /never closed/],
      [path('nope.csv'), '', /nope\.csv/],
    ];
    for (const [file, at, message] of cases) {
      const r = await run(file);
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toMatch(message);
      expect(r.stderr, file).toContain(`${file}${at}`);
      expect(r.stderr, file).toMatch(/hint: \S/);
    }
  });

  it('a segment by column or RFM class without a history, --customers without one, a column no file has', async () => {
    const noHistory = await runCli('simulate', BY_REGION, '--runs', '2');
    expect(noHistory.code).toBe(2);
    expect(noHistory.stderr).toContain('segment "North" selects by a customer column, which synthetic customers do not have');
    const rfmOnly = draft('rfm.yaml', '  - name: Lost\n    where: { rfm: [lost] }\n');
    const r = await runCli('simulate', rfmOnly, '--runs', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/selects by RFM class/);
    const banded = draft('band.yaml', '  - name: Top\n    where: { spend_top_share: [0, 0.2] }\n');
    const noJoin = await runCli('simulate', banded, '--customers', path('c.csv'), '--runs', '2');
    expect(noJoin.code).toBe(2);
    expect(noJoin.stderr).toMatch(/--customers .*c\.csv: customer attributes need the customers of a history/);
    const nowhere = draft('nowhere.yaml', '  - name: Big\n    where: { column: { name: size, values: [big] } }\n');
    const missing = await runCli('simulate', nowhere, ...HISTORY, '--customers', path('c.csv'), '--runs', '2');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('segment "Big" selects by column "size", which no file given has');
    expect(missing.stderr).toMatch(/has region, manager/);
    expect(missing.stderr).toMatch(/has customer_id, date, amount, industry/);
    const ru = await runCli('simulate', nowhere, ...HISTORY, '--runs', '2', '--lang', 'ru');
    expect(ru.code).toBe(2);
    expect(englishWords(ru.stderr.slice(ru.stderr.indexOf('ошибка')), [path('h.csv'), 'customer_id, date, amount, industry', 'size'])).toEqual([]);
  });

  it('validate --customers: a value no customer of the file has and a column it lacks, at their line:column; a bad file is exit 2', async () => {
    const file = draft('values.yaml', '  - name: North\n    where: { column: { name: Region, values: [North, Nrth] } }\n  - name: Big\n    where: { column: { name: size, values: [big] } }\n');
    const r = await runCli('validate', file, '--customers', path('c.csv'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${file}:13:54  warning  segments[0].where.column.values[1]: segment "North": no customer has Region = Nrth (the values found: North, South)`);
    expect(r.stdout).toContain(`${file}:15:30  warning  segments[1].where.column.name: segment "Big" selects by column "size", which ${path('c.csv')} does not have`);
    const quiet = await runCli('validate', BY_REGION, '--customers', path('c.csv'));
    expect(quiet.stdout).not.toMatch(/no customer has/);
    const ru = await runCli('validate', file, '--customers', path('c.csv'), '--lang', 'ru');
    const lines = ru.stdout.split('\n').filter((l) => l.includes('Nrth') || l.includes('size'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(englishWords(l, [file, path('c.csv'), 'North, South', 'Region'])).toEqual([]);
    const bad = await runCli('validate', file, '--customers', path('twice.csv'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${path('twice.csv')}:4:1`);
  });

  it('an unknown RFM class is a validate error at its line:column, with the classes listed', async () => {
    const file = draft('unknown.yaml', '  - name: Sleepy\n    where: { rfm: [sleepy] }\n');
    const r = await runCli('validate', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:13:20`);
    expect(r.stdout).toMatch(/"sleepy" is not an RFM class/);
    expect(r.stdout).toMatch(/champions, loyal, potential_loyalists, new, promising, need_attention, about_to_sleep, cannot_lose_them, at_risk, hibernating, lost/);
  });
});
