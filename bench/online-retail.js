// `npm run check:online-retail`: profiles and fits the UCI Online Retail file
// (541,909 invoice lines) through the built library, the same calls the
// profile and fit commands make, and checks time, peak memory and the count
// of rows without a customer. Exits 0 with a message when the file is absent.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHistoryFile } from '../dist/history/read.js';
import { profileHistory } from '../dist/history/profile.js';
import { fitCustomerHistory } from '../dist/fit/fit-history.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'online-retail', 'online-retail.csv');
if (!existsSync(file)) {
  console.log(`check:online-retail: ${file} is not here; nothing to check.`);
  process.exit(0);
}

const LIMIT_MB = 300;
const LIMIT_S = 30;
const MISSING_CUSTOMER = 135_080;

const t0 = performance.now();
const history = await readHistoryFile(file, { order: 'InvoiceNo', quantity: 'Quantity', price: 'UnitPrice', customer: 'CustomerID', date: 'InvoiceDate' });
const tRead = performance.now();
const profile = profileHistory(history);
const tProfile = performance.now();
const fit = fitCustomerHistory(history, { unit: 'month' });
const tFit = performance.now();
const seconds = (tFit - t0) / 1000;
const peakMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes

const f = (v, d = 3) => v.toFixed(d);
console.log(`Online Retail: ${history.rows} rows, ${profile.customers} customers, ${profile.orders} orders, revenue ${f(profile.revenue, 2)}`);
console.log(`  skipped: ${JSON.stringify(history.skipped)}; returns-only customers ${history.returnsOnlyCustomers}`);
console.log(`  Pareto top-20 % share ${f(profile.paretoTop20Share)}, average check ${f(profile.averageCheck, 2)}, churn ${f(profile.churnRate)}`);
const b = fit.purchase.params;
const g = fit.gammaGamma.params;
console.log(`  BG/NBD (months) r ${f(b.r)} α ${f(b.alpha)} a ${f(b.a, 4)} b ${f(b.b)}, LL ${f(fit.purchase.logLikelihood, 1)}, ${fit.purchase.diagnostics.message}`);
console.log(`  Gamma-Gamma p ${f(g.p)} q ${f(g.q)} γ ${f(g.gamma)}, ${fit.gammaGamma.diagnostics.message}`);
for (const w of fit.warnings) console.log(`  warning: ${w}`);
console.log(`  time: read ${f((tRead - t0) / 1000, 2)} s, profile ${f((tProfile - tRead) / 1000, 2)} s, fit ${f((tFit - tProfile) / 1000, 2)} s, total ${f(seconds, 2)} s; peak RSS ${f(peakMb, 0)} MB`);

const failures = [];
if (peakMb >= LIMIT_MB) failures.push(`peak memory ${f(peakMb, 0)} MB ≥ ${LIMIT_MB} MB`);
if (seconds >= LIMIT_S) failures.push(`time ${f(seconds, 1)} s ≥ ${LIMIT_S} s`);
if (history.skipped.missingCustomer !== MISSING_CUSTOMER) failures.push(`missing-customer rows ${history.skipped.missingCustomer} ≠ ${MISSING_CUSTOMER}`);
if (!fit.purchase.diagnostics.converged || !fit.gammaGamma.diagnostics.converged) failures.push('a fit did not converge');
if (failures.length) {
  console.error(`check:online-retail FAILED: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(`check:online-retail passed (< ${LIMIT_MB} MB, < ${LIMIT_S} s, ${MISSING_CUSTOMER} rows without a customer).`);
}
