/**
 * Opens a report file in a fresh headless Chromium profile and records what
 * the browser tests judge it by: console errors and warnings, page errors and
 * every request (an offline page makes none beyond itself). The profile is
 * removed afterwards, whatever the test did.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from './browser-executable.js';

export interface OfflinePage {
  page: Page;
  url: string;
  problems: string[];
  requests: string[];
}

export async function withOfflinePage(file: string, use: (p: OfflinePage) => Promise<void>): Promise<void> {
  const browser = await findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'loyalty-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: browser.executablePath, headless: true, args: browser.args, viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    const url = pathToFileURL(file).href;
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url, { waitUntil: 'load' });
    await use({ page, url, problems, requests });
    await page.close();
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Every chart text whose box is not inside its chart's box (issue 24: "RUB 20" for "RUB 20M" was cut
 * at the edge), each as "chart class: "text" at left..right of width"; empty when every label fits.
 */
export function clippedLabels(page: Page): Promise<string[]> {
  return page.$$eval('svg.chart', (svgs) =>
    svgs.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].flatMap((t) => {
        const r = t.getBoundingClientRect();
        const inside = r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
        return inside || r.width === 0 ? [] : [`${svg.getAttribute('class')}: "${t.textContent}" at ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)}`];
      });
    }),
  );
}
