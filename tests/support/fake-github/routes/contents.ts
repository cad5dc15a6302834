/**
 * Repository contents: read a file or directory at a ref, create or update a file on a branch,
 * delete a file. A file is answered as base64 JSON up to 1 MB; above that the JSON's content is
 * empty (encoding "none") and only the raw media type (`Accept: application/vnd.github.raw`,
 * or `.v3.raw`) gives the bytes, up to 100 MB, as on GitHub. Writes use the file's blob sha for
 * optimistic concurrency, as GitHub does:
 *   - updating an existing file without `sha`  -> 422 `"sha" wasn't supplied`
 *   - a `sha` that is not the current blob's   -> 409 `<path> does not match <sha>`
 *   - creating a file that does not exist      -> 201 (any `sha` is ignored)
 * docs.github.com/rest/repos/contents
 */
import { BodyFields } from '../body-fields.js';
import { HttpError, notFound } from '../errors.js';
import { blobSha } from '../git-objects.js';
import type { Router } from '../router.js';
import { gitCommitShape } from '../shapes/commit.js';
import { contentEntryShape, fileContentShape } from '../shapes/contents.js';
import type { RepoState } from '../state/repo-state.js';
import { commitIdentity } from './commit-identity.js';

const BASE64 = /^[A-Za-z0-9+/=\r\n]*$/;
/** Larger files come back with empty JSON content: ask for the raw media type. */
const JSON_CONTENT_LIMIT = 1024 * 1024;
const RAW_CONTENT_TYPE = 'application/vnd.github.raw; charset=utf-8';

export function registerContentsRoutes(router: Router): void {
  router.get('/repos/:owner/:repo/contents/*path', { docs: 'repos/contents#get-repository-content' }, (ctx) => {
    const repo = ctx.repo();
    const ref = ctx.query['ref'] ?? repo.defaultBranch;
    const commit = repo.git.resolve(ref);
    if (!commit) throw notFound(`No commit found for the ref ${ref}`);
    const path = cleanPath(ctx.params['path']);

    const file = commit.files.get(path);
    if (file) {
      if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.headers['accept'] ?? '')) {
        return { status: 200, raw: file, headers: { 'content-type': RAW_CONTENT_TYPE } };
      }
      const entry = { path, type: 'file' as const, sha: blobSha(file), size: file.length };
      const shape = fileContentShape(entry, file, repo, ref, ctx);
      return {
        status: 200,
        body: file.length > JSON_CONTENT_LIMIT ? { ...shape, encoding: 'none', content: '' } : shape,
      };
    }
    // A directory answers with the list of its entries.
    const tree = commit.trees.get(path);
    if (!tree) throw notFound();
    return {
      status: 200,
      body: tree.entries.map((entry) =>
        contentEntryShape(
          { path: entry.path, type: entry.type === 'blob' ? 'file' : 'dir', sha: entry.sha, size: entry.size ?? 0 },
          repo,
          ref,
          ctx,
        ),
      ),
    };
  });

  router.put('/repos/:owner/:repo/contents/*path', { docs: 'repos/contents#create-or-update-file-contents' }, (ctx) => {
    const repo = ctx.repo();
    const path = cleanPath(ctx.params['path']);
    const fields = new BodyFields(ctx.body, 'Content');
    const message = fields.requiredString('message');
    const content = fields.requiredString('content');
    if (!BASE64.test(content)) throw new HttpError(422, 'content is not valid Base64');
    const { branch, existing } = writeTarget(repo, fields, path);
    if (existing) checkSha(path, existing, fields.optionalString('sha'));

    const bytes = Buffer.from(content, 'base64');
    const commit = repo.git.commitOnBranch(
      branch,
      new Map([[path, bytes]]),
      message,
      commitIdentity(ctx, 'author'),
      commitIdentity(ctx, 'committer'),
    );
    const entry = { path, type: 'file' as const, sha: blobSha(bytes), size: bytes.length };
    return {
      status: existing ? 200 : 201,
      body: { content: contentEntryShape(entry, repo, branch, ctx), commit: gitCommitShape(commit, repo, ctx) },
    };
  });

  router.delete(
    '/repos/:owner/:repo/contents/*path',
    { docs: 'repos/contents#delete-a-file', body: 'required' },
    (ctx) => {
      const repo = ctx.repo();
      const path = cleanPath(ctx.params['path']);
      const fields = new BodyFields(ctx.body, 'Content');
      const message = fields.requiredString('message');
      const { branch, existing } = writeTarget(repo, fields, path);
      if (!existing) throw notFound();
      checkSha(path, existing, fields.optionalString('sha'));
      const commit = repo.git.commitOnBranch(
        branch,
        new Map([[path, null]]),
        message,
        commitIdentity(ctx, 'author'),
        commitIdentity(ctx, 'committer'),
      );
      return { status: 200, body: { content: null, commit: gitCommitShape(commit, repo, ctx) } };
    },
  );
}

/** The branch written to (checked before any sha, as GitHub does) and the file now on it. */
function writeTarget(
  repo: RepoState,
  fields: BodyFields,
  path: string,
): { branch: string; existing: Buffer | undefined } {
  const branch = fields.optionalString('branch') ?? repo.defaultBranch;
  const head = repo.git.branchHead(branch);
  if (!head) throw notFound(`Branch ${branch} not found`);
  if (path === '' || head.trees.has(path)) throw new HttpError(422, `path ${path} is a directory`);
  return { branch, existing: head.files.get(path) };
}

function checkSha(path: string, existing: Buffer, sha: string | undefined): void {
  if (sha === undefined) throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
  if (sha.toLowerCase() !== blobSha(existing)) throw new HttpError(409, `${path} does not match ${sha}`);
}

function cleanPath(path: string | undefined): string {
  return (path ?? '').replace(/^\/+|\/+$/g, '');
}
