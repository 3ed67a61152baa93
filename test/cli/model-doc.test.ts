/**
 * The model reference ships with the package (issue 10 part 7): the help
 * points to docs/model.md, never to the design files a user does not have.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftJsonSchema } from '../../src/draft/schema.js';
import { TEMPLATE_NAMES, templateText } from '../../src/draft/templates.js';
import { runCli } from './run-cli.js';

const COMMANDS = ['init', 'validate', 'schema', 'profile', 'fit', 'simulate', 'compare', 'sweep', 'tornado', 'breakeven', 'roi', 'report', 'pilot'];
const DESIGN_FILES = /MODEL\.md|PROGRAM-FORMAT\.md|CLI\.md/;

describe('docs/model.md', () => {
  const doc = readFileSync('docs/model.md', 'utf8');

  it('is in the package files and covers §1–12, the draft fields and a Calibration section others can extend', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs');
    for (let n = 1; n <= 12; n++) expect(doc, `§${n}`).toMatch(new RegExp(`^## ${n}\\. `, 'm'));
    expect(doc).toMatch(/^## 6\. Calibration$/m);
    expect(doc).toMatch(/^## Draft fields at a glance$/m);
    // every mechanic type and behaviour block is explained
    for (const f of ['enrolment', 'ramp_months', 'half_life_months', 'by_spend', 'reward_elasticity', 'redemption', 'pull_forward', 'type: fee', 'type: referral', 'extra_payment_days', 'warm_start'])
      expect(doc, f).toContain(f);
  });

  it('--help of the program and every command points to docs/model.md, not to the design files', async () => {
    const main = await runCli('--help');
    expect(main.stdout).toContain('docs/model.md');
    for (const c of COMMANDS) {
      const r = await runCli(c, '--help');
      expect(r.stdout + r.stderr, c).not.toMatch(DESIGN_FILES);
    }
    expect((await runCli('simulate', '--help')).stdout).toContain('docs/model.md');
  });

  it('the JSON Schema and the templates a user receives cite docs/model.md, not the design files', () => {
    expect(JSON.stringify(draftJsonSchema())).not.toMatch(DESIGN_FILES);
    for (const t of TEMPLATE_NAMES) expect(templateText(t), t).not.toMatch(DESIGN_FILES);
    expect(templateText('hybrid')).toContain('docs/model.md §10');
  });
});
