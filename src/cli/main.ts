/**
 * The CLI entry: commander wiring, and the only place that turns errors into
 * exit codes (0 success, 1 a check failed, 2 bad usage or bad input).
 * Exit codes go through process.exitCode, never process.exit(), so piped
 * output is never truncated.
 */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { CheckFailed, UserError, formatWhere } from '../errors.js';
import { commands } from './commands/index.js';
import { paint } from './output.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('loyalty-sim')
    .description('Design customer loyalty programs and test their ROI by Monte Carlo simulation before launch.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ outputError: (str, write) => write(str) })
    // before the commands are added: subcommands (and theirs) inherit it, so a
    // usage error anywhere is reported here as exit 2, never via process.exit
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ loyalty-sim init my-program.yaml                 answer a few questions, get a draft
  $ loyalty-sim validate scenarios/*.yaml            check drafts, with line:column
  $ loyalty-sim simulate scenarios/wholesale-hybrid.yaml --runs 1000 --seed 7

Exit codes: 0 success, 1 a check failed, 2 bad usage or bad input.
The model, every draft field and the lint: docs/model.md in the package
($(npm root -g)/loyalty-sim/docs/model.md when installed globally).`,
    );
  for (const register of commands) register(program);
  return program;
}

/** Turns any error into a message on stderr and an exit code. */
export function reportError(err: unknown): number {
  const c = paint(process.stderr);
  if (err instanceof CommanderError) {
    // commander already printed its message; help and version are successes
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return 2;
  }
  if (err instanceof UserError) {
    const where = formatWhere(err.where);
    process.stderr.write(`${c.red('error:')} ${where ? `${where}: ` : ''}${err.message}\n`);
    if (err.hint) process.stderr.write(`  ${c.dim('hint:')} ${err.hint}\n`);
    return 2;
  }
  if (err instanceof CheckFailed) {
    if (err.message) process.stderr.write(`${err.message}\n`);
    return 1;
  }
  const e = err as Error;
  process.stderr.write(`${c.red('internal error:')} ${e?.stack ?? String(err)}\n`);
  process.stderr.write('  This is a bug in loyalty-sim; please report it with the command you ran.\n');
  return 1;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  // `loyalty-sim schema | head` closes the pipe early: that is not an error
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return reportError(err);
  }
}
