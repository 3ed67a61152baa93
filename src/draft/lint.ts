/**
 * Design lint (PROGRAM-FORMAT.md "Design lint"): warnings about drafts that
 * are valid but repeat what the field knows goes wrong with loyalty programs.
 * Each warning carries a hint saying what to do instead. Uncertain fields are
 * judged by their typical value (mode or mean, rules.ts `typicalValue`).
 */
import type { Draft } from './schema.js';
import type { PathIssue, PathSegment } from './issue.js';
import { typicalValue } from './rules.js';

/**
 * The most rules a member can be told in one sentence: each mechanic, tier
 * level and rebate bracket is one rule. Eight (Miller's 7 ± 2) admits the
 * PROGRAM-FORMAT.md hybrid (3 mechanics + 3 levels + 2 brackets) and no more.
 */
export const MAX_RULES = 8;

/** Points that expire sooner than this feel like a trick to members. */
export const MIN_EXPIRY_MONTHS = 6;

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

const pct = (x: number): string => `${Number((x * 100).toPrecision(3))}%`;
