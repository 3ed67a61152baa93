import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';


const d = 'fixtures/drafts';

describe('loyalty-sim validate', () => {
  it('exits 0 on valid drafts, warnings included, and prints ok per clean file', async () => {
    const r = await run('validate', 'scenarios/wholesale-hybrid.yaml', `${d}/valid-minimal.yaml`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'scenarios/wholesale-hybrid.yaml  ok',
        `${d}/valid-minimal.yaml:2:1  warning  costs.monthly: no running costs are budgeted (costs.monthly and costs.per_member_monthly are 0): platform, staff and member communications are never free`,
        '    hint: budget costs.monthly (platform, staff) and costs.per_member_monthly (communications)',
        '',
        '2 drafts: 2 valid, 0 invalid (0 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 when any draft has an error, listing file:line:col, severity, path, message and hint', async () => {
    const r = await run('validate', `${d}/unknown-key.yaml`, 'scenarios/tiers.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${d}/unknown-key.yaml:7:5  error  mechanics[0].earn_per_curency: unknown key "earn_per_curency"\n    hint: did you mean "earn_per_currency"?`,
    );
    expect(r.stdout).toContain('2 drafts: 1 valid, 1 invalid (1 error, 0 warnings)');
  });

  it('exits 2 on a missing file, naming it on stderr with nothing on stdout', async () => {
    const r = await run('validate', 'scenarios/tiers.yaml', `${d}/does-not-exist.yaml`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/does-not-exist\.yaml: no such draft/);
  });

  it('--json prints only the CLI.md shape', async () => {
    const r = await run('validate', '--json', `${d}/pert-mode-outside.yaml`, `${d}/valid-hybrid.yaml`);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toEqual({
      files: [
        {
          file: `${d}/pert-mode-outside.yaml`,
          valid: false,
          issues: [
            {
              severity: 'error',
              path: 'effects.churn_reduction.pert.mode',
              line: 6,
              column: 47,
              message: 'pert mode (0.4) must lie between min (0.05) and max (0.3)',
              hint: 'order them min ≤ mode ≤ max',
            },
          ],
        },
        { file: `${d}/valid-hybrid.yaml`, valid: true, issues: [] },
      ],
    });
  });
});

// end to end through the built binary (npm test builds dist/ first)
describe('loyalty-sim validate, spawned with stdout piped', () => {
  const spawn = (...args: string[]) => {
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    return spawnSync(process.execPath, ['bin/loyalty-sim.js', 'validate', ...args], { encoding: 'utf8', env });
  };

  it('exit codes 0, 1 and 2, and no ANSI codes in piped output', () => {
    const ok = spawn('scenarios/rebate.yaml', `${d}/valid-with-warnings.yaml`);
    const bad = spawn(`${d}/unsorted-levels.yaml`);
    const missing = spawn('nope.yaml');
    expect([ok.status, bad.status, missing.status]).toEqual([0, 1, 2]);
    for (const r of [ok, bad, missing]) expect(`${r.stdout}${r.stderr}`).not.toMatch(/\u001b\[/);
    expect(bad.stdout).toContain(`${d}/unsorted-levels.yaml:10:34  error  mechanics[0].levels[2].min_spend:`);
  });

  it('--json output parses', () => {
    const r = spawn('--json', ...['alias-bomb', 'duplicate-key', 'valid-hybrid'].map((f) => `${d}/${f}.yaml`));
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).files.map((f: { valid: boolean }) => f.valid)).toEqual([false, false, true]);
  });
});
