/**
 * github/codeql-action/upload-sarif: reads `sarif_file` (a file, or every .sarif file of a
 * folder), merges the runs, and POSTs them gzip-compressed and base64-encoded to the fake's
 * code-scanning endpoint with the step's token, as the real action does; a token without
 * `security-events: write` is refused there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { StandInFailure, type StandIn } from './types.js';

export const uploadSarifStandIn: StandIn = {
  defaults: ({ job }) => ({
    sarif_file: '../results',
    checkout_path: job.place.workspace,
    token: job.token,
    'wait-for-processing': 'true',
  }),

  async run(call): Promise<void> {
    const { inputs, job } = call;
    const path = resolve(job.place.workspace, inputs['sarif_file'] ?? '');
    if (!existsSync(path)) throw new StandInFailure(`Path does not exist: ${inputs['sarif_file']}`);
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.sarif'))
          .map((file) => join(path, file))
      : [path];
    if (files.length === 0) throw new StandInFailure(`No SARIF files found to upload in "${path}".`);
    const runs: unknown[] = [];
    let version = '2.1.0';
    for (const file of files) {
      let log: { version?: string; runs?: unknown[] };
      try {
        log = JSON.parse(readFileSync(file, 'utf8')) as typeof log;
      } catch (error) {
        throw new StandInFailure(
          `Invalid SARIF. JSON syntax error: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (!Array.isArray(log.runs)) throw new StandInFailure(`Invalid SARIF. Missing 'runs' array in ${file}`);
      version = log.version ?? version;
      runs.push(...log.runs);
    }
    const sarif = gzipSync(JSON.stringify({ version, runs })).toString('base64');
    const body: Record<string, string> = {
      commit_sha: inputs['sha'] || job.run.sha,
      ref: inputs['ref'] || job.run.ref,
      sarif,
      checkout_uri: `file://${inputs['checkout_path']}`,
      tool_names: '',
    };
    if (inputs['category']) body['category'] = inputs['category'];
    const response = await fetch(`${job.run.settings.gh.url}/repos/${job.run.repo.fullName}/code-scanning/sarifs`, {
      method: 'POST',
      headers: { authorization: `token ${inputs['token'] ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const reply = (await response.json()) as { id?: string; message?: string };
    if (!response.ok) {
      throw new StandInFailure(
        response.status === 403
          ? `${reply.message ?? 'Forbidden'} - https://docs.github.com/rest. Please check that your token is valid and has the required permissions: contents: read, security-events: write`
          : `${reply.message ?? response.status}`,
      );
    }
    call.log(`Successfully uploaded results (sarif-id ${reply.id})`);
    call.setOutput('sarif-id', reply.id ?? '');
  },
};
