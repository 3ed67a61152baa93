/**
 * The quick ROI formula of many loyalty articles (MODEL.md §7), with both
 * readings of its cost, a one-at-a-time sensitivity and the list of what it
 * leaves out that `simulate` counts. Pure: numbers in, numbers out.
 */
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';

/** The formula's inputs, as fractions (10 % is 0.1) and money in one currency. */
export interface QuickRoiInputs {
  /** Z: revenue per client per year. */
  revenuePerClient: number;
  /** Y: revenue uplift the program brings (0.1 = +10 %). */
  uplift: number;
  /** N: years the program runs (> 0; need not be whole). */
  years: number;
  /** W: annual churn without the program, in [0, 1]. */
  churn: number;
  /** X: reduction of annual churn, in percentage points (0.05 takes 20 % churn to 15 %). */
  churnReduction: number;
  /** V: program cost. The articles call it yearly; see {@link QuickRoiResult}. */
  cost: number;
  /**
   * How many clients Z applies to (default 1). Z is per client while V is the
   * whole program's cost, so with Z per client the gain is one client's and the
   * ROI compares it with the whole budget; `clients` scales the gain to the
   * base. The formula is linear in Z, so this is exactly Z·clients.
   */
  clients?: number;
}

/** Gain and ROI under both readings of the cost for one set of inputs. */
export interface QuickRoiPoint {
  gain: number;
  /** (gain − V) / V: the articles' reading, the cost paid once. */
  roiCostOnce: number;
  /** (gain − V·N) / (V·N): the cost paid every year, as the articles describe it. */
  roiCostEveryYear: number;
}

export type SensitivityInput = 'uplift' | 'churnReduction' | 'cost';

/** One row of the one-at-a-time sensitivity: one input at −50 % and +50 %, the others at base. */
export interface SensitivityRow {
  input: SensitivityInput;
  base: number;
  low: number;
  high: number;
  /** ROI (cost once) with the input at `low`. */
  roiLow: number;
  /** ROI (cost once) with the input at `high`. */
  roiHigh: number;
  roiLowCostEveryYear: number;
  roiHighCostEveryYear: number;
  /** True when ±50 % would leave the valid range (churn below 0 or above 1) and the value was held at the bound. */
  capped: boolean;
}

/** Something the quick formula ignores that the simulation (MODEL.md §4–5) counts. */
export interface LeftOut {
  id: 'margin' | 'windfall' | 'breakage' | 'timing' | 'participation' | 'dropout' | 'uncertainty';
  text: string;
}

export interface QuickRoiResult extends QuickRoiPoint {
  inputs: Required<QuickRoiInputs>;
  /** 1 − W + X: the share of clients kept for a year with the program. */
  retention: number;
  /** Z·clients: the revenue base the uplift applies to, per year. */
  revenueBase: number;
  /** The cost under each reading: V, and V·N. */
  costOnce: number;
  costEveryYear: number;
  /** Largest cost that still pays back: once (= gain), and per year (= gain / N). */
  breakEvenCostOnce: number;
  breakEvenCostPerYear: number;
  /** Uplift at which ROI is zero, under each reading (null when the uplift does not move the gain). */
  breakEvenUpliftCostOnce: number | null;
  breakEvenUpliftCostEveryYear: number | null;
  sensitivity: SensitivityRow[];
  leavesOut: LeftOut[];
}

/** What the formula leaves out, in the order a finance reader would ask. */
export const LEAVES_OUT: readonly LeftOut[] = [
  {
    id: 'margin',
    text: 'Margin: the gain is revenue, not profit, while the cost is money out; simulate counts gross margin × extra sales (roi_basis: margin).',
  },
  {
    id: 'windfall',
    text: 'Windfall: discounts and points paid on purchases that would have happened anyway; simulate splits reward costs into windfall and incremental.',
  },
  {
    id: 'breakage',
    text: 'Breakage: points never redeemed, and the liability of points still outstanding at the horizon.',
  },
  {
    id: 'timing',
    text: 'Timing: money in year N counts as much as money today; simulate discounts cash flows (NPV) and finds the payback month.',
  },
  {
    id: 'participation',
    text: 'Participation: the uplift is applied to every client, but only members who join and stay active change their behaviour.',
  },
  {
    id: 'dropout',
    text: 'Dropout dynamics: (1 − W + X) is one year of retention applied flat to all N years; clients lost in year 1 are also gone in years 2 and 3, and simulate compounds churn month by month.',
  },
  {
    id: 'uncertainty',
    text: 'Uncertainty: every input is a single number; simulate draws uncertain effects from distributions and reports P5/P50/P95 and P(ROI > 0).',
  },
];

/**
 * Checks the inputs, filling `clients` with 1.
 * @throws UserError naming the input and how to fix it.
 */
export function validateQuickRoiInputs(inputs: QuickRoiInputs): Required<QuickRoiInputs> {
  const { revenuePerClient: z, uplift: y, years: n, churn: w, churnReduction: x, cost: v } = inputs;
  const clients = inputs.clients ?? 1;
  const t = msg().decideErrors;
  const finite = (value: number, name: keyof typeof t.roiInput, flag: string) => {
    if (!Number.isFinite(value)) throw new UserError(t.roiNotNumber(t.roiInput[name], value), t.roiNotNumberHint(flag));
  };
  finite(z, 'revenuePerClient', '--revenue-per-client');
  finite(y, 'uplift', '--uplift');
  finite(n, 'years', '--years');
  finite(w, 'churn', '--churn');
  finite(x, 'churnReduction', '--churn-reduction');
  finite(v, 'cost', '--cost');
  finite(clients, 'clients', '--clients');
  if (z < 0) throw new UserError(t.roiRevenueNegative(z), t.roiRevenueHint);
  if (y < -1) throw new UserError(t.roiUpliftLow(y), t.roiUpliftHint);
  if (n <= 0) throw new UserError(t.roiYears(n), t.roiYearsHint);
  if (w < 0 || w > 1) throw new UserError(t.roiChurn(w), t.roiChurnHint);
  if (w - x < 0) throw new UserError(t.roiReductionAbove(x, w), t.roiReductionAboveHint);
  if (w - x > 1) throw new UserError(t.roiReductionRaises(x), t.roiReductionRaisesHint);
  if (v <= 0) throw new UserError(t.roiCost(v), t.roiCostHint);
  if (clients <= 0) throw new UserError(t.roiClients(clients), t.roiClientsHint);
  return { revenuePerClient: z, uplift: y, years: n, churn: w, churnReduction: x, cost: v, clients };
}

/**
 * The gain and both ROIs of MODEL.md §7: gain = Z·clients·Y·N·(1 − W + X),
 * ROI = (gain − V)/V with V paid once, and (gain − V·N)/(V·N) with V paid
 * every year. No validation: use {@link quickRoi} for checked inputs.
 *
 * @example
 * quickRoiPoint({ revenuePerClient: 100000, uplift: 0.1, years: 3, churn: 0.2, churnReduction: 0.05, cost: 10000 })
 * // → { gain: 25500, roiCostOnce: 1.55, roiCostEveryYear: -0.15 }
 */
export function quickRoiPoint(i: QuickRoiInputs): QuickRoiPoint {
  const gain = i.revenuePerClient * (i.clients ?? 1) * i.uplift * i.years * (1 - i.churn + i.churnReduction);
  const costEveryYear = i.cost * i.years;
  return {
    gain,
    roiCostOnce: (gain - i.cost) / i.cost,
    roiCostEveryYear: (gain - costEveryYear) / costEveryYear,
  };
}

const SWING = 0.5;

function sensitivityRow(base: Required<QuickRoiInputs>, input: SensitivityInput): SensitivityRow {
  const value = base[input];
  let low = value * (1 - SWING);
  let high = value * (1 + SWING);
  let capped = false;
  if (input === 'churnReduction') {
    // churn with the program, W − X, must stay within [0, 1]
    const lo = base.churn - 1;
    const hi = base.churn;
    const clamp = (v: number) => Math.min(hi, Math.max(lo, v));
    if (clamp(low) !== low || clamp(high) !== high) capped = true;
    low = clamp(low);
    high = clamp(high);
  }
  const at = (v: number) => quickRoiPoint({ ...base, [input]: v });
  const l = at(low);
  const h = at(high);
  return {
    input,
    base: value,
    low,
    high,
    roiLow: l.roiCostOnce,
    roiHigh: h.roiCostOnce,
    roiLowCostEveryYear: l.roiCostEveryYear,
    roiHighCostEveryYear: h.roiCostEveryYear,
    capped,
  };
}

/**
 * The `roi` command's core (MODEL.md §7): validates the inputs, computes the
 * gain and ROI under both readings of the cost (articles call V yearly yet
 * subtract it once), break-even cost and uplift, the one-at-a-time
 * sensitivity of uplift, churn reduction and cost at −50 % and +50 %, and
 * what the formula leaves out that `simulate` counts.
 *
 * @example
 * quickRoi({ revenuePerClient: 100000, uplift: 0.1, years: 3, churn: 0.2, churnReduction: 0.05, cost: 10000 }).roiCostOnce // 1.55
 * @throws UserError when an input is out of range.
 */
export function quickRoi(raw: QuickRoiInputs): QuickRoiResult {
  const inputs = validateQuickRoiInputs(raw);
  const point = quickRoiPoint(inputs);
  const retention = 1 - inputs.churn + inputs.churnReduction;
  const revenueBase = inputs.revenuePerClient * inputs.clients;
  // gain per unit of uplift; zero when there is no revenue or nobody is kept
  const gainPerUplift = revenueBase * inputs.years * retention;
  return {
    inputs,
    ...point,
    retention,
    revenueBase,
    costOnce: inputs.cost,
    costEveryYear: inputs.cost * inputs.years,
    breakEvenCostOnce: point.gain,
    breakEvenCostPerYear: point.gain / inputs.years,
    breakEvenUpliftCostOnce: gainPerUplift > 0 ? inputs.cost / gainPerUplift : null,
    breakEvenUpliftCostEveryYear: gainPerUplift > 0 ? (inputs.cost * inputs.years) / gainPerUplift : null,
    sensitivity: (['uplift', 'churnReduction', 'cost'] as const).map((k) => sensitivityRow(inputs, k)),
    leavesOut: LEAVES_OUT.map((l) => ({ ...l })),
  };
}
