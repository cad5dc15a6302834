/**
 * The one adapter between the actions and the GitHub REST API. Everything else talks to
 * `GitHubApi`, an interface of the calls we make, so logic stays testable without octokit.
 *
 * Every request gets a time-out, and rate limits (403 with x-ratelimit-remaining: 0, 403/429
 * secondary limits with retry-after) and transient 5xx answers are retried within bounds:
 * a few attempts, each wait capped. A wait longer than the cap fails at once with the time
 * the limit resets, rather than holding a runner for an hour.
 */
import { getOctokit } from '@actions/github';
import { GitHubApiError } from './api-errors.js';
import { gitBlobSha } from './git-blob.js';
import { restRetry, retrying, retryPolicy, type RetryPolicy } from './retry.js';

export interface IssueComment {
  id: number;
  body: string;
  user: { login: string; type?: string } | null;
  html_url: string;
  created_at?: string;
  updated_at?: string;
}

export interface PullRequestFile {
  filename: string;
  status: string;
  previous_filename?: string;
  additions?: number;
  deletions?: number;
  changes?: number;
  /** Absent for binary files and, past GitHub's diff limits, for large ones. */
  patch?: string;
}

export interface GitHubApi {
  readonly owner: string;
  readonly repo: string;
  /** All comments of an issue or pull request, every page. */
  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  deleteIssueComment(commentId: number): Promise<void>;
  /**
   * The login of the token's own account (`github-actions[bot]` for a workflow's GITHUB_TOKEN),
   * from GraphQL `viewer { login }`: REST `GET /user` refuses GITHUB_TOKEN and App installation
   * tokens. Asked once per client.
   */
  viewerLogin(): Promise<string>;
  /** A pull request's files, every page, up to GitHub's 3000. */
  listPullRequestFiles(pull: number): Promise<PullRequestFile[]>;
  /**
   * A file's text and blob sha at a ref; null when the file (or the ref) does not exist. Read
   * with the raw media type, so files up to GitHub's 100 MB come whole (the JSON form carries
   * no content above 1 MB); the sha is the git blob hash of the bytes read.
   */
  getFile(path: string, ref: string): Promise<RepoFile | null>;
  /** The files and folders directly in a folder at a ref (GitHub lists up to 1,000); null when there is no such folder or ref. */
  listDirectory(path: string, ref: string): Promise<DirectoryEntry[] | null>;
  /**
   * Creates or updates a file on a branch. `sha` is the blob read before (null: create):
   * GitHub refuses the write with 409 (or 422) when the file changed meanwhile, so two
   * writers never lose each other's data.
   */
  putFile(p: { path: string; branch: string; text: string; message: string; sha: string | null }): Promise<{ sha: string }>;
  /** The commit a branch points at; null when there is no such branch. */
  branchSha(branch: string): Promise<string | null>;
  /** Creates a branch at a commit; false when it exists already (another run created it). */
  createBranch(branch: string, sha: string): Promise<boolean>;
  /** Deletes a branch; one that is not there is not an error. */
  deleteBranch(branch: string): Promise<void>;
  defaultBranch(): Promise<string>;
  /** Open issues (not pull requests) that carry every one of `labels`, oldest first, every page. */
  listOpenIssues(labels: string[]): Promise<IssueSummary[]>;
  /**
   * Creates an issue. Never replayed after a failure that may have been applied (a 5xx, a
   * time-out): the caller looks before creating again (keyed-issue.ts). Rate limits are retried.
   */
  createIssue(p: { title: string; body: string; labels: string[] }): Promise<IssueSummary>;
  /** Changes an issue's title or body (a PATCH: safe to repeat). */
  updateIssue(issue: number, p: { title?: string; body?: string }): Promise<void>;
  closeIssue(issue: number, reason: 'completed' | 'not_planned' | 'duplicate'): Promise<void>;
  /** Opens a pull request from `head` (a branch of this repository) into `base`. GitHub refuses
   *  (422) one that exists already for the same head and base, or has no commits: look first with
   *  findOpenPullRequest. */
  createPullRequest(p: { title: string; head: string; base: string; body: string }): Promise<{ number: number; html_url: string }>;
  /** The open pull request from `head` (`branch`, or `owner:branch`) into `base`; null when there is none. */
  findOpenPullRequest(head: string, base: string): Promise<{ number: number; html_url: string } | null>;
  /** Open milestones, every page. `due_on` is GitHub's: midnight Pacific time of the due day, in
   *  UTC (`2026-12-01T08:00:00Z`), so its first ten characters are the day. */
  listMilestones(): Promise<{ number: number; title: string; due_on: string | null; state: string }[]>;
  /**
   * Creates a milestone. `dueOn` is a day (YYYY-MM-DD; sent as noon UTC, which is that day in
   * Pacific time, the day GitHub keeps) or a full timestamp. When the title is taken (another
   * run created it, or it is closed), the existing milestone is returned.
   */
  createMilestone(p: { title: string; description?: string; dueOn?: string | null }): Promise<{ number: number; title: string }>;
  /** An issue's title, body, labels and author; null when there is none. */
  getIssue(issue: number): Promise<IssueDetail | null>;
  addLabels(issue: number, labels: string[]): Promise<void>;
  /** Removes a label from an issue; a label that is not on it is not an error. */
  removeLabel(issue: number, label: string): Promise<void>;
  /** The repository's labels, every page. */
  listLabels(): Promise<{ name: string; color: string; description: string | null }[]>;
  createLabel(p: { name: string; color: string; description: string }): Promise<void>;
  updateLabel(p: { name: string; color: string; description: string }): Promise<void>;
  /** The user's role on the repository: admin, maintain, write, triage, read or none. */
  permissionOf(user: string): Promise<string>;
  /** Issues matching a search query: one request, up to 100 results. */
  searchIssues(query: string): Promise<{ number: number; title: string; html_url: string; labels: string[]; state?: string; created_at?: string; closed_at?: string | null }[]>;
  /** An issue's events, oldest first, up to 1,000 (who added or removed which label, and when). */
  listIssueEvents(issue: number): Promise<IssueEvent[]>;
  /** The newest artifacts of the repository named `name` (one page: up to 100, newest first; needs `actions: read`). */
  listArtifacts(name: string): Promise<ArtifactInfo[]>;
  /** An artifact's zip archive; refused above `maxBytes` before anything is downloaded. */
  downloadArtifact(artifact: ArtifactInfo, maxBytes: number): Promise<Uint8Array>;
}

export interface IssueEvent {
  event: string;
  actor: string | null;
  label: string | null;
  created_at: string;
}

export interface ArtifactInfo {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at: string | null;
  workflow_run: { id: number; head_branch: string | null; head_sha: string | null; repository_id?: number; head_repository_id?: number } | null;
}

export interface IssueDetail {
  number: number;
  title: string;
  body: string | null;
  labels: string[];
  user: string | null;
  html_url: string;
  node_id: string;
  state: string;
  created_at: string;
}

export interface IssueSummary {
  number: number;
  title: string;
  html_url: string;
  created_at: string;
  /** Label names. */
  labels: string[];
  /** The body, as listed (GitHub sends it with every issue of a listing). */
  body?: string | null;
}

export interface RepoFile {
  text: string;
  sha: string;
}

export interface DirectoryEntry {
  name: string;
  path: string;
  type: 'file' | 'dir' | 'symlink' | 'submodule';
  /** The blob sha of a file, the tree sha of a folder. */
  sha: string;
  size: number;
}

/** Who to talk to, and the retry policy (retry.ts; every field has a default). */
export interface ClientOptions extends Partial<RetryPolicy> {
  token: string;
  owner: string;
  repo: string;
  /** Defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
}

export { retryDelayMs } from './retry.js';

export function createGitHubClient(options: ClientOptions): GitHubApi {
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
  const octokit = getOctokit(options.token, { baseUrl });
  const { owner, repo } = options;

  const policy = retryPolicy(options);
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const what = `${requestOptions.method} ${String(requestOptions.url)}`;
    // `request: { replay: false }`: a write that must not happen twice (see createIssue).
    const replay = requestOptions.request?.replay !== false;
    return retrying(policy, what, async (signal) => {
      // Set on the options object itself: the hooks below this one were bound to it, and
      // ignore an object passed in its place.
      requestOptions.request = { ...requestOptions.request, signal };
      return request(requestOptions);
    }, restRetry(what, policy.timeoutMs, replay));
  });

  let viewer: Promise<string> | undefined;
  return {
    owner,
    repo,
    viewerLogin() {
      viewer ??= octokit.graphql<{ viewer: { login: string } }>('query ViewerLogin { viewer { login } }').then(
        (data) => data.viewer.login,
        (e: unknown) => {
          viewer = undefined; // asked again next time, not cached as a failure
          throw e;
        },
      );
      return viewer;
    },
    async listIssueComments(issue) {
      return (await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 })) as IssueComment[];
    },
    async createIssueComment(issue, body) {
      return (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data as IssueComment;
    },
    async updateIssueComment(commentId, body) {
      return (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })).data as IssueComment;
    },
    async deleteIssueComment(commentId) {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: commentId });
    },
    async getFile(path, ref) {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } });
        // A folder is answered as JSON whatever the media type.
        const bytes = rawBytes(data);
        if (bytes === null) return null;
        return { text: bytes.toString('utf8'), sha: gitBlobSha(bytes) };
      } catch (e) {
        if (e instanceof GitHubApiError && e.status === 404) return null;
        throw e;
      }
    },
    async listDirectory(path, ref) {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref });
        if (!Array.isArray(data)) return null;
        return data.map((e) => ({ name: e.name, path: e.path, type: e.type as DirectoryEntry['type'], sha: e.sha, size: e.size }));
      } catch (e) {
        if (e instanceof GitHubApiError && e.status === 404) return null;
        throw e;
      }
    },
    async putFile({ path, branch, text, message, sha }) {
      const { data } = await octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path,
        branch,
        message,
        content: Buffer.from(text, 'utf8').toString('base64'),
        ...(sha ? { sha } : {}),
      });
      return { sha: data.content?.sha ?? '' };
    },
    async branchSha(branch) {
      try {
        return (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha;
      } catch (e) {
        if (e instanceof GitHubApiError && e.status === 404) return null;
        throw e;
      }
    },
    async createBranch(branch, sha) {
      try {
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
        return true;
      } catch (e) {
        if (e instanceof GitHubApiError && e.status === 422 && /already exists/i.test(e.message)) return false;
        throw e;
      }
    },
    async deleteBranch(branch) {
      try {
        await octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` });
      } catch (e) {
        if (!(e instanceof GitHubApiError && (e.status === 404 || e.status === 422))) throw e;
      }
    },
    async defaultBranch() {
      return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    },
    async listOpenIssues(labels) {
      const all = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', labels: labels.join(','), sort: 'created', direction: 'asc', per_page: 100 });
      return all.filter((i) => !i.pull_request).map(issueSummary);
    },
    async createIssue({ title, body, labels }) {
      return issueSummary((await octokit.rest.issues.create({ owner, repo, title, body, labels, request: { replay: false } })).data);
    },
    async updateIssue(issue, { title, body }) {
      await octokit.rest.issues.update({ owner, repo, issue_number: issue, ...(title === undefined ? {} : { title }), ...(body === undefined ? {} : { body }) });
    },
    async closeIssue(issue, reason) {
      await octokit.rest.issues.update({ owner, repo, issue_number: issue, state: 'closed', state_reason: reason });
    },
    async listPullRequestFiles(pull) {
      const files: PullRequestFile[] = [];
      for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 })) {
        files.push(...(page.data as PullRequestFile[]));
        if (files.length >= 3000) break; // GitHub lists no more than 3000
      }
      return files;
    },
    async createPullRequest({ title, head, base, body }) {
      const { data } = await octokit.rest.pulls.create({ owner, repo, title, head, base, body });
      return { number: data.number, html_url: data.html_url };
    },
    async findOpenPullRequest(head, base) {
      // The list's `head` filter wants `owner:branch`; a bare branch name would filter nothing.
      const qualified = head.includes(':') ? head : `${owner}:${head}`;
      const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: qualified, base, per_page: 10 });
      const pull = data[0];
      return pull ? { number: pull.number, html_url: pull.html_url } : null;
    },
    async listMilestones() {
      const all = await octokit.paginate(octokit.rest.issues.listMilestones, { owner, repo, state: 'open', per_page: 100 });
      return all.map((m) => ({ number: m.number, title: m.title, due_on: m.due_on, state: m.state }));
    },
    async createMilestone({ title, description, dueOn }) {
      const due_on = dueOn ? (/^\d{4}-\d{2}-\d{2}$/.test(dueOn) ? `${dueOn}T12:00:00Z` : dueOn) : undefined;
      try {
        const { data } = await octokit.rest.issues.createMilestone({
          owner,
          repo,
          title,
          ...(description === undefined ? {} : { description }),
          ...(due_on === undefined ? {} : { due_on }),
        });
        return { number: data.number, title: data.title };
      } catch (e) {
        // 422 is also GitHub's answer to a title in use (open or closed): converge on that one.
        if (!(e instanceof GitHubApiError && e.status === 422)) throw e;
        const all = await octokit.paginate(octokit.rest.issues.listMilestones, { owner, repo, state: 'all', per_page: 100 });
        const existing = all.find((m) => m.title === title);
        if (!existing) throw e;
        return { number: existing.number, title: existing.title };
      }
    },
    async getIssue(issue) {
      try {
        const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: issue });
        return {
          number: data.number,
          title: data.title,
          body: data.body ?? null,
          labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
          user: data.user?.login ?? null,
          html_url: data.html_url,
          node_id: data.node_id,
          state: data.state,
          created_at: data.created_at,
        };
      } catch (e) {
        if (e instanceof GitHubApiError && e.status === 404) return null;
        throw e;
      }
    },
    async addLabels(issue, labels) {
      if (labels.length) await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue, labels });
    },
    async removeLabel(issue, label) {
      try {
        await octokit.rest.issues.removeLabel({ owner, repo, issue_number: issue, name: label });
      } catch (e) {
        if (!(e instanceof GitHubApiError && e.status === 404)) throw e;
      }
    },
    async listLabels() {
      const all = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 });
      return all.map((l) => ({ name: l.name, color: l.color, description: l.description ?? null }));
    },
    async createLabel({ name, color, description }) {
      await octokit.rest.issues.createLabel({ owner, repo, name, color, description });
    },
    async updateLabel({ name, color, description }) {
      await octokit.rest.issues.updateLabel({ owner, repo, name, color, description });
    },
    async permissionOf(user) {
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user });
        return (data as { role_name?: string }).role_name ?? data.permission;
      } catch (e) {
        if (e instanceof GitHubApiError && e.status === 404) return 'none';
        throw e;
      }
    },
    async listIssueEvents(issue) {
      const events: IssueEvent[] = [];
      for await (const page of octokit.paginate.iterator(octokit.rest.issues.listEvents, { owner, repo, issue_number: issue, per_page: 100 })) {
        for (const e of page.data as { event: string; actor?: { login?: string } | null; label?: { name?: string } | null; created_at: string }[]) {
          events.push({ event: e.event, actor: e.actor?.login ?? null, label: e.label?.name ?? null, created_at: e.created_at });
        }
        if (events.length >= 1000) break; // a bound: promotion requests have a few dozen events
      }
      return events;
    },
    async listArtifacts(name) {
      const { data } = await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name, per_page: 100 });
      return data.artifacts.map((a) => ({
        id: a.id,
        name: a.name,
        size_in_bytes: a.size_in_bytes,
        expired: a.expired,
        created_at: a.created_at ?? null,
        workflow_run: a.workflow_run
          ? { id: a.workflow_run.id ?? 0, head_branch: a.workflow_run.head_branch ?? null, head_sha: a.workflow_run.head_sha ?? null, repository_id: a.workflow_run.repository_id, head_repository_id: a.workflow_run.head_repository_id }
          : null,
      }));
    },
    async downloadArtifact(artifact, maxBytes) {
      if (artifact.size_in_bytes > maxBytes) throw new Error(`artifact ${artifact.name} is ${artifact.size_in_bytes} bytes, over the ${maxBytes} this action reads`);
      const { data } = await octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: 'zip' });
      const bytes = new Uint8Array(data as ArrayBuffer);
      if (bytes.byteLength > maxBytes) throw new Error(`artifact ${artifact.name} downloaded ${bytes.byteLength} bytes, over the ${maxBytes} this action reads`);
      return bytes;
    },
    async searchIssues(query) {
      const { data } = await octokit.rest.search.issuesAndPullRequests({ q: query, per_page: 100 });
      return data.items.map((i) => ({ number: i.number, title: i.title, html_url: i.html_url, labels: i.labels.map((l) => l.name ?? '').filter(Boolean), state: i.state, created_at: i.created_at, closed_at: i.closed_at }));
    },
  };
}

/** The bytes of a raw-media-type answer (text, or an ArrayBuffer when the content type names no charset); null for JSON (a folder). */
function rawBytes(data: unknown): Buffer | null {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

function issueSummary(i: { number: number; title: string; html_url: string; created_at: string; body?: string | null; labels: (string | { name?: string | undefined })[] }): IssueSummary {
  const labels = i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
  return { number: i.number, title: i.title, html_url: i.html_url, created_at: i.created_at, labels, body: i.body ?? null };
}
