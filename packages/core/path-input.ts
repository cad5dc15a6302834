/**
 * The one resolver for paths a user gives in inputs (`config`, `working-directory`,
 * `results-dir`, `sarif-output`, `history`, `output-dir`, `issues`, `accepted-risks`,
 * `alert-rules`): absolute, or relative to the checkout. A path the user set that does not
 * exist is an error naming the input; a folder where a file is expected, and the reverse, are
 * errors; an output never overwrites a file that is not its own kind; a file system refusal
 * (no permission, read-only, not a folder) is the user's to fix and says so, never "a bug".
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from './errors.js';
import { ensureWritableDir, writeFileSafely } from './safe-write.js';

/** A path input's value, absolute: as written when absolute, else under `root`. */
export function resolveInputPath(value: string, root: string): string {
  return isAbsolute(value) ? value : resolve(root, value);
}

function statOf(abs: string): Stats | null {
  try {
    return statSync(abs);
  } catch {
    return null;
  }
}

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'it does not exist',
  EEXIST: 'a file is in the way',
  ENOSPC: 'the disk is full',
  EIO: 'the file system refused the write',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path has a symbolic link loop',
};

/** A file system error as the user's problem with one path, naming the input. */
export function fileSystemError(e: unknown, shown: string, at: string, doing: 'read' | 'write'): ConfigurationError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const reason = FS_REASONS[code] ?? (e as Error).message;
  return new ConfigurationError(
    `cannot ${doing} ${shown}: ${reason}`,
    { at },
    doing === 'write'
      ? 'Point the input at a writable file in the workspace or $RUNNER_TEMP.'
      : 'Check the path and that the step before wrote it.',
  );
}

/** A folder input that must exist (`working-directory`). */
export function requireDirectory(abs: string, shown: string, at: string): void {
  const s = statOf(abs);
  if (!s)
    throw new ConfigurationError(
      `the folder ${shown} does not exist`,
      { at },
      'Check the path: it is relative to the repository root (the checkout).',
    );
  if (!s.isDirectory())
    throw new ConfigurationError(`${shown} is a file, not a folder`, { at }, 'Give the folder that holds it.');
}

/** Whether a file input is there; a folder in its place is an error. */
export function fileExists(abs: string, shown: string, at: string): boolean {
  const s = statOf(abs);
  if (!s) return false;
  if (s.isDirectory())
    throw new ConfigurationError(`${shown} is a folder, not a file`, { at }, 'Give the path of the file itself.');
  return true;
}

/** The text of a file input that must exist. */
export function readInputFile(abs: string, shown: string, at: string): string {
  if (!fileExists(abs, shown, at))
    throw new ConfigurationError(
      `${shown} does not exist`,
      { at },
      'Check the path: it is absolute, or relative to the repository root (the checkout).',
    );
  try {
    return readFileSync(abs, 'utf8');
  } catch (e) {
    throw fileSystemError(e, shown, at, 'read');
  }
}

/** A folder the action writes into (`results-dir`, `output-dir`): created when absent; a file in its place is an error. */
export function prepareOutputDir(abs: string, shown: string, at: string): void {
  const s = statOf(abs);
  if (s && !s.isDirectory())
    throw new ConfigurationError(`${shown} is a file, not a folder`, { at }, 'Give a folder to write into.');
  ensureWritableDir(abs, at);
}

/**
 * Writes a file the action owns (`sarif-output`, `history`). A folder in its place is an error;
 * an existing file is overwritten only when `isOurs(text)` says it is this output's kind (a
 * `history: .github/maturity.yml` must not replace the config).
 */
export function writeOutputFile(
  abs: string,
  shown: string,
  at: string,
  text: string,
  isOurs: (existing: string) => boolean,
  kind: string,
): void {
  const s = statOf(abs);
  if (s?.isDirectory())
    throw new ConfigurationError(
      `${shown} is a folder, not a file`,
      { at },
      `Give the path of the ${kind} file to write.`,
    );
  // Only a regular file is read to see whose it is: reading a FIFO would wait forever (the
  // safe writer below refuses it, and devices, with their own message).
  if (s?.isFile()) {
    let existing: string;
    try {
      existing = readFileSync(abs, 'utf8');
    } catch (e) {
      throw fileSystemError(e, shown, at, 'read');
    }
    if (existing.trim() && !isOurs(existing)) {
      throw new ConfigurationError(
        `${shown} exists and is not a ${kind}; it is left as it is`,
        { at },
        `Point the input at a new file (or at a ${kind} written by an earlier run).`,
      );
    }
  }
  writeFileSafely(abs, text, at);
}
