import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng, STATE_SLOTS } from '../../src/random/rng.js';
import { normal } from '../../src/random/distributions.js';
import { chiSquareDiscrete, moments } from './stats.js';

function take(rng: Rng, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(rng.nextU32());
  return out;
}

describe('Rng (xoshiro128**)', () => {
  it('matches the reference C implementation from a known state', () => {
    // Output of Vigna's xoshiro128starstar.c (compiled with gcc) from s = {1, 2, 3, 4};
    // the first value checks by hand: rotl(2·5, 7)·9 = 1280·9 = 11520.
    const rng = new Rng(0);
    rng.s0 = 1;
    rng.s1 = 2;
    rng.s2 = 3;
    rng.s3 = 4;
    expect(take(rng, 7)).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034]);
  });

  it('gives the same stream for the same seed and keys', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 4 }), (seed, keys) => {
        expect(take(new Rng(seed, ...keys), 8)).toEqual(take(new Rng(seed, ...keys), 8));
      }),
    );
  });

  it('gives different streams for different seeds or keys', () => {
    const base = take(new Rng(42, 1, 2, 3), 4);
    const variants = [
      new Rng(43, 1, 2, 3),
      new Rng(42, 2, 2, 3),
      new Rng(42, 1, 3, 3),
      new Rng(42, 1, 2, 4),
      new Rng(42, 3, 2, 1),
      new Rng(42, 1, 2),
      new Rng(42, 1, 2, 3, 0),
      new Rng(42 + 2 ** 32, 1, 2, 3),
      new Rng(-42, 1, 2, 3),
    ];
    const seen = new Set([base.join(',')]);
    for (const v of variants) seen.add(take(v, 4).join(','));
    expect(seen.size).toBe(variants.length + 1);
  });

  it('has no collisions among a million neighbouring (run, customer) streams', () => {
    const firsts = new Set<string>();
    for (let run = 0; run < 100; run++) {
      for (let c = 0; c < 10_000; c++) {
        const r = new Rng(7, run, c, 0);
        firsts.add(`${r.nextU32()},${r.nextU32()}`);
      }
    }
    expect(firsts.size).toBe(1_000_000);
  });

  it('reset(seed, k1, k2, k3) equals new Rng(seed, k1, k2, k3), whatever the stream held before', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(), fc.nat(), fc.nat(), fc.nat({ max: 50 }), (seed, a, b, c, burn) => {
        const reused = new Rng(1, 2, 3, 4);
        for (let i = 0; i < burn; i++) reused.next();
        reused.spare = 0.25;
        reused.reset(seed, a, b, c);
        const fresh = new Rng(seed, a, b, c);
        expect(reused.spare).toBeNaN();
        expect(take(reused, 6)).toEqual(take(fresh, 6));
      }),
    );
  });

  it('a run of resets sharing (seed, k1), as the engine makes per customer, equals fresh streams (the (seed, k1) hash is reused)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.nat(), fc.nat(), fc.nat({ max: 5 })), { minLength: 1, maxLength: 40 }),
        (steps) => {
          const reused = new Rng(0, 0, 0, 0);
          for (const [seed, k1, k2, k3, burn] of steps) {
            reused.spare = 0.5;
            reused.reset(seed * 2 ** 40 + 7, k1, k2, k3);
            expect(reused.spare).toBeNaN();
            expect(take(reused, 3)).toEqual(take(new Rng(seed * 2 ** 40 + 7, k1, k2, k3), 3));
            for (let i = 0; i < burn; i++) reused.next();
          }
        },
      ),
    );
  });

  it('save then resume continues the stream exactly, cached normal included, on another Rng and after other draws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.nat(50), fc.boolean(), (seed, skip, oddNormals) => {
        const a = new Rng(seed, 3, 7, 0);
        for (let i = 0; i < skip; i++) a.next();
        if (oddNormals) normal(a); // leaves the pair's second value cached
        const saved = new Float64Array(2 * STATE_SLOTS);
        a.save(saved, STATE_SLOTS);
        const expected = [normal(a), ...take(a, 5), normal(a)];
        const b = new Rng(seed + 1, 9);
        take(b, 3);
        b.resume(saved, STATE_SLOTS);
        expect([normal(b), ...take(b, 5), normal(b)]).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('never starts in the all-zero state and does not get stuck', () => {
    for (const seed of [0, -1, 1, 2 ** 53 - 1, 0.5]) {
      const r = new Rng(seed, 0, 0, 0);
      expect(r.s0 | r.s1 | r.s2 | r.s3).not.toBe(0);
      expect(new Set(take(r, 16)).size).toBe(16);
    }
  });

  it('next() is in [0, 1), nextOpen() in (0, 1), nextU32() an unsigned 32-bit integer', () => {
    const r = new Rng(3, 1);
    let bad = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = r.next();
      const o = r.nextOpen();
      const w = r.nextU32();
      if (!(u >= 0 && u < 1)) bad++;
      if (!(o > 0 && o < 1)) bad++;
      if (!(Number.isInteger(w) && w >= 0 && w < 2 ** 32)) bad++;
    }
    expect(bad).toBe(0);
    // The extremes: a zero word maps to 0 and ½·2^-32; the largest word stays below 1.
    const fake = new Rng(0);
    fake.nextU32 = () => 0;
    expect(fake.next()).toBe(0);
    expect(fake.nextOpen()).toBe(2 ** -33);
    fake.nextU32 = () => 2 ** 32 - 1;
    expect(fake.next()).toBeLessThan(1);
    expect(fake.nextOpen()).toBeLessThan(1);
  });

  it('next() is uniform: moments and a 256-cell chi-square on the top byte and the bottom byte', () => {
    const n = 256_000;
    const r = new Rng(11, 5);
    const us = new Float64Array(n);
    const hi = new Int32Array(n);
    const lo = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const w = r.nextU32();
      hi[i] = w >>> 24;
      lo[i] = w & 255;
      us[i] = r.next();
    }
    const m = moments(us);
    expect(Math.abs(m.mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(m.variance - 1 / 12)).toBeLessThan(5 * (1 / 12) * Math.sqrt(0.8 / n));
    for (const bytes of [hi, lo]) {
      const chi = chiSquareDiscrete(bytes, () => 1 / 256, { min: 0, max: 255 });
      expect(chi.df).toBe(255);
      expect(chi.pValue).toBeGreaterThan(1e-4);
    }
  });

  it('neighbouring streams are uncorrelated (lag-0 correlation across keys)', () => {
    // A weak key hash would make streams (s, c) and (s, c + 1) start alike.
    const n = 100_000;
    let sxy = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    const a = new Rng(0);
    const b = new Rng(0);
    for (let c = 0; c < n; c++) {
      a.reset(9, 0, c, 0);
      b.reset(9, 0, c + 1, 0);
      const x = a.next();
      const y = b.next();
      sxy += x * y;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
    }
    const cov = sxy / n - (sx / n) * (sy / n);
    const corr = cov / Math.sqrt((sxx / n - (sx / n) ** 2) * (syy / n - (sy / n) ** 2));
    expect(Math.abs(corr)).toBeLessThan(5 / Math.sqrt(n));
  });
});
