/**
 * actions/cache: restore by `key`, then by each `restore-keys` prefix (newest entry first), and
 * save at the end of a successful job when the key was not an exact hit. Entries are scoped like
 * GitHub's: a run restores entries saved on its own ref or on the default branch; an entry's
 * key is immutable in its scope. Paths are stored relative to the workspace, as the real action
 * archives them, so `$RUNNER_TEMP/x` lands in the restoring job's own temp folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { booleanInput, multiline, StandInFailure, type StandIn, type StandInCall } from './types.js';

export interface CacheEntry {
  repository: string;
  scope: string;
  key: string;
  version: string;
  files: Map<string, Buffer>;
  createdAt: number;
}

/** Every cache entry saved by runs of one host. */
export class CacheStore {
  readonly entries: CacheEntry[] = [];
  private sequence = 0;

  find(
    repository: string,
    scopes: string[],
    version: string,
    keys: string[],
  ): { entry: CacheEntry; exact: boolean } | undefined {
    const candidates = this.entries
      .filter((entry) => entry.repository === repository && entry.version === version && scopes.includes(entry.scope))
      .sort((a, b) => scopes.indexOf(a.scope) - scopes.indexOf(b.scope) || b.createdAt - a.createdAt);
    const [primary, ...restore] = keys;
    const exact = candidates.find((entry) => entry.key === primary);
    if (exact) return { entry: exact, exact: true };
    for (const prefix of [primary ?? '', ...restore]) {
      const partial = candidates.find((entry) => entry.key.startsWith(prefix));
      if (partial) return { entry: partial, exact: false };
    }
    return undefined;
  }

  save(entry: Omit<CacheEntry, 'createdAt'>): boolean {
    if (
      this.entries.some(
        (other) =>
          other.repository === entry.repository &&
          other.scope === entry.scope &&
          other.key === entry.key &&
          other.version === entry.version,
      )
    ) {
      return false;
    }
    this.sequence += 1;
    this.entries.push({ ...entry, createdAt: this.sequence });
    return true;
  }
}

export const cacheStandIn: StandIn = {
  defaults: () => ({
    enableCrossOsArchive: 'false',
    'fail-on-cache-miss': 'false',
    'lookup-only': 'false',
    'save-always': 'false',
  }),

  async run(call): Promise<void> {
    const { inputs, job } = call;
    const key = inputs['key'] ?? '';
    const paths = multiline(inputs['path']);
    if (key === '') throw new StandInFailure('Input required and not supplied: key');
    if (paths.length === 0) throw new StandInFailure('Input required and not supplied: path');
    if (key.includes(',')) throw new StandInFailure('Key Validation Error: ' + key + ' cannot contain commas.');
    // GitHub's runners have the same workspace and temp paths in every job; the host's differ per
    // job, so they are named, not spelled, in the version (which hashes the paths as written).
    const portable = paths.map((path) =>
      path.replaceAll(job.place.runnerTemp, '$RUNNER_TEMP').replaceAll(job.place.workspace, '$GITHUB_WORKSPACE'),
    );
    const version = cacheVersion(portable, inputs['enableCrossOsArchive'] === 'true');
    const { run } = job;
    const store = run.settings.caches;
    const scopes = [run.ref, `refs/heads/${run.repo.defaultBranch}`];
    if (run.baseRef !== '') scopes.splice(1, 0, `refs/heads/${run.baseRef}`);
    const hit = store.find(run.repo.fullName, [...new Set(scopes)], version, [
      key,
      ...multiline(inputs['restore-keys']),
    ]);
    if (!hit) {
      if (booleanInput(inputs['fail-on-cache-miss'], 'fail-on-cache-miss')) {
        throw new StandInFailure(
          `Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: ${key}`,
        );
      }
      call.log(`Cache not found for input keys: ${[key, ...multiline(inputs['restore-keys'])].join(', ')}`);
    } else {
      if (!booleanInput(inputs['lookup-only'], 'lookup-only')) restoreFiles(job.place.workspace, hit.entry.files);
      call.log(`Cache restored from key: ${hit.entry.key}`);
      call.setOutput('cache-matched-key', hit.entry.key);
      call.setOutput('cache-primary-key', key);
    }
    call.setOutput('cache-hit', String(hit?.exact ?? false));
    if (hit?.exact) return;
    const saveAlways = booleanInput(inputs['save-always'], 'save-always');
    job.posts.push({
      name: `Post ${call.version}`,
      condition: (status) => saveAlways || status === 'success',
      run: async () => {
        const files = collectFiles(job.place.workspace, paths);
        const saved =
          files.size > 0 && store.save({ repository: run.repo.fullName, scope: run.ref, key, version, files });
        const message =
          files.size === 0
            ? 'Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.'
            : saved
              ? `Cache saved with key: ${key}`
              : `Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`;
        return postRecord(message, files.size === 0 || !saved);
      },
    });
  },
};

function cacheVersion(paths: string[], crossOs: boolean): string {
  return createHash('sha256')
    .update([...paths, 'zstd-without-long', ...(crossOs ? ['enableCrossOsArchive'] : [])].join('|'))
    .digest('hex');
}

function collectFiles(workspace: string, patterns: string[]): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const pattern of patterns) {
    const absolute = resolve(workspace, pattern);
    const matches =
      existsSync(absolute) && statSync(absolute).isDirectory()
        ? globSync('**/*', { cwd: absolute, dot: true, absolute: true })
        : existsSync(absolute)
          ? [absolute]
          : globSync(pattern, { cwd: workspace, dot: true, absolute: true });
    for (const file of matches) if (statSync(file).isFile()) files.set(relative(workspace, file), readFileSync(file));
  }
  return files;
}

function restoreFiles(workspace: string, files: ReadonlyMap<string, Buffer>): void {
  for (const [path, bytes] of files) {
    const out = resolve(workspace, path);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
  }
}

function postRecord(message: string, warn: boolean): import('../types.js').StepRecord {
  const annotation = { level: 'warning' as const, message };
  const annotations = warn ? [annotation] : [];
  return {
    name: 'Post Cache',
    id: '__post_cache',
    outcome: 'success',
    conclusion: 'success',
    outputs: {},
    exitCode: 0,
    stdout: `${message}\n`,
    stderr: '',
    annotations: { emitted: annotations, kept: annotations, dropped: [] },
    errors: [],
    summary: '',
  };
}

export type { StandInCall };
