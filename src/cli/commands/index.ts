/**
 * Every registered command. Only commands that really work are listed here.
 *
 * A command is made in two steps (issue 26: --help in under 0.15 CPU-s).
 * Its name and arguments, said here, are all the program's --help and
 * commander's "did you mean" need; its options, closing text and action are
 * registered by its own module, loaded only when that command is the one the
 * line invokes (or by completion, which needs the whole tree): cli/main.ts's
 * registerCommand. Descriptions of commands and arguments come from the help
 * catalog of the language (src/i18n/help-en.ts, help-ru.ts).
 */
import type { Command } from 'commander';

export interface CommandEntry {
  name: string;
  /** The arguments as commander writes them, each with its default value if it has one. */
  args: ReadonlyArray<readonly [spec: string, defaultValue?: string]>;
  /** Adds the options, closing text, subcommands and action to the command made from `name` and `args`. */
  load: () => Promise<(cmd: Command) => void>;
}

/** In the order of the work: draft, know the customers, simulate, decide, pilot, report. */
export const commands: readonly CommandEntry[] = [
  { name: 'init', args: [['[file]', 'program.yaml']], load: async () => (await import('./init.js')).registerInit },
  { name: 'validate', args: [['<draft...>']], load: async () => (await import('./validate.js')).registerValidate },
  { name: 'schema', args: [], load: async () => (await import('./schema.js')).registerSchema },
  { name: 'profile', args: [['<history.csv>']], load: async () => (await import('./profile.js')).registerProfile },
  { name: 'fit', args: [['[history.csv]']], load: async () => (await import('./fit.js')).registerFit },
  { name: 'simulate', args: [['<draft>']], load: async () => (await import('./simulate.js')).registerSimulate },
  { name: 'compare', args: [['<draft...>']], load: async () => (await import('./compare.js')).registerCompare },
  { name: 'sweep', args: [['<draft>']], load: async () => (await import('./sweep.js')).registerSweep },
  { name: 'tornado', args: [['<draft>']], load: async () => (await import('./tornado.js')).registerTornado },
  { name: 'breakeven', args: [['<draft>']], load: async () => (await import('./breakeven.js')).registerBreakeven },
  { name: 'optimize', args: [['<draft>']], load: async () => (await import('./optimize.js')).registerOptimize },
  { name: 'roi', args: [], load: async () => (await import('./roi.js')).registerRoi },
  { name: 'pilot', args: [], load: async () => (await import('./pilot.js')).registerPilot },
  { name: 'report', args: [['<draft...>']], load: async () => (await import('./report.js')).registerReport },
];
