/**
 * The what-if panel of the HTML report (`report --interactive`): which levers
 * a draft offers, and the terminal command that repeats a what-if figure.
 * Pure; the browser page (src/browser/whatif-page.ts) and the CLI both use it.
 */
import { isDistribution, numericFields } from '../draft/paths.js';
import type { Draft } from '../draft/schema.js';
import { HORIZON_LEVER } from '../decide/whatif.js';
import { distributionMean } from '../random/distributions.js';
import type { Lang } from '../i18n/index.js';
import { inputName } from './input-names.js';
import { formatMoney, formatNumber, formatPercent, type FormatOptions } from './format.js';
import type { SimulationMeta } from './simulation-text.js';

export type LeverKind = 'share' | 'uplift' | 'rate' | 'money' | 'months' | 'count';

export interface Lever {
  path: string;
  label: string;
  kind: LeverKind;
  min: number;
  max: number;
  step: number;
  /** The draft's value: the number, or the distribution's mean (a lever shifts a distribution, keeping its spread). */
  value: number;
  distribution: boolean;
}

/** Everything the page needs, embedded in the report as JSON. */
export interface WhatIfSpec {
  /** The draft file as given on the command line, for the repeat command. */
  file: string;
  draft: Draft;
  /** src/engine/population-codec.ts encoding of the sample simulated. */
  population: Record<string, unknown>;
  /** Customers simulated (the sample) and the base they stand for. */
  sample: number;
  customers: number;
  seed: number;
  runs: number;
  horizon: number;
  /** Flags that choose the customers (--history and its column mapping), repeated in the command. */
  customerArgs: string[];
  levers: Lever[];
  locale: string;
  /** The report's language: the page's own labels and the charts it redraws speak it. */
  lang: Lang;
  /** The report's own simulation, for the labels the what-if figures reuse. */
  meta: SimulationMeta;
}

const roundTo = (x: number, step: number): number => Number((Math.round(x / step) * step).toPrecision(12));

function lever(path: string, label: string, kind: LeverKind, value: number, distribution: boolean): Lever {
  const span = Math.max(Math.abs(value), 1e-9);
  switch (kind) {
    case 'share':
      return { path, label, kind, min: 0, max: 1, step: 0.01, value, distribution };
    case 'uplift':
      return { path, label, kind, min: path.endsWith('churn_reduction') ? -0.2 : -0.2, max: path.endsWith('churn_reduction') ? 0.9 : Math.max(0.5, roundTo(3 * value, 0.05)), step: 0.005, value, distribution };
    case 'rate':
      return { path, label, kind, min: 0, max: Math.max(0.15, roundTo(3 * value, 0.01)), step: 0.0025, value, distribution };
    case 'months':
      return { path, label, kind, min: path === HORIZON_LEVER ? 3 : 0, max: path === HORIZON_LEVER ? Math.max(60, value * 2) : 24, step: 1, value, distribution };
    case 'money':
    case 'count': {
      const step = Number((10 ** Math.floor(Math.log10(span / 20))).toPrecision(1));
      return { path, label, kind, min: 0, max: roundTo(Math.max(3 * value, 20 * step), step), step, value, distribution };
    }
  }
}

/**
 * The key levers of a draft, in the order a CFO asks about them:
 * participation, each effect, the ramp, the main reward rates, the fee and the horizon.
 */
export function whatIfLevers(draft: Draft, horizon: number): Lever[] {
  const fields = new Map(numericFields(draft).map((f) => [f.path, f.value]));
  const out: Lever[] = [];
  // a lever's label is its input's name (report/input-names.ts): the panel, the tornado and the inputs tables agree
  const add = (path: string, kind: LeverKind): void => {
    const v = fields.get(path);
    if (v === undefined) return;
    const dist = isDistribution(v);
    out.push(lever(path, inputName(path), kind, typeof v === 'number' ? v : distributionMean(v), dist));
  };
  add('participation', 'share');
  add('effects.frequency_uplift', 'uplift');
  add('effects.check_uplift', 'uplift');
  add('effects.churn_reduction', 'uplift');
  add('effects.ramp_months', 'months');
  add('mechanics.discount.rate', 'rate');
  add('mechanics.points.earn_per_currency', 'rate');
  for (const path of fields.keys()) if (/^mechanics\.rebate\.brackets\[(\d+)\]\.rate$/.test(path)) add(path, 'rate');
  add('mechanics.fee.monthly', 'money');
  add('mechanics.fee.yearly', 'money');
  out.push(lever(HORIZON_LEVER, inputName(HORIZON_LEVER), 'months', horizon, false));
  // a points earn rate is not a share of price: its range follows its size
  for (const l of out) if (l.path === 'mechanics.points.earn_per_currency') Object.assign(l, { max: Math.max(0.05, roundTo(3 * l.value, 0.001)), step: 0.0005 });
  return out;
}

/** A lever's value for people: shares and rates in per cent, money in the currency. */
export function leverText(l: Lever, v: number, o: FormatOptions): string {
  if (l.kind === 'share' || l.kind === 'uplift' || (l.kind === 'rate' && l.path !== 'mechanics.points.earn_per_currency')) return formatPercent(v, o.locale, 2);
  if (l.kind === 'money') return formatMoney(v, o);
  return formatNumber(v, o.locale, l.kind === 'rate' ? 4 : 0);
}

/** A token safe to paste into bash, zsh or fish. */
export function shellQuote(token: string): string {
  return /^[\w@%+=:,./-]+$/u.test(token) ? token : `'${token.replace(/'/g, `'\\''`)}'`;
}

/** A YAML flow value for --set: a number, or the shifted distribution. */
function flowValue(draft: Draft, path: string, value: number, shifted: (d: Draft) => unknown): string {
  const v = shifted(draft);
  if (typeof v === 'number' || v === undefined) return String(value);
  const [kind, params] = Object.entries(v as Record<string, Record<string, number>>)[0]!;
  return `{${kind}: {${Object.entries(params)
    .map(([k, x]) => `${k}: ${x}`)
    .join(', ')}}}`;
}

/** The levers moved away from the draft's values. */
export function changedLevers(spec: WhatIfSpec, values: Record<string, number>): Lever[] {
  return spec.levers.filter((l) => values[l.path] !== undefined && values[l.path] !== l.value);
}

/**
 * The commands that repeat a what-if: `exact` reproduces the panel's figure
 * (same sample, runs and seed); `fullRerun` is the --set/--horizon flags to
 * add to a full simulate or report. `resolve(draft, path)` gives the field's
 * value after the lever moved (a shifted distribution, or a number).
 */
export function whatIfCommands(
  spec: WhatIfSpec,
  values: Record<string, number>,
  resolve: (path: string) => unknown,
): { exact: string; fullRerun: string; sets: string[] } {
  const sets: string[] = [];
  for (const l of changedLevers(spec, values)) {
    const v = values[l.path]!;
    if (l.path === HORIZON_LEVER) sets.push(`--horizon ${v}`);
    else sets.push(`--set ${shellQuote(`${l.path}=${flowValue(spec.draft, l.path, v, () => resolve(l.path))}`)}`);
  }
  const base = ['loyalty-sim', 'simulate', spec.file, ...spec.customerArgs].map(shellQuote).join(' ');
  const sample = spec.sample < spec.customers ? ` --sample ${spec.sample}` : '';
  return {
    exact: `${base}${sample} --runs ${spec.runs} --seed ${spec.seed}${sets.length ? ` ${sets.join(' ')}` : ''}`,
    fullRerun: sets.join(' '),
    sets,
  };
}
