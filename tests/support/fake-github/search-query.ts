/**
 * Splits a GitHub search `q` into terms: `key:value` qualifiers (value optionally quoted,
 * `-key:value` negated) and free-text words or "quoted phrases". Only the first colon
 * separates key from value, so `label:blocker:*` is the label named "blocker:*" - GitHub's
 * search has no label wildcards, and the fake must not pretend it does.
 */

export type SearchTerm =
  | { kind: 'qualifier'; key: string; value: string; negated: boolean }
  | { kind: 'text'; value: string; negated: boolean };

/** Whitespace-separated tokens, where whitespace inside double quotes does not separate. */
function tokenize(q: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of q) {
    if (char === '"') quoted = !quoted;
    if (!quoted && /\s/.test(char)) {
      if (current !== '') tokens.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current !== '') tokens.push(current);
  return tokens;
}

const unquote = (value: string): string => value.replace(/"/g, '');

export function parseSearchQuery(q: string): SearchTerm[] {
  return tokenize(q).map((token): SearchTerm => {
    const negated = token.startsWith('-') && token.length > 1;
    const body = negated ? token.slice(1) : token;
    const qualifier = /^([A-Za-z_-]+):(.+)$/s.exec(body);
    if (qualifier?.[1] && qualifier[2] !== undefined) {
      return { kind: 'qualifier', key: qualifier[1].toLowerCase(), value: unquote(qualifier[2]), negated };
    }
    return { kind: 'text', value: unquote(body), negated };
  });
}
