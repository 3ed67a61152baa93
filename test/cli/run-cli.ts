/**
 * Runs the CLI in-process through main(), as `loyalty-sim ARGS` would, and
 * captures stdout, stderr and the exit code main() returns. Colour is off
 * (NO_COLOR), and process.exitCode is cleared before and after so one test's
 * exit code never leaks into the next.
 */
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

process.env.NO_COLOR = '1';
// English unless a test asks for another language: the snapshots must not depend on the machine's locale
process.env.LANG = 'C.UTF-8';
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const listeners = process.stdout.listeners('error');
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'loyalty-sim', ...args]);
    return { code, stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
    // main() adds an EPIPE listener per call; drop the ones this call added
    for (const l of process.stdout.listeners('error')) if (!listeners.includes(l)) process.stdout.off('error', l as (err: Error) => void);
  }
}
