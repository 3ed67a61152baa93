/**
 * Issue 12, "the first hour with real files": inputs a new user really
 * gives end in exit 2 with a plain message naming the file and a hint, never
 * in an internal error or a stack trace; with --json the error is JSON on stdout.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as run, type CliResult } from './run-cli.js';
import { smallDraft } from './small-draft.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-first-hour-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const draft = file('small.yaml', smallDraft('Small'));

/** Exit 2, a message naming `where` and a hint, and nothing that looks like a crash. */
function expectUserError(r: CliResult, where: string, message: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  // the file in the error line, once (issue 29), wherever the sentence puts it
  const line = r.stderr.split('\n').find((l) => l.startsWith('error: ')) ?? '';
  expect(line).toContain(where);
  if (where) expect(line.split(where)).toHaveLength(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/\n {2}hint: /);
  expect(r.stderr + r.stdout).not.toMatch(/internal error|RangeError|\n\s+at /);
}

describe('histories where no customer repeats', () => {
  const oneRow = file('one-row.csv', 'customer_id,date,amount\nc1,2024-01-05,10\n');
  const oneDay = file('one-day.csv', ['customer_id,date,amount', ...Array.from({ length: 500 }, (_, i) => `c${i},2024-01-05,${10 + (i % 7)}`)].join('\n'));
  const same = file('same.csv', ['customer_id,date,amount', ...Array.from({ length: 20_000 }, () => 'c1,2024-01-05,10')].join('\n'));

  it.each([
    ['one row', oneRow],
    ['500 customers on one day', oneDay],
    ['identical rows', same],
  ])('%s: fit and simulate --history exit 2 naming the file', async (_, csv) => {
    expectUserError(await run('fit', csv), csv, /no customer in .* buys again on a later day/);
    expectUserError(await run('simulate', draft, '--history', csv, '--runs', '4', '--workers', '1'), csv, /buys again/);
  });

  it('an amount of 1e308 is a bad amount, not a worker crash', async () => {
    const rows = ['customer_id,date,amount', 'c1,2024-01-05,1e308'];
    for (let i = 0; i < 200; i++) rows.push(`c${i % 20},2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')},${20 + i}`);
    const csv = file('huge.csv', rows.join('\n'));
    expectUserError(await run('simulate', draft, '--history', csv, '--runs', '4', '--workers', '1', '--max-skipped', '0'), csv, /1 of 201 rows .* cannot be read[\s\S]*bad amount/);
    // one year of 20 customers cannot identify dropout: state the churn, as the refusal says
    const through = await run('simulate', draft, '--history', csv, '--annual-churn', '0.15±0.05', '--runs', '4', '--workers', '1', '--json');
    expect(through.code, through.stderr).toBe(0);
    expect(through.stderr).toMatch(/warning: .*huge\.csv: skipped 1 row \(bad amount\), e\.g\. .*huge\.csv:2/);
  });
});

describe('output and input paths that are folders', () => {
  const folder = join(dir, 'a-folder');
  mkdirSync(folder);
  it.each([
    ['simulate --csv', ['simulate', draft, '--runs', '4', '--workers', '1', '--csv', folder]],
    ['report --html', ['report', draft, '--runs', '4', '--workers', '1', '--html', folder, '--force']],
    ['report --xlsx', ['report', draft, '--runs', '4', '--workers', '1', '--xlsx', folder]],
  ])('%s pointing at a folder exits 2 naming it', async (_, args) => {
    expectUserError(await run(...args), folder, /it is a folder/);
  });

  it('pilot plan --assign pointing at a folder exits 2 naming it', async () => {
    expectUserError(await run('pilot', 'plan', '--history', 'fixtures/examples/after.csv', '--assign', folder, '--force'), folder, /it is a folder/);
  });

  it('a history that is a folder exits 2 naming it', async () => {
    expectUserError(await run('profile', folder), folder, /is not a file/);
  });
});

describe('--json errors are JSON on stdout (exit 2)', () => {
  it('a bad history row under --strict: message, file, line, column and hint', async () => {
    const r = await run('profile', 'fixtures/history/broken_bad_date.csv', '--strict', '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        message: 'bad date "31.02.1997" in column "Дата" (read as DD.MM.YYYY)',
        file: 'fixtures/history/broken_bad_date.csv',
        line: 4,
        column: 2,
        hint: 'fix the date or pass --date-format; without --strict such rows are skipped and counted',
      },
    });
    // people still read it on stderr
    expect(r.stderr).toContain('error: fixtures/history/broken_bad_date.csv:4:2: bad date');
  });

  it('a missing file and a usage error: null where unknown', async () => {
    const missing = await run('simulate', join(dir, 'nope.yaml'), '--json');
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).error).toMatchObject({ file: join(dir, 'nope.yaml'), column: null });
    const usage = await run('simulate', draft, '--runs', 'many', '--json');
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout).error).toEqual({ message: expect.stringMatching(/--runs/), file: null, line: null, column: null, hint: 'add --help for usage' });
  });

  it('without --json stdout stays empty on error', async () => {
    const r = await run('profile', 'fixtures/history/broken_bad_date.csv', '--strict');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('limits in drafts', () => {
  it('costs.launch: 1e308 is an error with line:column, not "Program cost 0"', async () => {
    const f = file('huge-cost.yaml', smallDraft('Huge').replace('costs: { launch: 1000 }', 'costs: { launch: 1e308 }'));
    const r = await run('validate', f);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/costs\.launch.*must be between -1e12 and 1e12|must be between -1e12 and 1e12/);
    expectUserError(await run('simulate', f, '--runs', '4', '--workers', '1'), f, /between -1e12 and 1e12/);
  });

  it('a synthetic population with thousands of orders per customer-month is an error, not a hang', async () => {
    const f = file('busy.yaml', smallDraft('Busy').replace('{ shape: 0.8, rate: 2.0 }', '{ shape: 1e9, rate: 2.0 }'));
    expectUserError(await run('simulate', f, '--runs', '4', '--workers', '1'), f, /mean orders per customer-month .* is above 1000/);
  });
});

describe('user text in the terminal', () => {
  it('a draft name with escape sequences reaches neither stdout nor stderr raw when piped', async () => {
    const f = file('escape.yaml', smallDraft('"Evil\\e]0;pwned\\a\\e[2J\\e[31mRed\\u0007\\u009b"'));
    const r = await run('simulate', f, '--runs', '4', '--workers', '1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Evil');
    // eslint-disable-next-line no-control-regex
    expect(r.stdout + r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it("validate does not echo a binary file's control bytes", async () => {
    const f = join(dir, 'binary.yaml');
    writeFileSync(f, Buffer.concat([Buffer.from([0x00, 0x01, 0x02, 0x1b, 0x5b, 0x32, 0x4a, 0x07, 0xc2, 0x9b, 0xff, 0xfe]), Buffer.from(' garbage\n')]));
    const r = await run('validate', f);
    expect([1, 2]).toContain(r.code);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout + r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });
});

describe('--set PATH=VALUE: what-if without editing the file', () => {
  const json = async (...args: string[]) => {
    const r = await run(...args, '--runs', '6', '--workers', '1', '--json');
    expect(r.code, r.stderr).toBe(0);
    return { j: JSON.parse(r.stdout), stderr: r.stderr };
  };

  it('a number and a distribution in YAML flow syntax change the result; the header names them', async () => {
    const base = await json('simulate', draft);
    const set = await json('simulate', draft, '--set', 'costs.launch=500000', '--set', 'effects.frequency_uplift={ triangular: { min: 0.1, mode: 0.2, max: 0.3 } }');
    expect(set.j.name).toBe('Small [--set costs.launch=500000, effects.frequency_uplift={ triangular: { min: 0.1, mode: 0.2, max: 0.3 } }]');
    expect(set.stderr).toContain('(--set; the file is unchanged)');
    expect(set.j.metrics.programCost.mean - base.j.metrics.programCost.mean).toBeGreaterThan(400_000);
    const text = await run('simulate', draft, '--runs', '6', '--workers', '1', '--set', 'costs.launch=500000');
    expect(text.stdout.split('\n')[0]).toContain('[--set costs.launch=500000]');
  });

  it.each(['compare', 'sweep', 'tornado', 'breakeven', 'report'])('%s takes --set too', async (cmd) => {
    const extra: Record<string, string[]> = {
      compare: [draft],
      sweep: ['--vary', 'mechanics.discount.rate=0.02:0.04:0.02'],
      tornado: [],
      breakeven: ['--solve', 'costs.launch'],
      report: ['--html', join(dir, 'set-report.html'), '--force'],
    };
    const r = await run(cmd, draft, ...extra[cmd]!, '--runs', '6', '--workers', '1', '--set', 'costs.monthly=-1');
    expectUserError(r, '', /--set costs\.monthly=-1 makes the draft invalid: costs\.monthly/);
  });

  it('a wrong path gets a did-you-mean; a value that is not a number or distribution is refused', async () => {
    expectUserError(await run('simulate', draft, '--set', 'costs.lanch=5'), '', /no field at costs\.lanch/);
    expect((await run('simulate', draft, '--set', 'costs.lanch=5')).stderr).toContain('hint: did you mean costs.launch?');
    expectUserError(await run('simulate', draft, '--set', 'costs.launch=lots'), '', /"lots" is neither a number nor a distribution/);
    expectUserError(await run('simulate', draft, '--set', 'costs.launch'), '', /is not PATH=VALUE/);
  });
});

describe('pilot plan says when a plan cannot be run', () => {
  it('more customers per group than the base has: feasible false, eligible, and a warning with the date', async () => {
    const r = await run('pilot', 'plan', '--history', 'fixtures/examples/sales.csv', '--mde', '1%', '--json');
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.feasible).toBe(false);
    expect(j.eligible).toBeGreaterThan(100);
    expect(2 * j.perGroup).toBeGreaterThan(j.eligible);
    expect(r.stderr).toMatch(/warning: infeasible: the plan needs 2 × [\d,]+ customers but only \d+ are eligible at the history's end \(2024-02-29\)/);
    const ok = JSON.parse((await run('pilot', 'plan', '--history', 'fixtures/examples/sales.csv', '--group-size', '50', '--json')).stdout);
    expect(ok.feasible).toBe(true);
  });
});

describe('--csv for the locale\'s spreadsheet', () => {
  it('under ru-RU: a BOM, ";" between fields and decimal commas; en-US stays RFC 4180', async () => {
    const { readFileSync } = await import('node:fs');
    const ru = join(dir, 'runs-ru.csv');
    const en = join(dir, 'runs-en.csv');
    expect((await run('simulate', draft, '--runs', '4', '--workers', '1', '--locale', 'ru-RU', '--csv', ru)).code).toBe(0);
    expect((await run('simulate', draft, '--runs', '4', '--workers', '1', '--csv', en)).code).toBe(0);
    const r = readFileSync(ru, 'utf8');
    const e = readFileSync(en, 'utf8');
    expect(r.startsWith('\ufeffRun;')).toBe(true);
    expect(e.startsWith('Run,')).toBe(true);
    const rRow = r.split('\n')[1]!.split(';');
    const eRow = e.split('\n')[1]!.split(',');
    expect(rRow).toHaveLength(eRow.length);
    expect(rRow.map((v) => v.replace(',', '.'))).toEqual(eRow);
    expect(rRow.some((v) => /^-?\d+,\d+$/.test(v))).toBe(true);
  });
});
