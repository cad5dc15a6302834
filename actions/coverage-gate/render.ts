/** coverage-gate's job summary, PR comment and messages. Pure functions of the evaluation. */
import { STAGE_TITLES, type TargetStage } from '../../packages/core/stages.js';
import type { GateResult } from '../../packages/core/result/gate-result.js';
import { criteriaTable, gateTitle, shortfalls, STATUS_ICON } from '../../packages/report/criteria.js';
import {
  code,
  details,
  escapeText,
  fitComment,
  fitSummary,
  runFooter,
  table,
  type Section,
} from '../../packages/report/markdown.js';
import { FORMAT_NAMES } from '../../packages/coverage/report.js';
import type { TestResults } from '../../packages/junit/junit.js';
import { CHANGED_LINES_FIX } from '../../packages/diff/changed-lines.js';
import { categoryTitle, type CoverageEvaluation, type Figure } from './coverage-gate.js';

export const GATE_TITLE = 'Coverage gate';

/** Rows of the worst-files table; the result file keeps more. */
const MAX_FILE_ROWS = 300;

function pct(f: Pick<Figure, 'display'>): string {
  return f.display === null ? '_no data_' : `${f.display}%`;
}

function counts(f: Figure): [string, string] {
  const t = f.totals;
  return [`${t.coveredStatements}/${t.statements}`, t.branches ? `${t.coveredBranches}/${t.branches}` : '—'];
}

/** Compresses sorted line numbers into "3-5, 9". */
export function lineRanges(lines: Iterable<number>, max = 12): string {
  const parts: string[] = [];
  let start = -1;
  let prev = -1;
  let total = 0;
  const push = () => {
    if (start < 0) return;
    total++;
    if (parts.length < max) parts.push(start === prev ? String(start) : `${start}-${prev}`);
  };
  for (const l of lines) {
    if (l === prev + 1) {
      prev = l;
      continue;
    }
    push();
    start = prev = l;
  }
  push();
  return parts.join(', ') + (total > max ? `, … (${total - max} more)` : '');
}

/** The one line that goes into the result and the logs. */
export function oneLine(ev: CoverageEvaluation, who: string, target: TargetStage): string {
  const stage = STAGE_TITLES[target];
  if (ev.headline.display === null) return `${who}: no measurable code in the coverage reports`;
  return `${who}: coverage ${ev.headline.display}% against the ${stage} bar of ${ev.bar}%`;
}

/** The failure message: names the component, the figure, the bar, and what to do. */
export function failureMessage(
  result: GateResult,
  ev: CoverageEvaluation,
  who: string,
  target: TargetStage,
  reportNames: readonly string[] = [],
): string {
  const stage = STAGE_TITLES[target];
  const lines = shortfalls(result.criteria);
  const failing = result.criteria.filter((c) => c.status === 'fail' && c.enforced !== false);
  const advice: string[] = [];
  if (failing.some((c) => c.id === 'coverage.total' || c.id.startsWith('coverage.category.'))) {
    advice.push('add tests for the files with the most missed lines (listed in the job summary)');
  }
  if (failing.some((c) => c.id === 'coverage.diff'))
    advice.push('cover the changed lines annotated in the pull request');
  if (failing.some((c) => c.id === 'coverage.held'))
    advice.push('add tests so that coverage stays at the bar of the stage the component is in');
  if (failing.some((c) => c.id.startsWith('tests.')))
    advice.push('fix the failing tests (annotated where the report says where they are)');
  if (lines.length === 0) {
    // no-data: nothing failed, but nothing could be measured either.
    const missing = result.criteria
      .filter((c) => c.status === 'no-data')
      .map((c) => `${c.title}: ${c.detail ?? 'no data'}`);
    const named = reportNames.length ? ` (${reportNames.slice(0, 5).join(', ')})` : '';
    const scope =
      ev.reportFiles === 0 && reportNames.length
        ? ` The report(s)${named} list no source file at all; check that the test step measured coverage (run with --cov, or the tool's coverage option).`
        : ev.scopeFiles.length === 0
          ? ` None of the ${ev.reportFiles} file(s) in the reports${named} is under ${who}'s paths; check \`paths\` in the config and that the coverage run measured this component.`
          : '';
    return `${who} could not be measured: ${missing.join('; ')}.${scope}`;
  }
  const head =
    result.scope === 'change'
      ? `${who}: this change falls short: ${lines.join('; ')}.`
      : `${who} does not meet the ${stage} bars: ${lines.join('; ')}.`;
  return advice.length ? `${head} To pass, ${advice.join(', and ')}.` : head;
}

function filesSection(ev: CoverageEvaluation): string {
  const worst = [...ev.files]
    .filter((f) => f.missedLines > 0 || f.partialBranches > 0)
    .sort(
      (a, b) => b.missedLines - a.missedLines || b.partialBranches - a.partialBranches || (a.path < b.path ? -1 : 1),
    );
  if (worst.length === 0) return '';
  const byPath = new Map(ev.scopeFiles.map((f) => [f.path, f]));
  const rows = worst.slice(0, MAX_FILE_ROWS).map((f) => {
    const src = byPath.get(f.path);
    const missing = src && !src.coverage.summaryOnly ? lineRanges(src.coverage.missedLines()) : '';
    return [
      code(f.path),
      String(f.totals.statements),
      String(f.missedLines),
      f.totals.branches ? `${f.partialBranches}` : '—',
      pct(f),
      missing ? code(missing) : '',
    ];
  });
  const more =
    worst.length > MAX_FILE_ROWS
      ? `\n\n…and ${worst.length - MAX_FILE_ROWS} more files with missed lines (the result file lists up to 2,000).`
      : '';
  return `### Files with the most missed lines\n\n${table(['File', 'Statements', 'Missed', 'Partial branches', 'Coverage', 'Missing lines'], rows, ['l', 'r', 'r', 'r', 'r', 'l'])}${more}`;
}

function categoriesSection(ev: CoverageEvaluation): string {
  if (ev.categories.length === 0) return '';
  const rows = ev.categories.map((c) => {
    const [l, b] = counts(c);
    const ok = c.display !== null && Number(c.display) >= c.bar;
    return [
      ok ? STATUS_ICON.pass : STATUS_ICON.fail,
      escapeText(categoryTitle(c.id)),
      String(c.files),
      l,
      b,
      pct(c),
      `≥ ${c.bar}%`,
    ];
  });
  return `### Coverage by category\n\nFirst matching category wins; files in no category count only toward the total.\n\n${table(['', 'Category', 'Files', 'Lines', 'Branches', 'Coverage', 'Bar'], rows, ['c', 'l', 'r', 'r', 'r', 'r', 'r'])}`;
}

function componentsSection(ev: CoverageEvaluation): string {
  if (ev.componentsBreakdown.length === 0) return '';
  const rows = ev.componentsBreakdown.map((c) => [
    code(c.id),
    escapeText(c.name),
    String(c.files),
    ...counts(c),
    pct(c),
  ]);
  return `### Coverage by component\n\n${table(['Component', 'Name', 'Files', 'Lines', 'Branches', 'Coverage'], rows, ['l', 'l', 'r', 'r', 'r', 'r'])}`;
}

function diffSection(ev: CoverageEvaluation): string {
  const d = ev.diff;
  if (!d) return '';
  const parts = [`### Changed lines\n`];
  if (d.source === 'unknown')
    return `${parts[0]}\n⚠️ The changed lines are not known: ${escapeText(d.incomplete ?? '')}. ${CHANGED_LINES_FIX}`;
  if (d.changedLines === 0)
    parts.push(
      d.incomplete
        ? 'No changed line of this scope is known to be measurable.'
        : 'The pull request changes no measurable line of this scope.',
    );
  else
    parts.push(
      `${d.coveredLines} of ${d.changedLines} changed lines are covered (${pct(d)}; bar ≥ ${d.bar}%), from ${d.source === 'git' ? '`git diff` against the base' : 'the pull request files API'}.`,
    );
  if (d.ranges.length) {
    const rows = d.ranges
      .slice(0, 200)
      .map((r) => [code(r.path), r.start === r.end ? String(r.start) : `${r.start}-${r.end}`, String(r.lines)]);
    parts.push(`\n${table(['File', 'Lines not covered', 'Measurable lines'], rows, ['l', 'l', 'r'])}`);
    if (d.ranges.length > 200) parts.push(`\n…and ${d.ranges.length - 200} more ranges (see the result file).`);
  }
  if (d.unknownFiles.length) {
    parts.push(
      `\n⚠️ GitHub sent no diff for ${d.unknownFiles.length} changed file(s) (binary, or past its diff size limits), so their changed lines are not counted: ${d.unknownFiles.slice(0, 20).map(code).join(', ')}. Check out with \`fetch-depth: 0\` to measure them from \`git diff\`.`,
    );
  }
  if (d.truncated) parts.push('\n⚠️ GitHub lists at most 3000 files of a pull request; later files are not counted.');
  return parts.join('\n');
}

function attributionNote(tests: TestResults, who: string): string {
  const a = tests.attribution;
  if (!a || (a.other === 0 && a.unattributed === 0)) return '';
  const parts = [`Only ${escapeText(who)}'s own test cases count here (the files its \`tests\` globs match)`];
  if (a.other) parts.push(`${a.other} case(s) of other test files were left out`);
  if (a.unattributed) {
    parts.push(
      `${a.unattributed} case(s) name no file this run could find (e.g. ${a.unattributedExamples.slice(0, 3).map(code).join(', ')}) and count for no component: pytest's classname must be the test module's dotted path, or make the report write a \`file\` attribute (pytest \`-o junit_family=xunit1\`, jest-junit \`addFileAttribute\`)`,
    );
  }
  return `\n\n${parts.join('; ')}.`;
}

function testsSection(tests: TestResults | null, who: string): string {
  if (!tests) return '';
  const rows = tests.reports.map((r) => [
    code(r.file),
    String(r.counts.passed),
    String(r.counts.failed),
    String(r.counts.errors),
    String(r.counts.skipped),
  ]);
  let out = `### Test results\n\n${table(['Report', 'Passed', 'Failed', 'Errors', 'Skipped'], rows, ['l', 'r', 'r', 'r', 'r'])}${attributionNote(tests, who)}`;
  if (tests.failures.length) {
    const list = tests.failures
      .slice(0, 50)
      .map(
        (f) =>
          `- ${f.outcome === 'error' ? '⚠️ error' : '❌ failed'}: ${code([f.classname, f.name].filter(Boolean).join('::'))}${f.message ? ` — ${escapeText(f.message.split('\n')[0]!.slice(0, 200))}` : ''}`,
      )
      .join('\n');
    out += `\n\n${list}${tests.failureCount > 50 ? `\n- …and ${tests.failureCount - 50} more` : ''}`;
  }
  return out;
}

function reportsSection(
  ev: CoverageEvaluation,
  reports: { file: string; format: keyof typeof FORMAT_NAMES; producer?: string; files: number; unmatched: string[] }[],
): string {
  const rows = reports.map((r) => [
    code(r.file),
    FORMAT_NAMES[r.format],
    escapeText(r.producer ?? 'unknown'),
    String(r.files),
    String(r.unmatched.length),
  ]);
  let out = `### Reports read\n\n${table(['Report', 'Format', 'Written by', 'Files', 'Not in checkout'], rows, ['l', 'l', 'l', 'r', 'r'])}`;
  if (ev.unmatched.length) {
    const list = ev.unmatched
      .slice(0, 100)
      .map((u) => `- ${code(u.path)} (in ${code(u.report)})`)
      .join('\n');
    out += `\n\n${details(`⚠️ ${ev.unmatched.length} file name(s) in the reports match nothing in the checkout`, `They still count toward the whole-report total but belong to no component. Map them with the \`path-map\` input (\`from=to\`).\n\n${list}${ev.unmatched.length > 100 ? `\n- …and ${ev.unmatched.length - 100} more` : ''}`)}`;
  }
  return out;
}

export interface RenderContext {
  result: GateResult;
  ev: CoverageEvaluation;
  tests: TestResults | null;
  reports: Parameters<typeof reportsSection>[1];
  warnings: string[];
  runUrl: string | null;
}

function head(ctx: RenderContext): string {
  const { result, ev } = ctx;
  const t = ev.headline.totals;
  const figures = [
    `**${pct(ev.headline)}** ${ev.headline.metric === 'combined' ? 'coverage (lines + branches, as coverage.py reports it)' : `${ev.headline.metric} coverage`}`,
    `lines ${pct(ev.lines)} (${t.coveredStatements}/${t.statements})`,
    t.branches ? `branches ${pct(ev.branches)} (${t.coveredBranches}/${t.branches})` : 'no branch data',
    `${t.files} file(s)`,
  ];
  const warn = ctx.warnings.map((w) => `> [!WARNING]\n> ${escapeText(w)}`).join('\n\n');
  return [
    `## ${gateTitle(GATE_TITLE, result)}`,
    figures.join(' · '),
    warn,
    criteriaTable(result.criteria, result.stage.target),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function renderSummary(ctx: RenderContext, limitBytes: number): string {
  const sections: Section[] = [
    { markdown: head(ctx), priority: 100 },
    { markdown: diffSection(ctx.ev), priority: 60 },
    { markdown: categoriesSection(ctx.ev), priority: 50 },
    { markdown: componentsSection(ctx.ev), priority: 45 },
    { markdown: testsSection(ctx.tests, ctx.result.component ?? 'the whole report'), priority: 40 },
    { markdown: filesSection(ctx.ev), priority: 20 },
    { markdown: reportsSection(ctx.ev, ctx.reports), priority: 30 },
  ];
  return fitSummary(sections, limitBytes);
}

export function renderComment(ctx: RenderContext, limitChars: number): string {
  const sections: Section[] = [
    { markdown: head(ctx), priority: 100 },
    { markdown: diffSection(ctx.ev), priority: 60 },
    { markdown: categoriesSection(ctx.ev), priority: 50 },
    {
      markdown: filesSection(ctx.ev)
        ? details('Files with the most missed lines', filesSection(ctx.ev).replace(/^### .*\n\n/, ''))
        : '',
      priority: 20,
    },
    { markdown: runFooter(ctx.runUrl), priority: 90 },
  ];
  return fitComment(sections, limitChars);
}
