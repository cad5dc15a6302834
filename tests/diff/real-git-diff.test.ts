/**
 * Changed lines from a real `git diff --unified=0 -M` (tests/fixtures/diff/make-real-diff.sh
 * made it): content lines that look like file headers, renames, names with spaces and tabs,
 * and "\ No newline at end of file". The expected lines are counted by hand from the script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addedLinesOfGitDiff, addedLinesOfPatch, DiffFormatError } from '../../packages/diff/unified-diff.js';
import { REPO } from '../support/fixtures.js';

const diff = readFileSync(join(REPO, 'tests', 'fixtures', 'diff', 'real-git.diff'), 'utf8');

describe('changed lines of a real git diff', () => {
  let lines: Record<string, number[]> = {};
  beforeAll(async () => {
    lines = Object.fromEntries(await addedLinesOfGitDiff(diff));
  });

  it('keeps an added line that starts with "++ " (C) and one that starts with "-- " as content', () => {
    expect(lines['a.c']).toEqual([3, 4]);
  });

  it('does not take a removed "-- " comment for a file header, and counts the added one', () => {
    expect(lines['q.sql']).toEqual([3]);
  });

  it('reads renames under the new name, names with spaces and C-quoted names with a tab', () => {
    expect(lines['new.txt']).toEqual([4]);
    expect(lines['dir with space/f.py']).toEqual([2]);
    expect(lines['t\tab.txt']).toEqual([2]);
  });

  it('does not count "\\ No newline at end of file" as a line', () => {
    expect(lines['nn.txt']).toEqual([1, 2]);
  });

  it('lists exactly the changed files, each once', () => {
    expect(Object.keys(lines).sort()).toEqual([
      'a.c',
      'dir with space/f.py',
      'new.txt',
      'nn.txt',
      'q.sql',
      't\tab.txt',
    ]);
  });

  it('reads a pull request file patch whose added lines start with "++ " and "-- "', async () => {
    expect(await addedLinesOfPatch('@@ -2,0 +3,3 @@ int main() {\n+++ i;\n+-- i;\n+--- x;')).toEqual([3, 4, 5]);
  });

  it('refuses a hunk whose lines do not add up to its header (a cut patch), rather than guessing', async () => {
    await expect(addedLinesOfPatch('@@ -1,0 +2,3 @@\n+a')).rejects.toThrow(DiffFormatError);
    await expect(addedLinesOfPatch('@@ -1,0 +2 @@\n+a\n+b\n+c')).rejects.toThrow(DiffFormatError);
  });
});
