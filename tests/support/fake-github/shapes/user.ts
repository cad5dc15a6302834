/** The "simple user" object GitHub embeds wherever a person or bot is named. */
import { nodeId } from '../ids.js';
import type { UserRecord } from '../state/records.js';
import { HTML_ROOT } from '../urls.js';
import type { ShapeContext } from './context.js';

export function userShape(user: UserRecord, { urls }: ShapeContext): Record<string, unknown> {
  const api = urls.api(`/users/${encodeURIComponent(user.login)}`);
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: `https://avatars.githubusercontent.com/${user.type === 'Bot' ? 'in' : 'u'}/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    // Bots' pages live under /apps/<slug>, people's at /<login>.
    html_url:
      user.type === 'Bot' ? `${HTML_ROOT}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${HTML_ROOT}/${user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The user with this login, as JSON; logins unknown so far become known users. */
export function userByLogin(login: string, ctx: ShapeContext): Record<string, unknown> {
  return userShape(ctx.state.users.get(login), ctx);
}
