/**
 * The pages of the bundled pilot (fixtures/pilot/, the README's walkthrough):
 * the analysis with the draft's ramp_months 4 tested and the effects written
 * into a copy of scenarios/wholesale-hybrid.yaml, and an interim look at the
 * same data with a later planned end, built by the same pure functions the
 * command calls. Few resamples: the pages' shape, not their precision, is tested.
 */
import { readFileSync } from 'node:fs';
import { readAssignmentFile } from '../../src/cli/pilot-files.js';
import { dayOf } from '../../src/history/format.js';
import { readHistoryFile } from '../../src/history/read.js';
import { msg } from '../../src/i18n/index.js';
import { pilotWarnings } from '../../src/pilot/analyze.js';
import { modelWrite, writtenNotes } from '../../src/pilot/model-draft.js';
import { readPilot } from '../../src/pilot/read-pilot.js';
import { monitorPilot } from '../../src/pilot/sequential.js';
import { writeEffects } from '../../src/pilot/write-effects.js';
import { Rng } from '../../src/random/rng.js';
import { formatPercent } from '../../src/report/format.js';
import type { PilotAnalysisPage, PilotHtmlOptions, PilotInterimPage } from '../../src/report/pilot-html.js';

export const AT = new Date(Date.UTC(2026, 11, 7, 15, 30));
export const START = dayOf('2023-01-01');
export const END = dayOf('2023-03-31');

export const options = (locale: string, currency = 'RUB'): PilotHtmlOptions => ({
  history: 'fixtures/pilot/after.csv',
  assignment: 'fixtures/pilot/groups.csv',
  currency,
  locale,
  generatedAt: AT,
});

/** The analysis page's data in the current language (call after setLang), its sentences formatted for `locale` as the command does. */
export async function analysisPage(locale = 'en-US'): Promise<PilotAnalysisPage> {
  const history = await readHistoryFile('fixtures/pilot/after.csv');
  const rows = await readAssignmentFile('fixtures/pilot/groups.csv');
  const byId = new Map(history.customers.map((c) => [c.id, c]));
  const { analysis, model } = readPilot(
    byId,
    rows,
    START,
    END,
    { bootstrap: 50, permutations: 50, alpha: 0.05, draftRamp: 4, assignmentFile: 'groups.csv', historyFile: 'after.csv' },
    new Rng(7, 62),
  );
  const w = modelWrite(model, 4);
  const draft = readFileSync('scenarios/wholesale-hybrid.yaml', 'utf8');
  const result = writeEffects(draft, 'my-program.yaml', w.effects, w.rampMonths);
  return {
    kind: 'analysis',
    analysis,
    model,
    warnings: pilotWarnings(analysis, msg().pilot),
    written: { file: 'my-program.yaml', changes: result.changes, notes: writtenNotes(w, 0.05, msg().pilotModel, (x) => x.toLocaleString(locale, { maximumFractionDigits: 20 }), (x) => formatPercent(x, locale, 1)) },
  };
}

/** An interim look at the bundled pilot's data as if it were planned to run to the end of June. */
export async function interimPage(): Promise<PilotInterimPage> {
  const history = await readHistoryFile('fixtures/pilot/after.csv');
  const rows = await readAssignmentFile('fixtures/pilot/groups.csv');
  const plannedEnd = dayOf('2023-06-30');
  const looks = monitorPilot(new Map(history.customers.map((c) => [c.id, c])), rows, { start: START, plannedEnd, asOf: history.lastDay, every: 14, alpha: 0.05 });
  return { kind: 'interim', looks, alpha: 0.05, start: START, plannedEnd, asOf: history.lastDay };
}
