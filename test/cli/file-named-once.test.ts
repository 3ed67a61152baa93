/**
 * Issue 29: error messages name their file once ("adir: adir is not a file",
 * "returns.csv: returns.csv: no usable purchases" printed it twice), and a
 * summary that is a folder is a user error, not an internal one. Bad inputs
 * of our own through profile, fit, simulate, pilot and validate.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { namesFile } from '../../src/cli/main.js';
import { runCli as run } from './run-cli.js';
import { smallDraft } from './small-draft.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-named-once-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const folder = at('a-folder');
mkdirSync(folder);
writeFileSync(at('empty.csv'), '');
writeFileSync(at('header-only.csv'), 'customer,date,amount\n');
writeFileSync(at('returns.csv'), 'customer,date,amount\nC1,2024-01-05,-50\n');
writeFileSync(at('groups-bad.csv'), 'foo,bar\n1,2\n');
writeFileSync(at('binary.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x00, 0x01, 0x02]));
writeFileSync(at('draft.yaml'), smallDraft('Named once'));
writeFileSync(at('history.csv'), 'customer,date,amount\nC1,2023-01-05,100\nC1,2023-02-05,120\nC2,2023-01-10,80\n');

/** How often `file` appears in the error line of stderr. */
const times = (stderr: string, file: string): number => (stderr.split('\n').find((l) => /^(error|ошибка):/.test(l)) ?? '').split(file).length - 1;

describe('each error names its file once', () => {
  const period = ['--start', '2023-01-01', '--end', '2023-03-31'];
  const cases: Array<[string, string[], string, string]> = [
    ['a folder as the history', ['profile', folder], folder, `${folder} is not a file`],
    ['an empty history', ['fit', at('empty.csv')], at('empty.csv'), `${at('empty.csv')} is empty`],
    ['a header and no rows', ['profile', at('header-only.csv')], at('header-only.csv'), `${at('header-only.csv')}: no usable purchases (0 rows)`],
    ['only returns', ['profile', at('returns.csv')], at('returns.csv'), `${at('returns.csv')}: no usable purchases (1 row)`],
    ['a folder as the history of simulate', ['simulate', at('draft.yaml'), '--history', folder, '--runs', '4'], folder, `${folder} is not a file`],
    ['a folder as the summary', ['fit', '--summary', folder], folder, `cannot read ${folder}: it is a folder`],
    ['a folder as the output', ['simulate', at('draft.yaml'), '--runs', '4', '--csv', folder], folder, `cannot write ${folder}: it is a folder`],
    ['a binary draft', ['validate', at('binary.yaml')], at('binary.yaml'), `${at('binary.yaml')} is not a YAML draft`],
    ['an assignment without its columns', ['pilot', 'analyze', '--history', at('history.csv'), '--assignment', at('groups-bad.csv'), ...period], at('groups-bad.csv'), `${at('groups-bad.csv')}:1: the assignment has no customer_id and group columns`],
    ['a missing assignment', ['pilot', 'analyze', '--history', at('history.csv'), '--assignment', at('nowhere.csv'), ...period], at('nowhere.csv'), `cannot read ${at('nowhere.csv')}: no such file`],
  ];
  it.each(cases)('%s', async (_name, args, file, message) => {
    const r = await run(...args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`error: ${message}`);
    expect(times(r.stderr, file)).toBe(1);
  });

  it('in Russian too, and --json keeps the file in its own field', async () => {
    const ru = await run('profile', folder, '--lang', 'ru');
    expect(ru.stderr).toContain(`ошибка: ${folder} — не файл`);
    expect(times(ru.stderr, folder)).toBe(1);
    const j = await run('fit', '--summary', folder, '--json');
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stdout).error).toMatchObject({ file: folder, message: `cannot read ${folder}: it is a folder` });
  });

  it('a file is named by a message only as a word of its own', () => {
    expect(namesFile('sales.csv is empty', 'sales.csv')).toBe(true);
    expect(namesFile('cannot write out.csv: it is a folder', 'out.csv')).toBe(true);
    expect(namesFile('«out.csv» is read-only.', 'out.csv')).toBe(true);
    // a longer name that contains it, or a path that ends with it, is another file
    expect(namesFile('see sales.csv.bak', 'sales.csv')).toBe(false);
    expect(namesFile('cannot read old/sales.csv: no such file', 'sales.csv')).toBe(false);
    expect(namesFile('the history has no customer column', 'sales.csv')).toBe(false);
  });
});
