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
import { boundedPages, DEFAULT_MAX_PAGES } from './pagination.js';
import { artifactsApi } from './rest/artifacts.js';
import { commentsApi } from './rest/comments.js';
import { contentsApi } from './rest/contents.js';
import { issuesApi } from './rest/issues.js';
import { labelsApi } from './rest/labels.js';
import { milestonesApi } from './rest/milestones.js';
import { pullsApi } from './rest/pulls.js';
import type { Rest } from './rest/rest.js';
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
  searchIssues(query: string): Promise<FoundIssue[]>;
  /** An issue's events, oldest first, up to 1,000 (who added or removed which label, and when). */
  listIssueEvents(issue: number): Promise<IssueEvent[]>;
  /** The newest artifacts of the repository named `name` (one page: up to 100, newest first; needs `actions: read`). */
  listArtifacts(name: string): Promise<ArtifactInfo[]>;
  /** An artifact's zip archive; refused above `maxBytes` before anything is downloaded. */
  downloadArtifact(artifact: ArtifactInfo, maxBytes: number): Promise<Uint8Array>;
}

/** An issue as the search API finds it. */
export interface FoundIssue {
  number: number;
  title: string;
  html_url: string;
  labels: string[];
  state?: string;
  created_at?: string;
  closed_at?: string | null;
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

/**
 * The adapter, assembled from its parts in rest/ (one file per area of the API); every part
 * shares the octokit instance with the transport hook installed, and the bounded listing.
 */
export function createGitHubClient(options: ClientOptions): GitHubApi {
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
  const octokit = getOctokit(options.token, { baseUrl });
  installTransport(octokit, retryPolicy(options), options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES);
  const note = options.note ?? (() => {});
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const r: Rest = {
    octokit,
    owner: options.owner,
    repo: options.repo,
    list: (what, pages, limit = maxPages) => boundedPages(pages, { what, maxPages: limit }, note),
  };
  return {
    owner: r.owner,
    repo: r.repo,
    ...commentsApi(r),
    ...contentsApi(r),
    ...issuesApi(r),
    ...labelsApi(r),
    ...pullsApi(r),
    ...milestonesApi(r),
    ...artifactsApi(r),
  };
}
