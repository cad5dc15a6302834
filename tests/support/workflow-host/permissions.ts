/**
 * GITHUB_TOKEN permissions as GitHub computes them. A job's token gets the job's `permissions:`,
 * else its workflow's, else (in a called workflow) the calling job's, else the repository's
 * default (restricted: contents and packages read). A called workflow may only keep or lower
 * what the calling job grants: GitHub checks every nested job when the run starts, skipped or
 * not, and refuses the whole run with "The nested job '<job>' is requesting '<scope>: <level>',
 * but is only allowed '<scope>: <level>'." A fork's pull request gets read access at most.
 */
import { isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { TOKEN_SCOPES, type ScopeLevel, type TokenPermissions, type TokenScope } from '../fake-github/index.js';

export type DefaultPermissions = 'restricted' | 'permissive';

const RANK: Record<ScopeLevel, number> = { none: 0, read: 1, write: 2 };

/** Scopes a `read-all`/`write-all` grant covers (id-token can only be written, never read). */
const BLANKET_SCOPES = TOKEN_SCOPES.filter((scope) => scope !== 'id-token' && scope !== 'metadata');

/** Every scope with a level (`none` when not granted), so grants compare scope by scope. */
export type FullPermissions = Record<TokenScope, ScopeLevel>;

function empty(): FullPermissions {
  return Object.fromEntries(TOKEN_SCOPES.map((scope) => [scope, 'none'])) as FullPermissions;
}

export function defaultPermissions(policy: DefaultPermissions): FullPermissions {
  const permissions = empty();
  if (policy === 'restricted') {
    permissions.contents = 'read';
    permissions.packages = 'read';
  } else {
    for (const scope of BLANKET_SCOPES) permissions[scope] = 'write';
  }
  permissions.metadata = 'read';
  return permissions;
}

/** A `permissions:` value (`read-all`, `write-all`, `{}` or a mapping), or undefined when absent. */
export function readPermissions(token: TemplateToken | undefined): FullPermissions | undefined {
  if (!token) return undefined;
  const permissions = empty();
  permissions.metadata = 'read';
  if (isString(token)) {
    const level: ScopeLevel = token.value === 'write-all' ? 'write' : token.value === 'read-all' ? 'read' : 'none';
    for (const scope of BLANKET_SCOPES) permissions[scope] = level;
    return permissions;
  }
  if (isMapping(token)) {
    for (const pair of token) {
      const scope = pair.key.assertString('permission scope').value as TokenScope;
      const level = pair.value.assertString('permission level').value as ScopeLevel;
      if (TOKEN_SCOPES.includes(scope)) permissions[scope] = level;
    }
  }
  return permissions;
}

/** The lower of two grants, scope by scope. */
export function capPermissions(permissions: FullPermissions, max: FullPermissions): FullPermissions {
  const capped = empty();
  for (const scope of TOKEN_SCOPES)
    capped[scope] = RANK[permissions[scope]] <= RANK[max[scope]] ? permissions[scope] : max[scope];
  return capped;
}

/** A fork's pull request: nothing above read. */
export function readOnly(permissions: FullPermissions): FullPermissions {
  const capped = { ...permissions };
  for (const scope of TOKEN_SCOPES) if (capped[scope] === 'write') capped[scope] = 'read';
  return capped;
}

/** The `<scope>: <level>` pairs where `requested` exceeds `allowed`, as GitHub words them. */
export function violations(
  requested: FullPermissions,
  allowed: FullPermissions,
): { requested: string; allowed: string } | undefined {
  const over = TOKEN_SCOPES.filter((scope) => scope !== 'metadata' && RANK[requested[scope]] > RANK[allowed[scope]]);
  if (over.length === 0) return undefined;
  return {
    requested: over.map((scope) => `${scope}: ${requested[scope]}`).join(', '),
    allowed: over.map((scope) => `${scope}: ${allowed[scope]}`).join(', '),
  };
}

/** Only the granted scopes, for records and the fake's token table. */
export function granted(permissions: FullPermissions): TokenPermissions {
  const result: TokenPermissions = {};
  for (const scope of TOKEN_SCOPES) if (permissions[scope] !== 'none') result[scope] = permissions[scope];
  return result;
}
