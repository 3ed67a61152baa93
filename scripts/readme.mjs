#!/usr/bin/env node
/**
 * `npm run readme`: reruns every command whose output the README shows and
 * rewrites its output block, so the README shows what the tool prints today
 * (issue 29: its optimize example showed 32.3 M where the tool printed −9.3 M).
 *
 * A block is marked by an HTML comment before its fence and one after it:
 *
 *   <!-- readme-output cmd="loyalty-sim roi --clients 400 …" -->
 *   ```
 *   …the output, rewritten…
 *   ```
 *   <!-- /readme-output -->
 *
 * Attributes of the opening comment:
 *   cmd="…"      the command as the README shows it (run with the built CLI, NO_COLOR=1)
 *   env="K=V …"  extra environment (default LANG=C.UTF-8: English)
 *   prompt       the block starts with a `$ cmd` line
 *   head=N       keep only the first N lines of the output
 *   elide="FROM|TO|TEXT"  the lines after the one starting with FROM, up to
 *                the one starting with TO, become the line TEXT (and a blank line)
 *   cheap        quick to run: test/readme.test.ts reruns it to check the figures
 *
 * Usage: node scripts/readme.mjs [--only SUBSTRING] [--file README.md]
 * (build first: npm run build; `npm run readme` does).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The attributes of a `<!-- readme-output … -->` comment. */
export function parseAttributes(text) {
  const attrs = {};
  for (const m of text.matchAll(/([a-z]+)(?:="([^"]*)"|=(\S+))?/g)) attrs[m[1]] = m[2] ?? m[3] ?? true;
  return attrs;
}

const OPEN = /^<!-- readme-output (.*) -->$/;
const CLOSE = '<!-- /readme-output -->';

/** Every marked block: its attributes and the line numbers (0-based) of its body, between the fences. */
export function findBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const m = OPEN.exec(lines[i]);
    if (!m) continue;
    const attrs = parseAttributes(m[1]);
    if (typeof attrs.cmd !== 'string') throw new Error(`README line ${i + 1}: readme-output without cmd="…"`);
    if (!lines[i + 1]?.startsWith('```')) throw new Error(`README line ${i + 1}: a fence must follow the readme-output comment`);
    let end = i + 2;
    while (end < lines.length && !lines[end].startsWith('```')) end++;
    if (lines[end + 1] !== CLOSE) throw new Error(`README line ${end + 2}: expected ${CLOSE} after the block's closing fence`);
    blocks.push({ attrs, line: i + 1, from: i + 2, to: end, body: lines.slice(i + 2, end).join('\n') });
  }
  return blocks;
}

/** Runs a block's command with the built CLI and shapes its output as the block shows it. */
export function runBlock(attrs, root = ROOT) {
  const words = attrs.cmd.match(/'[^']*'|"[^"]*"|\S+/g).map((w) => w.replace(/^'(.*)'$/, '$1'));
  if (words[0] !== 'loyalty-sim') throw new Error(`readme-output cmd must start with loyalty-sim: ${attrs.cmd}`);
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  delete env.FORCE_COLOR;
  for (const kv of (typeof attrs.env === 'string' ? attrs.env : '').split(/\s+/).filter(Boolean)) {
    const at = kv.indexOf('=');
    env[kv.slice(0, at)] = kv.slice(at + 1);
  }
  // globs as a shell would expand them (scenarios/*.yaml)
  const r = spawnSync('sh', ['-c', `exec "${process.execPath}" bin/loyalty-sim.js ${words.slice(1).map(shellWord).join(' ')}`], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${attrs.cmd} exited ${r.status}:\n${r.stderr}`);
  let lines = r.stdout.replace(/\n+$/, '').split('\n').map((l) => l.replace(/\s+$/, ''));
  if (typeof attrs.elide === 'string') {
    const [from, to, text] = attrs.elide.split('|');
    const a = lines.findIndex((l) => l.startsWith(from));
    const b = lines.findIndex((l, k) => k > a && l.startsWith(to));
    if (a < 0 || b < 0) throw new Error(`${attrs.cmd}: elide="${attrs.elide}" does not match the output`);
    lines = [...lines.slice(0, a + 1), text, '', ...lines.slice(b)];
  }
  if (attrs.head !== undefined) lines = lines.slice(0, Number(attrs.head));
  if (attrs.prompt) lines = [`$ ${attrs.cmd}`, ...lines];
  return lines.join('\n');
}

/** A word for sh: quoted unless it is a plain word or a glob. */
function shellWord(w) {
  return /^[\w./:=*%,+@-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/** The README with each selected block's body replaced by a fresh run. */
export function regenerate(markdown, { only, log = () => undefined } = {}) {
  const lines = markdown.split('\n');
  // from the last block up, so earlier line numbers stay valid
  for (const b of findBlocks(markdown).reverse()) {
    if (only && !b.attrs.cmd.includes(only)) continue;
    log(`running: ${b.attrs.cmd}`);
    lines.splice(b.from, b.to - b.from, ...runBlock(b.attrs).split('\n'));
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const file = join(ROOT, opt('--file') ?? 'README.md');
  const before = readFileSync(file, 'utf8');
  const after = regenerate(before, { only: opt('--only'), log: (s) => process.stderr.write(`${s}\n`) });
  writeFileSync(file, after);
  process.stderr.write(after === before ? 'README unchanged\n' : `rewrote ${file}\n`);
}
