/**
 * Collaborator permission checks, which actions use to decide whether the person who
 * commented or opened a pull request may trigger privileged behaviour.
 * docs.github.com/rest/collaborators/collaborators
 */
import { notFound } from '../errors.js';
import type { RouteContext, Router } from '../router.js';
import type { ShapeContext } from '../shapes/context.js';
import { userShape } from '../shapes/user.js';
import type { RepoState } from '../state/repo-state.js';
import type { Permission } from '../state/records.js';

/**
 * `permission` is the legacy field and knows only admin/write/read/none, so maintain folds
 * into write and triage into read; `role_name` keeps the real role.
 */
const LEGACY: Record<Permission, 'admin' | 'write' | 'read' | 'none'> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

const RANK: Permission[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];

export function registerCollaboratorRoutes(router: Router): void {
  router.get(
    '/repos/:owner/:repo/collaborators/:username/permission',
    { docs: 'collaborators/collaborators#get-repository-permissions-for-a-user' },
    (ctx) => {
      const repo = ctx.repo();
      const { login, permission } = lookup(ctx, repo);
      return {
        status: 200,
        body: {
          permission: LEGACY[permission],
          role_name: permission,
          user: {
            ...userShape(ctx.state.users.get(login), ctx),
            permissions: permissionFlags(permission),
            role_name: permission,
          },
        },
      };
    },
  );

  router.get(
    '/repos/:owner/:repo/collaborators/:username',
    { docs: 'collaborators/collaborators#check-if-a-user-is-a-repository-collaborator' },
    (ctx) => {
      const repo = ctx.repo();
      // 204 for collaborators, 404 for everyone else.
      const permission = repo.permissionOf(ctx.params['username'] ?? '');
      if (permission === undefined || permission === 'none') throw notFound();
      return { status: 204 };
    },
  );
}

/**
 * A login the test gave a permission to (or the owner) has it. A user the fake has otherwise
 * heard of (authored an issue, commented) is a non-collaborator on a public repository, which
 * GitHub reports as read. Logins never seen are not users at all: 404.
 */
function lookup(ctx: RouteContext & ShapeContext, repo: RepoState): { login: string; permission: Permission } {
  const login = ctx.params['username'] ?? '';
  const permission = repo.permissionOf(login);
  if (permission !== undefined) return { login, permission };
  const known = ctx.state.users.find(login);
  if (!known) throw notFound();
  return { login: known.login, permission: 'read' };
}

function permissionFlags(permission: Permission): Record<string, boolean> {
  const at = (level: Permission): boolean => RANK.indexOf(permission) >= RANK.indexOf(level);
  return { admin: at('admin'), maintain: at('maintain'), push: at('write'), triage: at('triage'), pull: at('read') };
}
