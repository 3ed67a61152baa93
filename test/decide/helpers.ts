import { syntheticPopulation } from '../../src/engine/population.js';
import type { Draft } from '../../src/draft/schema.js';
import type { BatchOptions } from '../../src/decide/batch.js';
import { CUSTOMERS, HEADER, draftFrom } from '../engine/helpers.js';

/** A small valid draft: 2,000 synthetic customers, 24 months, the given body (effects, mechanics, costs). */
export function smallDraft(body: string, count = 2000): Draft {
  return draftFrom(`${HEADER}${CUSTOMERS(count)}${body}`);
}

export const popOf = (d: Draft) => syntheticPopulation(d.customers!.synthetic!);

export const batchOpts = (runs = 40, seed = 11): BatchOptions => ({ seed, runs, sampling: 'lhs', workers: 1 });
