import { addedLinesOfGitDiff, addedLinesOfPatch } from '../../packages/diff/unified-diff.js';

describe('changed lines from diffs', () => {
  it('reads a pull request file patch (hunks only)', async () => {
    const patch =
      '@@ -1,3 +1,4 @@\n line1\n-old\n+new2\n+new3\n line4\n@@ -10,0 +12,2 @@ def f():\n+a\n+b\n\\ No newline at end of file';
    expect(await addedLinesOfPatch(patch)).toEqual([2, 3, 12, 13]);
  });

  it('reads git diff --unified=0 with renames, new and deleted files and quoted names', async () => {
    const diff = [
      'diff --git a/src/a.py b/src/a.py',
      'index 1..2 100644',
      '--- a/src/a.py',
      '+++ b/src/a.py',
      '@@ -3 +3,2 @@',
      '-x',
      '+y',
      '+z',
      'diff --git a/old.py b/new.py',
      'similarity index 90%',
      'rename from old.py',
      'rename to new.py',
      '--- a/old.py',
      '+++ b/new.py',
      '@@ -7,0 +8 @@',
      '+added',
      'diff --git a/gone.py b/gone.py',
      'deleted file mode 100644',
      '--- a/gone.py',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git "a/sp ace.py" "b/sp ace.py"',
      '--- "a/sp ace.py"',
      '+++ "b/sp ace.py"',
      '@@ -0,0 +1 @@',
      '+hi',
      '',
    ].join('\n');
    expect(Object.fromEntries(await addedLinesOfGitDiff(diff))).toEqual({
      'src/a.py': [3, 4],
      'new.py': [8],
      'sp ace.py': [1],
    });
  });
});
