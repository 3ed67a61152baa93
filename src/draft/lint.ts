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
    if (m.type === 'points' && m.expiry_months < MIN_EXPIRY_MONTHS)
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
  return issues;
}

const pct = (x: number): string => msg().common.pct(x);
