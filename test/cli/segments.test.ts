/** Segments at the command line (docs/model.md §13): validate's line:column, simulate's table and --json bySegment. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords } from './latin-scan.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ls-seg-'));
const draft = (segments: string): string => {
  const file = join(dir, `d${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    file,
    `name: Segmented
currency: RUB
horizon_months: 12
gross_margin: 0.25
customers:
  synthetic:
    count: 800
    orders_per_month: { gamma: { shape: 0.8, rate: 2.0 } }
    dropout_per_order: { beta: { a: 0.6, b: 6 } }
    order_value: { gamma_gamma: { p: 6, q: 4, gamma: 15000 } }
participation: 0.6
effects: { frequency_uplift: 0.05 }
mechanics:
  - type: discount
    rate: 0.04
costs: { launch: 10000, monthly: 1000 }
segments:
${segments}`,
  );
  return file;
};
const KEY = `  - name: Key
    where: { spend_top_share: [0, 0.2] }
    mechanics: { discount: { rate: 0.02 } }
  - name: Small
    where: { spend_top_share: [0.7, 1] }
    invite: false
`;

describe('segments at the command line', () => {
  it('validate names a bad band by file:line:column and fails the check (exit 1, as for any invalid draft)', async () => {
    const file = draft(`  - name: Key\n    where: { spend_top_share: [0.3, 0.2] }\n`);
    const out = await runCli('validate', file);
    expect(out.code).toBe(1);
    expect(out.stdout + out.stderr).toContain(`${file}:19:31`);
  });

  it('simulate --json has bySegment with the three segments; the terminal shows the table and who pays', async () => {
    const file = draft(KEY);
    const json = await runCli('simulate', file, '--runs', '4', '--seed', '3', '--json');
    expect(json.code).toBe(0);
    const j = JSON.parse(json.stdout) as { metrics: Record<string, { mean: number }>; bySegment: { name: string; invited: boolean; metrics: Record<string, { mean: number }> }[] };
    expect(j.bySegment.map((s) => s.name)).toEqual(['Key', 'Small', 'other']);
    expect(j.bySegment[1]!.metrics.members!.mean).toBe(0);
    const total = j.bySegment.reduce((a, s) => a + s.metrics.activeAtStart!.mean, 0);
    expect(total).toBe(j.metrics.activeAtStart!.mean);
    const text = await runCli('simulate', file, '--runs', '4', '--seed', '3', '--plain');
    expect(text.stdout).toContain('By segment (docs/model.md §13)');
    expect(text.stdout).toMatch(/other \(the rest\)/);
    expect(text.stdout).toMatch(/Paying for the others|Every invited segment pays|No segment pays/);
    const ru = await runCli('simulate', file, '--runs', '4', '--seed', '3', '--plain', '--lang', 'ru');
    const table = ru.stdout.slice(ru.stdout.indexOf('По сегментам'));
    expect(table.length).toBeGreaterThan(100);
    expect(englishWords(table.slice(0, table.indexOf('\n\n')), ['Key', 'Small'])).toEqual([]);
  });
});
