/**
 * Which Chromium the browser tests drive: scripts/find-chromium.mjs, shared
 * with bench/whatif.js (Debian's when installed, else @sparticuz/chromium's).
 */
export { findChromium } from '../../scripts/find-chromium.mjs';

export interface Browser {
  executablePath: string;
  args: string[];
  source: string;
}
