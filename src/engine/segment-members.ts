/**
 * docs/model.md §13: which customers a segment's `where` names when it is an
 * RFM class or a customer attribute column rather than a spend band. Unlike a
 * spend rank these do not change from run to run, so each rule's members are
 * worked out once per population and kept.
 */
import { valueMatches } from '../draft/segment-draft.js';
import { NO_ATTRIBUTE, type Population } from './population.js';

export { valueMatches };

/** A segment's `where` on the customers' attributes (a spend band is not one: run.ts ranks those per run). */
export type SegmentRule =
  /** RFM classes, as indexes into RFM_SEGMENTS of history/profile.ts. */
  | { kind: 'rfm'; classes: number[] }
  /** A column and the values that put a customer in the segment. */
  | { kind: 'column'; name: string; values: (string | number)[] };

/** Members per population and rule (the rule as JSON): the same rule in every run and every variant of a batch. */
const cache = new WeakMap<Population, Map<string, Uint8Array>>();

/** 1 for each customer of `pop` the rule names. Throws when the population does not carry the attribute (the CLI checks first, with a message). */
export function ruleMembers(rule: SegmentRule, pop: Population): Uint8Array {
  let byRule = cache.get(pop);
  if (!byRule) {
    byRule = new Map();
    cache.set(pop, byRule);
  }
  const key = JSON.stringify(rule);
  let members = byRule.get(key);
  if (!members) {
    members = computeMembers(rule, pop);
    byRule.set(key, members);
  }
  return members;
}

function computeMembers(rule: SegmentRule, pop: Population): Uint8Array {
  const n = pop.size;
  const out = new Uint8Array(n);
  if (rule.kind === 'rfm') {
    const classes = pop.kind === 'history' ? pop.rfmClass : undefined;
    if (!classes) throw new Error('internal: a segment by RFM class on customers without RFM classes');
    const wanted = new Uint8Array(NO_ATTRIBUTE + 1);
    for (const c of rule.classes) wanted[c] = 1;
    for (let i = 0; i < n; i++) out[i] = wanted[classes[i]!]!;
    return out;
  }
  const c = pop.kind === 'history' ? (pop.attributeNames ?? []).indexOf(rule.name) : -1;
  if (c < 0 || pop.kind !== 'history') throw new Error(`internal: a segment by column "${rule.name}" on customers without that column`);
  const values = pop.attributeValues![c]!;
  const wanted = Uint8Array.from(values, (v) => (rule.values.some((w) => valueMatches(w, v)) ? 1 : 0));
  const codes = pop.attributeCodes!;
  for (let i = 0; i < n; i++) {
    const code = codes[c * n + i]!;
    out[i] = code >= 0 ? wanted[code]! : 0;
  }
  return out;
}
