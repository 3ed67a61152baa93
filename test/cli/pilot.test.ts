import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';
import { checkDraftText } from '../../src/draft/load.js';
import { isoDay } from '../../src/history/format.js';
import { syntheticPilot } from '../pilot/synthetic.js';
import { smallDraft } from './small-draft.js';


/** A history CSV of a synthetic pilot (true frequency uplift 30 %), its assignment, and a draft. */
function files() {
  const dir = mkdtempSync(join(tmpdir(), 'pilot-'));
  const s = syntheticPilot(11, { customers: 600, frequencyUplift: 0.3, checkUplift: 0 });
  const lines = ['customer_id,date,amount'];
  for (const c of s.customers.values()) for (let k = 0; k < c.days.length; k++) lines.push(`${c.id},${isoDay(c.days[k]!)},${c.net[k]!.toFixed(2)}`);
  writeFileSync(join(dir, 'h.csv'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'g.csv'), `customer_id,group,stratum\n${s.rows.map((r) => `${r.id},${r.group},${r.stratum}`).join('\n')}\n`);
  // without the scenario's ramp (and its wear-off): these tests read the pilot's effect as full size; the ramp test adds one
  const draft = readFileSync(new URL('../../scenarios/points-only.yaml', import.meta.url), 'utf8').replace(/^ {2}(ramp_months|half_life_months): .*\n/gm, '');
  writeFileSync(join(dir, 'p.yaml'), draft);
  return { dir, s, draft };
}

describe('loyalty-sim pilot', () => {
  it('plan --json has the documented keys; --assign writes the groups and refuses to overwrite', async () => {
    const { dir } = files();
    const h = join(dir, 'h.csv');
    const r = await run('pilot', 'plan', '--history', h, '--metric', 'orders', '--months', '2', '--mde', '20%', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    for (const k of ['metric', 'months', 'mde', 'alpha', 'power', 'perGroup', 'perGroupCuped', 'varianceReduction', 'baselineMean', 'baselineSd']) expect(j).toHaveProperty(k);
    expect(j.perGroupCuped).toBeLessThanOrEqual(j.perGroup);

    const out = join(dir, 'new.csv');
    const a = await run('pilot', 'plan', '--history', h, '--group-size', '100', '--assign', out, '--seed', '5');
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('Detectable effect');
    expect(a.stdout).toContain('Std. difference');
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('customer_id,group,stratum');
    expect(rows.length).toBe(201);
    const again = await run('pilot', 'plan', '--history', h, '--group-size', '100', '--assign', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('analyze --json has the documented shape, and --write-effects updates the draft after printing old → new', async () => {
    const { dir, s } = files();
    const draft = join(dir, 'p.yaml');
    const r = await run(
      'pilot', 'analyze', '--history', join(dir, 'h.csv'), '--assignment', join(dir, 'g.csv'),
      '--start', isoDay(s.start), '--end', isoDay(s.end), '--bootstrap', '100', '--permutations', '100', '--json', '--write-effects', draft,
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j.groups)).toEqual(['treatment', 'control']);
    for (const k of ['frequencyUplift', 'checkUplift', 'churnReduction', 'revenuePerCustomer']) {
      for (const f of ['estimate', 'ciLow', 'ciHigh', 'pValue', 'method']) expect(j.effects[k]).toHaveProperty(f);
    }
    // a 30 % true uplift on 300 per group is seen
    expect(j.effects.frequencyUplift.ciLow).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/effects\.frequency_uplift: \{ triangular: \{ min: 0\.03, mode: 0\.1, max: 0\.2 \} \} → \{ normal: \{ mean: /);
    const text = readFileSync(draft, 'utf8');
    const check = checkDraftText(text, draft);
    expect(check.valid).toBe(true);
    // issue 22: what is written is the model-scale fit, rounded to 4 significant digits
    const fu = check.draft!.effects.frequency_uplift as { normal: { mean: number; sd: number } };
    expect(fu.normal.mean).toBe(Number(j.model.frequencyUplift.mean.toPrecision(4)));
    expect(fu.normal.sd).toBe(Number(j.model.frequencyUplift.sd.toPrecision(4)));
    expect(text).toContain('# on members; uncertain, so distributions');
    // issue 14: the sample-ratio checks and the spend terciles
    for (const k of ['expected', 'observed', 'pValue', 'mismatch']) {
      expect(j.sampleRatio).toHaveProperty(k);
      expect(j.sampleRatio.present).toHaveProperty(k);
    }
    expect(j.sampleRatio.mismatch).toBe(false);
    expect(j.bySpend.map((t: { tercile: string }) => t.tercile)).toEqual(['light', 'medium', 'heavy']);
    // churn on the model's scale, and every sentence about it made from the file's numbers (issue 22 part 3)
    const churn = check.draft!.effects.churn_reduction as { normal: { mean: number; sd: number } };
    expect(churn.normal.sd).toBe(Number(j.model.churnReduction.sd.toPrecision(4)));
    expect(r.stderr).toContain(`churn_reduction: normal(mean ${churn.normal.mean}, sd ${churn.normal.sd})`);
    expect(r.stderr).toContain(`frequency_uplift: normal(mean ${fu.normal.mean}, sd ${fu.normal.sd})`);
    expect(j.written.notes.join('\n')).toContain(`churn_reduction: normal(mean ${churn.normal.mean}, sd ${churn.normal.sd})`);
  }, 120_000);

  it("--write-effects with effects.ramp_months tests the draft's ramp against the months and writes the fitted one, never × the assumed ramp", async () => {
    const { dir, s, draft } = files();
    const file = join(dir, 'ramp.yaml');
    writeFileSync(file, draft.replace(/^effects:.*$/m, (line) => `${line}\n  ramp_months: 4`));
    const r = await run(
      'pilot', 'analyze', '--history', join(dir, 'h.csv'), '--assignment', join(dir, 'g.csv'),
      '--start', isoDay(s.start), '--end', isoDay(s.end), '--bootstrap', '100', '--permutations', '100', '--json', '--write-effects', file,
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.model.draftRamp.rampMonths).toBe(4);
    expect(typeof j.model.draftRamp.supported).toBe('boolean');
    const written = checkDraftText(readFileSync(file, 'utf8'), file).draft!.effects;
    expect(written.ramp_months).toBe(j.model.fittedRamp);
    const fu = written.frequency_uplift as { normal: { mean: number } };
    expect(fu.normal.mean).toBe(Number(j.model.frequencyUplift.mean.toPrecision(4)));
    expect(r.stderr).toContain(`effects.ramp_months: 4 → ${j.model.fittedRamp}`);
  }, 120_000);

  it('an assignment none of whose customers is in the history is an error that says so (exit 2)', async () => {
    const { dir, s } = files();
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'customer_id,group,stratum\nx1,treatment,a\nx2,control,a\nx3,treatment,a\nx4,control,a\n');
    const r = await run('pilot', 'analyze', '--history', join(dir, 'h.csv'), '--assignment', other, '--start', isoDay(s.start), '--end', isoDay(s.end));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`none of the 4 customers in ${other} is in the history ${join(dir, 'h.csv')}`);
    expect(r.stderr).toMatch(/same customer_id/);
  });

  it('analyze --interim gives looks with boundary, statistic and decision; --cap is reported', async () => {
    const { dir, s } = files();
    const base = ['pilot', 'analyze', '--history', join(dir, 'h.csv'), '--assignment', join(dir, 'g.csv'), '--start', isoDay(s.start)];
    const r = await run(...base, '--end', isoDay(s.end), '--interim', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.looks).toHaveLength(13);
    for (const l of j.looks) for (const k of ['boundary', 'statistic', 'decision', 'informationFraction']) expect(l).toHaveProperty(k);
    expect(j.looks[0].boundary).toBeGreaterThan(j.looks.at(-1).boundary);
    const text = await run(...base, '--end', isoDay(s.end), '--interim');
    expect(text.stdout).toContain('|z| to stop');
    const noEnd = await run(...base, '--interim');
    expect(noEnd.code).toBe(2);
    expect(noEnd.stderr).toMatch(/--interim needs --end/);
    const capped = await run(...base, '--cap', '99%', '--bootstrap', '50', '--permutations', '50', '--json');
    expect(capped.code).toBe(0);
    expect(JSON.parse(capped.stdout).capping.percentile).toBe(0.99);
    const bad = await run(...base, '--cap', '20%');
    expect(bad.code).toBe(2);
  });

  it('plan prints the look schedule; --value gives evpi and pilots', async () => {
    const { dir } = files();
    writeFileSync(join(dir, 'small.yaml'), smallDraft('small').replace('horizon_months: 6', 'horizon_months: 12').replace('launch: 1000', 'launch: 20000'));
    const r = await run('pilot', 'plan', '--history', join(dir, 'h.csv'), '--group-size', '100', '--value', join(dir, 'small.yaml'), '--runs', '60', '--sample', '100', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.looks.at(-1).informationFraction).toBe(1);
    for (const e of j.value.evpi) expect(Object.keys(e)).toEqual(['input', 'value']);
    expect(j.value.evpi[0].input).toBe('effects.frequency_uplift');
    expect(j.value.pilots.map((p: { perGroup: number }) => p.perGroup)).toEqual([25, 50, 100, 200, 400, 100, 100]);
    for (const p of j.value.pilots) for (const k of ['perGroup', 'months', 'value']) expect(p).toHaveProperty(k);
    expect(j.value.recommendation).toMatch(/^Recommendation: /);
    const text = await run('pilot', 'plan', '--history', join(dir, 'h.csv'), '--group-size', '100');
    expect(text.stdout).toContain('Look schedule');
  }, 60_000);

  it('analyze prints the effects table and one statement per effect', async () => {
    const { dir, s } = files();
    const r = await run('pilot', 'analyze', '--history', join(dir, 'h.csv'), '--assignment', join(dir, 'g.csv'), '--start', isoDay(s.start), '--bootstrap', '100', '--permutations', '100');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Order frequency: \+[\d.]+% \(95% CI .*\): distinguishable from zero/);
    const statements = r.stdout.split('\n').filter((l) => /^(Order frequency|Average check|Revenue per customer): .*distinguishable from zero at alpha 0\.05/.test(l));
    expect(statements.length).toBe(3);
    expect(r.stdout).toContain('difference-in-differences');
    // the model-scale effects: a sentence each on how sure, the month-by-month chart, the ramp
    const sure = r.stdout.split('\n').filter((l) => /^(Order frequency \(λ|Average check \(×|Dropout hazard \(×).*P\(> 0\) = /.test(l));
    expect(sure.length).toBe(3);
    expect(r.stdout).toContain('Month by month');
    expect(r.stdout).toMatch(/│█+/);
    expect(r.stdout).toMatch(/^Ramp: /m);
  });
});
