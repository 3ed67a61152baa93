/**
 * "Repeat exactly" repeats (issue 24): the command a report prints, run as
 * printed, gives the same numbers, with a history and its reading flags,
 * --sample and --set among the options.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { shellWords } from '../report/shell-words.js';

const DRAFT = `name: Repeat
currency: USD
horizon_months: 6
gross_margin: 0.3
effects:
  frequency_uplift: { uniform: { min: 0.05, max: 0.2 } }
mechanics:
  - type: discount
    rate: 0.03
costs: { launch: 1000 }
`;

/** The repeat command printed in a report page (the footer's code line), unescaped. */
function repeatOf(html: string): string {
  const m = /Repeat exactly: <code>([^<]*)<\/code>/.exec(html);
  if (!m) throw new Error('no repeat command in the page');
  return m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('the report’s repeat command', () => {
  it('is built from the actual options and, run as printed, gives the same numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repeat-'));
    const draft = join(dir, 'draft.yaml');
    writeFileSync(draft, DRAFT);
    const history = resolve('fixtures/examples/sales.csv');
    const first = join(dir, 'first.html');
    const options = ['--history', history, '--max-skipped', '0.5', '--sample', '150', '--set', 'costs.launch=5000', '--set', 'effects.frequency_uplift={uniform: {min: 0.1, max: 0.3}}', '--runs', '12', '--seed', '99', '--sampling', 'mc', '--horizon', '5'];
    const made = await runCli('report', draft, '--html', first, '--workers', '1', '--json', ...options);
    expect(made.code, made.stderr).toBe(0);
    const command = repeatOf(readFileSync(first, 'utf8'));
    for (const flag of ['--history', '--max-skipped', '--sample 150', '--set', 'costs.launch=5000', '--seed 99', '--runs 12', '--sampling mc', '--horizon 5', '--lang en']) expect(command).toContain(flag);

    const words = shellWords(command);
    expect(words.slice(0, 2)).toEqual(['loyalty-sim', 'report']);
    // the same command, its page written elsewhere
    const second = join(dir, 'second.html');
    const args = words.slice(1).map((w) => (w === first ? second : w));
    expect(args).toContain(second);
    const again = await runCli(...args, '--workers', '1', '--json');
    expect(again.code, again.stderr).toBe(0);
    const a = JSON.parse(made.stdout).drafts[0];
    const b = JSON.parse(again.stdout).drafts[0];
    expect(b.metrics).toEqual(a.metrics);
    expect(b.probabilities).toEqual(a.probabilities);
    expect(b.customers).toEqual(a.customers);
    expect(a.metrics.fixedCosts.mean).toBe(5000);
  }, 120_000);
});
