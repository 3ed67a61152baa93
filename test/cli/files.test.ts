import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/cli/files.js';
import { runCli as run } from './run-cli.js';
import { smallDraft } from './small-draft.js';
import { UserError } from '../../src/errors.js';

process.env.NO_COLOR = '1';

/** Switches that make the next write fail half-way, or its final rename fail. */
const ctl = vi.hoisted(() => ({ failWriteHalfway: false, failRename: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args);
    if (ctl.failWriteHalfway) {
      const writeFile = handle.writeFile.bind(handle);
      // a disk that fills up half-way through the data
      handle.writeFile = async (data: string | Uint8Array) => {
        await writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
    }
    return handle;
  };
  const rename: typeof real.rename = async (from, to) => {
    if (ctl.failRename) throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}' -> '${to}'`), { code: 'EXDEV' });
    return real.rename(from, to);
  };
  return { ...real, default: { ...real, open, rename }, open, rename };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'loyalty-files-'));
  ctl.failWriteHalfway = false;
  ctl.failRename = false;
  process.exitCode = undefined;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});

const OLD = 'the old report, which must survive\n';
const NEW = 'x'.repeat(200_000);

describe('writeFileAtomic', () => {
  it('replaces a file with --force and leaves no temp file', async () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, OLD);
    await writeFileAtomic(file, NEW, { force: true });
    expect(readFileSync(file, 'utf8')).toBe(NEW);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('a write that fails half-way leaves the old file intact and no temp file', async () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, OLD);
    ctl.failWriteHalfway = true;
    await expect(writeFileAtomic(file, NEW, { force: true })).rejects.toThrow(UserError);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('a rename that fails leaves the old file intact and no temp file', async () => {
    const file = join(dir, 'report.xlsx');
    writeFileSync(file, OLD);
    ctl.failRename = true;
    await expect(writeFileAtomic(file, Buffer.from(NEW), { force: true })).rejects.toThrow(/EXDEV/);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });

  it('a process killed in the middle of writing leaves the old file intact (only its hidden temp file stays behind)', async () => {
    const dist = resolve('dist/cli/files.js');
    expect(existsSync(dist), 'build first: npx tsc -p . (npm test does)').toBe(true);
    const file = join(dir, 'report.html');
    writeFileSync(file, OLD);
    // the child writes half of 8 MB into the temp file, says so, then hangs as if the machine stalled; we kill it there
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
        import { open } from 'node:fs/promises';
        import { writeFileAtomic } from ${JSON.stringify(dist)};
        const probe = await open(${JSON.stringify(join(dir, 'probe'))}, 'w');
        const proto = Object.getPrototypeOf(probe);
        await probe.close();
        const writeFile = proto.writeFile;
        proto.writeFile = async function (data) {
          await writeFile.call(this, data.subarray(0, data.length / 2));
          await this.sync();
          process.stdout.write('half\\n');
          await new Promise(() => {});
        };
        await writeFileAtomic(${JSON.stringify(file)}, Buffer.alloc(8 * 1024 * 1024, 120), { force: true });
        `,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('half')) {
          child.kill('SIGKILL');
          done();
        }
      });
      child.on('exit', (code) => fail(new Error(`child exited (${code}) before the write was half done`)));
    });
    await new Promise((r) => child.on('close', r));
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    const left = readdirSync(dir).filter((f) => f !== 'report.html' && f !== 'probe');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.report\.html\.[0-9a-f]{12}\.tmp$/);
  });
});

const SMALL_DRAFT = smallDraft('Small');

describe('loyalty-sim report: output files', () => {
  it('needs --html or --xlsx (exit 2, naming both)', async () => {
    const r = await run('report', 'scenarios/wholesale-hybrid.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--html');
    expect(r.stderr).toContain('--xlsx');
  });

  it('does not replace an existing file without --force, and refuses before simulating (exit 2)', async () => {
    const draft = join(dir, 'small.yaml');
    writeFileSync(draft, SMALL_DRAFT);
    const xlsx = join(dir, 'old.xlsx');
    const html = join(dir, 'new.html');
    writeFileSync(xlsx, OLD);
    const r = await run('report', draft, '--html', html, '--xlsx', xlsx, '--workers', '1', '--runs', '5');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(xlsx, 'utf8')).toBe(OLD);
    // the HTML, which could have been written, was not: the check came first
    expect(existsSync(html)).toBe(false);
  });

  it('refuses the same file for both outputs (exit 2)', async () => {
    const r = await run('report', 'scenarios/wholesale-hybrid.yaml', '--html', join(dir, 'r'), '--xlsx', join(dir, 'r'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('same file');
  });

  it('with --force replaces both files with a real report and workbook', async () => {
    const draft = join(dir, 'small.yaml');
    writeFileSync(draft, SMALL_DRAFT);
    const html = join(dir, 'r.html');
    const xlsx = join(dir, 'r.xlsx');
    writeFileSync(html, OLD);
    writeFileSync(xlsx, OLD);
    const r = await run('report', draft, '--html', html, '--xlsx', xlsx, '--force', '--workers', '1', '--runs', '12', '--seed', '3', '--json');
    expect(r.code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('seed 3 · 12 runs');
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ html, xlsx, seed: 3 });
    expect(json.drafts[0].runs).toBe(12);
    expect(readdirSync(dir).sort()).toEqual(['r.html', 'r.xlsx', 'small.yaml']);
  });
});
