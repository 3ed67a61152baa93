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

export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** The flag that allows replacing, named in the message. */
  forceFlag?: string;
}

/** Refuses early (before any long computation) when `file` exists and --force is not given. */
export function ensureWritable(file: string, opts: WriteOptions = {}): void {
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new UserError(`cannot write ${file}: it is a folder`, `give a file name, e.g. ${join(file, 'out')}${extname(file) || '.csv'}`, { file });
  }
  if (!opts.force && existsSync(file)) {
    throw new UserError(`${file} already exists; not overwriting it`, `add ${opts.forceFlag ?? '--force'} to replace it, or choose another file name`, { file });
  }
  if (!existsSync(dirname(file) || '.')) {
    throw new UserError(`cannot write ${file}: the folder ${dirname(file)} does not exist`, 'create the folder first or choose another path', { file });
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
    if (e.code) throw new UserError(`cannot write ${file}: ${e.code}`, 'check the path, that the folder is writable and that the disk has space', { file });
    throw err;
  }
}
