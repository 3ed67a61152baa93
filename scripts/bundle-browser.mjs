// Bundles the what-if panel for the browser (`npm run build` runs it after tsc):
// the worker carries the product's engine (src/engine via src/decide/whatif.ts),
// the page script wires the levers. Both are minified IIFEs written to
// dist/browser/, with the page script's SHA-256 for the report's
// Content-Security-Policy. Type-checked first against the DOM library.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  // Cyrillic as UTF-8 (2 bytes a letter), not \uXXXX escapes (6): the report is UTF-8 already
  charset: 'utf8',
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

/**
 * One language per page script (issue 24): i18n/index.js, which carries every
 * catalog and zod's locales, is replaced by src/browser/i18n-<lang>.ts, so a
 * report carries only its own language's words; and of that catalog only the
 * sections the page's code reads (`keep`, found in the bundled sources: the
 * pilot's, the fit's, the CLI's words are no use in a report page). A section
 * left out by mistake fails loudly in the page (src/browser/i18n-<lang>.ts).
 */
const oneLanguage = (lang, keep) => ({
  name: `i18n-${lang}`,
  setup(b) {
    b.onResolve({ filter: /(^|\/)i18n\/index\.js$/ }, () => ({ path: join(root, 'src', 'browser', `i18n-${lang}.ts`) }));
    if (!keep) return;
    b.onLoad({ filter: /[\\/]src[\\/]i18n[\\/](en|ru)\.ts$/ }, (args) => ({ contents: pruneCatalog(readFileSync(args.path, 'utf8'), keep), loader: 'ts' }));
  },
});

/** The catalog's source with only the top-level sections in `keep` (entries start at two spaces of indentation). */
function pruneCatalog(source, keep) {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => /^export const (en|ru)(: Messages)? = \{$/.test(l));
  const end = lines.findLastIndex((l) => l === '};');
  if (start < 0 || end < start) throw new Error('bundle-browser: cannot find the catalog object to prune');
  const out = lines.slice(0, start + 1);
  let keeping = false;
  for (const line of lines.slice(start + 1, end)) {
    const entry = /^  (\w+):/.exec(line);
    if (entry) keeping = keep.has(entry[1]);
    if (keeping) out.push(line);
  }
  return [...out, ...lines.slice(end)].join('\n');
}

/** The catalog sections the page's own modules read: msg().x, catalog(l).x, (… : msg()).x. */
async function sectionsRead(entry) {
  const probe = await build({ ...common, metafile: true, plugins: [oneLanguage('en')], entryPoints: [entry] });
  const keep = new Set();
  for (const input of Object.keys(probe.metafile.inputs)) {
    if (!input.startsWith('src/') || input.startsWith('src/i18n/')) continue;
    const text = readFileSync(join(root, input), 'utf8');
    for (const m of text.matchAll(/(?:msg\(\)|catalog\([^()]*\)|msg\(\)\))\.(\w+)/g)) keep.add(m[1]);
  }
  return keep;
}
const pageKeep = await sectionsRead(join(root, 'src', 'browser', 'whatif-page.ts'));

const manifest = {};
const bundles = [
  ['whatif-worker', 'whatif-worker', []],
  ['whatif-page-en', 'whatif-page', [oneLanguage('en', pageKeep)]],
  ['whatif-page-ru', 'whatif-page', [oneLanguage('ru', pageKeep)]],
];
for (const [name, entry, plugins] of bundles) {
  const result = await build({ ...common, plugins, entryPoints: [join(root, 'src', 'browser', `${entry}.ts`)] });
  const code = result.outputFiles[0].text;
  writeFileSync(join(out, `${name}.js`), code);
  manifest[name] = { bytes: Buffer.byteLength(code), sha256: createHash('sha256').update(code).digest('base64') };
}
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
