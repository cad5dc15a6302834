/** The promotion scorecard (one comment on the request, updated in place) and the job summary. Pure. */
import { STAGE_TITLES, type Stage } from '../../packages/core/stages.js';
import { formatBar, formatGap, formatValue } from '../../packages/report/criteria.js';
import { code, details, escapeText, fitComment, linkUrl, table, type Section } from '../../packages/report/markdown.js';
import type { PromotionEvaluation, PromotionModel, RowStatus, ScorecardRow } from './promotion.js';

export const ICON: Record<RowStatus, string> = {
  pass: '✅',
  fail: '❌',
  'no-data': '⚪',
  error: '⚠️',
  declared: '📝',
  'not-applicable': '➖',
};
const WORD: Record<RowStatus, string> = {
  pass: 'pass',
  fail: 'fail',
  'no-data': 'no data',
  error: 'error',
  declared: 'declared',
  'not-applicable': 'not applicable',
};

function measured(r: ScorecardRow): string {
  if (r.measured === null) return `_${WORD[r.status]}_`;
  return escapeText(formatValue(r.measured, r.unit));
}

function evidence(r: ScorecardRow): string {
  return r.evidence
    .map((e) => {
      const label = e.file ? code(e.file) : e.tool ? escapeText(e.tool) : 'run';
      return e.url && /^https:\/\//.test(e.url) ? `[${label}](${linkUrl(e.url)})` : label;
    })
    .join('<br>');
}

export function scorecardTable(rows: readonly ScorecardRow[]): string {
  return table(
    ['', 'Criterion', 'Measured', 'Bar', 'Short by', 'From', 'Evidence'],
    rows.map((r) => [
      // A box the gates verify anyway, left unticked: information, not a blocker.
      !r.counts && r.status === 'no-data' ? '➖' : `${ICON[r.status]}${r.status === 'declared' ? ' declared' : ''}`,
      r.detail ? `${escapeText(r.title)}<br><sub>${escapeText(r.detail)}</sub>` : escapeText(r.title),
      measured(r),
      escapeText(formatBar({ ...r, status: 'pass' })),
      r.status === 'fail' ? escapeText(formatGap({ ...r, status: 'fail' })) : '',
      escapeText(r.source),
      evidence(r),
    ]),
    ['c', 'l', 'r', 'r', 'r', 'l', 'l'],
  );
}

/** The component as a card's verdict names it: its name in bold, then its id. */
export const namedComponent = (c: { id: string; name: string }): string => `**${escapeText(c.name)}** (${code(c.id)})`;

/** The move a card is about, "Staging → Production"; "?" when MATURITY.md gives no stage. */
export const stagePath = (current: Stage | null, target: Stage): string =>
  `${current ? STAGE_TITLES[current] : '?'} → ${STAGE_TITLES[target]}`;

export function verdictLine(m: PromotionModel, ev: PromotionEvaluation): string {
  const path = stagePath(m.current, m.target);
  if (ev.ready) return `✅ ${namedComponent(m.component)} meets every criterion for ${path}.`;
  return `❌ ${namedComponent(m.component)} is not ready for ${path}: ${ev.blocking.length} criterion(s) block it.`;
}

function nextSteps(m: PromotionModel, ev: PromotionEvaluation): string {
  if (!ev.ready) {
    const list = ev.blocking
      .slice(0, 10)
      .map((r) => `- ${ICON[r.status]} ${escapeText(r.title)}${r.detail ? `: ${escapeText(r.detail)}` : ''}`);
    return `**To unblock**\n\n${list.join('\n')}${ev.blocking.length > 10 ? `\n- …and ${ev.blocking.length - 10} more` : ''}\n\nThis comment is updated every time the validation runs again.`;
  }
  return m.approval
    ? `Approved by @${escapeText(m.approval.by)}.`
    : 'A maintainer (write or maintain permission) approves by adding the label `promotion:approved`; the promotion is then applied: MATURITY.md, the project board, and a milestone for the next promotion.';
}

export function renderScorecard(
  m: PromotionModel,
  ev: PromotionEvaluation,
  extra: { setAside: { file: string; reason: string }[]; problems: string[]; runUrl: string | null },
  limitChars: number,
): string {
  const sections: Section[] = [
    { markdown: `## Promotion scorecard: ${escapeText(m.component.name)}\n\n${verdictLine(m, ev)}`, priority: 100 },
    { markdown: extra.problems.map((p) => `> [!WARNING]\n> ${escapeText(p)}`).join('\n\n'), priority: 95 },
    { markdown: scorecardTable(ev.rows), priority: 90 },
    { markdown: nextSteps(m, ev), priority: 85 },
    {
      markdown: extra.setAside.length
        ? details(
            `${extra.setAside.length} result file(s) not used`,
            extra.setAside.map((s) => `- ${code(s.file)}: ${escapeText(s.reason)}`).join('\n'),
          )
        : '',
      priority: 40,
    },
    {
      markdown: extra.runUrl
        ? `<sub>[Validation run](${extra.runUrl}) · 📝 declared = ticked by the requester, not verified</sub>`
        : '<sub>📝 declared = ticked by the requester, not verified</sub>',
      priority: 80,
    },
  ];
  return fitComment(sections, limitChars);
}
