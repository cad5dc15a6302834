/**
 * Test-friendly inputs for putting things into the fake (logins as strings, label names, most
 * fields optional) and their translation into records. Seeding mistakes (a number used twice)
 * throw at once: they are bugs in the test, not API behaviour.
 */
import { blobSha } from './git-objects.js';
import type { FakeState } from './state/fake-state.js';
import type { CommitRecord } from './state/git-store.js';
import { addIssueLabels, createLabel, ensureLabels } from './state/label-ops.js';
import { createMilestone, findMilestone, githubDueOn } from './state/milestone-ops.js';
import type { RepoState } from './state/repo-state.js';
import type {
  CommentRecord,
  IssueRecord,
  IssueState,
  LabelRecord,
  MilestoneRecord,
  PullFileRecord,
  PullFileStatus,
  PullRefRecord,
  PullRequestRecord,
  StateReason,
} from './state/records.js';

export interface IssueSeed {
  /** Default: the next free number. */
  number?: number;
  title: string;
  body?: string | null;
  labels?: string[];
  /** Author login; default `octocat`. */
  user?: string;
  state?: IssueState;
  state_reason?: StateReason;
  assignees?: string[];
  milestone?: number | null;
  /** Makes it a pull request (with a default head and base); use `addPullRequest` to choose them. */
  pull_request?: boolean;
  created_at?: string;
  updated_at?: string;
}

export interface PullFileSeed {
  filename: string;
  status: PullFileStatus;
  /** Default: counted from `patch`. */
  additions?: number;
  deletions?: number;
  /** Leave undefined for binary or oversized diffs, which GitHub sends without a patch. */
  patch?: string | undefined;
  previous_filename?: string;
}

export interface PullRequestSeed extends Omit<IssueSeed, 'title' | 'pull_request'> {
  title?: string;
  head: PullRefRecord;
  base: PullRefRecord;
  files?: PullFileSeed[];
  draft?: boolean;
  merged_at?: string | null;
}

export interface CommentSeed {
  body: string;
  /** Default `octocat`. */
  user?: string;
  created_at?: string;
}

export interface LabelSeed {
  name: string;
  color?: string;
  description?: string | null;
}

export interface MilestoneSeed {
  number?: number;
  title: string;
  state?: 'open' | 'closed';
  description?: string | null;
  /** Stored the way GitHub stores it: the Pacific day of this instant (a bare YYYY-MM-DD is that day). */
  due_on?: string | null;
  /** Default: the repository owner. */
  creator?: string;
  created_at?: string;
}

const DEFAULT_AUTHOR = 'octocat';

export function seedIssue(state: FakeState, repo: RepoState, seed: IssueSeed): IssueRecord {
  const number = seed.number ?? repo.nextIssueNumber();
  if (repo.issues.has(number)) throw new Error(`fake-github: #${number} already exists in ${repo.fullName}`);
  const user = seed.user ?? DEFAULT_AUTHOR;
  state.users.get(user);
  const createdAt = seed.created_at ?? state.now();
  const closed = seed.state === 'closed';
  const issue: IssueRecord = {
    id: state.ids.take('issue'),
    number,
    title: seed.title,
    body: seed.body ?? null,
    state: seed.state ?? 'open',
    stateReason: seed.state_reason ?? (closed ? 'completed' : null),
    user,
    labelIds: [],
    assignees: seed.assignees ?? [],
    milestone: seed.milestone ?? null,
    locked: false,
    isPullRequest: seed.pull_request ?? false,
    createdAt,
    updatedAt: seed.updated_at ?? createdAt,
    closedAt: closed ? (seed.updated_at ?? createdAt) : null,
    closedBy: null,
    events: [],
  };
  // Labels a seeded issue starts with were applied by its author (an issue form's labels are).
  addIssueLabels(issue, ensureLabels(state, repo, seed.labels ?? []), { state, login: user });
  repo.issues.set(number, issue);
  if (issue.isPullRequest) {
    const base = repo.git.branchHead(repo.defaultBranch);
    registerPull(state, repo, issue, {
      head: { sha: blobSha(Buffer.from(`head of #${number}`)), ref: `feature-${number}`, repoFullName: repo.fullName },
      base: { sha: base?.sha ?? '', ref: repo.defaultBranch, repoFullName: repo.fullName },
    });
  }
  return issue;
}

export function seedPullRequest(state: FakeState, repo: RepoState, seed: PullRequestSeed): PullRequestRecord {
  const { head, base, files, draft, merged_at: mergedAt, ...issueSeed } = seed;
  const number = seed.number ?? repo.nextIssueNumber();
  const issue = seedIssue(state, repo, { ...issueSeed, number, title: seed.title ?? `Pull request #${number}` });
  issue.isPullRequest = true;
  return registerPull(state, repo, issue, {
    head,
    base,
    files: files ?? [],
    ...(draft === undefined ? {} : { draft }),
    ...(mergedAt === undefined ? {} : { mergedAt }),
  });
}

function registerPull(
  state: FakeState,
  repo: RepoState,
  issue: IssueRecord,
  input: {
    head: PullRefRecord;
    base: PullRefRecord;
    files?: PullFileSeed[];
    draft?: boolean;
    mergedAt?: string | null;
  },
): PullRequestRecord {
  state.users.get(input.head.repoFullName.split('/')[0] ?? '');
  const pull: PullRequestRecord = {
    number: issue.number,
    id: state.ids.take('issue'),
    head: { ...input.head },
    base: { ...input.base },
    files: (input.files ?? []).map(pullFile),
    draft: input.draft ?? false,
    mergedAt: input.mergedAt ?? null,
  };
  repo.pulls.set(issue.number, pull);
  return pull;
}

export function pullFile(seed: PullFileSeed): PullFileRecord {
  const lines = seed.patch?.split('\n') ?? [];
  const file: PullFileRecord = {
    filename: seed.filename,
    status: seed.status,
    additions: seed.additions ?? lines.filter((line) => line.startsWith('+')).length,
    deletions: seed.deletions ?? lines.filter((line) => line.startsWith('-')).length,
  };
  if (seed.patch !== undefined) file.patch = seed.patch;
  if (seed.previous_filename !== undefined) file.previous_filename = seed.previous_filename;
  return file;
}

export function seedComment(state: FakeState, repo: RepoState, issueNumber: number, seed: CommentSeed): CommentRecord {
  if (!repo.issues.has(issueNumber)) throw new Error(`fake-github: no issue #${issueNumber} in ${repo.fullName}`);
  const user = seed.user ?? DEFAULT_AUTHOR;
  state.users.get(user);
  const createdAt = seed.created_at ?? state.now();
  const comment: CommentRecord = {
    id: state.ids.take('comment'),
    issueNumber,
    body: seed.body,
    user,
    createdAt,
    updatedAt: createdAt,
  };
  repo.comments.set(comment.id, comment);
  return comment;
}

export function seedLabel(state: FakeState, repo: RepoState, seed: LabelSeed): LabelRecord {
  if (repo.findLabel(seed.name)) throw new Error(`fake-github: label ${seed.name} already exists`);
  return createLabel(state, repo, seed);
}

export function seedMilestone(state: FakeState, repo: RepoState, seed: MilestoneSeed): MilestoneRecord {
  if (seed.number !== undefined && repo.milestones.has(seed.number)) {
    throw new Error(`fake-github: milestone ${seed.number} already exists`);
  }
  if (findMilestone(repo, seed.title)) throw new Error(`fake-github: milestone ${seed.title} already exists`);
  let dueOn: string | null = null;
  if (seed.due_on !== undefined && seed.due_on !== null) {
    const stored = githubDueOn(seed.due_on);
    if (stored === undefined) throw new Error(`fake-github: due_on ${seed.due_on} is not a date`);
    dueOn = stored;
  }
  return createMilestone(state, repo, {
    number: seed.number,
    title: seed.title,
    state: seed.state,
    description: seed.description,
    dueOn,
    creator: seed.creator ?? repo.owner,
    createdAt: seed.created_at,
  });
}

/** Commits one file on a branch (default: the default branch), as the repository owner. */
export function seedFile(
  state: FakeState,
  repo: RepoState,
  path: string,
  content: string | Buffer,
  options: { branch?: string; message?: string } = {},
): CommitRecord {
  const branch = options.branch ?? repo.defaultBranch;
  if (!repo.git.branchHead(branch)) throw new Error(`fake-github: no branch ${branch} in ${repo.fullName}`);
  const identity = { name: repo.owner, email: `${repo.owner}@users.noreply.github.com`, date: state.now() };
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return repo.git.commitOnBranch(branch, new Map([[path, bytes]]), options.message ?? `Add ${path}`, identity);
}
