/**
 * A synthetic pilot with known true effects, drawn the way the engine's model
 * draws customers (MODEL.md §1–2, §4): λ ~ Gamma(r, α) orders per month,
 * p ~ Beta(a, b) dropout, ν ~ Gamma(q, γ) and order values Gamma(p_gg, ν);
 * each month an active customer places k ~ Poisson(λ) orders on k distinct
 * days and stays active with probability exp(−λp). Treatment and control
 * come from one population (pilot/assign.ts draws them); in the pilot months
 * the treatment's λ is multiplied by 1 + f and its order values by 1 + c.
 * Months are 30 days. Everything is in memory: no files.
 */
import { assignPilot, type AssignmentRow } from '../../src/pilot/assign.js';
import type { CustomerDays } from '../../src/pilot/periods.js';
import { beta, gamma, poisson } from '../../src/random/distributions.js';
import { Rng } from '../../src/random/rng.js';

export interface SyntheticPilot {
  customers: Map<string, CustomerDays>;
  rows: AssignmentRow[];
  start: number;
  end: number;
}

export interface SyntheticOptions {
  customers: number;
  frequencyUplift: number;
  checkUplift: number;
  historyMonths?: number;
  pilotMonths?: number;
}

const DAY0 = 19_000;

export function syntheticPilot(seed: number, o: SyntheticOptions): SyntheticPilot {
  const H = o.historyMonths ?? 6;
  const P = o.pilotMonths ?? 3;
  const start = DAY0 + 30 * H;
  const end = start + 30 * P - 1;
  const rng = new Rng(seed, 1);
  // latent customers and their pre-pilot history
  const latent: Array<{ lambda: number; p: number; nu: number }> = [];
  const history: Array<{ days: number[]; net: number[]; alive: boolean }> = [];
  const month = (i: number, m: number, f: number, c: number): void => {
    const h = history[i]!;
    if (!h.alive) return;
    const { lambda, p, nu } = latent[i]!;
    const k = Math.min(30, poisson(rng, lambda * (1 + f)));
    // k distinct days of the month: a partial Fisher–Yates over 0..29
    const slots = Array.from({ length: 30 }, (_, d) => d);
    const chosen: number[] = [];
    for (let j = 0; j < k; j++) {
      const r = j + Math.floor(rng.next() * (30 - j));
      [slots[j], slots[r]] = [slots[r]!, slots[j]!];
      chosen.push(slots[j]!);
    }
    chosen.sort((a, b) => a - b);
    for (const d of chosen) {
      h.days.push(DAY0 + 30 * m + d);
      h.net.push(gamma(rng, 6, nu) * (1 + c));
    }
    if (rng.next() >= Math.exp(-lambda * p)) h.alive = false;
  };
  for (let i = 0; i < o.customers; i++) {
    latent.push({ lambda: gamma(rng, 2, 4), p: beta(rng, 1, 8), nu: gamma(rng, 4, 150) });
    history.push({ days: [], net: [], alive: true });
    for (let m = 0; m < H; m++) month(i, m, 0, 0);
  }
  const asCustomer = (i: number): CustomerDays => {
    const h = history[i]!;
    return { id: `c${i}`, days: Int32Array.from(h.days), net: Float64Array.from(h.net), purchase: new Uint8Array(h.days.length).fill(1) };
  };
  const before = Array.from({ length: o.customers }, (_, i) => asCustomer(i));
  const { rows } = assignPilot(before, start - 1, { months: P }, new Rng(seed, 2));
  const treated = new Set(rows.filter((r) => r.group === 'treatment').map((r) => r.id));
  for (let i = 0; i < o.customers; i++) {
    const t = treated.has(`c${i}`);
    for (let m = H; m < H + P; m++) month(i, m, t ? o.frequencyUplift : 0, t ? o.checkUplift : 0);
  }
  const customers = new Map(Array.from({ length: o.customers }, (_, i) => asCustomer(i)).map((c) => [c.id, c]));
  return { customers, rows, start, end };
}
