/**
 * Issue 29 (the first hour, second pass): the cases where a command answered
 * wrongly without a word, each held with an input of our own.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';
import { smallDraft } from './small-draft.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-fh3-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 40 customers over 2023-01-01 … 2023-12-31, buying every few weeks. */
function smallHistory(): string {
  const lines = ['customer,date,amount'];
  for (let c = 0; c < 40; c++) {
    for (let d = c % 11; d < 365; d += 17 + (c % 5) * 9) {
      lines.push(`K${c},${new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10)},${100 + ((c * 37 + d) % 90)}`);
    }
  }
  lines.push('K0,2023-12-31,150');
  return `${lines.join('\n')}\n`;
}
const history = join(dir, 'sales.csv');
writeFileSync(history, smallHistory());

describe('fit --calibration-end outside the data', () => {
  it('after the last day: exit 2 with the data\'s range, no fit', async () => {
    const r = await run('fit', history, '--calibration-end', '2024-06-30');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the calibration end 2024-06-30 is after the data\'s last day 2023-12-31');
    expect(r.stderr).toContain('the data run from 2023-01-01 to 2023-12-31');
    expect(r.stdout).toBe('');
  });

  it('also with --json, with the file in its own field', async () => {
    const r = await run('fit', history, '--holdout-from', '2030-01-02', '--json');
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.stdout);
    expect(error.message).toContain('2030-01-01 is after');
    expect(error.file).toBe(history);
  });

  it('before the first day: exit 2 with the data\'s range', async () => {
    const r = await run('fit', history, '--calibration-end', '2022-06-30');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the data run from 2023-01-01 to 2023-12-31');
  });
});

describe('optimize --write when no design meets the constraints', () => {
  it('writes nothing and exits 1, saying why; the results are still printed', async () => {
    const draft = join(dir, 'small.yaml');
    writeFileSync(draft, smallDraft('Small'));
    const out = join(dir, 'best.yaml');
    // the launch cost alone is 1,000: no design costs nothing
    const r = await run('optimize', draft, '--vary', 'mechanics.discount.rate=0.01:0.05', '--constraint', 'programCost<=0', '--write', out, '--runs', '8', '--workers', '1', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${out} not written: no design met the constraints`);
    expect(existsSync(out)).toBe(false);
    const j = JSON.parse(r.stdout);
    expect(j.found).toBe(false);
    expect(j.written).toBeNull();
  }, 120_000);
});

describe('breakeven on a cost', () => {
  // a launch so dear that no monthly cost, not even 0, lets the program pay
  const dear = () => {
    const file = join(dir, 'dear.yaml');
    writeFileSync(file, smallDraft('Dear').replace('costs: { launch: 1000 }', 'costs: { launch: 100000000, monthly: 500 }'));
    return file;
  };

  it('sees at once that a cost only lowers profit: negative at 0 means no break-even, after 2 simulations', async () => {
    const r = await run('breakeven', dear(), '--solve', 'costs.monthly', '--runs', '8', '--workers', '1', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.value).toBeNull();
    expect(j.sign).toBe('negative');
    expect(j.evaluations.map((e: { value: number }) => e.value).sort()).toEqual([0, 500]);
  }, 120_000);

  it('says so in words', async () => {
    const r = await run('breakeven', dear(), '--solve', 'costs.monthly', '--runs', '8', '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No break-even: a cost only lowers profit, and mean net profit is negative already at costs.monthly = 0');
  }, 120_000);
});

describe('smaller: drafts that are not drafts, --set hints, --json places, --runs', () => {
  it('/dev/zero as a draft is refused at once (NUL bytes), not read to gigabytes', async () => {
    const r = await run('validate', '/dev/zero');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dev/zero is not a YAML draft: it holds binary data (NUL bytes)');
  });

  it('a text file over 1 MB is refused by its size', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(2 << 20)}\nname: x\n`);
    const r = await run('simulate', big);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${big} is not a YAML draft: it is larger than 1 MB`);
  });

  it('an invalid draft under --json has its file, line and column as fields; the text is not prefixed with them again', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'name: x\ncurrency: USD\nhorizon_months: 6\ngross_margin: 0.3\nparticipation: 1.2\n');
    const j = await run('simulate', bad, '--json');
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stdout).error).toMatchObject({ file: bad, line: 5, column: 16 });
    const t = await run('simulate', bad);
    expect(t.stderr.split('\n')[0]).toBe(`error: ${bad} is not a valid draft (1 error):`);
    // 1.2 is not "1.2%": the hint says what to write if it was meant in percent
    expect(t.stderr).toContain('(a share is a decimal no greater than 1; if 1.2 is meant in percent, write 0.012)');
  });

  it('--set gets the hints validate gives: did you mean, and the share hint', async () => {
    const typo = await run('simulate', 'scenarios/tiers.yaml', '--set', 'effects.frequency_uplift={ unifrom: { min: 0.05, max: 0.2 } }', '--runs', '2');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown distribution "unifrom"');
    expect(typo.stderr).toContain('hint: did you mean "uniform"?');
    const share = await run('simulate', 'scenarios/tiers.yaml', '--set', 'participation=1.2', '--runs', '2');
    expect(share.code).toBe(2);
    expect(share.stderr).toContain('hint: a share is a decimal no greater than 1; if 1.2 is meant in percent, write 0.012');
  });

  it('--runs 1e9 is too large, not "not a whole number"; 1.5 is not whole', async () => {
    const big = await run('simulate', 'scenarios/tiers.yaml', '--runs', '1e9');
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('1e9 is out of range (1 to 10000000)');
    const frac = await run('simulate', 'scenarios/tiers.yaml', '--runs', '1.5');
    expect(frac.stderr).toContain('"1.5" is not a whole number');
  });
});

describe('plurals', () => {
  it('one draft, one month, blocks of one run', async () => {
    const draft = join(dir, 'one.yaml');
    writeFileSync(draft, smallDraft('One'));
    const r = await run('compare', draft, '--runs', '4', '--horizon', '1', '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Comparing 1 draft (money in USD)');
    expect(r.stdout).toMatch(/ · 1 month · 4 runs each \(Latin hypercube; s\.e\. from 4 independent Latin hypercube blocks of 1 run\)/);
  }, 60_000);
});

describe('--sample not smaller than the base', () => {
  it('with a history: says all customers are simulated, and the totals are those of the whole base', async () => {
    const draft = join(dir, 'sample.yaml');
    writeFileSync(draft, smallDraft('Sample'));
    const big = await run('simulate', draft, '--history', history, '--annual-churn', '0.2±0.05', '--sample', '5000', '--runs', '4', '--workers', '1', '--json');
    expect(big.code).toBe(0);
    expect(big.stderr).toContain('--sample 5,000 is not smaller than the 40 customers there are');
    const none = await run('simulate', draft, '--history', history, '--annual-churn', '0.2±0.05', '--runs', '4', '--workers', '1', '--json');
    expect(none.stderr).not.toContain('--sample');
    // the flag did nothing, so the results are the unsampled run's
    expect(JSON.parse(big.stdout).metrics).toEqual(JSON.parse(none.stdout).metrics);
  });

  it('with a synthetic base, in Russian too', async () => {
    const draft = join(dir, 'sample-syn.yaml');
    writeFileSync(draft, smallDraft('Sample'));
    const r = await run('simulate', draft, '--sample', '1000000', '--runs', '4', '--workers', '1', '--lang', 'ru');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--sample 1[\s\u202f]000[\s\u202f]000 не меньше числа клиентов \(200\): моделируются все клиенты/);
  });
});

describe('--sample far smaller than the base', () => {
  it('7 synthetic customers standing for 10,000: a warning that names the scale and the way out; 1,000 or more: none', async () => {
    const draft = join(dir, 'sample-7.yaml');
    writeFileSync(draft, smallDraft('Seven').replace('count: 200', 'count: 10000'));
    const seven = await run('simulate', draft, '--sample', '7', '--runs', '4', '--workers', '1');
    expect(seven.code).toBe(0);
    expect(seven.stderr).toContain('--sample 7: a sample of 7 customers stands for all 10,000 (each counts 1,429 times)');
    expect(seven.stderr).toContain('simulate at least 1,000 (--sample 1000) or leave --sample out');
    const enough = await run('simulate', draft, '--sample', '1000', '--runs', '4', '--workers', '1');
    expect(enough.code).toBe(0);
    expect(enough.stderr).not.toContain('--sample');
    const ru = await run('simulate', draft, '--sample', '21', '--runs', '4', '--workers', '1', '--lang', 'ru');
    expect(ru.stderr).toMatch(/--sample 21: выборка из 21 клиента представляет всю базу из 10[\s\u202f]000: каждый клиент выборки считается за 476/);
  });

  it('a sample of a history\'s customers, and pilot plan --value\'s sample per run', async () => {
    const draft = join(dir, 'sample-h.yaml');
    writeFileSync(draft, smallDraft('Sampled'));
    const r = await run('simulate', draft, '--history', history, '--annual-churn', '0.2±0.05', '--sample', '7', '--runs', '4', '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--sample 7: a sample of 7 customers stands for all 40 (each counts 5.7 times)');
    const big = join(dir, 'value-10k.yaml');
    writeFileSync(big, smallDraft('Value').replace('count: 200', 'count: 10000'));
    const plan = await run('pilot', 'plan', '--history', history, '--group-size', '10', '--value', big, '--runs', '50', '--sample', '50');
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).toContain('--sample 50: a sample of 50 customers stands for all 10,000 (each counts 200 times)');
  }, 60_000);
});

describe('P(ROI > 0) where ROI is undefined', () => {
  it('a program that costs nothing in any run: P(ROI > 0) is a dash and null in --json, not 0 %', async () => {
    // no mechanic and no cost: program cost 0 in every run, so ROI = net / cost is undefined in each
    const draft = join(dir, 'free.yaml');
    writeFileSync(draft, smallDraft('Free').replace(/mechanics:\n  - type: discount\n    rate: [\d.]+\ncosts: \{ launch: 1000 \}\n/, 'mechanics: []\n'));
    const j = await run('simulate', draft, '--runs', '6', '--workers', '1', '--json');
    expect(j.code).toBe(0);
    const out = JSON.parse(j.stdout);
    expect(out.metrics.programCost.p95).toBe(0);
    expect(out.probabilities.roiPositive).toBeNull();
    const text = await run('simulate', draft, '--runs', '6', '--workers', '1');
    expect(text.stdout).toMatch(/P\(ROI > 0\) –/);
    expect(text.stdout).not.toMatch(/P\(ROI > 0\) 0\.0 %/);
  });
});

describe('--annual-churn far from what the history says', () => {
  it('fit says the two disagree, that the stated churn is the one simulated and how to let the history decide; a stated churn the data agree with gets no such line', async () => {
    // the bundled 1C export identifies BG/NBD dropout: 8.5 % ± 1.8 % a year on its own; the stated churn is held all the same
    const far = await run('fit', 'fixtures/examples/sales.csv', '--annual-churn', '0.2±0.05');
    expect(far.code).toBe(0);
    const both = far.stdout + far.stderr;
    expect(both).toMatch(/the churn you stated \(20\.0 % ± 5\.0 %\) and this history's own \(8\.5 % ± 1\.8 %\) disagree by 2\.2 standard deviations: the stated churn is what is simulated .*; drop --annual-churn to let the history decide/);
    expect(far.stdout).toMatch(/annual churn of active customers 20\.0 % ± 5\.0 % \(stated with --annual-churn and held: every run draws it from this range; the data alone say 8\.5 % ± 1\.8 %\)/);
    const json = JSON.parse((await run('fit', 'fixtures/examples/sales.csv', '--annual-churn', '0.2±0.05', '--json')).stdout).identification;
    expect(json).toMatchObject({ identified: true, prior: 'churn', priorShare: 1 });
    expect(json.churn).toBeCloseTo(0.2, 4);
    expect(json.dataChurn).toBeCloseTo(0.085, 3);
    expect(json.priorConflict).toBeCloseTo(2.16, 2);
    const near = await run('fit', 'fixtures/examples/sales.csv', '--annual-churn', '0.1±0.05');
    expect(near.code).toBe(0);
    expect(near.stdout + near.stderr).not.toContain('disagree by');
    const ru = await run('fit', 'fixtures/examples/sales.csv', '--annual-churn', '0,2±0,05', '--lang', 'ru');
    expect(ru.stdout + ru.stderr).toContain('расходятся на 2,2 стандартного отклонения: моделируется указанный отток');
  });
});

describe('pilot analyze: uneven terciles are said', () => {
  it('the bundled pilot cuts 1,479 / 504 / 992 (ties at the cuts) and says why', async () => {
    const r = await run('pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv', '--start', '2023-01-01', '--end', '2023-03-31', '--bootstrap', '50', '--permutations', '50');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The terciles are uneven (1,479 / 504 / 992 customers): many customers spent exactly the same before the pilot');
  });
});
