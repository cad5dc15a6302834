/**
 * The checkout coverage-gate runs in for the whole-process benchmark, as on a runner: a git
 * repository holding the source files the report names (empty files: only their paths
 * matter), a `.github/maturity.yml` with one component covering them, and its MATURITY.md.
 * So a run reads a config (YAML and its schema), a MATURITY.md, and resolves every report
 * path against the checkout (the report's <source> is another machine's directory), as a
 * user's run does. Built once from the largest report (smaller reports name a prefix of its
 * files) into bench/.data/checkout/.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_DIR } from './generate-cobertura.js';

export const CHECKOUT = join(DATA_DIR, 'checkout');
/** The component the runs evaluate. */
export const COMPONENT = 'monorepo';

const CONFIG = `version: 1
components:
  ${COMPONENT}:
    name: Monorepo
    paths: [src/**]
`;

const MATURITY = `# Monorepo Maturity Status

**Current Stage**: Development
**Last Updated**: 2026-11-01
**Owner**: bench

## Promotion History

- **2026-11-01**: Promoted to Development
`;

/**
 * The distinct filename="..." values of a generated report, read in chunks (whole, a 200 MB
 * report would stay in this process's memory, and every child forked from it starts slower).
 */
async function reportFileNames(report: string): Promise<string[]> {
  const names = new Set<string>();
  let carry = '';
  for await (const chunk of createReadStream(report, {
    encoding: 'latin1',
    highWaterMark: 1 << 20,
  }) as AsyncIterable<string>) {
    const text = carry + chunk;
    const re = /<class [^>]*?filename="([^"]+)"/g;
    let end = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      names.add(m[1]!);
      end = re.lastIndex;
    }
    carry = text.slice(Math.max(end, text.length - 4096)); // a tag cut by the chunk boundary
  }
  return [...names];
}

/** The checkout for `largestReport`, built unless one for the same report exists. */
export async function ensureCheckout(largestReport: string, reportBytes: number): Promise<string> {
  const stamp = join(CHECKOUT, '.git', 'bench-built-from');
  const key = `${largestReport} ${reportBytes}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return CHECKOUT;
  rmSync(CHECKOUT, { recursive: true, force: true });
  for (const name of await reportFileNames(largestReport)) {
    const file = join(CHECKOUT, 'src', name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
  }
  mkdirSync(join(CHECKOUT, '.github'), { recursive: true });
  writeFileSync(join(CHECKOUT, '.github', 'maturity.yml'), CONFIG);
  writeFileSync(join(CHECKOUT, 'src', 'MATURITY.md'), MATURITY);
  execFileSync('git', ['init', '--quiet'], { cwd: CHECKOUT });
  execFileSync('git', ['add', '--all'], { cwd: CHECKOUT });
  writeFileSync(stamp, key);
  return CHECKOUT;
}
