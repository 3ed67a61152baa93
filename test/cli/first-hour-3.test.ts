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
