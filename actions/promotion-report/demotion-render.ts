/** The demotion request's card (one comment on the breach issue, updated in place) and the job summary. Pure. */
import { STAGE_TITLES } from '../../packages/core/stages.js';
import type { Criterion } from '../../packages/core/result/gate-result.js';
import { criteriaTable } from '../../packages/report/criteria.js';
import { code, escapeText, fitSections, type Section } from '../../packages/report/markdown.js';
import { PROMOTION } from '../../packages/promotion/labels.js';
import { blockedLines } from './apply.js';
import type { DemotionModel } from './demotion.js';
import { namedComponent, stagePath } from './render.js';

export interface DemotionView {
  model: DemotionModel;
  criteria: Criterion[];
  ready: boolean;
  pullRequest: string | null;
  completed: boolean;
  runUrl: string | null;
}

function verdict(v: DemotionView): string {
  const m = v.model;
  const who = namedComponent(m.component);
  const path = stagePath(m.current, m.target);
  if (v.completed) return `⬇️ ${who} is demoted (${path}): MATURITY.md on the default branch records it.`;
  if (v.pullRequest)
    return `⬇️ ${who}: demotion approved (${path}). MATURITY.md pull request: ${v.pullRequest}. Merging it completes the demotion (labels, board) and closes this issue.`;
  if (!v.ready) return `❌ ${who} cannot be demoted (${path}) as proposed: see below.`;
  return `⏳ ${who}: demotion proposed (${path}). A maintainer (write or maintain permission) approves it by adding \`${PROMOTION.approved}\`.`;
}

export function renderDemotion(v: DemotionView, limit: number, unit: 'bytes' | 'chars'): string {
  const m = v.model;
  const blocked = blockedLines(m.blocked, m.component.id, m.target);
  const sections: Section[] = [
    { markdown: `## Demotion: ${escapeText(m.component.name)}\n\n${verdict(v)}`, priority: 100 },
    { markdown: criteriaTable(v.criteria), priority: 90 },
    {
      markdown: blocked.length
        ? blocked.join('\n')
        : `No component that depends on ${code(m.component.id)} is above ${STAGE_TITLES[m.target]}.`,
      priority: 85,
    },
    { markdown: v.runUrl ? `<sub>[Run](${v.runUrl})</sub>` : '', priority: 80 },
  ];
  return fitSections(sections, limit, unit, (n) => `_${n} section(s) left out to fit._`);
}
