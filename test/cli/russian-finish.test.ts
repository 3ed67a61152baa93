/**
 * Russian output as a Russian finance reader checks it (issue 25): ₽ and not
 * RUB in the text tables of compare, sweep, tornado, breakeven and optimize;
 * the typographic minus and no «-0 %»; dates ДД.ММ.ГГГГ («с … по …»), never
 * ISO, in pilot and profile; money with its currency in pilot (EVPI) and
 * profile; the glossary's terms; YAML errors in Russian.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords } from './latin-scan.js';
import { runCli } from './run-cli.js';
import { smallDraft } from './small-draft.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-ru-finish-'));
const write = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const A = write('a.yaml', smallDraft('Программа А', 0.03).replace('currency: USD', 'currency: RUB'));
const B = write('b.yaml', smallDraft('Программа Б', 0.06).replace('currency: USD', 'currency: RUB'));
const FAST = ['--runs', '20', '--workers', '1', '--lang', 'ru'];

/** What a finance reader would flag in Russian text. */
function flagged(text: string): string[] {
  const out: string[] = [];
  if (/\bRUB\b/.test(text)) out.push('RUB');
  if (/(^|[\s(│])-\d/m.test(text)) out.push('ASCII hyphen as minus');
  if (/[-−]0 %/.test(text)) out.push('-0 %');
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(text)) out.push('ISO date');
  if (/\d \.\. \d/.test(text)) out.push('«..» between dates');
  if (/зерн|[Мм]есяц окупаемости|\(draft\)|распределение triangular/.test(text)) out.push('wording');
  return out;
}

describe('Russian output, finished', { timeout: 120_000 }, () => {
  it('compare, sweep, tornado, breakeven and optimize: ₽, the minus sign, «срок окупаемости»', async () => {
    const runs = [
      await runCli('compare', A, B, ...FAST),
      await runCli('sweep', A, '--vary', 'mechanics.discount.rate=0,01:0,06:0,05', ...FAST),
      await runCli('tornado', A, ...FAST),
      await runCli('breakeven', A, '--solve', 'mechanics.discount.rate', ...FAST),
      await runCli('optimize', A, '--vary', 'mechanics.discount.rate=0,01:0,06', ...FAST),
    ];
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(flagged(r.stdout), r.stdout).toEqual([]);
      expect(r.stdout).toMatch(/₽/);
    }
    expect(runs[0]!.stdout).toMatch(/Срок окупаемости/);
    expect(runs[0]!.stdout).toMatch(/−\d/);
    expect(runs[4]!.stdout).toMatch(/исходный проект/);
    // tables name the inputs as a reader does, not by their YAML paths
    for (const r of [runs[1]!, runs[3]!, runs[4]!]) {
      expect(r.stdout).toMatch(/│ Скидка участника +│/);
      expect(r.stdout).not.toMatch(/│ mechanics\.discount\.rate/);
    }
  });

  it('pilot plan and analyze: dates ДД.ММ.ГГГГ «с … по …», money in ₽ (EVPI too), «ценность информации»', async () => {
    const plan = await runCli('pilot', 'plan', '--history', 'fixtures/pilot/before.csv', '--value', A, '--runs', '50', '--sample', '100', '--lang', 'ru');
    expect(plan.code, plan.stderr).toBe(0);
    expect(flagged(plan.stdout + plan.stderr), plan.stdout).toEqual([]);
    expect(plan.stdout).toMatch(/с \d\d\.\d\d\.\d{4} по \d\d\.\d\d\.\d{4}/);
    expect(plan.stdout).toMatch(/EVPI[\s\S]*\d\s₽/);
    expect(plan.stdout).toMatch(/ценность информации \d+-месячного пилота/);
    // the EVPI table and its recommendation name the inputs, not their YAML paths
    expect(plan.stdout).toMatch(/│ Прирост частоты заказов участников +│ +[\d\s]+₽ │/);
    expect(plan.stdout).not.toMatch(/│ (effects|mechanics|participation)[._]/);
    const analyze = await runCli('pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv', '--start', '2023-01-01', '--end', '2023-03-31', '--interim', '--lang', 'ru');
    expect(analyze.code, analyze.stderr).toBe(0);
    expect(flagged(analyze.stdout), analyze.stdout).toEqual([]);
    expect(analyze.stdout).toMatch(/│ 07\.01\.2023 │/);
    const effects = await runCli('pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv', '--start', '2023-01-01', '--end', '2023-03-31', '--lang', 'ru');
    expect(flagged(effects.stdout), effects.stdout).toEqual([]);
    expect(effects.stdout).toMatch(/пилот с 01\.01\.2023 по 31\.03\.2023/);
  });

  it('profile: dates as --locale ru-RU writes them in either language, money in ₽', async () => {
    for (const args of [['--lang', 'ru'], ['--locale', 'ru-RU']]) {
      const r = await runCli('profile', 'fixtures/examples/sales.csv', ...args);
      expect(r.code, r.stderr).toBe(0);
      expect(flagged(r.stdout).filter((x) => x !== '«..» between dates'), r.stdout).toEqual([]);
      expect(r.stdout).toMatch(/01\.03\.2022 (–|\.\.) 29\.02\.2024/);
      expect(r.stdout).toMatch(/│ 03\.2022 │/);
      expect(r.stdout).toMatch(/\d\s₽/);
    }
  });

  it('YAML errors are Russian: a tab in the indentation, a repeated key', async () => {
    const tab = await runCli('validate', write('tab.yaml', 'name: x\n\tcurrency: RUB\n'), '--lang', 'ru');
    expect(tab.code).toBe(1);
    expect(tab.stdout + tab.stderr).toMatch(/tab\.yaml:2:1 +ошибка +табуляция в отступе/);
    expect(tab.stdout + tab.stderr).not.toMatch(/Tabs are not allowed/);
    const dup = await runCli('validate', write('dup.yaml', 'name: x\nname: y\n'), '--lang', 'ru');
    expect(dup.stdout + dup.stderr).toMatch(/повторяющийся ключ/);
    expect(dup.stdout + dup.stderr).not.toMatch(/Map keys must be unique/);
    for (const r of [tab, dup]) expect(englishWords(r.stdout + r.stderr)).toEqual([]);
  });
});
