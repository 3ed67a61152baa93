/**
 * The Russian interface end to end (in-process): what a finance director
 * with LANG=ru_RU.UTF-8 reads has no English words outside names, units and
 * what they typed; --lang en brings English back; --json is the same bytes
 * in every language.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../src/engine/metrics.js';
import { CODE, englishWords, PATH_CELLS, visibleText } from './latin-scan.js';
import { runCli } from './run-cli.js';
import { smallDraft } from './small-draft.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-ru-'));
const draft = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const A = draft('a.yaml', smallDraft('Программа А', 0.03));
const B = draft('b.yaml', smallDraft('Программа Б', 0.05));
const FAST = ['--runs', '20', '--workers', '1', '--seed', '7'];

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.LANG;
  process.env.LANG = 'ru_RU.UTF-8';
});
afterEach(() => {
  process.env.LANG = saved;
});

const COMMANDS = ['', 'init', 'validate', 'schema', 'profile', 'fit', 'simulate', 'compare', 'sweep', 'tornado', 'breakeven', 'optimize', 'roi', 'pilot', 'pilot plan', 'pilot analyze', 'report', 'completion'];

describe('Russian under LANG=ru_RU.UTF-8', () => {
  it('simulate of the bundled hybrid scenario prints no English word outside names, units and the draft', async () => {
    const r = await runCli('simulate', 'scenarios/wholesale-hybrid.yaml', ...FAST);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Решение');
    expect(englishWords(r.stdout + r.stderr, ['Wholesale hybrid - points and tiers'])).toEqual([]);
  }, 60_000);

  it('simulate --history says how much of the spread is calibration, in Russian', async () => {
    const r = await runCli('simulate', A, '--history', 'fixtures/history/cdnow_sample.csv', ...FAST, '--plain');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Неопределённость калибровки: \d+ % разброса ROI, поэтому его интервал P5–P95 примерно в \d,\d\d раза шире/);
    expect(r.stdout).toContain('по 20 прогонам');
    expect(englishWords(r.stdout + r.stderr, ['Программа А'])).toEqual([]);
  }, 60_000);

  // the drafts' own names, which stay as their authors wrote them
  const SCENARIO_NAMES = [
    'Wholesale business club',
    'Dealer referral network',
    'Wholesale member discount',
    'Wholesale points',
    'Retro-bonus loading',
    'Wholesale volume rebate',
    'Wholesale tiers',
    'Wholesale hybrid - points and tiers',
    'Distributor early payment',
    'Wholesale segmented discount',
    // the segments' names in the segmented offer
    'Key accounts',
    'Small clients',
  ];
  const SCENARIOS = ['business-club', 'dealer-referral', 'discount-only', 'points-only', 'rebate-loading', 'rebate', 'tiers', 'wholesale-hybrid', 'early-payment', 'segmented-offer'].map((s) => `scenarios/${s}.yaml`);

  it('simulate of every bundled scenario (the behaviour rows, charts and sentences of MODEL.md §8–11) and their compare have no English words', async () => {
    for (const s of SCENARIOS) {
      const r = await runCli('simulate', s, ...FAST);
      expect(r.code, s).toBe(0);
      expect.soft(englishWords(r.stdout + r.stderr, SCENARIO_NAMES), s).toEqual([]);
    }
    const c = await runCli('compare', ...SCENARIOS, ...FAST);
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('Разрыв участников и неучастников (наблюдаемый)');
    expect(englishWords(c.stdout + c.stderr, SCENARIO_NAMES)).toEqual([]);
    // ten scenarios and their compare: 176 s of the old 180 s limit on the shared 2-core machine at load 13
  }, 240_000);

  it('optimize: its tables, confirmation, constraints, trade-off chart, work line and --html page in Russian', async () => {
    const file = join(dir, 'optimize-ru.html');
    const r = await runCli(
      'optimize', 'scenarios/tiers.yaml', '--vary', 'mechanics.tiers.levels.Platinum.min_spend=200000:1500000',
      '--constraint', 'P(roi>0)>=0.5', '--runs', '12', '--workers', '1', '--seed', '7', '--html', file, '--force',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Оптимизация: средний ЧДД по 1 полю');
    expect(r.stdout).toContain('Проверено');
    expect(r.stderr).toContain(`записан ${file}`);
    // the constraint as typed and the file named are the user's own text
    expect(englishWords(r.stdout + r.stderr, ['Wholesale tiers', 'P(roi>0)>=0.5', file])).toEqual([]);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<h2>Граница компромиссов</h2>');
    const visible = visibleText(html);
    expect(englishWords(visible, ['Wholesale tiers', 'P(roi>0)>=0.5'])).toEqual([]);
  }, 180_000);

  it('report --interactive: the HTML, the what-if section and the page labels speak Russian, and the page is told the language', async () => {
    const file = join(dir, 'whatif-ru.html');
    const r = await runCli('report', 'scenarios/wholesale-hybrid.yaml', '--html', file, '--interactive', '--runs', '20', '--workers', '1', '--force');
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('Что если…? (считается на этой странице)');
    expect(html).toContain('Участие (доля подходящих клиентов, которые вступают)');
    const spec = JSON.parse(/<script type="application\/json" id="whatif-spec">([\s\S]*?)<\/script>/.exec(html)![1]!) as { lang: string };
    expect(spec.lang).toBe('ru');
    const visible = visibleText(html, [CODE, PATH_CELLS]);
    // the draft's own words: its name, tier names and the values of its fields
    expect(englishWords(visible, ['Wholesale hybrid - points and tiers', 'synthetic', 'margin', 'monthly', 'quarterly', 'quarter', 'spend', 'company', 'credit_note', 'service'])).toEqual([]);
  }, 180_000);

  it("optimize's --vary and --constraint mistakes speak Russian, pointing at the column", async () => {
    const base = ['optimize', A, '--runs', '4', '--workers', '1'];
    const outputs = [
      await runCli(...base, '--vary', 'mechanics.discount.rate=0.01:0.05', '--constraint', 'p5(nvp)>=0'),
      await runCli(...base, '--vary', 'mechanics.discount.rate=0.01:0.05', '--constraint', 'P(roi>0)>=1.5'),
      await runCli(...base, '--vary', 'mechanics.discount.rate=0.05:0.01'),
    ];
    for (const r of outputs) {
      expect(r.code).toBe(2);
      // the metric keys listed in the hint are --json's names, typed as they are
      expect.soft(englishWords(r.stderr, ['p5(nvp)>=0', ...METRIC_KEYS])).toEqual([]);
    }
    expect(outputs[0]!.stderr).toContain('неизвестная метрика «nvp» в столбце 4');
    expect(outputs[0]!.stderr).toContain('может быть, «npv»?');
  }, 60_000);

  it('pilot: the date checks speak Russian', async () => {
    const base = ['pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv'];
    const outputs = [await runCli(...base, '--start', '1990-01-01'), await runCli(...base, '--start', '2023-03-01', '--end', '2023-01-31')];
    for (const r of outputs) {
      expect(r.code).toBe(2);
      expect.soft(englishWords(r.stdout + r.stderr)).toEqual([]);
    }
    expect(outputs[0]!.stderr).toContain('пилот начинается 1990-01-01, раньше первого дня истории');
  }, 60_000);

  it('the input mistakes of sweep, --set, roi, optimize, pilot, report, a sales history and a summary file speak Russian, keeping file:line:column and exit 2', async () => {
    const assignment = join(dir, 'groups-bad.csv');
    writeFileSync(assignment, 'customer_id,group\n1,treatment\n2,tretment\n');
    const summary = join(dir, 'summary-bad.csv');
    writeFileSync(summary, 'customer,frequency,recency,T,monetary_value\nc1,2,5,40,30\nc2,1,0,30,20\n');
    const outputs = [
      await runCli('sweep', A, '--vary', 'mechanics.discount.rat=0.01:0.05:0.02', ...FAST),
      await runCli('sweep', A, '--vary', 'mechanics.discount.rate=0.05:0.01:0.02', ...FAST),
      await runCli('simulate', A, '--set', 'costs.lanch=5', ...FAST),
      await runCli('roi', '--revenue-per-client', '90000', '--uplift', '0.08', '--years', '2', '--churn', '0.1', '--churn-reduction', '0.2', '--cost', '5000'),
      await runCli('optimize', A, '--vary', 'mechanics.discount.rate=0.01:0.05', '--constraint', 'mean(roi)', ...FAST),
      await runCli('pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', assignment, '--start', '2023-01-01'),
      // a history with rejected rows: over the limit (the reasons' table), and under it (the skipped-rows note)
      await runCli('profile', 'fixtures/history/broken_bad_date.csv'),
      await runCli('profile', 'fixtures/history/broken_ragged_row.csv', '--max-skipped', '0.5'),
      await runCli('fit', '--summary', summary),
      // the commands' own flags, and a file that is there already
      await runCli('report', A),
      await runCli('simulate', A, '--history', 'fixtures/examples/sales.csv', '--summary', summary),
      await runCli('report', A, '--html', A),
    ];
    expect(outputs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2, 2, 0, 2, 2, 2, 2]);
    // the user's own names: the column names of the 1C fixture are Russian already; the summary's columns are its header
    for (const r of outputs) expect.soft(englishWords(r.stderr, [assignment, summary, 'recency', 'T'])).toEqual([]);
    expect(outputs[0]!.stderr).toContain('нет числового поля mechanics.discount.rat: такого поля нет.');
    expect(outputs[0]!.stderr).toContain('может быть, mechanics.discount.rate?');
    expect(outputs[1]!.stderr).toContain('с шагом 0.02 от 0.05 не дойти до 0.01');
    expect(outputs[2]!.stderr).toContain('--set: нет поля costs.lanch');
    expect(outputs[3]!.stderr).toContain('Снижение оттока 0.2 больше самого оттока 0.1');
    expect(outputs[4]!.stderr).toContain('не хватает: сравнение (>=, <=, > или <) в столбце 10');
    expect(outputs[5]!.stderr).toContain(`${assignment}:3: группа «tretment» — ни «treatment», ни «control»`);
    expect(outputs[6]!.stderr).toContain('не удаётся прочитать 1 из 6 строк (16,7 %), больше допустимых 1,0 %');
    expect(outputs[6]!.stderr).toMatch(/ {2}неверная дата +1 {2}впервые в строке 4:2: неверная дата «31\.02\.1997» в столбце «Дата»/);
    expect(outputs[7]!.stderr).toContain('пропущена 1 строка (не то число полей), например fixtures/history/broken_ragged_row.csv:4: в строке 5 полей, а в заголовке 4');
    expect(outputs[8]!.stderr).toContain(`${summary}:3:3: frequency 1 при recency 0`);
    expect(outputs[9]!.stderr).toContain('report некуда писать');
    // the file once (issue 29: it was named twice)
    expect(outputs[11]!.stderr).toContain(`ошибка: ${A} уже существует; не перезаписываю`);
  }, 90_000);

  it('pilot plan and pilot analyze: tables, explanations, warnings and notes speak Russian', async () => {
    const groups = join(dir, 'группы.csv');
    const program = draft('program.yaml', readFileSync('scenarios/wholesale-hybrid.yaml', 'utf8'));
    const history = ['--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv', '--start', '2023-01-01', '--end', '2023-03-31'];
    const few = ['--bootstrap', '60', '--permutations', '60'];
    const outputs = [
      // infeasible at 10 %, so the plan warns; --assign prints the strata and balance; --value the EVPI table and recommendation
      await runCli('pilot', 'plan', '--history', 'fixtures/pilot/before.csv', '--assign', groups, '--value', program, '--runs', '50', '--sample', '100'),
      await runCli('pilot', 'plan', '--history', 'fixtures/pilot/before.csv', '--group-size', '400'),
      await runCli('pilot', 'analyze', ...history, ...few, '--cap', '99%', '--write-effects', program),
      await runCli('pilot', 'analyze', ...history, '--interim'),
      // a pilot shorter than the purchase cycle, cut at the history's end
      await runCli('pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv', '--start', '2023-03-20', '--end', '2023-04-30', ...few),
      await runCli('pilot', 'analyze', ...history, '--cap', '30%'),
    ];
    expect(outputs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 2]);
    for (const r of outputs) {
      // the scenario's own names, and the EVPI table's inputs (YAML paths, as the draft writes them)
      expect.soft(englishWords(r.stdout + r.stderr, [groups, program, 'Wholesale hybrid - points and tiers'])).toEqual([]);
    }
    expect(outputs[0]!.stderr).toContain('план невыполним');
    expect(outputs[0]!.stdout).toContain('Чемпионы');
    expect(outputs[0]!.stdout).toMatch(/Рекомендация: ожидаемая ценность информации 3-месячного пилота/);
    expect(outputs[2]!.stdout).toContain('Интенсивность ухода');
    expect(outputs[2]!.stderr).toContain('эффекты пилота заменяют прежние значения');
    expect(outputs[3]!.stdout).toContain('Решение: остановить: эффект есть.');
    expect(outputs[4]!.stderr).toMatch(/короче типичного промежутка между покупками/);
  }, 180_000);

  it('compare, sweep, tornado, breakeven, profile, roi, validate (errors, warnings, lint) and the usage errors have no English words', async () => {
    const outputs = [
      await runCli('compare', A, B, ...FAST),
      await runCli('sweep', A, '--vary', 'mechanics.discount.rate=0.01:0.05:0.02', ...FAST),
      await runCli('tornado', A, ...FAST),
      await runCli('breakeven', A, '--solve', 'effects.frequency_uplift', ...FAST),
      await runCli('profile', 'scenarios/ru/sales-1c.csv', '--order', 'Документ', '--customer', 'Контрагент', '--date', 'Дата', '--amount', 'Сумма', '--currency', 'RUB'),
      await runCli('roi', '--revenue-per-client', '90000', '--uplift', '0.08', '--years', '2', '--churn', '0.3', '--churn-reduction', '0.05', '--cost', '5000', '--currency', 'RUB'),
      await runCli('validate', 'scenarios/wholesale-hybrid.yaml', ...['alias-bomb', 'bad-yaml-syntax', 'beta-infeasible', 'distribution-bad-inner-key', 'duplicate-key', 'expiry-before-lag', 'missing-key', 'negative-rate', 'order-value-no-mean', 'pert-mode-outside', 'two-discounts', 'unknown-distribution', 'unknown-key', 'unknown-mechanic-type', 'unknown-tag', 'unsorted-levels', 'valid-minimal', 'valid-with-warnings', 'wrong-type'].map((f) => `fixtures/drafts/${f}.yaml`)),
      await runCli('simulate', 'fixtures/drafts/no-such.yaml'),
      await runCli('simulate', 'fixtures/drafts/unknown-key.yaml'),
      await runCli('simulate', A, '--runs', 'many'),
      await runCli('simulate', A, '--locale', 'xx-nope-123'),
      await runCli('simulat'),
      await runCli('simulate', A, '--frobnicate'),
      await runCli('simulate'),
    ];
    for (const r of outputs) expect.soft(englishWords(r.stdout + r.stderr, ['Программа', 'Key account', 'Flow map'])).toEqual([]);
    expect(outputs[0]!.stdout).toContain('Сравнение 2 проектов');
    expect(outputs[6]!.code).toBe(1);
    expect(outputs.slice(7).map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2, 2]);
  }, 90_000);

  it('fit: parameters, churn, Gamma-Gamma, P(alive), holdout and the warnings speak Russian (with and without a holdout, and with a churn prior)', async () => {
    const outputs = [
      await runCli('fit', 'fixtures/examples/sales.csv'),
      await runCli('fit', 'fixtures/examples/sales.csv', '--holdout-from', '2023-09-01', '--model', 'auto'),
      await runCli('fit', 'fixtures/examples/sales.csv', '--model', 'pareto-nbd', '--annual-churn', '0.15±0.05'),
      // a summary without dates, and the usage mistakes
      await runCli('fit', '--summary', 'fixtures/examples/cdnow-summary.csv', '--unit', 'week'),
      await runCli('fit'),
      await runCli('fit', 'fixtures/examples/sales.csv', '--calibration-end', '2023-01-01', '--holdout-from', '2023-02-01'),
      await runCli('fit', '--summary', 'fixtures/examples/cdnow-summary.csv', '--holdout-from', '2023-02-01'),
    ];
    expect(outputs.map((r) => r.code)).toEqual([0, 0, 0, 0, 2, 2, 2]);
    expect(outputs[3]!.stdout).toContain('калибровка по последний день сводки');
    for (const r of outputs) expect.soft(englishWords(r.stdout + r.stderr)).toEqual([]);
    expect(outputs[0]!.stdout).toContain('годовой отток активных клиентов 8,5 % ± 1,8 % (по данным)');
    // dates the Russian way (DD.MM.YYYY), never the ISO the core passes
    expect(outputs[0]!.stdout).toMatch(/калибровка по \d{2}\.\d{2}\.\d{4},/);
    expect(outputs[1]!.stdout).toContain('Проверка на отложенном периоде: повторные покупки 01.09.2023–29.02.2024 (6,0 мес.)');
    // a near tie (7,8 % against 7,6 %) keeps BG/NBD and says so
    expect(outputs[1]!.stdout).toMatch(/модель: ошибки на отложенном периоде bg-nbd 7,8 %, pareto-nbd 7,6 %: существенной разницы нет; оставлена bg-nbd/);
    expect(outputs[2]!.stderr).toContain('годовой отток взят из --annual-churn (априорное распределение определило 100 % его)');
    expect(outputs[2]!.stderr).toContain('s на пределе 1\u00a0000');
  }, 120_000);

  it('the Russian example: a distributor\'s draft run on its 1C export (Windows-1251, ";", DD.MM.YYYY, decimal commas)', async () => {
    const v = await runCli('validate', 'scenarios/ru/distributor.yaml');
    expect(v.stdout).toContain('scenarios/ru/distributor.yaml  в порядке');
    const r = await runCli(
      'simulate', 'scenarios/ru/distributor.yaml', '--history', 'scenarios/ru/sales-1c.csv',
      '--customer', 'Контрагент', '--date', 'Дата', '--amount', 'Сумма', '--order', 'Документ', ...FAST,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/300 реальных клиентов из scenarios\/ru\/sales-1c\.csv \(bg-nbd, [^)]+\) · 24 месяца/);
    expect(englishWords(r.stdout + r.stderr)).toEqual([]);
  }, 60_000);

  it('init --template … --lang ru writes a Russian-commented draft', async () => {
    const file = join(dir, 'init-ru.yaml');
    const r = await runCli('init', file, '--template', 'rebate', '--yes', '--lang', 'ru');
    expect(r.code).toBe(0);
    expect(r.stderr.replaceAll(file, 'init-ru.yaml').split('\n')[0]).toBe('записан init-ru.yaml (шаблон rebate)');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('name: Опт — ретро-бонус за объём');
    expect(text).toContain('# достигнутая высшая ступень применяется ко всему кварталу');
  });

  it('--help of every command is Russian', async () => {
    for (const c of COMMANDS) {
      const r = await runCli(...(c ? c.split(' ') : []), '--help');
      expect(r.code).toBe(0);
      expect.soft(englishWords(r.stdout), `loyalty-sim ${c} --help`).toEqual([]);
      expect(r.stdout).toMatch(/^Использование: loyalty-sim/);
    }
  });

  it('--lang en under a Russian locale prints English, and --lang ru under an English one prints Russian', async () => {
    const en = await runCli('validate', 'fixtures/drafts/valid-minimal.yaml', '--lang', 'en');
    expect(en.stdout).toContain('warning  costs.monthly: no running costs are budgeted');
    process.env.LANG = 'en_US.UTF-8';
    const ru = await runCli('validate', 'fixtures/drafts/valid-minimal.yaml', '--lang', 'ru');
    expect(ru.stdout).toContain('предупреждение  costs.monthly: текущие затраты не заложены');
  });

  it('an unknown --lang is refused with the languages there are', async () => {
    const r = await runCli('validate', 'scenarios/tiers.yaml', '--lang', 'de');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«de» — не одно из значений: en, ru.');
  });
});

describe('CSV the way a Russian spreadsheet opens it', () => {
  it('simulate --csv under Russian: a BOM, ";" between fields, decimal commas; --locale en-US keeps the comma CSV', async () => {
    const ru = join(dir, 'ru.csv');
    const en = join(dir, 'en.csv');
    expect((await runCli('simulate', A, ...FAST, '--csv', ru)).code).toBe(0);
    expect((await runCli('simulate', A, ...FAST, '--csv', en, '--locale', 'en-US')).code).toBe(0);
    const r = readFileSync(ru, 'utf8');
    const e = readFileSync(en, 'utf8');
    // the header is the tables' labels, in the language of the tables (--locale changes only the numbers)
    expect(r.startsWith('\ufeffПрогон;')).toBe(true);
    expect(e.startsWith('Прогон,')).toBe(true);
    // fields split at separators outside quotes (a label may hold the other separator)
    const fields = (line: string, sep: string) => line.match(new RegExp(`("[^"]*"|[^${sep}]*)(${sep}|$)`, 'g'))!.slice(0, -1).map((f) => f.replace(new RegExp(`${sep}$`), '').replace(/^"|"$/g, ''));
    const rRows = r.slice(1).trim().split('\n').map((l) => fields(l, ';'));
    const eRows = e.trim().split('\n').map((l) => fields(l, ','));
    expect(rRows[0]).toEqual(eRows[0]);
    expect(rRows[0]).toContain('Чистая дополнительная прибыль');
    expect(rRows).toHaveLength(21);
    // the same numbers, written with a decimal comma
    for (let i = 1; i < eRows.length; i++) expect(rRows[i]!.map((c) => c.replace(',', '.'))).toEqual(eRows[i]);
    expect(r).toMatch(/;\d+,\d+/);
  });
});

describe('--json is the same bytes in every language', () => {
  it.each([
    ['simulate', A, ...FAST, '--json'],
    ['compare', A, B, ...FAST, '--json'],
    ['validate', 'fixtures/drafts/unknown-key.yaml', 'fixtures/drafts/valid-with-warnings.yaml', '--json'],
    ['optimize', A, '--vary', 'mechanics.discount.rate=0.01:0.05', ...FAST, '--json'],
    // the warnings in the JSON stay English; the choice of --model auto too
    ['fit', 'fixtures/examples/sales.csv', '--json'],
    ['fit', 'fixtures/examples/sales.csv', '--holdout-from', '2023-09-01', '--model', 'auto', '--json'],
    ['fit', 'fixtures/examples/sales.csv', '--model', 'pareto-nbd', '--annual-churn', '0.15±0.05', '--json'],
    ['pilot', 'plan', '--history', 'fixtures/pilot/before.csv', '--value', 'scenarios/wholesale-hybrid.yaml', '--runs', '50', '--sample', '100', '--json'],
    // --cap and a pilot cut short: the JSON carries warnings, which stay English
    ['pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv', '--start', '2023-03-20', '--end', '2023-04-30', '--bootstrap', '60', '--permutations', '60', '--cap', '99%', '--json'],
  ])('%s', async (...args) => {
    process.env.LANG = 'en_US.UTF-8';
    const en = await runCli(...args);
    process.env.LANG = 'ru_RU.UTF-8';
    const ru = await runCli(...args);
    const ruFlag = await runCli(...args, '--lang', 'ru');
    expect(en.stdout.length).toBeGreaterThan(100);
    expect(ru.stdout).toBe(en.stdout);
    expect(ruFlag.stdout).toBe(en.stdout);
    JSON.parse(ru.stdout);
  });
});

describe('Russian text, as read', () => {
  it('run counts are grouped as the locale writes numbers: 1 000 прогонов, 1,000 runs', async () => {
    const ru = await runCli('simulate', A, '--runs', '1000', '--workers', '1', '--plain');
    // the group separator is the locale's (a no-break space in ru-RU)
    expect(ru.stdout).toMatch(/ 1\s000 прогонов /);
    const en = await runCli('simulate', A, '--runs', '1000', '--workers', '1', '--plain', '--lang', 'en', '--locale', 'en-US');
    expect(en.stdout).toContain('1,000 runs');
  }, 60_000);

  it('pilot plan', async () => {
    const r = await runCli('pilot', 'plan', '--history', 'fixtures/pilot/before.csv', '--group-size', '400', '--months', '2', '--look-days', '30');
    expect(r.stdout).toMatchInlineSnapshot(`
      "┌────────────────────────┬──────────┬────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
      │ План пилота            │ Значение │ Что это значит                                                                                                                                                                         │
      │ Среднее без программы  │ 20 171 ₽ │ выручка на клиента за последние 2 месяца истории (с 01.11.2022 по 31.12.2022); клиентов, покупавших раньше: 2 875                                                                      │
      │ Стандартное отклонение │ 47 960 ₽ │ насколько показатель разнится от клиента к клиенту: шум, сквозь который пилот должен увидеть эффект                                                                                    │
      │ Обнаружимый эффект     │   47,1 % │ наименьшее изменение среднего, которое обнаружат 400 клиентов в группе (двусторонний уровень значимости α = 0,05, мощность 80 %): корень из 2(z₁₋α/₂ + z₁₋β)²σ²/n, делённый на среднее │
      │ … с CUPED              │   42,0 % │ то же, если анализ учитывает значение каждого клиента за предыдущий период                                                                                                             │
      │ Снижение дисперсии     │   20,3 % │ доля дисперсии, которую убирает CUPED: ρ², где ρ = 0,45 — корреляция со значением за предыдущие 2 месяца (с 01.09.2022 по 31.10.2022)                                                  │
      └────────────────────────┴──────────┴────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘

      График просмотров, если следить за пилотом по ходу (pilot analyze --interim): расходование α по типу О'Брайена — Флеминга, двусторонний уровень α = 0,05 на все просмотры
      ┌──────────┬──────┬────────────┬───────────────────┬─────────────────┐
      │ Просмотр │ День │ Информация │ |z| для остановки │ Израсходовано α │
      │        1 │   30 │       49 % │              2,99 │          0,0028 │
      │        2 │   60 │       98 % │              1,99 │          0,0476 │
      │        3 │   61 │      100 % │              2,06 │          0,0500 │
      └──────────┴──────┴────────────┴───────────────────┴─────────────────┘
      Ранним просмотрам нужен подавляющий эффект; последний почти равен обычному тесту. Проверка по порогу 1,96 каждую неделю находила бы «эффект» гораздо чаще, чем α, когда его нет.
      "
    `);
  });

  it('simulate', async () => {
    const r = await runCli('simulate', A, ...FAST, '--plain');
    expect(r.stdout.replaceAll(A, 'a.yaml')).toMatchInlineSnapshot(`
      "Программа А  (a.yaml)
      200 синтетических клиентов · 6 месяцев · 20 прогонов (латинский гиперкуб) · начальное значение генератора 7

      Решение
      ┌────────────────────────────────┬─────────┬───────────┬──────────┬─────────┬─────────┐
      │                                │ среднее │ ± ст. ош. │       P5 │     P50 │     P95 │
      │ ROI (чистая прибыль / затраты) │ −15,4 % │    ±5,7 % │  −50,2 % │  −9,5 % │  26,3 % │
      │ Чистая дополнительная прибыль  │  −517 $ │    ±216 $ │ −1 950 $ │  −343 $ │ 1 268 $ │
      │ ЧДД                            │  −530 $ │    ±211 $ │ −1 932 $ │  −352 $ │ 1 212 $ │
      │ Срок окупаемости               │       – │         – │        2 │ никогда │ никогда │
      └────────────────────────────────┴─────────┴───────────┴──────────┴─────────┴─────────┘
      P(ROI > 0) 30,0 %   P(ЧДД > 0) 25,0 %   медианная окупаемость: никогда; 30 % прогонов окупаются за 6 месяцев
      ± ст. ош.: стандартная ошибка Монте-Карло для среднего, ст. ош. по 20 независимым блокам латинского гиперкуба по 1 прогону; у месяца окупаемости нет среднего (у неокупившегося прогона нет месяца): смотрите медиану и долю окупившихся прогонов.

      Затраты на программу (среднее по прогонам)
      ┌───────────────────────────────────┬─────────┬─────────┐
      │                                   │     USD │    доля │
      │ Скидки                            │ 2 674 $ │  72,8 % │
      │ Постоянные (запуск + ежемесячные) │ 1 000 $ │  27,2 % │
      │ Затраты на программу              │ 3 674 $ │ 100,0 % │
      └───────────────────────────────────┴─────────┴─────────┘
      Из 2 674 $ вознаграждений 2 358 $ (88,2 %) — вознаграждения без эффекта: они выплачены за покупки, которые «двойники» участников без программы сделали и так; 316 $ выплачено за дополнительные покупки.

      Показатели (среднее по прогонам)
      ┌──────────────────────────────────────────┬───────────────┬──────────────┬───────────┐
      │                                          │ без программы │ с программой │ изменение │
      │ Активные клиенты после 6-го месяца       │           170 │          170 │     0,0 % │
      │ Отток за год                             │        27,7 % │       27,7 % │ 0,0 п. п. │
      │ Заказов на активного клиента в месяц     │         0,351 │        0,396 │    13,0 % │
      │ Средний чек (по прайсу)                  │         201 $ │        201 $ │     0,3 % │
      │ Выручка (за вычетом скидок)              │      78 613 $ │     86 463 $ │    10,0 % │
      │ Заказы                                   │           391 │          442 │    13,0 % │
      │ Участники                                │             – │          200 │         – │
      │ Затраты на участника (среднее отношений) │             – │         18 $ │         – │
      └──────────────────────────────────────────┴───────────────┴──────────────┴───────────┘

      За 6 месяцев программа окупится с вероятностью около половины: ROI в среднем −15 % (от −50,2 % на P5 до 26,3 % на P95), положителен в 30 % прогонов; медианная окупаемость: никогда; 30 % прогонов окупаются за 6 месяцев; 88 % бюджета вознаграждений уходит на покупки, которые участники сделали бы и без программы.
      "
    `);
  });

  it('compare', async () => {
    const r = await runCli('compare', A, B, ...FAST);
    expect(r.stdout.replaceAll(A, 'a.yaml').replaceAll(B, 'b.yaml')).toMatchInlineSnapshot(`
      "Сравнение 2 проектов (суммы в USD)
      200 синтетических клиентов · 6 месяцев · по 20 прогонов (латинский гиперкуб; ст. ош. по 20 независимым блокам латинского гиперкуба по 1 прогону) · начальное значение генератора 7 · везде одни и те же клиенты и случайные числа

        A  Программа А  (a.yaml)
        B  Программа Б  (b.yaml)

      ┌────────────────────────────────────────────┬────────────────────────────────┬───────────────────────────────────┐
      │                                            │                              A │                                 B │
      │ ROI (среднее)                              │                          −15 % │                             −43 % │
      │   P5 · P50 · P95                           │            −50 % · −9 % · 26 % │             −66 % · −39 % · −17 % │
      │ Чистая дополнительная прибыль              │                         −516,8 │                         −2,3 тыс. │
      │   P5 · P50 · P95                           │    −2 тыс. · −342,8 · 1,3 тыс. │ −3,8 тыс. · −2,2 тыс. · −1,2 тыс. │
      │ ЧДД                                        │                         −529,6 │                         −2,3 тыс. │
      │   P5 · P50 · P95                           │  −1,9 тыс. · −351,6 · 1,2 тыс. │ −3,8 тыс. · −2,1 тыс. · −1,2 тыс. │
      │ Срок окупаемости: медианный месяц          │                        никогда │                           никогда │
      │ Окупаются за 6 месяцев (доля прогонов)     │                           30 % │                               0 % │
      │ P(ROI > 0)                                 │                           30 % │                               0 % │
      │ Затраты на программу                       │                       3,7 тыс. │                          5,5 тыс. │
      │   P5 · P50 · P95                           │ 3,1 тыс. · 3,6 тыс. · 4,3 тыс. │    4,5 тыс. · 5,3 тыс. · 6,5 тыс. │
      │   скидки                                   │                       2,7 тыс. │                          4,5 тыс. │
      │   постоянные (запуск + ежемесячные)        │                         1 тыс. │                            1 тыс. │
      │ Вознаграждения без эффекта                 │                       2,4 тыс. │                          3,9 тыс. │
      │ Дополнительная выручка                     │                       7,9 тыс. │                          6,1 тыс. │
      │   P5 · P50 · P95                           │  3,2 тыс. · 8 тыс. · 15,3 тыс. │   1,6 тыс. · 6,3 тыс. · 13,1 тыс. │
      │ Отток за год, без программы → с программой │                27,7 % → 27,7 % │                   27,7 % → 27,7 % │
      │ Участники                                  │                            200 │                               200 │
      └────────────────────────────────────────────┴────────────────────────────────┴───────────────────────────────────┘

      Парные прогоны (прогон i каждого проекта видит тех же клиентов и те же случайные числа)
      ┌───────┬──────────────────────────┬───────────┬─────────────────────┬────────────────────────────┬─────────────────────────────────────────────┐
      │ пара  │ средняя Δ чистой прибыли │ ± ст. ош. │ P(первый > второго) │ медианный срок окупаемости │ вывод                                       │
      │ A − B │                 1,8 тыс. │       ±68 │               100 % │          никогда / никогда │ A впереди на 1,8 тыс. USD, в 100 % прогонов │
      └───────┴──────────────────────────┴───────────┴─────────────────────┴────────────────────────────┴─────────────────────────────────────────────┘

      У A (Программа А) самая высокая средняя чистая дополнительная прибыль (−516,8 USD); отрыв от каждого другого проекта больше 2 стандартных ошибок парной разницы.
      "
    `);
  });

  it('validate: schema errors, rule errors and lint warnings', async () => {
    const d = 'fixtures/drafts';
    const r = await runCli('validate', `${d}/unknown-key.yaml`, `${d}/wrong-type.yaml`, `${d}/unsorted-levels.yaml`, `${d}/valid-with-warnings.yaml`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatchInlineSnapshot(`
      "fixtures/drafts/unknown-key.yaml:7:5  ошибка  mechanics[0].earn_per_curency: неизвестный ключ «earn_per_curency»
          подсказка: может быть, «earn_per_currency»? (earn_per_currency здесь обязателен)
      fixtures/drafts/wrong-type.yaml:4:15  ошибка  gross_margin: ожидается число или одно из {triangular|pert|normal|lognormal|uniform|beta|gamma}; получено: текст «25%»
          подсказка: пишите доли десятичной дробью: 0.25
      fixtures/drafts/unsorted-levels.yaml:10:34  ошибка  mechanics[0].levels[2].min_spend: уровни должны идти по возрастанию min_spend: Gold (150000) стоит после Platinum (500000)
          подсказка: перечислите уровни от меньшего min_spend к большему, каждый выше предыдущего
      fixtures/drafts/valid-with-warnings.yaml:6:12  предупреждение  roi_basis: roi_basis: revenue считает выгодой дополнительную выручку и завышает ROI примерно в (1 / валовая маржа) раз
          подсказка: используйте roi_basis: margin (по умолчанию): программу окупает только валовая прибыль с дополнительных продаж
      fixtures/drafts/valid-with-warnings.yaml:15:20  предупреждение  mechanics[1].expiry_months: баллы сгорают через 3 месяца: участники чувствуют себя обманутыми, и программа вызывает недоверие вместо лояльности
          подсказка: дайте баллам жить не меньше 6 месяцев (в B2B обычно 12 и больше)
      fixtures/drafts/valid-with-warnings.yaml:16:13  предупреждение  mechanics[1].reward: вознаграждения выплачиваются деньгами сотрудникам клиента: в B2B это выглядит как откат (риск коммерческого подкупа для обеих компаний)
          подсказка: начисляйте вознаграждения компании-клиенту (recipient: company) — скидкой, товаром или услугой на её счёт
      fixtures/drafts/valid-with-warnings.yaml:18:20  предупреждение  mechanics[2].qualification: уровень участника назначают менеджеры, а не объективный объём закупок: антимонопольный риск (условия должны быть открыты каждому клиенту, выполнившему опубликованные критерии)
          подсказка: присваивайте уровни по закупкам за последние 12 месяцев (qualification: spend) и опубликуйте пороги
      fixtures/drafts/valid-with-warnings.yaml:21:60  предупреждение  mechanics[2].levels[1].discount: верхний уровень (Key account) получает 11 % от прайса (скидка 5 % + скидка уровня 6 %) — не меньше валовой маржи 10 %: каждая продажа ему убыточна
          подсказка: держите суммарную скидку заметно ниже валовой маржи или давайте верхнему уровню сервисные привилегии вместо цены
      fixtures/drafts/valid-with-warnings.yaml:23:3  предупреждение  costs.monthly: текущие затраты не заложены (costs.monthly и costs.per_member_monthly равны 0): платформа, персонал и рассылки участникам не бывают бесплатными
          подсказка: заложите costs.monthly (платформа, персонал) и costs.per_member_monthly (коммуникации)

      4 проекта: корректных 1, с ошибками 3 (3 ошибки, 6 предупреждений)
      "
    `);
  });

  it('the lint warnings of MODEL.md §8–11: loading, an unreachable redemption threshold, a fee with no costed benefit', async () => {
    const points = draft('points-far.yaml', readFileSync('scenarios/points-only.yaml', 'utf8').replace('threshold: 500 ', 'threshold: 9000'));
    const club = draft('club-free.yaml', readFileSync('scenarios/business-club.yaml', 'utf8').replace('benefit_cost_per_month: 600', 'benefit_cost_per_month: 0  '));
    const r = await runCli('validate', 'scenarios/rebate-loading.yaml', points, club);
    expect(englishWords(r.stdout)).toEqual([]);
    expect(r.stdout.replaceAll(points, 'points-far.yaml').replaceAll(club, 'club-free.yaml')).toMatchInlineSnapshot(`
      "scenarios/rebate-loading.yaml:48:19  предупреждение  mechanics[0].pull_forward: pull_forward 0.9: ретро-бонус в основном сдвигает заказы во времени (клиенты затовариваются перед датой бонуса и меньше покупают после неё), так что выплаченный ретро-бонус — почти чистые затраты
          подсказка: проверьте затоваривание в прошлых заказах вокруг конца периодов; платите за рост к прошлому году (план), а не за фиксированную ступень объёма, или сгладьте его годовым периодом
      points-far.yaml:47:18  предупреждение  mechanics[0].redemption.threshold: типичный (медианный) участник зарабатывает около 123 баллов в месяц и набирает за 73 мес. порог в 9 000 баллов, а баллы сгорают через 12 месяцев: большинство баллов сгорит раньше, чем их можно будет потратить
          подсказка: снизьте порог не больше чем до 1 480 баллов, поднимите earn_per_currency или продлите жизнь баллов дольше 12 месяцев
      club-free.yaml:43:5  предупреждение  mechanics[0]: участники платят взнос, но в проекте программы нет затрат на привилегии (ни у одного уровня нет benefit_cost_per_month или benefit_cost_per_order): за что платят участники?
          подсказка: заложите то, что даёт клуб (исследования, обучение, база знаний, персональный менеджер), как затраты на привилегии уровня tiers; для клуба без уровней подойдёт механика tiers с одним уровнем и min_spend 0

      3 проекта: корректных 3, с ошибками 0 (0 ошибок, 3 предупреждения)
      "
    `);
  });

  it('an error and its hint', async () => {
    const r = await runCli('simulate', 'fixtures/drafts/negative-rate.yaml');
    expect(r.stderr).toMatchInlineSnapshot(`
      "ошибка: fixtures/drafts/negative-rate.yaml — некорректный проект (1 ошибка):
        fixtures/drafts/negative-rate.yaml:7:11  mechanics[0].rate: ставка скидки: допустимо [0, 1); получено: -0.03
        подсказка: все замечания, включая предупреждения: loyalty-sim validate fixtures/drafts/negative-rate.yaml
      "
    `);
  });

  it('--help', async () => {
    const r = await runCli('validate', '--help');
    expect(r.stdout).toMatchInlineSnapshot(`
      "Использование: loyalty-sim validate [параметры] <draft...>

      проверить проекты программ: ошибки схемы со строкой:столбцом, затем
      предупреждения о дизайне программы

      Аргументы:
        draft              проекты программ (YAML)

      Параметры:
        --json             вывести { files: [ { file, valid, issues } ] } в JSON в
                           stdout
        --customers <csv>  CSV с признаками клиентов (код клиента, затем столбцы):
                           также предупредить о сегменте по столбцу, значения которого
                           нет ни у одного клиента (docs/model.ru.md, §13)
        --lang <lang>      язык сообщений, таблиц и справки: en или ru (по умолчанию —
                           из LC_ALL, LC_MESSAGES или LANG)
        -h, --help         показать справку по команде

      Примеры:
        $ loyalty-sim validate scenarios/*.yaml
        $ loyalty-sim validate program.yaml --json

      Коды выхода: 0 — все проекты корректны (предупреждения допустимы), 1 — в проекте есть ошибки, 2 — файл не прочитать.
      "
    `);
  });
});
