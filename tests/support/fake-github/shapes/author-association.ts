/**
 * `author_association` on issues and comments. Actions use it as a cheap "is this person
 * trusted" check, so it follows the permissions the test set: the owner is OWNER, anyone
 * with a permission other than none is COLLABORATOR, everyone else NONE. (GitHub also has
 * MEMBER for organization members and CONTRIBUTOR for past committers; the fake models
 * neither.)
 */
import type { RepoState } from '../state/repo-state.js';

export type AuthorAssociation = 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE';

export function authorAssociation(repo: RepoState, login: string): AuthorAssociation {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  const permission = repo.permissions.get(login.toLowerCase());
  return permission !== undefined && permission !== 'none' ? 'COLLABORATOR' : 'NONE';
}
