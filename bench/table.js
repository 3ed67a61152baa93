#!/usr/bin/env node
/**
 * Issue 26's table (npm run bench, first): each line a ratio measured in this
 * one run, on this machine, with its core count and load printed.
 *
 * 1. The standard workload (10,000 customers × 36 months, standard.yaml of
 *    the C reference engine's folder), 1 worker, against the C engine on one
 *    thread: speed per CPU-second. The C engine is built from that folder
 *    with gcc (its README's command) and fed by its flatten.py (python3 with
 *    PyYAML); without them the line says so and is left out.
 * 2. The bundled hybrid (scenarios/wholesale-hybrid.yaml: staged joins, ramp,
 *    balances, push) against the standard draft, per nominal customer-month.
 * 3. --version, --help and simulate --help (a command's --help registers
 *    that command's options too): CPU-seconds of the whole process (node's
 *    own start-up included, printed beside it): the four interleaved, median
 *    of BENCH_START_RUNS (default 9) each.
 * 4. 2 workers against 1 on the standard workload: CPU of all threads. The
 *    goal's margin is 3 %, and one pair's ratio scatters by about ±1.5 % on a
 *    shared machine: the median is over BENCH_WORKER_PAIRS pairs (default 7;
 *    the rounds' pairs and more, the later ones with 2 workers first so that
 *    a drift in load favours neither), printed with their range.
 *
 * CPU time, not wall time: the machine is shared. Lines 1, 2 and 4 are
 * measured in rounds (C, standard with 1 worker, standard with 2, hybrid),
 * each program alternating with the others, and each ratio is the median of
 * its ratios over BENCH_PAIRS rounds (default 3). Our engine's CPU is that of
 * simulate() in a fresh process (all its threads; the draft's reading and
 * module loading left out); the C engine's is its whole process's (getrusage
 * of the child, through python3), start-up included.
 *
 * BENCH_TABLE_RUNS sets the runs of each simulation (default 200; a worker's
 * fixed start-up is a larger share of fewer runs). BENCH_C_DIR the C
 * engine's folder (default: ../shared/bench from the project, or from the
 * folder above it for a git worktree).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), '..');
const args = process.argv.slice(2);

if (args[0] === '--child') {
  // one simulation in a fresh process: its CPU (every thread) and its nominal customer-months
  const [, file, workers, runs] = args;
  const { loadDraft } = await import('../dist/draft/load.js');
  const { syntheticPopulation } = await import('../dist/engine/population.js');
  const { simulate } = await import('../dist/engine/simulate.js');
  const { draft } = await loadDraft(file);
  const pop = syntheticPopulation(draft.customers.synthetic);
  const cpu0 = process.cpuUsage();
  await simulate(draft, pop, { seed: 1, runs: Number(runs), sampling: 'lhs', workers: Number(workers) });
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ cpu: (cpu.user + cpu.system) / 1e6, nominal: pop.size * draft.horizon_months * Number(runs) }));
  process.exit(0);
}

const runs = Number(process.env.BENCH_TABLE_RUNS ?? 200);
const pairs = Number(process.env.BENCH_PAIRS ?? 3);
const workerPairs = Math.max(pairs, Number(process.env.BENCH_WORKER_PAIRS ?? 7));
const startRuns = Number(process.env.BENCH_START_RUNS ?? 9);
const load = () => loadavg()[0].toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const loadAtStart = load();

const cDir = [process.env.BENCH_C_DIR, join(root, '..', 'shared', 'bench'), join(root, '..', '..', 'shared', 'bench')].find((d) => d && existsSync(join(d, 'engine.c')));
const standard = cDir ? join(cDir, 'standard.yaml') : null;
const hybrid = join(root, 'scenarios', 'wholesale-hybrid.yaml');

function ours(file, workers) {
  const child = spawnSync(process.execPath, [here, '--child', file, String(workers), String(runs)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`simulate of ${file} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

/** Two 1-worker simulations of half the runs each, at once: their CPU together. */
async function twoProcessesAtOnce(file) {
  const one = () =>
    new Promise((done, fail) => {
      const child = spawn(process.execPath, [here, '--child', file, '1', String(runs / 2)]);
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('exit', (code) => (code === 0 ? done(JSON.parse(out)) : fail(new Error(`simulate of ${file} failed`))));
    });
  const [a, b] = await Promise.all([one(), one()]);
  return a.cpu + b.cpu;
}

/** The C engine, built and fed, or why not. */
function cEngine() {
  if (!cDir) return { why: 'the C engine\'s folder (shared/bench with engine.c) was not found; set BENCH_C_DIR' };
  const has = (cmd) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0;
  if (!has('gcc')) return { why: 'gcc is not installed, so the C engine cannot be built' };
  if (!has('python3')) return { why: 'python3 is not installed (the C engine\'s flatten.py and its CPU timing need it)' };
  const dir = mkdtempSync(join(tmpdir(), 'loyalty-bench-c-'));
  const bin = join(dir, 'refengine');
  const params = join(dir, 'params.txt');
  try {
    execFileSync('gcc', ['-O3', '-march=native', '-fopenmp', '-o', bin, join(cDir, 'engine.c'), '-lm'], { stdio: 'pipe' });
    writeFileSync(params, execFileSync('python3', [join(cDir, 'flatten.py'), standard, String(runs), '1'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    return { why: `the C engine could not be built or fed: ${String(err.stderr ?? err.message).trim().split('\n')[0]}` };
  }
  // getrusage of the child: the C engine's whole process, one OpenMP thread
  const timer = 'import resource, subprocess, sys\nsubprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\nr = resource.getrusage(resource.RUSAGE_CHILDREN)\nprint(r.ru_utime + r.ru_stime)';
  return {
    dir,
    run: () => Number(execFileSync('python3', ['-c', timer, bin, params, '1'], { encoding: 'utf8', env: { ...process.env, OMP_NUM_THREADS: '1' } })),
  };
}

/** CPU-seconds of whole node processes, start-up included (a preload reads getrusage as it exits): the median of each command line, run interleaved. */
function processCpu(lines) {
  const dir = mkdtempSync(join(tmpdir(), 'loyalty-bench-start-'));
  const preload = join(dir, 'cpu-at-exit.cjs');
  writeFileSync(preload, "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\nCPU ${(u.user + u.system) / 1e6}\\n`); });\n");
  try {
    const times = lines.map(() => []);
    for (let i = 0; i < startRuns; i++) {
      lines.forEach((nodeArgs, k) => {
        const r = spawnSync(process.execPath, ['--require', preload, ...nodeArgs], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        times[k].push(Number(/CPU ([0-9.e-]+)/.exec(r.stderr)?.[1]));
      });
    }
    return times.map(median);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`issue 26's table: ${runs} runs per simulation, median of ${pairs} alternating rounds, CPU time; ${availableParallelism()} cores, Node ${process.version}, load ${loadAtStart} at the start`);
const c = standard ? cEngine() : { why: 'the C engine\'s folder (shared/bench with engine.c and standard.yaml) was not found; set BENCH_C_DIR' };
const toC = [];
const hybridToStandard = [];
const twoToOne = [];
const machine = [];
const rates = { ours: [], c: [] };
try {
  for (let k = 0; k < pairs; k++) {
    const std1 = ours(standard ?? hybrid, 1);
    if (c.run) {
      const cCpu = c.run();
      const cRate = (10_000 * 36 * runs) / cCpu;
      rates.c.push(cRate);
      toC.push(std1.nominal / std1.cpu / cRate);
    }
    rates.ours.push(std1.nominal / std1.cpu);
    const std2 = ours(standard ?? hybrid, 2);
    twoToOne.push(std2.cpu / std1.cpu);
    const hyb = ours(hybrid, 1);
    hybridToStandard.push(hyb.cpu / hyb.nominal / (std1.cpu / std1.nominal));
  }
  // line 4's further pairs, 2 workers first
  for (let k = pairs; k < workerPairs; k++) {
    const std2 = ours(standard ?? hybrid, 2);
    const std1 = ours(standard ?? hybrid, 1);
    twoToOne.push(std2.cpu / std1.cpu);
    machine.push((await twoProcessesAtOnce(standard ?? hybrid)) / std1.cpu);
  }
} finally {
  if (c.dir) rmSync(c.dir, { recursive: true, force: true });
}
const x = (v) => `${v.toFixed(2)} ×`;
const m = (v) => `${(v / 1e6).toFixed(1)} M`;
if (!standard) console.log('(the standard draft is in the C engine\'s folder, which was not found: lines 1 and 4 ran the bundled hybrid instead)');
console.log(
  c.run
    ? `standard workload, 1 worker vs 1 C thread, speed per CPU-s:  ${x(median(toC))} C  (${m(median(rates.ours))} vs ${m(median(rates.c))} customer-months per CPU-s; goal ≥ 0.8 ×)`
    : `standard workload, 1 worker vs 1 C thread: not measured: ${c.why}  (ours: ${m(median(rates.ours))} customer-months per CPU-s)`,
);
console.log(`bundled hybrid vs standard draft, CPU per nominal customer-month:  ${x(median(hybridToStandard))}  (goal ≤ 1.15 ×)`);
console.log('one what-if update in the report: bench/whatif.js, next in npm run bench (the page\'s own timer in Chromium)');
const bin = join(root, 'bin', 'loyalty-sim.js');
const [version, help, commandHelp, bare] = processCpu([[bin, '--version'], [bin, '--help'], [bin, 'simulate', '--help'], ['-e', '0']]);
console.log(`--version, --help, simulate --help:  ${version.toFixed(3)}, ${help.toFixed(3)}, ${commandHelp.toFixed(3)} CPU-s  (node -e 0 alone: ${bare.toFixed(3)}; median of ${startRuns}; goal ≤ 0.15)`);
const spread = `${Math.min(...twoToOne).toFixed(3)}–${Math.max(...twoToOne).toFixed(3)}`;
console.log(`2 workers vs 1, CPU for the same runs:  ${x(median(twoToOne))}  (${((median(twoToOne) - 1) * 100).toFixed(1)} % more, median of ${twoToOne.length} pairs, range ${spread}; goal ≤ 3 %)`);
if (machine.length) console.log(`   two 1-worker processes at once vs one, the same runs:  ${x(median(machine))}  (the machine's own cost of two busy cores, median of ${machine.length}; the pool's own overhead is the excess: ${((median(twoToOne) / median(machine) - 1) * 100).toFixed(1)} %)  (load ${load()} at the end)`);
