/**
 * The one adapter between the actions and the GitHub REST API. Everything else talks to
 * `GitHubApi`, an interface of the calls we make, so logic stays testable without octokit.
 *
 * Every request goes through one hook (transport.ts): a time-out per attempt and a budget per
 * call, rate limits (403 with x-ratelimit-remaining: 0, 403/429 secondary limits with
 * retry-after) and transient 5xx answers retried within bounds, every reply read through the
 * bounded reader, and JSON that does not parse refused. A wait longer than the cap fails at
 * once with the time the limit resets, rather than holding a runner for an hour. Listings
 * stop at a page count (pagination.ts), with a note. Creates go through createOnce: never
 * repeated blindly after a failure that may have been applied.
 */
import { getOctokit } from '@actions/github';
import { GitHubApiError } from './api-errors.js';
import { createOnce } from './create-once.js';
import { isWriteConflict } from './write-conflicts.js';
import { gitBlobSha } from './git-blob.js';
import { boundedPages, DEFAULT_MAX_PAGES } from './pagination.js';
import { retryPolicy, type RetryPolicy } from './retry.js';
import { DEFAULT_MAX_REPLY_BYTES, installTransport } from './transport.js';

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
  /** All comments of an issue or pull request, every page (up to the page bound, with a note past it). */
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
  /** A pull request's files, every page, up to GitHub's 3000; `truncated` when more were offered. */
  listPullRequestFiles(pull: number): Promise<{ files: PullRequestFile[]; truncated: boolean }>;
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
  putFile(p: {
    path: string;
    branch: string;
    text: string;
    message: string;
    sha: string | null;
  }): Promise<{ sha: string }>;
  /** The commit a branch points at; null when there is no such branch. */
  branchSha(branch: string): Promise<string | null>;
  /** Creates a branch at a commit; false when it exists already (another run created it). */
  createBranch(branch: string, sha: string): Promise<boolean>;
  /** Deletes a branch; one that is not there is not an error. */
  deleteBranch(branch: string): Promise<void>;
  defaultBranch(): Promise<string>;
  /** Open issues (not pull requests) that carry every one of `labels`, oldest first, every page. */
  listOpenIssues(labels: string[]): Promise<IssueSummary[]>;
  /** Creates an issue; after a failure that may have been applied, looks (title and labels) before creating again. */
  createIssue(p: { title: string; body: string; labels: string[] }): Promise<IssueSummary>;
  /** Changes an issue's title or body (a PATCH: safe to repeat). */
  updateIssue(issue: number, p: { title?: string; body?: string }): Promise<void>;
  /** Closes an issue; `body`, when given, replaces its text in the same request (a duplicate saying which issue it duplicates). */
  closeIssue(issue: number, reason: 'completed' | 'not_planned' | 'duplicate', body?: string): Promise<void>;
  /** Opens a pull request from `head` (a branch of this repository) into `base`. One that is open
   *  already for the same head and base (another run, or an attempt answered 502) is returned;
   *  GitHub refuses (422) one without commits. */
  createPullRequest(p: {
    title: string;
    head: string;
    base: string;
    body: string;
  }): Promise<{ number: number; html_url: string }>;
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
  createMilestone(p: {
    title: string;
    description?: string;
    dueOn?: string | null;
  }): Promise<{ number: number; title: string }>;
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
  searchIssues(
    query: string,
  ): Promise<
    {
      number: number;
      title: string;
      html_url: string;
      labels: string[];
      state?: string;
      created_at?: string;
      closed_at?: string | null;
    }[]
  >;
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
  workflow_run: {
    id: number;
    head_branch: string | null;
    head_sha: string | null;
    repository_id?: number;
    head_repository_id?: number;
  } | null;
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
  /** The author's login. */
  user: string | null;
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

/** Who to talk to, the retry policy (retry.ts) and the bounds; every field has a default. */
export interface ClientOptions extends Partial<RetryPolicy> {
  token: string;
  owner: string;
  repo: string;
  /** Defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  /** The largest reply read (default DEFAULT_MAX_REPLY_BYTES). */
  maxReplyBytes?: number;
  /** Pages a listing reads at most (default DEFAULT_MAX_PAGES). */
  maxPages?: number;
  /** Told when a listing is cut short (a warning, in the actions). */
  note?: (message: string) => void;
}

export { retryDelayMs } from './retry.js';

/** 404 (or `also`) as null: "there is none". */
async function orNull<T>(read: () => Promise<T>, also: readonly number[] = []): Promise<T | null> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof GitHubApiError && (e.status === 404 || also.includes(e.status))) return null;
    throw e;
  }
}

/** A 422 GitHub answers when the thing exists already (a branch, a label, a pull request, a milestone title). */
function alreadyExists(e: unknown): boolean {
  return e instanceof GitHubApiError && e.status === 422;
}

export function createGitHubClient(options: ClientOptions): GitHubApi {
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
  const octokit = getOctokit(options.token, { baseUrl });
  const { owner, repo } = options;
  installTransport(octokit, retryPolicy(options), options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES);
  const note = options.note ?? (() => {});
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const list = <T>(what: string, pages: AsyncIterable<{ data: T[]; headers: { link?: string } }>, limit = maxPages) =>
    boundedPages(pages, { what, maxPages: limit }, note);
  const it = octokit.paginate.iterator;

  const comments = async (issue: number) =>
    (
      await list(
        `comments of #${issue}`,
        it(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 }),
      )
    ).items as IssueComment[];
  const openIssues = async (labels: string[]) => {
    const { items } = await list(
      `open issues labelled ${labels.join(', ')}`,
      it(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels: labels.join(','),
        sort: 'created',
        direction: 'asc',
        per_page: 100,
      }),
    );
    return items.filter((i) => !i.pull_request).map(issueSummary);
  };
  const milestones = async (state: 'open' | 'all') =>
    (await list(`${state} milestones`, it(octokit.rest.issues.listMilestones, { owner, repo, state, per_page: 100 })))
      .items;
  const labels = async () =>
    (await list('labels', it(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 }))).items;
  const getFile = async (path: string, ref: string): Promise<RepoFile | null> => {
    // A folder is answered as JSON whatever the media type.
    const data = await orNull(
      async () => (await octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } })).data,
    );
    const bytes = data === null ? null : rawBytes(data);
    return bytes === null ? null : { text: bytes.toString('utf8'), sha: gitBlobSha(bytes) };
  };
  const findOpenPull = async (head: string, base: string) => {
    // The list's `head` filter wants `owner:branch`; a bare branch name would filter nothing.
    const qualified = head.includes(':') ? head : `${owner}:${head}`;
    const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: qualified, base, per_page: 10 });
    const pull = data[0];
    return pull ? { number: pull.number, html_url: pull.html_url } : null;
  };

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
    listIssueComments: comments,
    async createIssueComment(issue, body) {
      return createOnce({
        create: async () =>
          (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data as IssueComment,
        // The same text on the same issue: ours, from the attempt that answered 502.
        find: async () => (await comments(issue)).filter((c) => c.body === body).pop() ?? null,
      });
    },
    async updateIssueComment(commentId, body) {
      return (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body }))
        .data as IssueComment;
    },
    async deleteIssueComment(commentId) {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: commentId });
    },
    getFile,
    async listDirectory(path, ref) {
      const data = await orNull(async () => (await octokit.rest.repos.getContent({ owner, repo, path, ref })).data);
      if (!Array.isArray(data)) return null;
      return data.map((e) => ({
        name: e.name,
        path: e.path,
        type: e.type as DirectoryEntry['type'],
        sha: e.sha,
        size: e.size,
      }));
    },
    async putFile({ path, branch, text, message, sha }) {
      try {
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
      } catch (e) {
        // Refused as a conflict: when the file holds what we wrote, it was our own attempt that
        // answered 502 after it was applied (the retry then carried a stale sha). Converge.
        if (!isWriteConflict(e)) throw e;
        const now = await getFile(path, branch);
        if (now && now.text === text) return { sha: now.sha };
        throw e;
      }
    },
    async branchSha(branch) {
      return orNull(
        async () => (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha,
      );
    },
    async createBranch(branch, sha) {
      try {
        return await createOnce({
          create: async () => (
            await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha }),
            true
          ),
          // There at the commit asked for: the attempt that answered 502 made it.
          find: async () =>
            (await orNull(
              async () => (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha,
            )) === sha
              ? true
              : null,
        });
      } catch (e) {
        if (alreadyExists(e) && /already exists/i.test((e as Error).message)) return false;
        throw e;
      }
    },
    async deleteBranch(branch) {
      await orNull(() => octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` }), [422]);
    },
    async defaultBranch() {
      return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    },
    listOpenIssues: openIssues,
    async createIssue({ title, body, labels: names }) {
      return createOnce({
        create: async () =>
          issueSummary((await octokit.rest.issues.create({ owner, repo, title, body, labels: names })).data),
        find: async () => (await openIssues(names)).filter((i) => i.title === title).pop() ?? null,
      });
    },
    async updateIssue(issue, { title, body }) {
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issue,
        ...(title === undefined ? {} : { title }),
        ...(body === undefined ? {} : { body }),
      });
    },
    async closeIssue(issue, reason, body) {
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issue,
        state: 'closed',
        state_reason: reason,
        ...(body === undefined ? {} : { body }),
      });
    },
    async listPullRequestFiles(pull) {
      // GitHub lists no more than 3000 files: 30 pages of 100.
      const { items, cut } = await list(
        `files of pull request #${pull}`,
        it(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 }),
        30,
      );
      return { files: items as PullRequestFile[], truncated: cut || items.length >= 3000 };
    },
    async createPullRequest({ title, head, base, body }) {
      const found = () => findOpenPull(head, base);
      try {
        return await createOnce({
          create: async () => {
            const { data } = await octokit.rest.pulls.create({ owner, repo, title, head, base, body });
            return { number: data.number, html_url: data.html_url };
          },
          find: found,
        });
      } catch (e) {
        // "A pull request already exists": another run (or an attempt that answered 502) opened it.
        const existing = alreadyExists(e) ? await found() : null;
        if (existing) return existing;
        throw e;
      }
    },
    findOpenPullRequest: findOpenPull,
    async listMilestones() {
      return (await milestones('open')).map((m) => ({
        number: m.number,
        title: m.title,
        due_on: m.due_on,
        state: m.state,
      }));
    },
    async createMilestone({ title, description, dueOn }) {
      const due_on = dueOn ? (/^\d{4}-\d{2}-\d{2}$/.test(dueOn) ? `${dueOn}T12:00:00Z` : dueOn) : undefined;
      const byTitle = async () => {
        const existing = (await milestones('all')).find((m) => m.title === title);
        return existing ? { number: existing.number, title: existing.title } : null;
      };
      try {
        return await createOnce({
          create: async () => {
            const { data } = await octokit.rest.issues.createMilestone({
              owner,
              repo,
              title,
              ...(description === undefined ? {} : { description }),
              ...(due_on === undefined ? {} : { due_on }),
            });
            return { number: data.number, title: data.title };
          },
          find: byTitle,
        });
      } catch (e) {
        // 422 is also GitHub's answer to a title in use (open or closed): converge on that one.
        const existing = alreadyExists(e) ? await byTitle() : null;
        if (existing) return existing;
        throw e;
      }
    },
    async getIssue(issue) {
      const data = await orNull(async () => (await octokit.rest.issues.get({ owner, repo, issue_number: issue })).data);
      if (data === null) return null;
      return {
        number: data.number,
        title: data.title,
        body: data.body ?? null,
        labels: labelNames(data.labels),
        user: data.user?.login ?? null,
        html_url: data.html_url,
        node_id: data.node_id,
        state: data.state,
        created_at: data.created_at,
      };
    },
    async addLabels(issue, names) {
      if (names.length) await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue, labels: names });
    },
    async removeLabel(issue, label) {
      await orNull(() => octokit.rest.issues.removeLabel({ owner, repo, issue_number: issue, name: label }));
    },
    async listLabels() {
      return (await labels()).map((l) => ({ name: l.name, color: l.color, description: l.description ?? null }));
    },
    async createLabel({ name, color, description }) {
      const byName = async () =>
        (await labels()).some((l) => l.name.toLowerCase() === name.toLowerCase()) ? true : null;
      try {
        await createOnce({
          create: async () => (await octokit.rest.issues.createLabel({ owner, repo, name, color, description }), true),
          find: byName,
        });
      } catch (e) {
        if (!(alreadyExists(e) && (await byName()))) throw e;
      }
    },
    async updateLabel({ name, color, description }) {
      await octokit.rest.issues.updateLabel({ owner, repo, name, color, description });
    },
    async permissionOf(user) {
      const data = await orNull(
        async () => (await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user })).data,
      );
      return data === null ? 'none' : ((data as { role_name?: string }).role_name ?? data.permission);
    },
    async listIssueEvents(issue) {
      // A bound: promotion requests have a few dozen events. The newest come last, so a cut
      // list would lose exactly the ones that say who labelled the issue now: an error.
      const { items, cut } = await boundedPages(
        it(octokit.rest.issues.listEvents, { owner, repo, issue_number: issue, per_page: 100 }),
        { what: `events of #${issue}`, maxPages: 10 },
        () => {},
      );
      if (cut)
        throw new GitHubApiError(
          `the events of #${issue} run past ${items.length} in 10 pages; who applied its labels cannot be told from part of them`,
          0,
          'too-large',
        );
      return (
        items as {
          event: string;
          actor?: { login?: string } | null;
          label?: { name?: string } | null;
          created_at: string;
        }[]
      ).map((e) => ({
        event: e.event,
        actor: e.actor?.login ?? null,
        label: e.label?.name ?? null,
        created_at: e.created_at,
      }));
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
          ? {
              id: a.workflow_run.id ?? 0,
              head_branch: a.workflow_run.head_branch ?? null,
              head_sha: a.workflow_run.head_sha ?? null,
              repository_id: a.workflow_run.repository_id,
              head_repository_id: a.workflow_run.head_repository_id,
            }
          : null,
      }));
    },
    async downloadArtifact(artifact, maxBytes) {
      if (artifact.size_in_bytes > maxBytes)
        throw new Error(
          `artifact ${artifact.name} is ${artifact.size_in_bytes} bytes, over the ${maxBytes} this action reads`,
        );
      const { data } = await octokit.rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
        request: { maxReplyBytes: maxBytes },
      });
      return new Uint8Array(data as ArrayBuffer);
    },
    async searchIssues(query) {
      const { data } = await octokit.rest.search.issuesAndPullRequests({ q: query, per_page: 100 });
      return data.items.map((i) => ({
        number: i.number,
        title: i.title,
        html_url: i.html_url,
        labels: labelNames(i.labels),
        state: i.state,
        created_at: i.created_at,
        closed_at: i.closed_at,
      }));
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

function labelNames(labels: readonly (string | { name?: string | undefined })[]): string[] {
  return labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
}

function issueSummary(i: {
  number: number;
  title: string;
  html_url: string;
  created_at: string;
  body?: string | null;
  user?: { login?: string } | null;
  labels: (string | { name?: string | undefined })[];
}): IssueSummary {
  return {
    number: i.number,
    title: i.title,
    html_url: i.html_url,
    created_at: i.created_at,
    labels: labelNames(i.labels),
    body: i.body ?? null,
    user: i.user?.login ?? null,
  };
}
