/**
 * What `pilot plan --json` and `pilot analyze --json` print (CLI.md's
 * pilot section, shown in the commands' help): the pure assembly of the
 * documents from the results, so the command files only parse, call and
 * print (issue 22 part 4). Dates are ISO days; English words (the value of
 * information's recommendation and notes) come from the English catalog,
 * as every --json does.
 */
import { isoDay } from '../history/format.js';
import { catalog } from '../i18n/index.js';
import { EFFECT_NAMES, type Effect, type PilotAnalysis } from '../pilot/analyze.js';
import type { PilotAssignment } from '../pilot/assign.js';
import type { PilotPlan } from '../pilot/plan.js';
import { modelJson, type ModelEffects } from '../pilot/ramp-fit.js';
import type { Look, ScheduledLook } from '../pilot/sequential.js';
import type { PilotDesign, ValueOfInformation } from '../pilot/value.js';
import type { EffectChange } from '../pilot/write-effects.js';
import { recommendation } from './pilot-text.js';

export interface PlanJsonInput {
  history: string;
  plan: PilotPlan;
  looks: ScheduledLook[];
  /** With --assign: the drawn groups, the file and the seed. */
  assignment?: { result: PilotAssignment; file: string; seed: number };
  /** With --value: the value of information and the design it is relative to. */
  value?: { result: ValueOfInformation; reference: PilotDesign };
}

/** `pilot plan --json`. */
export function planJson(i: PlanJsonInput): Record<string, unknown> {
  const { plan } = i;
  const en = catalog('en').pilot;
  return {
    history: i.history,
    ...plan,
    window: { from: isoDay(plan.window.from), to: isoDay(plan.window.to) },
    covariateWindow: plan.covariateWindow ? { from: isoDay(plan.covariateWindow.from), to: isoDay(plan.covariateWindow.to) } : null,
    ...(i.assignment
      ? {
          assignment: {
            file: i.assignment.file,
            seed: i.assignment.seed,
            eligible: i.assignment.result.eligible,
            strata: i.assignment.result.strata,
            balance: i.assignment.result.balance,
          },
        }
      : {}),
    looks: i.looks,
    ...(i.value
      ? {
          value: {
            ...i.value.result,
            recommendation: recommendation(i.value.result, i.value.reference, { locale: 'en-US', words: en }),
            notes: i.value.result.notes.map((k) => en[k]),
          },
        }
      : {}),
  };
}

export interface InterimJsonInput {
  history: string;
  assignment: string;
  start: number;
  plannedEnd: number;
  asOf: number;
  alpha: number;
  lookDays: number;
  looks: Look[];
}

/** `pilot analyze --interim --json`: the looks at revenue per customer. */
export function interimJson(i: InterimJsonInput): Record<string, unknown> {
  return {
    history: i.history,
    assignment: i.assignment,
    metric: 'revenuePerCustomer',
    start: isoDay(i.start),
    plannedEnd: isoDay(i.plannedEnd),
    asOf: isoDay(i.asOf),
    alpha: i.alpha,
    lookDays: i.lookDays,
    looks: i.looks.map((l) => ({ ...l, day: isoDay(l.day) })),
  };
}

export interface AnalysisJsonInput {
  history: string;
  assignment: string;
  seed: number;
  analysis: PilotAnalysis;
  model: ModelEffects;
  /** With --write-effects: the draft, its changes and the notes (English) on what was written. */
  written?: { file: string; changes: EffectChange[]; notes: string[] };
}

const effectJson = (x: Effect) => ({ estimate: x.estimate, ciLow: x.ciLow, ciHigh: x.ciHigh, pValue: x.pValue, method: x.method, se: x.se, distinguishable: x.distinguishable, alternative: x.alternative });

/** `pilot analyze --json`: the revenue-scale analysis, its checks and the model-scale effects. */
export function analysisJson(i: AnalysisJsonInput): Record<string, unknown> {
  const a = i.analysis;
  return {
    history: i.history,
    assignment: i.assignment,
    seed: i.seed,
    pre: { from: isoDay(a.pre.from), to: isoDay(a.pre.to) },
    pilot: { from: isoDay(a.pilot.from), to: isoDay(a.pilot.to) },
    months: a.months,
    alpha: a.alpha,
    bootstrap: a.bootstrap,
    permutations: a.permutations,
    groups: a.groups,
    effects: Object.fromEntries(EFFECT_NAMES.map((n) => [n, effectJson(a.effects[n])])),
    balance: a.balance,
    sampleRatio: a.sampleRatio,
    ...(a.capping ? { capping: a.capping } : {}),
    bySpend: a.bySpend,
    medianInterPurchaseDays: Number.isFinite(a.medianInterPurchaseDays) ? a.medianInterPurchaseDays : null,
    warnings: a.warnings,
    model: modelJson(i.model),
    ...(i.written ? { written: i.written } : {}),
  };
}
