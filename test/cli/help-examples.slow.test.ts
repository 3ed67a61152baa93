/**
 * Every example in every command's --help runs and exits 0 (issue 12): the
 * files they name ship in scenarios/ and fixtures/examples/. Each example runs
 * as a shell command (globs and `>` as a user types them) in a fresh copy of
 * scenarios/ and fixtures/, so examples that write files (report.html,
 * groups.csv, --write-effects) neither collide nor touch the repository.
 *
 * One change from the text, so the whole set stays at minutes, not half an
 * hour, on a shared 2-core machine: engine commands get `--runs 4 --workers 1`
 * appended (the last --runs wins; results do not depend on --workers), which
 * leaves every file, flag and argument as written. The
 * interactive `init` is answered through a pseudo-terminal (util-linux
 * `script`) with Enter for every default.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram, registerEveryCommand } from '../../src/cli/main.js';
import { helpCatalog } from '../../src/i18n/index.js';
import { runCli } from './run-cli.js';

const ROOT = resolve('.');
const BIN = join(ROOT, 'bin', 'loyalty-sim.js');
const ENGINE = new Set(['simulate', 'compare', 'sweep', 'tornado', 'breakeven', 'report']);
const work = mkdtempSync(join(tmpdir(), 'loyalty-help-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// `loyalty-sim` on PATH, as after `npm ci` (npx) or a global install
const shims = join(work, 'bin');
mkdirSync(shims);
writeFileSync(join(shims, 'loyalty-sim'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(shims, 'loyalty-sim'), 0o755);

/** Every command path: [], ['simulate'], ['pilot'], ['pilot', 'plan'] … */
function commandPaths(cmd: Command, path: string[] = []): string[][] {
  return [path, ...cmd.commands.flatMap((c) => commandPaths(c, [...path, c.name()]))];
}

/** The `$ loyalty-sim …` lines of a help text, continuation lines joined, trailing comments (after 3+ spaces) dropped. */
export function examplesOf(help: string): string[] {
  const lines = help.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\$ (loyalty-sim\b.*)$/.exec(lines[i]!);
    if (!m) continue;
    let cmd = m[1]!;
    while (cmd.endsWith('\\') && i + 1 < lines.length) cmd = `${cmd.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`;
    out.push(cmd.split(/\s{3,}/)[0]!.trim());
  }
  return out;
}

function withFewRuns(cmd: string): string {
  const words = cmd.split(' ');
  if (!ENGINE.has(words[1]!)) return cmd;
  const redirect = cmd.indexOf(' > ');
  const few = ' --runs 4 --workers 1';
  return redirect < 0 ? `${cmd}${few}` : `${cmd.slice(0, redirect)}${few}${cmd.slice(redirect)}`;
}

const interactive = (cmd: string): boolean => /^loyalty-sim init\b/.test(cmd) && !/--yes\b|-y\b/.test(cmd);

let n = 0;
function runExample(cmd: string): { status: number | null; output: string } {
  const cwd = join(work, `ex-${++n}`);
  mkdirSync(cwd);
  cpSync(join(ROOT, 'scenarios'), join(cwd, 'scenarios'), { recursive: true });
  cpSync(join(ROOT, 'fixtures'), join(cwd, 'fixtures'), { recursive: true });
  const env = { ...process.env, PATH: `${shims}:${process.env.PATH}`, NO_COLOR: '1' };
  const line = withFewRuns(cmd);
  const r = interactive(cmd)
    ? // a terminal that presses Enter (every default) until the wizard is done
      spawnSync('sh', ['-c', `(for i in $(seq 1 40); do sleep 0.3; printf '\\r'; done) | script -qec "${line}" /dev/null`], { cwd, env, encoding: 'utf8', timeout: 60_000 })
    : spawnSync('sh', ['-c', line], { cwd, env, encoding: 'utf8', timeout: 570_000 });
  return { status: r.status, output: `$ ${line}\n${r.stdout}\n${r.stderr}` };
}

describe('every --help example runs', async () => {
  const examples: Array<[string, string]> = [];
  for (const path of commandPaths(await registerEveryCommand(buildProgram(helpCatalog('en'))))) {
    const help = await runCli(...path, '--help');
    for (const e of examplesOf(help.stdout)) examples.push([path.join(' ') || 'loyalty-sim', e]);
  }

  it('finds the examples of every command', () => {
    const withExamples = new Set(examples.map(([p]) => p));
    for (const c of ['loyalty-sim', 'init', 'validate', 'simulate', 'compare', 'sweep', 'tornado', 'breakeven', 'report', 'profile', 'fit', 'pilot', 'pilot plan', 'pilot analyze', 'roi', 'schema']) {
      expect(withExamples, c).toContain(c);
    }
    expect(examples.length).toBeGreaterThan(35);
  });

  it.each(examples)('%s: %s', { timeout: 600_000 }, (_, cmd) => {
    const r = runExample(cmd);
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(/internal error/);
  });
});
