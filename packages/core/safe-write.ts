/**
 * Writing the files an input names (result files, the dashboard, SARIF, histories) without
 * ever hanging or writing somewhere that is not a file. `writeFileSync` to a FIFO blocks until
 * something reads it, forever in a runner; a path under /proc, /sys or /dev reaches the
 * kernel, not a disk. So before writing: the folder must be a real folder outside those, the
 * target a regular file or not there yet; and the file is opened non-blocking, so a FIFO
 * that appears in between fails instead of waiting. Every refusal is a ConfigurationError
 * naming where the path came from (`at`) and the path.
 */
import {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { ConfigurationError } from './errors.js';

/** Kernel interfaces, not storage (Linux; absent elsewhere, where nothing matches). */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** The nearest folder of `path` that exists, with links resolved. */
function existingAncestor(path: string): string {
  let p = resolve(path);
  while (!existsSync(p)) {
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  try {
    return realpathSync(p);
  } catch {
    return p; // a link to something that is no path (`pipe:[123]` under /proc/self/fd)
  }
}

function under(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}${sep}`);
}

/** Makes sure `dir` is (or can be made) a folder on real storage; creates it. */
export function ensureWritableDir(dir: string, at: string): void {
  const real = existingAncestor(dir);
  const special = SPECIAL_ROOTS.find((root) => under(real, root));
  const fix = 'Name a folder in the workspace or under $RUNNER_TEMP.';
  if (special)
    throw new ConfigurationError(`${dir} is under ${special}, which holds kernel interfaces, not files`, { at }, fix);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new ConfigurationError(
      `cannot create the folder ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      { at },
      fix,
    );
  }
  if (!statSync(dir).isDirectory()) throw new ConfigurationError(`${dir} is not a folder`, { at }, fix);
}

/** Refuses a target that exists and is not a regular file (following a link to what it names). */
function checkTarget(path: string, at: string): void {
  const link = lstatSync(path, { throwIfNoEntry: false });
  if (!link) return;
  const target = link.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : link;
  if (target && !target.isFile()) {
    throw new ConfigurationError(
      `${path} is ${kindOf(target)}, not a file that can be written`,
      { at },
      'Name a new file, or a regular file to replace.',
    );
  }
}

/** Writes (replaces) a file, never blocking on a special file. `at` names where the path came from (`input sarif-output`). */
export function writeFileSafely(path: string, data: string | Uint8Array, at: string): void {
  writeWith(path, data, at, constants.O_TRUNC);
}

/** Appends to a file, never blocking on a special file. */
export function appendFileSafely(path: string, data: string, at: string): void {
  if (data === '') return void ensureWritableDir(dirname(path), at);
  writeWith(path, data, at, constants.O_APPEND);
}

function writeWith(path: string, data: string | Uint8Array, at: string, mode: number): void {
  ensureWritableDir(dirname(path), at);
  checkTarget(path, at);
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_NONBLOCK | mode, 0o644);
  } catch (e) {
    throw new ConfigurationError(
      `cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      { at },
      'Name a file in a folder the job can write.',
    );
  }
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
}
