/** What quality-gate puts in its result file and annotations. Pure. */
import type { Annotation, AnnotationLevel } from '../../packages/report/annotations.js';
import type { FindingLevel } from '../../packages/findings/finding.js';
import { TOOL_TITLES, type QualityEvaluation, type QualityTool } from './quality-gate.js';

/** Findings listed in the result file (worst first); every fingerprint is kept regardless. */
const MAX_FINDINGS_IN_RESULT = 2000;
const MAX_MISSING_DOCSTRINGS_IN_RESULT = 1000;

const ANNOTATION_LEVEL: Record<FindingLevel, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

export function resultData(
  ev: QualityEvaluation,
  unmatched: { path: string; findings: number }[],
  baselineSource: string | null,
): Record<string, unknown> {
  return {
    counts: ev.counts,
    introduced: ev.introducedCounts,
    fixed: ev.fixed,
    baseline: baselineSource,
    tools: ev.tools.map((t) => ({
      tool: t.tool,
      source: t.source,
      kind: t.kind,
      error: t.error,
      version: t.version ?? null,
      report: t.reportCounts,
      inScope: t.inScope,
      introduced: t.introduced,
      toolSummary: t.toolSummary ?? null,
    })),
    // Every in-scope fingerprint, so that this result can be the baseline of a later run.
    fingerprints: ev.findings.map((f) => f.fingerprint).filter(Boolean),
    findings: ev.findings.slice(0, MAX_FINDINGS_IN_RESULT).map((f) => ({
      tool: f.tool,
      rule: f.rule,
      level: f.level,
      path: f.path,
      line: f.start?.line ?? null,
      column: f.start?.column ?? null,
      message: f.message,
      fingerprint: f.fingerprint ?? null,
      introduced: f.introduced,
    })),
    findingsOmitted: Math.max(0, ev.findings.length - MAX_FINDINGS_IN_RESULT),
    docstrings: ev.docstrings && {
      percent: ev.docstrings.display === null ? null : Number(ev.docstrings.display),
      documented: ev.docstrings.documented,
      total: ev.docstrings.total,
      bar: ev.docstrings.bar,
      missing: ev.docstrings.missing.slice(0, MAX_MISSING_DOCSTRINGS_IN_RESULT),
    },
    unmatched: unmatched.slice(0, 500),
  };
}

/**
 * Findings on their exact line and column (in new-only mode, only those the change
 * introduces), then public names without a docstring as notices. selectAnnotations spends
 * GitHub's per-step caps on changed lines and errors first.
 */
export function annotationsFor(
  ev: QualityEvaluation,
  changedLine: (path: string, line: number) => boolean,
): Annotation[] {
  const out: Annotation[] = [];
  for (const f of ev.findings) {
    if (!f.introduced || !f.path || !f.start) continue;
    const sameLine = !f.end || f.end.line === f.start.line;
    out.push({
      level: ANNOTATION_LEVEL[f.level],
      title: `${TOOL_TITLES[f.tool as QualityTool] ?? f.tool} ${f.rule}`,
      message: f.url ? `${f.message}\n${f.url}` : f.message,
      file: f.path,
      startLine: f.start.line,
      endLine: f.end?.line ?? f.start.line,
      ...(sameLine && f.start.column ? { startColumn: f.start.column } : {}),
      ...(sameLine && f.end?.column ? { endColumn: f.end.column } : {}),
      changed: f.changed,
    });
  }
  for (const m of ev.docstrings?.missing ?? []) {
    out.push({
      level: 'notice',
      title: 'Missing docstring',
      message: `Public ${m.kind} ${m.name} has no docstring.`,
      file: m.path,
      startLine: m.line,
      endLine: m.line,
      changed: changedLine(m.path, m.line),
    });
  }
  return out;
}
