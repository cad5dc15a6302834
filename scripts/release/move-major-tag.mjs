#!/usr/bin/env node
/**
 * Moves the major tag of a release (v1 for v1.4.2) to the release's commit, through the REST API
 * (the release workflow's token needs `contents: write`). Users pin `@v1`, so:
 *  - a branch named like the tag is refused (`@v1` would then name two things; keep maintenance
 *    branches as release/v1);
 *  - the tag moves only forward: a release older than the newest vX.Y.Z of its major (a fix
 *    published for an older minor) leaves it where it is;
 *  - it is created when missing, moved (force) when it points elsewhere, left when it is there.
 *
 *   GITHUB_REPOSITORY=owner/repo GH_TOKEN=... node scripts/release/move-major-tag.mjs v1 <sha> v1.4.2
 *
 * GITHUB_API_URL is honoured (Enterprise Server, tests). Exit 0 when the tag is where it should
 * be, 1 with a one-line reason otherwise.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const SEMVER = /^v(\d+)\.(\d+)\.(\d+)$/;

/** -1, 0, 1 for two vX.Y.Z tags. */
export function compareVersions(a, b) {
  const x = SEMVER.exec(a).slice(1).map(Number);
  const y = SEMVER.exec(b).slice(1).map(Number);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

/** The newest vX.Y.Z among `refs/tags/...` names of one major, or null. */
export function newestRelease(refs, major) {
  const tags = refs
    .map((r) => r.replace(/^refs\/tags\//, ''))
    .filter((t) => SEMVER.test(t) && t.startsWith(`${major}.`));
  return tags.sort(compareVersions).at(-1) ?? null;
}

function api({ baseUrl, token, repository }) {
  return async (method, path, body) => {
    const res = await fetch(`${baseUrl}/repos/${repository}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
}

/** What to do and why; throws with the reason when the tag must not move. */
export async function moveMajorTag({ major, sha, release, call }) {
  if (!/^v\d+$/.test(major)) throw new Error(`"${major}" is not a major tag (v1, v2, ...)`);
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`"${sha}" is not a full commit SHA`);
  if (release && !(SEMVER.test(release) && release.startsWith(`${major}.`)))
    throw new Error(`release ${release} is not a ${major}.Y.Z version`);
  const branch = await call('GET', `/branches/${encodeURIComponent(major)}`);
  if (branch.status === 200)
    throw new Error(
      `a branch named ${major} exists: \`@${major}\` would name both it and the tag; rename the branch (e.g. release/${major})`,
    );
  if (release) {
    const matching = await call('GET', `/git/matching-refs/tags/${major}.`);
    if (matching.status !== 200) throw new Error(`could not list the ${major}.* tags (HTTP ${matching.status})`);
    const newest = newestRelease(
      matching.json.map((r) => r.ref),
      major,
    );
    if (newest && compareVersions(release, newest) < 0) return `${major} stays: ${release} is older than ${newest}`;
  }
  const current = await call('GET', `/git/ref/tags/${major}`);
  if (current.status === 200 && current.json.object.sha === sha) return `${major} is at ${sha} already`;
  const write =
    current.status === 200
      ? await call('PATCH', `/git/refs/tags/${major}`, { sha, force: true })
      : await call('POST', '/git/refs', { ref: `refs/tags/${major}`, sha });
  if (write.status !== 200 && write.status !== 201)
    throw new Error(
      `could not ${current.status === 200 ? 'move' : 'create'} ${major}: HTTP ${write.status} ${write.json?.message ?? ''}`.trim(),
    );
  return `${major} ${current.status === 200 ? `moved from ${current.json.object.sha}` : 'created'} to ${sha}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [major, sha, release] = process.argv.slice(2);
  const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN || '';
  const repository = process.env.GITHUB_REPOSITORY || '';
  const baseUrl = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  try {
    if (!token || !repository) throw new Error('GH_TOKEN (or GITHUB_TOKEN) and GITHUB_REPOSITORY are needed');
    console.log(await moveMajorTag({ major, sha, release, call: api({ baseUrl, token, repository }) }));
  } catch (e) {
    console.log(`::error::move-major-tag: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
