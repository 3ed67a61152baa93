/**
 * Writing output files safely: nothing the user had is overwritten without
 * --force, and an interrupted write never leaves a half-written file over an
 * old one (temp file in the same folder, fsync, then rename, which is atomic
 * within a file system).
 *
 * Even with --force, only a regular file is ever replaced (issue 29): a FIFO,
 * a device (/dev/full, /dev/null) or a socket is refused, since a rename
 * would turn it into a plain file; a symbolic link is written through to the
 * regular file it names (the link stays a link); a read-only file is refused,
 * and a replaced file keeps its mode (and, when run as root, its owner).
 */
import { accessSync, constants, existsSync, lstatSync, realpathSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../i18n/current.js';
import { say } from './output.js';

export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** The flag that allows replacing, named in the message. */
  forceFlag?: string;
}

function statOrNull(file: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(file) : lstatSync(file);
  } catch {
    return null;
  }
}

/** What a non-regular file is, in the words of the message. */
function kindOf(s: Stats): 'fifo' | 'device' | 'socket' | 'other' {
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isSocket()) return 'socket';
  return 'other';
}

/** Whether this process may write the file in place (root may write anything, so the mode bits are checked too). */
function isReadOnly(file: string, s: Stats): boolean {
  if ((s.mode & 0o222) === 0) return true;
  try {
    accessSync(file, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * Refuses early (before any long computation) when `file` cannot or must not
 * be replaced; returns the path the data will go to (a link's target).
 */
export function ensureWritable(file: string, opts: WriteOptions = {}): string {
  const own = statOrNull(file, false);
  let target = file;
  if (own?.isSymbolicLink()) {
    // a link to nowhere: writing would create a file somewhere the user did not name
    if (!statOrNull(file, true)) throw new UserError(msg().safeWrite.danglingLink(file), msg().safeWrite.notRegularHint, { file });
    target = realpathSync(file);
  }
  const s = own ? statOrNull(target, true) : null;
  if (s?.isDirectory()) {
    throw new UserError(msg().cliErrors.isFolder(file), msg().cliErrors.isFolderHint(`${join(file, 'out')}${extname(file) || '.csv'}`), { file });
  }
  if (s && !s.isFile()) throw new UserError(msg().safeWrite.notRegular(file, kindOf(s)), msg().safeWrite.notRegularHint, { file });
  if (s && !opts.force) {
    throw new UserError(msg().cliErrors.exists(file), msg().cliErrors.existsHint(opts.forceFlag ?? '--force'), { file });
  }
  if (s && isReadOnly(target, s)) {
    throw new UserError(msg().safeWrite.readOnly(file, (s.mode & 0o777).toString(8).padStart(3, '0')), msg().safeWrite.readOnlyHint, { file });
  }
  if (!existsSync(dirname(target) || '.')) {
    throw new UserError(msg().cliErrors.noFolder(file, dirname(file)), msg().cliErrors.noFolderHint, { file });
  }
  return target;
}

/**
 * Writes `data` to `file` atomically. `data` may be a function that makes it
 * (a workbook takes seconds): Ctrl-C while it is made or written says so,
 * removes the temp file and exits 130, leaving any old file as it was.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array | (() => Promise<string | Uint8Array>), opts: WriteOptions = {}): Promise<void> {
  const target = ensureWritable(file, opts);
  const old = statOrNull(target, true);
  // node:crypto loads here, not with the command tree (issue 26: about 5 ms of CPU on every start)
  const { randomBytes } = await import('node:crypto');
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let tmpMade = false;
  const onSigint = (): void => {
    if (tmpMade) {
      try {
        unlinkSync(tmp);
      } catch {
        // already renamed or never made: nothing to clean
      }
    }
    say(msg().safeWrite.interrupted(file));
    process.exit(130);
  };
  process.on('SIGINT', onSigint);
  let handle;
  try {
    const bytes = typeof data === 'function' ? await data() : data;
    handle = await open(tmp, 'wx');
    tmpMade = true;
    await handle.writeFile(bytes);
    if (old) {
      // the replacement keeps the old file's permissions (and owner, where we may set it)
      await handle.chmod(old.mode & 0o7777);
      if (process.getuid?.() === 0) await handle.chown(old.uid, old.gid).catch(() => undefined);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, target);
    tmpMade = false;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    if (tmpMade) await unlink(tmp).catch(() => undefined);
    const e = err as NodeJS.ErrnoException;
    // any file-system refusal (EACCES, EROFS, ENOSPC, EISDIR, ENOTDIR…) is about the path the user gave
    if (e.code) throw new UserError(msg().cliErrors.cannotWrite(file, e.code), msg().cliErrors.cannotWriteHint, { file });
    throw err;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
