import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePopulation, encodePopulation, fromBase64, toBase64 } from '../../src/engine/population-codec.js';
import type { HistoryPopulation } from '../../src/engine/population.js';

describe('population codec: the what-if panel carries customers bit for bit', () => {
  it('base64 agrees with Node\'s Buffer and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(fromBase64(text))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('a history population comes back with identical doubles, through JSON', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
        const f = Float64Array.from(xs);
        const pop: HistoryPopulation = {
          kind: 'history', size: xs.length, scale: 3.5, r: 0.24, alpha: 4.4, a: 0.79, b: 2.4, p: 6.25, q: 3.74, gamma: 15.4,
          x: f, T: f.map((v) => v / 3), zbar: f, pAlive: f, h12: f,
        };
        const back = decodePopulation(JSON.parse(JSON.stringify(encodePopulation(pop)))) as HistoryPopulation;
        expect(back.kind).toBe('history');
        expect(back.scale).toBe(3.5);
        expect(Array.from(back.T)).toEqual(Array.from(pop.T));
        expect(Object.is(back.x[0], pop.x[0])).toBe(true); // -0 and all
      }),
    );
  });
});
