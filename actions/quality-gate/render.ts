/** quality-gate's job summary, pull request comment and messages. Pure functions of the evaluation. */
import type { GateResult } from '../../packages/core/result/gate-result.js';
import { STAGE_TITLES, type TargetStage } from '../../packages/core/stages.js';
import type { EvidenceKind } from '../../packages/core/config/defaults.js';
import { EVIDENCE_ADVICE } from '../../packages/evidence/evidence-kinds.js';
import { shortfalls, stageSummary } from '../../packages/report/criteria.js';
import {
  code,
  details,
  escapeText,
  fitComment,
  fitSummary,
  linkUrl,
  runFooter,
  table,
  type Section,
} from '../../packages/report/markdown.js';
import { TOOL_TITLES, type QualityEvaluation, type QualityTool, type RankedFinding } from './quality-gate.js';

export const GATE_TITLE = 'Quality gate';

/** Finding rows in the summary (~250 bytes each: well within 1 MiB) and in the comment. */
const SUMMARY_FINDING_ROWS = 2000;
const COMMENT_FINDING_ROWS = 30;

const LINT_FIXERS: Partial<Record<QualityTool, string>> = { ruff: '`ruff check --fix`', eslint: '`eslint --fix`' };

const LEVEL_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' } as const;

export interface RenderContext {
  result: GateResult;
  ev: QualityEvaluation;
  warnings: string[];
  unmatched: { path: string; findings: number }[];
  outOfScope: number;
  runUrl: string | null;
  /** Links findings to the file at the commit (https://github.com/o/r/blob/sha), when known. */
  blobUrl: string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function oneLine(ev: QualityEvaluation, who: string): string {
  const c = ev.counts;
  const parts = [`${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}`];
  if (ev.introducedCounts)
    parts.push(`${ev.introducedCounts.error} new error(s), ${ev.introducedCounts.warning} new warning(s)`);
  if (ev.docstrings?.display) parts.push(`docstrings ${ev.docstrings.display}%`);
  return `${who}: ${parts.join('; ')}`;
}

export function failureMessage(result: GateResult, ev: QualityEvaluation, who: string, target: TargetStage): string {
  const stage = STAGE_TITLES[target];
  const lines = shortfalls(result.criteria);
  const failing = new Set(
    result.criteria
      .filter((c) => c.enforced !== false && (c.status === 'fail' || c.status === 'error'))
      .map((c) => c.id.replace('.new-', '.')),
  );
  const advice: string[] = [];
  if (failing.has('lint.errors') || failing.has('lint.warnings')) {
    const fixers = ev.tools
      .filter((t) => t.inScope.error + t.inScope.warning > 0)
      .map((t) => LINT_FIXERS[t.tool])
      .filter(Boolean);
    advice.push(
      `fix the lint findings annotated in the files${fixers.length ? ` (${fixers.join(' and ')} fix many)` : ''}`,
    );
  }
  if (failing.has('types.errors') || failing.has('types.warnings'))
    advice.push('fix the type errors annotated in the files');
  if (failing.has('docs.docstrings'))
    advice.push(`add docstrings to the ${ev.docstrings?.missing.length ?? 0} public name(s) listed in the job summary`);
  const docs = result.criteria.filter(
    (c) => c.id.startsWith('evidence.') && c.status === 'fail' && c.enforced !== false,
  );
  if (docs.length) {
    const what = docs.map((c) => EVIDENCE_ADVICE[c.id.slice('evidence.'.length) as EvidenceKind] ?? c.title);
    advice.push(
      `add ${what.join(', ')} where the summary says they are looked for (or point \`evidence:\` in the config at yours)`,
    );
  }
  if (lines.length === 0) {
    const missing = result.criteria
      .filter((c) => c.status === 'no-data')
      .map((c) => `${c.title}: ${c.detail ?? 'no data'}`);
    return `${who} could not be measured: ${missing.join('; ')}.`;
  }
  const head =
    result.scope === 'change'
      ? `${who}: this change falls short: ${lines.join('; ')}.`
      : `${who} does not meet the ${stage} bars: ${lines.join('; ')}.`;
  return advice.length ? `${head} To pass, ${advice.join(', and ')}.` : head;
}

function toolsSection(ev: QualityEvaluation): string {
  if (ev.tools.length === 0) return '';
  const newOnly = ev.introducedCounts !== null;
  const rows = ev.tools.map((t) => {
    const own = t.toolSummary ? `${t.toolSummary.errors ?? '—'} / ${t.toolSummary.warnings ?? '—'}` : '—';
    return [
      escapeText(TOOL_TITLES[t.tool]),
      t.kind === 'report' ? code(t.source) : `${code(t.source)} (run)`,
      t.error
        ? `⚠️ ${escapeText(t.error)}`
        : `${t.reportCounts.error} / ${t.reportCounts.warning} / ${t.reportCounts.note}`,
      own,
      `${t.inScope.error} / ${t.inScope.warning} / ${t.inScope.note}`,
      ...(newOnly ? [`${t.introduced!.error} / ${t.introduced!.warning}`] : []),
    ];
  });
  const header = [
    'Tool',
    'Evidence',
    'Whole report (errors / warnings / notes)',
    "Tool's own summary",
    'In scope',
    ...(newOnly ? ['Introduced'] : []),
  ];
  return `### Tools\n\n${table(header, rows, ['l', 'l', 'r', 'r', 'r', 'r'])}`;
}

function location(f: RankedFinding, blobUrl: string | null): string {
  if (!f.path) return f.pkg ? code(`${f.pkg.name}${f.pkg.version ? `@${f.pkg.version}` : ''}`) : '';
  const where = f.start ? `${f.path}:${f.start.line}${f.start.column ? `:${f.start.column}` : ''}` : f.path;
  if (!blobUrl || !f.start) return code(where);
  const href = `${blobUrl}/${f.path.split('/').map(encodeURIComponent).join('/')}#L${f.start.line}`;
  return `[${code(where)}](${linkUrl(href)})`;
}

function findingsTable(
  findings: readonly RankedFinding[],
  max: number,
  blobUrl: string | null,
  newOnly: boolean,
): string {
  const rows = findings
    .slice(0, max)
    .map((f) => [
      LEVEL_ICON[f.level],
      `${escapeText(TOOL_TITLES[f.tool as QualityTool] ?? f.tool)} ${f.url && /^https:\/\//.test(f.url) ? `[${code(f.rule)}](${linkUrl(f.url)})` : code(f.rule)}`,
      location(f, blobUrl),
      escapeText(f.message.split('\n')[0]!.slice(0, 300)) +
        (f.changed ? ' <sub>(changed line)</sub>' : '') +
        (newOnly && !f.introduced ? ' <sub>(existing)</sub>' : ''),
    ]);
  const more =
    findings.length > max
      ? `\n\n…and ${findings.length - max} more (the result file lists ${Math.min(findings.length, 2000)}; the tools' reports have them all).`
      : '';
  return table(['', 'Rule', 'Where', 'Message'], rows, ['c', 'l', 'l', 'l']) + more;
}

function findingsSection(ev: QualityEvaluation, max: number, blobUrl: string | null): string {
  if (ev.findings.length === 0) return '';
  const newOnly = ev.introducedCounts !== null;
  const existing = ev.findings.filter((f) => !f.introduced).length;
  const where =
    ev.introducedBasis === 'baseline'
      ? 'already on the default branch'
      : ev.introducedBasis === 'unknown'
        ? "not known to be this change's"
        : 'not on changed lines';
  const title = newOnly
    ? `### Findings: ${ev.introducedCounts!.error + ev.introducedCounts!.warning + ev.introducedCounts!.note} introduced by this change, ${existing} ${where}${ev.fixed !== null ? `, ${ev.fixed} fixed` : ''}`
    : `### Findings (${ev.findings.length})`;
  return `${title}\n\n${findingsTable(ev.findings, max, blobUrl, newOnly)}`;
}

function docstringsSection(ev: QualityEvaluation): string {
  const d = ev.docstrings;
  if (!d) return '';
  const figure =
    d.display === null
      ? 'no public names'
      : `${d.display}% (${d.documented} of ${d.total} public modules, classes and functions)`;
  let out = `### API documentation\n\nDocstrings: ${figure} in ${plural(d.files, 'Python file')}; bar ≥ ${d.bar}%.`;
  if (d.missing.length) {
    const rows = d.missing.slice(0, 300).map((m) => [code(m.name), escapeText(m.kind), code(`${m.path}:${m.line}`)]);
    out += `\n\n${details(`${d.missing.length} public name(s) without a docstring`, table(['Name', 'Kind', 'Where'], rows) + (d.missing.length > 300 ? `\n\n…and ${d.missing.length - 300} more (see the result file).` : ''))}`;
  }
  if (d.syntaxErrors.length)
    out += `\n\n⚠️ ${d.syntaxErrors.length} file(s) have syntax errors and were measured as far as they parse: ${d.syntaxErrors
      .slice(0, 10)
      .map((s) => code(`${s.path}:${s.line}`))
      .join(', ')}.`;
  return out;
}

function evidenceSection(result: GateResult): string {
  const docs = result.criteria.filter((c) => c.id.startsWith('evidence.'));
  if (docs.length === 0) return '';
  const rows = docs.map((c) => [c.status === 'pass' ? '✅' : '❌', escapeText(c.title), escapeText(c.detail ?? '')]);
  return `### Documents and tests in the repository\n\n${table(['', 'Required', 'Found / looked for'], rows, ['c', 'l', 'l'])}`;
}

function scopeSection(ctx: RenderContext): string {
  const parts: string[] = [];
  if (ctx.outOfScope)
    parts.push(`${ctx.outOfScope} finding(s) are on files outside this component's paths and are not counted here.`);
  if (ctx.unmatched.length) {
    const list = ctx.unmatched
      .slice(0, 100)
      .map((u) => `- ${code(u.path)}: ${u.findings} finding(s)`)
      .join('\n');
    parts.push(
      details(
        `⚠️ ${ctx.unmatched.length} file name(s) in the reports match nothing in the checkout`,
        `Their findings are not counted for any component. Map them with the \`path-map\` input (\`from=to\`).\n\n${list}${ctx.unmatched.length > 100 ? `\n- …and ${ctx.unmatched.length - 100} more` : ''}`,
      ),
    );
  }
  return parts.join('\n\n');
}

function head(ctx: RenderContext): string {
  const { result, ev } = ctx;
  const c = ev.counts;
  const figures = [
    `**${plural(c.error, 'error')}**, **${plural(c.warning, 'warning')}**, ${plural(c.note, 'note')} in scope`,
  ];
  if (ev.introducedCounts)
    figures.push(
      `**${ev.introducedCounts.error} new error(s), ${ev.introducedCounts.warning} new warning(s)** introduced by this change`,
    );
  if (ev.introducedNote) figures.push(escapeText(ev.introducedNote));
  if (ev.docstrings?.display) figures.push(`docstrings ${ev.docstrings.display}%`);
  return stageSummary(GATE_TITLE, result, figures, ctx.warnings);
}

export function renderSummary(ctx: RenderContext, limitBytes: number): string {
  const sections: Section[] = [
    { markdown: head(ctx), priority: 100 },
    { markdown: toolsSection(ctx.ev), priority: 70 },
    { markdown: evidenceSection(ctx.result), priority: 60 },
    { markdown: docstringsSection(ctx.ev), priority: 50 },
    { markdown: scopeSection(ctx), priority: 40 },
    { markdown: findingsSection(ctx.ev, SUMMARY_FINDING_ROWS, ctx.blobUrl), priority: 20 },
  ];
  return fitSummary(sections, limitBytes);
}

export function renderComment(ctx: RenderContext, limitChars: number): string {
  const findings = findingsSection(ctx.ev, COMMENT_FINDING_ROWS, ctx.blobUrl);
  const sections: Section[] = [
    { markdown: head(ctx), priority: 100 },
    { markdown: toolsSection(ctx.ev), priority: 60 },
    {
      markdown: findings
        ? details(findings.split('\n')[0]!.replace(/^### /, ''), findings.replace(/^### .*\n\n/, ''))
        : '',
      priority: 30,
    },
    { markdown: runFooter(ctx.runUrl), priority: 90 },
  ];
  return fitComment(sections, limitChars);
}
