/**
 * Label mutations shared by the labels API, the issue-labels API, issue updates and seeding.
 * Naming a label that does not exist creates it, as GitHub does when labels are applied to
 * an issue (with GitHub's default grey).
 */
import type { FakeState } from './fake-state.js';
import type { RepoState } from './repo-state.js';
import type { IssueRecord, LabelRecord } from './records.js';

export const DEFAULT_LABEL_COLOR = 'ededed';

export function createLabel(
  state: FakeState,
  repo: RepoState,
  input: { name: string; color?: string | undefined; description?: string | null | undefined },
): LabelRecord {
  const label: LabelRecord = {
    id: state.ids.take('label'),
    name: input.name,
    color: (input.color ?? DEFAULT_LABEL_COLOR).replace(/^#/, ''),
    description: input.description ?? null,
    default: false,
  };
  repo.labels.set(label.id, label);
  return label;
}

/** The labels with these names, matched case-insensitively, created when missing; duplicates dropped. */
export function ensureLabels(state: FakeState, repo: RepoState, names: readonly string[]): LabelRecord[] {
  const labels: LabelRecord[] = [];
  for (const name of names) {
    const label = repo.findLabel(name) ?? createLabel(state, repo, { name });
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

/** Who changed an issue's labels, and when: recorded as issue events, as GitHub does. */
export interface LabelActor {
  state: FakeState;
  login: string;
}

function record(issue: IssueRecord, event: 'labeled' | 'unlabeled', label: LabelRecord, by: LabelActor): void {
  issue.events.push({
    id: by.state.ids.take('event'),
    event,
    actor: by.login,
    label: { name: label.name, color: label.color },
    createdAt: by.state.now(),
  });
}

/** Adds labels to an issue, keeping the ones it has; returns whether anything changed. */
export function addIssueLabels(issue: IssueRecord, labels: readonly LabelRecord[], by: LabelActor): boolean {
  const before = issue.labelIds.length;
  for (const label of labels) {
    if (issue.labelIds.includes(label.id)) continue;
    issue.labelIds.push(label.id);
    record(issue, 'labeled', label, by);
  }
  return issue.labelIds.length !== before;
}

/** Replaces an issue's labels, recording what was added and removed. */
export function setIssueLabels(
  repo: RepoState,
  issue: IssueRecord,
  labels: readonly LabelRecord[],
  by: LabelActor,
): void {
  const keep = new Set(labels.map((l) => l.id));
  for (const id of issue.labelIds) if (!keep.has(id)) removeIssueLabel(repo, issue, id, by);
  addIssueLabels(issue, labels, by);
}

/** Removes one label from an issue, recording it. */
export function removeIssueLabel(repo: RepoState, issue: IssueRecord, labelId: number, by: LabelActor): void {
  if (!issue.labelIds.includes(labelId)) return;
  issue.labelIds = issue.labelIds.filter((id) => id !== labelId);
  const label = repo.labels.get(labelId);
  if (label) record(issue, 'unlabeled', label, by);
}

export function deleteLabel(repo: RepoState, label: LabelRecord): void {
  repo.labels.delete(label.id);
  for (const issue of repo.issues.values()) issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
}
