/**
 * `init --history` (issue 27, part 4): a draft fitted to the client's base,
 * whose every tier level and rebate bracket has members when the draft is
 * simulated on that same history, and which fails like every other command
 * on a wrong history, never touching an existing draft.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDraftFile } from '../../src/draft/load.js';
import { runCli } from './run-cli.js';

const SALES = 'fixtures/examples/sales.csv';
const SIM = ['--history', SALES, '--runs', '40', '--seed', '11', '--workers', '1', '--json'];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'loyalty-init-history-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('init --history', () => {
  it('fits the tiers template so that every level has members when simulated on that history', async () => {
    const file = join(dir, 'tiers.yaml');
    const r = await runCli('init', file, '--history', SALES, '--template', 'tiers', '--yes');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr + r.stdout).toContain('fitted to fixtures/examples/sales.csv');
    const text = readFileSync(file, 'utf8');
    expect((await checkDraftFile(file)).valid).toBe(true);
    // where each number came from: the file, its clients and the quantiles
    expect(text).toMatch(/currency: RUB +# the history has Russian column names/);
    expect(text).toMatch(/count: 292 +# the clients in the history/);
    expect(text).toMatch(/min_spend: \d+, discount: 0\.02 \} # P50 of the history's 12-month spend: [\d,]+ \(263 clients\)/);
    expect(text).toMatch(/min_spend: \d+ +# P90 of the history's 12-month spend/);
    // the reading flags, so the simulate line reads the file the same way
    expect(text).toContain("--customer 'Контрагент' --date");
    const levels = (parseDocument(text).toJS() as { mechanics: { type: string; levels: { min_spend: number }[] }[] }).mechanics[0]!.levels;
    expect(levels.map((l) => l.min_spend).every((v, i, a) => i === 0 || v > a[i - 1]!)).toBe(true);
    expect(levels[1]!.min_spend).not.toBe(150000);

    const sim = await runCli('simulate', file, ...SIM);
    expect(sim.code, sim.stderr).toBe(0);
    // the out-of-reach warning of threshold-fit.ts has nothing to say
    expect(sim.stderr).not.toMatch(/reach/);
    const mix = JSON.parse(sim.stdout).tierMix as { name: string; members: number; share: number }[];
    expect(mix.map((m) => m.name)).toEqual(['Silver', 'Gold', 'Platinum']);
    for (const m of mix) expect(m.share, m.name).toBeGreaterThan(0.05);
  }, 120_000);

  it('fits the rebate brackets so that each is the highest bracket reached by someone in the simulation', async () => {
    const file = join(dir, 'rebate.yaml');
    const r = await runCli('init', file, '--history', SALES, '--template', 'rebate', '--yes');
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/min_spend: \d+, rate: 0\.01 \} # P50 of the history's quarterly spend: [\d,]+ \([\d,]+ client-quarters\)/);
    const doc = parseDocument(text);
    const brackets = (doc.toJS() as { mechanics: { brackets: unknown[] }[] }).mechanics[0]!.brackets.length;
    expect(brackets).toBe(3);
    // The highest bracket reached applies to the whole quarter (docs/model.md §2): with every
    // rate 0 but bracket k's, rebates are paid only on quarters whose highest bracket is k.
    for (let k = 0; k < brackets; k++) {
      const variant = parseDocument(text);
      for (let j = 0; j < brackets; j++) variant.setIn(['mechanics', 0, 'brackets', j, 'rate'], j === k ? 0.01 : 0);
      const vfile = join(dir, `rebate-${k}.yaml`);
      writeFileSync(vfile, variant.toString());
      const sim = await runCli('simulate', vfile, ...SIM);
      expect(sim.code, sim.stderr).toBe(0);
      expect(sim.stderr).not.toMatch(/reach/);
      expect(JSON.parse(sim.stdout).metrics.rebates.mean, `bracket ${k + 1}`).toBeGreaterThan(0);
    }
  }, 180_000);

  it('gives the points threshold the median client reaches within the expiry, and writes Russian comments in Russian', async () => {
    const file = join(dir, 'points.yaml');
    const r = await runCli('--lang', 'ru', 'init', file, '--history', SALES, '--template', 'points', '--yes');
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/threshold: \d+ +# типичный клиент набирает [\d ]+ балл(а|ов)? в месяц: порог — за 6 из 12 мес\. до сгорания/);
    expect(text).toContain('Проект составлен командой `loyalty-sim init --history` по fixtures/examples/sales.csv: 292 клиента');
    expect(text).toContain('с 01.03.2022 по 29.02.2024');
    const check = await checkDraftFile(file);
    expect(check.valid).toBe(true);
    // the lint of PROGRAM-FORMAT.md: the median member reaches the threshold before points expire
    expect(check.issues.map((i) => i.message).join('\n')).not.toMatch(/сгор|expire/);
  });

  it('the Russian example is what init --from makes of it on its 1C export: fitting it again changes nothing', async () => {
    const example = 'scenarios/ru/distributor.yaml';
    const file = join(dir, 'distributor.yaml');
    writeFileSync(file, readFileSync(example, 'utf8'));
    const r = await runCli(
      '--lang', 'ru', 'init', file, '--from', file, '--force', '--yes', '--history', 'scenarios/ru/sales-1c.csv',
      '--customer', 'Контрагент', '--date', 'Дата', '--amount', 'Сумма', '--order', 'Документ',
    );
    expect(r.code, r.stderr).toBe(0);
    // the simulate line names the draft written, and wraps with the length of its path
    const flat = (t: string): string => t.replace(/ \\\n# +/g, ' ');
    expect(flat(readFileSync(file, 'utf8')).replaceAll(file, example)).toBe(flat(readFileSync(example, 'utf8')));
    // and its levels are within reach: the bracket of quarterly and the level of 12-month spend at P90
    expect(readFileSync(example, 'utf8')).toMatch(/min_spend: \d+ +# P90 закупок за 12 месяцев/);
    expect(readFileSync(example, 'utf8')).toMatch(/min_spend: \d+, rate: 0\.02 \} # P90 закупок за квартал/);
  });

  it('--from and --template together are refused', async () => {
    const r = await runCli('init', join(dir, 'both.yaml'), '--from', 'scenarios/tiers.yaml', '--template', 'tiers', '--yes');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--template or --from/);
  });

  it('a missing history or one without customers is the usual clear error (exit 2), and an existing draft is never overwritten', async () => {
    const file = join(dir, 'kept.yaml');
    writeFileSync(file, 'name: mine\n');
    const missing = await runCli('init', join(dir, 'new.yaml'), '--history', join(dir, 'nope.csv'), '--yes');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv/);
    expect(missing.stderr).toMatch(/hint:/i);
    expect(existsSync(join(dir, 'new.yaml'))).toBe(false);

    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, 'customer_id,date,amount\n');
    for (const args of [[], ['--force']]) {
      const r = await runCli('init', file, '--history', empty, '--template', 'tiers', '--yes', ...args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/empty\.csv|exists/);
      expect(readFileSync(file, 'utf8')).toBe('name: mine\n');
    }
    // every client spent the same: no quantile sets Gold apart from Platinum
    const flat = join(dir, 'flat.csv');
    writeFileSync(flat, 'customer_id,date,amount\n' + ['a', 'b', 'c'].flatMap((c) => [`${c},2024-03-01,1000`, `${c},2024-06-01,1000`]).join('\n') + '\n');
    const same = await runCli('init', join(dir, 'flat.yaml'), '--history', flat, '--template', 'tiers', '--yes');
    expect(same.code, same.stderr).toBe(2);
    expect(same.stderr).toMatch(/too few distinct values/);
    expect(existsSync(join(dir, 'flat.yaml'))).toBe(false);
    // a good history does not overwrite without --force either
    const good = await runCli('init', file, '--history', SALES, '--template', 'tiers', '--yes');
    expect(good.code).toBe(2);
    expect(good.stderr).toMatch(/already exists/);
    expect(readFileSync(file, 'utf8')).toBe('name: mine\n');
  });
});
