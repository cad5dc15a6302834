/**
 * Everything that belongs to one repository. Lookups that GitHub does case-insensitively
 * (label names, logins) are case-insensitive here too.
 */
import type { GitIdentity } from '../git-objects.js';
import { GitStore } from './git-store.js';
import type {
  CommentRecord,
  IssueRecord,
  LabelRecord,
  MilestoneRecord,
  Permission,
  PullRequestRecord,
} from './records.js';

export class RepoState {
  readonly issues = new Map<number, IssueRecord>();
  /** Issue comments of every issue of the repository, by comment id. */
  readonly comments = new Map<number, CommentRecord>();
  /** By label id. */
  readonly labels = new Map<number, LabelRecord>();
  readonly pulls = new Map<number, PullRequestRecord>();
  readonly milestones = new Map<number, MilestoneRecord>();
  /** Lower-cased login to permission, as set by the test. */
  readonly permissions = new Map<string, Permission>();
  readonly git: GitStore;

  constructor(
    readonly id: number,
    readonly owner: string,
    readonly name: string,
    readonly defaultBranch: string,
    initialCommitter: GitIdentity,
  ) {
    this.git = new GitStore(defaultBranch, initialCommitter);
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  findLabel(name: string): LabelRecord | undefined {
    const wanted = name.toLowerCase();
    for (const label of this.labels.values()) if (label.name.toLowerCase() === wanted) return label;
    return undefined;
  }

  labelsOf(issue: IssueRecord): LabelRecord[] {
    return issue.labelIds.flatMap((id) => this.labels.get(id) ?? []);
  }

  /** The next free number in the shared issue/pull request sequence. */
  nextIssueNumber(): number {
    return Math.max(0, ...this.issues.keys()) + 1;
  }

  /** Comments on one issue, oldest first (the order GitHub lists them). */
  commentsOn(issueNumber: number): CommentRecord[] {
    return [...this.comments.values()]
      .filter((comment) => comment.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  /** The permission the test set, or admin for the owner; undefined when nothing says. */
  permissionOf(login: string): Permission | undefined {
    const set = this.permissions.get(login.toLowerCase());
    if (set !== undefined) return set;
    return login.toLowerCase() === this.owner.toLowerCase() ? 'admin' : undefined;
  }
}
