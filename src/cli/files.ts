/**
 * Writing output files safely: nothing the user had is overwritten without
 * --force, and an interrupted write never leaves a half-written file over an
 * old one (temp file in the same folder, fsync, then rename, which is atomic
 * within a file system).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';

export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** The flag that allows replacing, named in the message. */
  forceFlag?: string;
}

/** Refuses early (before any long computation) when `file` exists and --force is not given. */
export function ensureWritable(file: string, opts: WriteOptions = {}): void {
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new UserError(msg().cliErrors.isFolder(file), msg().cliErrors.isFolderHint(`${join(file, 'out')}${extname(file) || '.csv'}`), { file });
  }
  if (!opts.force && existsSync(file)) {
    throw new UserError(msg().cliErrors.exists(file), msg().cliErrors.existsHint(opts.forceFlag ?? '--force'), { file });
  }
  if (!existsSync(dirname(file) || '.')) {
    throw new UserError(msg().cliErrors.noFolder(file, dirname(file)), msg().cliErrors.noFolderHint, { file });
  }
}

/** Writes `data` to `file` atomically. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  ensureWritable(file, opts);
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(tmp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    const e = err as NodeJS.ErrnoException;
    // any file-system refusal (EACCES, EROFS, ENOSPC, EISDIR, ENOTDIR…) is about the path the user gave
    if (e.code) throw new UserError(msg().cliErrors.cannotWrite(file, e.code), msg().cliErrors.cannotWriteHint, { file });
    throw err;
  }
}
