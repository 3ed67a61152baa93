import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { checkDraftFile, checkDraftText, loadDraft, MAX_ALIAS_COUNT } from '../../src/draft/load.js';

const dir = 'fixtures/drafts';

/** Each broken fixture's single error: where it is, which field, and what the message says. */
const broken: Array<[file: string, line: number, column: number, path: string, message: RegExp, hint?: RegExp]> = [
  ['alias-bomb.yaml', 3, 8, '', /aliases expand to too many nodes.*billion laughs/],
  ['bad-yaml-syntax.yaml', 7, 3, '', /Flow map .* end with a \}/, /indentation/],
  ['beta-infeasible.yaml', 5, 41, 'participation.beta.sd', /no beta distribution has mean 0\.6 and sd 0\.5: the sd must be below 0\.49/, /sd 0\.163 or less/],
  ['distribution-bad-inner-key.yaml', 6, 38, 'effects.check_uplift.pert.mdoe', /^unknown key "mdoe"$/, /did you mean "mode"\?/],
  ['duplicate-key.yaml', 6, 1, '', /^duplicate key/],
  ['expiry-before-lag.yaml', 11, 20, 'mechanics[0].expiry_months', /expire after 2 months, before they can be redeemed \(redemption_lag_months 3\)/],
  ['missing-key.yaml', 1, 1, 'currency', /^missing key "currency"$/],
  ['negative-rate.yaml', 7, 11, 'mechanics[0].rate', /^discount rate must be in \[0, 1\), got -0\.03$/],
  ['order-value-no-mean.yaml', 10, 44, 'customers.synthetic.order_value.gamma_gamma.q', /q must be above 1/],
  ['pert-mode-outside.yaml', 6, 47, 'effects.churn_reduction.pert.mode', /pert mode \(0\.4\) must lie between min \(0\.05\) and max \(0\.3\)/],
  ['two-discounts.yaml', 8, 11, 'mechanics[1].type', /a second discount mechanic \(the first is mechanics\[0\]\)/],
  ['unknown-distribution.yaml', 6, 23, 'effects.frequency_uplift.pret', /^unknown distribution "pret"$/, /did you mean "pert"\?/],
  ['unknown-key.yaml', 7, 5, 'mechanics[0].earn_per_curency', /^unknown key "earn_per_curency"$/, /did you mean "earn_per_currency"\?/],
  ['unknown-mechanic-type.yaml', 6, 11, 'mechanics[0].type', /^unknown type "pionts"$/, /did you mean "points"\?/],
  ['unknown-tag.yaml', 4, 15, '', /unknown YAML tag/],
  ['unsorted-levels.yaml', 10, 34, 'mechanics[0].levels[2].min_spend', /levels must be sorted by min_spend: Gold \(150000\) comes after Platinum \(500000\)/],
  [
    'wrong-type.yaml',
    4,
    15,
    'gross_margin',
    /^expected a number or one of \{triangular\|pert\|normal\|lognormal\|uniform\|beta\|gamma\}, got the text "25%"$/,
    /write shares as decimals: 0\.25/,
  ],
];

describe('broken draft fixtures', () => {
  it('cover every broken file in fixtures/drafts', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('valid-'));
    expect(files.sort()).toEqual(broken.map((b) => b[0]).sort());
  });

  it.each(broken)('%s: one error at %i:%i on "%s"', async (file, line, column, path, message, hint) => {
    const check = await checkDraftFile(`${dir}/${file}`);
    expect(check.valid).toBe(false);
    expect(check.draft).toBeUndefined();
    const errors = check.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect({ line: e!.line, column: e!.column, path: e!.path }).toEqual({ line, column, path });
    expect(e!.message).toMatch(message);
    if (hint) expect(e!.hint).toMatch(hint);
  });
});

describe('valid draft fixtures', () => {
  it('the hybrid has no issues at all', async () => {
    const check = await checkDraftFile(`${dir}/valid-hybrid.yaml`);
    expect(check).toMatchObject({ valid: true, issues: [] });
    expect(check.draft?.mechanics.map((m) => m.type)).toEqual(['points', 'tiers', 'rebate']);
  });

  it('the minimal draft gets its defaults and one warning', async () => {
    const check = await checkDraftFile(`${dir}/valid-minimal.yaml`);
    expect(check.valid).toBe(true);
    expect(check.draft).toMatchObject({ roi_basis: 'margin', participation: 1, mechanics: [], costs: { monthly: 0 } });
    expect(check.issues.map((i) => [i.severity, i.path])).toEqual([['warning', 'costs.monthly']]);
  });

  it('warnings do not make a draft invalid', async () => {
    const check = await checkDraftFile(`${dir}/valid-with-warnings.yaml`);
    expect(check.valid).toBe(true);
    expect(check.issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(check.issues.map((i) => `${i.line}:${i.column} ${i.path}`)).toEqual([
      '6:12 roi_basis',
      '15:20 mechanics[1].expiry_months',
      '16:13 mechanics[1].reward',
      '18:20 mechanics[2].qualification',
      '21:60 mechanics[2].levels[1].discount',
      '23:3 costs.monthly',
    ]);
  });
});

const base = `name: T
currency: RUB
horizon_months: 36
gross_margin: 0.25
costs: { monthly: 1000 }
`;

describe('checkDraftText', () => {
  it('calls an empty file empty', () => {
    expect(checkDraftText('', 'e.yaml').issues).toMatchObject([{ severity: 'error', line: 1, column: 1, message: 'the draft is empty' }]);
    expect(checkDraftText('# only a comment\n', 'e.yaml').valid).toBe(false);
  });

  it('says what a draft is when the file is a list', () => {
    const [issue] = checkDraftText('- a\n- b\n', 'l.yaml').issues;
    expect(issue).toMatchObject({ path: '', line: 1, column: 1 });
    expect(issue!.message).toMatch(/a draft is a map of keys/);
  });

  it('reports a distribution that is neither a number nor a map', () => {
    const check = checkDraftText(`${base}participation: [0.5, 0.6]\n`, 't.yaml');
    expect(check.issues).toMatchObject([{ path: 'participation', line: 6, column: 16 }]);
    expect(check.issues[0]!.message).toBe('expected a number or one of {triangular|pert|normal|lognormal|uniform|beta|gamma}, got a list');
  });

  it('reports a beta with keys of both forms as "expected {a, b} or {mean, sd}"', () => {
    const check = checkDraftText(`${base}participation: { beta: { a: 2, sd: 0.1 } }\n`, 't.yaml');
    expect(check.issues.map((i) => [i.path, i.message])).toEqual([
      ['participation.beta', 'expected {a, b} or {mean, sd}, got a map with a, sd'],
    ]);
    expect(check.issues[0]).toMatchObject({ line: 6, column: 24 });
  });

  it('reports a wrong type inside a distribution at that parameter', () => {
    const check = checkDraftText(`${base}participation: { uniform: { min: 0.2, max: high } }\n`, 't.yaml');
    expect(check.issues).toMatchObject([{ path: 'participation.uniform.max', line: 6, column: 44, message: 'expected a number, got the text "high"' }]);
  });

  it('points a missing key inside a list item at that item', () => {
    const check = checkDraftText(`${base}mechanics:\n  - type: discount\n`, 't.yaml');
    expect(check.issues).toMatchObject([{ path: 'mechanics[0].rate', line: 7, column: 5, message: 'missing key "rate"' }]);
  });

  it('points a missing mechanic type at the mechanic', () => {
    const check = checkDraftText(`${base}mechanics:\n  - rate: 0.03\n`, 't.yaml');
    expect(check.issues).toMatchObject([{ path: 'mechanics[0].type', line: 7, column: 5, message: 'missing key "type"', hint: 'one of discount|points|tiers|rebate|fee|referral|actions' }]);
  });

  it('rejects a bad enum value with a suggestion', () => {
    const check = checkDraftText(`${base}roi_basis: margins\n`, 't.yaml');
    expect(check.issues).toMatchObject([{ path: 'roi_basis', line: 6, column: 12, message: 'the text "margins" is not one of margin|revenue', hint: 'did you mean "margin"?' }]);
  });

  it('points at a key written with no value', () => {
    const check = checkDraftText(`${base}participation:\n`, 't.yaml');
    expect(check.issues).toMatchObject([{ path: 'participation', line: 6, column: 1 }]);
  });

  it('allows a few aliases and refuses more than the cap', () => {
    const few = `${base}effects:\n  frequency_uplift: &u { pert: { min: 0.01, mode: 0.05, max: 0.1 } }\n  check_uplift: *u\n`;
    const ok = checkDraftText(few, 'a.yaml');
    expect(ok.valid).toBe(true);
    expect(ok.draft?.effects.check_uplift).toEqual({ pert: { min: 0.01, mode: 0.05, max: 0.1 } });
    const items = Array.from({ length: MAX_ALIAS_COUNT + 1 }, () => '*x').join(', ');
    const many = checkDraftText(`x: &x [1, 2]\ny: [${items}]\n`, 'b.yaml');
    expect(many.valid).toBe(false);
    expect(many.issues[0]!.message).toMatch(/too many nodes/);
  });

  it('rejects a second YAML document', () => {
    const check = checkDraftText(`${base}---\nname: other\n`, 'two.yaml');
    expect(check.valid).toBe(false);
    expect(check.issues[0]!.line).toBe(6);
  });
});

describe('checkDraftFile and loadDraft', () => {
  it('a missing file is a UserError (exit 2), not an invalid draft', async () => {
    await expect(checkDraftFile(`${dir}/no-such.yaml`)).rejects.toBeInstanceOf(UserError);
    await expect(loadDraft(dir)).rejects.toThrow(/directory/);
  });

  it('loadDraft returns the draft and its warnings', async () => {
    const { draft, warnings } = await loadDraft(`${dir}/valid-minimal.yaml`);
    expect(draft.name).toBe('Minimal draft');
    expect(warnings.map((w) => w.path)).toEqual(['costs.monthly']);
  });

  it('loadDraft throws a UserError listing each error as file:line:col  message (hint)', async () => {
    const file = `${dir}/unknown-key.yaml`;
    const err = await loadDraft(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(
      `${file} is not a valid draft (1 error):\n  ${file}:7:5  mechanics[0].earn_per_curency: unknown key "earn_per_curency" (did you mean "earn_per_currency"? (earn_per_currency is required here))`,
    );
  });
});

describe('a share written as a percentage', () => {
  // 1.3 / 100 is 0.013000000000000001 in binary: the hint must print what the user should type
  it('is answered with the decimal the user should type, without binary noise, whether written 1.3 or "1.3%"', () => {
    const base = 'name: T\ncurrency: RUB\nhorizon_months: 12\ncosts: { monthly: 1 }\n';
    const bare = checkDraftText(`${base}gross_margin: 1.3\n`, 'bare.yaml').issues.find((i) => i.path === 'gross_margin');
    expect(bare?.message).toBe('gross_margin must be in (0, 1], got 1.3');
    // a bare 1.3 is not a percentage: the hint says what to write if it was meant as one (issue 29)
    expect(bare?.hint).toBe('a share is a decimal no greater than 1; if 1.3 is meant in percent, write 0.013');
    const text = checkDraftText(`${base}gross_margin: "1.3%"\n`, 'text.yaml').issues.find((i) => i.path === 'gross_margin');
    expect(text?.hint).toBe('write shares as decimals: 0.013');
  });
});
