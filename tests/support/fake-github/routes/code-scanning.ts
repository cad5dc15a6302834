/**
 * Code scanning SARIF uploads, as github/codeql-action/upload-sarif sends them: the SARIF log
 * gzip-compressed and base64-encoded in `sarif`, with `commit_sha` and `ref`.
 * docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data
 */
import { gunzipSync } from 'node:zlib';
import { BodyFields } from '../body-fields.js';
import { HttpError } from '../errors.js';
import type { Router } from '../router.js';
import { actionsOf } from '../state/actions.js';

export function registerCodeScanningRoutes(router: Router): void {
  router.post(
    '/repos/:owner/:repo/code-scanning/sarifs',
    { docs: 'code-scanning/code-scanning#upload-an-analysis-as-sarif-data' },
    (ctx) => {
      const repo = ctx.repo();
      const fields = new BodyFields(ctx.body, 'Sarif');
      const commitSha = fields.requiredString('commit_sha');
      const ref = fields.requiredString('ref');
      const encoded = fields.requiredString('sarif');
      const category = fields.optionalString('category');
      if (!/^[0-9a-f]{40}$/.test(commitSha)) throw new HttpError(422, 'commit_sha is not a valid commit SHA');
      let sarif: { runs?: { tool?: { driver?: { name?: string } } }[] };
      try {
        sarif = JSON.parse(gunzipSync(Buffer.from(encoded, 'base64')).toString('utf8')) as typeof sarif;
      } catch {
        throw new HttpError(400, 'Invalid SARIF: the sarif field must be gzip-compressed, base64-encoded JSON');
      }
      const id = `sarif-${ctx.state.ids.take('sarif')}`;
      actionsOf(repo).sarifUploads.push({
        id,
        commitSha,
        ref,
        sarif,
        category,
        toolNames: (sarif.runs ?? []).map((run) => run.tool?.driver?.name ?? ''),
      });
      return { status: 202, body: { id, url: ctx.urls.repoApi(repo, `/code-scanning/sarifs/${id}`) } };
    },
  );
}
