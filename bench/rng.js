#!/usr/bin/env node
/**
 * The random-stream benchmark (run `npx tsc -p .` first, then `node bench/rng.js`):
 * uniforms per second from src/random/rng.ts (xoshiro128**) against
 * seedrandom's alea and xor128 (the quick 32-bit outputs, the same resolution
 * as Rng.next), plus the cost of naming a new stream (reset, constructor) and
 * of the samplers the engine calls per customer-month.
 *
 * Each case runs for about 300 ms, five times; the best rate is printed (the
 * others include JIT warm-up and GC pauses). On a shared machine the figures
 * move by ±30 % from run to run; compare rows of the same run. A running sum is kept and printed
 * so the optimiser cannot drop the work.
 */
import seedrandom from 'seedrandom';
import { Rng } from '../dist/random/rng.js';
import { gamma, normal, poissonInverse } from '../dist/random/distributions.js';

const ROUNDS = 5;
const CHUNK = 1_000_000;
let sink = 0;

function measure(name, body, chunk = CHUNK) {
  let best = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < 300) {
      sink += body(chunk);
      n += chunk;
      t = performance.now();
    }
    best = Math.max(best, n / ((t - t0) / 1000));
  }
  return { name, perSecond: best };
}

const rng = new Rng(42, 1, 2, 3);
const alea = seedrandom.alea('42');
const xor128 = seedrandom.xor128('42');

const results = [
  measure('xoshiro128** Rng.next()', (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += rng.next();
    return s;
  }),
  measure('xoshiro128** Rng.nextU32()', (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += rng.nextU32();
    return s;
  }),
  measure('seedrandom alea()', (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += alea();
    return s;
  }),
  measure('seedrandom xor128()', (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += xor128();
    return s;
  }),
  measure('Rng.reset(seed, run, customer, stream) + next()', (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      rng.reset(42, 7, i, 1);
      s += rng.next();
    }
    return s;
  }),
  measure('new Rng(seed, run, customer, stream) + next()', (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += new Rng(42, 7, i, 1).next();
    return s;
  }),
  measure('seedrandom.alea(`seed:run:customer`) + next()', (n) => {
    // What a per-customer stream would cost with seedrandom: a string key hashed per customer.
    let s = 0;
    for (let i = 0; i < n; i++) s += seedrandom.alea(`42:7:${i}`)();
    return s;
  }, 10_000),
  measure('normal(rng)', (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += normal(rng);
    return s;
  }),
  measure('gamma(rng, 2.5, 0.1)', (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += gamma(rng, 2.5, 0.1);
    return s;
  }),
  measure('poissonInverse(rng.next(), 0.4, e^-0.4)', (n) => {
    let s = 0;
    const e = Math.exp(-0.4);
    for (let i = 0; i < n; i++) s += poissonInverse(rng.next(), 0.4, e);
    return s;
  }),
];

const width = Math.max(...results.map((r) => r.name.length));
const base = results[0].perSecond;
console.log(`node ${process.version}, best of ${ROUNDS} × ~300 ms`);
for (const r of results) {
  const millions = (r.perSecond / 1e6).toFixed(1).padStart(7);
  console.log(`${r.name.padEnd(width)}  ${millions} M/s  (${(r.perSecond / base).toFixed(2)}× Rng.next)`);
}
console.error(`(checksum ${sink.toPrecision(6)})`);
