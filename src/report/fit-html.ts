/**
 * `fit --html`: the fit's diagnostics (fit-diagnostics-html.ts) as a page of
 * their own, with the warnings and the parameters. Same page rules as
 * html.ts: one self-contained file, inline SVG, nothing fetched, user text
 * escaped. Pure: the fit and its diagnostics in, a string out; the time
 * comes from the caller.
 */
import type { FitDiagnostics } from '../fit/diagnostics.js';
import { fitWarnings, type HistoryFit } from '../fit/fit-history.js';
import { MODEL_TITLE } from '../fit/purchase-model.js';
import { escapeXml as esc } from './charts-svg.js';
import { day, fitDiagnosticsHtml } from './fit-diagnostics-html.js';
import { msg } from '../i18n/index.js';
import { formatDate, formatNumber, proseNumber } from './format.js';
import { htmlPage, table } from './html.js';

/** The catalog's words for the diagnostics, in the language of this run. */
const W = () => msg().fitDiag;

function parametersTable(f: HistoryFit, locale: string): string {
  const num = (v: number) => formatNumber(v, locale, 4);
  const p = f.purchase.params as unknown as Record<string, number>;
  const se = f.purchase.se as unknown as Record<string, number>;
  const g = f.gammaGamma;
  const rows = [
    ...Object.keys(p).map((k) => [`${MODEL_TITLE[f.purchase.model].split(' ')[0]} ${k === 'alpha' ? 'α' : k === 'beta' ? 'β' : k}`, num(p[k]!), num(se[k]!)]),
    ['Gamma-Gamma p', num(g.params.p), num(g.se.p)],
    ['Gamma-Gamma q', num(g.params.q), num(g.se.q)],
    ['Gamma-Gamma γ', num(g.params.gamma), num(g.se.gamma)],
  ];
  return table([...W().paramHead], rows);
}

/** `fit --html`: the diagnostics as a page of their own. */
export function renderFitHtml(file: string, f: HistoryFit, d: FitDiagnostics, o: { locale: string; generatedAt: Date }): string {
  const { locale } = o;
  const s = f.summary;
  const title = W().pageTitle(file);
  const time = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(o.generatedAt);
  const holdout = d.holdout ? W().holdoutMeta(day(s.holdoutStart, locale), day(s.observationEnd, locale)) : W().noHoldoutMeta;
  const meta = `${W().meta(s.ids.length, formatNumber(s.ids.length, locale), day(s.calibrationEnd, locale), s.unit)} · ${holdout} · ${msg().fit.modelTitle[f.purchase.model]}`;
  const words = fitWarnings(f, msg().fit, proseNumber(locale));
  const warnings = words.length ? `<section id="fit-warnings"><h2>${esc(W().warnings)}</h2>${words.map((w) => `<p class="reading">${esc(w)}</p>`).join('')}</section>` : '';
  const body = [
    `<header><h1>${esc(title)}</h1><p class="meta">${esc(meta)}</p><p class="meta" id="generated">${esc(W().generated(formatDate(o.generatedAt, locale), time))}</p></header>`,
    warnings,
    fitDiagnosticsHtml(f, d, locale, 2),
    `<section id="fit-parameters"><h2>${esc(W().parameters)}</h2>${parametersTable(f, locale)}</section>`,
  ].join('\n');
  return htmlPage({ lang: locale.split('-')[0] ?? 'en', title: `${title} · loyalty-sim`, body });
}
