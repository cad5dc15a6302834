/**
 * actions/checkout: the fake repository's commit as a real git repository in the workspace,
 * with the object ids of the fake (git-checkout.ts). Like the real action: no `ref` means the
 * event's ref and SHA (for a pull request `refs/pull/<n>/merge`, detached at the merge commit);
 * `fetch-depth: 0` fetches every branch with full history; the default 1 is shallow;
 * `persist-credentials` leaves the token in .git/config as an extra header.
 */
import { resolve } from 'node:path';
import { materializeCheckout } from '../git-checkout.js';
import { booleanInput, StandInFailure, type StandIn, type StandInCall } from './types.js';

interface Target {
  sha: string;
  branch: string | undefined;
  refs: Record<string, string>;
  ref: string;
}

export const checkoutStandIn: StandIn = {
  defaults: ({ job }) => ({
    repository: job.run.repo.fullName,
    ref: '',
    token: job.token,
    'persist-credentials': 'true',
    path: '',
    clean: 'true',
    'fetch-depth': '1',
    'fetch-tags': 'false',
  }),

  async run(call: StandInCall): Promise<void> {
    const { job, inputs } = call;
    const [owner = '', name = ''] = (inputs['repository'] ?? '').split('/');
    const repo = job.run.settings.gh.state.repo(owner, name);
    if (!repo)
      throw new StandInFailure(
        `The repository '${inputs['repository']}' could not be found (the fake hosts no such repository)`,
      );
    const depth = Number(inputs['fetch-depth']);
    if (!Number.isInteger(depth) || depth < 0)
      throw new StandInFailure(`The input 'fetch-depth' must be a non-negative integer: ${inputs['fetch-depth']}`);
    const target = resolveTarget(call, repo.fullName.toLowerCase() === job.run.repo.fullName.toLowerCase(), repo);
    if (depth === 0) {
      for (const branch of repo.git.branches())
        target.refs[`refs/remotes/origin/${branch}`] = repo.git.refs.get(`refs/heads/${branch}`) ?? '';
      for (const [ref, sha] of repo.git.refs) if (ref.startsWith('refs/tags/')) target.refs[ref] = sha;
    }
    const dir = resolve(job.place.workspace, inputs['path'] ?? '');
    const persist = booleanInput(inputs['persist-credentials'], 'persist-credentials');
    const basic = Buffer.from(`x-access-token:${inputs['token'] ?? ''}`).toString('base64');
    call.log(`Syncing repository: ${repo.fullName}`);
    materializeCheckout({
      repo,
      dir,
      sha: target.sha,
      branch: target.branch,
      refs: target.refs,
      depth,
      remoteUrl: `${job.run.settings.serverUrl}/${repo.fullName}`,
      extraHeader: persist ? `AUTHORIZATION: basic ${basic}` : undefined,
      clean: booleanInput(inputs['clean'], 'clean'),
    });
    job.masks.add(basic);
    call.log(`HEAD is now at ${target.sha.slice(0, 7)}`);
    call.setOutput('ref', target.ref);
    call.setOutput('commit', target.sha);
  },
};

function resolveTarget(
  call: StandInCall,
  sameRepository: boolean,
  repo: import('../../fake-github/state/repo-state.js').RepoState,
): Target {
  const { job, inputs } = call;
  const ref = inputs['ref'] ?? '';
  if (ref === '') {
    if (!sameRepository) return branchTarget(repo, repo.defaultBranch);
    return refTarget(job.run.ref, job.run.sha);
  }
  if (/^[0-9a-f]{40}$/i.test(ref)) {
    if (!repo.git.commit(ref)) throw new StandInFailure(`The commit ${ref} could not be found in ${repo.fullName}`);
    return { sha: ref.toLowerCase(), branch: undefined, refs: {}, ref };
  }
  const full = ref.startsWith('refs/') ? ref : undefined;
  if (full) {
    const sha = repo.git.refs.get(full);
    if (!sha) throw new StandInFailure(`A branch or tag with the name '${ref}' could not be found`);
    return refTarget(full, sha);
  }
  if (repo.git.refs.has(`refs/heads/${ref}`)) return branchTarget(repo, ref);
  const tag = repo.git.refs.get(`refs/tags/${ref}`);
  if (tag) return { sha: tag, branch: undefined, refs: { [`refs/tags/${ref}`]: tag }, ref: `refs/tags/${ref}` };
  throw new StandInFailure(`A branch or tag with the name '${ref}' could not be found`);
}

function branchTarget(repo: import('../../fake-github/state/repo-state.js').RepoState, branch: string): Target {
  const sha = repo.git.refs.get(`refs/heads/${branch}`) ?? '';
  return { sha, branch, refs: { [`refs/remotes/origin/${branch}`]: sha }, ref: `refs/heads/${branch}` };
}

function refTarget(ref: string, sha: string): Target {
  if (ref.startsWith('refs/heads/')) {
    const branch = ref.slice('refs/heads/'.length);
    return { sha, branch, refs: { [`refs/remotes/origin/${branch}`]: sha }, ref };
  }
  if (ref.startsWith('refs/pull/'))
    return { sha, branch: undefined, refs: { [`refs/remotes/pull/${ref.slice('refs/pull/'.length)}`]: sha }, ref };
  if (ref.startsWith('refs/tags/')) return { sha, branch: undefined, refs: { [ref]: sha }, ref };
  return { sha, branch: undefined, refs: {}, ref };
}
