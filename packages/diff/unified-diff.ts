/**
 * The lines a change adds, from unified diffs: `git diff --unified=0` output (with file
 * headers) or a pull request file's `patch` (hunks only, from the REST API).
 *
 * Parsed with jsdiff's `parsePatch`, which reads each hunk by the line counts of its `@@`
 * header: an added line whose text starts with `++ ` (C's `++ i;`) or a removed one starting
 * with `-- ` (SQL and Lua comments) is content, not a file header, and a hunk whose lines do
 * not add up is refused rather than read wrongly. Measured against the hand-written reader it
 * replaces and against parse-diff on real `git diff` output (tests/diff/real-git-diff.test.ts):
 * only jsdiff read every case right (parse-diff counts `\ No newline at end of file` as an
 * added line and leaves C-quoted names quoted). jsdiff is loaded on first use: only a run on a
 * pull request reads a diff.
 */
import type { StructuredPatch } from 'diff';

/** A diff that cannot be read: the caller treats its changed lines as unknown. */
export class DiffFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiffFormatError';
  }
}

async function parse(text: string): Promise<StructuredPatch[]> {
  const { parsePatch } = await import('diff');
  try {
    return parsePatch(text);
  } catch (e) {
    throw new DiffFormatError((e as Error).message);
  }
}

function addedLines(patch: StructuredPatch): number[] {
  const lines: number[] = [];
  for (const hunk of patch.hunks) {
    let next = hunk.newStart;
    for (const line of hunk.lines) {
      if (line.startsWith('+')) lines.push(next++);
      else if (line.startsWith(' ')) next++;
      // '-' lines exist only in the old file; '\' is "No newline at end of file"
    }
  }
  return lines;
}

/** Added line numbers (in the new file) of a patch made of hunks. Throws DiffFormatError. */
export async function addedLinesOfPatch(patch: string): Promise<number[]> {
  return (await parse(patch)).flatMap(addedLines);
}

/** git's destination prefix (`b/`), which jsdiff keeps. */
function newPath(name: string | undefined): string | null {
  if (!name || name === '/dev/null') return null;
  return name.replace(/^b\//, '');
}

/** Added lines per new path, from `git diff` output. Deleted files are left out. Throws DiffFormatError. */
export async function addedLinesOfGitDiff(diff: string): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  for (const patch of await parse(diff)) {
    const path = newPath(patch.newFileName);
    if (path === null) continue;
    out.set(path, [...(out.get(path) ?? []), ...addedLines(patch)]);
  }
  return out;
}
