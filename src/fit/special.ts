/**
 * The Gauss hypergeometric function ₂F₁, needed by the BG/NBD expectations
 * (Fader, Hardie & Lee 2005, eq. 9 and 10). log Γ and log B come from
 * src/random/special.ts.
 */

/**
 * ₂F₁(a, b; c; z) by its power series, for 0 ≤ z < 1 and c > 0 (the BG/NBD
 * arguments: z = t / (α + T + t)). The terms shrink like zⁿ, so z close to 1
 * needs many terms; the loop stops at a relative 1e-15 or after 1e6 terms.
 *
 * @example hyp2f1(1, 1, 2, 0.5) // −ln(1 − 0.5) / 0.5 = 1.3862943611198906
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1)) return NaN;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 1_000_000; n++) {
    term *= ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    sum += term;
    if (Math.abs(term) <= 1e-15 * Math.abs(sum)) break;
  }
  return sum;
}
