/**
 * What the fake stores. Records hold facts only (logins, ids, numbers); the JSON GitHub sends
 * is built from them by `shapes/`, so one record can be served by several endpoints (an issue
 * by the issues API, the search API and, later, GraphQL) without drifting apart.
 */

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface UserRecord {
  id: number;
  login: string;
  type: 'User' | 'Bot';
}

export interface LabelRecord {
  id: number;
  name: string;
  /** Six hex digits, without '#'. */
  color: string;
  description: string | null;
  default: boolean;
}

export interface MilestoneRecord {
  id: number;
  number: number;
  title: string;
  state: 'open' | 'closed';
  description: string | null;
  /** As GitHub stores it: midnight, Pacific time, of the due day, in UTC (`2026-12-01T08:00:00Z`). */
  dueOn: string | null;
  /** Login of whoever created it. */
  creator: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export type IssueState = 'open' | 'closed';
export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;

/** Issues and pull requests share one number space, as on GitHub. */
export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  stateReason: StateReason;
  /** Login of the author. */
  user: string;
  /** Label ids in the order they were applied, so renaming a label renames it everywhere. */
  labelIds: number[];
  assignees: string[];
  milestone: number | null;
  locked: boolean;
  isPullRequest: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  /** Label events, oldest first (the issue events API): who added or removed which label. */
  events: IssueEventRecord[];
}

export interface IssueEventRecord {
  id: number;
  event: 'labeled' | 'unlabeled';
  actor: string;
  label: { name: string; color: string };
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface PullRefRecord {
  sha: string;
  ref: string;
  /** "owner/name"; differs from the base repository for pull requests from forks. */
  repoFullName: string;
}

export type PullFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullFileRecord {
  filename: string;
  status: PullFileStatus;
  additions: number;
  deletions: number;
  /** Absent for binary files and for diffs GitHub considers too large to show. */
  patch?: string;
  previous_filename?: string;
}

/** The pull-request-only facts; title, body, state, labels live on the IssueRecord. */
export interface PullRequestRecord {
  number: number;
  /** Pull requests have a database id of their own, distinct from their issue's. */
  id: number;
  head: PullRefRecord;
  base: PullRefRecord;
  files: PullFileRecord[];
  draft: boolean;
  mergedAt: string | null;
}
