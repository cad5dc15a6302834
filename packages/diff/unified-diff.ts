/**
 * The lines a change adds, from unified diffs: `git diff --unified=0` output (with file
 * headers) or a pull request file's `patch` (hunks only, from the REST API).
 */

/** Added line numbers (in the new file) of a patch made of hunks. */
export function addedLinesOfPatch(patch: string): number[] {
  const lines: number[] = [];
  let next = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || raw.startsWith('\\')) continue; // "\ No newline at end of file"
    if (raw.startsWith('+')) lines.push(next++);
    else if (raw.startsWith(' ')) next++;
    // '-' lines exist only in the old file
  }
  return lines;
}

function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  // git quotes paths with unusual characters in C style.
  return path
    .slice(1, -1)
    .replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)))
    .replace(/\\(.)/g, '$1');
}

/** Added lines per new path, from `git diff` output. Deleted files are left out. */
export function addedLinesOfGitDiff(diff: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let path: string | null = null;
  let hunks: string[] = [];
  const flush = () => {
    if (path !== null) out.set(path, addedLinesOfPatch(hunks.join('\n')));
    hunks = [];
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      path = null;
      continue;
    }
    if (line.startsWith('+++ ')) {
      const target = unquote(line.slice(4).trim());
      path = target === '/dev/null' ? null : target.replace(/^b\//, '');
      continue;
    }
    if (line.startsWith('--- ')) continue;
    hunks.push(line);
  }
  flush();
  return out;
}
