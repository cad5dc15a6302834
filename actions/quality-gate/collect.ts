/**
 * quality-gate's edge: reads the tools' reports (or runs the tools), the baseline, the
 * component's Python sources and the repository files the evidence checks look at. Only
 * plain data leaves this file; the judging is in quality-gate.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { runToolCommand, stderrTail } from '../../packages/action-io/run-tool.js';
import type { ComponentConfig } from '../../packages/core/config/load-config.js';
import { ReportError } from '../../packages/core/errors.js';
import type { Logger } from '../../packages/core/logger.js';
import { compileGlobs } from '../../packages/core/glob.js';
import { parseJsonText } from '../../packages/core/json-text.js';
import type { CheckoutFiles, ResolvedPath } from '../../packages/core/path-resolver.js';
import { findBaseline } from '../../packages/core/result/baseline.js';
import { RESULT_KIND } from '../../packages/core/result/gate-result.js';
import { displayPath, expandReportGlobs } from '../../packages/core/report-files.js';
import type { RepoReader } from '../../packages/evidence/repo-evidence.js';
import type { Finding, FindingLevel, FindingReport } from '../../packages/findings/finding.js';
import { fingerprintFindings, type LineText } from '../../packages/findings/fingerprint.js';
import { parseQualityReport, readQualityReport } from '../../packages/findings/formats/quality-report.js';
import { locateFindings } from '../../packages/findings/locate.js';
import type { ToolInput } from './inputs.js';
import type { DocstringFigures, QualityTool, ToolRun } from './quality-gate.js';

/** Exit codes that mean "ran and reported" (the others mean it crashed or was misused). */
const REPORTING_EXIT_CODES: Record<QualityTool, readonly number[]> = {
  ruff: [0, 1],
  eslint: [0, 1],
  pyright: [0, 1],
  tsc: [0, 1, 2],
};

function levelCounts(findings: readonly Finding[]): Record<FindingLevel, number> {
  const c = { error: 0, warning: 0, note: 0 };
  for (const f of findings) c[f.level]++;
  return c;
}

function toolRun(
  tool: QualityTool,
  source: string,
  kind: ToolRun['kind'],
  report: FindingReport | null,
  error: string | null,
): ToolRun {
  return {
    tool,
    source,
    kind,
    error,
    reportCounts: report ? levelCounts(report.findings) : { error: 0, warning: 0, note: 0 },
    ...(report?.summary
      ? {
          toolSummary: {
            errors: report.summary.errors,
            warnings: report.summary.warnings,
            notes: report.summary.notes,
          },
        }
      : {}),
    ...(report?.version ? { version: report.version } : {}),
  };
}

async function fromCommand(
  tool: QualityTool,
  command: string,
  root: string,
  timeoutMs: number,
): Promise<{ run: ToolRun; findings: Finding[] }> {
  const out = await runToolCommand(command, root, { timeoutMs });
  const fail = (why: string) => ({ run: toolRun(tool, command, 'command', null, why), findings: [] });
  if (out.stopped)
    return fail(
      `was stopped: ${out.stopped}${out.stderr.trim() ? `; it said: ${stderrTail(out.stderr)}` : ''}. Raise \`command-timeout-minutes\`, or run the tool in an earlier step and pass its report`,
    );
  if (out.exitCode === 127 && !out.stdout)
    return fail(`could not be started (${stderrTail(out.stderr)}); install it in an earlier step`);
  let report: FindingReport;
  try {
    report = parseQualityReport(out.stdout, `the output of \`${command}\``, tool);
  } catch (e) {
    const why = e instanceof ReportError ? e.message : (e as Error).message;
    return fail(
      `exited with ${out.exitCode} without printing its report (${why})${out.stderr.trim() ? `; it said: ${stderrTail(out.stderr)}` : ''}`,
    );
  }
  if (
    !REPORTING_EXIT_CODES[tool].includes(out.exitCode) ||
    (out.exitCode !== 0 && report.findings.length === 0 && tool !== 'tsc')
  ) {
    return fail(
      `exited with ${out.exitCode}, which means it did not finish${out.stderr.trim() ? `: ${stderrTail(out.stderr)}` : ''}`,
    );
  }
  return { run: toolRun(tool, command, 'command', report, null), findings: report.findings };
}

/** Reads every report and runs every command; a bad report file is a ConfigurationError. */
export async function collectFindings(
  tools: readonly ToolInput[],
  root: string,
  commandTimeoutMs: number,
): Promise<{ runs: ToolRun[]; findings: Finding[] }> {
  const runs: ToolRun[] = [];
  const findings: Finding[] = [];
  for (const t of tools) {
    if (t.command) {
      const r = await fromCommand(t.tool, t.command, root, commandTimeoutMs);
      runs.push(r.run);
      findings.push(...r.findings);
      continue;
    }
    for (const file of await expandReportGlobs(t.reports, root, `input ${t.tool}-report`)) {
      const shown = displayPath(file, root);
      const report = await readQualityReport(file, t.tool, shown);
      runs.push(toolRun(t.tool, shown, 'report', report, null));
      for (const f of report.findings) findings.push(f);
    }
  }
  return { runs, findings };
}

/** Line text of files at a git revision (the base of a pull request), for baseline fingerprints. */
export function gitLineText(root: string, ref: string): LineText | null {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: 'ignore' });
  } catch {
    return null;
  }
  const cache = new Map<string, string[] | null>();
  return (path, line) => {
    let lines = cache.get(path);
    if (lines === undefined) {
      try {
        lines = execFileSync('git', ['show', `${ref}:${path}`], {
          cwd: root,
          maxBuffer: 64 * 1024 * 1024,
          stdio: ['ignore', 'pipe', 'ignore'],
        })
          .toString('utf8')
          .split(/\r\n|\r|\n/);
      } catch {
        lines = null;
      }
      cache.set(path, lines);
    }
    return lines?.[line - 1];
  };
}

export interface BaselineSource {
  patterns: string[];
  /** Where the baseline reports' line numbers point: a commit of the checkout. */
  ref: string | null;
  root: string;
  resolve: (raw: string) => ResolvedPath;
  inScope: ((path: string) => boolean) | null;
  /** Line text of the checkout, when the ref is not available. */
  checkoutText: LineText;
  component: string | null;
}

/**
 * The fingerprints of the baseline: from earlier quality-gate results (their `fingerprints`),
 * or from the base branch's tool reports, fingerprinted against the base commit's files.
 */
export async function readBaseline(
  b: BaselineSource,
  log: Logger,
): Promise<{ source: string; fingerprints: string[] }> {
  const files = await expandReportGlobs(b.patterns, b.root, 'input baseline');
  const fingerprints: string[] = [];
  const reports: Finding[] = [];
  for (const file of files) {
    const shown = displayPath(file, b.root);
    const text = readFileSync(file, 'utf8');
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') && trimmed.includes(RESULT_KIND)) {
      const doc = parseJsonText(text, shown) as {
        kind?: string;
        gate?: string;
        component?: string | null;
        data?: { fingerprints?: unknown };
      };
      if (doc.kind === RESULT_KIND) {
        const fps = doc.data?.fingerprints;
        if (doc.gate !== 'quality-gate') {
          throw new ReportError(
            `is a ${doc.gate ?? 'gate'} result, not a quality-gate result`,
            { file: shown },
            "Give the result-file of an earlier quality-gate run, or the base branch's tool reports.",
          );
        }
        if (!Array.isArray(fps)) {
          throw new ReportError(
            'is a quality-gate result without the fingerprints of its findings (data.fingerprints)',
            { file: shown, at: 'data.fingerprints' },
            "Give the result-file of a quality-gate run of this version, or the base branch's tool reports.",
          );
        }
        if (b.component && doc.component !== b.component)
          log.warning(
            `the baseline ${shown} is for component ${doc.component ?? '(whole report)'}, not ${b.component}`,
          );
        for (const f of fps) if (typeof f === 'string') fingerprints.push(f);
        continue;
      }
    }
    const report = parseQualityReport(text, shown);
    reports.push(...locateFindings(report.findings, b.resolve, b.inScope).inScope);
  }
  if (reports.length) {
    let lineText = b.ref ? gitLineText(b.root, b.ref) : null;
    if (!lineText) {
      log.warning(
        b.ref
          ? `the baseline commit ${b.ref} is not in the checkout (use fetch-depth: 0): baseline findings are matched against the current files, so findings on shifted lines may count as new`
          : 'no baseline-ref (and not a pull request): baseline findings are matched against the current files',
      );
      lineText = b.checkoutText;
    }
    fingerprints.push(...fingerprintFindings(reports, lineText).map((f) => f.fingerprint!));
  }
  return { source: files.map((f) => displayPath(f, b.root)).join(', '), fingerprints };
}

/**
 * What a pull request's findings are compared with: the default branch's quality-gate result for
 * the component (a folder or globs of result files: the workflow's downloaded artifact), else the
 * base branch's tool reports given as files. None yet (the first runs on a repository): null,
 * with a note, and the changed lines decide what is new.
 */
export async function changeBaseline(
  patterns: string[],
  log: Logger,
  b: Omit<BaselineSource, 'patterns'>,
): Promise<{ source: string; fingerprints: string[] } | null> {
  if (patterns.length === 0) return null;
  const found = await findBaseline(patterns, b.root, 'quality-gate', b.component);
  if (found.baseline) {
    const fps = (found.baseline.result.data as { fingerprints?: unknown }).fingerprints;
    return {
      source: found.baseline.file,
      fingerprints: Array.isArray(fps) ? fps.filter((f): f is string => typeof f === 'string') : [],
    };
  }
  const reports = patterns.filter(
    (p) => !statSync(isAbsolute(p) ? p : join(b.root, p), { throwIfNoEntry: false })?.isDirectory(),
  );
  if (reports.length === 0 || found.notes.some((n) => n.startsWith('no baseline results'))) {
    for (const note of found.notes) log.warning(note);
    return null;
  }
  return readBaseline({ ...b, patterns: reports }, log);
}

/** A RepoReader over the checkout (files up to 2 MB are read). */
export function checkoutReader(root: string, checkout: CheckoutFiles): RepoReader {
  return {
    list: () => checkout.list(),
    read(path) {
      try {
        const full = join(root, path);
        if (statSync(full).size > 2 * 1024 * 1024) return undefined;
        return readFileSync(full, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Docstring coverage of the component's Python files; null when it has none. The Python
 * parser (@lezer/python) is loaded only when there are files to parse.
 */
export async function measureComponentDocstrings(
  component: ComponentConfig,
  repo: RepoReader,
): Promise<DocstringFigures | null> {
  const inScope = compileGlobs(component.paths);
  const files = repo.list().filter((f) => f.endsWith('.py') && inScope(f));
  if (files.length === 0) return null;
  const sources = files.flatMap((path) => {
    const source = repo.read(path);
    return source === undefined ? [] : [{ path, source }];
  });
  const { measureDocstrings } = await import('../../packages/docstrings/docstring-coverage.js');
  const m = measureDocstrings(sources);
  return {
    total: m.total,
    documented: m.documented,
    missing: m.missing.map((e) => ({ path: e.path, name: e.name, kind: e.kind, line: e.line })),
    files: sources.length,
    syntaxErrors: m.syntaxErrors.map((s) => ({ path: s.path, line: s.line })),
  };
}
