/**
 * `pilot analyze --html` (issue 22 part 5, issue 24 part 4): the pilot's
 * report as one offline page a finance team forwards: the decision in words,
 * the effects on the model's scale with their intervals (what --write-effects
 * writes), the month-by-month effect chart with the fitted ramp, the
 * sample-ratio and balance checks, and what was written back; with
 * --interim, the looks against their group-sequential boundaries instead.
 *
 * Same page rules as html.ts (htmlPage: no script, no request, user text
 * escaped). Pure: results in, a string out; the time comes from the caller.
 */
import { isoDay } from '../history/format.js';
import type { PilotAnalysis } from '../pilot/analyze.js';
import { type ModelEffects, rampShape } from '../pilot/ramp-fit.js';
import type { Look } from '../pilot/sequential.js';
import type { EffectChange } from '../pilot/write-effects.js';
import { msg } from '../i18n/index.js';
import { normalQuantile } from '../random/special.js';
import { bandLineSvg, escapeXml as esc, linesSvg } from './charts-svg.js';
import { formatDate, formatMoney, formatNumber, formatPercent, tableDate } from './format.js';
import { htmlPage, table } from './html.js';
import { effectStatement } from './pilot-text.js';

export interface PilotHtmlOptions {
  /** The history and assignment files as the user gave them. */
  history: string;
  assignment: string;
  currency: string;
  locale: string;
  generatedAt: Date;
}

/** What --write-effects changed: the draft, each field old → new, and the sentences said about it (in the page's language). */
export interface PilotWritten {
  file: string;
  changes: EffectChange[];
  notes: string[];
}

/** A finished (or read-to-date) pilot: the analysis, the model-scale effects, the warnings said, and what was written. */
export interface PilotAnalysisPage {
  kind: 'analysis';
  analysis: PilotAnalysis;
  model: ModelEffects;
  warnings: string[];
  written?: PilotWritten;
}

/** A running pilot (--interim): the looks so far against their boundaries. */
export interface PilotInterimPage {
  kind: 'interim';
  looks: Look[];
  alpha: number;
  start: number;
  plannedEnd: number;
  asOf: number;
}

export type PilotPage = PilotAnalysisPage | PilotInterimPage;

export function renderPilotHtml(p: PilotPage, o: PilotHtmlOptions): string {
  const w = msg().pilotPage;
  const time = new Intl.DateTimeFormat(o.locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(o.generatedAt);
  const header = `<header><h1>${esc(w.title)}</h1><p class="meta">${esc(w.meta(o.history, o.assignment))}</p><p class="meta" id="generated">${esc(msg().fitDiag.generated(formatDate(o.generatedAt, o.locale), time))}</p></header>`;
  const sections = p.kind === 'interim' ? interimSections(p, o) : analysisSections(p, o);
  return htmlPage({ lang: o.locale.split('-')[0] ?? 'en', title: `${w.title} · loyalty-sim`, body: [header, ...sections].join('\n') });
}

const pct = (v: number, o: PilotHtmlOptions, digits = 1) => formatPercent(v, o.locale, digits);
const signed = (v: number, o: PilotHtmlOptions) => `${v > 0 ? '+' : ''}${pct(v, o)}`;
const num = (v: number, o: PilotHtmlOptions, digits = 0) => formatNumber(v, o.locale, digits);
const money = (v: number, o: PilotHtmlOptions, digits = 0) => formatMoney(v, { locale: o.locale, currency: o.currency }, digits);
const day = (d: number, o: PilotHtmlOptions) => tableDate(isoDay(d), o.locale);
const para = (s: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${esc(s)}</p>`;

function analysisSections(p: PilotAnalysisPage, o: PilotHtmlOptions): string[] {
  const a = p.analysis;
  const t = msg().pilot;
  const w = msg().pilotPage;
  const period = para(t.periods(day(a.pre.from, o), day(a.pre.to, o), day(a.pilot.from, o), day(a.pilot.to, o), num(a.months, o, 1)), 'meta');
  return [
    `<section id="pilot-decision"><h2>${esc(w.decisionTitle)}</h2>${period}${decision(p, o).map((l) => para(l, 'reading')).join('')}${
      p.warnings.length > 0 ? `<ul class="warnings">${p.warnings.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''
    }</section>`,
    effectsSection(p.model, a.alpha, o),
    monthlySection(p.model, a.alpha, o),
    checksSection(a, o),
    writtenSection(p.written),
  ];
}

/** The decision in words: the revenue per customer's verdict, then how sure each model-scale effect is. */
function decision(p: PilotAnalysisPage, o: PilotHtmlOptions): string[] {
  const w = msg().pilotPage;
  const e = p.analysis.effects.revenuePerCustomer;
  const verdict = !e.distinguishable ? w.verdict.unclear : e.estimate > 0 ? w.verdict.positive : w.verdict.negative;
  const f = { locale: o.locale, currency: o.currency };
  return [verdict, effectStatement('revenuePerCustomer', e, p.analysis.alpha, f)];
}

function effectsSection(m: ModelEffects, alpha: number, o: PilotHtmlOptions): string {
  const t = msg().pilotModel;
  const level = pct(1 - alpha, o, 0);
  const z = normalQuantile(1 - alpha / 2);
  const keys = ['frequency', 'check', 'churn'] as const;
  const rows = keys.map((k) => [t.name[k], signed(m[k].mean, o), pct(m[k].sd, o), `${signed(m[k].mean - z * m[k].sd, o)} … ${signed(m[k].mean + z * m[k].sd, o)}`, pct(m[k].pPositive, o, 0)]);
  const sure = keys.map((k) => {
    const e = m[k];
    const lo = e.mean - z * e.sd;
    const hi = e.mean + z * e.sd;
    const word = lo > 0 ? t.sureWords.positive : hi < 0 ? t.sureWords.negative : t.sureWords.unclear;
    return para(t.sure(t.name[k], signed(e.mean, o), level, signed(lo, o), signed(hi, o), pct(e.pPositive, o, 0), word), 'reading');
  });
  return [
    `<section id="pilot-effects"><h2>${esc(msg().pilotPage.effectsTitle)}</h2>`,
    para(t.title(level, num(m.customers.treatment, o), num(m.customers.control, o)), 'note'),
    table(t.head(level), rows),
    ...sure,
    '</section>',
  ].join('');
}

/** The month-by-month frequency effects with their intervals and the fitted ramp's curve, then the ramp in words. */
function monthlySection(m: ModelEffects, alpha: number, o: PilotHtmlOptions): string {
  const t = msg().pilotModel;
  const w = msg().pilotPage;
  const z = normalQuantile(1 - alpha / 2);
  const level = pct(1 - alpha, o, 0);
  const monthly = m.monthly ?? [];
  const best = m.ramps.find((r) => r.rampMonths === m.fittedRamp);
  const g = rampShape(m.fittedRamp, m.months);
  const chart =
    monthly.length === 0
      ? para(w.noMonths)
      : bandLineSvg(
          {
            mean: monthly.map((x) => x.frequency.estimate),
            low: monthly.map((x) => x.frequency.estimate - z * x.frequency.se),
            high: monthly.map((x) => x.frequency.estimate + z * x.frequency.se),
          },
          {
            title: w.chartTitle,
            format: (v) => pct(v, o, 0),
            xLabel: w.xAxis,
            meanLabel: w.monthLegend,
            bandLabel: level,
            ...(best ? { fitted: { values: g.map((s) => best.frequency.estimate * s), label: w.rampLegend } } : {}),
          },
        );
  const rows = monthly.map((x) => [
    num(x.month, o),
    signed(x.frequency.estimate, o),
    `${signed(x.frequency.estimate - z * x.frequency.se, o)} … ${signed(x.frequency.estimate + z * x.frequency.se, o)}`,
    best ? signed(best.frequency.estimate * g[x.month - 1]!, o) : '–',
    signed(x.check.estimate, o),
  ]);
  const ramp = [m.fittedRamp > 0 ? t.rampFitted(num(m.fittedRamp, o)) : t.rampZero];
  if (m.draftRamp) {
    ramp.push(m.draftRamp.supported ? t.draftSupported(num(m.draftRamp.rampMonths, o), num(m.draftRamp.lr, o, 1)) : t.draftNotSupported(num(m.draftRamp.rampMonths, o), num(m.fittedRamp, o), num(m.draftRamp.lr, o, 1)));
  }
  if (m.extrapolated >= 0.05) ramp.push(t.extrapolated(pct(m.extrapolated, o, 0)));
  return [
    `<section id="pilot-monthly"><h2>${esc(w.monthlyTitle)}</h2>`,
    `<figure>${chart}<figcaption>${esc(w.chartCaption(level))}</figcaption></figure>`,
    rows.length > 0 ? table(w.monthlyHead(level), rows) : '',
    ...ramp.map((l) => para(l, 'reading')),
    '</section>',
  ].join('');
}

/** The sample ratio (assignment and presence in the history) and the groups' balance before the pilot. */
function checksSection(a: PilotAnalysis, o: PilotHtmlOptions): string {
  const t = msg().pilot;
  const sr = a.sampleRatio;
  const srLine = (label: string, x: typeof sr.present) =>
    t.sampleRatio(label, num(x.observed.treatment, o), num(x.observed.control, o), num(x.expected.treatment, o, 1), num(x.expected.control, o, 1), num(x.pValue, o, 3), x.mismatch);
  const balance = table(
    t.balanceHead,
    a.balance.map((b) => [
      t.balanceMetric[b.metric] ?? b.metric,
      b.metric === 'revenue' ? money(b.treatment, o, 2) : b.metric === 'active' ? pct(b.treatment, o) : num(b.treatment, o, 3),
      b.metric === 'revenue' ? money(b.control, o, 2) : b.metric === 'active' ? pct(b.control, o) : num(b.control, o, 3),
      num(b.standardizedDifference, o, 3),
      b.imbalanced ? t.imbalanced : t.ok,
    ]),
    a.balance.map((b) => (b.imbalanced ? 'warn' : undefined)),
  );
  const capped = a.capping ? [para(t.capped(num(100 * a.capping.percentile, o, 1), money(a.capping.preCap, o), money(a.capping.pilotCap, o), num(a.capping.capped, o)))] : [];
  return [
    `<section id="pilot-checks"><h2>${esc(msg().pilotPage.checksTitle)}</h2>`,
    para(srLine(t.ratioAssignment, sr), sr.mismatch ? 'reading warn' : 'reading'),
    para(srLine(t.ratioPresent, sr.present), sr.present.mismatch ? 'reading warn' : 'reading'),
    `<h3>${esc(t.balanceIn)}</h3>`,
    balance,
    ...capped,
    '</section>',
  ].join('');
}

function writtenSection(written: PilotWritten | undefined): string {
  const w = msg().pilotPage;
  if (!written) return `<section id="pilot-written"><h2>${esc(w.writtenTitle)}</h2>${para(w.notWritten)}</section>`;
  return [
    `<section id="pilot-written"><h2>${esc(w.writtenTitle)}</h2>`,
    para(w.writtenTo(written.file)),
    table(w.writtenHead, written.changes.map((c) => [c.path, c.old, c.new]), written.changes.map(() => undefined)),
    `<ul>${written.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`,
    '</section>',
  ].join('');
}

/** The looks so far: a table and a chart of |z| against the boundary, and the decision in words. */
function interimSections(p: PilotInterimPage, o: PilotHtmlOptions): string[] {
  const t = msg().pilot;
  const w = msg().pilotPage;
  const decisionWord = (d: string) => t.decision[d] ?? d;
  const period = para(w.interimMeta(day(p.start, o), day(p.plannedEnd, o), day(p.asOf, o), num(p.alpha, o, 2)), 'meta');
  if (p.looks.length === 0) return [`<section id="pilot-decision"><h2>${esc(w.decisionTitle)}</h2>${period}${para(t.noLook, 'reading')}</section>`];
  const last = p.looks.at(-1)!;
  const verdict = last.decision === 'continue' ? t.soFar(num(Math.abs(last.statistic), o, 2), num(last.boundary, o, 2), num(last.naiveBoundary, o, 2)) : t.decided(decisionWord(last.decision));
  const chart = linesSvg(
    [
      { label: w.statisticLegend, values: p.looks.map((l) => Math.abs(l.statistic)) },
      { label: w.boundaryLegend, values: p.looks.map((l) => l.boundary), dashed: true },
    ],
    { title: w.looksChartTitle, format: (v) => num(v, o, 1), xLabels: p.looks.map((l) => day(l.day, o)), xLabel: w.looksAxis },
  );
  const rows = p.looks.map((l) => [day(l.day, o), pct(l.informationFraction, o, 0), `${l.estimate > 0 ? '+' : ''}${money(l.estimate, o, 2)}`, num(l.statistic, o, 2), num(l.boundary, o, 2), decisionWord(l.decision)]);
  return [
    `<section id="pilot-decision"><h2>${esc(w.decisionTitle)}</h2>${period}${para(verdict, 'reading')}</section>`,
    [`<section id="pilot-looks"><h2>${esc(t.looksTitle)}</h2>`, `<figure>${chart}<figcaption>${esc(w.looksCaption)}</figcaption></figure>`, table(t.looksHead, rows), '</section>'].join(''),
  ];
}
