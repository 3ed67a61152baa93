/**
 * The what-if panel's Web Worker: the product's engine (src/engine via
 * src/decide/whatif-parts.ts), bundled for the browser by
 * scripts/bundle-browser.mjs and carried inside the report. The page starts
 * one per core (issue 26) from the same blob of code; each receives the spec
 * once (the population decoded here, once per page) and then, per update, the
 * lever values and its slice of the runs, and answers with that slice's runs.
 * The page assembles the slices in run order (src/decide/whatif-parts.ts).
 */
import { runWhatIfSlice } from '../decide/whatif-parts.js';
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
/** The updates under way here (they yield between runs, so a newer one can arrive), by question id. */
const running = new Map<number, AbortController>();

interface Request {
  spec?: WhatIfSpec;
  id?: number;
  values?: Record<string, number>;
  from?: number;
  to?: number;
}

scope.onmessage = async (event: MessageEvent) => {
  const msg = event.data as Request;
  if (msg.spec) {
    spec = msg.spec;
    population = decodePopulation(spec.population);
    return;
  }
  if (!spec || !population || msg.id === undefined || msg.from === undefined || msg.to === undefined) return;
  // A newer question overtakes the older ones still running: the page would drop their answers, so they stop
  // between runs and free the core. Question 1 (the draft as it is) is the page's reference and always ends.
  for (const [id, ctl] of running) if (id !== 1 && id < msg.id) ctl.abort();
  const ctl = new AbortController();
  running.set(msg.id, ctl);
  const started = performance.now();
  try {
    const part = await runWhatIfSlice(spec.draft, population, { seed: spec.seed, runs: spec.runs, horizon: spec.horizon, values: msg.values ?? {} }, { from: msg.from, to: msg.to }, ctl.signal);
    // ms: this worker's own time for its slice (the page's timer adds the messages, the assembly and the summary)
    scope.postMessage(part.interrupted ? { id: msg.id, overtaken: true } : { id: msg.id, part, ms: performance.now() - started });
  } catch (err) {
    scope.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  } finally {
    running.delete(msg.id);
  }
};
