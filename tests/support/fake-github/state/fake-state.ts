/**
 * The whole in-memory GitHub: repositories, users, id counters, rate-limit counters and the
 * clock. `FakeGitHub.reset()` replaces it with a fresh one.
 */
import { IdSequence } from '../ids.js';
import type { GitIdentity } from '../git-objects.js';
import { RateLimitTracker } from '../rate-limit.js';
import { RepoState } from './repo-state.js';
import { UserDirectory } from './users.js';

export class FakeState {
  readonly ids = new IdSequence();
  readonly users = new UserDirectory(this.ids);
  readonly rateLimits = new RateLimitTracker(() => Math.floor(this.clock().getTime() / 1000));
  private readonly repos = new Map<string, RepoState>();
  /** Ids for repositories that are only named (fork heads of pull requests), kept stable. */
  private readonly foreignRepoIds = new Map<string, number>();

  constructor(private readonly clock: () => Date) {}

  /** GitHub timestamps: ISO 8601, UTC, whole seconds. */
  now(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }

  addRepo(owner: string, name: string, defaultBranch = 'main'): RepoState {
    const key = `${owner}/${name}`.toLowerCase();
    const existing = this.repos.get(key);
    if (existing) return existing;
    this.users.get(owner);
    const identity: GitIdentity = { name: owner, email: `${owner}@users.noreply.github.com`, date: this.now() };
    const repo = new RepoState(this.ids.take('repository'), owner, name, defaultBranch, identity);
    this.repos.set(key, repo);
    return repo;
  }

  /** Owner and name are case-insensitive in GitHub URLs. */
  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  repoById(id: number): RepoState | undefined {
    for (const repo of this.repos.values()) if (repo.id === id) return repo;
    return undefined;
  }

  allRepos(): RepoState[] {
    return [...this.repos.values()];
  }

  /** The id of a repository by full name, whether or not the fake hosts it. */
  repoIdOf(fullName: string): number {
    const [owner = '', name = ''] = fullName.split('/');
    const hosted = this.repo(owner, name);
    if (hosted) return hosted.id;
    const key = fullName.toLowerCase();
    let id = this.foreignRepoIds.get(key);
    if (id === undefined) {
      id = this.ids.take('repository');
      this.foreignRepoIds.set(key, id);
    }
    return id;
  }
}
