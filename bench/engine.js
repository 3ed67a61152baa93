#!/usr/bin/env node
/**
 * The engine benchmark (npm run bench): the hybrid example of PROGRAM-FORMAT.md,
 * 10,000 customers × 36 months × 1,000 runs, with 1 worker and with all
 * workers; prints customer-months per second and peak memory. A second line
 * runs bench/all-features.yaml (the same size, every MODEL.md §8–11 feature
 * on) with 1 worker, so the cost of the behaviour engine is measured too.
 *
 * Customer-months are counted as customers × months × runs (the nominal work,
 * as a C reference implementation counts it); the months actually stepped are
 * fewer, since a customer who has left both worlds is not stepped further.
 * Memory is measured as the peak resident set of a fresh process per setting,
 * so one measurement does not inherit the other's heap. CPU time (every
 * thread of the process) is printed beside wall time: on a shared, loaded
 * machine it is the steadier of the two.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

if (args[0] === '--child') {
  const workers = Number(args[1]);
  const runs = Number(args[2]);
  const draftFile = args[3] ?? '../scenarios/wholesale-hybrid.yaml';
  const { loadDraft } = await import('../dist/draft/load.js');
  const { syntheticPopulation } = await import('../dist/engine/population.js');
  const { simulate } = await import('../dist/engine/simulate.js');
  const { draft } = await loadDraft(new URL(draftFile, import.meta.url).pathname);
  const pop = syntheticPopulation(draft.customers.synthetic);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await simulate(draft, pop, { seed: 1, runs, sampling: 'lhs', workers });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const stepped = result.runs.reduce((s, r) => s + r.customerMonths, 0);
  const nominal = pop.size * draft.horizon_months * runs;
  // maxRSS covers this thread and its workers (one process)
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ workers, runs, seconds, cpuSeconds, nominal, stepped, peakMb, customers: pop.size, months: draft.horizon_months }));
  process.exit(0);
}

const runs = Number(process.env.BENCH_RUNS ?? 1000);
const cores = availableParallelism();
const settings = [...new Set([1, cores])];
console.log(`loyalty-sim engine benchmark: hybrid example, 10,000 customers × 36 months × ${runs} runs; ${cores} cores, Node ${process.version}`);
const rows = [];
for (const workers of settings) {
  const child = spawnSync(process.execPath, [here, '--child', String(workers), String(runs)], { encoding: 'utf8' });
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const r = JSON.parse(child.stdout);
  rows.push(r);
  const rate = r.nominal / r.seconds / 1e6;
  console.log(
    `workers ${String(workers).padStart(2)}: ${r.seconds.toFixed(1).padStart(6)} s  ${rate.toFixed(1).padStart(6)} M customer-months/s  (${(rate / workers).toFixed(1)} M per worker; ${(r.stepped / r.seconds / 1e6).toFixed(1)} M stepped/s; ${(r.nominal / r.cpuSeconds / 1e6).toFixed(1)} M per CPU-s)  peak RSS ${r.peakMb.toFixed(0)} MB  (load ${loadavg()[0].toFixed(1)})`,
  );
}
if (rows.length === 2) {
  const speedup = rows[0].seconds / rows[1].seconds;
  console.log(`speed-up with ${cores} workers: ${speedup.toFixed(2)}× (ideal ${cores}×)`);
}
{
  const child = spawnSync(process.execPath, [here, '--child', '1', String(runs), './all-features.yaml'], { encoding: 'utf8' });
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const r = JSON.parse(child.stdout);
  const rate = r.nominal / r.seconds / 1e6;
  console.log(
    `every §8–11 feature, workers  1: ${r.seconds.toFixed(1).padStart(6)} s  ${rate.toFixed(1).padStart(6)} M customer-months/s  (${(rate / (rows[0].nominal / rows[0].seconds / 1e6)).toFixed(2)}× the hybrid's; ${(r.stepped / r.seconds / 1e6).toFixed(1)} M stepped/s; ${(r.nominal / r.cpuSeconds / 1e6).toFixed(1)} M per CPU-s)  peak RSS ${r.peakMb.toFixed(0)} MB  (load ${loadavg()[0].toFixed(1)})`,
  );
}
const perWorker = rows[0].nominal / rows[0].seconds / 1e6;
const target = 12;
console.log(`target: ≥ ${target} M customer-months/s per worker — ${perWorker >= target ? 'met' : 'NOT met'} (${perWorker.toFixed(1)} M with 1 worker)`);
