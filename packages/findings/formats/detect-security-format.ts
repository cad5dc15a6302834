/**
 * Reads a security report of any supported kind, recognised by its content, not its name:
 * bandit JSON, pip-audit JSON, safety 1/2 `check --json`, safety 3 `scan --output json`,
 * detect-secrets output or baseline, gitleaks JSON, SARIF 2.1.0.
 *
 * The caller says what it expects (the input the file was given to); a report of another kind
 * is refused with what it is and the command that makes the right one, so a pip-audit report
 * passed as the bandit report is caught, not read as "no findings". Empty, white-space,
 * binary, UTF-16, truncated and malformed files get a ReportError naming the file, and the
 * line and column where one applies; a report of the right kind but a wrong shape gets the
 * element (`results[3].line_number`) and its line and column. Error texts never quote the
 * report's content, which may hold a secret.
 */
import { readFile } from 'node:fs/promises';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { ConfigurationError, ReportError } from '../../core/errors.js';
import { lineColumnAt, parseJsonText } from '../../core/json-text.js';
import type { FindingReport } from '../finding.js';
import { fromBandit, isBanditReport } from './bandit.js';
import { fromDetectSecrets, isDetectSecretsReport } from './detect-secrets.js';
import { fromGitleaks, isGitleaksReport } from './gitleaks.js';
import { fromPipAudit, isPipAuditReport } from './pip-audit.js';
import { fromSafetyScan, isSafetyScanReport } from './safety-scan.js';
import { fromSafetyCheck, isSafetyCheckReport } from './safety.js';
import { fromSarif, isSarifReport } from './sarif.js';
import { REPORT_COMMANDS, regenerateWith, type SecurityReportKind } from './security-report-commands.js';
import { isRecord, ReportShapeError } from './security-report-fields.js';

export type { SecurityReportKind } from './security-report-commands.js';

type Format = 'sarif' | 'bandit' | 'safety-scan' | 'safety-check' | 'pip-audit' | 'detect-secrets' | 'gitleaks';

interface FormatInfo {
  kind: SecurityReportKind;
  /** What the file is, in an error message. */
  name: string;
  is: (doc: unknown) => boolean;
  parse: (doc: unknown, file: string) => FindingReport;
}

/** In detection order: SARIF first (its `runs` is unambiguous), then the tools' own JSON. */
const FORMATS: Record<Format, FormatInfo> = {
  sarif: { kind: 'sarif', name: 'a SARIF log', is: isSarifReport, parse: fromSarif },
  bandit: { kind: 'bandit', name: "bandit's JSON report", is: isBanditReport, parse: fromBandit },
  'safety-scan': {
    kind: 'safety',
    name: "safety 3's `scan` JSON report",
    is: isSafetyScanReport,
    parse: fromSafetyScan,
  },
  'safety-check': {
    kind: 'safety',
    name: "safety's `check --json` report",
    is: isSafetyCheckReport,
    parse: fromSafetyCheck,
  },
  'pip-audit': { kind: 'pip-audit', name: "pip-audit's JSON report", is: isPipAuditReport, parse: fromPipAudit },
  'detect-secrets': {
    kind: 'secrets',
    name: "detect-secrets' report (a secrets baseline)",
    is: isDetectSecretsReport,
    parse: fromDetectSecrets,
  },
  gitleaks: { kind: 'secrets', name: "gitleaks' JSON report", is: isGitleaksReport, parse: fromGitleaks },
};

const EXPECTED_NAMES: Record<SecurityReportKind, string> = {
  bandit: "bandit's JSON report",
  'pip-audit': "pip-audit's JSON report",
  safety: "safety's JSON report",
  secrets: 'a detect-secrets or gitleaks JSON report',
  sarif: 'a SARIF 2.1.0 log',
};

/** What an empty JSON array is, for each expected kind: every one of these tools writes `[]` for "nothing found". */
const EMPTY_ARRAY: Partial<Record<SecurityReportKind, Format>> = {
  'pip-audit': 'pip-audit',
  safety: 'safety-check',
  secrets: 'gitleaks',
};

function detect(doc: unknown): Format | undefined {
  return (Object.keys(FORMATS) as Format[]).find((f) => FORMATS[f].is(doc));
}

/** Other reports people pass by mistake, named so the error says what the file is. */
function describeOther(doc: unknown): string {
  if (Array.isArray(doc)) {
    const first: unknown = doc[0];
    if (isRecord(first) && 'filePath' in first && 'messages' in first) return 'an ESLint JSON report';
    if (isRecord(first) && 'code' in first && 'filename' in first && 'location' in first) return 'a ruff JSON report';
    return doc.length === 0 ? 'an empty JSON array' : 'a JSON array of something else';
  }
  if (isRecord(doc)) {
    if (isRecord(doc.meta) && isRecord(doc.files)) return 'a coverage.py JSON report';
    if (isRecord(doc.total) && isRecord(doc.total.lines)) return 'an Istanbul coverage summary';
    if ('generalDiagnostics' in doc) return 'a pyright JSON report';
    if ('auditReportVersion' in doc) return 'an npm audit report';
    if (doc.bomFormat === 'CycloneDX')
      return 'a CycloneDX SBOM (pip-audit writes one with `-f cyclonedx-json`; use `-f json`)';
    if (Array.isArray(doc.results) && isRecord(doc.paths))
      return 'a Semgrep JSON report (run Semgrep with `--sarif` and pass it as SARIF)';
    if ('SchemaVersion' in doc && 'Results' in doc)
      return 'a Trivy JSON report (run Trivy with `--format sarif` and pass it as SARIF)';
    if (isRecord(doc.report_meta) && Array.isArray(doc.licenses))
      return "safety's license report, not its vulnerability report";
    const keys = Object.keys(doc).slice(0, 5);
    return keys.length
      ? `a JSON object with keys ${keys.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}`
      : 'an empty JSON object';
  }
  return `a JSON ${doc === null ? 'null' : typeof doc}`;
}

function allKinds(): string {
  return `Produce one of: ${(Object.keys(REPORT_COMMANDS) as SecurityReportKind[]).map((k) => REPORT_COMMANDS[k]).join('; ')}.`;
}

function fixFor(expected: SecurityReportKind | undefined): string {
  return expected ? regenerateWith(expected) : allKinds();
}

/** A shape error located in the text: the line and column of the element it names. */
function located(e: ReportShapeError, text: string): ReportError {
  const tree = parseTree(text);
  let path = e.jsonPath;
  let node = tree && findNodeAtLocation(tree, path);
  while (!node && path.length > 0 && tree) {
    path = path.slice(0, -1); // a missing field: point at the object that lacks it
    node = findNodeAtLocation(tree, path);
  }
  const where = node ? lineColumnAt(text, node.offset) : {};
  return new ReportError(e.message, { ...e.place, ...where }, e.fix);
}

function pickFormat(doc: unknown, file: string, expected: SecurityReportKind | undefined): Format {
  if (Array.isArray(doc) && doc.length === 0) {
    const empty = expected && EMPTY_ARRAY[expected];
    if (empty) return empty;
    throw new ReportError(
      expected
        ? `this is an empty JSON array, not ${EXPECTED_NAMES[expected]}`
        : 'this is an empty JSON array, which gitleaks, pip-audit before 2.0 and safety 1 all write for "nothing found"',
      { file },
      expected ? regenerateWith(expected) : 'Say which kind of report it is.',
    );
  }
  const found = detect(doc);
  if (!found) {
    throw new ReportError(
      `this is ${describeOther(doc)}, not ${expected ? EXPECTED_NAMES[expected] : 'a security report this action reads (bandit, pip-audit, safety, detect-secrets, gitleaks or SARIF)'}`,
      { file },
      fixFor(expected),
    );
  }
  const kind = FORMATS[found].kind;
  if (expected && kind !== expected) {
    throw new ReportError(
      `this is ${FORMATS[found].name}, not ${EXPECTED_NAMES[expected]}`,
      { file },
      `Pass it where ${kind} reports are expected, and for ${EXPECTED_NAMES[expected]} run ${REPORT_COMMANDS[expected]}.`,
    );
  }
  return found;
}

/**
 * Parses a security report's text. `file` names it in errors and in the result; `expected`
 * is the kind the caller asked for, and a report of another kind is an error.
 */
export function parseSecurityReport(text: string, file: string, expected?: SecurityReportKind): FindingReport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (text.length === 0) throw new ReportError('the report is empty (0 bytes)', { file }, fixFor(expected));
  if (body.trim().length === 0)
    throw new ReportError('the report is empty (only white space)', { file }, fixFor(expected));
  if (body.includes('\u0000'))
    throw new ReportError('this is a binary file, not a JSON report', { file }, fixFor(expected));
  let doc: unknown;
  try {
    doc = parseJsonText(body, file);
  } catch (e) {
    if (e instanceof ReportError) throw new ReportError(e.message, e.place, fixFor(expected));
    throw e;
  }
  const format = pickFormat(doc, file, expected);
  try {
    return FORMATS[format].parse(doc, file);
  } catch (e) {
    if (e instanceof ReportShapeError) throw located(e, body);
    throw e;
  }
}

/** Reads and parses a security report file; a missing file is a ConfigurationError naming it. */
export async function readSecurityReport(path: string, expected?: SecurityReportKind): Promise<FindingReport> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const made = expected ? ` (${REPORT_COMMANDS[expected]})` : '';
    if (code === 'ENOENT')
      throw new ConfigurationError(
        'the report file does not exist',
        { file: path },
        `Check the path, and that the step that writes the report${made} runs before this one.`,
      );
    if (code === 'EISDIR')
      throw new ConfigurationError(
        'this is a directory, not a report file',
        { file: path },
        'Name the report file itself.',
      );
    if (code === 'EACCES')
      throw new ConfigurationError(
        'the report file cannot be read (permission denied)',
        { file: path },
        'Make it readable by the runner.',
      );
    throw e;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ReportError(
      'the report is UTF-16 text',
      { file: path },
      "Write it as UTF-8 (PowerShell's `>` writes UTF-16: use `Out-File -Encoding utf8` or the tool's output-file option).",
    );
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    throw new ReportError('the report is gzip-compressed', { file: path }, 'Decompress it first.');
  if (bytes.includes(0))
    throw new ReportError('this is a binary file, not a JSON report', { file: path }, fixFor(expected));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReportError('the report is not UTF-8 text', { file: path }, fixFor(expected));
  }
  return parseSecurityReport(text, path, expected);
}
