/**
 * Design lint (PROGRAM-FORMAT.md "Design lint"): warnings about drafts that
 * are valid but repeat what the field knows goes wrong with loyalty programs.
 * Each warning carries a hint saying what to do instead. Uncertain fields are
 * judged by their typical value (mode or mean, rules.ts `typicalValue`).
 */
import type { Draft } from './schema.js';
import type { PathIssue, PathSegment } from './issue.js';
import { msg } from '../i18n/index.js';
import { typicalValue } from './rules.js';
import { spendScoreQuantile } from './typical-spend.js';
import { lintSegments } from './segment-rules.js';

/**
 * The most rules a member can be told in one sentence: each mechanic, tier
 * level and rebate bracket is one rule. Eight (Miller's 7 ± 2) admits the
 * PROGRAM-FORMAT.md hybrid (3 mechanics + 3 levels + 2 brackets) and no more.
 */
export const MAX_RULES = 8;

/** Points that expire sooner than this feel like a trick to members. */
export const MIN_EXPIRY_MONTHS = 6;

/**
 * From this share of pushed orders taken out of the next month on, a rebate's
 * push mostly moves orders in time (B2B "loading" before the bonus date).
 */
export const LOADING_PULL_FORWARD = 0.8;

export function lintDraft(draft: Draft): PathIssue[] {
  const issues: PathIssue[] = [];
  const t = msg().lint;
  const warn = (path: PathSegment[], message: string, hint: string) => issues.push({ severity: 'warning', path, message, hint });

  const levels = draft.mechanics.reduce((n, m) => n + (m.type === 'tiers' ? m.levels.length : 0), 0);
  const brackets = draft.mechanics.reduce((n, m) => n + (m.type === 'rebate' ? m.brackets.length : 0), 0);
  const rules = draft.mechanics.length + levels + brackets;
  if (rules > MAX_RULES)
    warn(
      ['mechanics'],
      t.tooManyRules(rules, draft.mechanics.length, levels, brackets),
      t.tooManyRulesHint(MAX_RULES),
    );

  const discountIndex = draft.mechanics.findIndex((m) => m.type === 'discount');
  const discountMech = draft.mechanics[discountIndex];
  const baseDiscount = discountMech?.type === 'discount' ? typicalValue(discountMech.rate) : 0;
  const margin = typicalValue(draft.gross_margin);
  let tiersSeen = false;

  draft.mechanics.forEach((m, i) => {
    const at: PathSegment[] = ['mechanics', i];
    if (m.type === 'points' && m.expiry_months !== undefined && m.expiry_months < MIN_EXPIRY_MONTHS)
      warn(
        [...at, 'expiry_months'],
        t.shortExpiry(m.expiry_months),
        t.shortExpiryHint(MIN_EXPIRY_MONTHS),
      );
    if ((m.type === 'points' || m.type === 'rebate') && m.reward?.recipient === 'employee') {
      const cash = m.reward.form === 'cash';
      warn(
        [...at, 'reward'],
        cash ? t.cashToEmployees : t.giftToEmployees(m.reward.form),
        t.employeesHint,
      );
    }
    if (m.type === 'rebate' && typicalValue(m.push) > 0 && typicalValue(m.pull_forward) >= LOADING_PULL_FORWARD)
      warn(
        [...at, 'pull_forward'],
        t.loading(String(typicalValue(m.pull_forward))),
        t.loadingHint,
      );
    if (m.type === 'points' && m.redemption && m.expiry_months !== undefined) {
      const months = monthsToThreshold(draft, m, discountMech?.type === 'discount' ? baseDiscount : 0);
      if (months > m.expiry_months)
        warn(
          [...at, 'redemption', 'threshold'],
          t.thresholdOutOfReach(
            fmt(months === Infinity ? 0 : m.redemption.threshold / months),
            months === Infinity ? null : fmt(months),
            fmt(m.redemption.threshold),
            m.expiry_months,
          ),
          t.thresholdOutOfReachHint(fmt((m.redemption.threshold / months) * m.expiry_months), m.expiry_months),
        );
    }
    if (m.type === 'tiers') {
      tiersSeen = true;
      if (m.qualification === 'discretionary')
        warn(
          [...at, 'qualification'],
          t.discretionary,
          t.discretionaryHint,
        );
      const top = m.levels.length - 1;
      const topLevel = m.levels[top]!;
      const total = baseDiscount + typicalValue(topLevel.discount);
      if (total >= margin)
        warn(
          topLevel.discount === 0 && discountMech ? ['mechanics', discountIndex, 'rate'] : [...at, 'levels', top, 'discount'],
          t.topLevelLoses(topLevel.name, pct(total), discountMech ? t.topLevelParts(pct(baseDiscount), pct(typicalValue(topLevel.discount))) : null, pct(margin)),
          t.topLevelHint,
        );
    }
  });
  if (!tiersSeen && discountMech && baseDiscount >= margin)
    warn(
      ['mechanics', discountIndex, 'rate'],
      t.discountLoses(pct(baseDiscount), pct(margin)),
      t.discountHint,
    );

  const feeIndex = draft.mechanics.findIndex((m) => m.type === 'fee');
  const benefitCosts = draft.mechanics.some(
    (m) => m.type === 'tiers' && m.levels.some((l) => typicalValue(l.benefit_cost_per_month) > 0 || typicalValue(l.benefit_cost_per_order) > 0),
  );
  if (feeIndex >= 0 && !benefitCosts)
    warn(
      ['mechanics', feeIndex],
      t.feeWithoutBenefits,
      t.feeWithoutBenefitsHint,
    );

  lintActions(draft, warn);

  const runningCosts = typicalValue(draft.costs.monthly) + typicalValue(draft.costs.per_member_monthly);
  if (runningCosts === 0)
    warn(
      ['costs', 'monthly'],
      t.noRunningCosts,
      t.noRunningCostsHint,
    );

  if (draft.roi_basis === 'revenue')
    warn(
      ['roi_basis'],
      t.revenueBasis,
      t.revenueBasisHint,
    );
  issues.push(...lintSegments(draft));
  return issues;
}

/**
 * MODEL.md §14: points for an action or an early payment that cost more than
 * what the company gains from it. A point costs the program ρ·v·κ·(1 − f)
 * (redemption_rate, or 1 under a redemption block, where the share redeemed is
 * only known after simulating: the lint takes the worst case); an early
 * payment gains D/365·r_a per unit of net revenue, an action its value.
 */
function lintActions(draft: Draft, warn: (path: PathSegment[], message: string, hint: string) => void): void {
  const t = msg().lint;
  const points = draft.mechanics.find((m) => m.type === 'points');
  if (points?.type !== 'points') return;
  const redeemed = points.redemption_rate !== undefined ? typicalValue(points.redemption_rate) : 1;
  const partners = points.partner_funded_share !== undefined ? typicalValue(points.partner_funded_share) : 0;
  const pointCost = redeemed * typicalValue(points.point_value) * typicalValue(points.reward_cost_ratio) * (1 - partners);
  if (!(pointCost > 0)) return;
  draft.mechanics.forEach((m, i) => {
    if (m.type !== 'actions') return;
    const at: PathSegment[] = ['mechanics', i];
    const ep = m.early_payment;
    if (ep && ep.points_per_currency > 0) {
      const capital = typicalValue(draft.cost_of_capital_annual ?? draft.discount_rate_annual);
      const benefit = (ep.days / 365) * capital;
      const cost = ep.points_per_currency * pointCost;
      if (cost > benefit)
        warn([...at, 'early_payment', 'points_per_currency'], t.earlyPointsCostMore(pct(cost), pct(benefit), ep.days), t.earlyPointsCostMoreHint(fmt(benefit / pointCost)));
    }
    m.list.forEach((a, j) => {
      const cost = a.points * pointCost;
      const value = typicalValue(a.value);
      if (cost > value) warn([...at, 'list', j, 'points'], t.actionCostsMore(a.name, fmt(cost), fmt(value)), t.actionCostsMoreHint);
    });
  });
}

/**
 * Months the median member needs to earn a redemption threshold, from the
 * synthetic priors (Infinity when it earns nothing; NaN, so no warning, when
 * the draft has no synthetic customers, e.g. a history is given at run time).
 * The median is taken among the customers offered the program (the top
 * eligible_top_share by spend); net spend is list spend less the discounts of
 * the level that spend earns, and points are earned at that level's multiplier.
 */
function monthsToThreshold(draft: Draft, m: Extract<Draft['mechanics'][number], { type: 'points' }>, baseDiscount: number): number {
  const synthetic = draft.customers?.synthetic;
  if (!synthetic || !m.redemption) return NaN;
  const spend = spendScoreQuantile(synthetic, 1 - draft.enrolment.eligible_top_share / 2);
  const tiers = draft.mechanics.find((x) => x.type === 'tiers');
  const level = tiers?.type === 'tiers' ? [...tiers.levels].reverse().find((l) => l.min_spend <= 12 * spend) : undefined;
  const net = spend * (1 - baseDiscount - (level ? typicalValue(level.discount) : 0));
  const monthly = net * typicalValue(m.earn_per_currency) * (level ? typicalValue(level.points_multiplier) : 1);
  return monthly > 0 ? m.redemption.threshold / monthly : Infinity;
}

const fmt = (x: number): string => msg().common.count(x);
const pct = (x: number): string => msg().common.pct(x);
