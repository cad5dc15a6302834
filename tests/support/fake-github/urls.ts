/**
 * URLs inside response bodies. API URLs point back at the fake (so a client that follows
 * `url` or `comments_url` stays on it); HTML URLs point at github.com, which clients only
 * print or link to.
 */
import type { RepoState } from './state/repo-state.js';

export const HTML_ROOT = 'https://github.com';

export class ApiUrls {
  /** @param base the server's own origin, e.g. `http://127.0.0.1:54321` */
  constructor(readonly base: string) {}

  api(path: string): string {
    return `${this.base}${path}`;
  }

  repoApi(repo: RepoState | string, rest = ''): string {
    return `${this.base}/repos/${typeof repo === 'string' ? repo : repo.fullName}${rest}`;
  }

  repoHtml(repo: RepoState | string, rest = ''): string {
    return `${HTML_ROOT}/${typeof repo === 'string' ? repo : repo.fullName}${rest}`;
  }
}

/** Encodes each segment of a slash-separated path, keeping the slashes. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Percent-decodes one path segment; a malformed escape is kept as sent rather than failing. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
