/** Who a commit made through the API is attributed to: the body's author/committer, else the caller. */
import { isObject } from '../body-fields.js';
import type { GitIdentity } from '../git-objects.js';
import type { RouteContext } from '../router.js';

export function commitIdentity(ctx: RouteContext, field: 'author' | 'committer'): GitIdentity {
  const given = isObject(ctx.body) ? ctx.body[field] : undefined;
  const now = ctx.state.now();
  if (isObject(given) && typeof given['name'] === 'string' && typeof given['email'] === 'string') {
    return {
      name: given['name'],
      email: given['email'],
      date: typeof given['date'] === 'string' ? given['date'] : now,
    };
  }
  const { user } = ctx.caller;
  // GitHub's no-reply address, e.g. 41898282+github-actions[bot]@users.noreply.github.com.
  return { name: user.login, email: `${user.id}+${user.login}@users.noreply.github.com`, date: now };
}
