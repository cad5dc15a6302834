/**
 * actions/download-artifact (v4+). Without `github-token` it reads the current run's artifacts
 * (the runner's runtime token, whatever the job's permissions; `run-id` is then ignored, as in
 * the real action). With `github-token` it goes through the REST API of the fake like the real
 * action: the run's artifact list, then each zip (a 302 to blob storage), so another run's
 * artifacts need a token with `actions: read`. A single `name` is extracted into `path`; several
 * (a `pattern`, or none) each into `path/<name>/`, or all into `path` with `merge-multiple`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import picomatch from 'picomatch';
import { actionsOf } from '../../fake-github/state/actions.js';
import { booleanInput, multiline, StandInFailure, type StandIn, type StandInCall } from './types.js';

interface FoundArtifact {
  id: number;
  name: string;
  zip: () => Promise<Buffer>;
}

export const downloadArtifactStandIn: StandIn = {
  defaults: ({ job }) => ({
    path: '',
    'merge-multiple': 'false',
    repository: job.run.repo.fullName,
    'run-id': String(job.run.runId),
  }),

  async run(call): Promise<void> {
    const { inputs, job } = call;
    const name = inputs['name'] ?? '';
    const pattern = inputs['pattern'] ?? '';
    const ids = multiline((inputs['artifact-ids'] ?? '').split(',').join('\n')).map(Number);
    if (name !== '' && ids.length > 0)
      throw new StandInFailure("Inputs 'name' and 'artifact-ids' cannot be used together. Please specify only one.");
    const all = await listArtifacts(call);
    let chosen: FoundArtifact[];
    if (name !== '') {
      const found = all.find((artifact) => artifact.name === name);
      if (!found)
        throw new StandInFailure(
          `Unable to download artifact(s): Artifact not found for name: ${name}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.`,
        );
      chosen = [found];
    } else if (ids.length > 0) {
      chosen = all.filter((artifact) => ids.includes(artifact.id));
    } else {
      const matches = pattern === '' ? () => true : picomatch(pattern);
      chosen = all.filter((artifact) => matches(artifact.name));
      call.log(`Found ${chosen.length} artifact(s)${pattern === '' ? '' : ` matching pattern ${pattern}`}`);
    }
    const target = resolve(job.place.workspace, inputs['path'] ?? '');
    const single = name !== '';
    const merge = booleanInput(inputs['merge-multiple'], 'merge-multiple');
    for (const artifact of chosen) {
      const into = single || merge ? target : resolve(target, artifact.name);
      extract(await artifact.zip(), into);
      call.log(`Artifact download completed successfully: ${artifact.name}`);
    }
    call.log(`Total of ${chosen.length} artifact(s) downloaded`);
    call.setOutput('download-path', target);
  },
};

async function listArtifacts(call: StandInCall): Promise<FoundArtifact[]> {
  const { job, inputs } = call;
  const token = inputs['github-token'] ?? '';
  if (token === '') {
    // Newest first, so the newest of equal names wins (names are unique in a run anyway).
    return actionsOf(job.run.repo)
      .artifactsOfRun(job.run.runId)
      .map((artifact) => ({
        id: artifact.id,
        name: artifact.name,
        zip: async () => artifact.zip,
      }));
  }
  const api = job.run.settings.gh.url;
  const repository = inputs['repository'] ?? job.run.repo.fullName;
  const runId = inputs['run-id'] ?? String(job.run.runId);
  const headers = { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json' };
  const found: FoundArtifact[] = [];
  for (let page = 1; page <= 10; page += 1) {
    const response = await fetch(
      `${api}/repos/${repository}/actions/runs/${runId}/artifacts?per_page=100&page=${page}`,
      { headers },
    );
    const body = (await response.json()) as {
      message?: string;
      artifacts?: { id: number; name: string; archive_download_url: string }[];
    };
    if (!response.ok)
      throw new StandInFailure(
        `Unable to download artifact(s): ${body.message ?? response.status} (listing artifacts of run ${runId} in ${repository})`,
      );
    for (const artifact of body.artifacts ?? []) {
      found.push({
        id: artifact.id,
        name: artifact.name,
        zip: async () => {
          const zip = await fetch(artifact.archive_download_url, { headers });
          if (!zip.ok)
            throw new StandInFailure(`Unable to download artifact(s): HTTP ${zip.status} downloading ${artifact.name}`);
          return Buffer.from(await zip.arrayBuffer());
        },
      });
    }
    if ((body.artifacts ?? []).length < 100) break;
  }
  return found;
}

function extract(zip: Buffer, into: string): void {
  mkdirSync(into, { recursive: true });
  for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(zip)))) {
    if (path.endsWith('/')) continue;
    const out = resolve(into, path);
    if (!out.startsWith(`${into}/`)) throw new StandInFailure(`Refusing to extract ${path} outside ${into}`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
  }
}
