/**
 * The what-if panel in a real Chromium (the same one as the report's browser
 * test): the report opens offline, the participation slider is moved with
 * the keyboard, the panel updates, and its ROI equals, to display precision,
 * what the copied command prints in the terminal. No request leaves the page
 * (the engine's Workers, one per core, run a blob of code carried in it), no console error.
 * Saves before/after screenshots to test-artifacts/ and prints how long one
 * update took. The page's own timer (data-ms, data-worker-ms) is checked
 * here on the hybrid at the what-if's full size (2,000 customers × 200 runs ×
 * 36 months); issue 26's speed goal for it (≤ 0.3 s) lives in npm run bench
 * (bench/whatif.js), not in a timed test: a shared machine's load moves it.
 */
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/report/format.js';
import { englishWords } from '../cli/latin-scan.js';
import { runCli } from '../cli/run-cli.js';
import { withOfflinePage } from './offline-page.js';
import { shellWords } from './shell-words.js';

const ARTIFACTS = resolve('test-artifacts');

describe('the what-if panel in a browser', () => {
  it('moves participation, updates offline, and matches the copied command', { timeout: 300_000 }, async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'whatif.html');
    const made = await runCli('report', 'scenarios/wholesale-hybrid.yaml', '--html', file, '--interactive', '--runs', '100', '--workers', '1', '--force');
    expect(made.code, made.stderr).toBe(0);

    await withOfflinePage(file, async ({ page, url, problems, requests }) => {
      const updates = async (): Promise<number> => Number(await page.getAttribute('#whatif-results', 'data-updates'));
      await page.waitForFunction(() => document.getElementById('whatif-results')?.dataset.updates === '1', null, { timeout: 120_000 });
      await page.locator('#whatif').screenshot({ path: join(ARTIFACTS, 'whatif-before.png') });

      // keyboard only: the slider takes focus and steps down from 60 % to 30 %
      const slider = page.locator('[id="lever-participation-range"]');
      // the slider is found by its label, as a screen reader would
      expect(await page.getByLabel(/^Participation/).count()).toBeGreaterThan(0);
      await slider.focus();
      const before = await updates();
      const started = Date.now();
      for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
      await page.waitForFunction((n) => Number(document.getElementById('whatif-results')?.dataset.updates) > n, before, { timeout: 120_000 });
      await page.waitForFunction(() => document.getElementById('whatif-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 120_000 });
      const ms = Date.now() - started;
      const status = await page.textContent('#whatif-status');
      console.log(`what-if update in the browser: ${ms} ms from the last key press (${status})`);
      expect(await page.inputValue('[id="lever-participation-value"]')).toBe('0.3');
      await page.locator('#whatif').screenshot({ path: join(ARTIFACTS, 'whatif-after.png') });

      const roi = Number(await page.getAttribute('#whatif-results', 'data-roi'));
      const command = await page.inputValue('#whatif-command');
      expect(command).toContain("--set 'participation=");
      const words = shellWords(command);
      const cli = await runCli(...words.slice(1), '--workers', '1', '--json');
      expect(cli.code, cli.stderr).toBe(0);
      const cliRoi = JSON.parse(cli.stdout).metrics.roi.mean as number;
      expect(formatPercent(roi, 'en-US', 1)).toBe(formatPercent(cliRoi, 'en-US', 1));
      expect(await page.textContent('#whatif-results')).toContain(formatPercent(cliRoi, 'en-US', 1));

      expect(problems).toEqual([]);
      // the file itself, and the Workers made from one blob of the code it carries: nothing else
      expect(requests.filter((r) => r !== url && !r.startsWith('blob:'))).toEqual([]);
    });
  });

  // Issue 26's what-if size; its speed goal is bench/whatif.js's line
  it('times each update of the hybrid at full size by the page\'s own timer, the workers\' time within it', { timeout: 300_000 }, async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'whatif-timing.html');
    const made = await runCli('report', 'scenarios/wholesale-hybrid.yaml', '--html', file, '--interactive', '--runs', '20', '--workers', '1', '--force');
    expect(made.code, made.stderr).toBe(0);

    await withOfflinePage(file, async ({ page, problems }) => {
      const spec = JSON.parse((await page.textContent('#whatif-spec')) ?? '{}') as { sample: number; runs: number; horizon: number };
      expect(spec).toMatchObject({ sample: 2000, runs: 200, horizon: 36 });
      await page.waitForFunction(() => document.getElementById('whatif-results')?.dataset.updates === '1', null, { timeout: 120_000 });
      const slider = page.locator('[id="lever-participation-range"]');
      await slider.focus();
      const times: number[] = [];
      const inWorkers: number[] = [];
      for (let i = 0; i < 7; i++) {
        const before = Number(await page.getAttribute('#whatif-results', 'data-updates'));
        // one step at a time, each update awaited: the timer measures an update, not a queue of them
        await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowLeft');
        await page.waitForFunction((n) => Number(document.getElementById('whatif-results')?.dataset.updates) > n, before, { timeout: 120_000 });
        times.push(Number(await page.getAttribute('#whatif-results', 'data-ms')));
        inWorkers.push(Number(await page.getAttribute('#whatif-results', 'data-worker-ms')));
      }
      const cores = await page.evaluate(() => navigator.hardwareConcurrency);
      const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
      console.log(`what-if updates by the page's timer: ${times.map((x) => x.toFixed(0)).join(', ')} ms; median ${median.toFixed(0)} ms (the slowest worker's own time: ${inWorkers.map((x) => x.toFixed(0)).join(', ')} ms); ${cores} cores; load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
      expect(times.every((x) => x > 0)).toBe(true);
      // the page's timer spans the slowest worker's own (question to assembled answer)
      inWorkers.forEach((w, i) => {
        expect(w).toBeGreaterThan(0);
        expect(w).toBeLessThanOrEqual(times[i]! + 1);
      });
      expect(problems).toEqual([]);
    });
  });

  // Issue 24: a lever moved before the first computation ends used to throw "Cannot read properties of
  // undefined (reading 'metrics')" and leave the status at "running…" until reload.
  it('takes a lever moved at once, before the first computation ends: no error, and the panel settles on the moved value', { timeout: 300_000 }, async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'whatif-at-once.html');
    const made = await runCli('report', 'scenarios/wholesale-hybrid.yaml', '--html', file, '--interactive', '--runs', '60', '--workers', '1', '--force');
    expect(made.code, made.stderr).toBe(0);

    await withOfflinePage(file, async ({ page, problems }) => {
      // at once: the first computation (the draft as it is) has not answered yet
      expect(await page.getAttribute('#whatif-results', 'data-updates')).toBeNull();
      await page.locator('[id="lever-participation-range"]').focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => Number(document.getElementById('whatif-results')?.dataset.updates) >= 2, null, { timeout: 180_000 });
      await page.waitForFunction(() => document.getElementById('whatif-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 180_000 });
      const status = (await page.textContent('#whatif-status')) ?? '';
      expect(status).not.toMatch(/running/i);
      expect(problems).toEqual([]);
      // the panel shows the moved value beside the draft's own
      expect(await page.inputValue('[id="lever-participation-value"]')).toBe('0.55');
      expect(await page.locator('table.whatif-compare').count()).toBe(1);
    });
  });

  // The Russian page: the panel's labels, status and results come from the catalog the report embeds;
  // the worker's numbers are formatted the Russian way (15,2 %), and nothing in the panel is English.
  it('speaks Russian under --lang ru: labels, status and results, and it still updates offline', { timeout: 300_000 }, async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'whatif-ru.html');
    const made = await runCli('report', 'scenarios/wholesale-hybrid.yaml', '--html', file, '--interactive', '--runs', '60', '--workers', '1', '--force', '--lang', 'ru');
    expect(made.code, made.stderr).toBe(0);

    await withOfflinePage(file, async ({ page, url, problems, requests }) => {
      await page.waitForFunction(() => document.getElementById('whatif-results')?.dataset.updates === '1', null, { timeout: 120_000 });
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      expect(await page.getByLabel(/^Участие/).count()).toBeGreaterThan(0);
      const slider = page.locator('[id="lever-participation-range"]');
      await slider.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => Number(document.getElementById('whatif-results')?.dataset.updates) > 1, null, { timeout: 120_000 });
      await page.waitForFunction(() => document.getElementById('whatif-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 120_000 });
      await page.locator('#whatif').screenshot({ path: join(ARTIFACTS, 'whatif-ru.png') });
      const panel = (await page.locator('#whatif').innerText()).replace(/\s+/g, ' ');
      const roi = Number(await page.getAttribute('#whatif-results', 'data-roi'));
      expect(panel).toContain(formatPercent(roi, 'ru-RU', 1).replace(/\s+/g, ' '));
      // the copied command is what the user types: it stays as it is
      const command = await page.inputValue('#whatif-command');
      expect(englishWords(panel, [command, 'Wholesale hybrid - points and tiers'])).toEqual([]);
      expect(problems).toEqual([]);
      expect(requests.filter((r) => r !== url && !r.startsWith('blob:'))).toEqual([]);
    });
  });
});
