/**
 * FakeGitHub: an in-process HTTP server shaped like the GitHub REST API, for tests that drive
 * real octokit clients (`getOctokit(token, { baseUrl: gh.url })`, or `GITHUB_API_URL=gh.url`).
 *
 *   const gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
 *   gh.addIssue({ number: 1, title: 'x', labels: ['bug'] });
 *   ... run the code under test ...
 *   expect(gh.requestsTo('POST', /\/issues\/1\/comments$/)).toHaveLength(1);
 *   await gh.close();
 *
 * This class is the test-facing surface: seeding, assertions, faults. The HTTP handling is in
 * server.ts, the endpoints in routes/, the data in state/.
 */
import { TokenRegistry } from './auth.js';
import { blobSha } from './git-objects.js';
import { FaultInjector, type FaultSpec, type HttpMethod, type RuleHandle } from './faults.js';
import { nodeId } from './ids.js';
import type { PathPattern } from './path-pattern.js';
import { rateLimitFault, type RateLimitFaultOptions } from './rate-limit-faults.js';
import { RequestLog, type RecordedRequest } from './recorder.js';
import { buildRouter } from './routes/index.js';
import {
  seedComment,
  seedFile,
  seedIssue,
  seedLabel,
  seedMilestone,
  seedPullRequest,
  type CommentSeed,
  type IssueSeed,
  type LabelSeed,
  type MilestoneSeed,
  type PullRequestSeed,
} from './seeding.js';
import { startServer, type RunningServer } from './server.js';
import { addIssueLabels, ensureLabels } from './state/label-ops.js';
import { issueShape } from './shapes/issue.js';
import { FakeState } from './state/fake-state.js';
import {
  projectItemView,
  projectsOf,
  type ProjectItemView,
  type ProjectRecord,
  type ProjectSeed,
  type RecordedMutation,
} from './state/projects.js';
import type { RepoState } from './state/repo-state.js';
import type {
  CommentRecord,
  IssueRecord,
  LabelRecord,
  MilestoneRecord,
  Permission,
  PullRequestRecord,
} from './state/records.js';
import { ApiUrls } from './urls.js';
import { actionsOf, type ActionsData } from './state/actions.js';
import type { TokenPermissions } from './token-scopes.js';

export type { RecordedRequest } from './recorder.js';
export type { FaultSpec, HttpMethod, RuleHandle, SlowSpec } from './faults.js';
export type { RateLimitFaultOptions } from './rate-limit-faults.js';
export type { CommentSeed, IssueSeed, LabelSeed, MilestoneSeed, PullFileSeed, PullRequestSeed } from './seeding.js';
export type * from './state/records.js';
export type { ArtifactRecord, SarifUploadRecord, WorkflowRunRecord } from './state/actions.js';
export { storeArtifact } from './state/actions.js';
export type { ScopeLevel, TokenPermissions, TokenScope } from './token-scopes.js';
export { TOKEN_SCOPES } from './token-scopes.js';
export type {
  ProjectFieldSeed,
  ProjectItemView,
  ProjectRecord,
  ProjectSeed,
  RecordedMutation,
} from './state/projects.js';

export interface FakeGitHubOptions {
  /** Owner of the default repository (default `tta`). */
  owner?: string;
  /** Name of the default repository (default `demo`). */
  repo?: string;
  /** Default branch of the default repository (default `main`). */
  defaultBranch?: string;
  /** The clock behind every timestamp; default: real time. */
  now?: () => Date;
}

export class FakeGitHub {
  /** Tokens whose writes get 403 "Resource not accessible by integration" (fork PR GITHUB_TOKEN). */
  readonly readOnlyTokens: Set<string>;
  private currentState: FakeState;
  private readonly log = new RequestLog();
  private readonly faults = new FaultInjector();
  private readonly tokens = new TokenRegistry();
  private server: RunningServer | undefined;

  private constructor(private readonly options: Required<FakeGitHubOptions>) {
    this.readOnlyTokens = this.tokens.readOnly;
    this.currentState = this.freshState();
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const gh = new FakeGitHub({
      owner: options.owner ?? 'tta',
      repo: options.repo ?? 'demo',
      defaultBranch: options.defaultBranch ?? 'main',
      now: options.now ?? (() => new Date()),
    });
    gh.server = await startServer({
      router: buildRouter(),
      state: () => gh.currentState,
      tokens: gh.tokens,
      faults: gh.faults,
      log: gh.log,
    });
    return gh;
  }

  /** The server's origin, e.g. `http://127.0.0.1:54321`; use as octokit `baseUrl` or `GITHUB_API_URL`. */
  get url(): string {
    if (!this.server) throw new Error('fake-github: not started');
    return this.server.url;
  }

  /** Every request received so far, oldest first. */
  get requests(): RecordedRequest[] {
    return this.log.entries;
  }

  /** Requests with this method whose path (no query) equals the string or matches the RegExp. */
  requestsTo(method: HttpMethod, path: PathPattern): RecordedRequest[] {
    return this.log.filter(method, path);
  }

  /** The whole in-memory state, for seeding that this class has no helper for yet. */
  get state(): FakeState {
    return this.currentState;
  }

  /** The default repository. */
  get repo(): RepoState {
    const repo = this.currentState.repo(this.options.owner, this.options.repo);
    if (!repo) throw new Error('fake-github: default repository missing');
    return repo;
  }

  /** Back to a fresh state: no issues, requests, faults, token settings. The URL stays. */
  reset(): void {
    this.currentState = this.freshState();
    this.log.clear();
    this.faults.clear();
    this.tokens.clear();
  }

  async close(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  // --- seeding (all on the default repository) ---

  addIssue(seed: IssueSeed): IssueRecord {
    return seedIssue(this.currentState, this.repo, seed);
  }

  /** A person adds a label to an issue, as in the web UI (an issue event records who). */
  labelIssue(number: number, label: string, by: string): void {
    const issue = this.repo.issues.get(number);
    if (!issue) throw new Error(`fake-github: no issue #${number}`);
    addIssueLabels(issue, ensureLabels(this.currentState, this.repo, [label]), { state: this.currentState, login: by });
  }

  addPullRequest(seed: PullRequestSeed): PullRequestRecord {
    return seedPullRequest(this.currentState, this.repo, seed);
  }

  addComment(issueNumber: number, seed: CommentSeed): CommentRecord {
    return { ...seedComment(this.currentState, this.repo, issueNumber, seed) };
  }

  addLabel(seed: LabelSeed): LabelRecord {
    return seedLabel(this.currentState, this.repo, seed);
  }

  addMilestone(seed: MilestoneSeed): MilestoneRecord {
    return seedMilestone(this.currentState, this.repo, seed);
  }

  setPermission(login: string, permission: Permission): void {
    this.currentState.users.get(login);
    this.repo.permissions.set(login.toLowerCase(), permission);
  }

  /** Makes requests with this token act as `login` (default for any token: github-actions[bot]). */
  setTokenUser(token: string, login: string): void {
    this.tokens.logins.set(token, login);
  }

  /**
   * Limits a token to these scopes, like a workflow job's GITHUB_TOKEN: requests outside them
   * get 403 "Resource not accessible by integration" (see token-scopes.ts).
   */
  setTokenPermissions(token: string, permissions: TokenPermissions): void {
    this.tokens.permissions.set(token, { ...permissions });
  }

  /** Workflow runs, artifacts and SARIF uploads of the default repository. */
  get actions(): ActionsData {
    return actionsOf(this.repo);
  }

  /** Commits a file (default branch unless given); returns the new commit's and the blob's sha. */
  putFile(
    path: string,
    content: string | Buffer,
    options: { branch?: string; message?: string } = {},
  ): { commitSha: string; blobSha: string } {
    const commit = seedFile(this.currentState, this.repo, path, content, options);
    return { commitSha: commit.sha, blobSha: blobSha(typeof content === 'string' ? Buffer.from(content) : content) };
  }

  /** Creates a branch pointing where `from` (default: the default branch) points. */
  createBranch(name: string, from?: string): void {
    const source = this.repo.git.resolve(from ?? this.repo.defaultBranch);
    if (!source) throw new Error(`fake-github: no ref ${from ?? this.repo.defaultBranch}`);
    this.repo.git.refs.set(`refs/heads/${name}`, source.sha);
  }

  // --- projects (v2), served by POST /graphql ---

  /** A Project (v2) owned by an organization (default) or a user, with its fields. */
  addProject(seed: ProjectSeed): ProjectRecord {
    return projectsOf(this.currentState).add(seed);
  }

  /** Puts an issue or pull request of the default repository on a project; returns the item id. */
  addProjectItem(project: { owner: string; number: number }, issueNumber: number): string {
    const record = projectsOf(this.currentState).find(project.owner, project.number);
    if (!record) throw new Error(`fake-github: no project ${project.owner}/${project.number}`);
    const [contentId] = this.contentIdsOf(issueNumber);
    if (!contentId) throw new Error(`fake-github: no issue #${issueNumber}`);
    return projectsOf(this.currentState).addItem(record, contentId).id;
  }

  /**
   * The issue's item on a project (the only project it is on, unless `project` says which):
   * field values by field name, single selects by option name; undefined when it is on none.
   */
  projectItem(issueNumber: number, project?: { owner: string; number: number }): ProjectItemView | undefined {
    return projectItemView(projectsOf(this.currentState), this.contentIdsOf(issueNumber), project);
  }

  /** The GraphQL mutations received, oldest first; refused ones carry their `error`. */
  get projectMutations(): RecordedMutation[] {
    return projectsOf(this.currentState).mutations;
  }

  /** Node ids that name issue/pull request `number` (a pull request has both kinds). */
  private contentIdsOf(number: number): string[] {
    const pull = this.repo.pulls.get(number);
    const issue = this.repo.issues.get(number);
    return [...(pull ? [nodeId('PullRequest', pull.id)] : []), ...(issue ? [nodeId('Issue', issue.id)] : [])];
  }

  // --- assertions ---

  /** The issue as `GET /repos/{o}/{r}/issues/{n}` would return it. */
  issue(number: number): Record<string, unknown> {
    const record = this.repo.issues.get(number);
    if (!record) throw new Error(`fake-github: no issue #${number}`);
    return issueShape(record, this.repo, { state: this.currentState, urls: new ApiUrls(this.url) });
  }

  /** The pull requests of the default repository, oldest first (copies). */
  pulls(): PullRequestRecord[] {
    return [...this.repo.pulls.values()].sort((a, b) => a.number - b.number).map((p) => ({ ...p }));
  }

  /** The milestones of the default repository, oldest first (copies). */
  milestones(): MilestoneRecord[] {
    return [...this.repo.milestones.values()].sort((a, b) => a.number - b.number).map((m) => ({ ...m }));
  }

  /** Names of the labels on an issue, in the order they were applied. */
  labelsOn(number: number): string[] {
    const record = this.repo.issues.get(number);
    return record ? this.repo.labelsOf(record).map((label) => label.name) : [];
  }

  /** The comments currently on an issue, oldest first (copies: mutating them changes nothing). */
  comments(issueNumber: number): CommentRecord[] {
    return this.repo.commentsOn(issueNumber).map((comment) => ({ ...comment }));
  }

  /** A file's text at a branch or sha (default: the default branch), undefined if absent. */
  file(path: string, ref?: string): string | undefined {
    return this.repo.git
      .resolve(ref ?? this.repo.defaultBranch)
      ?.files.get(path)
      ?.toString('utf8');
  }

  // --- faults ---

  /** Answer matching requests with `status` instead; faults apply in injection order, each `times` times. */
  injectFault(spec: FaultSpec): RuleHandle {
    return this.faults.inject(spec);
  }

  /** A rate-limit refusal in GitHub's real primary or secondary shape. */
  rateLimit(path: PathPattern, options: RateLimitFaultOptions): RuleHandle {
    const nowSeconds = Math.floor(this.options.now().getTime() / 1000);
    return this.faults.inject(rateLimitFault(path, options, nowSeconds));
  }

  /** Hold replies to matching requests back by `delayMs` (all of them, unless `times` is given). */
  slow(path: PathPattern, delayMs: number, options: { method?: HttpMethod; times?: number } = {}): RuleHandle {
    return this.faults.slow({ path, delayMs, ...options });
  }

  private freshState(): FakeState {
    const state = new FakeState(this.options.now);
    state.addRepo(this.options.owner, this.options.repo, this.options.defaultBranch);
    return state;
  }
}
