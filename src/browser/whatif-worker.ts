/**
 * The what-if panel's Web Worker: the product's engine (src/engine via
 * src/decide/whatif.ts), bundled for the browser by scripts/bundle-browser.mjs
 * and carried inside the report. It receives the spec once and then lever
 * values, and answers each with the simulation's summary and runs.
 */
import { runWhatIf } from '../decide/whatif.js';
import { decodePopulation } from '../engine/population-codec.js';
import type { Population } from '../engine/population.js';
import type { WhatIfSpec } from '../report/whatif.js';

// simulate() yields between runs with setImmediate (Node); a MessageChannel is the browser's equivalent without timer clamping
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();
(globalThis as unknown as { setImmediate: (f: () => void) => void }).setImmediate = (f) => {
  queue.push(f);
  channel.port2.postMessage(0);
};

/** The dedicated worker's global scope, typed by what is used (the DOM lib types `self` as a Window). */
const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage: (message: unknown) => void };

let spec: WhatIfSpec | undefined;
let population: Population | undefined;

interface Request {
  spec?: WhatIfSpec;
  id?: number;
  values?: Record<string, number>;
}

scope.onmessage = async (event: MessageEvent) => {
  const msg = event.data as Request;
  if (msg.spec) {
    spec = msg.spec;
    population = decodePopulation(spec.population);
    return;
  }
  if (!spec || !population || msg.id === undefined) return;
  const started = performance.now();
  try {
    const { result, summary, horizon } = await runWhatIf(spec.draft, population, { seed: spec.seed, runs: spec.runs, horizon: spec.horizon, values: msg.values ?? {} });
    scope.postMessage({ id: msg.id, result, summary, horizon, ms: performance.now() - started });
  } catch (err) {
    scope.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
};
