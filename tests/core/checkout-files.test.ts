import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutFiles } from '../../packages/core/checkout-files.js';

/** A git checkout with tracked, untracked and ignored files. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'checkout-files-'));
  mkdirSync(join(root, 'src', 'pkg'), { recursive: true });
  writeFileSync(join(root, 'src', 'pkg', 'a.py'), '');
  writeFileSync(join(root, '.gitignore'), 'build/\n');
  execFileSync('git', ['init', '--quiet'], { cwd: root });
  execFileSync('git', ['add', '--all'], { cwd: root });
  writeFileSync(join(root, 'src', 'b.py'), ''); // untracked
  mkdirSync(join(root, 'build'));
  writeFileSync(join(root, 'build', 'c.py'), ''); // ignored
  return root;
}

describe('checkoutFiles', () => {
  it('lists tracked and untracked files, not ignored ones', () => {
    expect([...checkoutFiles(repo()).list()].sort()).toEqual(['.gitignore', 'src/b.py', 'src/pkg/a.py']);
  });

  it('checks that a file exists, and never a path outside the checkout', () => {
    const root = repo();
    const files = checkoutFiles(root);
    expect(files.exists('src/pkg/a.py')).toBe(true);
    expect(files.exists('src/pkg')).toBe(false);
    expect(files.exists('../etc/passwd')).toBe(false);
  });

  it('lists in the background the same files, and still sees ignored files and missing ones', async () => {
    const root = repo();
    const files = checkoutFiles(root);
    await files.prefetch!();
    expect([...files.list()].sort()).toEqual(['.gitignore', 'src/b.py', 'src/pkg/a.py']);
    expect(files.exists('src/b.py')).toBe(true);
    expect(files.exists('build/c.py')).toBe(true); // not listed (ignored), but there
    expect(files.exists('src/none.py')).toBe(false);
    expect(files.exists('src/pkg')).toBe(false);
  });

  it('lists by walking the folder when it is not a git checkout', async () => {
    const root = mkdtempSync(join(tmpdir(), 'checkout-files-plain-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.py'), '');
    const files = checkoutFiles(root);
    await files.prefetch!(); // git fails here: nothing is walked until the listing is asked for
    expect(files.list()).toEqual(['src/a.py']);
    expect(files.exists('src/a.py')).toBe(true);
  });
});
