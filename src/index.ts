/**
 * loyalty-sim as a library: the same stages the CLI wires together, for
 * notebooks, scripts and other tools. Data flows one way:
 * draft / history → fit → engine → decide / pilot → report.
 *
 * @example
 * import { loadDraft, syntheticPopulation, simulate, summarizeSimulation } from 'loyalty-sim';
 * const { draft } = await loadDraft('scenarios/wholesale-hybrid.yaml');
 * const pop = syntheticPopulation(draft.customers!.synthetic!);
 * const result = await simulate(draft, pop, { seed: 7, runs: 1000, sampling: 'lhs', workers: 2 });
 * console.log(summarizeSimulation(result).metrics.roi);
 */
export { UserError, CheckFailed, InternalError } from './errors.js';

export { draftSchema, draftJsonSchema, type Draft, type Mechanic, type Uncertain, type Distribution } from './draft/schema.js';
export { checkDraftText, checkDraftFile, loadDraft, type DraftCheck, type Issue } from './draft/load.js';
export { uncertainFields, getPath, setPath } from './draft/paths.js';

export { readHistoryFile, readHistory, type History, type ReadOptions } from './history/read.js';
export { summarizeHistory, type HistorySummary } from './history/summarize.js';
export { profileHistory, type Profile } from './history/profile.js';
export { fitHistory, fitCustomerHistory, type HistoryFit } from './fit/fit-history.js';
export { fitBgNbd, pAlive, expectedTransactions, conditionalExpectedTransactions } from './fit/bg-nbd.js';
export { fitGammaGamma, conditionalExpectedValue } from './fit/gamma-gamma.js';

export { Rng } from './random/rng.js';
export { quantile, distributionMean } from './random/distributions.js';

export { syntheticPopulation, type Population } from './engine/population.js';
export { historyPopulation } from './engine/history-population.js';
export { simulate, type SimulateOptions, type SimulationResult, type RunResult } from './engine/simulate.js';
export { summarizeSimulation, type SimulationSummary } from './engine/summary.js';
export { METRIC_KEYS, type MetricKey, type Summary } from './engine/metrics.js';

export { quickRoi } from './decide/quick-roi.js';
