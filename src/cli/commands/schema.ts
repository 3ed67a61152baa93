import type { Command } from 'commander';
import { draftJsonSchema } from '../../draft/schema.js';
import { printJson } from '../output.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of program drafts (for editors and CI)')
    .addHelpText('after', '\nExample:\n  $ loyalty-sim schema > program.schema.json')
    .action(() => printJson(draftJsonSchema()));
}
