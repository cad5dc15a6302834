/**
 * The `project` input: which GitHub Project (v2) a promotion updates. Apart from the Projects
 * client (projects.ts, which loads octokit), so that reading inputs does not load it.
 */
import { ConfigurationError } from '../core/errors.js';

export type ProjectOwnerType = 'organization' | 'user';

export interface ProjectRef {
  owner: string;
  number: number;
  /** Unknown for "owner/number": the organization is tried first, then the user. */
  ownerType?: ProjectOwnerType;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/**
 * "https://github.com/orgs/tta/projects/3" (a view or query after it is fine),
 * "https://github.com/users/alice/projects/3", or "tta/3" (organization, then user).
 */
export function parseProjectRef(text: string, input = 'project'): ProjectRef {
  const raw = text.trim();
  const fix =
    'Give the project as its URL, e.g. https://github.com/orgs/<organization>/projects/<number> or ' +
    'https://github.com/users/<user>/projects/<number>, or as <owner>/<number>.';
  const fail = (why: string): never => {
    throw new ConfigurationError(`"${raw}" ${why}`, { at: input }, fix);
  };
  if (raw === '') fail('is empty');

  const short = /^@?([^/\s]+)\/#?(\d+)$/.exec(raw);
  if (short) return checked({ owner: short[1]!, number: Number(short[2]) }, fail);

  const url = /^(?:https?:\/\/)?[^/\s]+\/(orgs|users)\/([^/\s]+)\/projects\/(\d+)(?:[/?#].*)?$/i.exec(raw);
  if (url) {
    const ownerType: ProjectOwnerType = url[1]!.toLowerCase() === 'orgs' ? 'organization' : 'user';
    return checked({ owner: decodeURIComponent(url[2]!), number: Number(url[3]), ownerType }, fail);
  }
  if (/^(?:https?:\/\/)?[^/\s]+\/[^/\s]+\/[^/\s]+\/projects\/\d+/i.test(raw)) {
    fail(
      'is a repository project (Projects classic), which GitHub has retired; use a Project (v2) of the organization or user',
    );
  }
  return fail('is not a GitHub Project (v2) reference');
}

function checked(ref: ProjectRef, fail: (why: string) => never): ProjectRef {
  if (!LOGIN.test(ref.owner)) fail(`names "${ref.owner}", which is not a GitHub login`);
  if (!Number.isSafeInteger(ref.number) || ref.number < 1) fail('has no valid project number');
  return ref;
}
