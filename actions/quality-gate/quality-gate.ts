/**
 * quality-gate's logic: from located, fingerprinted findings (ruff, ESLint, pyright, tsc),
 * docstring coverage and repository evidence to criteria with bars. Pure: no I/O, no
 * @actions/core.
 *
 * Counts are the tools' own: an error is what the tool calls an error (ruff: every
 * violation; ESLint: severity 2; pyright: "error"; tsc: every diagnostic), a warning what it
 * calls a warning; pyright's "information" is a note and counts toward neither. Lint is ruff
 * plus ESLint; types are pyright plus tsc. A concern with no report is `no-data`; a tool that
 * crashed is `error`, never a pass. On a pull request (scope `change`) the bars apply to the
 * findings the change introduces (`*.new-errors`, `*.new-warnings`: against the default branch's
 * result, else the changed lines); the component's whole counts, docs and required files are
 * shown as progress toward the next stage.
 */
import type { EvidenceKind, Policy } from '../../packages/core/config/defaults.js';
import type { ComponentConfig } from '../../packages/core/config/load-config.js';
import type { Criterion, Evidence } from '../../packages/core/result/gate-result.js';
import type { TargetStage } from '../../packages/core/stages.js';
import { formatCoveragePercent, meetsBar } from '../../packages/coverage/totals.js';
import { CHANGED_LINES_FIX, knownLines, type PullRequestLines } from '../../packages/diff/changed-lines.js';
import { EVIDENCE_TITLES } from '../../packages/evidence/evidence-kinds.js';
import type { EvidenceCheck } from '../../packages/evidence/repo-evidence.js';
import { compareWithBaseline } from '../../packages/findings/baseline.js';
import type { Finding, FindingLevel } from '../../packages/findings/finding.js';
import { introducedFindings, type IntroducedBasis } from '../../packages/findings/introduced.js';
import { markProgress, type Scope } from '../../packages/core/scope.js';

export const QUALITY_TOOLS = ['ruff', 'eslint', 'pyright', 'tsc'] as const;
export type QualityTool = (typeof QUALITY_TOOLS)[number];
export type Concern = 'lint' | 'types';

export const TOOL_CONCERN: Record<QualityTool, Concern> = {
  ruff: 'lint',
  eslint: 'lint',
  pyright: 'types',
  tsc: 'types',
};
export const TOOL_TITLES: Record<QualityTool, string> = {
  ruff: 'ruff',
  eslint: 'ESLint',
  pyright: 'pyright',
  tsc: 'tsc',
};

/** One tool's evidence: a report file read, or a command run. */
export interface ToolRun {
  tool: QualityTool;
  /** The report file, or the command line. */
  source: string;
  kind: 'report' | 'command';
  /** Set when the tool crashed or its output is not its report: the concern is `error`. */
  error: string | null;
  /** Findings in the whole report, by the tool's level (before scoping). */
  reportCounts: Record<FindingLevel, number>;
  /** The tool's own summary, when the report carries one (pyright). */
  toolSummary?: { errors?: number; warnings?: number; notes?: number };
  version?: string;
}

export interface DocstringFigures {
  total: number;
  documented: number;
  missing: { path: string; name: string; kind: string; line: number }[];
  /** Python files of the component that were measured. */
  files: number;
  /** Files with syntax errors (measured as far as they parse). */
  syntaxErrors: { path: string; line: number }[];
}

export interface QualityGateModel {
  runs: ToolRun[];
  /** In scope, with repository paths and fingerprints. */
  findings: Finding[];
  outOfScope: number;
  unmatched: { path: string; findings: number }[];
  /** Fingerprints of the default branch's findings (or of the base's reports), for a change. */
  baseline: { source: string; fingerprints: string[] } | null;
  /** Null outside pull requests; unknown when neither git nor the API could tell. */
  changed: PullRequestLines | null;
  /** `change` on a pull request: what it introduces is judged, the rest is progress. */
  scope: Scope;
  enforceNextStage: boolean;
  component: ComponentConfig | null;
  policy: Policy;
  target: TargetStage;
  /** Null: not measured (no component, or no Python code in it). */
  docstrings: DocstringFigures | null;
  evidence: EvidenceCheck[];
}

export interface Counts {
  error: number;
  warning: number;
  note: number;
}

export interface ToolFigure extends ToolRun {
  inScope: Counts;
  introduced: Counts | null;
}

export interface QualityEvaluation {
  tools: ToolFigure[];
  /** In scope: errors, warnings, notes (what the outputs say). */
  counts: Counts;
  /** On a pull request: what the change introduces, and how that was decided. */
  introducedCounts: Counts | null;
  introducedBasis: IntroducedBasis | null;
  introducedNote: string | null;
  /** Worst first: errors before warnings, introduced and changed lines first, then by place. */
  findings: RankedFinding[];
  fixed: number | null;
  docstrings: (DocstringFigures & { percent: number | null; display: string | null; bar: number }) | null;
  criteria: Criterion[];
}

export interface RankedFinding extends Finding {
  /** Introduced by the change (always true outside a pull request). */
  introduced: boolean;
  /** On a line the pull request changed. */
  changed: boolean;
}

/** The documents each target stage requires (cumulative: production asks for staging's too). */
export const REQUIRED_EVIDENCE: Record<TargetStage, EvidenceKind[]> = {
  staging: ['readme', 'integration-tests'],
  production: ['readme', 'integration-tests', 'user-guide', 'api-reference', 'troubleshooting', 'rollback'],
};

const LEVEL_RANK: Record<FindingLevel, number> = { error: 0, warning: 1, note: 2 };

const zero = (): Counts => ({ error: 0, warning: 0, note: 0 });

function count(findings: readonly Finding[], tool?: QualityTool): Counts {
  const c = zero();
  for (const f of findings) if (!tool || f.tool === tool) c[f.level]++;
  return c;
}

function rank(
  findings: readonly Finding[],
  introduced: ReadonlySet<Finding> | null,
  pull: PullRequestLines | null,
): RankedFinding[] {
  const changed = knownLines(pull);
  const ranked = findings.map((f) => ({
    ...f,
    introduced: introduced ? introduced.has(f) : true,
    changed: !!(f.path && f.start && changed?.files.get(f.path)?.has(f.start.line)),
  }));
  ranked.sort(
    (a, b) =>
      Number(b.introduced) - Number(a.introduced) ||
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      Number(b.changed) - Number(a.changed) ||
      ((a.path ?? '') < (b.path ?? '') ? -1 : (a.path ?? '') > (b.path ?? '') ? 1 : 0) ||
      (a.start?.line ?? 0) - (b.start?.line ?? 0) ||
      (a.start?.column ?? 0) - (b.start?.column ?? 0),
  );
  return ranked;
}

const CONCERN_TITLES: Record<Concern, { errors: string; warnings: string; tools: string; inputs: string }> = {
  lint: {
    errors: 'Lint errors',
    warnings: 'Lint warnings',
    tools: 'ruff or ESLint',
    inputs: '`ruff-report` or `eslint-report`',
  },
  types: {
    errors: 'Type errors',
    warnings: 'Type warnings',
    tools: 'pyright or tsc',
    inputs: '`pyright-report` or `tsc-report`',
  },
};

const BASIS_DETAIL: Record<IntroducedBasis, (n: number) => string> = {
  baseline: (n) => `${n} more on the default branch already (not counted)`,
  'changed-lines': (n) => `${n} more on lines this change did not touch (not counted)`,
  unknown: () => 'the changed lines are not known, so every finding in scope counts',
  all: () => 'no default-branch result and no changed lines: every finding counts',
};

function concernCriterion(
  concern: Concern,
  level: 'error' | 'warning',
  bar: number,
  tools: readonly ToolFigure[],
  basis: IntroducedBasis | null,
): Criterion {
  const titles = CONCERN_TITLES[concern];
  const newOnly = basis !== null;
  const id = `${concern}.${newOnly ? 'new-' : ''}${level === 'error' ? 'errors' : 'warnings'}`;
  const title = `${level === 'error' ? titles.errors : titles.warnings}${newOnly ? ' introduced' : ''}`;
  const mine = tools.filter((t) => TOOL_CONCERN[t.tool] === concern);
  const evidence: Evidence[] = mine.map((t) =>
    t.kind === 'report'
      ? { file: t.source, tool: TOOL_TITLES[t.tool] }
      : { tool: `${TOOL_TITLES[t.tool]} (${t.source})` },
  );
  const base = { id, title, bar, comparator: '<=' as const, unit: 'findings', evidence };
  if (mine.length === 0) {
    return { ...base, status: 'no-data', measured: null, detail: `no ${titles.tools} report: set ${titles.inputs}` };
  }
  const broken = mine.filter((t) => t.error !== null);
  if (broken.length > 0) {
    return {
      ...base,
      status: 'error',
      measured: null,
      detail: broken.map((t) => `${TOOL_TITLES[t.tool]}: ${t.error}`).join('; '),
    };
  }
  const measured = mine.reduce((n, t) => n + (newOnly ? t.introduced![level] : t.inScope[level]), 0);
  const all = mine.reduce((n, t) => n + t.inScope[level], 0);
  const per = mine.map((t) => `${TOOL_TITLES[t.tool]} ${newOnly ? t.introduced![level] : t.inScope[level]}`).join(', ');
  const ok = measured <= bar;
  if (!ok && basis === 'unknown') {
    // Any of them may be this change's, or none: no verdict on missing evidence.
    return {
      ...base,
      status: 'no-data',
      measured: null,
      detail: `${per} in scope, and the changed lines are not known, so which are this change's cannot be told. ${CHANGED_LINES_FIX}`,
    };
  }
  return {
    ...base,
    status: ok ? 'pass' : 'fail',
    measured,
    ...(ok ? {} : { gap: measured - bar }),
    detail: basis ? `${per}; ${BASIS_DETAIL[basis](all - measured)}` : per,
  };
}

function docstringCriterion(d: NonNullable<QualityEvaluation['docstrings']>): Criterion {
  const base = {
    id: 'docs.docstrings',
    title: 'Public API documented (docstrings)',
    bar: d.bar,
    comparator: '>=' as const,
    unit: '%',
    evidence: [{ tool: 'docstring scan (Python parser)' }],
  };
  if (d.percent === null || d.display === null) {
    return {
      ...base,
      status: 'no-data',
      measured: null,
      detail: `no public modules, classes or functions in ${d.files} Python file(s)`,
    };
  }
  const ok = meetsBar(d.percent, d.bar);
  return {
    ...base,
    status: ok ? 'pass' : 'fail',
    measured: Number(d.display),
    ...(ok ? {} : { gap: Math.round((d.bar - Number(d.display)) * 100) / 100 }),
    detail: `${d.documented} of ${d.total} public names have a docstring${d.missing.length ? `; first missing: ${d.missing[0]!.name} (${d.missing[0]!.path}:${d.missing[0]!.line})` : ''}`,
  };
}

function evidenceCriterion(check: EvidenceCheck): Criterion {
  const ok = check.found !== null;
  return {
    id: `evidence.${check.kind}`,
    title: EVIDENCE_TITLES[check.kind],
    status: ok ? 'pass' : 'fail',
    measured: ok ? 'present' : 'missing',
    bar: 'present',
    comparator: null,
    unit: '',
    detail: check.detail,
    evidence: ok ? [{ file: check.found!.replace(/#.*$/, '') }] : [],
  };
}

/** The ids of the criteria about a change: enforced on pull requests, the rest is progress. */
export const CHANGE_IDS = new Set(['lint.new-errors', 'lint.new-warnings', 'types.new-errors', 'types.new-warnings']);

/**
 * One row per tool. Two reports of the same tool would count its findings twice in the per-tool
 * rows: they are merged, with every source named.
 */
function toolRowsOf(model: QualityGateModel, introduced: readonly Finding[] | null): ToolFigure[] {
  const merged = new Map<QualityTool, ToolFigure>();
  for (const r of model.runs) {
    const t: ToolFigure = {
      ...r,
      reportCounts: { ...r.reportCounts },
      inScope: count(model.findings, r.tool),
      introduced: introduced ? count(introduced, r.tool) : null,
    };
    const seen = merged.get(t.tool);
    if (!seen) merged.set(t.tool, t);
    else {
      seen.source = `${seen.source}, ${t.source}`;
      seen.error = seen.error ?? t.error;
      for (const l of ['error', 'warning', 'note'] as const) seen.reportCounts[l] += t.reportCounts[l];
    }
  }
  return [...merged.values()];
}

/** The lint and type bars, over the whole scope (basis null) or over what a change introduced. */
function concernCriteria(policy: Policy, toolRows: readonly ToolFigure[], basis: IntroducedBasis | null): Criterion[] {
  const list = [
    concernCriterion('lint', 'error', policy.lint['max-errors'], toolRows, basis),
    concernCriterion('types', 'error', policy.types['max-errors'], toolRows, basis),
    concernCriterion('types', 'warning', policy.types['max-warnings'], toolRows, basis),
  ];
  const maxLintWarnings = policy.lint['max-warnings'];
  if (maxLintWarnings !== null) list.push(concernCriterion('lint', 'warning', maxLintWarnings, toolRows, basis));
  return list;
}

function docstringFigures(model: QualityGateModel): QualityEvaluation['docstrings'] {
  const d = model.docstrings;
  if (!d) return null;
  const pc = d.total === 0 ? null : (100 * d.documented) / d.total;
  return {
    ...d,
    percent: pc,
    display: pc === null ? null : formatCoveragePercent(pc),
    bar: model.policy.docs['docstring-coverage'],
  };
}

export function evaluateQuality(model: QualityGateModel): QualityEvaluation {
  const change = model.scope === 'change';
  const intro = change ? introducedFindings(model.findings, model.baseline, model.changed) : null;
  const fixed =
    change && model.baseline ? compareWithBaseline(model.findings, model.baseline.fingerprints).fixed : null;
  const toolRows = toolRowsOf(model, intro?.introduced ?? null);
  const criteria: Criterion[] = [
    ...(intro ? concernCriteria(model.policy, toolRows, intro.basis) : []),
    ...concernCriteria(model.policy, toolRows, null),
  ];
  const docstrings = docstringFigures(model);
  if (docstrings) criteria.push(docstringCriterion(docstrings));
  const required = new Set(REQUIRED_EVIDENCE[model.target]);
  for (const check of model.evidence) if (required.has(check.kind)) criteria.push(evidenceCriterion(check));

  return {
    tools: toolRows,
    counts: count(model.findings),
    introducedCounts: intro ? count(intro.introduced) : null,
    introducedBasis: intro?.basis ?? null,
    introducedNote: intro?.note ?? null,
    findings: rank(model.findings, intro ? new Set<Finding>(intro.introduced) : null, model.changed),
    fixed,
    docstrings,
    criteria: markProgress(criteria, model.scope, CHANGE_IDS, model.enforceNextStage),
  };
}
