/**
 * Cobertura XML (coverage.py / pytest-cov, Istanbul/c8, and other writers), stream-parsed.
 *
 * Only `<class>` lines count; the `<method>` lines some writers add repeat them. A branching
 * line carries `condition-coverage="50% (1/2)"`; coverage.py adds `missing-branches="7,exit"`
 * (the destinations not taken), which lets two runs of the same code merge exactly.
 */
import { ReportError } from '../../core/errors.js';
import { xmlFix } from '../../xml/xml-fix.js';
import { XmlStreamParser, XmlSyntaxError, type RawValue, type XmlAttributes, type XmlHandler } from '../../xml/xml-stream.js';
import { CoverageBatch, FileCoverage, lineNumberProblem, MAX_LINE_NUMBER } from '../file-coverage.js';
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

/** What one <line> says, read in one pass over its attributes. */
interface LineAttributes {
  number: number;
  hits: number;
  branch: boolean;
  /** Attribute positions, -1 when absent. */
  conditionAt: number;
  missingAt: number;
}

/**
 * The Cobertura handler of the tokenizer's events: builds the files' coverage one <class> at
 * a time. Its state is what a streaming read needs: the file being read, whether inside a
 * <method> (whose lines repeat the class's) or a <source>.
 */
class CoberturaHandler implements XmlHandler {
  readonly files = new Map<string, FileCoverage>();
  readonly sources: string[] = [];
  producer: string | undefined;
  convention: Convention = 'unknown';
  current: FileCoverage | undefined;
  methodDepth = 0;
  inSource = false;
  private rootVersion: string | undefined;
  private sourceText = '';
  private parser: XmlStreamParser | undefined;
  // Attribute name ids of <line> (XmlStreamParser#attributeId): compared as numbers per line.
  private numberId = -2;
  private hitsId = -2;
  private branchId = -2;
  private conditionId = -2;
  private missingId = -2;
  // Reused for every line: parsed straight from the attribute bytes (the hot path of a large
  // report), with the string path kept for error messages.
  private readonly line: LineAttributes = { number: 0, hits: 0, branch: false, conditionAt: -1, missingAt: -1 };
  private readonly raw: RawValue = { buf: Buffer.alloc(0), start: 0, end: 0 };
  private readonly condition = { covered: 0, total: 0 };
  private readonly arcIds = new Int32Array(64);
  /** One <class> at a time is collected here, then loaded into its file in one go. */
  private readonly batch = new CoverageBatch();

  constructor(private readonly file: string) {}

  /** The tokenizer feeding this handler: for the offset of errors, and the attribute ids. */
  attach(parser: XmlStreamParser): void {
    this.parser = parser;
    this.numberId = parser.attributeId('number');
    this.hitsId = parser.attributeId('hits');
    this.branchId = parser.attributeId('branch');
    this.conditionId = parser.attributeId('condition-coverage');
    this.missingId = parser.attributeId('missing-branches');
  }

  fail(message: string, fix?: string): never {
    throw new ReportError(message, { file: this.file, offset: this.parser?.tagOffset }, fix);
  }

  comment(text: string): void {
    const m = /Generated by coverage\.py[^\d]*?([\d.]+)?/.exec(text) ?? /coverage\.readthedocs\.io\/en\/([\d.]+)/.exec(text);
    if (m) {
      this.producer = `coverage.py${m[1] ? ` ${m[1]}` : ''}`;
      this.convention = 'coveragepy';
    }
  }

  open(name: string, attrs: XmlAttributes, _selfClosing: boolean, depth: number): void {
    if (name === 'line') {
      // By far the most frequent element: nothing else to check for it.
      if (this.current && this.methodDepth === 0) this.onLine(attrs);
      return;
    }
    if (depth === 1) this.openRoot(name, attrs);
    if (RATE_ELEMENTS.has(name)) {
      this.checkRate(name, attrs, 'line-rate');
      this.checkRate(name, attrs, 'branch-rate');
    }
    switch (name) {
      case 'source':
        this.inSource = true;
        this.sourceText = '';
        break;
      case 'class':
        this.openClass(attrs);
        break;
      case 'method':
        this.methodDepth++;
        break;
    }
  }

  close(name: string): void {
    if (name === 'line') return;
    if (name === 'source') {
      this.inSource = false;
      this.sources.push(this.sourceText.trim());
    } else if (name === 'class') {
      this.current?.load(this.batch);
      this.batch.reset();
      this.current = undefined;
    } else if (name === 'method') {
      this.methodDepth--;
    }
  }

  text(t: string): void {
    if (this.inSource) this.sourceText += t;
  }

  report(): ParsedReport {
    // coverage.py signs its report in a comment; the version is on the root element.
    if (this.convention === 'coveragepy' && this.producer === 'coverage.py' && this.rootVersion) this.producer = `coverage.py ${this.rootVersion}`;
    const { file, producer, convention, sources, files } = this;
    return { file, format: 'cobertura', producer, convention, sources, files };
  }

  private openRoot(name: string, attrs: XmlAttributes): void {
    if (name !== 'coverage') {
      const junit = name === 'testsuites' || name === 'testsuite';
      this.fail(
        junit ? 'this is a JUnit test report, not a coverage report' : `the root element is <${name}>, not Cobertura's <coverage>`,
        junit ? 'Pass it in `test-results` instead of `coverage-files`.' : 'Pass a Cobertura, LCOV, coverage.py JSON or Istanbul JSON report.',
      );
    }
    const version = attrs.get('version');
    this.rootVersion = version;
    if (this.convention === 'unknown' && version === '0.1' && attrs.has('lines-valid')) {
      // Istanbul's cobertura writer: version="0.1" and its own DOCTYPE.
      this.producer = 'istanbul';
      this.convention = 'istanbul';
    }
  }

  private openClass(attrs: XmlAttributes): void {
    const filename = attrs.get('filename');
    if (filename === undefined || filename.trim() === '') this.fail('<class> has no filename attribute');
    const key = filename!.trim();
    let current = this.files.get(key);
    if (!current) {
      current = new FileCoverage(key);
      this.files.set(key, current);
    }
    this.current = current;
    this.batch.reset();
  }

  private checkRate(name: string, attrs: XmlAttributes, rate: string): void {
    const raw = attrs.get(rate);
    if (raw === undefined) return;
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v) || v < 0 || v > 1) {
      this.fail(`<${name} ${rate}="${raw}">: a rate must be a number from 0 to 1`, 'Regenerate the report; it looks corrupted.');
    }
  }

  /** A <line> of the current class: its statement, and its branches when it has some. */
  private onLine(attrs: XmlAttributes): void {
    const line = this.readLine(attrs);
    const number = line.number;
    if (!(number >= 1)) this.fail(`<line number="${attrs.get('number') ?? ''}">: a line number must be a whole number from 1`);
    if (number > MAX_LINE_NUMBER) this.fail(`<line number="${attrs.get('number') ?? ''}">: ${lineNumberProblem(number)}`);
    if (!(line.hits >= 0)) this.fail(`<line number="${number}" hits="${attrs.get('hits') ?? ''}">: hits must be a whole number`);
    this.batch.addLine(number, line.hits);
    if (line.branch && line.conditionAt >= 0) this.addBranches(attrs, line);
  }

  /** One pass over the attributes, comparing name ids (this runs for every line of every file). */
  private readLine(attrs: XmlAttributes): LineAttributes {
    const line = this.line;
    line.number = Number.NaN;
    line.hits = Number.NaN;
    line.branch = false;
    line.conditionAt = -1;
    line.missingAt = -1;
    for (let i = 0; i < attrs.count; i++) {
      const id = attrs.idAt(i);
      if (id === this.numberId) line.number = attrs.uintAt(i);
      else if (id === this.hitsId) line.hits = attrs.uintAt(i);
      else if (id === this.branchId) line.branch = attrs.equalsAt(i, 'true');
      else if (id === this.conditionId) line.conditionAt = i;
      else if (id === this.missingId) line.missingAt = i;
    }
    return line;
  }

  /** A branching line: "covered/total" from condition-coverage, identities from missing-branches. */
  private addBranches(attrs: XmlAttributes, line: LineAttributes): void {
    const { covered, total } = this.readCondition(attrs, line.number, line.conditionAt);
    let count: number;
    if (line.missingAt >= 0) count = attrs.rawAt(line.missingAt, this.raw) ? parseArcIds(this.raw, this.arcIds) : -1;
    else count = covered === total ? 0 : -1; // nothing missing: the identities do not matter for merging
    if (count !== total - covered) count = -1;
    if (count < 0) this.batch.addBranches(line.number, total, covered, 'none');
    else this.batch.addBranches(line.number, total, covered, 'arc', this.arcIds, count);
  }

  private readCondition(attrs: XmlAttributes, number: number, at: number): { covered: number; total: number } {
    const condition = this.condition;
    if (!attrs.rawAt(at, this.raw) || !parseCondition(this.raw, condition)) {
      const cond = attrs.valueAt(at);
      const m = CONDITION.exec(cond);
      if (!m) this.fail(`<line number="${number}" condition-coverage="${cond}">: expected the form "50% (1/2)"`);
      condition.covered = Number(m![2]);
      condition.total = Number(m![3]);
    }
    if (condition.total === 0 || condition.covered > condition.total) {
      this.fail(`<line number="${number}" condition-coverage="${attrs.valueAt(at)}">: covered branches must be between 0 and the total, and the total above 0`);
    }
    return condition;
  }
}

/** Turns the tokenizer's syntax errors into report errors (with the file and the offset). */
function asReportError<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw new ReportError(e.message, { file, offset: e.offset }, xmlFix(e.message));
    throw e;
  }
}

/**
 * `fragment`: parse a piece of the report starting at a <class> tag at byte `offset`
 * (see parallel-cobertura.ts); its elements are assumed nested in CLASS_DEPTH others.
 */
export function createCoberturaParser(file: string, fragment?: { offset: number }): CoberturaParser {
  const handler = new CoberturaHandler(file);
  const parser = new XmlStreamParser(handler, fragment && { enclosing: CLASS_DEPTH, offset: fragment.offset });
  handler.attach(parser);
  return {
    write(chunk) {
      asReportError(file, () => parser.write(chunk));
    },
    end() {
      asReportError(file, () => parser.end());
      return handler.report();
    },
    endFragment() {
      const between = parser.endFragment();
      return {
        report: handler.report(),
        complete: between && handler.current === undefined && handler.methodDepth === 0 && !handler.inSource,
        openNames: [...parser.openNames],
        outerCloses: [...parser.outerCloses],
      };
    },
  };
}
