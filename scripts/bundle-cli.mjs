// Bundles the CLI for a quick start (`npm run build` runs it after tsc; issue 26):
// bin/loyalty-sim.js imports dist/cli-bundle/main.js instead of the ~50 modules of
// dist/cli/ and commander one by one. Node 20 resolves, reads and compiles each ES
// module on its own (and commander's CommonJS through a translator): bundled,
// `--help` costs about half the CPU it did over Node's own start-up.
//
// Code splitting keeps every command's lazy imports lazy: each `import()` of
// the built modules becomes a chunk loaded when the command runs, and a module
// reached from several places lives in one shared chunk, so there is one copy
// of each (one language setting, one UserError class). The engine's worker is
// an entry of its own, next to the chunks, where pool.ts looks for it.
// Packages stay in node_modules, loaded as before, except commander and
// @bomb.sh/tab, which every start needs.
//
// meta.json lists the built modules each output file holds, so a test can say
// which of them a command loaded (test/cli/startup.test.ts).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli-bundle');
const bundled = new Set(['commander', '@bomb.sh/tab']);
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys(dependencies)
  .filter((name) => !bundled.has(name))
  .flatMap((name) => [name, `${name}/*`]);

/**
 * commander requires node:child_process (which loads node:net and more) for
 * executable subcommands, which this CLI has none of: it gets a stand-in that
 * loads the module if spawn is ever called (about 3 ms of every start).
 */
const spawnOnDemand = {
  name: 'spawn-on-demand',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'spawn-on-demand' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'spawn-on-demand' }, () => ({
      contents: "module.exports = { spawn: (...args) => process.getBuiltinModule('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

rmSync(out, { recursive: true, force: true });
const result = await build({
  // the modules tsc built: the paths they read relative to themselves (the
  // package.json, dist/browser/, the worker) hold for dist/cli-bundle/ too
  entryPoints: { main: join(root, 'dist', 'cli', 'main.js'), worker: join(root, 'dist', 'engine', 'worker.js') },
  absWorkingDir: root,
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  metafile: true,
  // .mjs: Node knows each chunk for an ES module by its name, without looking
  // for the package.json that says so (about 0.7 ms a file: simulate --help
  // loads a dozen); the two entries keep .js, the names bin/loyalty-sim.js
  // and the engine's worker pool (engine/pool.ts) import them by (renamed below)
  outExtension: { '.js': '.mjs' },
  minifyWhitespace: true,
  minifySyntax: true,
  // commander is CommonJS: its require() calls, all of Node's own modules, need
  // a require in an ES module. process.getBuiltinModule (Node ≥ 20.16) is one
  // that costs nothing, where createRequire in each of the chunks took about
  // 4 ms of --help's CPU; a require of anything else fails loudly
  banner: {
    js: "const require = (id) => { const m = process.getBuiltinModule(id); if (!m) throw new Error(`the CLI bundle cannot require ${id}: only Node's own modules are bundled CommonJS (scripts/bundle-cli.mjs)`); return m; };",
  },
  plugins: [spawnOnDemand],
  logLevel: 'warning',
});

const entries = new Set(['main.mjs', 'worker.mjs']);
const modules = {};
for (const [file, { inputs }] of Object.entries(result.metafile.outputs)) {
  let name = file.slice(file.lastIndexOf('/') + 1);
  if (entries.has(name)) {
    // no chunk imports an entry: renaming one breaks no import
    name = name.replace(/\.mjs$/, '.js');
    renameSync(join(root, file), join(out, name));
  }
  modules[name] = Object.keys(inputs).map((input) => join(root, input).slice(root.length + 1));
}
writeFileSync(join(out, 'meta.json'), `${JSON.stringify(modules, null, 1)}\n`);
