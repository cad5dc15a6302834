/**
 * Any SARIF 2.1.0 log as findings: CodeQL, Semgrep, gitleaks, bandit's SARIF formatter, and
 * what the SARIF writer of this project emits (a round trip keeps rule, level, severity,
 * place and partialFingerprints).
 *
 * Read after the OASIS SARIF 2.1.0 specification and GitHub's "SARIF support for code
 * scanning" page:
 * - the tool is `runs[].tool.driver.name`; the rule is `ruleId`, else `rule.id`, else the id of
 *   `driver.rules[ruleIndex]`; a hierarchical id (`A/B`) finds rule `A` when `A/B` is not listed;
 * - the level is the result's, else the rule's `defaultConfiguration.level`, else `warning`
 *   (the SARIF default); `none` becomes a note;
 * - the message is `message.text` (or `markdown`), or the rule's `messageStrings[message.id]`,
 *   with `{0}`-style placeholders filled from `message.arguments`;
 * - the place is `locations[0].physicalLocation`: `artifactLocation.uri` (or the run's
 *   `artifacts[index]`), resolved against `uriBaseId` through `originalUriBaseIds`, `file://`
 *   URIs made paths, percent-escapes decoded; `region` start/end lines and columns are already
 *   1-based (the end column exclusive). Snippets are never read: they may hold a secret;
 * - the severity comes from `properties.security-severity` (the result's, else the rule's), a
 *   0-10 score: critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0 (./security-severity.ts); without
 *   one the finding has no severity (a quality tool's result);
 * - `external/cwe/cwe-NNN` tags become `cwe`; `partialFingerprints` are kept;
 * - results that are not problems (`kind` pass, notApplicable, informational), suppressed ones
 *   (`suppressions` not rejected or under review) and `baselineState: absent` ones are counted
 *   under `excluded`;
 * - invocations that failed or report error notifications become `toolErrors`.
 */
import type { Finding, FindingLevel, FindingReport } from '../finding.js';
import { regenerateWith } from './security-report-commands.js';
import {
  array,
  fail,
  isRecord,
  optArray,
  optInt,
  optScore,
  optStr,
  record,
  str,
  type JsonPath,
  type ReportContext,
} from './security-report-fields.js';
import { severityFromScore } from './security-severity.js';

export function isSarifReport(doc: unknown): boolean {
  return (
    isRecord(doc) &&
    Array.isArray(doc.runs) &&
    (typeof doc.version === 'string' || (typeof doc.$schema === 'string' && /sarif/i.test(doc.$schema)))
  );
}

type Json = Record<string, unknown>;

interface Run {
  tool: string;
  rules: Json[];
  ruleById: Map<string, Json>;
  bases: Json;
  artifacts: unknown[];
}

interface Tally {
  notProblems: number;
  suppressed: number;
  absent: number;
}

const LEVELS: Record<string, FindingLevel> = { error: 'error', warning: 'warning', note: 'note', none: 'note' };
const NOT_PROBLEMS = new Set(['pass', 'notApplicable', 'informational']);

/** A base URI from `originalUriBaseIds`, itself possibly relative to another base. */
function baseUri(bases: Json, id: string, depth = 0): string | undefined {
  const base = bases[id];
  if (!isRecord(base) || depth > 10) return undefined;
  const uri = typeof base.uri === 'string' ? base.uri : '';
  const parent = typeof base.uriBaseId === 'string' ? baseUri(bases, base.uriBaseId, depth + 1) : undefined;
  return parent !== undefined ? joinUri(parent, uri) : uri;
}

function joinUri(base: string, uri: string): string {
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) return uri;
  return base.endsWith('/') ? base + uri : `${base}/${uri}`;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a lone % is a character, not an escape
  }
}

/** `file:///tmp/x/a%20b.py` -> `/tmp/x/a b.py`; `file:///C:/x` -> `C:/x`; `./src/a.py` -> `src/a.py`. */
export function uriToPath(uri: string): string {
  let p = uri;
  const file = /^file:(\/\/[^/]*)?(\/.*)$/i.exec(p);
  if (file) p = file[2]!.replace(/^\/([A-Za-z]:\/)/, '$1');
  return decode(p).replace(/^(\.\/)+/, '');
}

function pathOf(ctx: ReportContext, run: Run, loc: Json, at: JsonPath): string | null {
  let artifact = loc.artifactLocation;
  if (!isRecord(artifact)) return null;
  const index = optInt(ctx, artifact.index, [...at, 'artifactLocation', 'index'], 0);
  if (artifact.uri === undefined && index !== undefined) {
    const fromRun = run.artifacts[index];
    if (isRecord(fromRun) && isRecord(fromRun.location)) artifact = fromRun.location;
  }
  const art = artifact as Json;
  const uri = optStr(ctx, art.uri, [...at, 'artifactLocation', 'uri']);
  if (!uri) return null;
  const baseId = optStr(ctx, art.uriBaseId, [...at, 'artifactLocation', 'uriBaseId']);
  const base = baseId ? baseUri(run.bases, baseId) : undefined;
  return uriToPath(base ? joinUri(base, uri) : uri);
}

function ruleOf(ctx: ReportContext, run: Run, result: Json, at: JsonPath): { id: string; rule: Json | undefined } {
  const ref = isRecord(result.rule) ? result.rule : {};
  const index = optInt(ctx, result.ruleIndex ?? ref.index, [...at, 'ruleIndex'], 0);
  const byIndex = index !== undefined ? run.rules[index] : undefined;
  const id =
    optStr(ctx, result.ruleId, [...at, 'ruleId']) ??
    optStr(ctx, ref.id, [...at, 'rule', 'id']) ??
    optStr(ctx, byIndex?.id, [...at, 'ruleIndex']);
  if (!id)
    fail(ctx, [...at, 'ruleId'], 'a rule id (ruleId, rule.id or a ruleIndex into the driver rules)', result.ruleId);
  const rule = byIndex ?? run.ruleById.get(id) ?? run.ruleById.get(id.split('/')[0]!);
  return { id, rule };
}

function textOf(ctx: ReportContext, result: Json, rule: Json | undefined, at: JsonPath): string {
  const msg = record(ctx, result.message, [...at, 'message']);
  let text =
    optStr(ctx, msg.text, [...at, 'message', 'text']) ?? optStr(ctx, msg.markdown, [...at, 'message', 'markdown']);
  const id = optStr(ctx, msg.id, [...at, 'message', 'id']);
  if (text === undefined && id && rule && isRecord(rule.messageStrings)) {
    const template = rule.messageStrings[id];
    if (isRecord(template)) text = optStr(ctx, template.text, [...at, 'message', 'id']);
  }
  if (text === undefined) fail(ctx, [...at, 'message', 'text'], 'the result message', msg.text);
  const args = optArray(ctx, msg.arguments, [...at, 'message', 'arguments']);
  return args.length
    ? text.replace(/\{(\d+)\}/g, (m, n: string) =>
        typeof args[Number(n)] === 'string' ? (args[Number(n)] as string) : m,
      )
    : text;
}

function cweOf(tags: unknown[]): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    const m = typeof t === 'string' ? /^(?:external\/cwe\/)?cwe-0*(\d+)$/i.exec(t) : null;
    if (m) out.add(`CWE-${m[1]}`);
  }
  return [...out];
}

function excludedBy(ctx: ReportContext, result: Json, at: JsonPath, tally: Tally): boolean {
  if (NOT_PROBLEMS.has(String(result.kind))) {
    tally.notProblems++;
    return true;
  }
  if (result.baselineState === 'absent') {
    tally.absent++;
    return true;
  }
  const suppressions = optArray(ctx, result.suppressions, [...at, 'suppressions']);
  if (suppressions.some((s) => !isRecord(s) || (s.status !== 'rejected' && s.status !== 'underReview'))) {
    tally.suppressed++;
    return true;
  }
  return false;
}

function toFinding(ctx: ReportContext, run: Run, v: unknown, at: JsonPath, tally: Tally): Finding | undefined {
  const result = record(ctx, v, at);
  if (excludedBy(ctx, result, at, tally)) return undefined;
  const { id, rule } = ruleOf(ctx, run, result, at);
  const defaults = rule && isRecord(rule.defaultConfiguration) ? rule.defaultConfiguration : {};
  const levelWord =
    optStr(ctx, result.level, [...at, 'level']) ??
    optStr(ctx, defaults.level, [...at, 'rule', 'defaultConfiguration', 'level']) ??
    'warning';
  const level = LEVELS[levelWord] ?? fail(ctx, [...at, 'level'], 'error, warning, note or none', levelWord);
  const locations = optArray(ctx, result.locations, [...at, 'locations']);
  const loc =
    isRecord(locations[0]) && isRecord(locations[0].physicalLocation) ? locations[0].physicalLocation : undefined;
  const lat: JsonPath = [...at, 'locations', 0, 'physicalLocation'];
  const f: Finding = {
    tool: run.tool,
    rule: id,
    level,
    message: textOf(ctx, result, rule, at).trim(),
    path: loc ? pathOf(ctx, run, loc, lat) : null,
  };
  const region = loc && isRecord(loc.region) ? loc.region : undefined;
  const startLine = optInt(ctx, region?.startLine, [...lat, 'region', 'startLine'], 1);
  if (region && startLine) {
    const startColumn = optInt(ctx, region.startColumn, [...lat, 'region', 'startColumn'], 1);
    const endLine = optInt(ctx, region.endLine, [...lat, 'region', 'endLine'], 1);
    const endColumn = optInt(ctx, region.endColumn, [...lat, 'region', 'endColumn'], 1);
    f.start = startColumn ? { line: startLine, column: startColumn } : { line: startLine };
    if (endLine !== undefined || endColumn !== undefined) {
      const line = Math.max(endLine ?? startLine, startLine);
      f.end = endColumn ? { line, column: endColumn } : { line };
    }
  }
  const ruleProps = rule && isRecord(rule.properties) ? rule.properties : {};
  const resultProps = isRecord(result.properties) ? result.properties : {};
  const score =
    optScore(ctx, resultProps['security-severity'], [...at, 'properties', 'security-severity']) ??
    optScore(ctx, ruleProps['security-severity'], [...at, 'rule', 'properties', 'security-severity']);
  if (score !== undefined) {
    f.severity = severityFromScore(score);
    f.score = score;
  }
  const cwe = cweOf([
    ...(Array.isArray(ruleProps.tags) ? ruleProps.tags : []),
    ...(Array.isArray(resultProps.tags) ? resultProps.tags : []),
  ]);
  if (cwe.length) f.cwe = cwe;
  const name = rule && typeof rule.name === 'string' && rule.name ? rule.name : undefined;
  if (name && name !== id) f.ruleName = name;
  const help = rule && typeof rule.helpUri === 'string' && rule.helpUri ? rule.helpUri : undefined;
  if (help) f.url = help;
  if (isRecord(result.partialFingerprints)) {
    const fps = Object.entries(result.partialFingerprints).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    );
    if (fps.length) f.partialFingerprints = Object.fromEntries(fps);
  }
  return f;
}

function readRun(ctx: ReportContext, v: unknown, r: number): Run {
  const run = record(ctx, v, ['runs', r]);
  const driver = record(ctx, record(ctx, run.tool, ['runs', r, 'tool']).driver, ['runs', r, 'tool', 'driver']);
  const rules = optArray(ctx, driver.rules, ['runs', r, 'tool', 'driver', 'rules']).map((x, i) =>
    record(ctx, x, ['runs', r, 'tool', 'driver', 'rules', i]),
  );
  const ruleById = new Map<string, Json>();
  for (const rule of rules) if (typeof rule.id === 'string' && !ruleById.has(rule.id)) ruleById.set(rule.id, rule);
  return {
    tool: str(ctx, driver.name, ['runs', r, 'tool', 'driver', 'name']),
    rules,
    ruleById,
    bases: isRecord(run.originalUriBaseIds) ? run.originalUriBaseIds : {},
    artifacts: optArray(ctx, run.artifacts, ['runs', r, 'artifacts']),
  };
}

function toolErrorsOf(ctx: ReportContext, run: Json, tool: string, r: number): { message: string }[] {
  const out: { message: string }[] = [];
  optArray(ctx, run.invocations, ['runs', r, 'invocations']).forEach((inv) => {
    if (!isRecord(inv)) return;
    if (inv.executionSuccessful === false) out.push({ message: `${tool} reported that its run did not succeed` });
    for (const key of ['toolExecutionNotifications', 'toolConfigurationNotifications']) {
      for (const n of Array.isArray(inv[key]) ? inv[key] : []) {
        if (!isRecord(n) || n.level !== 'error') continue;
        const text =
          isRecord(n.message) && typeof n.message.text === 'string'
            ? n.message.text
            : 'an error notification without text';
        out.push({ message: `${tool}: ${text}` });
      }
    }
  });
  return out;
}

export function fromSarif(doc: unknown, file: string): FindingReport {
  const ctx: ReportContext = { file, fix: regenerateWith('sarif') };
  const top = record(ctx, doc, []);
  if (top.version !== undefined && top.version !== '2.1.0')
    fail(ctx, ['version'], '"2.1.0" (only SARIF 2.1.0 is read)', top.version);
  const tally: Tally = { notProblems: 0, suppressed: 0, absent: 0 };
  const findings: Finding[] = [];
  const toolErrors: { message: string }[] = [];
  const tools: string[] = [];
  let version: string | undefined;
  array(ctx, top.runs, ['runs']).forEach((v, r) => {
    const run = readRun(ctx, v, r);
    const raw = v as Json;
    tools.push(run.tool);
    const driver = (raw.tool as Json).driver as Json;
    version ??=
      optStr(ctx, driver.semanticVersion, ['runs', r, 'tool', 'driver', 'semanticVersion']) ??
      optStr(ctx, driver.version, ['runs', r, 'tool', 'driver', 'version']);
    optArray(ctx, raw.results, ['runs', r, 'results']).forEach((res, i) => {
      const f = toFinding(ctx, run, res, ['runs', r, 'results', i], tally);
      if (f) findings.push(f);
    });
    toolErrors.push(...toolErrorsOf(ctx, raw, run.tool, r));
  });
  const distinct = [...new Set(tools)];
  const report: FindingReport = { tool: distinct.length === 1 ? distinct[0]! : 'sarif', file, findings };
  if (version && distinct.length === 1) report.version = version;
  if (toolErrors.length) report.toolErrors = toolErrors;
  const excluded = [
    { reason: 'results that are not problems (`kind` pass, notApplicable or informational)', count: tally.notProblems },
    { reason: 'results suppressed in the source or by the tool (`suppressions`)', count: tally.suppressed },
    { reason: 'results marked `baselineState: absent`', count: tally.absent },
  ].filter((e) => e.count > 0);
  if (excluded.length) report.excluded = excluded;
  return report;
}
