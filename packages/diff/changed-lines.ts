/**
 * Which lines a pull request changes: from `git diff` against the base when the checkout has
 * the history, otherwise from the pull request files API (paginated). The API leaves out the
 * patch of binary files and, past GitHub's diff limits, of large ones: those files are
 * listed as unknown, not as unchanged. When neither source answers (a shallow checkout and
 * an API that fails), the result says the lines are unknown, with why: never "no lines
 * changed", which would let a gate pass a pull request on missing evidence.
 */
import { getExecOutput } from '@actions/exec';
import type { GitHubApi } from '../github/client.js';
import type { RunContext } from '../github/run-context.js';
import { addedLinesOfGitDiff, addedLinesOfPatch, DiffFormatError } from './unified-diff.js';

export interface ChangedLines {
  source: 'git' | 'api';
  /** Added or modified lines per repository path. */
  files: Map<string, Set<number>>;
  /** Changed files whose lines could not be known (no patch in the API answer). */
  unknown: string[];
  /** The API lists at most 3000 files; true when that limit was reached. */
  truncated: boolean;
}

/** A pull request whose changed lines could not be known. */
export interface UnknownChange {
  source: 'unknown';
  /** Why, for people: what failed. */
  reason: string;
}

/** What is known of a pull request's changed lines. */
export type PullRequestLines = ChangedLines | UnknownChange;

/** What to do when the changed lines are unknown (or incomplete). */
export const CHANGED_LINES_FIX =
  'Check out with `fetch-depth: 0` (actions/checkout) so that `git diff` against the base measures them, or give the job a token that can read the pull request (`pull-requests: read`).';

/** The changed lines when they are known; null outside pull requests and when unknown. */
export function knownLines(changed: PullRequestLines | null): ChangedLines | null {
  return changed && changed.source !== 'unknown' ? changed : null;
}

/** Whether a pull request changed this line (false outside pull requests, and when unknown). */
export function isChangedLine(changed: PullRequestLines | null, path: string, line: number): boolean {
  return knownLines(changed)?.files.get(path)?.has(line) ?? false;
}

async function git(root: string, args: string[]): Promise<{ ok: boolean; stdout: string }> {
  try {
    const r = await getExecOutput('git', args, { cwd: root, silent: true, ignoreReturnCode: true });
    return { ok: r.exitCode === 0, stdout: r.stdout };
  } catch {
    return { ok: false, stdout: '' };
  }
}

/** undefined when the base commit or the merge base is not in the checkout (shallow clone). */
export async function changedLinesFromGit(root: string, baseSha: string): Promise<ChangedLines | undefined> {
  if (!/^[0-9a-f]{7,64}$/i.test(baseSha)) return undefined;
  if (!(await git(root, ['cat-file', '-e', `${baseSha}^{commit}`])).ok) return undefined;
  if (!(await git(root, ['merge-base', baseSha, 'HEAD'])).ok) return undefined;
  const diff = await git(root, [
    '-c',
    'core.quotepath=off',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--unified=0',
    '-M',
    '--diff-filter=AMRC',
    `${baseSha}...HEAD`,
  ]);
  if (!diff.ok) return undefined;
  const files = new Map<string, Set<number>>();
  try {
    for (const [path, lines] of await addedLinesOfGitDiff(diff.stdout)) files.set(path, new Set(lines));
  } catch (e) {
    if (e instanceof DiffFormatError) return undefined; // the API's patches are the next source
    throw e;
  }
  return { source: 'git', files, unknown: [], truncated: false };
}

/** A patch's added lines; null when it cannot be read (a cut or malformed patch: its lines are unknown). */
async function patchLines(patch: string): Promise<number[] | null> {
  try {
    return await addedLinesOfPatch(patch);
  } catch (e) {
    if (e instanceof DiffFormatError) return null;
    throw e;
  }
}

export async function changedLinesFromApi(api: GitHubApi, pull: number): Promise<ChangedLines> {
  const { files: listed, truncated } = await api.listPullRequestFiles(pull);
  const files = new Map<string, Set<number>>();
  const unknown: string[] = [];
  for (const f of listed) {
    if (f.status === 'removed') continue;
    const lines = typeof f.patch === 'string' && f.patch.length > 0 ? await patchLines(f.patch) : null;
    if (lines) files.set(f.filename, new Set(lines));
    else if (!(f.status === 'renamed' && (f.changes ?? 0) === 0)) unknown.push(f.filename); // a pure rename changes no line
  }
  return { source: 'api', files, unknown, truncated };
}

/**
 * The lines a pull request changes (null outside pull requests): git first, then the API;
 * when neither works, an UnknownChange saying why.
 */
export async function changedLinesFor(
  ctx: RunContext,
  root: string,
  api: GitHubApi | null,
): Promise<PullRequestLines | null> {
  const pr = ctx.pullRequest;
  if (!pr) return null;
  const fromGit = pr.baseSha ? await changedLinesFromGit(root, pr.baseSha) : undefined;
  if (fromGit) return fromGit;
  const shallow = 'the checkout has no history to diff against the base';
  if (!api) return { source: 'unknown', reason: `${shallow} and there is no token for the pull request files API` };
  try {
    return await changedLinesFromApi(api, pr.number);
  } catch (e) {
    return {
      source: 'unknown',
      reason: `${shallow}, and listing the pull request's files failed (${(e as Error).message})`,
    };
  }
}
