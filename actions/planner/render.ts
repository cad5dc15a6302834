/** The planner's job summary: the components to check, their stages and why; the config's problems. Pure. */
import { STAGE_TITLES } from '../../packages/core/stages.js';
import { code, escapeText, table } from '../../packages/report/markdown.js';
import type { Plan } from './planner.js';

export function renderPlan(p: Plan, total: number): string {
  const rows = p.include.map((c) => [
    code(c.component),
    escapeText(c.name),
    c.current ? STAGE_TITLES[c.current] : '_unknown_',
    c.target ? STAGE_TITLES[c.target] : '—',
    escapeText(c.reason),
  ]);
  const problems = p.problems.length
    ? `### Config problems\n\n${p.problems.map((x) => `- ${x.level === 'error' ? '❌' : '⚠️'} ${x.component ? `${code(x.component)}: ` : ''}${escapeText(x.message)}`).join('\n')}\n`
    : '';
  return `## Maturity plan: ${p.include.length} of ${total} component(s) to check\n\n${rows.length ? table(['Component', 'Name', 'Stage', 'Held to', 'Why'], rows) : '_No component is touched by this change._'}\n\n${problems}`;
}
