/**
 * A synthetic seasonal history for the seasonality tests: customers whose
 * first purchases spread over the first year, who then buy as a Poisson
 * process at rate λ·s(calendar month) (λ ~ Gamma(r, α) per month) and drop
 * out after a purchase with probability p ~ Beta(a, b), the BG/NBD with
 * seasonal timing, simulated day by day and written as a CSV.
 */
import { writeFileSync } from 'node:fs';
import { beta, gamma } from '../../src/random/distributions.js';
import { Rng } from '../../src/random/rng.js';

export interface SeasonalHistoryOptions {
  customers: number;
  years: number;
  /** Multipliers by calendar month, January first (mean 1). */
  multipliers: number[];
  seed: number;
  startYear?: number;
}

const DAY = 86_400_000;

export function writeSeasonalHistory(file: string, o: SeasonalHistoryOptions): void {
  const rng = new Rng(o.seed, 0x5ea5);
  const start = Date.UTC(o.startYear ?? 2020, 0, 1) / DAY;
  const end = Date.UTC(o.startYear ?? 2020, Math.round(12 * o.years), 1) / DAY - 1;
  const perDay: number[] = [];
  for (let d = start; d <= end; d++) {
    const dt = new Date(d * DAY);
    const days = new Date(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 0)).getUTCDate();
    perDay.push(o.multipliers[dt.getUTCMonth()]! / days);
  }
  const rows = ['customer,date,amount'];
  const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
  for (let c = 0; c < o.customers; c++) {
    const lambda = gamma(rng, 2, 4); // 0.5 orders a month on average
    const p = beta(rng, 1, 9);
    const first = start + Math.floor(rng.next() * 365);
    rows.push(`c${c},${iso(first)},100`);
    for (let d = first + 1; d <= end; d++) {
      if (rng.next() < lambda * perDay[d - start]!) {
        rows.push(`c${c},${iso(d)},${50 + Math.floor(rng.next() * 100)}`);
        if (rng.next() < p) break;
      }
    }
  }
  writeFileSync(file, rows.join('\n'));
}
