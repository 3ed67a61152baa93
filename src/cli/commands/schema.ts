import type { Command } from 'commander';
import { printJson } from '../output.js';

export function registerSchema(command: Command): void {
  command
    .addHelpText('after', '\nExample:\n  $ loyalty-sim schema > program.schema.json')
    // the schema (zod) loads when the command runs, not with the command tree (issue 26: --help, --version)
    .action(async () => printJson((await import('../../draft/schema.js')).draftJsonSchema()));
}
