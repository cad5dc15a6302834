/** The job summary and failure message of an upkeep run (`mode: upkeep`). Pure. */
import { overallStatus, type Criterion, type GateResult } from '../../packages/core/result/gate-result.js';
import { STAGE_TITLES, type Stage } from '../../packages/core/stages.js';
import { criteriaTable, formatMeasured, STATUS_ICON, STATUS_WORD } from '../../packages/report/criteria.js';
import {
  code,
  details,
  escapeText,
  fitSummary,
  runFooter,
  table,
  type Section,
} from '../../packages/report/markdown.js';
import type { BlockedDependent } from '../../packages/promotion/dependencies.js';
import type { BreachSync } from '../../packages/upkeep/breach.js';
import type { MaintenanceEvaluation } from '../../packages/upkeep/maintenance.js';

export const UPKEEP_TITLE = 'Upkeep';

export interface UpkeepOutcome {
  component: string;
  result: GateResult;
  evaluation: MaintenanceEvaluation;
  breach: BreachSync | null;
  blocked: BlockedDependent[];
}

export interface UpkeepSummaryContext {
  outcomes: readonly UpkeepOutcome[];
  others: readonly { id: string; stage: Stage | null }[];
  warnings: readonly string[];
  runUrl: string | null;
}

const cell = (criteria: readonly Criterion[], id: string) => {
  const c = criteria.find((x) => x.id === id);
  return c ? `${c.status === 'pass' ? '' : `${STATUS_ICON[c.status]} `}${formatMeasured(c)}` : '—';
};

function breachCell(o: UpkeepOutcome): string {
  const b = o.breach;
  if (!b || !b.issue) return o.evaluation.state === 'breach' ? '_not recorded_' : '';
  const what = {
    opened: 'opened',
    updated: 'updated',
    unchanged: 'open',
    recovered: 'closed: recovered',
    unknown: 'open (not measured now)',
    none: '',
  }[b.action];
  const severity = o.evaluation.severity ? ` (${o.evaluation.severity})` : '';
  const demotion = b.proposed ? '; demotion proposed now' : b.proposedOn ? `; demotion proposed ${b.proposedOn}` : '';
  return `#${b.issue.number} ${what}${severity}${demotion}`;
}

function row(o: UpkeepOutcome): string[] {
  const c = o.result.criteria;
  return [
    `${STATUS_ICON[o.result.status]} ${code(o.component)}`,
    cell(c, 'maintenance.uptime.month'),
    cell(c, 'maintenance.uptime.rolling'),
    cell(c, 'maintenance.error-rate'),
    cell(c, 'maintenance.p95'),
    cell(c, 'maintenance.patch-deadlines'),
    breachCell(o),
  ];
}

function blockedLine(o: UpkeepOutcome): string {
  if (!o.breach?.proposedOn || !o.blocked.length) return '';
  return `A demotion would block: ${o.blocked.map((b) => `${code(b.id)} (${STAGE_TITLES[b.stage]}, through ${b.path.map(code).join(' → ')})`).join(', ')}.`;
}

export function renderUpkeepSummary(ctx: UpkeepSummaryContext, limitBytes: number): string {
  const status = overallStatus(ctx.outcomes.map((o) => ({ status: o.result.status })));
  const month =
    ctx.outcomes[0]?.result.criteria
      .find((c) => c.id === 'maintenance.uptime.month')
      ?.title.replace(/^Uptime in /, '')
      .replace(/ \(calendar month\)$/, '') ?? 'last month';
  const head = [
    `## ${STATUS_ICON[status]} ${UPKEEP_TITLE}: ${ctx.outcomes.length} component(s) in Production`,
    ctx.outcomes.length
      ? table(
          [
            'Component',
            `Uptime (${escapeText(month)})`,
            'Uptime (rolling)',
            'Error rate',
            'p95',
            'Overdue findings',
            'Breach issue',
          ],
          ctx.outcomes.map(row),
          ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
        )
      : '_No component is in Production: nothing to keep._',
    ctx.others.length
      ? `Not in Production (not judged): ${ctx.others.map((o) => `${code(o.id)} (${o.stage ? STAGE_TITLES[o.stage] : 'unknown stage'})`).join(', ')}.`
      : '',
    ctx.warnings.map((x) => `> [!WARNING]\n> ${escapeText(x)}`).join('\n\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
  const detail = ctx.outcomes
    .map((o) =>
      details(
        `${STATUS_ICON[o.result.status]} ${code(o.component)}: ${STATUS_WORD[o.result.status]}`,
        [criteriaTable(o.result.criteria), blockedLine(o)].filter(Boolean).join('\n\n'),
      ),
    )
    .join('\n\n');
  const sections: Section[] = [
    { markdown: head, priority: 100 },
    { markdown: detail, priority: 50 },
    { markdown: runFooter(ctx.runUrl), priority: 90 },
  ];
  return fitSummary(sections, limitBytes);
}

export function upkeepFailureMessage(outcomes: readonly UpkeepOutcome[]): string {
  const breached = outcomes.filter((o) => o.evaluation.state === 'breach');
  const parts = breached.map((o) => `${o.component} (${o.evaluation.breaches.map((b) => b.text).join('; ')})`);
  const unmeasured = outcomes
    .filter((o) => o.evaluation.state !== 'breach' && o.result.status !== 'pass')
    .map((o) => `${o.component} (no verdict: ${o.evaluation.unmeasured.join('; ') || 'see the summary'})`);
  return [
    parts.length ? `${parts.length} Production component(s) below their maintenance criteria: ${parts.join('; ')}` : '',
    unmeasured.length ? `not measured: ${unmeasured.join('; ')}` : '',
  ]
    .filter(Boolean)
    .join('. ')
    .concat('.');
}
