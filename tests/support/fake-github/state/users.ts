/**
 * Users the fake has heard of. Any login used while seeding (issue author, commenter,
 * collaborator) becomes a known user with a stable id; logins ending in `[bot]` are bots.
 */
import type { IdSequence } from '../ids.js';
import type { UserRecord } from './records.js';

/** Who a workflow's GITHUB_TOKEN acts as; its real id, because actions sometimes compare it. */
export const ACTIONS_BOT: UserRecord = { id: 41898282, login: 'github-actions[bot]', type: 'Bot' };

export class UserDirectory {
  // GitHub logins are case-insensitive; the first spelling seen is kept for display.
  private readonly byLogin = new Map<string, UserRecord>([[ACTIONS_BOT.login, { ...ACTIONS_BOT }]]);

  constructor(private readonly ids: IdSequence) {}

  /** The user with this login, created on first use. */
  get(login: string): UserRecord {
    const key = login.toLowerCase();
    let user = this.byLogin.get(key);
    if (!user) {
      user = { id: this.ids.take('user'), login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      this.byLogin.set(key, user);
    }
    return user;
  }

  /** The user with this login, if the fake has heard of it. */
  find(login: string): UserRecord | undefined {
    return this.byLogin.get(login.toLowerCase());
  }
}
