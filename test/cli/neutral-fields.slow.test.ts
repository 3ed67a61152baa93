/**
 * MODEL.md §8–12: a draft that sets none of the new fields simulates exactly
 * as the same draft with a block of neutral new fields, byte for byte in
 * `simulate --json`, for every bundled scenario and valid fixture. Any new
 * draw on stream A, or any arithmetic that a neutral value does not leave
 * exactly unchanged, shows up here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { METRIC_LABELS } from '../../src/report/metric-labels.js';

const BIN = new URL('../../bin/loyalty-sim.js', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const HISTORY = join(ROOT, 'fixtures/history/cdnow_sample.csv');
const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-neutral-'));
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

/**
 * The same draft with every §8–11 field it leaves out present at its neutral
 * value (MODEL.md §12). Fields the draft sets keep their values (the bundled
 * scenarios use the behaviour), so only the absent ones are tested here.
 */
function withNeutralFields(text: string): string {
  const d = parse(text) as Record<string, any>;
  d.mechanics = d.mechanics ?? [];
  const paymentDays = d.mechanics.some((m: any) => m.type === 'tiers' && m.levels.some((l: any) => (l.extra_payment_days ?? 0) > 0));
  if (!paymentDays) d.cost_of_capital_annual ??= 0.3;
  d.enrolment = { eligible_top_share: 1, selection: 0, months: 1, ...(d.enrolment ?? {}) };
  d.effects = { ramp_months: 0, long_run_share: 1, by_spend: { light: 1, medium: 1, heavy: 1 }, ...(d.effects ?? {}) };
  if (d.effects.reward_elasticity === undefined) Object.assign(d.effects, { reward_elasticity: 0, reference_reward_rate: 0.05 });
  if (d.customers?.synthetic) d.customers.synthetic.warm_start ??= false;
  for (const m of d.mechanics) {
    if (m.type === 'rebate' || m.type === 'tiers') {
      m.push ??= 0;
      m.reach ??= 0.2;
      m.pull_forward ??= 0;
    }
    if (m.type === 'tiers') for (const l of m.levels) l.extra_payment_days ??= 0;
    // MODEL.md §14: partners paying nothing
    if (m.type === 'points') {
      m.partner_funded_share ??= 0;
      m.partner_fee_per_point ??= 0;
    }
  }
  if (!d.mechanics.some((m: any) => m.type === 'fee')) d.mechanics.push({ type: 'fee', monthly: 0, yearly: 0 });
  if (!d.mechanics.some((m: any) => m.type === 'referral')) d.mechanics.push({ type: 'referral', rate: 0, bonus_referrer: 1000, organic_share: 0.5 });
  return stringify(d);
}

const drafts = [
  ...readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => join(ROOT, 'scenarios', f)),
  ...readdirSync(join(ROOT, 'fixtures/drafts')).filter((f) => f.startsWith('valid')).map((f) => join(ROOT, 'fixtures/drafts', f)),
];

describe('neutral §8–11 fields change nothing', () => {
  it.each(drafts.map((f) => [basename(f), f]))('%s: simulate --json is byte-identical with a block of neutral new fields', (_name, file) => {
    const neutral = join(dir, `neutral-${basename(file)}`);
    writeFileSync(neutral, withNeutralFields(readFileSync(file, 'utf8')));
    const hasCustomers = (parse(readFileSync(file, 'utf8')) as { customers?: unknown }).customers !== undefined;
    const extra = hasCustomers ? ['--horizon', '12'] : ['--history', HISTORY, '--sample', '300'];
    const run = (f: string, workers: string) => {
      const r = cli('simulate', f, '--runs', '3', '--seed', '9', '--workers', workers, '--json', ...extra);
      expect(r.status, r.stderr).toBe(0);
      return r.stdout.replace(JSON.stringify(f), '"DRAFT"');
    };
    const plain = run(file, '1');
    expect(run(neutral, '2')).toBe(plain);
    const metrics = JSON.parse(plain).metrics;
    for (const k of ['observedMemberGap', 'causalMemberUplift', 'pointsRedeemed', 'pointsExpired', 'pointsForfeited', 'pointsOutstanding', 'effectiveRedemptionShare', 'feeIncome', 'referredCustomers', 'referralRevenue', 'referralBonuses', 'paymentTermsCost'])
      expect(metrics).toHaveProperty(k);
  }, 120000);
});

describe('simulate --csv', () => {
  it('has a column for every new metric', () => {
    const csv = join(dir, 'runs.csv');
    const r = cli('simulate', join(ROOT, 'bench/all-features.yaml'), '--runs', '2', '--horizon', '6', '--workers', '1', '--csv', csv, '--force');
    expect(r.status, r.stderr).toBe(0);
    const header = readFileSync(csv, 'utf8').split('\n')[0]!.split(',');
    // the CSV's header names are the tables' labels (issue 12), one per metric key
    for (const k of ['observedMemberGap', 'causalMemberUplift', 'pointsRedeemed', 'pointsExpired', 'pointsForfeited', 'pointsOutstanding', 'effectiveRedemptionShare', 'feeIncome', 'referredCustomers', 'referralRevenue', 'referralBonuses', 'paymentTermsCost', 'actionPoints', 'actionValue', 'earlyPaymentBenefit', 'partnerFeeIncome', 'partnerFunding'] as const)
      expect(header.map((h) => h.replace(/^"|"$/g, ''))).toContain(METRIC_LABELS[k]);
  }, 120000);
});
