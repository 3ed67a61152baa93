/**
 * Issue 29: a README that tells the truth. Every input file its commands name
 * exists (or an earlier README command writes it), and the output blocks of
 * the cheap commands still show what the tool prints, within Monte Carlo
 * noise. `npm run readme` (scripts/readme.mjs) regenerates the blocks; the
 * heavy ones (1,000-run simulations, compare, optimize) are checked here only
 * for their inputs, to keep this test at seconds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { findBlocks, runBlock } from '../scripts/readme.mjs';

const README = readFileSync('README.md', 'utf8');

/** Flags whose value is a file the command writes (not an input). */
const OUTPUT_FLAGS = new Set(['--csv', '--html', '--xlsx', '--write', '--assign']);

/** Every command line the README shows: fenced shell lines, inline `…` code and the output blocks' cmd="…". */
export function readmeCommands(md: string): string[] {
  const cmds: string[] = [];
  const fenced = /^```[^\n]*\n([\s\S]*?)^```/gm;
  for (const m of md.matchAll(fenced)) {
    const body = m[1]!.replace(/\\\n\s*/g, ' ');
    for (const line of body.split('\n')) {
      const c = /^(?:\$ )?((?:npx )?loyalty-sim .*|cp .*|source <\(loyalty-sim .*)$/.exec(line.trim());
      if (c) cmds.push(c[1]!.replace(/\s{2,}#.*$/, '').trim());
    }
  }
  const prose = md.replace(fenced, '');
  for (const m of prose.matchAll(/`((?:npx )?loyalty-sim [^`]+)`/g)) cmds.push(m[1]!.replace(/\s+/g, ' ').trim());
  for (const m of md.matchAll(/<!-- readme-output cmd="([^"]+)"/g)) cmds.push(m[1]!);
  return cmds;
}

/** The files a command reads, and the ones it writes. */
export function filesOf(cmd: string): { reads: string[]; writes: string[] } {
  const words = (cmd.match(/'[^']*'|"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^'(.*)'$/, '$1'));
  const reads: string[] = [];
  const writes: string[] = [];
  if (words[0] === 'cp') return { reads: [words[1]!], writes: [words[2]!] };
  const start = words[0] === 'npx' ? 2 : 1;
  for (let i = start; i < words.length; i++) {
    const w = words[i]!;
    if (OUTPUT_FLAGS.has(w) || w === '>') {
      writes.push(words[++i]!);
      continue;
    }
    if (w.startsWith('-') || w.includes('=') || w.startsWith('(') || w.startsWith('<')) continue;
    if (/\.(csv|ya?ml|json|txt)$/.test(w) || /^(scenarios|fixtures)\//.test(w)) {
      if (words[start] === 'init') writes.push(w);
      else reads.push(w);
    }
  }
  return { reads, writes };
}

/** Whether a path (a glob of one `*` in the name allowed) names at least one file. */
function exists(path: string): boolean {
  if (!path.includes('*')) return existsSync(path);
  const slash = path.lastIndexOf('/');
  const [dir, name] = [path.slice(0, slash), path.slice(slash + 1)];
  const re = new RegExp(`^${name.replace(/[.]/g, '\\.').replace('*', '.*')}$`);
  return existsSync(dir) && readdirSync(dir).some((f) => re.test(f));
}

describe('README commands', () => {
  const cmds = readmeCommands(README);

  it('finds the commands (fenced, inline and the output blocks)', () => {
    expect(cmds.length).toBeGreaterThan(30);
    expect(cmds).toContain('loyalty-sim simulate scenarios/wholesale-hybrid.yaml --seed 7');
    expect(filesOf('npx loyalty-sim pilot plan --history a/b.csv --assign g.csv')).toEqual({ reads: ['a/b.csv'], writes: ['g.csv'] });
    expect(filesOf('npx loyalty-sim init my.yaml')).toEqual({ reads: [], writes: ['my.yaml'] });
  });

  it('every input file exists in the checkout or is written by an earlier README command', () => {
    const written = new Set<string>();
    const missing: string[] = [];
    for (const cmd of cmds) {
      const { reads, writes } = filesOf(cmd);
      for (const f of reads) if (!written.has(f) && !exists(f)) missing.push(`${f} (in: ${cmd})`);
      for (const f of writes) written.add(f);
    }
    expect(missing).toEqual([]);
  });
});

/** The numbers of a text in order (1,234.5 → 1234.5; 12% → 12; −3 → −3). */
function numbers(text: string): number[] {
  return [...text.matchAll(/[-−]?\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '').replace('−', '-')));
}

describe('README output blocks', () => {
  const blocks = findBlocks(README) as Array<{ attrs: Record<string, string | true>; line: number; body: string }>;

  it('are marked for npm run readme, each with a command', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.some((b) => b.attrs.cheap)).toBe(true);
  });

  it.each(blocks.filter((b) => b.attrs.cheap).map((b) => [b.attrs.cmd as string, b] as const))('%s still prints what the README shows', (_, b) => {
    const fresh = runBlock(b.attrs);
    const shown = numbers(b.body);
    const now = numbers(fresh);
    // the same figures, each within 2 % (Monte Carlo noise of a reseeded run); a changed layout is stale too
    const stale = `README line ${b.line} is stale: run \`npm run readme -- --only "${String(b.attrs.cmd).split(' ')[1]}"\``;
    expect(now.length, stale).toBe(shown.length);
    shown.forEach((x, i) => expect(Math.abs(now[i]! - x), `${stale} (figure ${i + 1}: ${x} → ${now[i]})`).toBeLessThanOrEqual(0.02 * Math.abs(x) + 1e-9));
  });
});
