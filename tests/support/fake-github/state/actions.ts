/**
 * GitHub Actions data of a repository: workflow runs, their artifacts, and the SARIF uploads
 * of code scanning. The workflow host (tests/support/workflow-host) writes runs and artifacts
 * here the way the runner's runtime services would; clients read them through the REST API.
 */
import { createHash, randomBytes } from 'node:crypto';
import { zipSync } from 'fflate';
import type { FakeState } from './fake-state.js';
import type { RepoState } from './repo-state.js';

export type RunStatus = 'queued' | 'in_progress' | 'completed';
export type RunConclusion = 'success' | 'failure' | 'cancelled' | 'skipped' | 'startup_failure' | null;

export interface WorkflowRunRecord {
  id: number;
  name: string;
  /** `run-name`, else what GitHub shows by default (the pull request title, the head commit's message). */
  displayTitle: string;
  /** The workflow file, e.g. `.github/workflows/ci.yml`. */
  path: string;
  runNumber: number;
  runAttempt: number;
  event: string;
  headBranch: string | null;
  headSha: string;
  actor: string;
  status: RunStatus;
  conclusion: RunConclusion;
  createdAt: string;
  updatedAt: string;
}

export interface ArtifactRecord {
  id: number;
  name: string;
  runId: number;
  /** The zip GitHub serves for the artifact (v4 artifacts are stored as one zip). */
  zip: Buffer;
  createdAt: string;
  expiresAt: string;
}

export interface SarifUploadRecord {
  id: string;
  commitSha: string;
  ref: string;
  /** The decoded SARIF log. */
  sarif: unknown;
  toolNames: string[];
  category: string | undefined;
}

export class ActionsData {
  readonly runs = new Map<number, WorkflowRunRecord>();
  readonly artifacts = new Map<number, ArtifactRecord>();
  readonly sarifUploads: SarifUploadRecord[] = [];
  /** Run numbers per workflow file. */
  private readonly runNumbers = new Map<string, number>();

  nextRunNumber(path: string): number {
    const next = (this.runNumbers.get(path) ?? 0) + 1;
    this.runNumbers.set(path, next);
    return next;
  }

  artifactsOfRun(runId: number): ArtifactRecord[] {
    return this.newestFirst([...this.artifacts.values()].filter((artifact) => artifact.runId === runId));
  }

  newestFirst(artifacts: ArtifactRecord[]): ArtifactRecord[] {
    return [...artifacts].sort((a, b) => b.id - a.id);
  }
}

const actionsByRepo = new WeakMap<RepoState, ActionsData>();

export function actionsOf(repo: RepoState): ActionsData {
  let data = actionsByRepo.get(repo);
  if (!data) actionsByRepo.set(repo, (data = new ActionsData()));
  return data;
}

/** Zips files (path to bytes) and stores them as an artifact of a run. Names are unique per run. */
export function storeArtifact(
  state: FakeState,
  repo: RepoState,
  input: { runId: number; name: string; files: ReadonlyMap<string, Buffer>; retentionDays: number },
): ArtifactRecord {
  const data = actionsOf(repo);
  const createdAt = state.now();
  const zip = Buffer.from(
    zipSync(Object.fromEntries([...input.files].map(([path, bytes]) => [path, new Uint8Array(bytes)])), {
      mtime: createdAt,
    }),
  );
  const expires = new Date(Date.parse(createdAt) + input.retentionDays * 86_400_000);
  const artifact: ArtifactRecord = {
    id: state.ids.take('artifact'),
    name: input.name,
    runId: input.runId,
    zip,
    createdAt,
    expiresAt: expires.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  data.artifacts.set(artifact.id, artifact);
  return artifact;
}

export function deleteArtifact(repo: RepoState, id: number): void {
  actionsOf(repo).artifacts.delete(id);
}

export function artifactDigest(artifact: ArtifactRecord): string {
  return `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`;
}

/** Short-lived download links (GitHub's are signed blob-storage URLs valid for a minute). */
export class BlobLinks {
  private readonly links = new Map<string, { data: Buffer; expiresAt: number }>();

  constructor(private readonly clock: () => number) {}

  create(data: Buffer, lifetimeMs = 60_000): string {
    const token = randomBytes(16).toString('hex');
    this.links.set(token, { data, expiresAt: this.clock() + lifetimeMs });
    return token;
  }

  take(token: string): Buffer | undefined {
    const link = this.links.get(token);
    if (!link || link.expiresAt < this.clock()) return undefined;
    return link.data;
  }
}

const blobLinksByState = new WeakMap<FakeState, BlobLinks>();

export function blobLinksOf(state: FakeState): BlobLinks {
  let links = blobLinksByState.get(state);
  if (!links) blobLinksByState.set(state, (links = new BlobLinks(() => Date.now())));
  return links;
}
