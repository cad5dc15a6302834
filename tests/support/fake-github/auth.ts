/**
 * Who is calling: tokens are accepted as-is (the fake checks no secrets), but a test can mark
 * some as read-only (a fork pull request's GITHUB_TOKEN) or say which user a token acts as.
 */
import type { UserRecord } from './state/records.js';
import type { TokenPermissions } from './token-scopes.js';
import { ACTIONS_BOT, type UserDirectory } from './state/users.js';

export interface Caller {
  /** Undefined when the request carried no Authorization header. */
  token: string | undefined;
  readOnly: boolean;
  /** The token's scopes when it was registered with some (a workflow job's GITHUB_TOKEN). */
  permissions: TokenPermissions | undefined;
  user: UserRecord;
}

export class TokenRegistry {
  /** Tokens whose writes are refused with 403, like a fork pull request's GITHUB_TOKEN. */
  readonly readOnly = new Set<string>();
  /** Token to login; tokens not listed act as github-actions[bot], like GITHUB_TOKEN. */
  readonly logins = new Map<string, string>();
  /** Tokens limited to these scopes (see token-scopes.ts); tokens not listed are not limited. */
  readonly permissions = new Map<string, TokenPermissions>();

  identify(authorization: string | undefined, users: UserDirectory): Caller {
    // GitHub accepts both `token X` and `Bearer X`.
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    const login = token === undefined ? undefined : this.logins.get(token);
    return {
      token,
      readOnly: token !== undefined && this.readOnly.has(token),
      permissions: token === undefined ? undefined : this.permissions.get(token),
      user: login === undefined ? users.get(ACTIONS_BOT.login) : users.get(login),
    };
  }

  clear(): void {
    this.readOnly.clear();
    this.logins.clear();
    this.permissions.clear();
  }
}
