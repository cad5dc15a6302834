/**
 * Readers for the journey recordings' expected/ files (what the tools printed themselves) and a
 * per-case JUnit reader, so the tests can attribute each test case to a component.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentConfig } from '../../packages/core/config/load-config.js';
import { parseConfig } from '../../packages/core/config/parse-config.js';
import { compileGlobs } from '../../packages/core/glob.js';
import { XmlStreamParser } from '../../packages/xml/xml-stream.js';
import { JOURNEY_REPO, recordingPath, type JourneyStateName } from '../support/tool-shims/index.js';

export const COMPONENT_IDS = ['neo4j', 'model-management', 'player-experience', 'narrative-coherence'] as const;

export function expected(state: JourneyStateName, name: string): string {
  return readFileSync(recordingPath(state, join('expected', name)), 'utf8');
}

/** The journey repository's components (parsed synchronously: the tests read them at load time). */
export function components(): ComponentConfig[] {
  const file = '.github/maturity.yml';
  return [...parseConfig(readFileSync(join(JOURNEY_REPO, file), 'utf8'), file).components.values()];
}

export interface OutcomeCounts {
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
}

/** pytest's summary line, "1 failed, 63 passed" (xfailed/xpassed/warnings are not in this sample). */
export function pytestCounts(summary: string): OutcomeCounts {
  const counts: OutcomeCounts = { passed: 0, failed: 0, errors: 0, skipped: 0 };
  const words: Record<string, keyof OutcomeCounts> = { passed: 'passed', failed: 'failed', error: 'errors', errors: 'errors', skipped: 'skipped' };
  for (const part of summary.trim().split(', ')) {
    const m = /^(\d+) (\w+)$/.exec(part);
    if (!m || !words[m[2]!]) throw new Error(`not a pytest summary part: "${part}" in "${summary}"`);
    counts[words[m[2]!]!] += Number(m[1]);
  }
  return counts;
}

export interface JUnitCase {
  classname: string;
  name: string;
  outcome: 'passed' | 'failed' | 'error' | 'skipped';
}

/** Every <testcase> of a JUnit file with its outcome, read with the project's XML tokenizer. */
export function junitCases(path: string): JUnitCase[] {
  const cases: JUnitCase[] = [];
  let current: JUnitCase | undefined;
  const parser = new XmlStreamParser({
    open(name, attrs) {
      if (name === 'testcase') {
        current = { classname: attrs.get('classname') ?? '', name: attrs.get('name') ?? '', outcome: 'passed' };
        cases.push(current);
      } else if (current && (name === 'failure' || name === 'error' || name === 'skipped')) {
        current.outcome = name === 'failure' ? 'failed' : name;
      }
    },
    close(name) {
      if (name === 'testcase') current = undefined;
    },
  });
  parser.write(readFileSync(path));
  parser.end();
  return cases;
}

/**
 * The test file of a pytest case: its dotted classname read as a module path, the longest
 * prefix that names a file of the checkout (`tests.unit.player.test_app.TestX` ->
 * `tests/unit/player/test_app.py`).
 */
export function caseFile(classname: string, root = JOURNEY_REPO): string | null {
  const parts = classname.split('.');
  for (let n = parts.length; n > 0; n--) {
    const file = `${parts.slice(0, n).join('/')}.py`;
    if (existsSync(join(root, file))) return file;
  }
  return null;
}

/** The component whose `tests` globs match the case's file; every case must have exactly one. */
export function caseComponent(c: JUnitCase, all: readonly ComponentConfig[]): string {
  const file = caseFile(c.classname);
  if (!file) throw new Error(`no test file for the case ${c.classname}::${c.name}`);
  const owners = all.filter((comp) => compileGlobs(comp.tests)(file)).map((comp) => comp.id);
  if (owners.length !== 1) throw new Error(`${file} belongs to ${owners.length} components (${owners.join(', ')})`);
  return owners[0]!;
}

export function countOutcomes(cases: readonly JUnitCase[]): OutcomeCounts {
  const counts: OutcomeCounts = { passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const c of cases) counts[c.outcome === 'error' ? 'errors' : c.outcome]++;
  return counts;
}
