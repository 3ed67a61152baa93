/**
 * The what-if panel's page script (bundled by scripts/bundle-browser.mjs and
 * allowed by the report's Content-Security-Policy by its hash). It starts the
 * engine in a Web Worker from the code carried in the page, re-runs a small
 * simulation whenever a lever moves, and draws the result with the same
 * renderers as the static report (src/report/html.ts).
 *
 * The first run simulates the draft as it is on the same sample, runs and
 * seed: the panel's figures are compared with that, so what moves is the
 * levers' doing and not the sample's noise (common random numbers).
 *
 * An update is spread over one Worker per core (navigator.hardwareConcurrency,
 * issue 26), each simulating a slice of whole run blocks; the slices are
 * assembled in run order into exactly the one-thread simulation
 * (src/decide/whatif-parts.ts). All the Workers run the same blob of the
 * engine's code carried in the page, which the Content-Security-Policy's
 * `worker-src blob:` already allows: the policy needs nothing new.
 */
import type { SimulationResult } from '../engine/simulate.js';
import type { SimulationSummary } from '../engine/summary.js';
import { applyWhatIf, whatIfHorizon } from '../decide/whatif.js';
import { assembleWhatIf, whatIfSlices } from '../decide/whatif-parts.js';
import { getPath } from '../draft/paths.js';
import { costs, cumulativeChart, decision, roiChart } from '../report/html.js';
import { formatKind, formatMoney, formatNumber, formatPercent, type FormatOptions } from '../report/format.js';
import type { ReportEntry } from '../report/report-data.js';
import { changedLevers, leverText, whatIfCommands, type WhatIfSpec } from '../report/whatif.js';
import { msg, useLang } from '../i18n/index.js';

interface Reply {
  id: number;
  result?: SimulationResult;
  summary?: SimulationSummary;
  horizon?: number;
  ms?: number;
  /** The slowest worker's own time for its slice. */
  workerMs?: number;
  error?: string;
}

/** A Worker's answer: its slice of an update's runs, or why there is none. */
interface SliceReply {
  id: number;
  part?: SimulationResult;
  ms?: number;
  overtaken?: boolean;
  error?: string;
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function start(): void {
  const specNode = document.getElementById('whatif-spec');
  const engineNode = document.getElementById('whatif-engine');
  if (!specNode || !engineNode) return;
  const spec = JSON.parse(specNode.textContent ?? '{}') as WhatIfSpec;
  // the page speaks the report's language: its own labels and the charts it redraws
  useLang(spec.lang ?? 'en');
  const t = msg().whatif;
  const o: FormatOptions = { locale: spec.locale, currency: spec.meta.currency };
  // One Worker per core, each with whole blocks of the runs; fewer when the runs make fewer blocks.
  const slices = whatIfSlices(spec.runs, navigator.hardwareConcurrency || 1);
  const engine = URL.createObjectURL(new Blob([engineNode.textContent ?? ''], { type: 'text/javascript' }));
  const workers = slices.map(() => new Worker(engine));
  for (const worker of workers) worker.postMessage({ spec });
  // The questions under way: the slices answered so far and when the question was asked (the page's own timer).
  const pending = new Map<number, { parts: SimulationResult[]; started: number; values: Record<string, number>; workerMs: number }>();

  const values: Record<string, number> = Object.fromEntries(spec.levers.map((l) => [l.path, l.value]));
  let asked = 0;
  let drawn = 0;
  let reference: SimulationSummary | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const status = $('whatif-status');
  const results = $('whatif-results');
  const command = $<HTMLTextAreaElement>('whatif-command');
  const flags = $<HTMLTextAreaElement>('whatif-flags');
  const state = $('whatif-state');

  const levelText = (l: WhatIfSpec['levers'][number], v: number): string => leverText(l, v, o);

  const resolveField = (path: string): unknown => getPath(applyWhatIf(spec.draft, { [path]: values[path]! }), path);

  const describeState = (): void => {
    const moved = changedLevers(spec, values);
    state.textContent = moved.length
      ? t.stateMoved(moved.map((l) => t.movedLever(l.label, levelText(l, values[l.path]!), levelText(l, l.value))).join('; '))
      : t.stateNone;
    const cmd = whatIfCommands(spec, values, resolveField);
    command.value = cmd.exact;
    flags.value = cmd.fullRerun || t.nothingToAdd;
  };

  const ask = (): void => {
    asked++;
    status.textContent = t.running(spec.runs, formatNumber(spec.runs, spec.locale), formatNumber(spec.sample, spec.locale));
    results.setAttribute('aria-busy', 'true');
    const asking = { ...values };
    pending.set(asked, { parts: [], started: performance.now(), values: asking, workerMs: 0 });
    slices.forEach((slice, k) => workers[k]!.postMessage({ id: asked, values: asking, ...slice }));
  };

  const schedule = (): void => {
    describeState();
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(ask, 250);
  };

  for (const l of spec.levers) {
    const range = $<HTMLInputElement>(`lever-${l.path}-range`);
    const exact = $<HTMLInputElement>(`lever-${l.path}-value`);
    const shown = $<HTMLOutputElement>(`lever-${l.path}-shown`);
    const set = (v: number, from: HTMLInputElement): void => {
      if (!Number.isFinite(v)) return;
      values[l.path] = v;
      if (from !== range) range.value = String(v);
      if (from !== exact) exact.value = String(Number(v.toPrecision(6)));
      shown.textContent = levelText(l, v);
      schedule();
    };
    range.addEventListener('input', () => set(Number(range.value), range));
    exact.addEventListener('change', () => set(Number(exact.value), exact));
  }

  $('whatif-reset').addEventListener('click', () => {
    for (const l of spec.levers) {
      values[l.path] = l.value;
      $<HTMLInputElement>(`lever-${l.path}-range`).value = String(l.value);
      $<HTMLInputElement>(`lever-${l.path}-value`).value = String(Number(l.value.toPrecision(6)));
      $<HTMLOutputElement>(`lever-${l.path}-shown`).textContent = levelText(l, l.value);
    }
    schedule();
  });

  $('whatif-copy').addEventListener('click', () => {
    command.select();
    const done = (): void => {
      status.textContent = t.copied;
    };
    // the clipboard API needs a secure context; a file opened from disk may not be one
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(command.value).then(done, () => document.execCommand('copy') && done());
    else if (document.execCommand('copy')) done();
  });

  // The answer to the newest question, kept until the reference (the draft as it is, question 1) has come too:
  // a lever moved before the first computation ended asks question 2 while 1 still runs, and the worker may
  // answer them in either order. Question 1's answer is the reference whatever came after it (it was dropped
  // as "overtaken", and the next answer read the metrics of an undefined reference: issue 24).
  let newest: Reply | undefined;
  const onSlice = (event: MessageEvent<SliceReply>): void => {
    const got = event.data;
    const q = pending.get(got.id);
    if (!q) return;
    if (got.error !== undefined || !got.part) {
      pending.delete(got.id);
      // a slice stopped because a newer question came (never question 1): nothing to show for this one
      if (!got.overtaken) answer({ id: got.id, error: got.error ?? t.noResult });
      return;
    }
    q.parts.push(got.part);
    q.workerMs = Math.max(q.workerMs, got.ms ?? 0);
    if (q.parts.length < slices.length) return;
    pending.delete(got.id);
    // only the reference and the newest question are ever drawn: an overtaken answer is not assembled
    if (got.id !== 1 && got.id !== asked) return;
    try {
      const { result, summary } = assembleWhatIf(q.parts, spec.runs);
      answer({ id: got.id, result, summary, horizon: whatIfHorizon({ ...spec, values: q.values }), ms: performance.now() - q.started, workerMs: q.workerMs });
    } catch (err) {
      answer({ id: got.id, error: err instanceof Error ? err.message : String(err) });
    }
  };
  const answer = (got: Reply): void => {
    if (got.id === 1) {
      if (got.summary) reference = got.summary;
      else {
        results.setAttribute('aria-busy', 'false');
        status.textContent = t.failed(got.error ?? t.noResult);
        return;
      }
    }
    if (got.id === asked) newest = got;
    // a newer question is on its way (wait for its answer), or the reference has not come yet (it will)
    if (!newest || newest.id !== asked || newest.id < drawn || (!reference && !newest.error)) return;
    const r = newest;
    drawn = r.id;
    results.setAttribute('aria-busy', 'false');
    if (r.error || !r.result || !r.summary) {
      status.textContent = t.failed(r.error ?? t.noResult);
      return;
    }
    const entry: ReportEntry = {
      meta: { ...spec.meta, runsRequested: spec.runs, horizon: r.horizon ?? spec.horizon, population: t.population(formatNumber(spec.sample, spec.locale), formatNumber(spec.customers, spec.locale)) },
      draft: applyWhatIf(spec.draft, values),
      result: r.result,
      summary: r.summary,
    };
    results.innerHTML = [
      compareTable(reference!, r.summary, spec, o),
      decision(entry, spec.locale, false),
      `<div class="pair">${roiChart(entry, spec.locale)}${cumulativeChart(entry, spec.locale)}</div>`,
      costs(entry, spec.locale),
    ].join('');
    status.textContent = t.updated(spec.runs, formatNumber(spec.runs, spec.locale), formatNumber((r.ms ?? 0) / 1000, spec.locale, 1));
    results.dataset.roi = String(r.summary.metrics.roi.mean);
    // the page's own timer, from the question to the assembled answer (the browser test reads it)
    results.dataset.ms = String(r.ms ?? 0);
    results.dataset.workerMs = String(r.workerMs ?? 0);
    results.dataset.updates = String(r.id);
  };
  for (const worker of workers) {
    worker.onmessage = onSlice;
    worker.onerror = (e) => {
      status.textContent = t.engineFailed(e.message);
    };
  }

  describeState();
  ask();
}

/** The draft on the sample beside the what-if on the sample: the lever's effect, same customers and random numbers. */
function compareTable(ref: SimulationSummary, now: SimulationSummary, spec: WhatIfSpec, o: FormatOptions): string {
  const m = (s: SimulationSummary) => s.metrics;
  const t = msg().whatif.table;
  const rows: [string, string, string][] = [
    [t.meanRoi, formatKind(m(ref).roi.mean, 'percent', o), formatKind(m(now).roi.mean, 'percent', o)],
    ['P(ROI > 0)', formatPercent(ref.probabilities.roiPositive, spec.locale), formatPercent(now.probabilities.roiPositive, spec.locale)],
    [t.netMean, formatMoney(m(ref).netIncrementalProfit.mean, o), formatMoney(m(now).netIncrementalProfit.mean, o)],
    [t.npvMean, formatMoney(m(ref).npv.mean, o), formatMoney(m(now).npv.mean, o)],
    [t.paybackMedian, formatKind(m(ref).paybackMonth.p50, 'month', o), formatKind(m(now).paybackMonth.p50, 'month', o)],
    [t.costMean, formatMoney(m(ref).programCost.mean, o), formatMoney(m(now).programCost.mean, o)],
  ];
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const runs = formatNumber(spec.runs, spec.locale);
  return `<table class="whatif-compare"><thead><tr><th></th><th>${esc(t.draftHead(spec.runs, runs))}</th><th>${esc(t.whatifHead(spec.runs, runs))}</th></tr></thead><tbody>${rows
    .map((r) => `<tr><td>${esc(r[0])}</td><td>${esc(r[1])}</td><td><b>${esc(r[2])}</b></td></tr>`)
    .join('')}</tbody></table>`;
}

start();
