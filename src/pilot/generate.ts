/**
 * A pilot with known true effects, drawn the way the engine's model draws
 * customers (MODEL.md §1–2, §4, §9's ramp): λ ~ Gamma(r, α) orders per month,
 * p ~ Beta(a, b) dropout, ν ~ Gamma(q, γ) and order values Gamma(p_gg, ν);
 * each month an active customer places k ~ Poisson(λ) orders on k distinct
 * days and stays active with probability exp(−λp). Treatment and control
 * come from one population (assign.ts draws them); in pilot month s the
 * treatment's λ is multiplied by 1 + f·g(s), its order values by 1 + c·g(s)
 * and its dropout hazard by 1 − d·g(s), g(s) = min(1, s/R) (1 when R = 0).
 * Months are 30 days. Pure: it is how tests know the truth, and how the
 * bundled example pilot (fixtures/pilot) was made.
 */
import { beta, gamma, poisson } from '../random/distributions.js';
import { Rng } from '../random/rng.js';
import { assignPilot, type AssignmentRow } from './assign.js';
import type { CustomerDays } from './periods.js';

export interface GeneratedPilot {
  customers: Map<string, CustomerDays>;
  rows: AssignmentRow[];
  /** First and last day of the pilot (day numbers). */
  start: number;
  end: number;
}

/** The latent population (the draft's `customers.synthetic` numbers). */
export interface PilotPopulation {
  /** λ ~ Gamma(shape r, rate alpha). */
  r: number;
  alpha: number;
  /** p ~ Beta(a, b). */
  a: number;
  b: number;
  /** Order values Gamma(p, ν), ν ~ Gamma(q, gamma). */
  p: number;
  q: number;
  gamma: number;
}

export interface GenerateOptions {
  customers: number;
  frequencyUplift: number;
  checkUplift: number;
  churnReduction?: number;
  /** Months of history before the pilot (default 6). */
  historyMonths?: number;
  /** Pilot months (default 3). */
  pilotMonths?: number;
  /** MODEL.md §9's ramp R (default 0: full effect from the first month). */
  rampMonths?: number;
  population?: PilotPopulation;
  /** Day number of the history's first day (default 19000, 2022-01-08). */
  firstDay?: number;
}

/** The population the first pilot tests used: about 0.5 orders a month, orders of about 300. */
export const SMALL_SHOP: PilotPopulation = { r: 2, alpha: 4, a: 1, b: 8, p: 6, q: 4, gamma: 150 };

/** Customers drawn from `population`, assigned (all of them, stratified), then a pilot with the given true effects. */
export function generatePilot(seed: number, o: GenerateOptions): GeneratedPilot {
  const pop = o.population ?? SMALL_SHOP;
  const H = o.historyMonths ?? 6;
  const P = o.pilotMonths ?? 3;
  const R = o.rampMonths ?? 0;
  const d = o.churnReduction ?? 0;
  const day0 = o.firstDay ?? 19_000;
  const start = day0 + 30 * H;
  const end = start + 30 * P - 1;
  const rng = new Rng(seed, 1);
  const latent: Array<{ lambda: number; p: number; nu: number }> = [];
  const history: Array<{ days: number[]; net: number[]; alive: boolean }> = [];
  const slots = new Int32Array(30);
  const month = (i: number, m: number, f: number, c: number, dm: number): void => {
    const h = history[i]!;
    if (!h.alive) return;
    const { lambda, p, nu } = latent[i]!;
    const k = Math.min(30, poisson(rng, lambda * (1 + f)));
    // k distinct days of the month: a partial Fisher–Yates over 0..29
    for (let s = 0; s < 30; s++) slots[s] = s;
    const chosen: number[] = [];
    for (let j = 0; j < k; j++) {
      const r = j + Math.floor(rng.next() * (30 - j));
      const t = slots[j]!;
      slots[j] = slots[r]!;
      slots[r] = t;
      chosen.push(slots[j]!);
    }
    chosen.sort((x, y) => x - y);
    for (const day of chosen) {
      h.days.push(day0 + 30 * m + day);
      h.net.push(gamma(rng, pop.p, nu) * (1 + c));
    }
    if (rng.next() >= Math.exp(-lambda * p * (1 - dm))) h.alive = false;
  };
  for (let i = 0; i < o.customers; i++) {
    latent.push({ lambda: gamma(rng, pop.r, pop.alpha), p: beta(rng, pop.a, pop.b), nu: gamma(rng, pop.q, pop.gamma) });
    history.push({ days: [], net: [], alive: true });
    for (let m = 0; m < H; m++) month(i, m, 0, 0, 0);
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
    for (let m = H; m < H + P; m++) {
      const g = R > 0 ? Math.min(1, (m - H + 1) / R) : 1;
      month(i, m, t ? o.frequencyUplift * g : 0, t ? o.checkUplift * g : 0, t ? d * g : 0);
    }
  }
  const customers = new Map(Array.from({ length: o.customers }, (_, i) => asCustomer(i)).map((c) => [c.id, c]));
  return { customers, rows, start, end };
}
