/**
 * Numbers as Russians type them (issue 25), through the CLI: every numeric
 * flag, --set, --vary, --annual-churn and the share/amount flags take «0,25»,
 * «25 %», «6 000 000» and «6 000 000 ₽» under --lang ru, giving the same
 * result (--json) as the plain 0.25 / 6000000; what cannot be read is said
 * back precisely, with exit 2, in both languages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords } from './latin-scan.js';
import { runCli } from './run-cli.js';
import { smallDraft } from './small-draft.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-numbers-'));
const draft = join(dir, 'a.yaml');
writeFileSync(draft, smallDraft('numbers'));
const NBSP = '\u00A0';

/** The --json of a command, once typed the plain way and once the Russian way: they must agree. */
async function same(plain: string[], russian: string[]): Promise<void> {
  const a = await runCli(...plain, '--json');
  const b = await runCli(...russian, '--json', '--lang', 'ru');
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);
  // the draft's name carries the --set text as typed: compare the figures
  const strip = (s: string) => s.replace(/"name": "[^"]*"/g, '"name"').replace(/"(set|overrides)": \[[^\]]*\]/g, '');
  expect(strip(b.stdout)).toBe(strip(a.stdout));
}

describe('numbers as typed under --lang ru', { timeout: 120_000 }, () => {
  it('roi: amounts with ₽, руб. and grouping spaces (plain, no-break and narrow no-break), shares with % or a comma', async () => {
    await same(
      ['roi', '--revenue-per-client', '90000', '--uplift', '0.08', '--churn', '0.25', '--churn-reduction', '0.05', '--years', '2', '--cost', '6000000', '--clients', '5000'],
      ['roi', '--revenue-per-client', `90${NBSP}000 руб.`, '--uplift', '0,08', '--churn', '25 %', '--churn-reduction', '5 %', '--years', '2', '--cost', '6 000 000 ₽', '--clients', '5\u202F000'],
    );
    await same(
      ['roi', '--revenue-per-client', '90000', '--uplift', '0.25', '--churn', '0.25', '--churn-reduction', '0.05', '--years', '1.5', '--cost', '6000000'],
      ['roi', '--revenue-per-client', '90 000', '--uplift', '25 %', '--churn', '0,25', '--churn-reduction', '0,05', '--years', '1,5', '--cost', '6 000 000'],
    );
  });

  it('simulate: --runs, --seed, --workers and --precision grouped or with a comma, --set with ₽, a comma or %', async () => {
    await same(
      ['simulate', draft, '--runs', '1000', '--workers', '1', '--seed', '7', '--precision', '0.25', '--set', 'costs.launch=6000000', '--set', 'gross_margin=0.25', '--set', 'mechanics.discount.rate=0.05'],
      ['simulate', draft, '--runs', '1 000', '--workers', '1', '--seed', '7', '--precision', '25 %', '--set', 'costs.launch=6 000 000 ₽', '--set', 'gross_margin=0,25', '--set', 'mechanics.discount.rate=5 %'],
    );
  });

  it('sweep: --vary with decimal commas and percentages', async () => {
    await same(
      ['sweep', draft, '--vary', 'mechanics.discount.rate=0.01:0.03:0.01', '--runs', '20', '--workers', '1'],
      ['sweep', draft, '--vary', 'mechanics.discount.rate=0,01:3 %:1 %', '--runs', '20', '--workers', '1'],
    );
  });

  it('optimize: --constraint bounds with a comma, grouping spaces, ₽ or %, as --vary takes them', async () => {
    const run = (lang: string, ...constraints: string[]) =>
      runCli('optimize', draft, '--vary', 'mechanics.discount.rate=0,01:5 %', ...constraints.flatMap((c) => ['--constraint', c]), '--runs', '12', '--workers', '1', '--seed', '3', '--json', '--lang', lang);
    const a = await run('en', 'programCost<=6000000', 'P(roi>0.05)>=0.5', 'mean(roi)>=0.25');
    const b = await run('ru', 'programCost <= 6 000 000 ₽', 'P(roi>5 %)>=0,5', 'mean(roi)>=25 %');
    const c = await run('ru', `programCost<=6${NBSP}000${NBSP}000 руб.`, 'P(roi>0,05)>=50 %', 'mean(roi)>=0,25');
    for (const r of [a, b, c]) expect(r.code, r.stderr).toBe(0);
    // the constraints are echoed as typed: compare the figures
    const strip = (s: string) => s.replace(/"text": "[^"]*"/g, '"text"').replace(/"constraints": \[[^\]]*\]/g, '');
    expect(strip(b.stdout)).toBe(strip(a.stdout));
    expect(strip(c.stdout)).toBe(strip(a.stdout));
    expect(JSON.parse(a.stdout).best.search.checks.map((k: { margin: number }) => k.margin)).toHaveLength(3);
  });

  it('fit: --annual-churn 0,2±0,05 and 20 % ± 5 %', async () => {
    const plain = await runCli('fit', 'fixtures/examples/sales.csv', '--annual-churn', '0.2±0.05', '--json');
    for (const typed of ['0,2±0,05', '20 % ± 5 %']) {
      const r = await runCli('fit', 'fixtures/examples/sales.csv', '--annual-churn', typed, '--json', '--lang', 'ru');
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).identification.churnPrior).toEqual({ mean: 0.2, sd: 0.05 });
      expect(r.stdout).toBe(plain.stdout);
    }
  });

  it('pilot plan: --mde, --alpha, --power as percentages or with a comma, --min-revenue with ₽', async () => {
    await same(
      ['pilot', 'plan', '--history', 'fixtures/examples/sales.csv', '--mde', '0.25', '--alpha', '0.05', '--power', '0.8', '--months', '1.5', '--min-revenue', '6000'],
      ['pilot', 'plan', '--history', 'fixtures/examples/sales.csv', '--mde', '25 %', '--alpha', '0,05', '--power', '80 %', '--months', '1,5', '--min-revenue', '6 000 ₽'],
    );
  });

  it('says in Russian exactly what it could not read, with exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['roi', '--revenue-per-client', '90000', '--uplift', '0,08abc', '--churn', '0,2', '--churn-reduction', '0,05', '--years', '2', '--cost', '1'], /«0,08abc» — не число: не удалось прочитать «abc»/],
      [['roi', '--revenue-per-client', '90000', '--uplift', '0,08', '--churn', '0,2', '--churn-reduction', '0,05', '--years', '2 ₽', '--cost', '1'], /«2 ₽»: обозначение валюты \(«₽»\) здесь не ожидается/],
      [['roi', '--revenue-per-client', '90000', '--uplift', '0,08', '--churn', '0,2', '--churn-reduction', '0,05', '--years', '2', '--cost', '6 00 000'], /цифры в «6 00 000» разбиты не по три/],
      [['simulate', draft, '--runs', '10 %'], /«10 %»: процент здесь не ожидается/],
      [['simulate', draft, '--runs', '2,5'], /«2,5» — не целое число/],
      [['fit', 'fixtures/examples/sales.csv', '--annual-churn', '0,2±abc'], /неопределённость «abc» — не положительная доля меньше 1 \(«abc» — не число\)/],
      [['simulate', draft, '--set', 'costs.launch=5 0000'], /«5 0000»: цифры в «5 0000» разбиты не по три/],
      [['sweep', draft, '--vary', 'mechanics.discount.rate=0,01:x:0,01'], /«x» — не число/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(...args, '--lang', 'ru');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(englishWords(r.stderr)).toEqual([]);
    }
  });

  it('English input keeps working under Russian and Russian under English; "1,000" is a thousand only in English', async () => {
    const en = await runCli('roi', '--revenue-per-client', '1,000', '--uplift', '0,08', '--churn', '25 %', '--churn-reduction', '0.05', '--years', '2', '--cost', '6 000 000 ₽', '--json');
    const ru = await runCli('roi', '--revenue-per-client', '1,000', '--uplift', '0.08', '--churn', '0.25', '--churn-reduction', '5%', '--years', '2', '--cost', '6,000,000', '--json', '--lang', 'ru');
    expect(en.code, en.stderr).toBe(0);
    expect(ru.code, ru.stderr).toBe(0);
    expect(JSON.parse(en.stdout).inputs.revenuePerClient).toBe(1000);
    expect(JSON.parse(ru.stdout).inputs.revenuePerClient).toBe(1);
    expect(JSON.parse(ru.stdout).inputs.cost).toBe(6_000_000);
    const bad = await runCli('roi', '--revenue-per-client', '90000', '--uplift', '0.08x', '--churn', '0.2', '--churn-reduction', '0.05', '--years', '2', '--cost', '1');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"0\.08x" is not a number: cannot read "x"/);
  });
});
