/**
 * The per-customer inputs of the purchase models (x repeat purchases, time of
 * the last one tₓ, time observed T), and their compression into distinct
 * patterns with counts: many customers share (x, tₓ, T) (every one-off buyer
 * with the same first day), so a likelihood summed once per pattern is the
 * same number for a fraction of the work.
 */
export interface TransactionData {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

export interface Compressed {
  x: number[];
  tx: number[];
  T: number[];
  /** Customers with this pattern. */
  w: number[];
}

/** Distinct (x, tₓ, T) in order of first appearance, with their counts. */
export function compress(data: TransactionData): Compressed {
  const index = new Map<string, number>();
  const out: Compressed = { x: [], tx: [], T: [], w: [] };
  for (let i = 0; i < data.x.length; i++) {
    const key = `${data.x[i]}|${data.tx[i]}|${data.T[i]}`;
    const k = index.get(key);
    if (k !== undefined) out.w[k]!++;
    else {
      index.set(key, out.x.length);
      out.x.push(data.x[i]!);
      out.tx.push(data.tx[i]!);
      out.T.push(data.T[i]!);
      out.w.push(1);
    }
  }
  return out;
}

/** Σ over patterns of count × one customer's log-likelihood. */
export function weightedLogLikelihood<P>(c: Compressed, p: P, customerLL: (p: P, x: number, tx: number, T: number) => number): number {
  let ll = 0;
  for (let i = 0; i < c.x.length; i++) ll += c.w[i]! * customerLL(p, c.x[i]!, c.tx[i]!, c.T[i]!);
  return ll;
}
