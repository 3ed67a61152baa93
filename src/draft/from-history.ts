/**
 * A first draft fitted to a client's base (`init --history`, issue 27): a
 * template whose currency, customer count, tier thresholds, rebate brackets
 * and points threshold come from the client's history rather than from the
 * template's synthetic wholesaler, whose Gold level may be out of everyone's
 * reach in a smaller base. Pure: it takes the history's aggregates
 * (history/period-spend.ts) and the sentences of the interface language, and
 * returns the YAML text; the CLI reads the file and writes the draft.
 *
 * Thresholds sit at stated quantiles of the spend that decides them: tiers
 * qualify on 12-month spend (docs/model.md §1), a rebate bracket on its
 * period's spend, so its quantiles are of customer-periods. Each value is
 * rounded to two significant figures (a threshold a client can remember)
 * and its comment gives the quantile, its exact value and the file.
 */
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { Messages } from '../i18n/en.js';
import type { PeriodSpend, SpendPeriod } from '../history/period-spend.js';
import type { PathSegment } from './issue.js';
import { sourcesParagraph, templateText, type TemplateName } from './templates.js';

/**
 * The quantiles of the thresholds above the first level (which is at 0) or
 * of a rebate's brackets, by how many there are: the middle half and the top
 * tenth for three tiers, the top half, fifth and twentieth for three
 * brackets. Beyond four, spread evenly from the median to P95.
 */
export function thresholdQuantiles(count: number): number[] {
  const table: Record<number, number[]> = { 1: [0.5], 2: [0.5, 0.9], 3: [0.5, 0.8, 0.95], 4: [0.5, 0.75, 0.9, 0.97] };
  return table[count] ?? Array.from({ length: count }, (_, i) => 0.5 + (0.45 * i) / (count - 1));
}

/** Nearest-rank quantile of an ascending array (threshold-fit.ts's convention). */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** v to `digits` significant figures. */
export function roundSignificant(v: number, digits: number): number {
  if (!(v > 0)) return v;
  const step = 10 ** (Math.floor(Math.log10(v)) - digits + 1);
  return Math.round(v / step) * step;
}

/**
 * The values rounded to two significant figures, or more where two would
 * make neighbours equal (levels must rise strictly to mean anything);
 * undefined when even six cannot separate them.
 */
export function roundedRising(values: number[]): number[] | undefined {
  for (let digits = 2; digits <= 6; digits++) {
    const r = values.map((v) => Number(roundSignificant(v, digits).toPrecision(digits)));
    if (r.every((v, i) => v > 0 && (i === 0 || v > r[i - 1]!))) return r;
  }
  return undefined;
}

/** Where the currency code came from, for its comment. */
export type CurrencySource = { kind: 'flag' } | { kind: 'cyrillic' } | { kind: 'locale'; locale: string };

export interface HistoryBase {
  /** The history as the user named it: comments and the simulate line quote it. */
  file: string;
  /** The draft being written, for the simulate line. */
  draftFile: string;
  customers: number;
  firstDate: string;
  lastDate: string;
  spend: PeriodSpend;
  currency: string;
  currencySource: CurrencySource;
  /** The history's reading flags (columns and format as read), as shell-quoted tokens. */
  readingFlags: string[];
  /** A column named like a currency (not read: the amounts may mix currencies). */
  currencyColumn?: string;
  /**
   * BG/NBD (in months) and Gamma-Gamma fitted to the history (docs/model.md
   * §6), for the synthetic block: without --history the draft then simulates
   * customers like the client's, and the lint judges the points threshold by
   * them. Absent when the history could not be fitted: the template's stay.
   */
  fit?: { r: number; alpha: number; a: number; b: number; p: number; q: number; gamma: number };
}

export type FromHistoryText = Messages['draftFromHistory'];

/** The base's spend has too few distinct values to set a mechanic's thresholds apart (the CLI words it). */
export class TooFewSpends extends Error {
  constructor(readonly mechanic: string, readonly period: SpendPeriod, readonly count: number) {
    super(`${mechanic}: too few distinct ${period} spends for ${count} thresholds`);
  }
}

/** A threshold set from the history: the value and the quantile it stands for. */
export interface FittedThreshold {
  path: PathSegment[];
  value: number;
  quantile: number;
  exact: number;
  period: SpendPeriod;
}

/**
 * The thresholds of a template fitted to the base: tier levels above the
 * first, rebate brackets, and a points redemption threshold. Throws
 * TooFewSpends when the spend has too few distinct values to set them apart.
 */
export function fittedThresholds(draftText: string, base: Pick<HistoryBase, 'spend'>): { thresholds: FittedThreshold[]; points?: { path: PathSegment[]; value: number; monthly: number; months: number; expiry: number } } {
  const doc = parseDocument(draftText);
  const mechanics = doc.get('mechanics', true);
  const thresholds: FittedThreshold[] = [];
  let points: ReturnType<typeof fittedThresholds>['points'];
  if (!isSeq(mechanics)) return { thresholds };
  mechanics.items.forEach((m, index) => {
    if (!isMap(m)) return;
    const type = m.get('type');
    const steps = (key: 'levels' | 'brackets', first: number, period: SpendPeriod) => {
      const list = m.get(key, true);
      if (!isSeq(list) || list.items.length <= first) return;
      const count = list.items.length - first;
      const qs = thresholdQuantiles(count);
      const sorted = base.spend.spend[period];
      const exact = qs.map((q) => nearestRank(sorted, q));
      const values = roundedRising(exact);
      if (!values) throw new TooFewSpends(String(type), period, count);
      qs.forEach((q, i) => thresholds.push({ path: ['mechanics', index, key, first + i, 'min_spend'], value: values[i]!, quantile: q, exact: exact[i]!, period }));
    };
    if (type === 'tiers') {
      // a one-level tiers mechanic is a club's benefits, not a ladder: nothing to place
      steps('levels', 1, 'year');
    } else if (type === 'rebate') {
      // the schema's default period is the quarter
      steps('brackets', 0, (m.get('period') ?? 'quarter') as SpendPeriod);
    } else if (type === 'points' && doc.hasIn(['mechanics', index, 'redemption', 'threshold'])) {
      // PROGRAM-FORMAT.md's lint: the median member must reach the threshold within the expiry;
      // set at half the expiry, so the median member redeems once or twice before points lapse
      const earn = Number(m.get('earn_per_currency'));
      const expiry = Number(m.get('expiry_months') ?? 12);
      const monthly = (nearestRank(base.spend.spend.year, 0.5) / 12) * earn;
      const months = Math.max(1, Math.round(expiry / 2));
      const value = roundSignificant(monthly * months, 2);
      if (value > 0) points = { path: ['mechanics', index, 'redemption', 'threshold'], value: Number(value.toPrecision(2)), monthly, months, expiry };
    }
  });
  return { thresholds, points };
}

/** A number as YAML writes it. */
const yamlNumber = (v: number): string => String(Number(v.toPrecision(12)));

/**
 * The draft text: the template in the interface language, its sources
 * paragraph replaced by the history's, and each fitted value written with a
 * comment saying where it came from.
 */
export function draftFromHistory(template: TemplateName, lang: 'en' | 'ru', base: HistoryBase, t: FromHistoryText): string {
  return fitDraftText(templateText(template, lang), lang, base, t);
}

/** The comment that opens the history's paragraph: how a draft fitted before is recognised, so fitting it again replaces the paragraph. */
const MARK = '`loyalty-sim init --history`';

/**
 * Any draft's text fitted to the base (`init --from DRAFT --history FILE`:
 * a consultant's own program, or the Russian example): the same values and
 * comments as for a template. The history's paragraph goes where the
 * template's sources paragraph was, or replaces the one an earlier fit
 * wrote, or else goes just above `currency:`.
 */
export function fitDraftText(draftText: string, lang: 'en' | 'ru', base: HistoryBase, t: FromHistoryText): string {
  let text = draftText;
  const sources = sourcesParagraph(lang);
  const spenders = base.spend.spenders;
  const header = t
    .header({
      file: base.file,
      customers: base.customers,
      first: t.date(base.firstDate),
      last: t.date(base.lastDate),
      spenders,
    })
    .concat(wrapCommand(['loyalty-sim', 'simulate', base.draftFile, '--history', base.file, ...base.readingFlags]))
    .concat(base.currencyColumn ? t.currencyColumn(base.currencyColumn, base.currency) : [])
    .concat(base.fit ? t.syntheticFitted(base.file) : t.synthetic(base.file));
  const paragraph = header.map((l) => `# ${l}`).join('\n') + '\n';
  if (text.includes(sources)) text = text.replace(sources, paragraph);
  else {
    const lines = text.split('\n');
    const from = lines.findIndex((l) => l.startsWith('#') && l.includes(MARK));
    if (from >= 0) {
      let to = from;
      while (to < lines.length && lines[to]!.startsWith('#')) to++;
      lines.splice(from, to - from);
    }
    const at = lines.findIndex((l) => /^currency:/.test(l));
    if (at < 0) throw new Error('the draft has no currency line');
    lines.splice(at, 0, ...paragraph.trimEnd().split('\n'));
    text = lines.join('\n');
  }

  const { thresholds, points } = fittedThresholds(text, base);
  const doc = parseDocument(text);
  const periods = (p: SpendPeriod): number => base.spend.spend[p].length;
  const edits: Edit[] = [
    {
      path: ['currency'],
      value: base.currency,
      comment: base.currencySource.kind === 'flag' ? t.currencyFlag : base.currencySource.kind === 'cyrillic' ? t.currencyCyrillic : t.currencyLocale(base.currencySource.locale),
    },
    ...(doc.hasIn(['customers', 'synthetic', 'count']) ? [{ path: ['customers', 'synthetic', 'count'], value: yamlNumber(base.customers), comment: t.count }] : []),
    ...thresholds.map((f) => ({
      path: f.path,
      value: yamlNumber(f.value),
      comment: t.quantile(f.period, Math.round(f.quantile * 100), f.exact, f.period === 'year' ? spenders : periods(f.period)),
    })),
  ];
  if (base.fit && doc.hasIn(['customers', 'synthetic', 'order_value', 'gamma_gamma'])) {
    const f = base.fit;
    const v = (x: number): string => String(Number(x.toPrecision(3)));
    edits.push(
      { path: ['customers', 'synthetic', 'orders_per_month'], value: `{ gamma: { shape: ${v(f.r)}, rate: ${v(f.alpha)} } }`, comment: t.fitOrders },
      { path: ['customers', 'synthetic', 'dropout_per_order'], value: `{ beta: { a: ${v(f.a)}, b: ${v(f.b)} } }`, comment: t.fitDropout },
      { path: ['customers', 'synthetic', 'order_value'], value: `{ gamma_gamma: { p: ${v(f.p)}, q: ${v(f.q)}, gamma: ${v(f.gamma)} } }`, comment: t.fitValue },
    );
  }
  if (points) edits.push({ path: points.path, value: yamlNumber(points.value), comment: t.points(points.monthly, points.months, points.expiry) });
  return commentsInCurrency(applyEdits(text, edits), base.currency);
}

/**
 * The templates' comments say their money in roubles ("1 point per 100 RUB of
 * net revenue", "₽ to the referring dealer"); a draft fitted to a history in
 * another currency keeps the values, now in that currency, so its comments
 * name it too. Only comments change (what follows a `#` at a line's start or
 * after a space): the templates hold no `#` in a value.
 */
export function commentsInCurrency(text: string, currency: string): string {
  if (currency === 'RUB') return text;
  return text
    .split('\n')
    .map((line) => {
      const hash = line.search(/(^|\s)#/);
      if (hash === -1) return line;
      const at = line.indexOf('#', hash);
      const comment = line
        .slice(at)
        .replace(/\bRUB\b/g, currency)
        .replace(/₽/g, currency)
        .replace(/(^|[^а-яё])рублей(?![а-яё])/gi, `$1${currency}`);
      return line.slice(0, at) + comment;
    })
    .join('\n');
}

interface Edit {
  path: PathSegment[];
  value: string;
  comment: string;
}

/** Comment column of the templates (PROGRAM-FORMAT.md's layout). */
const COMMENT_COLUMN = 33;

/**
 * Writes each value over the template's and puts its comment at the end of
 * the value's line (replacing the comment there), so every other comment and
 * alignment survives.
 */
function applyEdits(text: string, edits: Edit[]): string {
  const doc = parseDocument(text);
  const spans = edits.map((e) => {
    const node = doc.getIn(e.path, true) as Node | undefined;
    if (!node?.range) throw new Error(`the draft has no ${e.path.join('.')}`);
    return { start: node.range[0], end: node.range[1], ...e };
  });
  spans.sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) {
    const lineEnd = out.indexOf('\n', s.end);
    const rest = out.slice(s.end, lineEnd === -1 ? out.length : lineEnd);
    // what follows the value on its line, without the old comment (a flow map's closing brace stays)
    const hash = rest.search(/\s#/);
    const kept = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
    const lineStart = out.lastIndexOf('\n', s.start) + 1;
    const before = out.slice(lineStart, s.start) + s.value + kept;
    const pad = ' '.repeat(Math.max(1, COMMENT_COLUMN - before.length));
    out = out.slice(0, lineStart) + before + pad + '# ' + s.comment + (lineEnd === -1 ? '' : out.slice(lineEnd));
  }
  return out;
}

/** The simulate command over as many comment lines as it needs, continued with a backslash. */
function wrapCommand(tokens: string[]): string[] {
  const lines: string[] = [];
  let line = '  ';
  for (const tok of tokens) {
    if (line.trim() !== '' && line.length + tok.length + 3 > 78) {
      lines.push(`${line} \\`);
      line = '    ';
    }
    line += (line.trim() === '' ? '' : ' ') + tok;
  }
  lines.push(line);
  return lines;
}
