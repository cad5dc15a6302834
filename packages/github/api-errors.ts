/** GitHub API failures, classified so callers can degrade (a fork's read-only token) or explain. */

export type FailureKind = 'permission' | 'not-found' | 'rate-limit' | 'timeout' | 'server' | 'invalid' | 'network' | 'other';

interface ErrorLike {
  status?: number;
  name?: string;
  message?: string;
  response?: { headers?: Record<string, unknown>; data?: unknown };
}

function kindOf(error: unknown): FailureKind {
  const e = error as ErrorLike;
  const status = e.status ?? 0;
  const headers = e.response?.headers ?? {};
  const message = String((e.response?.data as { message?: unknown } | undefined)?.message ?? e.message ?? '');
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || /aborted|timeout/i.test(message)) return 'timeout';
  if (status === 429 || (status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(message)))) return 'rate-limit';
  if (status === 401 || status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 422 || status === 409 || status === 400) return 'invalid';
  if (status >= 500) return 'server';
  if (status === 0) return 'network';
  return 'other';
}

export function describeRequestFailure(error: unknown, timeoutMs: number): string {
  const e = error as ErrorLike;
  const kind = kindOf(error);
  const message = String((e.response?.data as { message?: unknown } | undefined)?.message ?? e.message ?? 'unknown error');
  if (kind === 'timeout') return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  return e.status ? `HTTP ${e.status} (${message})` : message;
}

export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly kind: FailureKind,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }

  static from(error: unknown, what: string, timeoutMs: number, note?: string): GitHubApiError {
    if (error instanceof GitHubApiError) return error;
    const status = (error as ErrorLike).status ?? 0;
    const text = `${what} failed: ${describeRequestFailure(error, timeoutMs)}${note ? `; ${note}` : ''}`;
    return new GitHubApiError(text, status, kindOf(error));
  }
}

/** The token may not write here: a fork pull request's read-only GITHUB_TOKEN, or missing `permissions:`. */
export function isPermissionDenied(error: unknown): boolean {
  return error instanceof GitHubApiError ? error.kind === 'permission' : kindOf(error) === 'permission';
}
