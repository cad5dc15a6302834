/**
 * Credentials in URLs, never printed or written. A health, Prometheus or metrics URL may carry
 * `user:password@` or a token in its query (`?token=…`, `?api_key=…`); the runner masks only
 * the secrets it knows, and not what goes through the API (an incident issue, the history on
 * the data branch) or is too short to mask. Every URL shown or stored goes through `redactUrl`,
 * and every message that may quote one (an error of `fetch`, a server's answer) through
 * `redactUrls`.
 */

export const REDACTED = '***';

/** Query parameters whose values are secrets (compared lower-case, `-` and `_` alike). */
const SECRET_PARAMS = new Set([
  'token',
  'access_token',
  'accesstoken',
  'auth',
  'auth_token',
  'authorization',
  'api_key',
  'apikey',
  'key',
  'secret',
  'client_secret',
  'password',
  'passwd',
  'pwd',
  'pass',
  'sig',
  'signature',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'code',
  'session',
  'sessionid',
  'private_token',
  'jwt',
  'bearer',
  'credential',
  'credentials',
]);

function isSecretParam(name: string): boolean {
  const n = name.toLowerCase().replace(/-/g, '_');
  return (
    SECRET_PARAMS.has(n) ||
    SECRET_PARAMS.has(n.replace(/_/g, '')) ||
    /(token|secret|passw|api_?key|signature|credential)/.test(n)
  );
}

/** The query with the values of secret parameters replaced (the rest kept as written). */
function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      let name = pair.slice(0, eq);
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // a malformed escape: judge the name as written
      }
      return isSecretParam(name) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    })
    .join('&');
}

/**
 * A URL fit to show and store: userinfo (`user:password@`) replaced by `***@`, the values of
 * secret query parameters by `***`, the fragment dropped. Text that is not a URL is returned
 * with the same rules applied as far as it looks like one.
 */
export function redactUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
  if (!m) return redactUrls(url);
  const [, scheme, authority, path, query] = m;
  const at = authority!.lastIndexOf('@');
  const host = at >= 0 ? `${REDACTED}@${authority!.slice(at + 1)}` : authority!;
  return `${scheme}${host}${path}${query ? `?${redactQuery(query.slice(1))}` : ''}`;
}

/** Every URL inside a message (an error text, a server's answer) redacted. */
export function redactUrls(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi, (u) => redactUrl(u));
}

/** `text` with each of `secrets` (exact values known to be secret) replaced; short ones too. */
export function redactValues(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join(REDACTED);
  return out;
}

/** The credentials a URL carries (userinfo parts and secret query values), for `redactValues`. */
export function urlSecrets(url: string): string[] {
  const out: string[] = [];
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)[^?#]*(?:\?([^#]*))?/i.exec(url);
  if (!m) return out;
  const authority = m[1]!;
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    // The password; a user name alone is a token (https://TOKEN@host).
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    const secret = colon >= 0 ? userinfo.slice(colon + 1) : userinfo;
    if (secret) {
      out.push(secret);
      try {
        out.push(decodeURIComponent(secret));
      } catch {
        // kept as written
      }
    }
  }
  for (const pair of (m[2] ?? '').split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && isSecretParam(pair.slice(0, eq)) && pair.slice(eq + 1)) out.push(pair.slice(eq + 1));
  }
  return [...new Set(out)].filter((s) => s.length >= 3);
}
