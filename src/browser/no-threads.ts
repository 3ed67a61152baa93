/**
 * Stands in for node:worker_threads in the browser bundle. The what-if worker
 * runs the engine on one thread (workers: 1), so RunPool is never built; if it
 * were, this says why instead of failing obscurely.
 */
export class Worker {
  constructor() {
    throw new Error('worker threads are not available in the browser: the what-if engine runs with workers: 1');
  }
}
export const parentPort = null;
export const workerData = null;
