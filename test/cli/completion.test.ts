/**
 * Shell completion: the scripts for bash, zsh and fish are generated, and
 * bash completion is driven the way bash does it (COMP_WORDS, COMP_CWORD,
 * the completion function, COMPREPLY) against the built CLI. bash-completion's
 * _get_comp_words_by_ref is stood in for by a two-line shim, as the test
 * machine need not have that package.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const BIN = new URL('../../bin/loyalty-sim.js', import.meta.url).pathname;

/** What bash offers for each line of words typed so far (the last word of a line being completed); one bash, the script sourced once. */
function bashComplete(lines: string[][]): string[][] {
  const calls = lines.map((words) => `offer ${words.map((w) => `'${w}'`).join(' ')}`).join('\n');
  const script = `
loyalty-sim() { node "$BIN" "$@"; }
_get_comp_words_by_ref() { cur="\${COMP_WORDS[COMP_CWORD]}"; prev="\${COMP_WORDS[COMP_CWORD-1]}"; words=("\${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
source <(loyalty-sim completion bash)
offer() { COMP_WORDS=(loyalty-sim "$@"); COMP_CWORD=$#; COMPREPLY=(); __loyalty_sim_complete 2>/dev/null; echo "\${COMPREPLY[*]}"; }
${calls}`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, BIN } });
  expect(r.status).toBe(0);
  return r.stdout.trimEnd().split('\n').map((l) => l.split(' ').filter((w) => w !== ''));
}

const script = (shell: string) => spawnSync(process.execPath, [BIN, 'completion', shell], { encoding: 'utf8' });

describe('loyalty-sim completion', () => {
  it.each([
    ['bash', 'complete -F __loyalty_sim_complete loyalty-sim'],
    ['zsh', '#compdef loyalty-sim'],
    ['fish', 'complete -c loyalty-sim'],
  ])('prints a %s script that calls back loyalty-sim complete', (shell, marker) => {
    // spawned: the library writes the script with console.log, which vitest would take over in-process
    const r = script(shell);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(marker);
    expect(r.stdout).toContain('loyalty-sim complete --');
  }, 60_000);

  it('an unknown shell is bad usage', async () => {
    const r = await runCli('completion', 'tcsh');
    expect(r.code).toBe(2);
  });

  it('bash completes a command, a flag, a flag value, a draft file and a draft path for --vary and --solve', () => {
    expect(
      bashComplete([
        ['sim'],
        ['simulate', 'scenarios/tiers.yaml', '--ru'],
        ['init', '--template', ''],
        ['sweep', 'scenarios/tiers.yaml', '--vary', 'mechanics.tiers.levels.Gold'],
        ['breakeven', 'scenarios/discount-only.yaml', '--solve', 'effects.'],
        ['simulate', 'scenarios/ti'],
      ]),
    ).toEqual([
      ['simulate'],
      ['--runs'],
      ['points', 'discount', 'tiers', 'rebate', 'hybrid', 'club', 'referral'],
      ['mechanics.tiers.levels.Gold.min_spend=', 'mechanics.tiers.levels.Gold.discount='],
      ['effects.frequency_uplift', 'effects.check_uplift', 'effects.churn_reduction', 'effects.ramp_months', 'effects.half_life_months', 'effects.long_run_share', 'effects.by_spend.light', 'effects.by_spend.medium', 'effects.by_spend.heavy'],
      ['scenarios/tiers.yaml'],
    ]);
  }, 120_000);
});
