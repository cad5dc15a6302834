/**
 * JUnit XML test results (pytest --junitxml, jest-junit, node --test-reporter=junit, surefire),
 * stream-parsed. Counts come from the `<testcase>` elements themselves, not from the suites'
 * summary attributes, which writers fill in inconsistently.
 */
import { statSync } from 'node:fs';
import { ReportError } from '../core/errors.js';
import { lineColumnOfOffset } from '../core/offsets.js';
import { forEachChunk } from '../core/read-chunks.js';
import { displayPath, expandReportGlobs } from '../core/report-files.js';
import { xmlFix } from '../xml/xml-fix.js';
import { XmlStreamParser, XmlSyntaxError } from '../xml/xml-stream.js';
import type { AttributionCounts, CaseAttributor } from './attribution.js';

export type TestOutcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface FailedTest {
  name: string;
  classname?: string;
  file?: string;
  line?: number;
  outcome: 'failed' | 'error';
  message?: string;
  report: string;
}

export interface TestCounts {
  passed: number;
  failed: number;
  errors: number;
  /** Includes expected failures (pytest's xfailed), which are also counted in `expectedFailures`. */
  skipped: number;
  expectedFailures: number;
}

export interface TestResults extends TestCounts {
  total: number;
  /** The first failures (capped), for the summary and annotations. */
  failures: FailedTest[];
  /** How many failures there were in all (failures may be capped). */
  failureCount: number;
  /** Ids (`classname::name`) of every failing case, up to a bound: a baseline's failures are not a change's. */
  failingIds: string[];
  reports: { file: string; counts: TestCounts; suites: number }[];
  /** When the cases were attributed to one component: what was left out, and why. */
  attribution: AttributionCounts | null;
}

const MAX_FAILURES_KEPT = 200;
const MAX_FAILING_IDS = 10_000;
const MAX_MESSAGE = 500;

export function emptyTestResults(): TestResults {
  return {
    passed: 0,
    failed: 0,
    errors: 0,
    skipped: 0,
    expectedFailures: 0,
    total: 0,
    failures: [],
    failureCount: 0,
    failingIds: [],
    reports: [],
    attribution: null,
  };
}

/** The id a failing case is known by across runs. */
export function testCaseId(classname: string | undefined, name: string): string {
  return `${classname ?? ''}::${name}`;
}

/**
 * Parses one JUnit file's bytes into `into`. With an attributor, only the cases it calls `mine`
 * are counted; the others are tallied in `into.attribution`.
 */
export async function parseJUnitFile(
  absPath: string,
  display: string,
  into: TestResults,
  attribute?: CaseAttributor,
): Promise<void> {
  if (statSync(absPath).size === 0) {
    throw new ReportError(
      'the test report is empty (0 bytes)',
      { file: display },
      'Check that the test step ran and wrote its JUnit XML.',
    );
  }
  const counts: TestCounts = { passed: 0, failed: 0, errors: 0, skipped: 0, expectedFailures: 0 };
  let suites = 0;
  let current:
    | {
        name: string;
        classname?: string;
        file?: string;
        line?: number;
        outcome: TestOutcome;
        message?: string;
        teardownError?: boolean;
        xfail?: boolean;
      }
    | undefined;
  let captureText = false;
  let text = '';
  let sawRoot = false;
  /** The `file`/`filepath` of each open <testsuite>, innermost last. */
  const suiteFiles: (string | undefined)[] = [];
  const attribution = attribute ? (into.attribution ??= { other: 0, unattributed: 0, unattributedExamples: [] }) : null;

  const finishCase = (): void => {
    if (!current) return;
    if (attribute && attribution) {
      const suiteFile = suiteFiles.findLast((f) => f !== undefined);
      const who = attribute({ classname: current.classname, file: current.file, suiteFile });
      if (who !== 'mine') {
        if (who === 'other') attribution.other++;
        else {
          attribution.unattributed++;
          if (attribution.unattributedExamples.length < 5)
            attribution.unattributedExamples.push(testCaseId(current.classname, current.name));
        }
        current = undefined;
        return;
      }
    }
    // pytest writes a test that passed but whose fixture failed in teardown as a single
    // testcase holding only <error message="failed on teardown ...">, and counts it as both
    // "1 passed" and "1 error" in its summary: so do we.
    if (current.teardownError && current.outcome === 'error') counts.passed++;
    if (current.xfail && current.outcome === 'skipped') counts.expectedFailures++;
    if (current.outcome === 'passed') counts.passed++;
    else if (current.outcome === 'failed') counts.failed++;
    else if (current.outcome === 'error') counts.errors++;
    else counts.skipped++;
    if (current.outcome === 'failed' || current.outcome === 'error') {
      into.failureCount++;
      if (into.failingIds.length < MAX_FAILING_IDS) into.failingIds.push(testCaseId(current.classname, current.name));
      if (into.failures.length < MAX_FAILURES_KEPT) {
        into.failures.push({
          name: current.name,
          classname: current.classname,
          file: current.file,
          line: current.line,
          outcome: current.outcome,
          message: (current.message ?? text).trim().slice(0, MAX_MESSAGE) || undefined,
          report: display,
        });
      }
    }
    current = undefined;
  };

  const parser: XmlStreamParser = new XmlStreamParser({
    open(name, attrs, _self, depth) {
      if (depth === 1) {
        sawRoot = true;
        if (name !== 'testsuites' && name !== 'testsuite') {
          throw new ReportError(
            name === 'coverage'
              ? 'this is a Cobertura coverage report, not JUnit test results'
              : `the root element is <${name}>, not JUnit's <testsuites> or <testsuite>`,
            { file: display, offset: parser.tagOffset },
            name === 'coverage'
              ? 'Pass it in `coverage-files` instead of `test-results`.'
              : 'Pass JUnit XML (pytest --junitxml, jest-junit, node --test-reporter=junit).',
          );
        }
      }
      if (name === 'testsuite') {
        suites++;
        suiteFiles.push(attrs.get('file') || attrs.get('filepath') || undefined);
      } else if (name === 'testcase') {
        finishCase();
        const line = attrs.getUint('line');
        current = {
          name: attrs.get('name') ?? '(unnamed test)',
          classname: attrs.get('classname') || undefined,
          file: attrs.get('file') || undefined,
          line: line !== undefined && !Number.isNaN(line) ? line : undefined,
          outcome: 'passed',
        };
      } else if (current && (name === 'failure' || name === 'error' || name === 'skipped')) {
        // An error outranks a failure, which outranks a skip (pytest can write several).
        const outcome: TestOutcome = name === 'failure' ? 'failed' : name === 'error' ? 'error' : 'skipped';
        const rank = { passed: 0, skipped: 1, failed: 2, error: 3 } as const;
        if (name === 'error') current.teardownError = /^failed on teardown/.test(attrs.get('message') ?? '');
        if (name === 'skipped' && attrs.get('type') === 'pytest.xfail') current.xfail = true;
        if (rank[outcome] > rank[current.outcome]) {
          current.outcome = outcome;
          if (outcome !== 'skipped') {
            current.message = attrs.get('message');
            captureText = true;
            text = '';
          }
        }
      }
    },
    close(name) {
      if (name === 'testcase') finishCase();
      else if (name === 'testsuite') suiteFiles.pop();
      else if (name === 'failure' || name === 'error') captureText = false;
    },
    text(t) {
      if (captureText && text.length < MAX_MESSAGE) text += t;
    },
  });

  try {
    await forEachChunk(absPath, (chunk) => parser.write(chunk));
    parser.end();
  } catch (e) {
    const offset = e instanceof XmlSyntaxError ? e.offset : e instanceof ReportError ? e.offset : undefined;
    if (offset !== undefined) {
      const { line, column } = await lineColumnOfOffset(absPath, offset);
      const message = (e as Error).message;
      throw new ReportError(
        message,
        { file: display, line, column },
        e instanceof ReportError ? e.fix : xmlFix(message),
      );
    }
    throw e;
  }
  if (!sawRoot) throw new ReportError('the test report has no root element', { file: display });
  into.passed += counts.passed;
  into.failed += counts.failed;
  into.errors += counts.errors;
  into.skipped += counts.skipped;
  into.expectedFailures += counts.expectedFailures;
  into.total += counts.passed + counts.failed + counts.errors + counts.skipped;
  into.reports.push({ file: display, counts, suites });
}

/** Reads every JUnit file the patterns match and sums them (only one component's cases, with an attributor). */
export async function readTestResults(
  patterns: readonly string[],
  root: string,
  attribute?: CaseAttributor,
  inputName = 'test-results',
): Promise<TestResults> {
  const results = emptyTestResults();
  for (const abs of expandReportGlobs(patterns, root, inputName)) {
    await parseJUnitFile(abs, displayPath(abs, root), results, attribute);
  }
  return results;
}
