#!/usr/bin/env node
// `loyalty-sim --version` alone is answered here, before the CLI loads (issue 26:
// a version check should cost Node's own start-up and no more); any other
// command line, --version among other words included, goes to the CLI.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/cli-bundle/main.js');
  process.exitCode = await main();
}
