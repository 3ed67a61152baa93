import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraftFile } from '../../src/draft/load.js';
import { draftJsonSchema } from '../../src/draft/schema.js';

const yamls = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

describe('scenarios/', () => {
  it('program.schema.json is the current draftJsonSchema() (regenerate: npm run build && node bin/loyalty-sim.js schema > scenarios/program.schema.json)', () => {
    expect(readFileSync('scenarios/program.schema.json', 'utf8')).toBe(`${JSON.stringify(draftJsonSchema(), null, 2)}\n`);
  });

  it('holds the hybrid, one scenario per single mechanic, the club, the referral network, the loading case, the early-payment program and the segmented offer', () => {
    expect(yamls).toEqual(
      expect.arrayContaining([
        'wholesale-hybrid.yaml',
        'points-only.yaml',
        'discount-only.yaml',
        'tiers.yaml',
        'rebate.yaml',
        'business-club.yaml',
        'dealer-referral.yaml',
        'rebate-loading.yaml',
        'early-payment.yaml',
        'segmented-offer.yaml',
      ]),
    );
  });

  /** The loading scenario exists to show what its lint warns about. */
  const EXPECTED_WARNINGS: Record<string, string[]> = { 'rebate-loading.yaml': ['mechanics[0].pull_forward'] };

  it('every scenario is valid and they share currency, horizon and customers, so compare can set them side by side', async () => {
    const checks = await Promise.all(yamls.map((f) => checkDraftFile(`scenarios/${f}`)));
    for (const [i, c] of checks.entries()) {
      expect(c.valid, c.file).toBe(true);
      expect(c.issues.map((x) => `${x.severity} ${x.path}`), c.file).toEqual((EXPECTED_WARNINGS[yamls[i]!] ?? []).map((p) => `warning ${p}`));
    }
    const shared = checks.map((c) => ({ currency: c.draft?.currency, horizon: c.draft?.horizon_months, customers: c.draft?.customers }));
    for (const s of shared) expect(s).toEqual(shared[0]);
    expect(shared[0]).toMatchObject({ currency: 'RUB', horizon: 36, customers: { synthetic: { count: 10000 } } });
  });
});
