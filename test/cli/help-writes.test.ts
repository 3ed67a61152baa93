/**
 * Issue 29: no --help example, in either language, writes over a file of the
 * checkout (a user who copies one from the repository's folder must not
 * change a tracked draft, fixture or schema). The examples of `pilot` are
 * held by the pilot's own tests.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram, registerEveryCommand } from '../../src/cli/main.js';
import { helpCatalog } from '../../src/i18n/index.js';
import { runCli } from './run-cli.js';

/** Flags whose value is a file the command writes. */
const WRITES = new Set(['--csv', '--html', '--xlsx', '--write', '--write-effects', '--assign']);

function commandPaths(cmd: Command, path: string[] = []): string[][] {
  return [path, ...cmd.commands.flatMap((c) => commandPaths(c, [...path, c.name()]))];
}

/** The files an example line writes: the values of the writing flags, a `>` redirect, and init's positional file. */
export function writtenBy(example: string): string[] {
  const words = example.replace(/\s{3,}.*$/, '').split(/\s+/);
  const out: string[] = [];
  words.forEach((w, i) => {
    if ((WRITES.has(w) || w === '>') && words[i + 1]) out.push(words[i + 1]!);
  });
  if (words[1] === 'init' && words[2] && !words[2].startsWith('-')) out.push(words[2]);
  return out;
}

describe('help examples do not write into the checkout', async () => {
  const examples: string[] = [];
  for (const lang of ['en', 'ru']) {
    for (const path of commandPaths(await registerEveryCommand(buildProgram(helpCatalog('en'))))) {
      if (path[0] === 'pilot') continue;
      const help = await runCli(...path, '--help', '--lang', lang);
      for (const m of help.stdout.matchAll(/^\s*\$ (loyalty-sim\b.*)$/gm)) examples.push(m[1]!);
    }
  }

  it('finds the writing examples', () => {
    expect(examples.filter((e) => writtenBy(e).length > 0).length).toBeGreaterThan(10);
    expect(writtenBy('loyalty-sim schema > scenarios/program.schema.json')).toEqual(['scenarios/program.schema.json']);
  });

  it.each(examples.filter((e) => writtenBy(e).length > 0))('%s', (example) => {
    for (const file of writtenBy(example)) expect(existsSync(file), `${example} writes over ${file}`).toBe(false);
  });
});
