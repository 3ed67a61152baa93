/**
 * Tiny real `sweep`, `tornado` and `breakeven` results for the page tests
 * (decide-html.test.ts and the browser test): 300 customers, 16 runs, a
 * discount draft with two uncertain inputs whose mean net profit changes sign
 * inside the swept range. A second or two each; computed once per test file.
 */
import { solveBreakeven, type BreakevenResult } from '../../src/decide/breakeven.js';
import { parseVary, sweepDraft, type SweepResult } from '../../src/decide/sweep.js';
import { tornadoDraft, type TornadoResult } from '../../src/decide/tornado.js';
import { checkDraftText } from '../../src/draft/load.js';
import type { BatchMeta } from '../../src/report/decide-text.js';
import { batchOpts, popOf } from '../decide/helpers.js';
import { CUSTOMERS, HEADER } from '../engine/helpers.js';

const TEXT = `${HEADER}${CUSTOMERS(300)}
participation: { uniform: { min: 0.4, max: 0.6 } }
effects:
  frequency_uplift: { triangular: { min: 0.0, mode: 0.08, max: 0.2 } }
  check_uplift: 0.02
mechanics:
  - type: discount
    rate: 0.03
costs: { launch: 20000, monthly: 1000 }
`;
export const draft = checkDraftText(TEXT, 't.yaml').draft!;
export const RATE = 'mechanics.discount.rate';
export const UPLIFT = 'effects.frequency_uplift';
export const META: BatchMeta = { population: '300 synthetic customers', horizon: 24, seed: 4, runs: 16, sampling: 'lhs' };
export const AT = new Date('2026-11-29T12:00:00Z');

const once = <T>(f: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
};

export const tinySweep = once((): Promise<SweepResult> => sweepDraft(draft, [parseVary(`${RATE}=0:0.2:0.025`)], popOf(draft), batchOpts(16, 4)));
export const tinyGrid = once((): Promise<SweepResult> => sweepDraft(draft, [parseVary(`${RATE}=0:0.2:0.05`), parseVary(`${UPLIFT}=0:0.3:0.1`)], popOf(draft), batchOpts(16, 4)));
export const tinyTornado = once((): Promise<TornadoResult> => tornadoDraft(draft, popOf(draft), batchOpts(16, 4)));
export const tinyBreakeven = once((): Promise<BreakevenResult> => solveBreakeven(draft, RATE, popOf(draft), batchOpts(16, 4)));
