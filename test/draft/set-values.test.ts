/**
 * Issue 29: optimize --write changes the chosen fields and nothing else: the
 * draft's aligned comments and blank lines stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { setDraftValues } from '../../src/draft/set-values.js';
import { checkDraftText } from '../../src/draft/load.js';
import { smallDraft } from '../cli/small-draft.js';

const TEXT = `${smallDraft('Aligned')
  .replace('horizon_months: 6\n', 'horizon_months: 6                # half a year\n\n')
  .replace('    rate: 0.03\n', '    rate: 0.03                     # member discount\n')}# the end\n`;

describe('setDraftValues', () => {
  it('replaces one-line values in place, leaving every other byte as written', () => {
    const check = checkDraftText(TEXT, 'a.yaml');
    expect(check.valid).toBe(true);
    const draft = check.draft!;
    const out = setDraftValues(TEXT, 'a.yaml', draft, [
      { path: 'mechanics.discount.rate', value: 0.045 },
      { path: 'effects.frequency_uplift', value: { uniform: { min: 0.1, max: 0.3 } } },
    ]);
    // only the two values' own characters change (the comment after the rate moves one column right)
    expect(out).toBe(TEXT.replace('rate: 0.03 ', 'rate: 0.045 ').replace('{ uniform: { min: 0.05, max: 0.2 } }', '{ uniform: { min: 0.1, max: 0.3 } }'));
    expect(out).toContain('horizon_months: 6                # half a year\n\n');
  });
});
