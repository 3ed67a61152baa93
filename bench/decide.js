#!/usr/bin/env node
/**
 * The decision benchmark (npm run bench, after the engine's): on the hybrid
 * example, a 7 × 7 sweep (Gold's min_spend × Gold's discount) and the
 * tornado, each as today's fixed --runs and with --precision (paired
 * differences stopping on their own s.e.), with wall time, runs simulated and
 * customer-months per second. The machine may be shared: the load average is
 * printed with the figures.
 *
 * BENCH_DECIDE_RUNS sets --runs (default 200, the batch commands' default);
 * BENCH_WORKERS the worker threads (default: all cores).
 */
import { availableParallelism, loadavg } from 'node:os';

const { loadDraft } = await import('../dist/draft/load.js');
const { syntheticPopulation } = await import('../dist/engine/population.js');
const { sweepDraft, parseVary } = await import('../dist/decide/sweep.js');
const { tornadoDraft } = await import('../dist/decide/tornado.js');

const runs = Number(process.env.BENCH_DECIDE_RUNS ?? 200);
const cores = availableParallelism();
const workers = Number(process.env.BENCH_WORKERS ?? cores);
const { draft } = await loadDraft(new URL('../scenarios/wholesale-hybrid.yaml', import.meta.url).pathname);
const pop = syntheticPopulation(draft.customers.synthetic);
const months = draft.horizon_months;
const opts = { seed: 1, runs, sampling: 'lhs', workers };
console.log(`loyalty-sim decision benchmark: hybrid example, ${pop.size.toLocaleString('en-US')} customers × ${months} months, --runs ${runs}, ${workers} workers of ${cores} cores, Node ${process.version}`);

const vary = [parseVary('mechanics.tiers.levels.Gold.min_spend=100000:400000:50000'), parseVary('mechanics.tiers.levels.Gold.discount=0:0.03:0.005')];
async function bench(label, work, runsOf) {
  const load = loadavg()[0];
  const t0 = performance.now();
  const result = await work();
  const seconds = (performance.now() - t0) / 1000;
  const done = runsOf(result);
  const rate = (done * pop.size * months) / seconds / 1e6;
  console.log(`${label.padEnd(36)} ${seconds.toFixed(1).padStart(7)} s  ${String(done).padStart(6)} runs  ${rate.toFixed(1).padStart(5)} M customer-months/s  (load ${load.toFixed(1)} at start)`);
  return seconds;
}
const full = await bench('sweep 7 × 7', () => sweepDraft(draft, vary, pop, opts), (r) => r.totalRuns);
const quick = await bench('sweep 7 × 7 --precision 0.05', () => sweepDraft(draft, vary, pop, opts, { precision: 0.05 }), (r) => r.totalRuns);
console.log(`  sweep speed-up from stopping on paired precision: ${(full / quick).toFixed(2)}×`);
const tFull = await bench('tornado', () => tornadoDraft(draft, pop, opts), (r) => r.totalRuns);
const tQuick = await bench('tornado --precision 0.05', () => tornadoDraft(draft, pop, opts, { precision: 0.05 }), (r) => r.totalRuns);
console.log(`  tornado speed-up from stopping on paired precision: ${(tFull / tQuick).toFixed(2)}×`);
console.log('(shared work across variants, issue 16 part 2, is not built yet: each variant still simulates its own baseline)');
