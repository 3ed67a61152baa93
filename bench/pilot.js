#!/usr/bin/env node
/**
 * The pilot benchmark (npm run bench, after the decision's; issue 22): the
 * model-scale analysis of one generated pilot of 20,000 customers (12 months
 * of history, 6 pilot months, half treated) as `pilot analyze` runs it: the
 * pre-period calibration, the ramp grid with its standard errors and the
 * month-by-month fit. Wall and CPU time are printed with the load average;
 * the target is under 30 s on 2 cores.
 */
import { loadavg } from 'node:os';

const { generatePilot } = await import('../dist/pilot/generate.js');
const { pilotPanel } = await import('../dist/pilot/panel.js');
const { modelEffects } = await import('../dist/pilot/ramp-fit.js');

const load = loadavg()[0].toFixed(2);
const pilot = generatePilot(7, { customers: 20_000, frequencyUplift: 0.2, checkUplift: 0.05, churnReduction: 0.15, historyMonths: 12, pilotMonths: 6, rampMonths: 4 });
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const m = modelEffects(pilotPanel(pilot.customers, pilot.rows, pilot.start, pilot.end), { draftRamp: 4 });
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(
  `pilot analyze, model scale: 20,000 customers × 6 months: ${wall.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (load ${load}; target < 30 s); ` +
    `f ${m.frequency.mean.toFixed(3)} ± ${m.frequency.sd.toFixed(3)}, c ${m.check.mean.toFixed(3)} ± ${m.check.sd.toFixed(3)}, d ${m.churn.mean.toFixed(3)} ± ${m.churn.sd.toFixed(3)} (true 0.2, 0.05, 0.15), ramp ${m.fittedRamp} (true 4)`,
);
