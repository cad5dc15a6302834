/** A pull request (`GET /pulls/{n}`) and the entries of its changed-files list. */
import { blobSha } from '../git-objects.js';
import { nodeId } from '../ids.js';
import type { RepoState } from '../state/repo-state.js';
import type { IssueRecord, PullFileRecord, PullRefRecord, PullRequestRecord } from '../state/records.js';
import { encodePath } from '../urls.js';
import { authorAssociation } from './author-association.js';
import type { ShapeContext } from './context.js';
import { labelShape } from './label.js';
import { milestoneShape } from './milestone.js';
import { repoShape } from './repo.js';
import { userByLogin } from './user.js';

function refShape(ref: PullRefRecord, baseRepo: RepoState, ctx: ShapeContext): Record<string, unknown> {
  const owner = ref.repoFullName.split('/')[0] ?? '';
  return {
    label: `${owner}:${ref.ref}`,
    ref: ref.ref,
    sha: ref.sha,
    user: userByLogin(owner, ctx),
    repo: repoShape(ref.repoFullName, ctx, {
      fork: ref.repoFullName.toLowerCase() !== baseRepo.fullName.toLowerCase(),
    }),
  };
}

export function pullShape(
  pull: PullRequestRecord,
  issue: IssueRecord,
  repo: RepoState,
  ctx: ShapeContext,
): Record<string, unknown> {
  const { urls } = ctx;
  const url = urls.repoApi(repo, `/pulls/${pull.number}`);
  const htmlUrl = urls.repoHtml(repo, `/pull/${pull.number}`);
  const milestone = issue.milestone === null ? undefined : repo.milestones.get(issue.milestone);
  const additions = pull.files.reduce((sum, file) => sum + file.additions, 0);
  const deletions = pull.files.reduce((sum, file) => sum + file.deletions, 0);
  return {
    url,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: urls.repoApi(repo, `/issues/${pull.number}`),
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    comments_url: urls.repoApi(repo, `/issues/${pull.number}/comments`),
    statuses_url: urls.repoApi(repo, `/statuses/${pull.head.sha}`),
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: userByLogin(issue.user, ctx),
    body: issue.body,
    labels: repo.labelsOf(issue).map((label) => labelShape(label, repo, ctx)),
    milestone: milestone ? milestoneShape(milestone, repo, ctx) : null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: null,
    assignee: issue.assignees[0] === undefined ? null : userByLogin(issue.assignees[0], ctx),
    assignees: issue.assignees.map((login) => userByLogin(login, ctx)),
    requested_reviewers: [],
    requested_teams: [],
    head: refShape(pull.head, repo, ctx),
    base: refShape(pull.base, repo, ctx),
    author_association: authorAssociation(repo, issue.user),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.mergedAt !== null,
    mergeable: issue.state === 'open' ? true : null,
    mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: repo.commentsOn(pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions,
    deletions,
    changed_files: pull.files.length,
  };
}

export function pullFileShape(
  file: PullFileRecord,
  pull: PullRequestRecord,
  repo: RepoState,
  { urls }: ShapeContext,
): Record<string, unknown> {
  const path = encodePath(file.filename);
  return {
    // The fake has no file contents for pull requests; a sha derived from the name and head
    // commit is stable and distinct per file, which is all clients use it for.
    sha: blobSha(Buffer.from(`${pull.head.sha}:${file.filename}`)),
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: urls.repoHtml(repo, `/blob/${pull.head.sha}/${path}`),
    raw_url: urls.repoHtml(repo, `/raw/${pull.head.sha}/${path}`),
    contents_url: urls.repoApi(repo, `/contents/${path}?ref=${pull.head.sha}`),
    // GitHub leaves `patch` out (rather than null) for binary files and oversized diffs.
    ...(file.patch === undefined ? {} : { patch: file.patch }),
    ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename }),
  };
}
