/**
 * MODEL.md §14, the month step of the `actions` mechanic: what a member does
 * for the business besides buying (an online order, a filled profile) and,
 * in B2B above all, paying an invoice D days early.
 *
 * Called from the member's month (run.ts `stepMember`) only when the draft
 * has the mechanic, so a draft without it draws nothing more from stream B
 * and stays bit-identical. The draws are a fixed sequence per active month
 * (early payment's uniform first, then one per listed action, whatever their
 * probabilities), so a sweep over a share or a probability sees the same
 * uniforms and its differences are the program's, not noise.
 */
import type { Rng } from '../random/rng.js';
import type { ProgramParams } from './params.js';

/** Slots of the scratch array `monthActions` writes: the month's points, action value and early-payment benefit. */
export const ACT_POINTS = 0;
export const ACT_VALUE = 1;
export const ACT_EARLY = 2;
export const ACT_SLOTS = 3;

/**
 * One active member-month of §14: with net revenue `net` this month, draws
 * (uniforms from stream B) whether the member pays early and which listed
 * actions it takes, and writes into `out` the points earned (action points
 * are points: the caller adds them to the month's lot), the value of the
 * actions and the early-payment benefit net × D/365 × r_a. Both benefits
 * enter N as income lines of their own (like fee income), never as a
 * negative cost. No allocation: the hot loop calls it per member-month.
 */
export function monthActions(prm: ProgramParams, rng: Rng, net: number, out: Float64Array): void {
  let points = 0;
  let value = 0;
  let early = 0;
  if (prm.earlyPayment && rng.next() < prm.earlyShare) {
    early = net * prm.earlyRate;
    points = net * prm.earlyPointsPerCurrency;
  }
  const n = prm.actionProbability.length;
  for (let a = 0; a < n; a++) {
    if (rng.next() < prm.actionProbability[a]!) {
      points += prm.actionPoints[a]!;
      value += prm.actionValue[a]!;
    }
  }
  out[ACT_POINTS] = points;
  out[ACT_VALUE] = value;
  out[ACT_EARLY] = early;
}
