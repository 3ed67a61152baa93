/**
 * The three kinds of failure the CLI distinguishes (CLI.md: exit codes).
 * Errors are data until the edge: only cli/main.ts turns them into exit codes.
 */

/** Bad usage or bad input: exit 2. Carries where (file:line:column) and a hint. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly where?: { file?: string; line?: number; column?: number },
  ) {
    super(message);
  }
}

/** The run worked but a check failed (e.g. `validate` found errors): exit 1. */
export class CheckFailed extends Error {
  override readonly name = 'CheckFailed';
}

/** A bug in loyalty-sim itself, never the user's fault. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/** `file:line:column` for messages, leaving out the parts that are unknown. */
export function formatWhere(where: { file?: string; line?: number; column?: number } | undefined): string {
  if (!where) return '';
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.line !== undefined) parts.push(String(where.line));
  if (where.column !== undefined && where.line !== undefined) parts.push(String(where.column));
  return parts.join(':');
}
