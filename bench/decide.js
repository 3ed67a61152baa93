#!/usr/bin/env node
/**
 * The decision benchmark (npm run bench, after the engine's), on the bundled
 * scenarios' customers (10,000 × 36 months):
 *
 * 1. Shared work across variants (issue 16 part 2): compare of the bundled
 *    scenarios, a 7 × 7 sweep of the hybrid (Gold's min_spend × Gold's
 *    discount) and the hybrid's tornado, each run with every variant
 *    simulated alone (`independent`, as before shared work) and with the
 *    variants side by side (one baseline per customer and run), alternating
 *    BENCH_REPEAT times (default 1). The speed-up is the ratio of CPU time
 *    (all threads of the process), which a shared, loaded machine disturbs
 *    less than wall time; wall time is printed too. Each pair's results are
 *    checked to be identical.
 * 2. Stopping on paired precision (issue 16 part 3): the sweep and the
 *    tornado with --precision 0.05, against their shared full runs.
 *
 * BENCH_DECIDE_RUNS sets --runs (default 200, the batch commands' default);
 * BENCH_WORKERS the worker threads (default: all cores). The load average at
 * the start of each line is printed with it.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';

const { loadDraft } = await import('../dist/draft/load.js');
const { syntheticPopulation } = await import('../dist/engine/population.js');
const { compareDrafts } = await import('../dist/decide/compare.js');
const { sweepDraft, parseVary } = await import('../dist/decide/sweep.js');
const { tornadoDraft } = await import('../dist/decide/tornado.js');

const runs = Number(process.env.BENCH_DECIDE_RUNS ?? 200);
const repeat = Number(process.env.BENCH_REPEAT ?? 1);
const cores = availableParallelism();
const workers = Number(process.env.BENCH_WORKERS ?? cores);
const scenarios = new URL('../scenarios/', import.meta.url).pathname;
const { draft } = await loadDraft(`${scenarios}wholesale-hybrid.yaml`);
const bundled = await Promise.all(
  readdirSync(scenarios)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map(async (f) => ({ file: f, draft: (await loadDraft(`${scenarios}${f}`)).draft })),
);
const pop = syntheticPopulation(draft.customers.synthetic);
const months = draft.horizon_months;
const opts = { seed: 1, runs, sampling: 'lhs', workers };
console.log(
  `loyalty-sim decision benchmark: hybrid example, ${pop.size.toLocaleString('en-US')} customers × ${months} months, --runs ${runs}, ${workers} workers on a machine of ${cores} cores, Node ${process.version}`,
);

/** Wall and CPU seconds (every thread of this process) of one piece of work. */
async function measure(work) {
  const load = loadavg()[0];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await work();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { result, wall, cpu: (cpu.user + cpu.system) / 1e6, load };
}

function line(label, m, simulatedRuns) {
  const rate = (simulatedRuns * pop.size * months) / m.cpu / 1e6;
  console.log(
    `${label.padEnd(56)} ${m.wall.toFixed(1).padStart(7)} s wall ${m.cpu.toFixed(1).padStart(7)} s CPU  ${String(simulatedRuns).padStart(6)} runs  ${rate.toFixed(1).padStart(5)} M customer-months per CPU-s  (load ${m.load.toFixed(1)} at start)`,
  );
}

/** Independent and shared, alternating; prints each and the speed-up of the totals. */
async function sharedVsIndependent(label, work, runsOf) {
  const sum = { independent: { wall: 0, cpu: 0 }, shared: { wall: 0, cpu: 0 } };
  let shared;
  for (let k = 0; k < repeat; k++) {
    const a = await measure(() => work({ ...opts, independent: true }));
    line(`${label}, each variant alone`, a, runsOf(a.result));
    const b = await measure(() => work(opts));
    line(`${label}, variants side by side`, b, runsOf(b.result));
    if (!isDeepStrictEqual(a.result, b.result)) throw new Error(`${label}: the shared results differ from the independent ones`);
    for (const [key, m] of [['independent', a], ['shared', b]]) {
      sum[key].wall += m.wall;
      sum[key].cpu += m.cpu;
    }
    shared = b;
  }
  console.log(
    `  ${label}: shared work speed-up ${(sum.independent.cpu / sum.shared.cpu).toFixed(2)}× in CPU time, ${(sum.independent.wall / sum.shared.wall).toFixed(2)}× in wall time (identical results)`,
  );
  return shared;
}

await sharedVsIndependent(`compare of the ${bundled.length} bundled scenarios`, (o) => compareDrafts(bundled, pop, o), (r) => r.runs * r.drafts.length);
const vary = [parseVary('mechanics.tiers.levels.Gold.min_spend=100000:400000:50000'), parseVary('mechanics.tiers.levels.Gold.discount=0:0.03:0.005')];
const sweep = await sharedVsIndependent('sweep 7 × 7', (o) => sweepDraft(draft, vary, pop, o), (r) => r.totalRuns);
const tornado = await sharedVsIndependent('tornado', (o) => tornadoDraft(draft, pop, o), (r) => r.totalRuns);

const quick = await measure(() => sweepDraft(draft, vary, pop, opts, { precision: 0.05 }));
line('sweep 7 × 7 --precision 0.05', quick, quick.result.totalRuns);
console.log(`  sweep speed-up from stopping on paired precision: ${(sweep.cpu / quick.cpu).toFixed(2)}× in CPU time`);
const tQuick = await measure(() => tornadoDraft(draft, pop, opts, { precision: 0.05 }));
line('tornado --precision 0.05', tQuick, tQuick.result.totalRuns);
console.log(`  tornado speed-up from stopping on paired precision: ${(tornado.cpu / tQuick.cpu).toFixed(2)}× in CPU time`);
