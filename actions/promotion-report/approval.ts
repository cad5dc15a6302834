/**
 * The approval of a promotion: the `promotion:approved` label, counted only when the person who
 * applied it may approve (write, maintain or admin). Checked on every run from the issue's own
 * events, not only on the `labeled` event: a run that replaced the labelling one (GitHub keeps
 * one pending run per concurrency group), or a label added by a workflow's token (which starts
 * no run at all), must not pass for approved. A label from someone not entitled is removed, with
 * a comment saying why.
 */
import type { Logger } from '../../packages/core/logger.js';
import type { Criterion } from '../../packages/core/result/gate-result.js';
import type { GitHubApi, IssueDetail, IssueEvent } from '../../packages/github/client.js';
import { PROMOTION } from '../../packages/promotion/labels.js';
import { escapeText } from '../../packages/report/markdown.js';

export const ENTITLED = new Set(['admin', 'maintain', 'write']);

export interface Approval {
  by: string;
  permission: string;
}

/**
 * The approval as a criterion: a promotion's "Manual QA approval" row and a demotion's "Approved
 * by a maintainer" check are the same label read the same way, under their own id and title.
 */
export function approvalCriterion(approval: Approval | null, id: string, title: string): Criterion {
  return {
    evidence: [],
    id,
    title,
    status: approval ? 'pass' : 'no-data',
    measured: approval ? `@${approval.by}` : null,
    bar: 'write or maintain permission',
    comparator: null,
    unit: '',
    detail: approval
      ? `label ${PROMOTION.approved} applied by @${approval.by} (${approval.permission})`
      : `awaiting a maintainer: label ${PROMOTION.approved}`,
  };
}

/** Who put `label` on the issue as it is now: the actor of its newest `labeled` event, unless removed after. */
export function labelAppliedBy(events: readonly IssueEvent[], label: string): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.label !== label) continue;
    if (e.event === 'labeled') return e.actor;
    if (e.event === 'unlabeled') return null;
  }
  return null;
}

export async function checkApproval(api: GitHubApi, issue: IssueDetail, log: Logger): Promise<Approval | null> {
  if (!issue.labels.includes(PROMOTION.approved)) return null;
  const by = labelAppliedBy(await api.listIssueEvents(issue.number), PROMOTION.approved);
  const permission = by ? await api.permissionOf(by) : 'none';
  if (by && ENTITLED.has(permission)) return { by, permission };
  await api.removeLabel(issue.number, PROMOTION.approved);
  const who = by
    ? `@${escapeText(by)} has ${permission} permission on this repository`
    : "the issue's history does not say who applied it";
  await api.createIssueComment(
    issue.number,
    `The label \`${PROMOTION.approved}\` was removed: ${who}, and approving a promotion needs write or maintain permission.`,
  );
  log.warning(
    `${by ?? 'an unknown account'} may not approve promotions (permission: ${permission}); the label was removed`,
  );
  return null;
}
