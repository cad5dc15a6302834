/**
 * actions/upload-artifact (v4+): the files matching `path` (one glob per line, `!` excludes),
 * stored relative to the least common ancestor of the search paths, zipped into the fake as an
 * artifact of this run. Names are unique in a run unless `overwrite: true`; hidden files are left
 * out unless `include-hidden-files: true` (the releases that have the input).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { actionsOf, artifactDigest, deleteArtifact, storeArtifact } from '../../fake-github/state/actions.js';
import { booleanInput, multiline, StandInFailure, type StandIn } from './types.js';

const INVALID_NAME_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

export const uploadArtifactStandIn: StandIn = {
  defaults: () => ({
    name: 'artifact',
    'if-no-files-found': 'warn',
    'retention-days': '0',
    'compression-level': '6',
    overwrite: 'false',
    'include-hidden-files': 'false',
  }),

  async run(call): Promise<void> {
    const { job, inputs } = call;
    const name = inputs['name'] ?? 'artifact';
    const bad = INVALID_NAME_CHARACTERS.filter((character) => name.includes(character));
    if (bad.length > 0)
      throw new StandInFailure(
        `The artifact name is not valid: ${name}. Contains the following character: ${JSON.stringify(bad[0])}`,
      );
    const hiddenInput = 'include-hidden-files' in inputs;
    const includeHidden = !hiddenInput || booleanInput(inputs['include-hidden-files'], 'include-hidden-files');
    const files = findFiles(job.place.workspace, multiline(inputs['path']), includeHidden);
    if (files.files.size === 0) {
      const message = `No files were found with the provided path: ${multiline(inputs['path']).join('\n')}. No artifacts will be uploaded.`;
      const mode = inputs['if-no-files-found'] ?? 'warn';
      if (mode === 'error') throw new StandInFailure(message);
      if (mode === 'warn') call.annotate({ level: 'warning', message });
      else call.log(message);
      return;
    }
    const { run } = job;
    const existing = actionsOf(run.repo)
      .artifactsOfRun(run.runId)
      .find((artifact) => artifact.name === name);
    if (existing) {
      if (!booleanInput(inputs['overwrite'], 'overwrite')) {
        throw new StandInFailure(
          'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
        );
      }
      deleteArtifact(run.repo, existing.id);
    }
    const retention = Number(inputs['retention-days'] ?? '0');
    const artifact = storeArtifact(run.settings.gh.state, run.repo, {
      runId: run.runId,
      name,
      files: files.files,
      retentionDays: retention > 0 ? Math.min(retention, 90) : 90,
    });
    call.log(`With the provided path, there will be ${files.files.size} files uploaded`);
    call.log(
      `Artifact ${name} has been successfully uploaded! Final size is ${artifact.zip.length} bytes. Artifact ID is ${artifact.id}`,
    );
    call.setOutput('artifact-id', String(artifact.id));
    call.setOutput(
      'artifact-url',
      `${run.settings.serverUrl}/${run.repo.fullName}/actions/runs/${run.runId}/artifacts/${artifact.id}`,
    );
    call.setOutput('artifact-digest', artifactDigest(artifact).slice('sha256:'.length));
  },
};

const GLOB_CHARACTERS = ['*', '?', '[', '{'];

function searchPath(absolutePattern: string): string {
  const parts = absolutePattern.split(sep);
  const index = parts.findIndex((part) => GLOB_CHARACTERS.some((character) => part.includes(character)));
  return index < 0 ? absolutePattern : parts.slice(0, index).join(sep) || sep;
}

function commonAncestor(paths: string[]): string {
  const split = paths.map((path) => path.split(sep));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length += 1;
  return first.slice(0, length).join(sep) || sep;
}

export function findFiles(
  workspace: string,
  patterns: string[],
  includeHidden: boolean,
): { root: string; files: Map<string, Buffer> } {
  const include = patterns.filter((pattern) => !pattern.startsWith('!')).map((pattern) => resolve(workspace, pattern));
  const exclude = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => resolve(workspace, pattern.slice(1)));
  const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  const found = new Set<string>();
  for (const pattern of include) {
    const base = searchPath(pattern);
    if (!existsSync(base)) continue;
    if (base === pattern) {
      if (statSync(pattern).isFile()) found.add(pattern);
      else for (const file of globSync('**/*', { cwd: pattern, dot: true, absolute: true })) found.add(resolve(file));
    } else {
      for (const file of globSync(relative(base, pattern).split(sep).join('/'), {
        cwd: base,
        dot: true,
        absolute: true,
      }))
        found.add(resolve(file));
    }
  }
  const searchPaths = include.map(searchPath).filter((path) => existsSync(path));
  let root = searchPaths.length === 0 ? workspace : commonAncestor(searchPaths);
  if (existsSync(root) && statSync(root).isFile()) root = dirname(root);
  const files = new Map<string, Buffer>();
  for (const file of [...found].sort()) {
    if (excluded(file) || !statSync(file).isFile()) continue;
    const path = relative(root, file).split(sep).join('/');
    if (!includeHidden && path.split('/').some((part) => part.startsWith('.'))) continue;
    files.set(path, readFileSync(file));
  }
  return { root, files };
}
