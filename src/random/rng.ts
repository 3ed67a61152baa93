/**
 * Seeded random streams (STYLE.md habit 4: randomness is passed in).
 *
 * The generator is xoshiro128** (Blackman & Vigna, "Scrambled linear
 * pseudorandom number generators", 2018): 128 bits of state in four 32-bit
 * words, period 2^128 − 1, and only 32-bit integer arithmetic (Math.imul,
 * `>>>`), so it runs at full speed in V8 without BigInt.
 *
 * A stream is named by a seed and a few integer keys, e.g. (seed, run) or
 * (seed, run, customer, stream). The name is hashed into the state by four
 * independent lanes of a splitmix32-style mixer, so every key tuple gets its own
 * 128-bit state: two tuples share a stream only if all four 32-bit lanes
 * collide. The number of keys is hashed too, so (seed, 1) and (seed, 1, 0, 0)
 * are different streams. Because each stream depends only on its name, results
 * are identical however the runs are split over workers.
 */

const TWO_POW_32 = 4294967296;
const INV_TWO_POW_32 = 1 / TWO_POW_32;

/** splitmix32-style finaliser (constants from Wellons' hash-prospector): a bijection on 32-bit words. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  x ^= x >>> 15;
  return x;
}

/**
 * Fold an integer (any safe integer, negative too) into one 32-bit word:
 * the low word as is, the high word multiplied in, so every key below 2^32 maps to itself.
 */
function word(k: number): number {
  const lo = k >>> 0;
  if (k >= 0 && k < TWO_POW_32) return lo;
  const hi = Math.floor(k / TWO_POW_32) | 0;
  return lo ^ Math.imul(hi, 0x9e3779b1);
}

// Lane starting values: the fractional bits of sqrt(2), sqrt(3), sqrt(5), sqrt(7) (nothing up the sleeve).
const LANE0 = 0x6a09e667 | 0;
const LANE1 = 0xbb67ae85 | 0;
const LANE2 = 0x3c6ef372 | 0;
const LANE3 = 0xa54ff53a | 0;

/** Numbers `Rng.save` writes: the four state words and the cached normal. */
export const STATE_SLOTS = 5;

/**
 * A seeded xoshiro128** stream.
 *
 * @example
 * const rng = new Rng(42, run, customer, STREAM_ORDERS);
 * const u = rng.next(); // uniform in [0, 1)
 */
export class Rng {
  s0 = 0;
  s1 = 0;
  s2 = 0;
  s3 = 0;
  /**
   * The second value of the last Marsaglia polar pair, or NaN when none is
   * cached (used by `normal` in distributions.ts). Kept on the stream so the
   * sequence stays a pure function of the stream's name; `reset` clears it.
   */
  spare = NaN;

  // The state after hashing (seed, k1) in `reset`, and which (seed, k1) it is
  // for: the engine resets a stream per customer with the same (seed, run),
  // and re-hashing them each time cost about a tenth of a run.
  private p0 = 0;
  private p1 = 0;
  private p2 = 0;
  private p3 = 0;
  private pSeed = NaN;
  private pK1 = NaN;

  constructor(seed: number, ...keys: number[]) {
    this.begin(seed);
    for (let i = 0; i < keys.length; i++) this.absorb(word(keys[i]!));
    this.finish(keys.length);
  }

  /**
   * Re-derive the state in place for the stream (seed, k1, k2, k3), exactly as
   * `new Rng(seed, k1, k2, k3)` would, without allocating. Consecutive resets
   * with the same (seed, k1) (one run's customers) hash those two once.
   */
  reset(seed: number, k1: number, k2: number, k3: number): void {
    if (seed === this.pSeed && k1 === this.pK1) {
      // the hash absorbs keys in order, so the state after (seed, k1) is a pure function of them: reuse it
      this.s0 = this.p0;
      this.s1 = this.p1;
      this.s2 = this.p2;
      this.s3 = this.p3;
      this.spare = NaN;
    } else {
      this.begin(seed);
      this.absorb(word(k1));
      this.p0 = this.s0;
      this.p1 = this.s1;
      this.p2 = this.s2;
      this.p3 = this.s3;
      this.pSeed = seed;
      this.pK1 = k1;
    }
    this.absorb(word(k2));
    this.absorb(word(k3));
    this.finish(3);
  }

  private begin(seed: number): void {
    this.s0 = LANE0;
    this.s1 = LANE1;
    this.s2 = LANE2;
    this.s3 = LANE3;
    // The seed takes two words so that seeds up to 2^53 are all distinct.
    this.absorb(seed >>> 0);
    this.absorb(Math.floor(seed / TWO_POW_32) | 0);
    this.spare = NaN;
  }

  private absorb(w: number): void {
    this.s0 = mix32(this.s0 ^ w);
    this.s1 = mix32(this.s1 ^ w ^ this.s0);
    this.s2 = mix32(this.s2 ^ w ^ this.s1);
    this.s3 = mix32(this.s3 ^ w ^ this.s2);
  }

  private finish(nKeys: number): void {
    this.absorb(nKeys ^ 0x5eed0000);
    // xoshiro's one forbidden state; reachable only by a 2^-128 accident, but cheap to rule out.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /**
   * Writes the stream's position (its state and cached normal) into
   * `into[at .. at + STATE_SLOTS)`, for `resume` to continue from it later
   * exactly as if nothing had happened in between: the engine draws a
   * customer's latent values once, ranks everyone, then resumes each stream.
   */
  save(into: Float64Array, at: number): void {
    into[at] = this.s0;
    into[at + 1] = this.s1;
    into[at + 2] = this.s2;
    into[at + 3] = this.s3;
    into[at + 4] = this.spare;
  }

  /** Continues from a position written by `save`. */
  resume(from: Float64Array, at: number): void {
    this.s0 = from[at]! | 0;
    this.s1 = from[at + 1]! | 0;
    this.s2 = from[at + 2]! | 0;
    this.s3 = from[at + 3]! | 0;
    this.spare = from[at + 4]!;
  }

  /** The next 32 random bits as an unsigned integer in [0, 2^32). */
  nextU32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const s2 = this.s2 ^ s0;
    const s3 = this.s3 ^ s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    this.s0 = s0 ^ s3;
    this.s1 = s1 ^ s2;
    this.s2 = s2 ^ (s1 << 9);
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  /** Uniform in [0, 1) with 32 random bits (u32 / 2^32). */
  next(): number {
    return this.nextU32() * INV_TWO_POW_32;
  }

  /** Uniform in (0, 1): (u32 + ½) / 2^32, never 0 or 1, safe for log. */
  nextOpen(): number {
    return (this.nextU32() + 0.5) * INV_TWO_POW_32;
  }
}
