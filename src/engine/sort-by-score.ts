/**
 * The order of customers by spend score for the §8 ranking (MODEL.md §8),
 * once per run: a stable least-significant-digit radix sort of customer
 * indices on the bits of their scores.
 *
 * Why not `Array.prototype.sort` with a comparator: calling a JavaScript
 * comparator some 130,000 times per run of 10,000 customers took 3–6 ms, a
 * tenth of a run of the hybrid; six counting passes over the indices take
 * well under 1 ms. A non-negative double's IEEE 754 bits, read as an
 * unsigned 64-bit integer, order exactly as the numbers do (+0 lowest,
 * Infinity highest), and the passes are stable, so equal scores keep the
 * input order: the result is exactly that of the comparator
 * `score[a] − score[b] || a − b` on indices given in ascending order, which
 * the engine used before. NaN or negative scores (none arise from λ·p/ν,
 * but a comparator is not a total order on NaN) fall back to that
 * comparator, so the order stays what it always was.
 */

// Which 32-bit word of a double holds its sign and exponent: the second on little-endian machines
// (every platform Node runs on in practice), the first on big-endian ones.
const HI_WORD = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;
const LO_WORD = 1 - HI_WORD;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const PASSES = Math.ceil(64 / DIGIT_BITS);

// Scratch reused across runs of one thread: the digit counts and a second index buffer.
const count = new Int32Array(BUCKETS);
let spare = new Int32Array(0);

/** The `pass`-th 11-bit digit (from the lowest) of the 64-bit pattern whose words are lo and hi. */
function digitOf(lo: number, hi: number, pass: number): number {
  const shift = pass * DIGIT_BITS;
  if (shift + DIGIT_BITS <= 32) return (lo >>> shift) & (BUCKETS - 1);
  if (shift >= 32) return (hi >>> (shift - 32)) & (BUCKETS - 1);
  return ((lo >>> shift) | (hi << (32 - shift))) & (BUCKETS - 1);
}

/**
 * Sorts `order[0 .. n)`, indices into `score`, by ascending score in place;
 * equal scores keep their order in the input.
 */
export function sortByScore(order: Int32Array, n: number, score: Float64Array): void {
  const words = new Uint32Array(score.buffer, score.byteOffset, score.length * 2);
  for (let r = 0; r < n; r++) {
    const x = score[order[r]!]!;
    if (!(x >= 0) || words[2 * order[r]! + HI_WORD]! >>> 31 !== 0) {
      // NaN, negative or −0: the comparator the engine always used decides.
      const s = score;
      order.subarray(0, n).sort((a, b) => s[a]! - s[b]! || a - b);
      return;
    }
  }
  if (spare.length < n) spare = new Int32Array(order.length);
  let src: Int32Array = order;
  let dst: Int32Array = spare;
  for (let pass = 0; pass < PASSES; pass++) {
    count.fill(0);
    for (let r = 0; r < n; r++) {
      const i = src[r]!;
      count[digitOf(words[2 * i + LO_WORD]!, words[2 * i + HI_WORD]!, pass)]++;
    }
    // A digit every score shares (the high bits of scores of one magnitude) leaves the order as it is.
    const first = n > 0 ? digitOf(words[2 * src[0]! + LO_WORD]!, words[2 * src[0]! + HI_WORD]!, pass) : 0;
    if (count[first] === n) continue;
    let sum = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let r = 0; r < n; r++) {
      const i = src[r]!;
      dst[count[digitOf(words[2 * i + LO_WORD]!, words[2 * i + HI_WORD]!, pass)]++] = i;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== order) order.set(src.subarray(0, n));
}
