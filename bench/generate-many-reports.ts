/**
 * A checkout with `count` Python files and one LCOV report per file, written with another
 * machine's absolute paths (`/home/runner/work/app/app/src/...`), so that every report is
 * resolved by suffix against the checkout: the case that made coverage-gate's time grow with
 * the square of the number of report files. A git repository of its own (a checkout is one),
 * reused when a complete one exists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './generate-cobertura.js';

export interface ManyReports {
  root: string;
  pattern: string;
  count: number;
  /** Statements and covered statements in all the reports. */
  totals: { files: number; statements: number; coveredStatements: number };
}

export function ensureManyReports(count: number): ManyReports {
  const root = join(DATA_DIR, `many-${count}`);
  const done = join(root, '.complete');
  const result: ManyReports = {
    root,
    pattern: 'reports/*.lcov',
    count,
    totals: { files: count, statements: 3 * count, coveredStatements: 2 * count },
  };
  if (existsSync(done)) return result;
  rmSync(root, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const dir = `src/pkg${i % 100}`;
    if (i < 100) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, `mod${i}.py`), 'a = 1\nb = 2\nc = 3\n');
  }
  mkdirSync(join(root, 'reports'), { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(root, 'reports', `r${i}.lcov`),
      `SF:/home/runner/work/app/app/src/pkg${i % 100}/mod${i}.py\nDA:1,1\nDA:2,1\nDA:3,0\nend_of_record\n`,
    );
  }
  // A checkout is a git repository: the checkout's file list comes from `git ls-files`.
  execFileSync('git', ['init', '-q'], { cwd: root });
  writeFileSync(done, '');
  return result;
}
