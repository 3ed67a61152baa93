/**
 * Start-up cost: the heavy modules (exceljs, @inquirer/prompts) load only in
 * the commands that use them (issue 16: --version opened 1,118 files). A
 * loader hook logs every module the built CLI resolves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/**
 * The bin runs the bundled CLI (scripts/bundle-cli.mjs): each file of
 * dist/cli-bundle/ stands for the built modules it holds, as its meta.json
 * lists them, so the checks below name modules, not chunks.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const bundleDir = `${new URL('../../dist/cli-bundle/', import.meta.url).href}`;
const bundled = JSON.parse(readFileSync(new URL('../../dist/cli-bundle/meta.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const modulesOf = (url: string): string[] =>
  url.startsWith(bundleDir) ? (bundled[url.slice(bundleDir.length)] ?? [url]).map((m) => pathToFileURL(join(root, m)).href) : [url];

/** The module URLs resolved while running `node [node args] [script args]`, a bundle's files read as the modules they hold. */
function loads(nodeArgs: string[], name: string): string[] {
  const log = join(dir, `${name}.log`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', hook, ...nodeArgs], { env: { ...process.env, LOADS_LOG: log, NO_COLOR: '1' }, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean).flatMap(modulesOf);
}

const heavy = (urls: string[]) => urls.filter((u) => /node_modules\/(exceljs|@inquirer\/prompts)\//.test(u));

describe('start-up', () => {
  it('--version and --help load neither exceljs nor @inquirer/prompts', { timeout: 120_000 }, () => {
    const help = loads([bin, 'simulate', '--help'], 'help');
    expect(help.some((u) => u.endsWith('/dist/cli/main.js'))).toBe(true);
    expect(heavy(help)).toEqual([]);
    expect(heavy(loads([bin, '--version'], 'version'))).toEqual([]);
  });

  // issue 26: the bin answers a lone --version itself, before the CLI and its catalogs load
  it('--version alone loads nothing of the CLI', { timeout: 120_000 }, () => {
    expect(loads([bin, '--version'], 'version-alone').filter((u) => u.includes('/dist/'))).toEqual([]);
    expect(loads([bin, '--lang', 'ru', '--version'], 'version-lang').some((u) => u.endsWith('/dist/cli/main.js'))).toBe(true);
  });

  // issue 26: --help and --version were 0.30 CPU-s because building the command tree loaded every command's modules
  const ofEveryCommand = (urls: string[]) =>
    urls.filter((u) => /node_modules\/(zod|yaml|csv-parse|iconv-lite|chalk|cli-table3)\/|\/dist\/(engine\/(simulate|run|pool|population)|draft\/(load|schema|templates)|decide\/(batch|optimize|sweep)|report\/(html|gather)|history\/read|fit\/fit-history)\.js$|\/dist\/cli\/help-ru\.js$/.test(u));

  it('--version and --help build the command tree without any command\'s modules, zod, yaml or the colours', { timeout: 120_000 }, () => {
    expect(ofEveryCommand(loads([bin, '--version'], 'version-light'))).toEqual([]);
    expect(ofEveryCommand(loads([bin, '--help'], 'help-light'))).toEqual([]);
    expect(ofEveryCommand(loads([bin, 'simulate', '--help'], 'simulate-help-light'))).toEqual([]);
  });

  // issue 26: registering ~300 options of every command was a tenth of --help's CPU
  const commandModules = (urls: string[]) => urls.flatMap((u) => /\/dist\/cli\/commands\/(\w+)\.js$/.exec(u)?.[1] ?? []).sort();

  it('--help registers no command\'s options; a command\'s --help (or `help <command>`) that command\'s alone', { timeout: 120_000 }, () => {
    expect(commandModules(loads([bin, '--help'], 'help-commands'))).toEqual(['index']);
    expect(commandModules(loads([bin, 'simulate', '--help'], 'simulate-help-commands'))).toEqual(['index', 'simulate']);
    expect(commandModules(loads([bin, '--lang', 'ru', 'help', 'pilot'], 'help-pilot-commands'))).toEqual(['index', 'pilot']);
    // the check could fail: completion registers every command
    expect(commandModules(loads([bin, 'completion', 'bash'], 'completion-commands')).length).toBeGreaterThan(10);
  });

  // issue 26: the messages (en.ts 144 kB, ru.ts more) are not --help's; its table is
  const catalogs = (urls: string[]) => urls.flatMap((u) => /\/dist\/i18n\/(en|ru|help-en|help-ru)\.js$/.exec(u)?.[1] ?? []).sort();

  it('--help loads its language\'s help table and no message catalog', { timeout: 120_000 }, () => {
    expect(catalogs(loads([bin, '--help'], 'help-catalogs'))).toEqual(['help-en']);
    expect(catalogs(loads([bin, '--lang', 'ru', '--help'], 'help-ru-catalogs'))).toEqual(['help-ru']);
    // a command's --help registers its options (src/cli/ reads the messages through i18n/current.ts)
    expect(catalogs(loads([bin, '--lang', 'ru', 'simulate', '--help'], 'simulate-help-ru-catalogs'))).toEqual(['help-ru']);
    // pilot's option choices come from a module of their own, not the planner (which reads the messages)
    expect(catalogs(loads([bin, 'pilot', 'analyze', '--help'], 'pilot-help-catalogs'))).toEqual(['help-en']);
    // a usage error on a --help line needs the messages: they load then, and the error reads as ever
    const r = spawnSync(process.execPath, [bin, '--help', '--lang', 'xx'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'error: option \'--lang <lang>\' argument \'xx\' is invalid. "xx" is not one of: en, ru.\n(add --help for usage)\n']);
  });

  it('a command loads its own modules and not the others\'', { timeout: 120_000 }, () => {
    const urls = loads([bin, 'validate', fileURLToPath(new URL('../../scenarios/points-only.yaml', import.meta.url))], 'validate');
    // the check above could fail: validate reads its draft with yaml and zod
    expect(urls.some((u) => u.includes('/node_modules/zod/')) && urls.some((u) => u.includes('/dist/draft/load.js'))).toBe(true);
    expect(urls.filter((u) => /\/dist\/(engine\/simulate|report\/html|history\/read|fit\/fit-history)\.js$/.test(u))).toEqual([]);
  });

  it('the hook sees them when they are loaded (the check above could fail)', { timeout: 120_000 }, () => {
    const urls = loads(['--input-type=module', '-e', "await import('exceljs'); await import('@inquirer/prompts');"], 'control');
    expect(heavy(urls).length).toBeGreaterThanOrEqual(2);
  });
});
