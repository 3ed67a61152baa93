/**
 * Issue 29, damage: --force replaces only regular files (a FIFO or device
 * stays what it was, a link is written through to its target and stays a
 * link, a read-only file is refused, a replaced file keeps its mode); a full
 * stdout ends in one line and exit 2; Ctrl-C while a file is made says so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureWritable, writeFileAtomic } from '../../src/cli/files.js';
import { UserError } from '../../src/errors.js';
import { runCli as run } from './run-cli.js';
import { smallDraft } from './small-draft.js';

const BIN = resolve('bin/loyalty-sim.js');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'loyalty-safe-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const OLD = 'what the user had\n';

describe('--force replaces only regular files', () => {
  it('refuses a FIFO, which stays a FIFO (and is never opened, so nothing blocks)', async () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    await expect(writeFileAtomic(fifo, 'x', { force: true })).rejects.toThrow(/named pipe/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    // and from the command line: exit 2, refused before simulating
    writeFileSync(join(dir, 'd.yaml'), smallDraft('Small'));
    const r = await run('simulate', join(dir, 'd.yaml'), '--csv', fifo, '--force', '--runs', '2', '--workers', '1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force replaces only regular files');
    expect(r.stderr).not.toContain('wrote');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a device file, directly or through a link (checked before any write is tried)', () => {
    expect(() => ensureWritable('/dev/null', { force: true })).toThrow(/device file/);
    const link = join(dir, 'null-link');
    symlinkSync('/dev/null', link);
    expect(() => ensureWritable(link, { force: true })).toThrow(/device file/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes through a link to a regular file: the link stays a link and its target gets the data', async () => {
    const target = join(dir, 'real.csv');
    const link = join(dir, 'link.csv');
    writeFileSync(target, OLD);
    symlinkSync('real.csv', link);
    await expect(writeFileAtomic(link, 'new', {})).rejects.toThrow(/already exists/);
    await writeFileAtomic(link, 'new', { force: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.csv');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.csv', 'real.csv']);
  });

  it('refuses a link to nowhere rather than create a file the user did not name', async () => {
    const link = join(dir, 'dangling.csv');
    symlinkSync('missing/elsewhere.csv', link);
    await expect(writeFileAtomic(link, 'new', { force: true })).rejects.toThrow(/does not exist/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('refuses a read-only file even with --force (also as root), leaving its content and mode', async () => {
    const file = join(dir, 'locked.csv');
    writeFileSync(file, OLD);
    chmodSync(file, 0o444);
    const err = await writeFileAtomic(file, 'new', { force: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(`cannot replace ${file}: it is read-only (mode 444)`);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('a replaced file keeps its mode (not reset to the umask default)', async () => {
    const file = join(dir, 'private.csv');
    writeFileSync(file, OLD);
    chmodSync(file, 0o600);
    await writeFileAtomic(file, 'new', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('a stdout that cannot be written', () => {
  for (const args of [['schema'], ['validate', 'scenarios/points-only.yaml', '--json'], ['simulate', 'DRAFT', '--runs', '4', '--workers', '1']]) {
    it(`loyalty-sim ${args[0]} > /dev/full: one line on stderr, exit 2, no stack trace`, () => {
      writeFileSync(join(dir, 'd.yaml'), smallDraft('Small'));
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, ...args.map((a) => (a === 'DRAFT' ? join(dir, 'd.yaml') : a))], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8' } });
        expect(r.status).toBe(2);
        // the draft's lint warnings may come first; the failure is the one last line
        expect(r.stderr.endsWith('error: cannot write the output: no space left on the device (ENOSPC)\n')).toBe(true);
        expect(r.stderr.match(/^error:/gm)).toHaveLength(1);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      } finally {
        closeSync(full);
      }
    });
  }
});

describe('Ctrl-C while an output file is made', () => {
  it('says which file was not written, removes the temp file, keeps the old file and exits 130', async () => {
    const dist = resolve('dist/cli/files.js');
    expect(existsSync(dist), 'build first: npm run build').toBe(true);
    const file = join(dir, 'report.xlsx');
    writeFileSync(file, OLD);
    // the producer stands for a workbook being built: Ctrl-C arrives while it runs
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
        import { writeFileAtomic } from ${JSON.stringify(dist)};
        import { loadLang } from ${JSON.stringify(resolve('dist/i18n/current.js'))};
        // as cli/main.ts does before any command runs: src/cli/ reads its messages through i18n/current.ts
        await loadLang('en');
        await writeFileAtomic(${JSON.stringify(file)}, async () => {
          process.kill(process.pid, 'SIGINT');
          await new Promise((r) => setTimeout(r, 5000));
          return 'never';
        }, { force: true });
        process.stdout.write('finished\\n');
        `,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(130);
    expect(stderr).toBe(`interrupted: ${file} not written (any existing file is unchanged).\n`);
    expect(stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });
});
