/**
 * The what-if panel's browser code, bundled at build time
 * (scripts/bundle-browser.mjs → dist/browser/). Under the test runner this
 * module is TypeScript source, so it reads the built copy (`npm test` builds
 * first), like the engine's worker file.
 */
import { readFileSync } from 'node:fs';
import { InternalError } from '../errors.js';
import type { Lang } from '../i18n/current.js';

function assetUrl(name: string): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL(`../../dist/browser/${name}`, here);
  return new URL(`../browser/${name}`, here);
}

export interface BrowserAssets {
  worker: string;
  page: string;
  pageSha256: string;
}

/** The worker and the page script of the report's language (each page script carries one catalog only). */
export function readBrowserAssets(lang: Lang): BrowserAssets {
  try {
    const manifest = JSON.parse(readFileSync(assetUrl('manifest.json'), 'utf8')) as Record<string, { sha256: string }>;
    const page = `whatif-page-${lang}`;
    return {
      worker: readFileSync(assetUrl('whatif-worker.js'), 'utf8'),
      page: readFileSync(assetUrl(`${page}.js`), 'utf8'),
      pageSha256: manifest[page]!.sha256,
    };
  } catch (err) {
    throw new InternalError(`the what-if panel's browser code is missing from this installation (${(err as Error).message}); run \`npm run build\``);
  }
}
