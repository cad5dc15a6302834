/**
 * The promotion label taxonomy (COMPONENT_PROMOTION_GUIDE and the blocker issue template):
 * promotion:* moves requested -> in-review -> approved -> completed (blocked while a criterion
 * fails), target:<stage>, component:<id> for every component of the config, blocker:<type>,
 * the incident labels uptime-check uses, and the upkeep's: maintenance:breach with the seeds'
 * P0–P3 severities, demotion:proposed -> demotion:completed (a demotion is a stage change
 * request like a promotion: target:<stage>, approved with promotion:approved). `setupLabels`
 * creates or corrects them all, idempotently: a second run changes nothing.
 */
import { SEVERITY_LEVELS, type SeverityLevel } from '../core/config/defaults.js';
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

export const DEMOTION = {
  proposed: 'demotion:proposed',
  completed: 'demotion:completed',
} as const;

export const BREACH_LABEL = 'maintenance:breach';

export const componentLabel = (id: string) => `component:${id}`;
export const severityLabel = (level: SeverityLevel) => `severity:${level}`;

/** The seeds' incident severity table (COMPONENT_MATURITY_CRITERIA, "Incident Response"). */
const SEVERITY_MEANING: Record<SeverityLevel, string> = {
  P0: 'Critical: system down, data loss; response immediate',
  P1: 'High: major functionality broken; response < 1 hour',
  P2: 'Medium: minor functionality broken; response < 4 hours',
  P3: 'Low: cosmetic issues; response < 24 hours',
};
const SEVERITY_COLOR: Record<SeverityLevel, string> = { P0: 'b60205', P1: 'd93f0b', P2: 'fbca04', P3: 'c2e0c6' };
export const targetLabel = (stage: string) => `target:${stage}`;

const BLOCKERS = ['tests', 'coverage', 'performance', 'security', 'documentation', 'dependencies', 'integration'];

export function labelTaxonomy(components: readonly string[]): LabelSpec[] {
  return [
    { name: PROMOTION.requested, color: 'c5def5', description: 'A component promotion was requested' },
    { name: PROMOTION.inReview, color: 'fbca04', description: 'Automated validation posted its scorecard' },
    {
      name: PROMOTION.approved,
      color: '0e8a16',
      description: 'A promotion or demotion approved by a maintainer (write or maintain permission)',
    },
    { name: PROMOTION.completed, color: '5319e7', description: 'Promotion applied: MATURITY.md, board, milestone' },
    { name: PROMOTION.blocked, color: 'b60205', description: 'A promotion criterion fails' },
    { name: targetLabel('staging'), color: 'bfdadc', description: 'Promotion to Staging' },
    { name: targetLabel('production'), color: '006b75', description: 'Promotion to Production' },
    ...BLOCKERS.map((b) => ({ name: `blocker:${b}`, color: 'd93f0b', description: `Blocks a promotion: ${b}` })),
    { name: 'incident', color: 'b60205', description: 'A component is down (uptime-check)' },
    { name: 'severity:critical', color: 'b60205', description: 'Every endpoint of the component is down' },
    { name: 'severity:high', color: 'd93f0b', description: 'Some endpoints of the component are down' },
    {
      name: BREACH_LABEL,
      color: 'b60205',
      description: 'A Production component is below its maintenance criteria (upkeep)',
    },
    ...SEVERITY_LEVELS.map((level) => ({
      name: severityLabel(level),
      color: SEVERITY_COLOR[level],
      description: SEVERITY_MEANING[level],
    })),
    {
      name: DEMOTION.proposed,
      color: 'e99695',
      description: 'A breach outlasted its grace period: demotion proposed, awaiting a maintainer',
    },
    { name: DEMOTION.completed, color: '5319e7', description: 'Demotion applied: MATURITY.md, board' },
    ...components.map((id) => ({ name: componentLabel(id), color: 'ededed', description: `Component ${id}` })),
  ];
}

export async function setupLabels(
  api: GitHubApi,
  specs: readonly LabelSpec[],
): Promise<{ created: string[]; updated: string[]; unchanged: number }> {
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

/** A demotion proposed on a breach issue (upkeep), which promotion-report handles like a request. */
export function isDemotionRequest(issue: { labels: readonly string[] }): boolean {
  return issue.labels.includes(DEMOTION.proposed);
}
