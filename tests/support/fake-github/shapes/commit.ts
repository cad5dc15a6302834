/**
 * Commits in the two shapes the REST API uses: the git-data shape (contents API write results,
 * `git/commits`) and the "commit" shape with a nested `commit` (branches, `commits`).
 */
import { nodeId } from '../ids.js';
import type { CommitRecord } from '../state/git-store.js';
import type { RepoState } from '../state/repo-state.js';
import type { ShapeContext } from './context.js';

const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

function parentsShape(commit: CommitRecord, repo: RepoState, { urls }: ShapeContext, kind: 'git' | 'rest'): unknown[] {
  return commit.parents.map((sha) => ({
    sha,
    url: urls.repoApi(repo, kind === 'git' ? `/git/commits/${sha}` : `/commits/${sha}`),
    html_url: urls.repoHtml(repo, `/commit/${sha}`),
  }));
}

export function gitCommitShape(commit: CommitRecord, repo: RepoState, ctx: ShapeContext): Record<string, unknown> {
  const { urls } = ctx;
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: urls.repoApi(repo, `/git/commits/${commit.sha}`),
    html_url: urls.repoHtml(repo, `/commit/${commit.sha}`),
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.treeSha, url: urls.repoApi(repo, `/git/trees/${commit.treeSha}`) },
    message: commit.message,
    parents: parentsShape(commit, repo, ctx, 'git'),
    verification: UNSIGNED,
  };
}

export function restCommitShape(commit: CommitRecord, repo: RepoState, ctx: ShapeContext): Record<string, unknown> {
  const { urls } = ctx;
  const url = urls.repoApi(repo, `/commits/${commit.sha}`);
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    commit: {
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.treeSha, url: urls.repoApi(repo, `/git/trees/${commit.treeSha}`) },
      url: urls.repoApi(repo, `/git/commits/${commit.sha}`),
      comment_count: 0,
      verification: UNSIGNED,
    },
    url,
    html_url: urls.repoHtml(repo, `/commit/${commit.sha}`),
    comments_url: `${url}/comments`,
    // GitHub maps commit emails to accounts; the fake does not, so these stay null.
    author: null,
    committer: null,
    parents: parentsShape(commit, repo, ctx, 'rest'),
  };
}
