/**
 * What a `uses:` names. Steps: `owner/repo@ref`, `owner/repo/dir@ref`, `./dir` (the
 * workspace), `$/dir` (GitHub's self-repository form: the running workflow's repository at the
 * running commit), `docker://...`. Jobs: the same forms for a workflow file.
 * Splitting the reference string is what the runner does too; it is not workflow text.
 */
export type ActionReference =
  | { kind: 'repository'; owner: string; repo: string; path: string; ref: string; text: string }
  | { kind: 'workspace'; path: string; text: string }
  | { kind: 'self'; path: string; text: string }
  | { kind: 'docker'; image: string; text: string };

export function parseActionReference(text: string): ActionReference {
  if (text.startsWith('docker://')) return { kind: 'docker', image: text.slice('docker://'.length), text };
  if (text.startsWith('./') || text === '.') return { kind: 'workspace', path: text.slice(2), text };
  if (text.startsWith('$/')) {
    // The runner (PipelineConstants.TryParseSelfRepository) trims leading slashes and reads an
    // empty path as no self reference; the value then fails the owner/repo@ref format.
    const path = text.slice(2).replace(/^\/+/, '');
    if (path === '') throw new Error(`Expected format {org}/{repo}[/path]@ref. Actual '${text}'`);
    return { kind: 'self', path, text };
  }
  const at = text.lastIndexOf('@');
  if (at <= 0) throw new Error(`Expected format {org}/{repo}[/path]@ref. Actual '${text}'`);
  const [owner, repo, ...rest] = text.slice(0, at).split('/');
  const ref = text.slice(at + 1);
  if (!owner || !repo || ref === '') throw new Error(`Expected format {org}/{repo}[/path]@ref. Actual '${text}'`);
  return { kind: 'repository', owner, repo, path: rest.join('/'), ref, text };
}

/** `owner/repo[/path]` without the ref: how stand-ins are looked up. */
export function actionName(reference: ActionReference & { kind: 'repository' }): string {
  return [reference.owner, reference.repo, reference.path].filter((part) => part !== '').join('/');
}
