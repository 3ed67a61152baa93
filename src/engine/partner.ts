/**
 * MODEL.md §14, partner-funded rewards: partners (a supplier, a bank, a fuel
 * chain whose goods are the rewards) pay the share f of each point's reward
 * cost and c per point redeemed. The program books (1 − f) of the points'
 * cost and liability; what the partners pay in all is reported on its own
 * line, and c × redeemed is income in N (like fee income, never a negative
 * cost). Without the fields f = c = 0 and every figure is as before.
 */
import type { ProgramParams } from './params.js';

/** 1 − f: the program's share of each point's cost and liability (exactly 1 without partners). */
export function programShareOfPoints(prm: ProgramParams): number {
  return 1 - prm.partnerShare;
}

/**
 * What partners pay over a run: f × the points' whole cost (before the
 * partners' share) + c × points redeemed (`fees`, already summed by the month
 * step as c × redeemed).
 */
export function partnerFunding(prm: ProgramParams, wholePointsCost: number, fees: number): number {
  return prm.partnerShare * wholePointsCost + fees;
}
