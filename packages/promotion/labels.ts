/**
 * The promotion label taxonomy (COMPONENT_PROMOTION_GUIDE and the blocker issue template):
 * promotion:* moves requested -> in-review -> approved -> completed (blocked while a criterion
 * fails), target:<stage>, component:<id> for every component of the config, blocker:<type>,
 * and the incident labels uptime-check uses. `setupLabels` creates or corrects them all,
 * idempotently: a second run changes nothing.
 */
import type { GitHubApi } from '../github/client.js';

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

export const PROMOTION = {
  requested: 'promotion:requested',
  inReview: 'promotion:in-review',
  approved: 'promotion:approved',
  completed: 'promotion:completed',
  blocked: 'promotion:blocked',
} as const;

export const componentLabel = (id: string) => `component:${id}`;
export const targetLabel = (stage: string) => `target:${stage}`;

const BLOCKERS = ['tests', 'coverage', 'performance', 'security', 'documentation', 'dependencies', 'integration'];

export function labelTaxonomy(components: readonly string[]): LabelSpec[] {
  return [
    { name: PROMOTION.requested, color: 'c5def5', description: 'A component promotion was requested' },
    { name: PROMOTION.inReview, color: 'fbca04', description: 'Automated validation posted its scorecard' },
    { name: PROMOTION.approved, color: '0e8a16', description: 'Approved by a maintainer (write or maintain permission)' },
    { name: PROMOTION.completed, color: '5319e7', description: 'Promotion applied: MATURITY.md, board, milestone' },
    { name: PROMOTION.blocked, color: 'b60205', description: 'A promotion criterion fails' },
    { name: targetLabel('staging'), color: 'bfdadc', description: 'Promotion to Staging' },
    { name: targetLabel('production'), color: '006b75', description: 'Promotion to Production' },
    ...BLOCKERS.map((b) => ({ name: `blocker:${b}`, color: 'd93f0b', description: `Blocks a promotion: ${b}` })),
    { name: 'incident', color: 'b60205', description: 'A component is down (uptime-check)' },
    { name: 'severity:critical', color: 'b60205', description: 'Every endpoint of the component is down' },
    { name: 'severity:high', color: 'd93f0b', description: 'Some endpoints of the component are down' },
    ...components.map((id) => ({ name: componentLabel(id), color: 'ededed', description: `Component ${id}` })),
  ];
}

export async function setupLabels(api: GitHubApi, specs: readonly LabelSpec[]): Promise<{ created: string[]; updated: string[]; unchanged: number }> {
  const existing = new Map((await api.listLabels()).map((l) => [l.name.toLowerCase(), l]));
  const created: string[] = [];
  const updated: string[] = [];
  let unchanged = 0;
  for (const spec of specs) {
    const have = existing.get(spec.name.toLowerCase());
    if (!have) {
      await api.createLabel(spec);
      created.push(spec.name);
    } else if (have.color.toLowerCase() !== spec.color || (have.description ?? '') !== spec.description) {
      await api.updateLabel({ ...spec, name: have.name });
      updated.push(spec.name);
    } else unchanged++;
  }
  return { created, updated, unchanged };
}
