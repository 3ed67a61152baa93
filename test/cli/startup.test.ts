/**
 * Start-up cost: the heavy modules (exceljs, @inquirer/prompts) load only in
 * the commands that use them (issue 16: --version opened 1,118 files). A
 * loader hook logs every module the built CLI resolves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/loyalty-sim.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'loyalty-startup-'));
const hook = join(dir, 'log-loads.mjs');
writeFileSync(
  hook,
  `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.LOADS_LOG, r.url + '\\\\n');
  return r;
}\`));
`,
);

/** The module URLs resolved while running `node [node args] [script args]`. */
function loads(nodeArgs: string[], name: string): string[] {
  const log = join(dir, `${name}.log`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', hook, ...nodeArgs], { env: { ...process.env, LOADS_LOG: log, NO_COLOR: '1' }, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const heavy = (urls: string[]) => urls.filter((u) => /node_modules\/(exceljs|@inquirer\/prompts)\//.test(u));

describe('start-up', () => {
  it('--version and --help load neither exceljs nor @inquirer/prompts', { timeout: 120_000 }, () => {
    const version = loads([bin, '--version'], 'version');
    expect(version.some((u) => u.includes('/dist/cli/main.js'))).toBe(true);
    expect(heavy(version)).toEqual([]);
    expect(heavy(loads([bin, 'simulate', '--help'], 'help'))).toEqual([]);
  });

  it('the hook sees them when they are loaded (the check above could fail)', { timeout: 120_000 }, () => {
    const urls = loads(['--input-type=module', '-e', "await import('exceljs'); await import('@inquirer/prompts');"], 'control');
    expect(heavy(urls).length).toBeGreaterThanOrEqual(2);
  });
});
