/**
 * The text people read after `pilot plan` and `pilot analyze`: the plan's
 * figures a sentence each, the groups drawn and their balance, and the
 * pilot's effects with their intervals and a plain reading of each.
 * Pure: results in, text out (the CLI adds colour and prints).
 */
import { isoDay } from '../history/format.js';
import { EFFECT_NAMES, type Effect, type EffectName, type PilotAnalysis } from '../pilot/analyze.js';
import type { BalanceRow, PilotAssignment } from '../pilot/assign.js';
import type { PilotPlan, PlanMetric } from '../pilot/plan.js';
import type { Look, LookDecision, ScheduledLook } from '../pilot/sequential.js';
import type { PilotDesign, ValueOfInformation } from '../pilot/value.js';
import { msg, type Messages } from '../i18n/index.js';
import { type ModelEffects, rampShape } from '../pilot/ramp-fit.js';
import { normalQuantile } from '../random/special.js';
import { formatMoney, formatNumber, formatPercent, tableDate } from './format.js';
import { inputName } from './input-names.js';
import { textTable } from './simulation-text.js';

export interface PilotTextOptions {
  locale: string;
  /** Money with this currency (ISO 4217); plain numbers when omitted. */
  currency?: string;
  bold?: (s: string) => string;
  /** The words, when they must not follow the current language (--json's recommendation is always English). */
  words?: Messages['pilot'];
  wordsModel?: Messages['pilotModel'];
}

type Fmt = PilotTextOptions;

const money = (v: number, f: Fmt, digits = 0) => (f.currency ? formatMoney(v, { locale: f.locale, currency: f.currency }, digits) : formatNumber(v, f.locale, digits));
const pct = (v: number, f: Fmt, digits = 1) => formatPercent(v, f.locale, digits);
const num = (v: number, f: Fmt, digits = 0) => formatNumber(v, f.locale, digits);
const signedPct = (v: number, f: Fmt) => `${v > 0 ? '+' : ''}${pct(v, f)}`;
const words = (f: Fmt): Messages['pilot'] => f.words ?? msg().pilot;

/** The plan's figures, a sentence each. */
export function renderPlan(p: PilotPlan, f: Fmt): string {
  const value = (v: number) => (p.metric === 'revenue' ? money(v, f) : p.metric === 'orders' ? num(v, f, 2) : pct(v, f));
  const t = words(f);
  const months = t.months(p.months, num(p.months, f, p.months % 1 ? 1 : 0));
  const rows: string[][] = [
    [t.baselineMean, value(p.baselineMean), t.baselineMeanText(t.metricWords[p.metric as PlanMetric], months, tableDate(isoDay(p.window.from), f.locale), tableDate(isoDay(p.window.to), f.locale), num(p.customers, f))],
    [t.baselineSd, value(p.baselineSd), t.baselineSdText],
  ];
  const z = t.z(num(p.alpha, f, 2), pct(p.power, f, 0));
  if (p.groupSize !== undefined) {
    rows.push([t.detectable, pct(p.mde, f), t.detectableText(num(p.groupSize, f), z)]);
    rows.push([t.withCuped, pct(p.mdeCuped!, f), t.cupedText]);
  } else {
    rows.push([t.perGroup, num(p.perGroup, f), t.perGroupText(pct(p.mde, f), value(p.mde * p.baselineMean), z)]);
    rows.push([t.withCuped, num(p.perGroupCuped, f), t.cupedPerGroupText]);
  }
  rows.push([
    t.varianceReduction,
    pct(p.varianceReduction, f),
    p.covariateWindow ? t.varianceText(num(p.correlation, f, 2), months, tableDate(isoDay(p.covariateWindow.from), f.locale), tableDate(isoDay(p.covariateWindow.to), f.locale)) : t.varianceNone,
  ]);
  return textTable(t.planHead, rows, f.bold, ['left', 'right', 'left']);
}

function renderBalance(rows: BalanceRow[], f: Fmt, title: string): string {
  const t = words(f);
  return `${title}\n${textTable(
    t.balanceHead,
    rows.map((b) => [
      t.balanceMetric[b.metric] ?? b.metric,
      b.metric === 'revenue' ? money(b.treatment, f, 2) : b.metric === 'active' ? pct(b.treatment, f) : num(b.treatment, f, 3),
      b.metric === 'revenue' ? money(b.control, f, 2) : b.metric === 'active' ? pct(b.control, f) : num(b.control, f, 3),
      num(b.standardizedDifference, f, 3),
      b.imbalanced ? t.imbalanced : t.ok,
    ]),
    f.bold,
  )}`;
}

/** The groups drawn, per stratum, and their balance before the pilot. */
export function renderAssignment(a: PilotAssignment, f: Fmt): string {
  const t = words(f);
  return [
    t.assignment(num(a.treatment, f), num(a.control, f), num(a.eligible, f)),
    textTable(
      t.strataHead,
      // a stratum is the data's value (RFM segments by their English name, written so in the CSV); shown as profile names it
      a.strata.map((s) => [msg().profile.segment(s.stratum), num(s.eligible, f), num(s.treatment, f), num(s.control, f)]),
      f.bold,
    ),
    '',
    renderBalance(a.balance, f, t.balanceBefore(tableDate(isoDay(a.preWindow.from), f.locale), tableDate(isoDay(a.preWindow.to), f.locale))),
  ].join('\n');
}

function effectValue(name: EffectName, v: number, f: Fmt): string {
  return name === 'revenuePerCustomer' ? `${v > 0 ? '+' : ''}${money(v, f, 2)}` : signedPct(v, f);
}

/** One plain sentence per effect: the estimate, its interval, and whether it is distinguishable from zero. */
export function effectStatement(name: EffectName, e: Effect, alpha: number, f: Fmt): string {
  const t = words(f);
  const level = pct(1 - alpha, f, 0);
  const head = t.statementHead(t.effect[name], effectValue(name, e.estimate, f), level, effectValue(name, e.ciLow, f), effectValue(name, e.ciHigh, f), num(e.pValue, f, 3));
  return e.distinguishable ? t.distinguishable(head, num(alpha, f, 2)) : t.notDistinguishable(head, num(alpha, f, 2));
}

/** The groups before and during the pilot, the effects with intervals and p-values, the balance, and a sentence per effect. */
export function renderAnalysis(a: PilotAnalysis, f: Fmt): string {
  const t = words(f);
  const g = a.groups;
  const lines: string[] = [];
  lines.push(t.periods(tableDate(isoDay(a.pre.from), f.locale), tableDate(isoDay(a.pre.to), f.locale), tableDate(isoDay(a.pilot.from), f.locale), tableDate(isoDay(a.pilot.to), f.locale), num(a.months, f, 1)));
  lines.push(
    textTable(
      t.groupsHead,
      (['treatment', 'control'] as const).map((k) => [
        t.group[k],
        num(g[k].customers, f),
        num(g[k].pre.ordersPerCustomerMonth, f, 3),
        num(g[k].pilot.ordersPerCustomerMonth, f, 3),
        money(g[k].pre.averageCheck, f, 2),
        money(g[k].pilot.averageCheck, f, 2),
        money(g[k].pre.revenuePerCustomer, f, 2),
        money(g[k].pilot.revenuePerCustomer, f, 2),
        t.churnOf(pct(g[k].churnRate, f), num(g[k].preActive, f)),
      ]),
      f.bold,
    ),
  );
  lines.push('');
  const level = pct(1 - a.alpha, f, 0);
  const rows: string[][] = [];
  // churn as inactivity is not the model's dropout hazard: the model-scale section reports churn (issue 22)
  const shown = EFFECT_NAMES.filter((name) => name !== 'churnReduction');
  for (const name of shown) {
    for (const e of [a.effects[name], a.effects[name].alternative]) {
      rows.push([e === a.effects[name] ? t.effect[name] : '', t.method[e.method] ?? e.method, effectValue(name, e.estimate, f), `${effectValue(name, e.ciLow, f)} .. ${effectValue(name, e.ciHigh, f)}`, num(e.pValue, f, 3)]);
    }
  }
  lines.push(t.effectsTitle(level, a.bootstrap, num(a.bootstrap, f), a.permutations, num(a.permutations, f)));
  lines.push(textTable(t.effectsHead(level), rows, f.bold, ['left', 'left', 'right', 'right', 'right']));
  lines.push('');
  lines.push(renderBalance(a.balance, f, t.balanceIn));
  lines.push('');
  const sr = a.sampleRatio;
  const srLine = (label: string, x: typeof sr.present) =>
    t.sampleRatio(label, num(x.observed.treatment, f), num(x.observed.control, f), num(x.expected.treatment, f, 1), num(x.expected.control, f, 1), num(x.pValue, f, 3), x.mismatch);
  lines.push(srLine(t.ratioAssignment, sr));
  lines.push(srLine(t.ratioPresent, sr.present));
  if (a.capping) {
    lines.push(t.capped(num(100 * a.capping.percentile, f, 1), money(a.capping.preCap, f), money(a.capping.pilotCap, f), num(a.capping.capped, f)));
  }
  lines.push('');
  lines.push(t.tercileTitle);
  lines.push(
    textTable(
      t.tercileHead(level),
      a.bySpend.map((x) => [
        t.tercile[x.tercile] ?? x.tercile,
        num(x.treatment, f),
        num(x.control, f),
        signedPct(x.frequencyUplift.estimate, f),
        signedPct(x.checkUplift.estimate, f),
        signedPct(x.revenueUplift.estimate, f),
        `${signedPct(x.revenueUplift.ciLow, f)} .. ${signedPct(x.revenueUplift.ciHigh, f)}`,
        Number.isFinite(x.weight) ? num(x.weight, f, 2) : '-',
      ]),
      f.bold,
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
  );
  // ties at a cut keep equal spenders together, so "thirds" can be far from a third each: say so
  const sizes = a.bySpend.map((x) => x.treatment + x.control);
  const all = sizes.reduce((s, v) => s + v, 0);
  if (all > 0 && sizes.some((v) => Math.abs(v - all / 3) > 0.15 * all)) lines.push(t.tercileUneven(sizes.map((v) => num(v, f)).join(' / ')));
  lines.push('');
  for (const name of shown) lines.push(effectStatement(name, a.effects[name], a.alpha, f));
  return lines.join('\n');
}

/** The planned looks: when, the boundary |z| must reach, and the alpha spent so far. */
export function renderLookSchedule(looks: ScheduledLook[], alpha: number, f: Fmt): string {
  const t = words(f);
  return [
    t.scheduleTitle(num(alpha, f, 2)),
    textTable(
      t.scheduleHead,
      looks.map((l, k) => [num(k + 1, f), num(l.day, f), pct(l.informationFraction, f, 0), num(l.boundary, f, 2), num(l.alphaSpent, f, 4)]),
      f.bold,
      ['right', 'right', 'right', 'right', 'right'],
    ),
    t.scheduleNote,
  ].join('\n');
}

/** The looks of a running pilot so far, with the decision at each. */
export function renderLooks(looks: Look[], f: Fmt): string {
  const t = words(f);
  const decision = (d: LookDecision) => t.decision[d] ?? d;
  if (looks.length === 0) return t.noLook;
  const last = looks.at(-1)!;
  return [
    t.looksTitle,
    textTable(
      t.looksHead,
      looks.map((l) => [tableDate(isoDay(l.day), f.locale), pct(l.informationFraction, f, 0), `${l.estimate > 0 ? '+' : ''}${money(l.estimate, f, 2)}`, num(l.statistic, f, 2), num(l.boundary, f, 2), decision(l.decision)]),
      f.bold,
      ['left', 'right', 'right', 'right', 'right', 'left'],
    ),
    last.decision === 'continue'
      ? t.soFar(num(Math.abs(last.statistic), f, 2), num(last.boundary, f, 2), num(last.naiveBoundary, f, 2))
      : t.decided(decision(last.decision)),
  ].join('\n');
}

/** The value-of-information table and the recommendation. */
export function renderValue(v: ValueOfInformation, reference: PilotDesign, f: Fmt): string {
  const t = words(f);
  const lines: string[] = [];
  lines.push(t.valueHead(v.runs, num(v.runs, f), money(v.expectedNet, f), v.launchNow));
  lines.push(
    textTable(
      t.evpiHead,
      [...v.evpi.map((e) => [inputName(e.input), money(e.value, f)]), [t.allOfThem, money(v.evpiTotal, f)]],
      f.bold,
      ['left', 'right'],
    ),
  );
  lines.push(t.evpiNote);
  lines.push('');
  lines.push(
    textTable(
      t.pilotsHead,
      v.pilots.map((p) => [num(p.perGroup, f), num(p.months, f, p.months % 1 ? 1 : 0), money(p.value, f), pct(p.seFrequency, f), pct(p.seCheck, f)]),
      f.bold,
      ['right', 'right', 'right', 'right', 'right'],
    ),
  );
  lines.push(recommendation(v, reference, f));
  for (const n of v.notes) lines.push(t.note(t[n]));
  return lines.join('\n');
}

/** "A 3-month pilot on 400 customers per group is worth about X; doubling it adds Y." */
export function recommendation(v: ValueOfInformation, reference: PilotDesign, f: Fmt): string {
  const ref = v.pilots.find((p) => p.perGroup === reference.perGroup && p.months === reference.months);
  const doubled = v.pilots.find((p) => p.perGroup === 2 * reference.perGroup && p.months === reference.months);
  if (!ref) return '';
  const t = words(f);
  const m = t.monthPilot(ref.months, num(ref.months, f, ref.months % 1 ? 1 : 0));
  const small = Math.max(1, 0.001 * Math.abs(v.expectedNet));
  if (ref.value < small && (!doubled || doubled.value < small)) {
    return t.clear(v.launchNow, m, num(ref.perGroup, f), money(ref.value, f));
  }
  const top = v.evpi.filter((e) => e.value > 0).slice(0, 2).map((e) => inputName(e.input));
  const head = t.worth(m, num(ref.perGroup, f), money(ref.value, f));
  const more = doubled ? t.doubling(money(doubled.value - ref.value, f)) : '';
  const which = top.length > 0 ? t.mostWorth(top.join(', ')) : '';
  return `${head}${more}${t.perfect(money(v.evpiTotal, f))}${which}`;
}

/** A bar of block characters of `v` on a scale where `max` fills `width` cells (negative bars drawn left of the axis). */
function bar(v: number, max: number, width: number): string {
  if (!Number.isFinite(v) || !(max > 0)) return '';
  const cells = Math.round((Math.abs(v) / max) * width);
  return v >= 0 ? `${' '.repeat(width)}│${'█'.repeat(cells)}` : `${' '.repeat(width - cells)}${'█'.repeat(cells)}│`;
}

/** The month-by-month frequency effects as a small text chart, the fitted ramp's value marked with •. */
export function renderMonthlyChart(m: ModelEffects, alpha: number, f: Fmt): string {
  const t = f.wordsModel ?? msg().pilotModel;
  const monthly = m.monthly ?? [];
  const z = normalQuantile(1 - alpha / 2);
  const g = rampShape(m.fittedRamp, m.months);
  const best = m.ramps.find((r) => r.rampMonths === m.fittedRamp);
  const width = 20;
  const max = Math.max(1e-9, ...monthly.map((x) => Math.abs(x.frequency.estimate) + z * x.frequency.se));
  const rows = monthly.map((x, k) => {
    const cells = bar(x.frequency.estimate, max, width);
    // the fitted ramp's value in this month, as a dot on the bar's scale
    const fitted = best ? best.frequency.estimate * g[k]! : NaN;
    const at = Number.isFinite(fitted) ? width + 1 + Math.round((Math.max(0, fitted) / max) * width) : -1;
    const line = at > 0 ? cells.padEnd(at + 1, ' ').split('').map((ch, i) => (i === at ? '•' : ch)).join('') : cells;
    return [
      num(x.month, f),
      signedPct(x.frequency.estimate, f),
      `${signedPct(x.frequency.estimate - z * x.frequency.se, f)} .. ${signedPct(x.frequency.estimate + z * x.frequency.se, f)}`,
      line,
      signedPct(x.check.estimate, f),
    ];
  });
  return [t.monthlyTitle(pct(1 - alpha, f, 0)), textTable(t.monthlyHead, rows, f.bold, ['right', 'right', 'right', 'left', 'right'])].join('\n');
}

/** The effects on the model's scale: the table, a sentence each on how sure, the month-by-month chart and the ramp. */
export function renderModelEffects(m: ModelEffects, alpha: number, f: Fmt): string {
  const t = f.wordsModel ?? msg().pilotModel;
  const level = pct(1 - alpha, f, 0);
  const z = normalQuantile(1 - alpha / 2);
  const lines: string[] = [];
  lines.push(t.title(level, num(m.customers.treatment, f), num(m.customers.control, f)));
  const keys = ['frequency', 'check', 'churn'] as const;
  lines.push(
    textTable(
      t.head(level),
      keys.map((k) => [t.name[k], signedPct(m[k].mean, f), pct(m[k].sd, f), `${signedPct(m[k].mean - z * m[k].sd, f)} .. ${signedPct(m[k].mean + z * m[k].sd, f)}`, pct(m[k].pPositive, f, 0)]),
      f.bold,
      ['left', 'right', 'right', 'right', 'right'],
    ),
  );
  for (const k of keys) {
    const e = m[k];
    const lo = e.mean - z * e.sd;
    const hi = e.mean + z * e.sd;
    const sure = lo > 0 ? t.sureWords.positive : hi < 0 ? t.sureWords.negative : t.sureWords.unclear;
    lines.push(t.sure(t.name[k], signedPct(e.mean, f), level, signedPct(lo, f), signedPct(hi, f), pct(e.pPositive, f, 0), sure));
  }
  if (m.monthly) {
    lines.push('');
    lines.push(renderMonthlyChart(m, alpha, f));
  }
  lines.push('');
  lines.push(m.fittedRamp > 0 ? t.rampFitted(num(m.fittedRamp, f)) : t.rampZero);
  if (m.draftRamp) {
    lines.push(
      m.draftRamp.supported ? t.draftSupported(num(m.draftRamp.rampMonths, f), num(m.draftRamp.lr, f, 1)) : t.draftNotSupported(num(m.draftRamp.rampMonths, f), num(m.fittedRamp, f), num(m.draftRamp.lr, f, 1)),
    );
  }
  if (m.extrapolated >= 0.05) lines.push(t.extrapolated(pct(m.extrapolated, f, 0)));
  return lines.join('\n');
}
