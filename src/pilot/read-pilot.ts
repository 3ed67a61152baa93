/**
 * `pilot analyze` without the command line (issue 22 part 4): the
 * assignment and the history in, the model-free checks (analyze.ts) and the
 * model-scale effects with their ramp (ramp-fit.ts) out. Refuses a pilot
 * that has nothing to compare, instead of reporting effects of 0. Pure.
 */
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import type { Rng } from '../random/rng.js';
import { analyzePilot, type AnalyzeOptions, type PilotAnalysis, pilotData } from './analyze.js';
import type { AssignmentRow } from './assign.js';
import { pilotPanel } from './panel.js';
import type { CustomerDays } from './periods.js';
import { type ModelEffects, modelEffects } from './ramp-fit.js';

export interface PilotReading {
  analysis: PilotAnalysis;
  model: ModelEffects;
}

export interface ReadPilotOptions extends AnalyzeOptions {
  /** The draft's effects.ramp_months, to test against the pilot (when a draft is to be written). */
  draftRamp?: number;
  /** File names for the messages. */
  assignmentFile: string;
  historyFile: string;
}

/**
 * @example
 * const r = readPilot(byId, rows, dayOf('2023-01-01'), dayOf('2023-03-31'), { assignmentFile: 'groups.csv', historyFile: 'after.csv' }, new Rng(seed, 62));
 * r.model.frequency // { mean, sd, pPositive }
 */
export function readPilot(customers: ReadonlyMap<string, CustomerDays>, rows: readonly AssignmentRow[], start: number, end: number, o: ReadPilotOptions, rng: Rng): PilotReading {
  const t = msg().pilotModel;
  const data = pilotData(customers, rows, start, end);
  if (rows.length > 0 && data.missing === rows.length) {
    throw new UserError(t.noneInHistory(String(rows.length), o.assignmentFile, o.historyFile), t.noneInHistoryHint);
  }
  const panel = pilotPanel(customers, rows, start, end);
  if (panel.n === 0) throw new UserError(t.noPreBuyers(String(rows.length - data.missing)), t.noPreBuyersHint);
  const analysis = analyzePilot(data, o, rng);
  const model = modelEffects(panel, o.draftRamp !== undefined ? { draftRamp: o.draftRamp } : {});
  return { analysis, model };
}
