/**
 * `pilot analyze --html` on the bundled pilot (the README's walkthrough, step
 * 4 with the page): the page is written beside the effects written back; an
 * existing page is refused before any work (the draft stays as it was) and
 * replaced with --force; --interim writes the looks' page; the Russian page
 * has no English word.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE, englishWords, visibleText } from './latin-scan.js';
import { runCli as run } from './run-cli.js';

const PILOT = ['pilot', 'analyze', '--history', 'fixtures/pilot/after.csv', '--assignment', 'fixtures/pilot/groups.csv', '--start', '2023-01-01', '--bootstrap', '100', '--permutations', '100'];

describe('pilot analyze --html', () => {
  it('writes the page with what was written back, refuses an existing page before any work, replaces it with --force', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pilot-html-'));
    const draft = join(dir, 'my-program.yaml');
    copyFileSync('scenarios/wholesale-hybrid.yaml', draft);
    const page = join(dir, 'pilot.html');
    const r = await run(...PILOT, '--end', '2023-03-31', '--write-effects', draft, '--html', page);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote ${page}`);
    const html = readFileSync(page, 'utf8');
    for (const id of ['pilot-decision', 'pilot-effects', 'pilot-monthly', 'pilot-checks', 'pilot-written']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<svg');
    // the page's written values are the draft's
    const written = readFileSync(draft, 'utf8');
    const mean = /frequency_uplift: \{ normal: \{ mean: ([\d.]+)/.exec(written)?.[1] ?? /frequency_uplift:\s*\n?\s*normal:\s*\{\s*mean: ([\d.]+)/.exec(written)?.[1];
    expect(mean).toBeDefined();
    expect(html).toContain(`frequency_uplift: normal(mean ${mean}`);

    // an existing page: exit 2 before reading anything, so the draft is not touched
    writeFileSync(draft, 'kept as it was\n');
    const again = await run(...PILOT, '--end', '2023-03-31', '--write-effects', draft, '--html', page);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(draft, 'utf8')).toBe('kept as it was\n');

    const forced = await run(...PILOT, '--end', '2023-03-31', '--html', page, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('Nothing was written');
  });

  it('--interim writes the looks against their boundaries', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pilot-html-'));
    const page = join(dir, 'interim.html');
    const r = await run(...PILOT, '--end', '2023-06-30', '--interim', '--look-days', '14', '--html', page);
    expect(r.code).toBe(0);
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('id="pilot-looks"');
    // the bundled pilot's effect crosses its boundary on 25.03.2023, as the terminal says
    expect(html).toContain('Decision: stop: effect shown.');
    expect(r.stdout).toContain('Decision: stop: effect shown.');
  });

  it('in Russian has no English word', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pilot-html-'));
    const page = join(dir, 'pilot.html');
    const r = await run('--lang', 'ru', ...PILOT, '--end', '2023-03-31', '--html', page);
    expect(r.code).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('Отчёт о пилоте');
    // the files named on the page are what the user typed
    expect(englishWords(visibleText(html, [CODE]), ['fixtures/pilot/after.csv', 'fixtures/pilot/groups.csv'])).toEqual([]);
  });
});
