/**
 * Shell completion: the scripts for bash, zsh and fish are generated, and run
 * in the real shells (issue 25): bash without the bash-completion package
 * (nothing stands in for _get_comp_words_by_ref), zsh with its completion
 * builtins compadd/_files recorded, fish through `complete -C`. Each script
 * is sourced twice, as a user re-reading ~/.bashrc would.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const BIN = new URL('../../bin/loyalty-sim.js', import.meta.url).pathname;
const env = { ...process.env, BIN };

/** What bash offers for each line of words typed so far (the last word of a line being completed); one bash, the script sourced twice. */
function bashComplete(lines: string[][]): string[][] {
  const calls = lines.map((words) => `offer ${words.map((w) => `'${w}'`).join(' ')}`).join('\n');
  const script = `
loyalty-sim() { node "$BIN" "$@"; }
source <(loyalty-sim completion bash)
source <(loyalty-sim completion bash)
if type _get_comp_words_by_ref >/dev/null 2>&1; then echo 'bash-completion is loaded: this test is for a bash without it' >&2; exit 3; fi
offer() { COMP_WORDS=(loyalty-sim "$@"); COMP_CWORD=$#; COMPREPLY=(); __loyalty_sim_complete; echo "\${COMPREPLY[*]}"; }
${calls}`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.trimEnd().split('\n').map((l) => l.split(' ').filter((w) => w !== ''));
}

/** The same in zsh: compadd (which filters by the word typed, as zsh's does) and _files record what would be offered. */
function zshComplete(lines: string[][]): string[][] {
  const calls = lines.map((words) => `offer ${words.map((w) => `'${w}'`).join(' ')}`).join('\n');
  const script = `
loyalty-sim() { node "$BIN" "$@"; }
source <(loyalty-sim completion zsh)
source <(loyalty-sim completion zsh)
compadd() { while [[ $# -gt 0 && $1 != -- ]]; do shift; done; shift; local w out=(); for w in "$@"; do [[ $w == \${words[CURRENT]}* ]] && out+=("$w"); done; print -r -- "\${out[*]}"; }
_files() { local f out=(); for f in \${words[CURRENT]}*(N); do out+=("$f"); done; print -r -- "\${out[*]}"; }
offer() { words=(loyalty-sim "$@"); CURRENT=$(( $# + 1 )); _loyalty_sim; }
${calls}`;
  const r = spawnSync('zsh', ['-f', '-c', script], { encoding: 'utf8', env });
  expect(r.error, 'zsh is not installed (.ci/run installs it)').toBeUndefined();
  expect(r.stderr).toBe('');
  return r.stdout.trimEnd().split('\n').map((l) => l.split(' ').filter((w) => w !== ''));
}

/** fish's own answer to a command line (complete -C), the script sourced twice. */
function fishComplete(lines: string[]): string[][] {
  const script = ['function loyalty-sim; node $BIN $argv; end', 'loyalty-sim completion fish | source', 'loyalty-sim completion fish | source', ...lines.map((l) => `echo (complete -C '${l}')`)].join('\n');
  const r = spawnSync('fish', ['--no-config', '-c', script], { encoding: 'utf8', env });
  expect(r.error, 'fish is not installed (.ci/run installs it)').toBeUndefined();
  expect(r.stderr).toBe('');
  return r.stdout.trimEnd().split('\n').map((l) => l.split(' ').filter((w) => w !== ''));
}

const script = (shell: string) => spawnSync(process.execPath, [BIN, 'completion', shell], { encoding: 'utf8' });

/**
 * zsh and fish are real programs, not npm packages: .ci/run installs Debian's when missing. On a machine
 * with only Node and npm (the README's commands), their tests say plainly why they did not run, the only
 * reason to skip.
 */
function missingShell(shell: 'zsh' | 'fish'): string | null {
  const r = spawnSync(shell, ['-c', 'true'], { encoding: 'utf8' });
  return r.error ? `${shell} is not installed (${r.error.message}); .ci/run installs Debian's ${shell}, or: apt-get install ${shell}` : null;
}
const noZsh = missingShell('zsh');
const noFish = missingShell('fish');
for (const why of [noZsh, noFish]) if (why) console.warn(`SKIPPED a completion test: ${why}`);

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
      ['points', 'discount', 'tiers', 'rebate', 'hybrid', 'club', 'referral', 'early-pay', 'segments'],
      ['mechanics.tiers.levels.Gold.min_spend=', 'mechanics.tiers.levels.Gold.discount='],
      ['effects.frequency_uplift', 'effects.check_uplift', 'effects.churn_reduction', 'effects.ramp_months', 'effects.half_life_months', 'effects.long_run_share', 'effects.by_spend.light', 'effects.by_spend.medium', 'effects.by_spend.heavy'],
      ['scenarios/tiers.yaml'],
    ]);
  }, 120_000);

  it('bash without bash-completion: a flag, a file option\'s path, --sampling\'s values, pilot\'s subcommands, and commands and flags in under 0.1 s', () => {
    expect(
      bashComplete([
        ['simulate', '--ru'],
        ['simulate', 'scenarios/tiers.yaml', '--history', 'fix'],
        ['simulate', 'scenarios/tiers.yaml', '--sampling', ''],
        ['pilot', ''],
        ['pilot', 'plan', '--his'],
        ['--lang', 'ru', 'sim'],
        ['simulate', 'scenarios/tiers.yaml', '--set', 'costs.la'],
      ]),
    ).toEqual([['--runs'], ['fixtures'], ['lhs', 'mc'], ['plan', 'analyze'], ['--history'], ['simulate'], ['costs.launch=']]);
    // the time of a Tab on a command and on a flag: shell functions over static lists, no Node start
    const timing = spawnSync(
      'bash',
      ['--norc', '-c', `loyalty-sim() { node "$BIN" "$@"; }; source <(loyalty-sim completion bash)
t0=$EPOCHREALTIME; for i in 1 2 3 4 5; do COMP_WORDS=(loyalty-sim sim); COMP_CWORD=1; __loyalty_sim_complete; COMP_WORDS=(loyalty-sim simulate --ru); COMP_CWORD=2; __loyalty_sim_complete; done; t1=$EPOCHREALTIME
echo $(( (\${t1/./} - \${t0/./}) / 10 ))`],
      { encoding: 'utf8', env },
    );
    const microsecondsPerTab = Number(timing.stdout.trim());
    expect(microsecondsPerTab).toBeGreaterThan(0);
    expect(microsecondsPerTab).toBeLessThan(100_000);
  }, 120_000);

  it.skipIf(noZsh !== null)('zsh: the same completions', () => {
    expect(
      zshComplete([
        ['simulate', '--ru'],
        ['simulate', 'scenarios/tiers.yaml', '--history', 'fix'],
        ['simulate', 'scenarios/tiers.yaml', '--sampling', ''],
        ['pilot', ''],
        ['sweep', 'scenarios/tiers.yaml', '--vary', 'mechanics.tiers.levels.Gold'],
      ]),
    ).toEqual([['--runs'], ['fixtures'], ['lhs', 'mc'], ['plan', 'analyze'], ['mechanics.tiers.levels.Gold.min_spend=', 'mechanics.tiers.levels.Gold.discount=']]);
  }, 120_000);

  it.skipIf(noFish !== null)('fish: the same completions', () => {
    expect(
      fishComplete([
        'loyalty-sim simulate --ru',
        'loyalty-sim simulate scenarios/tiers.yaml --history fix',
        'loyalty-sim simulate scenarios/tiers.yaml --sampling ',
        'loyalty-sim pilot ',
        'loyalty-sim simulate scenarios/ti',
        'loyalty-sim sweep scenarios/tiers.yaml --vary mechanics.tiers.levels.Gold',
      ]),
    ).toEqual([['--runs'], ['fixtures/'], ['lhs', 'mc'], ['analyze', 'plan'], ['scenarios/tiers.yaml'], ['mechanics.tiers.levels.Gold.discount=', 'mechanics.tiers.levels.Gold.min_spend=']]);
  }, 120_000);
});
