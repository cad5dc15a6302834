/**
 * GitHub Actions: workflow runs and artifacts (read-only; the workflow host writes them), and
 * the short-lived blob URL an artifact download redirects to.
 * docs.github.com/rest/actions/artifacts, docs.github.com/rest/actions/workflow-runs
 */
import { HttpError, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import type { RouteContext, Router } from '../router.js';
import { artifactShape, workflowRunShape } from '../shapes/actions.js';
import { actionsOf, blobLinksOf, type ArtifactRecord } from '../state/actions.js';
import type { RepoState } from '../state/repo-state.js';

/** Where artifact downloads redirect; outside /repos, and served without authentication. */
export const BLOB_PATH = '/_fake-blob-storage';

export function registerActionsRoutes(router: Router): void {
  router.get(
    '/repos/:owner/:repo/actions/artifacts',
    { docs: 'actions/artifacts#list-artifacts-for-a-repository' },
    (ctx) => {
      const repo = ctx.repo();
      return artifactList(ctx, repo, [...actionsOf(repo).artifacts.values()]);
    },
  );

  router.get(
    '/repos/:owner/:repo/actions/runs/:run_id/artifacts',
    { docs: 'actions/artifacts#list-workflow-run-artifacts' },
    (ctx) => {
      const repo = ctx.repo();
      const runId = Number(ctx.params['run_id']);
      if (!actionsOf(repo).runs.has(runId)) throw notFound();
      return artifactList(ctx, repo, actionsOf(repo).artifactsOfRun(runId));
    },
  );

  router.get(
    '/repos/:owner/:repo/actions/artifacts/:artifact_id',
    { docs: 'actions/artifacts#get-an-artifact' },
    (ctx) => {
      const repo = ctx.repo();
      const artifact = requireArtifact(repo, ctx.params['artifact_id']);
      return { status: 200, body: shape(ctx, repo, artifact) };
    },
  );

  router.get(
    '/repos/:owner/:repo/actions/artifacts/:artifact_id/:archive_format',
    { docs: 'actions/artifacts#download-an-artifact' },
    (ctx) => {
      const repo = ctx.repo();
      const artifact = requireArtifact(repo, ctx.params['artifact_id']);
      if (ctx.params['archive_format'] !== 'zip') throw notFound();
      if (artifact.expiresAt <= ctx.state.now()) throw new HttpError(410, 'Artifact has expired');
      const token = blobLinksOf(ctx.state).create(artifact.zip);
      return { status: 302, headers: { location: ctx.urls.api(`${BLOB_PATH}/${token}`) } };
    },
  );

  router.get(
    '/repos/:owner/:repo/actions/runs/:run_id',
    { docs: 'actions/workflow-runs#get-a-workflow-run' },
    (ctx) => {
      const repo = ctx.repo();
      const run = actionsOf(repo).runs.get(Number(ctx.params['run_id']));
      if (!run) throw notFound();
      return { status: 200, body: workflowRunShape(run, repo, ctx) };
    },
  );

  router.get(`${BLOB_PATH}/:token`, { docs: 'actions/artifacts#download-an-artifact' }, (ctx) => {
    const data = blobLinksOf(ctx.state).take(ctx.params['token'] ?? '');
    // Blob storage answers an expired signature with 403 and XML; the body does not matter here.
    if (!data) throw new HttpError(403, 'Server failed to authenticate the request.');
    return { status: 200, raw: data, headers: { 'content-type': 'application/zip' } };
  });
}

function requireArtifact(repo: RepoState, param: string | undefined): ArtifactRecord {
  const artifact = actionsOf(repo).artifacts.get(Number(param));
  if (!artifact) throw notFound();
  return artifact;
}

function shape(ctx: RouteContext, repo: RepoState, artifact: ArtifactRecord): Record<string, unknown> {
  return artifactShape(artifact, actionsOf(repo).runs.get(artifact.runId), repo, ctx, ctx.state.now());
}

function artifactList(
  ctx: RouteContext,
  repo: RepoState,
  artifacts: ArtifactRecord[],
): { status: number; body: unknown; headers: Record<string, string> } {
  const name = ctx.query['name'];
  const matching = actionsOf(repo).newestFirst(
    artifacts.filter((artifact) => name === undefined || artifact.name === name),
  );
  const page = paginate(matching, ctx);
  return {
    status: 200,
    body: { total_count: matching.length, artifacts: page.items.map((artifact) => shape(ctx, repo, artifact)) },
    headers: page.headers,
  };
}
