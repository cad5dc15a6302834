/**
 * Findings as a SARIF 2.1.0 log for `github/codeql-action/upload-sarif`, so a gate's findings
 * show up as code scanning alerts. Pure: findings in, a JSON-ready object out.
 *
 * What GitHub's "SARIF support for code scanning" page and its limits page ask for, and how:
 * - one run; rules deduplicated, ids `<tool>/<rule>` (`bandit/B602`, `pip-audit/PYSEC-2021-142`)
 *   so two tools' rules never collide and an id stays the same whatever else the run holds;
 *   each rule has `tags: ['security', 'external/cwe/cwe-078'...]` (at most 20) and a
 *   `security-severity`: the highest score among its findings, else a score inside the band of
 *   its severity (critical 9.5, high 8.0, medium 5.5, low 2.0; none for info);
 * - `partialFingerprints` carry the finding's own `fingerprint` under `maturityActions/v1` (and
 *   any a SARIF input had). The writer computes none: the caller fingerprints first
 *   (../fingerprint.ts); a finding without one gets the fingerprints upload-sarif computes;
 * - locations are repository paths under `uriBaseId: '%SRCROOT%'`, percent-encoded; code
 *   scanning needs a file for every result, so a dependency finding (no path) is placed at its
 *   `pkg.manifest` or at `opts.packageManifest` (line `lineOf(name)`, else 1);
 * - at most 25,000 results per run: beyond that, the worst are kept (severity, then level) and
 *   the run says so in `properties` and in a warning notification of its invocation; the same
 *   happens (a binary search for the most results that fit) when the gzipped log would exceed
 *   10 MB; messages are capped at 4,000 characters, rule descriptions at 1,000.
 */
import { gzipSync } from 'node:zlib';
import { SEVERITIES, type Finding, type FindingLevel, type Severity } from '../finding.js';
import type { SarifLevel, SarifLocation, SarifLog, SarifNotification, SarifResult, SarifRule } from './sarif-types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'maturityActions/v1';
/** GitHub's limits: results per run and the gzipped upload size (troubleshooting SARIF uploads). */
export const MAX_RESULTS = 25_000;
export const MAX_GZIP_BYTES = 10 * 1024 * 1024;
export const MAX_MESSAGE_LENGTH = 4_000;
const MAX_TAGS = 20;
const MAX_RULE_TEXT = 1_000;
const SEVERITY_SCORE: Record<Severity, number | undefined> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0,
  info: undefined,
};
const LEVEL_RANK: Record<FindingLevel, number> = { error: 0, warning: 1, note: 2 };

export interface SarifWriterOptions {
  toolName: string;
  toolVersion?: string;
  informationUri?: string;
  /** Where findings about a package (no path) are placed when they do not name their manifest. */
  packageManifest?: { path: string; lineOf?: (packageName: string) => number | undefined };
  maxResults?: number;
  maxGzipBytes?: number;
  maxMessageLength?: number;
}

function cap(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Severity first, then level, for choosing which results to keep. */
function badness(f: Finding): number {
  const sev = f.severity ? SEVERITIES.indexOf(f.severity) : 5;
  return sev * 3 + LEVEL_RANK[f.level];
}

/** A repository path as a relative URI reference; an absolute one as a `file://` URI. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const encoded = path
    .split('/')
    .map(encodeURIComponent)
    .join('/')
    .replace(/^([A-Za-z])%3A/, '$1:');
  if (path.startsWith('/')) return { uri: `file://${encoded}` };
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${encoded}` };
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}

function locationOf(f: Finding, opts: SarifWriterOptions): SarifLocation {
  if (f.path === null) {
    const manifest = f.pkg?.manifest ?? opts.packageManifest?.path;
    if (!manifest)
      throw new Error(`toSarif: ${f.tool} ${f.rule} has no file and no manifest; pass opts.packageManifest`);
    const line = (f.pkg && opts.packageManifest?.lineOf?.(f.pkg.name)) || 1;
    return { physicalLocation: { artifactLocation: artifactLocation(manifest), region: { startLine: line } } };
  }
  const start = f.start?.line ?? 1;
  const region: SarifLocation['physicalLocation']['region'] = { startLine: start };
  if (f.start?.column) region.startColumn = f.start.column;
  if (f.end && f.end.line >= start) {
    region.endLine = f.end.line;
    const after = f.end.line > start || !region.startColumn || (f.end.column ?? 0) > region.startColumn;
    if (f.end.column && after) region.endColumn = f.end.column;
  }
  return { physicalLocation: { artifactLocation: artifactLocation(f.path), region } };
}

function messageOf(f: Finding, max: number): string {
  const fixed = f.pkg?.fixedIn?.length
    ? `${/[.!?]$/.test(f.message) ? '' : '.'} Fixed in ${f.pkg.fixedIn.join(', ')}.`
    : '';
  return cap(`${f.message}${fixed}`, max);
}

function cweTag(cwe: string): string | undefined {
  const n = /^CWE-(\d+)$/i.exec(cwe)?.[1];
  return n ? `external/cwe/cwe-${n.padStart(3, '0')}` : undefined;
}

function scoreOf(f: Finding): number | undefined {
  return f.score ?? (f.severity ? SEVERITY_SCORE[f.severity] : undefined);
}

function buildRules(findings: readonly Finding[]): { rules: SarifRule[]; index: Map<string, number> } {
  const rules: SarifRule[] = [];
  const index = new Map<string, number>();
  for (const f of findings) {
    const id = `${f.tool}/${f.rule}`;
    let i = index.get(id);
    if (i === undefined) {
      i = rules.length;
      index.set(id, i);
      const rule: SarifRule = {
        id,
        shortDescription: { text: cap(f.ruleName ?? f.message, MAX_RULE_TEXT) },
        defaultConfiguration: { level: f.level },
        properties: { tags: ['security'] },
      };
      if (f.ruleName) rule.name = f.ruleName;
      if (f.url) rule.helpUri = f.url;
      if (f.detail) rule.fullDescription = { text: cap(f.detail, MAX_RULE_TEXT) };
      if (f.confidence) rule.properties.precision = f.confidence;
      rules.push(rule);
    }
    const rule = rules[i]!;
    if (LEVEL_RANK[f.level] < LEVEL_RANK[rule.defaultConfiguration.level as FindingLevel])
      rule.defaultConfiguration.level = f.level;
    for (const tag of (f.cwe ?? []).map(cweTag))
      if (tag && !rule.properties.tags.includes(tag) && rule.properties.tags.length < MAX_TAGS)
        rule.properties.tags.push(tag);
    const score = scoreOf(f);
    const current = rule.properties['security-severity'];
    if (score !== undefined && (current === undefined || score > Number(current)))
      rule.properties['security-severity'] = score.toFixed(1);
  }
  return { rules, index };
}

function buildResult(f: Finding, ruleIndex: number, opts: SarifWriterOptions, max: number): SarifResult {
  const result: SarifResult = {
    ruleId: `${f.tool}/${f.rule}`,
    ruleIndex,
    level: f.level satisfies SarifLevel,
    message: { text: messageOf(f, max) },
    locations: [locationOf(f, opts)],
  };
  const fingerprints = { ...f.partialFingerprints, ...(f.fingerprint ? { [FINGERPRINT_KEY]: f.fingerprint } : {}) };
  if (Object.keys(fingerprints).length) result.partialFingerprints = fingerprints;
  const props: Record<string, unknown> = {};
  if (f.severity) props.severity = f.severity;
  if (f.severityAssumed) props.severityAssumed = true;
  if (f.pkg) props.package = f.pkg.version ? `${f.pkg.name}==${f.pkg.version}` : f.pkg.name;
  if (Object.keys(props).length) result.properties = props;
  return result;
}

function build(kept: readonly Finding[], total: number, notes: string[], opts: SarifWriterOptions): SarifLog {
  const max = opts.maxMessageLength ?? MAX_MESSAGE_LENGTH;
  const { rules, index } = buildRules(kept);
  const driver: SarifLog['runs'][0]['tool']['driver'] = { name: opts.toolName, rules };
  if (opts.toolVersion) {
    driver.version = opts.toolVersion;
    if (/^\d+\.\d+\.\d+/.test(opts.toolVersion)) driver.semanticVersion = opts.toolVersion;
  }
  if (opts.informationUri) driver.informationUri = opts.informationUri;
  const run: SarifLog['runs'][0] = {
    tool: { driver },
    columnKind: 'utf16CodeUnits',
    results: kept.map((f) => buildResult(f, index.get(`${f.tool}/${f.rule}`)!, opts, max)),
  };
  if (notes.length) {
    const notifications: SarifNotification[] = notes.map((text) => ({ level: 'warning', message: { text } }));
    run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: notifications }];
    run.properties = { 'maturityActions/truncated': { findings: total, results: kept.length, reasons: notes } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

export function gzippedSize(log: SarifLog): number {
  return gzipSync(JSON.stringify(log)).length;
}

/** The findings to keep when only `n` fit: the worst `n`, in their original order. */
function worst(findings: readonly Finding[], n: number): Finding[] {
  if (n >= findings.length) return [...findings];
  const order = findings.map((f, i) => ({ f, i, b: badness(f) })).sort((a, b) => a.b - b.b || a.i - b.i);
  return order
    .slice(0, n)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.f);
}

export function toSarif(findings: readonly Finding[], opts: SarifWriterOptions): SarifLog {
  const maxResults = opts.maxResults ?? MAX_RESULTS;
  const maxBytes = opts.maxGzipBytes ?? MAX_GZIP_BYTES;
  const notes: string[] = [];
  const count = Math.min(findings.length, maxResults);
  if (findings.length > maxResults) {
    notes.push(
      `${findings.length} findings, more than the ${maxResults} results code scanning accepts in one run: the ${maxResults} most severe are uploaded, ${findings.length - maxResults} are left out.`,
    );
  }
  const log = build(worst(findings, count), findings.length, notes, opts);
  if (gzippedSize(log) <= maxBytes) return log;
  // Too big: a binary search for the most results that fit, keeping the worst. Each candidate is
  // measured exactly as it would be returned, with the note that says what was left out.
  const withSizeNote = (n: number) =>
    build(
      worst(findings, n),
      findings.length,
      [
        ...notes,
        `The SARIF log would exceed ${maxBytes} bytes gzipped, the most code scanning accepts: the ${n} most severe results are uploaded, ${findings.length - n} are left out.`,
      ],
      opts,
    );
  let fits = 0;
  let tooMany = count;
  while (tooMany - fits > 1) {
    const mid = Math.floor((fits + tooMany) / 2);
    if (gzippedSize(withSizeNote(mid)) <= maxBytes) fits = mid;
    else tooMany = mid;
  }
  return withSizeNote(fits);
}
