/**
 * A tiny real `optimize` result for the page tests (optimize-html.test.ts and
 * the browser test): 300 customers, 16 runs per design, one field with an
 * interior optimum (the Gold level pays for big buyers only, as in
 * test/decide/optimize.test.ts) and a budget that some designs miss. A few
 * seconds; computed once per test file.
 */
import { parseConstraint } from '../../src/decide/constraint.js';
import { optimizeDraft, parseRange, type OptimizeResult } from '../../src/decide/optimize.js';
import { checkDraftText } from '../../src/draft/load.js';
import type { BatchMeta } from '../../src/report/decide-text.js';
import { batchOpts, popOf } from '../decide/helpers.js';
import { CUSTOMERS, HEADER } from '../engine/helpers.js';

// the Gold level pays for big buyers only, so mean NPV has an interior optimum in min_spend (as test/decide/optimize.test.ts)
const TEXT = `${HEADER}${CUSTOMERS(300)}
participation: 0.6
effects:
  frequency_uplift: { triangular: { min: 0.0, mode: 0.02, max: 0.05 } }
mechanics:
  - type: tiers
    levels:
      - { name: Silver, min_spend: 0 }
      - { name: Gold, min_spend: 100000, discount: 0.02, frequency_uplift: 0.3, benefit_cost_per_month: 1000 }
costs: { launch: 20000, monthly: 1000 }
`;
const draft = checkDraftText(TEXT, 't.yaml').draft!;
export const PATH = 'mechanics.tiers.levels.Gold.min_spend';
export const META: BatchMeta = { population: '300 synthetic customers', horizon: 24, seed: 4, runs: 16, sampling: 'lhs' };
export const AT = new Date('2026-11-29T12:00:00Z');

let result: Promise<OptimizeResult> | undefined;

export function tinyOptimize(): Promise<OptimizeResult> {
  result ??= optimizeDraft(draft, [parseRange(`${PATH}=20000:1000000`)], popOf(draft), batchOpts(16, 4), {
    objective: 'npv',
    constraints: [parseConstraint('programCost<=4e5')],
  });
  return result;
}
