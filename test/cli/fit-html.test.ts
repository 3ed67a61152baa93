/**
 * `fit --html FILE` through the CLI: writes the diagnostics page, refuses to
 * replace a file without --force (exit 2, before fitting) and replaces it
 * with --force; --json carries the tracking curve and the order value by
 * frequency.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-sim-fit-html-'));
const sample = 'fixtures/history/cdnow_sample.csv';

describe('fit --html', { timeout: 60_000 }, () => {
  it('writes the page and prints the terminal diagnostics', async () => {
    const html = join(dir, 'fit.html');
    const r = await run('fit', sample, '--unit', 'week', '--calibration-end', '1997-09-30', '--html', html);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote ${html}`);
    expect(r.stdout).toContain('Tracking: cumulative repeat purchases by week');
    expect(r.stdout).toContain('Holdout weeks 40–78: actual 1,882');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h1>Fit diagnostics: fixtures/history/cdnow_sample.csv</h1>');
    expect(page).toContain('<section id="fit-tracking">');
  });

  it('does not replace an existing file without --force (exit 2), and does with it', async () => {
    const html = join(dir, 'old.html');
    writeFileSync(html, 'OLD');
    const r = await run('fit', sample, '--unit', 'week', '--html', html);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists');
    expect(r.stderr).toContain('--force');
    expect(r.stdout).toBe('');
    expect(readFileSync(html, 'utf8')).toBe('OLD');
    const again = await run('fit', sample, '--unit', 'week', '--html', html, '--force');
    expect(again.code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('No holdout');
  });

  it('works with --summary (no tracking: a summary has no dates) and with --json', async () => {
    const html = join(dir, 'summary.html');
    const r = await run('fit', '--summary', 'fixtures/examples/cdnow-summary.csv', '--unit', 'week', '--html', html, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.tracking).toBeNull();
    expect(j.valueByFrequency).toHaveLength(7);
    expect(readFileSync(html, 'utf8')).toContain('A summary input has no dates');
    expect(existsSync(html)).toBe(true);
  });

  it('--json has the weekly tracking curve', async () => {
    const r = await run('fit', sample, '--unit', 'week', '--calibration-end', '1997-09-30', '--json');
    const j = JSON.parse(r.stdout);
    expect(j.tracking.weekEnds).toHaveLength(78);
    expect(j.tracking.weekEnds[38]).toBe('1997-09-30');
    expect(j.tracking.actual[38]).toBe(2457);
    expect(j.tracking.calibrationWeeks).toBe(39);
    expect(j.tracking.expected[77]).toBeGreaterThan(4000);
  });
});
