/**
 * The wizard offers the draft fitted to a history when one is given: its
 * defaults are the fitted values, so pressing Enter throughout writes what
 * `init --history … --yes` writes.
 */
import { screen } from '@inquirer/testing/vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
// imported after @inquirer/testing/vitest so the prompts are its mocks
import { runInit } from '../../src/cli/commands/init.js';
import { askInitAnswers } from '../../src/cli/prompts/init-wizard.js';
import { setLang } from '../../src/i18n/index.js';

let dir = '';
beforeEach(() => {
  setLang('en');
  dir = mkdtempSync(join(tmpdir(), 'loyalty-init-wizard-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('with --history the questions default to the fitted draft, and Enter throughout writes it', async () => {
  const io = { interactive: true, ask: askInitAnswers };
  const asked = join(dir, 'asked.yaml');
  const written = runInit(asked, { history: 'fixtures/examples/sales.csv', template: 'tiers' }, io);
  const seen: string[] = [];
  // name, currency, horizon, margin, customers, selection, ramp, top discount, launch, monthly
  for (let i = 0; i < 10; i++) {
    // the history is read before the first question
    await expect.poll(() => screen.getScreen(), { timeout: 20_000 }).toMatch(/\?/);
    seen.push(screen.getScreen());
    screen.keypress('enter');
    if (i < 9) await screen.next();
  }
  await written;
  expect(seen.find((s) => /Customers to simulate/.test(s))).toMatch(/\(292\)/);
  expect(seen.find((s) => /Currency/.test(s))).toMatch(/\(RUB\)/);
  const quiet = { interactive: false, ask: () => Promise.reject(new Error('must not ask')) };
  const yes = join(dir, 'yes.yaml');
  await runInit(yes, { history: 'fixtures/examples/sales.csv', template: 'tiers', yes: true }, quiet);
  expect(readFileSync(asked, 'utf8').replaceAll('asked.yaml', 'yes.yaml')).toBe(readFileSync(yes, 'utf8'));
}, 60_000);
