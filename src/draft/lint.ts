/**
 * Design lint (PROGRAM-FORMAT.md "Design lint"): warnings about drafts that
 * are valid but repeat what the field knows goes wrong with loyalty programs.
 * Each warning carries a hint saying what to do instead. Uncertain fields are
 * judged by their typical value (mode or mean, rules.ts `typicalValue`).
 */
import type { Draft } from './schema.js';
import type { PathIssue, PathSegment } from './issue.js';
import { typicalValue } from './rules.js';
import { spendScoreQuantile } from './typical-spend.js';

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
  const warn = (path: PathSegment[], message: string, hint: string) => issues.push({ severity: 'warning', path, message, hint });

  const levels = draft.mechanics.reduce((n, m) => n + (m.type === 'tiers' ? m.levels.length : 0), 0);
  const brackets = draft.mechanics.reduce((n, m) => n + (m.type === 'rebate' ? m.brackets.length : 0), 0);
  const rules = draft.mechanics.length + levels + brackets;
  if (rules > MAX_RULES)
    warn(
      ['mechanics'],
      `the program has ${rules} rules (${draft.mechanics.length} mechanics, ${levels} tier levels, ${brackets} rebate brackets): too many to explain in one sentence`,
      `keep it to ${MAX_RULES} or fewer: drop a mechanic, or merge tier levels or rebate brackets`,
    );

  const discountIndex = draft.mechanics.findIndex((m) => m.type === 'discount');
  const discountMech = draft.mechanics[discountIndex];
  const baseDiscount = discountMech?.type === 'discount' ? typicalValue(discountMech.rate) : 0;
  const margin = typicalValue(draft.gross_margin);
  let tiersSeen = false;

  draft.mechanics.forEach((m, i) => {
    const at: PathSegment[] = ['mechanics', i];
    if (m.type === 'points' && m.expiry_months < MIN_EXPIRY_MONTHS)
      warn(
        [...at, 'expiry_months'],
        `points expire after ${m.expiry_months} months: members feel cheated and the program earns distrust rather than loyalty`,
        `give points at least ${MIN_EXPIRY_MONTHS} months (12 or more is usual in B2B)`,
      );
    if ((m.type === 'points' || m.type === 'rebate') && m.reward?.recipient === 'employee') {
      const cash = m.reward.form === 'cash';
      warn(
        [...at, 'reward'],
        cash
          ? 'rewards are paid as cash to client employees: in B2B this reads as a kickback (a bribery risk for both companies)'
          : `rewards (${m.reward.form}) go to client employees personally: a gift to the buyer rather than the company is a bribery risk`,
        'pay rewards to the client company (recipient: company), as a discount, goods or service on its account',
      );
    }
    if (m.type === 'rebate' && typicalValue(m.push) > 0 && typicalValue(m.pull_forward) >= LOADING_PULL_FORWARD)
      warn(
        [...at, 'pull_forward'],
        `pull_forward ${typicalValue(m.pull_forward)}: the bonus mostly moves orders in time (clients load orders before the bonus date and buy less after it), so the rebate it wins is nearly pure cost`,
        'check the loading in past order data around period ends; reward growth over last year (a target) rather than a fixed volume bracket, or smooth it with a yearly period',
      );
    if (m.type === 'points' && m.redemption) {
      const months = monthsToThreshold(draft, m, discountMech?.type === 'discount' ? baseDiscount : 0);
      if (months > m.expiry_months)
        warn(
          [...at, 'redemption', 'threshold'],
          `the median member earns ${fmt(months === Infinity ? 0 : m.redemption.threshold / months)} points a month and needs ${months === Infinity ? 'forever' : `${fmt(months)} months`} to reach the ${fmt(m.redemption.threshold)}-point threshold, but points expire after ${m.expiry_months}: most points will expire before anyone can use them`,
          `lower the threshold to at most ${fmt((m.redemption.threshold / months) * m.expiry_months)} points, raise earn_per_currency, or let points live longer than ${m.expiry_months} months`,
        );
    }
    if (m.type === 'tiers') {
      tiersSeen = true;
      if (m.qualification === 'discretionary')
        warn(
          [...at, 'qualification'],
          'tier membership is chosen by managers rather than earned by objective spend: an antitrust risk (benefits must be open to every client who meets published criteria)',
          'qualify levels by trailing 12-month spend (qualification: spend) and publish the thresholds',
        );
      const top = m.levels.length - 1;
      const topLevel = m.levels[top]!;
      const total = baseDiscount + typicalValue(topLevel.discount);
      if (total >= margin)
        warn(
          topLevel.discount === 0 && discountMech ? ['mechanics', discountIndex, 'rate'] : [...at, 'levels', top, 'discount'],
          `the top level (${topLevel.name}) gets ${pct(total)} off list price${discountMech ? ` (${pct(baseDiscount)} discount + ${pct(typicalValue(topLevel.discount))} level discount)` : ''}, at or above the ${pct(margin)} gross margin: every sale to it loses money`,
          'keep the total discount well below the gross margin, or give the top level service benefits instead of price',
        );
    }
  });
  if (!tiersSeen && discountMech && baseDiscount >= margin)
    warn(
      ['mechanics', discountIndex, 'rate'],
      `a ${pct(baseDiscount)} discount is at or above the ${pct(margin)} gross margin: every member sale loses money`,
      'keep the discount well below the gross margin',
    );

  const feeIndex = draft.mechanics.findIndex((m) => m.type === 'fee');
  const benefitCosts = draft.mechanics.some(
    (m) => m.type === 'tiers' && m.levels.some((l) => typicalValue(l.benefit_cost_per_month) > 0 || typicalValue(l.benefit_cost_per_order) > 0),
  );
  if (feeIndex >= 0 && !benefitCosts)
    warn(
      ['mechanics', feeIndex],
      'members pay a fee but the draft costs no benefits (no tier level has benefit_cost_per_month or benefit_cost_per_order): what do members pay for?',
      'cost what the club gives (research, training, a knowledge base, a manager) as benefit costs on a tiers level; a one-level tiers mechanic with min_spend 0 does for a flat club',
    );

  const runningCosts = typicalValue(draft.costs.monthly) + typicalValue(draft.costs.per_member_monthly);
  if (runningCosts === 0)
    warn(
      ['costs', 'monthly'],
      'no running costs are budgeted (costs.monthly and costs.per_member_monthly are 0): platform, staff and member communications are never free',
      'budget costs.monthly (platform, staff) and costs.per_member_monthly (communications)',
    );

  if (draft.roi_basis === 'revenue')
    warn(
      ['roi_basis'],
      'roi_basis revenue counts incremental revenue as the gain, overstating ROI by about 1 / gross margin',
      'use roi_basis: margin (the default): only the gross profit on extra sales pays for the program',
    );
  return issues;
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

const fmt = (x: number): string => (x >= 100 ? Math.round(x).toLocaleString('en-US') : String(Number(x.toPrecision(2))));
const pct = (x: number): string => `${Number((x * 100).toPrecision(3))}%`;
