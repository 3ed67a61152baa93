/**
 * Issue 12 item 8: a draft saved in Windows-1251 reads as its letters, YAML
 * errors speak to the user and not of the library, and every plain number of
 * the schema is bounded to ±1e12.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDraftFile, checkDraftText, decodeDraft } from '../../src/draft/load.js';
import { smallDraft } from '../cli/small-draft.js';

const dir = mkdtempSync(join(tmpdir(), 'loyalty-draft-enc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Windows-1251 bytes of text (Cyrillic letters only; the rest is ASCII). */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    throw new Error(`not in the test's table: ${ch}`);
  }));
}

describe('draft encoding', () => {
  it('Windows-1251 bytes decode to their Cyrillic letters, with a note; UTF-8 (with or without BOM) has none', () => {
    expect(decodeDraft(cp1251('name: Программа\n'))).toEqual({ text: 'name: Программа\n', note: expect.stringMatching(/not UTF-8.*Windows-1251/) });
    expect(decodeDraft(new TextEncoder().encode('name: Программа\n'))).toEqual({ text: 'name: Программа\n' });
    expect(decodeDraft(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a: 1')]))).toEqual({ text: 'a: 1' });
  });

  it('a valid draft saved in Windows-1251 validates with its name intact and a warning to save it as UTF-8', async () => {
    const file = join(dir, 'cp1251.yaml');
    writeFileSync(file, cp1251(smallDraft('Программа лояльности')));
    const check = await checkDraftFile(file);
    expect(check.valid).toBe(true);
    expect(check.draft?.name).toBe('Программа лояльности');
    expect(check.issues[0]).toMatchObject({ severity: 'warning', line: 1, message: expect.stringMatching(/Windows-1251/), hint: expect.stringMatching(/UTF-8/) });
  });
});

describe('YAML errors in user wording', () => {
  const messages = (text: string) => checkDraftText(text, 'd.yaml').issues.map((i) => `${i.message} ${i.hint ?? ''}`);
  it('two documents: no "YAML.parseAllDocuments()"', () => {
    const m = messages('name: a\n---\nname: b\n');
    expect(m).toEqual([expect.stringMatching(/more than one YAML document \(a line --- starts another\): a draft is a single document remove the ---/)]);
    expect(m.join()).not.toMatch(/parseAllDocuments|YAML\.\w+\(/);
  });

  it('deep nesting: one plain error, not "Maximum call stack size exceeded" at every level', () => {
    const m = messages('['.repeat(20_000));
    expect(m).toEqual([expect.stringMatching(/the YAML nests too deeply to read.*never closed/)]);
  });
});

describe('plain numbers of the schema are bounded', () => {
  const base = smallDraft('T');
  it.each([
    ['effects.half_life_months', base.replace('effects:\n', 'effects:\n  half_life_months: 1e300\n')],
    ['effects.reference_reward_rate', base.replace('effects:\n', 'effects:\n  reference_reward_rate: -1e300\n')],
    ['enrolment.eligible_top_share', `${base}enrolment: { eligible_top_share: 1e300 }\n`],
    ['mechanics[1].reach', base.replace('mechanics:\n', 'mechanics:\n  - { type: rebate, reach: 1e300, brackets: [{ min_spend: 100, rate: 0.01 }] }\n')],
    ['mechanics[1].redemption.threshold', base.replace('mechanics:\n', 'mechanics:\n  - { type: points, earn_per_currency: 0.01, point_value: 1, redemption: { threshold: 1e300, monthly_propensity: 0.1 } }\n')],
  ])('%s: 1e300 is an error', (path, text) => {
    const errors = checkDraftText(text, 'd.yaml').issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(new RegExp(`${path.replace(/[[\].]/g, '\\$&').replace(/^mechanics\\\[1\\\]/, 'mechanics\\[\\d\\]')}: .*(1e12|1000000000000|too big|at most)`, 'i'));
  });
});
