/**
 * The runs a batch command (compare, sweep, tornado, breakeven, optimize)
 * makes by default: cli/batch-options.ts's BATCH_RUNS, said here because the
 * catalogs cannot import the CLI. A module of its own so that the Russian
 * --help table, which says it too, does not load the English one (issue 26).
 */
export const BATCH_RUNS = 200;
