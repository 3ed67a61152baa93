/**
 * Which Chromium the browser tests and bench/whatif.js drive: Debian's when
 * installed (.ci/run installs it), otherwise the one that comes with npm in
 * @sparticuz/chromium (its binary ships inside the package, brotli-compressed,
 * and is unpacked to the temp folder on first use: nothing is downloaded at
 * install or run time). So `npm ci && npm test` passes on a fresh machine
 * without Debian's chromium.
 */
import { existsSync } from 'node:fs';
import Sparticuz from '@sparticuz/chromium';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const COMMON_ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** @returns {Promise<{ executablePath: string, args: string[], source: string }>} */
export async function findChromium() {
  if (existsSync(DEBIAN_CHROMIUM)) {
    return { executablePath: DEBIAN_CHROMIUM, args: ['--headless', '--no-sandbox', ...COMMON_ARGS], source: "Debian's chromium" };
  }
  // without WebGL the swiftshader files are not needed; the report draws SVG only
  Sparticuz.setGraphicsMode = false;
  return { executablePath: await Sparticuz.executablePath(), args: [...Sparticuz.args, ...COMMON_ARGS], source: '@sparticuz/chromium' };
}
