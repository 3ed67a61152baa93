// Bundles the what-if panel for the browser (`npm run build` runs it after tsc):
// the worker carries the product's engine (src/engine via src/decide/whatif.ts),
// the page script wires the levers. Both are minified IIFEs written to
// dist/browser/, with the page script's SHA-256 for the report's
// Content-Security-Policy. Type-checked first against the DOM library.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'browser');
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  write: false,
  legalComments: 'none',
  // Never used in the browser, but reached by the module graph: the engine's
  // thread pool (the what-if runs with workers: 1, and the pool's worker file
  // location reads import.meta.url) and the terminal tables.
  alias: {
    'node:worker_threads': join(root, 'src', 'browser', 'no-threads.ts'),
    'cli-table3': join(root, 'src', 'browser', 'no-tables.ts'),
  },
  define: { 'import.meta.url': '"about:blank"' },
  logLevel: 'warning',
};

const manifest = {};
for (const name of ['whatif-worker', 'whatif-page']) {
  const result = await build({ ...common, entryPoints: [join(root, 'src', 'browser', `${name}.ts`)] });
  const code = result.outputFiles[0].text;
  writeFileSync(join(out, `${name}.js`), code);
  manifest[name] = { bytes: Buffer.byteLength(code), sha256: createHash('sha256').update(code).digest('base64') };
}
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
