/**
 * A population as plain JSON and back, bit for bit: the report's what-if
 * panel carries the simulated customers inside the HTML file, and the
 * browser must simulate exactly the customers the CLI would. Typed arrays
 * travel as base64 of their bytes (exact, and about half the size of decimal
 * text); numbers as JSON numbers, which round-trip exactly. Generic over the
 * population's fields, so a new field needs no change here.
 */
import type { Population } from './population.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** RFC 4648 base64 without line breaks; pure, so it runs in the browser and in Node alike. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}${ALPHABET[(n >> 6) & 63]!}=`;
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (LOOKUP[clean.charCodeAt(i)]! << 18) |
      (LOOKUP[clean.charCodeAt(i + 1)]! << 12) |
      ((i + 2 < clean.length ? LOOKUP[clean.charCodeAt(i + 2)]! : 0) << 6) |
      (i + 3 < clean.length ? LOOKUP[clean.charCodeAt(i + 3)]! : 0);
    out[o++] = n >> 16;
    if (i + 2 < clean.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < clean.length) out[o++] = n & 255;
  }
  return out;
}

type Encoded = { f64: string } | { i32: string } | { u8: string };

/** The population with every typed array replaced by `{ f64 | i32 | u8: base64 }`. */
export function encodePopulation(pop: Population): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pop)) {
    if (v instanceof Float64Array) out[k] = { f64: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) } satisfies Encoded;
    else if (v instanceof Int32Array) out[k] = { i32: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) } satisfies Encoded;
    else if (v instanceof Uint8Array) out[k] = { u8: toBase64(v) } satisfies Encoded;
    else if (ArrayBuffer.isView(v)) throw new Error(`encodePopulation: ${k} is a typed array of a kind not carried`);
    else out[k] = v;
  }
  return out;
}

/** The inverse of encodePopulation (typed arrays little-endian, as every browser and Node platform here). */
export function decodePopulation(data: Record<string, unknown>): Population {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const rec = v as Record<string, unknown>;
      if (typeof rec.f64 === 'string') {
        const b = fromBase64(rec.f64);
        out[k] = new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8);
        continue;
      }
      if (typeof rec.i32 === 'string') {
        const b = fromBase64(rec.i32);
        out[k] = new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
        continue;
      }
      if (typeof rec.u8 === 'string') {
        out[k] = fromBase64(rec.u8);
        continue;
      }
    }
    out[k] = v;
  }
  return out as unknown as Population;
}
