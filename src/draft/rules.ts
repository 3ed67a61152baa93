/**
 * The cross-field rules of PROGRAM-FORMAT.md ("Rules a draft must satisfy"):
 * what the schema's shapes cannot say on their own. They run on a draft that
 * already passed the schema and return issues by path; load.ts places them
 * in the file.
 *
 * Valid ranges, and why (a value outside is an error):
 * - price cuts — `discount.rate`, tier `discount`, rebate bracket `rate` — in [0, 1):
 *   a 100 % cut gives the goods away;
 * - shares — `participation`, `redemption_rate` — in [0, 1]: everyone joining, or every point
 *   redeemed, are legitimate (pessimistic) assumptions;
 * - `discount_rate_annual` in [0, 1); `gross_margin` in (0, 1];
 * - `churn_reduction` (draft-wide and per tier) in (-1, 1): 1 would make members immortal;
 * - `frequency_uplift`, `check_uplift` above -1 with no upper limit: effects written back by
 *   `pilot analyze` carry intervals that may cross zero, so mild negatives are allowed; a
 *   typical value above 1 (more than doubling) is a warning, not an error;
 * - money, points and multipliers at least 0.
 *
 * A distribution on a field must stay in the field's range: a bounded one
 * (triangular, pert, uniform, beta) whose support leaves the range is an
 * error, since the user wrote the bounds; an unbounded one (normal, lognormal,
 * gamma) whose typical value (mean) is outside is an error, and one whose
 * mean ± 2 sd crosses a bound is a warning (about 2 % or more of the runs would
 * draw an impossible value), with a hint to use a bounded distribution.
 */
import { msg } from '../i18n/index.js';
import type { Actions, Distribution, Draft, Uncertain } from './schema.js';
import { percentAsShare, type PathIssue, type PathSegment } from './issue.js';
import { checkSegments } from './segment-rules.js';

/** A closed or open interval of valid values. */
export interface Range {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

const range = (lo: number, loOpen: boolean, hi: number, hiOpen: boolean): Range => ({ lo, loOpen, hi, hiOpen });
export const PRICE_CUT = range(0, false, 1, true);
export const SHARE = range(0, false, 1, false);
export const MARGIN = range(0, true, 1, false);
export const CHURN_CUT = range(-1, true, 1, true);
export const UPLIFT = range(-1, true, Infinity, true);
export const NON_NEGATIVE = range(0, false, Infinity, true);
export const TOP_SHARE = range(0, true, 1, false);
export const CORRELATION = range(-1, true, 1, true);
export const POSITIVE = range(0, true, Infinity, true);
/** Above this many orders per customer-month a synthetic population is a typo (daily orders are 30). */
export const MAX_ORDERS_PER_MONTH = 1000;

export function formatRange(r: Range): string {
  const hi = r.hi === Infinity ? '∞' : String(r.hi);
  return `${r.loOpen ? '(' : '['}${r.lo}, ${hi}${r.hiOpen ? ')' : ']'}`;
}

const inRange = (x: number, r: Range): boolean =>
  (r.loOpen ? x > r.lo : x >= r.lo) && (r.hiOpen ? x < r.hi : x <= r.hi);

/**
 * The typical value of a field: the number itself, a distribution's mode
 * (triangular, pert) or mean (the others). Lint compares these.
 */
export function typicalValue(u: Uncertain): number {
  if (typeof u === 'number') return u;
  if ('triangular' in u) return u.triangular.mode;
  if ('pert' in u) return u.pert.mode;
  if ('normal' in u) return u.normal.mean;
  if ('lognormal' in u) return u.lognormal.mean;
  if ('uniform' in u) return (u.uniform.min + u.uniform.max) / 2;
  if ('beta' in u) return 'mean' in u.beta ? u.beta.mean : u.beta.a / (u.beta.a + u.beta.b);
  return u.gamma.shape / u.gamma.rate;
}

const t = () => msg().rules;

export type Emit = (severity: 'error' | 'warning', path: PathSegment[], message: string, hint?: string) => void;

/** Errors in a distribution's own parameters (MODEL.md §3); true if it is well formed. */
function checkDistributionParams(d: Distribution, path: PathSegment[], emit: Emit): boolean {
  const before = { ok: true };
  const bad = (p: PathSegment[], message: string, hint?: string) => {
    before.ok = false;
    emit('error', [...path, ...p], message, hint);
  };
  if ('triangular' in d || 'pert' in d) {
    const kind = 'triangular' in d ? 'triangular' : 'pert';
    const { min, mode, max } = 'triangular' in d ? d.triangular : d.pert;
    if (!(min < max)) bad([kind, 'max'], t().maxAboveMin(kind, max, min), t().fixedValueHint);
    else if (mode < min || mode > max) bad([kind, 'mode'], t().modeBetween(kind, mode, min, max), t().orderHint);
  } else if ('uniform' in d) {
    if (!(d.uniform.min < d.uniform.max))
      bad(['uniform', 'max'], t().maxAboveMin('uniform', d.uniform.max, d.uniform.min));
  } else if ('normal' in d) {
    if (!(d.normal.sd > 0)) bad(['normal', 'sd'], t().mustBeAbove0('normal sd', d.normal.sd));
  } else if ('lognormal' in d) {
    if (!(d.lognormal.mean > 0))
      bad(['lognormal', 'mean'], t().mustBeAbove0('lognormal mean', d.lognormal.mean), t().lognormalHint);
    if (!(d.lognormal.sd > 0)) bad(['lognormal', 'sd'], t().mustBeAbove0('lognormal sd', d.lognormal.sd));
  } else if ('beta' in d) {
    checkBeta(d.beta, [...path, 'beta'], emit, before);
  } else if ('gamma' in d) {
    if (!(d.gamma.shape > 0)) bad(['gamma', 'shape'], t().mustBeAbove0('gamma shape', d.gamma.shape));
    if (!(d.gamma.rate > 0)) bad(['gamma', 'rate'], t().mustBeAbove0('gamma rate', d.gamma.rate));
  }
  return before.ok;
}

function checkBeta(
  b: { a: number; b: number } | { mean: number; sd: number },
  path: PathSegment[],
  emit: Emit,
  state: { ok: boolean },
): void {
  const bad = (key: string, message: string, hint?: string) => {
    state.ok = false;
    emit('error', [...path, key], message, hint);
  };
  if ('a' in b) {
    if (!(b.a > 0)) bad('a', t().mustBeAbove0('beta a', b.a));
    if (!(b.b > 0)) bad('b', t().mustBeAbove0('beta b', b.b));
    return;
  }
  if (!(b.mean > 0 && b.mean < 1)) {
    bad('mean', t().betaMean(b.mean));
    return;
  }
  if (!(b.sd > 0)) {
    bad('sd', t().mustBeAbove0('beta sd', b.sd));
    return;
  }
  const maxSd = Math.sqrt(b.mean * (1 - b.mean));
  if (!(b.sd * b.sd < b.mean * (1 - b.mean)))
    bad('sd', t().betaSd(b.mean, b.sd, round(maxSd)), t().betaSdHint(round(maxSd / 3)));
}

const round = (x: number): number => Number(x.toPrecision(3));

function support(d: Distribution): { lo: number; hi: number; loAttained: boolean; hiAttained: boolean } | undefined {
  if ('triangular' in d || 'pert' in d) {
    const { min, mode, max } = 'triangular' in d ? d.triangular : d.pert;
    // the density vanishes at an end unless the mode sits there
    return { lo: min, hi: max, loAttained: mode === min, hiAttained: mode === max };
  }
  if ('uniform' in d) return { lo: d.uniform.min, hi: d.uniform.max, loAttained: true, hiAttained: true };
  if ('beta' in d) return { lo: 0, hi: 1, loAttained: false, hiAttained: false };
  return undefined;
}

function meanSd(d: Distribution): { mean: number; sd: number; lo: number } | undefined {
  if ('normal' in d) return { ...d.normal, lo: -Infinity };
  if ('lognormal' in d) return { ...d.lognormal, lo: 0 };
  if ('gamma' in d) return { mean: d.gamma.shape / d.gamma.rate, sd: Math.sqrt(d.gamma.shape) / d.gamma.rate, lo: 0 };
  return undefined;
}

function describeDist(d: Distribution): string {
  const [kind, params] = Object.entries(d)[0] as [string, Record<string, number>];
  return `${kind}(${Object.entries(params)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')})`;
}

/** Checks one numeric field against its valid range, fixed or uncertain. */
export function checkField(value: Uncertain | undefined, r: Range, path: PathSegment[], emit: Emit, what?: string): void {
  if (value === undefined) return;
  const name = what ?? String(path[path.length - 1]);
  if (typeof value === 'number') {
    if (!inRange(value, r)) emit('error', path, t().outOfRange(name, formatRange(r), value), rangeHint(r, value));
    return;
  }
  if (!checkDistributionParams(value, path, emit)) return;
  const s = support(value);
  if (s) {
    const loBad = s.lo < r.lo || (s.lo === r.lo && r.loOpen && s.loAttained);
    const hiBad = s.hi > r.hi || (s.hi === r.hi && r.hiOpen && s.hiAttained);
    if (loBad || hiBad)
      emit(
        'error',
        path,
        t().drawsOutside(describeDist(value), s.lo, s.hi, formatRange(r), name),
        t().boundsHint(formatRange(r)),
      );
    return;
  }
  const m = meanSd(value);
  if (!m) return;
  if (!inRange(m.mean, r)) {
    emit('error', path, t().meanOutside(describeDist(value), formatRange(r), name));
    return;
  }
  const below = m.lo < r.lo && m.mean - 2 * m.sd < r.lo;
  const above = m.mean + 2 * m.sd > r.hi;
  if (below || above)
    emit(
      'warning',
      path,
      t().tailsOutside(describeDist(value), below, below ? r.lo : r.hi, formatRange(r), name),
      t().tailsHint,
    );
}

function rangeHint(r: Range, v: number): string | undefined {
  if (r.hi === 1 && v > 1 && v < 100) return t().shareAsDecimal(v, percentAsShare(v));
  return undefined;
}

/** The cross-field rules of PROGRAM-FORMAT.md; errors and a few warnings. */
export function checkRules(draft: Draft): PathIssue[] {
  const issues: PathIssue[] = [];
  const emit: Emit = (severity, path, message, hint) => issues.push({ severity, path, message, ...(hint ? { hint } : {}) });

  checkField(draft.gross_margin, MARGIN, ['gross_margin'], emit);
  checkField(draft.discount_rate_annual, PRICE_CUT, ['discount_rate_annual'], emit);
  checkField(draft.participation, SHARE, ['participation'], emit);
  checkField(draft.cost_of_capital_annual, PRICE_CUT, ['cost_of_capital_annual'], emit);
  checkEffects(draft.effects, ['effects'], emit);
  checkEnrolment(draft, emit);
  checkEffectDynamics(draft.effects, emit);

  const syn = draft.customers?.synthetic;
  if (syn) {
    const base: PathSegment[] = ['customers', 'synthetic'];
    if (checkDistributionParams(syn.orders_per_month, [...base, 'orders_per_month'], emit)) {
      const g = syn.orders_per_month.gamma;
      // the engine draws each customer-month's orders; thousands a month is a typo, and the draw has no sane bound
      if (g.shape / g.rate > MAX_ORDERS_PER_MONTH)
        emit('error', [...base, 'orders_per_month', 'gamma'], `mean orders per customer-month shape/rate = ${(g.shape / g.rate).toPrecision(3)} is above ${MAX_ORDERS_PER_MONTH}`, 'orders_per_month is per customer: a few a month is typical (shape 0.8, rate 2 gives 0.4)');
    }
    checkDistributionParams(syn.dropout_per_order, [...base, 'dropout_per_order'], emit);
    const gg = syn.order_value.gamma_gamma;
    const ggPath = [...base, 'order_value', 'gamma_gamma'];
    if (!(gg.p > 0)) emit('error', [...ggPath, 'p'], t().mustBeAbove0('gamma_gamma p', gg.p));
    if (!(gg.q > 1)) emit('error', [...ggPath, 'q'], t().ggQ(gg.q));
    if (!(gg.gamma > 0)) emit('error', [...ggPath, 'gamma'], t().mustBeAbove0('gamma_gamma gamma', gg.gamma));
  }

  const seen = new Map<string, number>();
  draft.mechanics.forEach((m, i) => {
    const at: PathSegment[] = ['mechanics', i];
    const first = seen.get(m.type);
    if (first !== undefined)
      emit('error', [...at, 'type'], t().secondMechanic(m.type, first), t().mergeHint(m.type));
    else seen.set(m.type, i);

    switch (m.type) {
      case 'discount':
        checkField(m.rate, PRICE_CUT, [...at, 'rate'], emit, t().names.discountRate);
        break;
      case 'points':
        checkField(m.earn_per_currency, NON_NEGATIVE, [...at, 'earn_per_currency'], emit);
        checkField(m.point_value, NON_NEGATIVE, [...at, 'point_value'], emit);
        checkField(m.redemption_rate, SHARE, [...at, 'redemption_rate'], emit);
        checkField(m.reward_cost_ratio, NON_NEGATIVE, [...at, 'reward_cost_ratio'], emit);
        checkField(m.partner_funded_share, SHARE, [...at, 'partner_funded_share'], emit);
        checkField(m.partner_fee_per_point, NON_NEGATIVE, [...at, 'partner_fee_per_point'], emit);
        if (m.redemption_rate !== undefined && m.redemption)
          emit(
            'error',
            [...at, 'redemption'],
            t().redemptionBoth,
            t().redemptionBothHint,
          );
        else if (m.redemption_rate === undefined && !m.redemption)
          emit(
            'error',
            at,
            t().redemptionNeeded,
            t().redemptionNeededHint,
          );
        if (m.redemption) {
          const rp: PathSegment[] = [...at, 'redemption'];
          checkField(m.redemption.threshold, POSITIVE, [...rp, 'threshold'], emit, t().names.redemptionThreshold);
          checkField(m.redemption.monthly_propensity, SHARE, [...rp, 'monthly_propensity'], emit);
          checkField(m.redemption.pressure, NON_NEGATIVE, [...rp, 'pressure'], emit);
          checkField(m.redemption.post_reward_lift, UPLIFT, [...rp, 'post_reward_lift'], emit);
        } else if (m.expiry_months !== undefined && m.expiry_months < m.redemption_lag_months)
          emit(
            'error',
            [...at, 'expiry_months'],
            t().expiryBeforeLag(m.expiry_months, m.redemption_lag_months),
            t().expiryHint,
          );
        break;
      case 'tiers': {
        const names = new Set<string>();
        m.levels.forEach((level, j) => {
          const lp: PathSegment[] = [...at, 'levels', j];
          if (names.has(level.name)) emit('error', [...lp, 'name'], t().twoLevels(level.name), t().twoLevelsHint);
          names.add(level.name);
          if (j === 0 && level.min_spend !== 0)
            emit('error', [...lp, 'min_spend'], t().firstLevel(level.min_spend), t().firstLevelHint);
          const prev = m.levels[j - 1];
          if (prev && !(level.min_spend > prev.min_spend))
            emit(
              'error',
              [...lp, 'min_spend'],
              t().levelsSorted(level.name, level.min_spend, prev.name, prev.min_spend),
              t().levelsSortedHint,
            );
          checkField(level.discount, PRICE_CUT, [...lp, 'discount'], emit, t().names.levelDiscount);
          checkField(level.points_multiplier, NON_NEGATIVE, [...lp, 'points_multiplier'], emit);
          checkEffects(level, lp, emit);
          checkField(level.benefit_cost_per_month, NON_NEGATIVE, [...lp, 'benefit_cost_per_month'], emit);
          checkField(level.benefit_cost_per_order, NON_NEGATIVE, [...lp, 'benefit_cost_per_order'], emit);
        });
        checkPush(m, at, emit);
        break;
      }
      case 'rebate':
        m.brackets.forEach((b, j) => {
          const bp: PathSegment[] = [...at, 'brackets', j];
          checkField(b.rate, PRICE_CUT, [...bp, 'rate'], emit, t().names.rebateRate);
          const prev = m.brackets[j - 1];
          if (prev && !(b.min_spend > prev.min_spend))
            emit(
              'error',
              [...bp, 'min_spend'],
              t().bracketsSorted(b.min_spend, prev.min_spend),
              t().bracketsSortedHint,
            );
          else if (prev && typicalValue(b.rate) < typicalValue(prev.rate))
            emit('warning', [...bp, 'rate'], t().lowerRate, t().lowerRateHint);
        });
        checkPush(m, at, emit);
        break;
      case 'fee':
        checkField(m.monthly, NON_NEGATIVE, [...at, 'monthly'], emit, t().names.monthlyFee);
        checkField(m.yearly, NON_NEGATIVE, [...at, 'yearly'], emit, t().names.yearlyFee);
        break;
      case 'referral':
        checkField(m.rate, NON_NEGATIVE, [...at, 'rate'], emit, t().names.referralRate);
        checkField(m.bonus_referrer, NON_NEGATIVE, [...at, 'bonus_referrer'], emit);
        checkField(m.bonus_new, NON_NEGATIVE, [...at, 'bonus_new'], emit);
        checkField(m.organic_share, SHARE, [...at, 'organic_share'], emit);
        break;
      case 'actions':
        checkActions(draft, m, at, emit);
        break;
    }
  });

  checkField(draft.costs.launch, NON_NEGATIVE, ['costs', 'launch'], emit);
  checkField(draft.costs.monthly, NON_NEGATIVE, ['costs', 'monthly'], emit);
  checkField(draft.costs.per_member_monthly, NON_NEGATIVE, ['costs', 'per_member_monthly'], emit);
  checkSegments(draft, emit);
  return issues;
}

/** MODEL.md §14: points for actions and early payment. */
function checkActions(draft: Draft, m: Actions, at: PathSegment[], emit: Emit): void {
  if (!m.early_payment && m.list.length === 0) emit('error', at, t().actionsEmpty, t().actionsEmptyHint);
  const ep = m.early_payment;
  if (ep) {
    checkField(ep.share, SHARE, [...at, 'early_payment', 'share'], emit);
    checkField(ep.points_per_currency, NON_NEGATIVE, [...at, 'early_payment', 'points_per_currency'], emit);
  }
  const names = new Set<string>();
  m.list.forEach((a, j) => {
    const ap: PathSegment[] = [...at, 'list', j];
    if (names.has(a.name)) emit('error', [...ap, 'name'], t().twoActions(a.name), t().twoActionsHint);
    names.add(a.name);
    checkField(a.monthly_probability, SHARE, [...ap, 'monthly_probability'], emit);
    checkField(a.points, NON_NEGATIVE, [...ap, 'points'], emit);
    checkField(a.value, NON_NEGATIVE, [...ap, 'value'], emit);
  });
  // Action points are points (§14): without a points mechanic they would have no value, no cost and no liability.
  if (!draft.mechanics.some((x) => x.type === 'points')) {
    const earning: PathSegment[] | undefined =
      ep && ep.points_per_currency > 0
        ? [...at, 'early_payment', 'points_per_currency']
        : (() => {
            const j = m.list.findIndex((a) => a.points > 0);
            return j >= 0 ? [...at, 'list', j, 'points'] : undefined;
          })();
    if (earning) emit('error', earning, t().actionPointsWithoutPoints, t().actionPointsWithoutPointsHint);
  }
}

/** MODEL.md §8: who is offered the program and how joining depends on spend. */
function checkEnrolment(draft: Draft, emit: Emit): void {
  const e = draft.enrolment;
  checkField(e.eligible_top_share, TOP_SHARE, ['enrolment', 'eligible_top_share'], emit);
  checkField(e.selection, CORRELATION, ['enrolment', 'selection'], emit);
}

/** MODEL.md §9: ramp, wear-off, spend weights and the reward response. */
function checkEffectDynamics(e: Draft['effects'], emit: Emit): void {
  if (e.half_life_months !== undefined)
    checkField(e.half_life_months, POSITIVE, ['effects', 'half_life_months'], emit, 'half_life_months');
  checkField(e.long_run_share, SHARE, ['effects', 'long_run_share'], emit);
  for (const k of ['light', 'medium', 'heavy'] as const) checkField(e.by_spend[k], NON_NEGATIVE, ['effects', 'by_spend', k], emit, t().names.spendWeight(k));
  checkField(e.reward_elasticity, NON_NEGATIVE, ['effects', 'reward_elasticity'], emit);
  const elastic = typeof e.reward_elasticity !== 'number' || e.reward_elasticity !== 0;
  if (e.reference_reward_rate !== undefined) checkField(e.reference_reward_rate, range(0, true, 1, true), ['effects', 'reference_reward_rate'], emit);
  else if (elastic)
    emit(
      'error',
      ['effects', 'reward_elasticity'],
      t().referenceMissing,
      t().referenceMissingHint,
    );
}

/** MODEL.md §10: bracket push on a rebate or tiers. */
function checkPush(m: { push: Uncertain; reach: number; pull_forward: Uncertain }, at: PathSegment[], emit: Emit): void {
  checkField(m.push, NON_NEGATIVE, [...at, 'push'], emit);
  checkField(m.reach, PRICE_CUT, [...at, 'reach'], emit);
  checkField(m.pull_forward, SHARE, [...at, 'pull_forward'], emit);
}

function checkEffects(
  e: { frequency_uplift: Uncertain; check_uplift: Uncertain; churn_reduction: Uncertain },
  at: PathSegment[],
  emit: Emit,
): void {
  for (const key of ['frequency_uplift', 'check_uplift'] as const) {
    let problems = 0;
    checkField(e[key], UPLIFT, [...at, key], (...args) => {
      problems++;
      emit(...args);
    });
    if (problems === 0 && typicalValue(e[key]) > 1)
      emit(
        'warning',
        [...at, key],
        t().bigUplift(key, typicalValue(e[key]), key === 'frequency_uplift'),
        t().bigUpliftHint,
      );
  }
  checkField(e.churn_reduction, CHURN_CUT, [...at, 'churn_reduction'], emit);
}
