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

/** Adds labels to an issue, keeping the ones it has; returns whether anything changed. */
export function addIssueLabels(issue: IssueRecord, labels: readonly LabelRecord[]): boolean {
  const before = issue.labelIds.length;
  for (const label of labels) if (!issue.labelIds.includes(label.id)) issue.labelIds.push(label.id);
  return issue.labelIds.length !== before;
}

export function deleteLabel(repo: RepoState, label: LabelRecord): void {
  repo.labels.delete(label.id);
  for (const issue of repo.issues.values()) issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
}
