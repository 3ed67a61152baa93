import { describe, expect, it } from 'vitest';
import { checkDraftText } from '../../src/draft/load.js';
import { getPath, uncertainFields } from '../../src/draft/paths.js';
import { segmentDraft } from '../../src/draft/segment-draft.js';
import { spendBandShares } from '../../src/draft/segment-rules.js';
import { draftSchema } from '../../src/draft/schema.js';
import { RFM_SEGMENTS, rfmKey } from '../../src/history/rfm.js';
import { RFM_NAMES_RU } from '../../src/i18n/rfm-names.js';

const HEAD = `name: T
currency: RUB
horizon_months: 12
gross_margin: 0.25
costs: { monthly: 1000 }
effects: { frequency_uplift: 0.1, check_uplift: 0.04, churn_reduction: 0.05 }
mechanics:
  - type: discount
    rate: 0.04
`;

const check = (segments: string) => checkDraftText(`${HEAD}segments:\n${segments}`, 'd.yaml');
const where = (segments: string) => check(segments).issues.map((i) => `${i.severity} ${i.line}:${i.column} ${i.path}`);

describe('segments in a draft (docs/model.md §13)', () => {
  it('loads the PROGRAM-FORMAT.md shape with defaults: invite true, overrides optional', () => {
    const c = check(`  - name: Key
    where: { spend_top_share: [0, 0.2] }
    participation: 0.8
    mechanics: { discount: { rate: 0.02 } }
  - name: Small
    where: { spend_top_share: [0.7, 1] }
    invite: false
`);
    expect(c.issues).toEqual([]);
    expect(c.draft!.segments!.map((s) => [s.name, s.invite])).toEqual([
      ['Key', true],
      ['Small', false],
    ]);
  });

  it('places rule errors at line:column: band order, duplicate and reserved names, unknown mechanic, an unknown RFM class', () => {
    expect(
      where(`  - name: A
    where: { spend_top_share: [0.5, 0.2] }
  - name: A
    where: { spend_top_share: [0.6, 0.7] }
  - name: other
    where: { spend_top_share: [0.8, 0.9] }
    mechanics: { points: { point_value: 1 } }
  - name: R
    where: { rfm: [At risk, sleepy] }
  - name: C
    where: { column: { name: industry, values: [retail] } }
`).filter((x) => x.startsWith('error')),
    ).toEqual([
      'error 12:31 segments[0].where.spend_top_share',
      'error 13:11 segments[1].name',
      'error 15:11 segments[2].name',
      'error 17:26 segments[2].mechanics.points',
      // "At risk" is the profile's own name of at_risk; sleepy is no class
      'error 19:29 segments[3].where.rfm[1]',
    ]);
  });

  it('reads a class by the name a Russian profile shows it, «В зоне риска», as at_risk; a Russian non-class is still an error', () => {
    const errors = where(`  - name: R
    where: { rfm: [В зоне риска, спящие, Нельзя_потерять, Зона риска] }
`).filter((x) => x.startsWith('error'));
    expect(errors).toEqual(['error 12:59 segments[0].where.rfm[3]']);
    expect(['В зоне риска', 'спящие', 'нельзя_потерять'].map(rfmKey)).toEqual(['at_risk', 'hibernating', 'cannot_lose_them']);
    // every class has its Russian name, in the grid's order (the hint lists them as the profile does)
    expect(Object.keys(RFM_NAMES_RU)).toEqual(RFM_SEGMENTS.map((c) => c.name));
  });

  it('checks override ranges: a 100 % discount, a participation above 1, a negative scale', () => {
    expect(
      where(`  - name: A
    where: { spend_top_share: [0, 0.5] }
    participation: 1.5
    effects: { scale: -1 }
    mechanics: { discount: { rate: 1 } }
`).filter((x) => x.startsWith('error')),
    ).toEqual(['error 13:20 segments[0].participation', 'error 14:23 segments[0].effects.scale', 'error 15:36 segments[0].mechanics.discount.rate']);
  });

  it('rejects unknown keys and a where with two kinds', () => {
    expect(check(`  - name: A\n    where: { spend_top_share: [0, 0.5] }\n    invited: false\n`).valid).toBe(false);
    expect(check(`  - name: A\n    where: { spend_top_share: [0, 0.5], rfm: [lost] }\n`).valid).toBe(false);
  });

  it('lints a segment nobody matches and overlapping segments, first match wins', () => {
    expect(
      where(`  - name: A
    where: { spend_top_share: [0, 0.5] }
  - name: B
    where: { spend_top_share: [0.1, 0.3] }
  - name: C
    where: { spend_top_share: [0.4, 0.8] }
  - name: D
    where: { spend_top_share: [0.8, 1] }
`),
    ).toEqual(['warning 14:12 segments[1].where', 'warning 16:12 segments[2].where']);
    const d = draftSchema.parse({ name: 'T', currency: 'RUB', horizon_months: 12, gross_margin: 0.25, segments: [
      { name: 'A', where: { spend_top_share: [0, 0.5] } },
      { name: 'B', where: { spend_top_share: [0.1, 0.3] } },
      { name: 'C', where: { spend_top_share: [0.4, 0.8] } },
    ] });
    const shares = spendBandShares(d.segments!);
    expect(shares.map((s) => [s.named, s.held].map((x) => Number(x.toFixed(12))))).toEqual([[0.5, 0.5], [0.2, 0], [0.4, 0.3]]);
  });

  it('lints RFM classes and column values an earlier segment takes, and says who keeps customers two kinds share', () => {
    const issues = check(`  - name: Key
    where: { spend_top_share: [0, 0.2] }
  - name: Dormant
    where: { rfm: [at_risk, hibernating] }
  - name: Asleep
    where: { rfm: [hibernating, lost] }
  - name: Gone
    where: { rfm: [Lost, at_risk] }
  - name: Retail
    where: { column: { name: industry, values: [retail, 1] } }
  - name: Shops
    where: { column: { name: industry, values: [retail, "1"] } }
  - name: North
    where: { column: { name: region, values: [North] } }
`).issues;
    const said = issues.map((i) => `${i.path} ${i.message}`);
    // the same kind, exactly: classes and values taken earlier
    expect(said).toContain('segments[2].where segment "Asleep" shares hibernating with earlier segments, which keep those customers');
    expect(said).toContain('segments[3].where segment "Gone" holds nobody: earlier segments already take lost, at_risk');
    expect(said).toContain('segments[5].where segment "Shops" holds nobody: earlier segments already take retail, 1');
    // other kinds: may share, the earlier one keeps them
    expect(said).toContain('segments[1].where segment "Dormant" may share customers with earlier segments of another kind (Key): a customer who matches both stays in the earlier one');
    expect(said).toContain('segments[6].where segment "North" may share customers with earlier segments of another kind (Key, Dormant, Asleep, Gone, Retail, Shops): a customer who matches both stays in the earlier one');
    expect(issues.every((i) => i.severity === 'warning' && i.hint)).toBe(true);
    // a band after bands keeps its own exact lint, and says nothing of kinds
    expect(where(`  - name: A\n    where: { spend_top_share: [0, 0.2] }\n  - name: B\n    where: { spend_top_share: [0.2, 0.5] }\n`)).toEqual([]);
  });

  it('warns when an uninvited segment carries terms', () => {
    expect(where(`  - name: A\n    where: { spend_top_share: [0, 0.5] }\n    invite: false\n    mechanics: { discount: { rate: 0.02 } }\n`)).toEqual(['warning 13:13 segments[0].invite']);
  });

  it('names segment fields by path, so uncertain overrides are drawn and sweeps can address them', () => {
    const c = check(`  - name: Key\n    where: { spend_top_share: [0, 0.2] }\n    mechanics: { discount: { rate: { uniform: { min: 0.01, max: 0.03 } } } }\n`);
    expect(uncertainFields(c.draft!).map((f) => f.path)).toEqual(['segments.Key.mechanics.discount.rate']);
    expect(getPath(c.draft!, 'segments.Key.mechanics.discount.rate')).toEqual({ uniform: { min: 0.01, max: 0.03 } });
  });

  it("applies a segment's overrides: an uninvited segment's participation is 0, scale multiplies the uplifts", () => {
    const d = draftSchema.parse({ name: 'T', currency: 'RUB', horizon_months: 12, gross_margin: 0.25, participation: 0.7,
      effects: { frequency_uplift: 0.1, check_uplift: 0.04, churn_reduction: 0.05 }, mechanics: [{ type: 'discount', rate: 0.04 }] });
    const key = segmentDraft(d, { name: 'K', where: { spend_top_share: [0, 0.2] }, invite: true, effects: { check_uplift: 0.02, scale: 2 }, mechanics: { discount: { rate: 0.02 } } });
    expect(key.participation).toBe(0.7);
    expect([key.effects.frequency_uplift, key.effects.check_uplift, key.effects.churn_reduction]).toEqual([0.2, 0.04, 0.1]);
    expect(key.mechanics[0]).toEqual({ type: 'discount', rate: 0.02 });
    expect('segments' in key).toBe(false);
    expect(segmentDraft(d, { name: 'S', where: { spend_top_share: [0.7, 1] }, invite: false }).participation).toBe(0);
    // the draft itself is untouched
    expect(d.mechanics[0]).toEqual({ type: 'discount', rate: 0.04 });
  });
});

describe('segment messages in Russian', () => {
  it('read without Latin words, every one with a hint', async () => {
    const { setLang } = await import('../../src/i18n/index.js');
    const { englishWords } = await import('../cli/latin-scan.js');
    setLang('ru');
    try {
      const c = check(`  - name: A
    where: { spend_top_share: [0.5, 0.2] }
  - name: A
    where: { spend_top_share: [0.6, 0.7] }
  - name: other
    where: { spend_top_share: [0.1, 0.3] }
    invite: false
    mechanics: { fee: { monthly: 1 } }
  - name: R
    where: { rfm: [at_risk, sleepy] }
  - name: C
    where: { column: { name: industry, values: [retail] } }
  - name: R2
    where: { rfm: [at_risk] }
  - name: E
    where: { spend_top_share: [0, 0.2] }
`);
      expect(c.issues.length).toBeGreaterThanOrEqual(8);
      for (const i of c.issues) {
        expect(i.hint).toMatch(/\p{L}/u);
        expect(englishWords(`${i.message}\n${i.hint}`)).toEqual([]);
      }
    } finally {
      setLang('en');
    }
  });
});
