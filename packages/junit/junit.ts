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
import { XmlStreamParser, XmlSyntaxError, type XmlAttributes } from '../xml/xml-stream.js';
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

type OpenCase = {
  name: string;
  classname?: string;
  file?: string;
  line?: number;
  outcome: TestOutcome;
  message?: string;
  teardownError?: boolean;
  xfail?: boolean;
};

/** An error outranks a failure, which outranks a skip (pytest can write several). */
const OUTCOME_RANK = { passed: 0, skipped: 1, failed: 2, error: 3 } as const;

/**
 * The tally of one JUnit file, fed by the XML tokenizer's events: cases as they close, the
 * suites' `file` attributes for attribution, and the text of the failure being read.
 */
class JUnitTally {
  readonly counts: TestCounts = { passed: 0, failed: 0, errors: 0, skipped: 0, expectedFailures: 0 };
  suites = 0;
  sawRoot = false;
  private current: OpenCase | undefined;
  private captureText = false;
  private text = '';
  /** The `file`/`filepath` of each open <testsuite>, innermost last. */
  private readonly suiteFiles: (string | undefined)[] = [];
  private readonly attribution: TestResults['attribution'] | null;

  constructor(
    private readonly display: string,
    private readonly into: TestResults,
    private readonly attribute: CaseAttributor | undefined,
    private readonly tagOffset: () => number,
  ) {
    this.attribution = attribute
      ? (into.attribution ??= { other: 0, unattributed: 0, unattributedExamples: [] })
      : null;
  }

  open(name: string, attrs: XmlAttributes, depth: number): void {
    if (depth === 1) this.checkRoot(name);
    if (name === 'testsuite') {
      this.suites++;
      this.suiteFiles.push(attrs.get('file') || attrs.get('filepath') || undefined);
    } else if (name === 'testcase') {
      this.finishCase();
      const line = attrs.getUint('line');
      this.current = {
        name: attrs.get('name') ?? '(unnamed test)',
        classname: attrs.get('classname') || undefined,
        file: attrs.get('file') || undefined,
        line: line !== undefined && !Number.isNaN(line) ? line : undefined,
        outcome: 'passed',
      };
    } else if (this.current && (name === 'failure' || name === 'error' || name === 'skipped')) {
      this.outcome(this.current, name, attrs);
    }
  }

  close(name: string): void {
    if (name === 'testcase') this.finishCase();
    else if (name === 'testsuite') this.suiteFiles.pop();
    else if (name === 'failure' || name === 'error') this.captureText = false;
  }

  addText(t: string): void {
    if (this.captureText && this.text.length < MAX_MESSAGE) this.text += t;
  }

  private checkRoot(name: string): void {
    this.sawRoot = true;
    if (name === 'testsuites' || name === 'testsuite') return;
    throw new ReportError(
      name === 'coverage'
        ? 'this is a Cobertura coverage report, not JUnit test results'
        : `the root element is <${name}>, not JUnit's <testsuites> or <testsuite>`,
      { file: this.display, offset: this.tagOffset() },
      name === 'coverage'
        ? 'Pass it in `coverage-files` instead of `test-results`.'
        : 'Pass JUnit XML (pytest --junitxml, jest-junit, node --test-reporter=junit).',
    );
  }

  private outcome(c: OpenCase, name: 'failure' | 'error' | 'skipped', attrs: XmlAttributes): void {
    const outcome: TestOutcome = name === 'failure' ? 'failed' : name === 'error' ? 'error' : 'skipped';
    if (name === 'error') c.teardownError = /^failed on teardown/.test(attrs.get('message') ?? '');
    if (name === 'skipped' && attrs.get('type') === 'pytest.xfail') c.xfail = true;
    if (OUTCOME_RANK[outcome] <= OUTCOME_RANK[c.outcome]) return;
    c.outcome = outcome;
    if (outcome === 'skipped') return;
    c.message = attrs.get('message');
    this.captureText = true;
    this.text = '';
  }

  /** Another component's case, or one nobody claims: tallied apart, not counted. */
  private setAside(c: OpenCase): boolean {
    if (!this.attribute || !this.attribution) return false;
    const suiteFile = this.suiteFiles.findLast((f) => f !== undefined);
    const who = this.attribute({ classname: c.classname, file: c.file, suiteFile });
    if (who === 'mine') return false;
    if (who === 'other') this.attribution.other++;
    else {
      this.attribution.unattributed++;
      if (this.attribution.unattributedExamples.length < 5)
        this.attribution.unattributedExamples.push(testCaseId(c.classname, c.name));
    }
    return true;
  }

  private finishCase(): void {
    const c = this.current;
    this.current = undefined;
    if (!c || this.setAside(c)) return;
    const counts = this.counts;
    // pytest writes a test that passed but whose fixture failed in teardown as a single
    // testcase holding only <error message="failed on teardown ...">, and counts it as both
    // "1 passed" and "1 error" in its summary: so do we.
    if (c.teardownError && c.outcome === 'error') counts.passed++;
    if (c.xfail && c.outcome === 'skipped') counts.expectedFailures++;
    if (c.outcome === 'passed') counts.passed++;
    else if (c.outcome === 'failed') counts.failed++;
    else if (c.outcome === 'error') counts.errors++;
    else counts.skipped++;
    if (c.outcome === 'failed' || c.outcome === 'error') this.recordFailure(c);
  }

  private recordFailure(c: OpenCase): void {
    const into = this.into;
    into.failureCount++;
    if (into.failingIds.length < MAX_FAILING_IDS) into.failingIds.push(testCaseId(c.classname, c.name));
    if (into.failures.length >= MAX_FAILURES_KEPT) return;
    into.failures.push({
      name: c.name,
      classname: c.classname,
      file: c.file,
      line: c.line,
      outcome: c.outcome as 'failed' | 'error',
      message: (c.message ?? this.text).trim().slice(0, MAX_MESSAGE) || undefined,
      report: this.display,
    });
  }
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
  const tally = new JUnitTally(display, into, attribute, () => parser.tagOffset);
  const parser: XmlStreamParser = new XmlStreamParser({
    open: (name, attrs, _self, depth) => tally.open(name, attrs, depth),
    close: (name) => tally.close(name),
    text: (t) => tally.addText(t),
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
  if (!tally.sawRoot) throw new ReportError('the test report has no root element', { file: display });
  const counts = tally.counts;
  into.passed += counts.passed;
  into.failed += counts.failed;
  into.errors += counts.errors;
  into.skipped += counts.skipped;
  into.expectedFailures += counts.expectedFailures;
  into.total += counts.passed + counts.failed + counts.errors + counts.skipped;
  into.reports.push({ file: display, counts, suites: tally.suites });
}

/** Reads every JUnit file the patterns match and sums them (only one component's cases, with an attributor). */
export async function readTestResults(
  patterns: readonly string[],
  root: string,
  attribute?: CaseAttributor,
  inputName = 'test-results',
): Promise<TestResults> {
  const results = emptyTestResults();
  for (const abs of await expandReportGlobs(patterns, root, inputName)) {
    await parseJUnitFile(abs, displayPath(abs, root), results, attribute);
  }
  return results;
}
