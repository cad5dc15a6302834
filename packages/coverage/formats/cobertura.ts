/**
 * Cobertura XML (coverage.py / pytest-cov, Istanbul/c8, and other writers), stream-parsed.
 *
 * Only `<class>` lines count; the `<method>` lines some writers add repeat them. A branching
 * line carries `condition-coverage="50% (1/2)"`; coverage.py adds `missing-branches="7,exit"`
 * (the destinations not taken), which lets two runs of the same code merge exactly.
 */
import { ReportError } from '../../core/errors.js';
import { xmlFix } from '../../xml/xml-fix.js';
import { XmlStreamParser, XmlSyntaxError, type RawValue, type XmlAttributes } from '../../xml/xml-stream.js';
import { CoverageBatch, FileCoverage, MAX_SOURCE_LINE } from '../file-coverage.js';
import type { Convention, ParsedReport, ReportParser } from '../report.js';

const CONDITION = /^\s*(\d+(?:\.\d+)?)%\s*\(\s*(\d+)\s*\/\s*(\d+)\s*\)\s*$/;
const RATE_ELEMENTS = new Set(['coverage', 'package', 'class']);

const DIGIT_0 = 0x30;

/** Reads "50% (1/2)" from bytes; false when it is not of that form. */
function parseCondition(v: RawValue, out: { covered: number; total: number }): boolean {
  const { buf, end } = v;
  let i = buf.indexOf(0x28, v.start); // (
  if (i < 0 || i >= end) return false;
  i++;
  let covered = 0;
  let digits = 0;
  for (; i < end && buf[i]! >= DIGIT_0 && buf[i]! <= DIGIT_0 + 9; i++, digits++) covered = covered * 10 + buf[i]! - DIGIT_0;
  if (!digits || buf[i] !== 0x2f) return false; // /
  i++;
  let total = 0;
  digits = 0;
  for (; i < end && buf[i]! >= DIGIT_0 && buf[i]! <= DIGIT_0 + 9; i++, digits++) total = total * 10 + buf[i]! - DIGIT_0;
  if (!digits || buf[i] !== 0x29) return false; // )
  out.covered = covered;
  out.total = total;
  return true;
}

/**
 * Reads coverage.py's `missing-branches="24,exit"` (arc destinations; "exit" leaves the code
 * object and is stored as -1) into `ids`; returns the count, or -1 when malformed.
 */
function parseArcIds(v: RawValue, ids: Int32Array): number {
  const { buf, end } = v;
  let n = 0;
  let i = v.start;
  while (i < end) {
    while (i < end && (buf[i] === 0x20 || buf[i] === 0x2c)) i++;
    if (i >= end) break;
    if (n === ids.length) return -1;
    if (buf[i] === 0x65 /* e */) {
      if (end - i < 4 || buf[i + 1] !== 0x78 || buf[i + 2] !== 0x69 || buf[i + 3] !== 0x74) return -1;
      ids[n++] = -1;
      i += 4;
      continue;
    }
    let value = 0;
    let digits = 0;
    for (; i < end && buf[i]! >= DIGIT_0 && buf[i]! <= DIGIT_0 + 9; i++, digits++) value = value * 10 + buf[i]! - DIGIT_0;
    if (!digits) return -1;
    ids[n++] = value;
  }
  return n;
}

/** How a piece of a report ended, for joining pieces parsed in parallel. */
export interface CoberturaFragmentEnd {
  report: ParsedReport;
  /** Ended between two tokens and outside any <class>, <method> or <source>. */
  complete: boolean;
  /** Elements still open at the end, outermost first. */
  openNames: string[];
  /** End tags of elements opened before the piece began. */
  outerCloses: string[];
}

export interface CoberturaParser extends ReportParser {
  endFragment(): CoberturaFragmentEnd;
}

/** The elements enclosing a <class> in Cobertura: coverage, packages, package, classes. */
export const CLASS_DEPTH = 4;

/**
 * `fragment`: parse a piece of the report starting at a <class> tag at byte `offset`
 * (see parallel-cobertura.ts); its elements are assumed nested in CLASS_DEPTH others.
 */
export function createCoberturaParser(file: string, fragment?: { offset: number }): CoberturaParser {
  const files = new Map<string, FileCoverage>();
  const sources: string[] = [];
  let producer: string | undefined;
  let rootVersion: string | undefined;
  let convention: Convention = 'unknown';
  let current: FileCoverage | undefined;
  let methodDepth = 0;
  let inSource = false;
  let sourceText = '';

  const fail = (message: string, fix?: string): never => {
    throw new ReportError(message, { file, offset: parser.tagOffset }, fix);
  };

  const checkRate = (name: string, attrs: XmlAttributes, rate: string): void => {
    const raw = attrs.get(rate);
    if (raw === undefined) return;
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v) || v < 0 || v > 1) {
      fail(`<${name} ${rate}="${raw}">: a rate must be a number from 0 to 1`, 'Regenerate the report; it looks corrupted.');
    }
  };

  // Reused for every branching line: parsed straight from the attribute bytes (the hot path
  // of a large report), with the string path kept for error messages.
  const raw: RawValue = { buf: Buffer.alloc(0), start: 0, end: 0 };
  const condition = { covered: 0, total: 0 };
  const ids = new Int32Array(64);
  // One <class> at a time is collected here, then loaded into its file in one go.
  const batch = new CoverageBatch();

  const onLine = (attrs: XmlAttributes): void => {
    // One pass over the attributes (this runs for every line of every file).
    let number = Number.NaN;
    let hits = Number.NaN;
    let branch = false;
    let conditionAt = -1;
    let missingAt = -1;
    let i = 0;
    // Writers put number and hits first: read them without the general dispatch.
    if (attrs.count >= 2 && attrs.nameIs(0, 'number') && attrs.nameIs(1, 'hits')) {
      number = attrs.uintAt(0);
      hits = attrs.uintAt(1);
      i = 2;
    }
    for (; i < attrs.count; i++) {
      switch (attrs.nameLength(i)) {
        case 6:
          if (attrs.nameIs(i, 'number')) number = attrs.uintAt(i);
          else if (attrs.nameIs(i, 'branch')) branch = attrs.equalsAt(i, 'true');
          break;
        case 4:
          if (attrs.nameIs(i, 'hits')) hits = attrs.uintAt(i);
          break;
        case 18:
          if (attrs.nameIs(i, 'condition-coverage')) conditionAt = i;
          break;
        case 16:
          if (attrs.nameIs(i, 'missing-branches')) missingAt = i;
          break;
      }
    }
    if (!(number >= 1 && number <= MAX_SOURCE_LINE)) fail(`<line number="${attrs.get('number') ?? ''}">: a line number must be a whole number from 1 to ${MAX_SOURCE_LINE}`);
    if (!(hits >= 0)) fail(`<line number="${number}" hits="${attrs.get('hits') ?? ''}">: hits must be a whole number`);
    batch.addLine(number, hits);
    if (!branch || conditionAt < 0) return;
    if (!attrs.rawAt(conditionAt, raw) || !parseCondition(raw, condition)) {
      const cond = attrs.valueAt(conditionAt);
      const m = CONDITION.exec(cond);
      if (!m) fail(`<line number="${number}" condition-coverage="${cond}">: expected the form "50% (1/2)"`);
      condition.covered = Number(m![2]);
      condition.total = Number(m![3]);
    }
    const { covered, total } = condition;
    if (total === 0 || covered > total) {
      fail(`<line number="${number}" condition-coverage="${attrs.valueAt(conditionAt)}">: covered branches must be between 0 and the total, and the total above 0`);
    }
    let count: number;
    if (missingAt >= 0) count = attrs.rawAt(missingAt, raw) ? parseArcIds(raw, ids) : -1;
    else count = covered === total ? 0 : -1; // nothing missing: the identities do not matter for merging
    if (count !== total - covered) count = -1;
    if (count < 0) batch.addBranches(number, total, covered, 'none');
    else batch.addBranches(number, total, covered, 'arc', ids, count);
  };

  const parser: XmlStreamParser = new XmlStreamParser(
    {
    comment(text) {
      const m = /Generated by coverage\.py[^\d]*?([\d.]+)?/.exec(text) ?? /coverage\.readthedocs\.io\/en\/([\d.]+)/.exec(text);
      if (m) {
        producer = `coverage.py${m[1] ? ` ${m[1]}` : ''}`;
        convention = 'coveragepy';
      }
    },
    open(name, attrs, _selfClosing, depth) {
      if (name === 'line') {
        // By far the most frequent element: nothing else to check for it.
        if (current && methodDepth === 0) onLine(attrs);
        return;
      }
      if (depth === 1) {
        if (name !== 'coverage') {
          const junit = name === 'testsuites' || name === 'testsuite';
          fail(
            junit ? 'this is a JUnit test report, not a coverage report' : `the root element is <${name}>, not Cobertura's <coverage>`,
            junit ? 'Pass it in `test-results` instead of `coverage-files`.' : 'Pass a Cobertura, LCOV, coverage.py JSON or Istanbul JSON report.',
          );
        }
        const version = attrs.get('version');
        rootVersion = version;
        if (convention === 'unknown' && version === '0.1' && attrs.has('lines-valid')) {
          // Istanbul's cobertura writer: version="0.1" and its own DOCTYPE.
          producer = 'istanbul';
          convention = 'istanbul';
        }
      }
      if (RATE_ELEMENTS.has(name)) {
        checkRate(name, attrs, 'line-rate');
        checkRate(name, attrs, 'branch-rate');
      }
      switch (name) {
        case 'source':
          inSource = true;
          sourceText = '';
          break;
        case 'class': {
          const filename = attrs.get('filename');
          if (filename === undefined || filename.trim() === '') fail('<class> has no filename attribute');
          const key = filename!.trim();
          current = files.get(key);
          if (!current) {
            current = new FileCoverage(key);
            files.set(key, current);
          }
          batch.reset();
          break;
        }
        case 'method':
          methodDepth++;
          break;
      }
    },
    close(name) {
      if (name === 'line') return;
      if (name === 'source') {
        inSource = false;
        sources.push(sourceText.trim());
      } else if (name === 'class') {
        current?.load(batch);
        batch.reset();
        current = undefined;
      } else if (name === 'method') {
        methodDepth--;
      }
    },
    text(t) {
      if (inSource) sourceText += t;
    },
    },
    fragment && { enclosing: CLASS_DEPTH, offset: fragment.offset },
  );

  const report = (): ParsedReport => {
    // coverage.py signs its report in a comment; the version is on the root element.
    if (convention === 'coveragepy' && producer === 'coverage.py' && rootVersion) producer = `coverage.py ${rootVersion}`;
    return { file, format: 'cobertura', producer, convention, sources, files };
  };

  const wrap = (fn: () => void): void => {
    try {
      fn();
    } catch (e) {
      if (e instanceof XmlSyntaxError) throw new ReportError(e.message, { file, offset: e.offset }, xmlFix(e.message));
      throw e;
    }
  };

  return {
    write(chunk) {
      wrap(() => parser.write(chunk));
    },
    end() {
      wrap(() => parser.end());
      return report();
    },
    endFragment() {
      const between = parser.endFragment();
      return {
        report: report(),
        complete: between && current === undefined && methodDepth === 0 && !inSource,
        openNames: [...parser.openNames],
        outerCloses: [...parser.outerCloses],
      };
    },
  };
}
