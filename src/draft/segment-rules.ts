/**
 * The rules and the lint of `segments` (docs/model.md §13, PROGRAM-FORMAT.md
 * "Segments, actions and partners"): what the schema's shapes cannot say.
 *
 * Rules (errors): names unique and not the reserved "other" (the name of the
 * customers no segment matches); `spend_top_share` bounds with a < b; a
 * mechanic override only for a type the draft has, a rebate override with one
 * rate per bracket of the draft's; every overriding value in its field's range.
 * `rfm` names only the classes `profile` shows (docs/model.md §13). Whether
 * a history has a `column` and its values is known only with the data
 * (cli/customer-attributes.ts says so when it reads them).
 *
 * Lint (warnings): a segment no customer matches (its spend band lies inside
 * earlier segments', its RFM classes or column values all taken by earlier
 * segments of the same kind), and overlapping segments (first match wins, so
 * the later one gets fewer customers than its `where` names), including
 * segments of different kinds, which may share customers: the earlier one
 * keeps them.
 */
import { msg } from '../i18n/index.js';
import type { PathIssue, PathSegment } from './issue.js';
import { checkField, NON_NEGATIVE, PRICE_CUT, SHARE, UPLIFT, CHURN_CUT, type Emit } from './rules.js';
import type { Draft, Segment } from './schema.js';

import { OTHER_SEGMENT, valueMatches } from './segment-draft.js';
import { rfmClassIndex, rfmKey } from '../history/rfm.js';

const t = () => msg().segments;
const d = () => msg().segmentData;

/** Errors (and the range warnings of checkField) of the draft's `segments`. */
export function checkSegments(draft: Draft, emit: Emit): void {
  const segments = draft.segments;
  if (!segments) return;
  const names = new Set<string>();
  const types = new Set(draft.mechanics.map((m) => m.type));
  segments.forEach((seg, i) => {
    const at: PathSegment[] = ['segments', i];
    if (seg.name.toLowerCase() === OTHER_SEGMENT) emit('error', [...at, 'name'], t().reservedName(seg.name), t().reservedNameHint);
    else if (names.has(seg.name)) emit('error', [...at, 'name'], t().twoSegments(seg.name), t().twoSegmentsHint);
    names.add(seg.name);
    const w = seg.where;
    if ('spend_top_share' in w) {
      const [a, b] = w.spend_top_share;
      if (!(a < b)) emit('error', [...at, 'where', 'spend_top_share'], t().bandOrder(a, b), t().bandOrderHint);
    } else if ('rfm' in w) {
      w.rfm.forEach((name, j) => {
        if (rfmClassIndex(name) < 0) emit('error', [...at, 'where', 'rfm', j], d().unknownRfm(name), d().unknownRfmHint);
      });
    }

    checkField(seg.participation, SHARE, [...at, 'participation'], emit);
    if (seg.effects) {
      const e = seg.effects;
      checkField(e.frequency_uplift, UPLIFT, [...at, 'effects', 'frequency_uplift'], emit);
      checkField(e.check_uplift, UPLIFT, [...at, 'effects', 'check_uplift'], emit);
      checkField(e.churn_reduction, CHURN_CUT, [...at, 'effects', 'churn_reduction'], emit);
      checkField(e.scale, NON_NEGATIVE, [...at, 'effects', 'scale'], emit);
    }
    const m = seg.mechanics;
    if (!m) return;
    const mp: PathSegment[] = [...at, 'mechanics'];
    for (const type of Object.keys(m) as (keyof NonNullable<Segment['mechanics']>)[]) {
      if (m[type] !== undefined && !types.has(type)) emit('error', [...mp, type], t().noSuchMechanic(type), t().noSuchMechanicHint(type));
    }
    checkField(m.discount?.rate, PRICE_CUT, [...mp, 'discount', 'rate'], emit);
    checkField(m.points?.earn_per_currency, NON_NEGATIVE, [...mp, 'points', 'earn_per_currency'], emit);
    checkField(m.points?.point_value, NON_NEGATIVE, [...mp, 'points', 'point_value'], emit);
    checkField(m.points?.reward_cost_ratio, NON_NEGATIVE, [...mp, 'points', 'reward_cost_ratio'], emit);
    checkField(m.fee?.monthly, NON_NEGATIVE, [...mp, 'fee', 'monthly'], emit);
    checkField(m.fee?.yearly, NON_NEGATIVE, [...mp, 'fee', 'yearly'], emit);
    checkField(m.referral?.rate, NON_NEGATIVE, [...mp, 'referral', 'rate'], emit);
    checkField(m.referral?.bonus_referrer, NON_NEGATIVE, [...mp, 'referral', 'bonus_referrer'], emit);
    checkField(m.referral?.bonus_new, NON_NEGATIVE, [...mp, 'referral', 'bonus_new'], emit);
    const brackets = m.rebate?.brackets;
    if (brackets) {
      const rebate = draft.mechanics.find((x) => x.type === 'rebate');
      if (rebate?.type === 'rebate' && brackets.length !== rebate.brackets.length)
        emit('error', [...mp, 'rebate', 'brackets'], t().bracketCount(brackets.length, rebate.brackets.length), t().bracketCountHint);
      brackets.forEach((b, j) => checkField(b.rate, PRICE_CUT, [...mp, 'rebate', 'brackets', j, 'rate'], emit));
    }
  });
}

/**
 * The share of the base each spend-band segment holds after first-match-wins,
 * and the share its `where` names: [a, b] minus the bands of the segments
 * before it. Segments of other kinds are left out (NaN).
 */
export function spendBandShares(segments: readonly Segment[]): { named: number; held: number }[] {
  const taken: [number, number][] = [];
  return segments.map((seg) => {
    if (!('spend_top_share' in seg.where)) return { named: NaN, held: NaN };
    const [a, b] = seg.where.spend_top_share;
    const named = Math.max(0, b - a);
    // the part of [a, b] no earlier band covers: subtract the union of the earlier bands
    const cuts = taken
      .map(([x, y]) => [Math.max(a, x), Math.min(b, y)] as [number, number])
      .filter(([x, y]) => y > x)
      .sort((p, q) => p[0] - q[0]);
    let covered = 0;
    let reach = a;
    for (const [x, y] of cuts) {
      if (y <= reach) continue;
      covered += y - Math.max(x, reach);
      reach = y;
    }
    if (b > a) taken.push([a, b]);
    return { named, held: Math.max(0, named - covered) };
  });
}

/** Lint warnings of the draft's `segments`: a segment nobody matches, overlaps, an uninvited segment with terms. */
export function lintSegments(draft: Draft): PathIssue[] {
  const segments = draft.segments;
  if (!segments) return [];
  const issues: PathIssue[] = [];
  const warn = (path: PathSegment[], message: string, hint: string) => issues.push({ severity: 'warning', path, message, hint });
  const shares = spendBandShares(segments);
  segments.forEach((seg, i) => {
    const at: PathSegment[] = ['segments', i];
    const s = shares[i]!;
    if (s.named > 0 && s.held <= 1e-12) warn([...at, 'where'], t().nobody(seg.name), t().nobodyHint);
    else if (s.held < s.named - 1e-12) warn([...at, 'where'], t().overlap(seg.name, pct(s.named), pct(s.held)), t().overlapHint);
    lintAttributeOverlap(segments, i, warn);
    if (!seg.invite && (seg.participation !== undefined || seg.mechanics !== undefined || seg.effects !== undefined))
      warn([...at, 'invite'], t().uninvitedTerms(seg.name), t().uninvitedTermsHint);
  });
  return issues;
}

const pct = (x: number): string => msg().common.pct(x);

/** What a `where` selects on: the spend band, RFM class, or one column (segments of one kind can be compared exactly). */
function kindOf(seg: Segment): string {
  const w = seg.where;
  return 'spend_top_share' in w ? 'spend' : 'rfm' in w ? 'rfm' : `column:${w.column.name}`;
}

/** The RFM classes or column values of a segment, as keys to compare (empty for a spend band). */
function keysOf(seg: Segment): string[] {
  const w = seg.where;
  return 'rfm' in w ? w.rfm.map((c) => rfmKey(c)) : 'column' in w ? w.column.values.map((v) => String(v).trim()) : [];
}

/**
 * Segment i against the segments before it. Same kind (RFM, or the same
 * column): the classes or values earlier ones take are not i's, exactly.
 * Another kind: they may share customers, who stay in the earlier segment
 * (first match wins, docs/model.md §13).
 */
function lintAttributeOverlap(segments: readonly Segment[], i: number, warn: (path: PathSegment[], message: string, hint: string) => void): void {
  const seg = segments[i]!;
  const at: PathSegment[] = ['segments', i, 'where'];
  const kind = kindOf(seg);
  const earlier = segments.slice(0, i);
  if (kind !== 'spend') {
    const taken = new Set(earlier.filter((e) => kindOf(e) === kind).flatMap(keysOf));
    const mine = keysOf(seg);
    const lost = mine.filter((k) => taken.has(k));
    if (lost.length === mine.length) warn(at, d().nobodyByValue(seg.name, lost), t().nobodyHint);
    else if (lost.length > 0) warn(at, d().valuesTaken(seg.name, lost), d().valuesTakenHint);
  }
  const others = earlier.filter((e) => kindOf(e) !== kind);
  if (others.length > 0) warn(at, d().mayShare(seg.name, others.map((e) => e.name)), d().mayShareHint);
}

/** A customer file's columns as lintSegmentValues reads them: each column's name and the distinct values in it. */
export interface CustomerColumns {
  file: string;
  columns: { name: string; values: readonly string[] }[];
}

/**
 * `validate --customers FILE` (docs/model.md §13): a segment by a column of
 * the file whose value no customer has (a typo, or the value as another system
 * writes it), and a column the file lacks (it must then be in the history).
 * `same` compares column names as the simulation does (history/columns.ts).
 */
export function lintSegmentValues(draft: Draft, table: CustomerColumns, same: (a: string, b: string) => boolean): PathIssue[] {
  const issues: PathIssue[] = [];
  (draft.segments ?? []).forEach((seg, i) => {
    const w = seg.where;
    if (!('column' in w)) return;
    const at: PathSegment[] = ['segments', i, 'where', 'column'];
    const col = table.columns.find((c) => same(c.name, w.column.name));
    if (!col) {
      issues.push({ severity: 'warning', path: [...at, 'name'], message: d().columnNotInFile(seg.name, w.column.name, table.file), hint: d().columnNotInFileHint });
      return;
    }
    w.column.values.forEach((v, j) => {
      if (!col.values.some((have) => valueMatches(v, have)))
        issues.push({ severity: 'warning', path: [...at, 'values', j], message: d().valueNobodyHas(seg.name, w.column.name, String(v), col.values.slice(0, 12).join(', ') + (col.values.length > 12 ? ', …' : '')), hint: d().valueNobodyHasHint });
    });
  });
  return issues;
}
