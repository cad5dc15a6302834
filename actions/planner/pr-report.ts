/**
 * The planner's `report` mode, pure: the gates' results of one run, combined per component into
 * one verdict, one job summary and one pull request comment (docs/journeys.md, journey 1: "one sticky
 * comment on the pull request"; the details stay in each gate's job summary).
 *
 * A component passes when every gate that should have judged it wrote a result and none of the
 * judged criteria fell short. A missing result is an error (the gate's step crashed or was
 * skipped), never a pass. Progress toward the next stage is shown, not judged.
 */
import { STAGE_TITLES, type Stage } from '../../packages/core/stages.js';
import { worstFirst, type Criterion, type GateResult, type Status } from '../../packages/core/result/gate-result.js';
import { criteriaTable, formatBar, formatMeasured, shortfalls, STATUS_ICON } from '../../packages/report/criteria.js';
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

export const REPORT_GATES = ['coverage-gate', 'quality-gate', 'security-gate'] as const;

const GATE_TITLES: Record<string, string> = {
  'coverage-gate': 'Coverage gate',
  'quality-gate': 'Quality gate',
  'security-gate': 'Security gate',
  'uptime-check': 'Uptime check',
};

export interface ComponentVerdict {
  id: string;
  name: string;
  current: string | null;
  target: string | null;
  status: Status;
  /** Judged criteria (the change's), with the gate that judged each. */
  judged: (Criterion & { gate: string })[];
  /** Not judged: the next stage's bars. */
  progress: (Criterion & { gate: string })[];
  /** Gates that wrote no result for the component. */
  missing: string[];
}

export interface RunReport {
  components: ComponentVerdict[];
  status: Status;
  /** `change`: a pull request's run; `stage`: where each component stands against its next stage. */
  scope: 'change' | 'stage';
  /** Result files not used, and why. */
  setAside: { file: string; reason: string }[];
}

const RANK: Record<Status, number> = { pass: 0, 'no-data': 1, fail: 2, error: 3 };
const worse = (a: Status, b: Status): Status => (RANK[b] > RANK[a] ? b : a);

export function combineResults(
  planned: readonly { id: string; name: string }[],
  gates: readonly string[],
  results: readonly GateResult[],
  setAside: { file: string; reason: string }[],
): RunReport {
  const components = planned.map((p): ComponentVerdict => {
    const mine = results.filter((r) => r.component === p.id);
    const judged: ComponentVerdict['judged'] = [];
    const progress: ComponentVerdict['progress'] = [];
    let status: Status = 'pass';
    const missing: string[] = [];
    for (const gate of gates) {
      const r = mine
        .filter((x) => x.gate === gate)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
      if (!r) {
        missing.push(gate);
        status = worse(status, 'error');
        continue;
      }
      status = worse(status, r.status);
      for (const c of r.criteria) (c.enforced === false ? progress : judged).push({ ...c, gate });
    }
    const any = mine[0];
    return {
      id: p.id,
      name: p.name,
      current: any?.stage.current ?? null,
      target: any?.stage.target ?? null,
      status,
      judged,
      progress,
      missing,
    };
  });
  const status = components.reduce<Status>((s, c) => worse(s, c.status), 'pass');
  const scope = results.some((r) => r.scope === 'change') ? 'change' : 'stage';
  return { components, status, scope, setAside };
}

function stageTitle(s: string | null): string {
  return s ? (STAGE_TITLES[s as Stage] ?? s) : 'unknown stage';
}

const VERDICT: Record<Status, string> = {
  pass: 'passes',
  fail: 'falls short',
  'no-data': 'could not be measured',
  error: 'could not be judged',
};

function progressCell(c: ComponentVerdict): string {
  if (c.progress.length === 0) return c.target ? `${stageTitle(c.target)}: judged in full` : '—';
  const met = c.progress.filter((x) => x.status === 'pass').length;
  return `${stageTitle(c.target)}: ${met} of ${c.progress.length} criteria met`;
}

function overviewTable(report: RunReport): string {
  const rows = report.components.map((c) => {
    const passed = c.judged.filter((x) => x.status === 'pass').length;
    const verdict = c.missing.length
      ? `${STATUS_ICON.error} no result from ${c.missing.join(', ')}`
      : report.scope === 'change'
        ? `${STATUS_ICON[c.status]} ${VERDICT[c.status]} (${passed} of ${c.judged.length} checks)`
        : `${STATUS_ICON[c.status]} ${passed} of ${c.judged.length} criteria met`;
    const row = [`${code(c.id)} ${escapeText(c.name)}`, stageTitle(c.current), verdict];
    return report.scope === 'change' ? [...row, progressCell(c)] : row;
  });
  return report.scope === 'change'
    ? table(['Component', 'Stage', 'This change', 'Toward the next stage'], rows)
    : table(['Component', 'Stage', 'Against its next stage'], rows);
}

/** What fell short for one component, one line each, worst first. */
function shortfallList(c: ComponentVerdict): string {
  const lines = c.missing.map(
    (g) =>
      `- ${STATUS_ICON.error} ${escapeText(GATE_TITLES[g] ?? g)}: no result for ${code(c.id)} (its step failed or did not run: see that job's log)`,
  );
  for (const crit of worstFirst(c.judged)) {
    if (crit.status === 'pass') continue;
    const text = shortfalls([crit])[0] ?? `${crit.title}: ${crit.detail ?? 'no data'}`;
    lines.push(
      `- ${STATUS_ICON[crit.status]} ${escapeText(GATE_TITLES[crit.gate] ?? crit.gate)} · ${escapeText(text)}`,
    );
  }
  return lines.join('\n');
}

/** One criterion in a line of prose: "Test coverage 62.96% (bar ≥ 80%)", "User documentation: missing". */
function criterionInline(x: Criterion): string {
  if (x.measured === null || typeof x.measured === 'string')
    return `${escapeText(x.title)}: ${x.measured === null ? formatMeasured(x) : escapeText(x.measured)}`;
  return `${escapeText(x.title)} ${formatMeasured(x)}${x.bar !== null ? ` (bar ${formatBar(x)})` : ''}`;
}

function progressLine(c: ComponentVerdict): string {
  const open = worstFirst(c.progress).filter((x) => x.status !== 'pass');
  if (open.length === 0)
    return c.progress.length ? `Every ${stageTitle(c.target)} criterion measured here is met.` : '';
  const items = open.slice(0, 8).map(criterionInline);
  return `Toward ${stageTitle(c.target)}, not enforced: ${items.join(' · ')}${open.length > 8 ? ` · and ${open.length - 8} more` : ''}.`;
}

function componentSection(c: ComponentVerdict, full: boolean, scope: RunReport['scope']): string {
  const head =
    scope === 'change'
      ? `### ${STATUS_ICON[c.status]} ${code(c.id)} ${escapeText(c.name)}: this change ${VERDICT[c.status]}`
      : `### ${STATUS_ICON[c.status]} ${code(c.id)} ${escapeText(c.name)}: ${stageTitle(c.current)}, measured against ${stageTitle(c.target)}`;
  const parts = [head];
  const short = shortfallList(c);
  if (short) parts.push(short);
  if (full) {
    parts.push(criteriaTable([...c.judged, ...c.progress], c.target ?? undefined));
  } else {
    const p = progressLine(c);
    if (p) parts.push(`<sub>${p}</sub>`);
  }
  return parts.join('\n\n');
}

function headline(report: RunReport): string {
  const n = report.components.length;
  if (n === 0) return '## Maturity: no component is touched by this change';
  const bad = report.components.filter((c) => c.status !== 'pass').length;
  if (report.scope === 'stage')
    return `## Maturity: ${n - bad} of ${n} component(s) meet every criterion of their next stage`;
  return report.status === 'pass'
    ? `## ${STATUS_ICON.pass} Maturity: this change keeps the bars of all ${n} component(s) it touches`
    : `## ${STATUS_ICON[report.status]} Maturity: this change falls short for ${bad} of ${n} component(s)`;
}

function setAsideSection(report: RunReport): string {
  if (report.setAside.length === 0) return '';
  const list = report.setAside
    .slice(0, 50)
    .map((s) => `- ${code(s.file)}: ${escapeText(s.reason)}`)
    .join('\n');
  return details(`${report.setAside.length} result file(s) set aside`, list);
}

/** The one sticky comment: the verdict per component and what fell short; details in the summary. */
export function renderPullRequestComment(report: RunReport, runUrl: string | null, limitChars: number): string {
  const sections: Section[] = [
    { markdown: `${headline(report)}\n\n${report.components.length ? overviewTable(report) : ''}`, priority: 100 },
    ...report.components
      .filter((c) => c.status !== 'pass')
      .map((c) => ({ markdown: componentSection(c, false, report.scope), priority: 80 })),
    ...report.components
      .filter((c) => c.status === 'pass')
      .map((c) => ({ markdown: componentSection(c, false, report.scope), priority: 40 })),
    { markdown: runFooter(runUrl), priority: 90 },
  ];
  return fitComment(sections, limitChars);
}

/** The run's job summary: the same verdicts with every criterion, judged and progress. */
export function renderRunSummary(report: RunReport, limitBytes: number): string {
  const sections: Section[] = [
    { markdown: `${headline(report)}\n\n${report.components.length ? overviewTable(report) : ''}`, priority: 100 },
    ...report.components.map((c) => ({
      markdown: componentSection(c, true, report.scope),
      priority: c.status === 'pass' ? 40 : 80,
    })),
    { markdown: setAsideSection(report), priority: 10 },
  ];
  return fitSummary(sections, limitBytes);
}

/** The failure message: which components fell short, on what. */
export function reportFailure(report: RunReport): string {
  const bad = report.components.filter((c) => c.status !== 'pass');
  return bad
    .map((c) => {
      const what = [...c.missing.map((g) => `no ${g} result`), ...shortfalls(c.judged)].slice(0, 4);
      return `${c.id}: ${what.join('; ') || VERDICT[c.status]}`;
    })
    .join(' | ');
}
