/**
 * `loyalty-sim validate <draft...>`: schema errors with line:column, then the
 * design lint warnings (PROGRAM-FORMAT.md). An adapter: files → draft/load →
 * text or JSON. Exit 0 when every draft is valid (warnings allowed), 1 when
 * any has errors, 2 when a file cannot be read.
 */
import type { Command } from 'commander';
import type { ChalkInstance } from 'chalk';
import { CheckFailed } from '../../errors.js';
import type { DraftCheck } from '../../draft/load.js';
import type { PathIssue } from '../../draft/issue.js';
import type { Draft } from '../../draft/schema.js';
import { msg } from '../../i18n/current.js';
import { out, paint, printJson } from '../output.js';

interface ValidateFlags {
  json?: boolean;
  customers?: string;
}

/** The human report: one line per issue (`file:line:col  error  path: message`), its hint, and a summary. */
export function renderValidation(checks: DraftCheck[], c: ChalkInstance): string {
  const lines: string[] = [];
  const t = msg();
  for (const check of checks) {
    if (check.issues.length === 0) {
      lines.push(`${check.file}  ${c.green(t.validate.ok)}`);
      continue;
    }
    for (const i of check.issues) {
      const sev = i.severity === 'error' ? c.red(t.validate.error) : c.yellow(t.validate.warning);
      lines.push(`${check.file}:${i.line}:${i.column}  ${sev}  ${i.path ? `${c.bold(i.path)}: ` : ''}${i.message}`);
      if (i.hint) lines.push(`    ${c.dim(t.cli.hint)} ${i.hint}`);
    }
  }
  const invalid = checks.filter((ch) => !ch.valid).length;
  const errors = checks.reduce((n, ch) => n + ch.issues.filter((i) => i.severity === 'error').length, 0);
  const warnings = checks.reduce((n, ch) => n + ch.issues.filter((i) => i.severity === 'warning').length, 0);
  lines.push('');
  lines.push(t.validate.summary(checks.length, checks.length - invalid, invalid, errors, warnings));
  return lines.join('\n');
}

/** The `--json` shape of CLI.md. */
export function validationJson(checks: DraftCheck[]): unknown {
  return {
    files: checks.map((ch) => ({
      file: ch.file,
      valid: ch.valid,
      issues: ch.issues.map((i) => ({
        severity: i.severity,
        path: i.path,
        line: i.line,
        column: i.column,
        message: i.message,
        hint: i.hint ?? null,
      })),
    })),
  };
}

export function registerValidate(command: Command): void {
  command
    .option('--json')
    .option('--customers <csv>')
    .addHelpText(
      'after',
      `
Examples:
  $ loyalty-sim validate scenarios/*.yaml
  $ loyalty-sim validate fixtures/examples/program.yaml --json

Exit codes: 0 every draft is valid (warnings allowed), 1 a draft has errors, 2 a file cannot be read.`,
    )
    .action(async (files: string[], flags: ValidateFlags) => {
      // the draft reader (yaml, zod) loads when the command runs, not with the command tree (issue 26: --help, --version)
      const { checkDraftFile } = await import('../../draft/load.js');
      const lintMore = flags.customers ? await customerLint(flags.customers) : undefined;
      const checks: DraftCheck[] = [];
      for (const file of files) checks.push(await checkDraftFile(file, lintMore));
      if (flags.json) printJson(validationJson(checks));
      else out(renderValidation(checks, paint(process.stdout)));
      if (checks.some((ch) => !ch.valid)) throw new CheckFailed('');
    });
}

/** The segment lint of a customer file: its columns' distinct values (docs/model.md §13). A bad file is exit 2, as in a simulation. */
async function customerLint(file: string): Promise<(draft: Draft) => PathIssue[]> {
  const [{ readCustomerFile }, { lintSegmentValues }, { normalizeHeader }] = await Promise.all([import('../../history/customer-file.js'), import('../../draft/segment-rules.js'), import('../../history/columns.js')]);
  const read = await readCustomerFile(file);
  const table = { file, columns: read.columns.map((name, c) => ({ name, values: [...new Set(read.values[c]!.filter((v) => v !== ''))] })) };
  return (draft) => lintSegmentValues(draft, table, (a, b) => normalizeHeader(a) === normalizeHeader(b));
}
