import type { Command } from 'commander';
import { printJson } from '../output.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of program drafts (for editors and CI)')
    .addHelpText('after', '\nExample:\n  $ loyalty-sim schema > program.schema.json')
    // the schema (zod) loads when the command runs, not with the command tree (issue 26: --help, --version)
    .action(async () => printJson((await import('../../draft/schema.js')).draftJsonSchema()));
}
