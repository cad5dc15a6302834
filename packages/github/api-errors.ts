/** GitHub API failures, classified so callers can degrade (a fork's read-only token) or explain. */
import { oneLine } from '../report/workflow-text.js';

export type FailureKind =
  | 'permission'
  | 'not-found'
  | 'rate-limit'
  | 'timeout'
  | 'server'
  | 'invalid'
  | 'network'
  /** A reply over the size this action reads (core/bounded-body.ts). */
  | 'too-large'
  /** A reply that is not what it says it is (JSON that does not parse). */
  | 'malformed'
  | 'other';

interface ErrorLike {
  status?: number;
  name?: string;
  message?: string;
  kind?: FailureKind;
  response?: { headers?: Record<string, unknown>; data?: unknown };
}

/** Failures after which the server may have done what was asked: no answer, a 5xx, a reply cut or garbled. */
const AMBIGUOUS: ReadonlySet<FailureKind> = new Set(['timeout', 'server', 'network', 'too-large', 'malformed']);

function responseMessage(e: ErrorLike): string {
  const data = e.response?.data as { message?: unknown } | undefined;
  return String((data && typeof data === 'object' ? data.message : undefined) ?? e.message ?? '');
}

function kindOf(error: unknown): FailureKind {
  const e = error as ErrorLike;
  if (e.kind === 'too-large' || e.kind === 'malformed') return e.kind;
  const status = e.status ?? 0;
  const headers = e.response?.headers ?? {};
  const message = responseMessage(e);
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || /aborted|timeout/i.test(message)) return 'timeout';
  if (
    status === 429 ||
    (status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(message)))
  )
    return 'rate-limit';
  if (status === 401 || status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 422 || status === 409 || status === 400) return 'invalid';
  if (status >= 500) return 'server';
  if (status === 0) return 'network';
  return 'other';
}

/** A request that never left this machine (refused, no such host): nothing can have been applied. */
export function neverSent(error: unknown): boolean {
  const e = error as ErrorLike & { cause?: { code?: string; message?: string } };
  const text = `${e.message ?? ''} ${e.cause?.code ?? ''} ${e.cause?.message ?? ''}`;
  return /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(text);
}

export function describeRequestFailure(error: unknown, timeoutMs: number): string {
  const e = error as ErrorLike;
  const kind = kindOf(error);
  if (kind === 'timeout')
    return `no answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`;
  const message = oneLine(responseMessage(e) || 'unknown error');
  if (kind === 'too-large' || kind === 'malformed') return message;
  return e.status ? `HTTP ${e.status} (${message})` : message;
}

export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly kind: FailureKind,
    /** The request was a write that GitHub may have applied although no good answer came back. */
    readonly mayHaveApplied = false,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }

  static from(error: unknown, what: string, timeoutMs: number, note?: string, write = false): GitHubApiError {
    if (error instanceof GitHubApiError) return error;
    const status = (error as ErrorLike).status ?? 0;
    const kind = kindOf(error);
    const text = `${what} failed: ${describeRequestFailure(error, timeoutMs)}${note ? `; ${note}` : ''}`;
    return new GitHubApiError(text, status, kind, write && AMBIGUOUS.has(kind) && !neverSent(error));
  }
}

/** Why a reply could not be used although it arrived: too large, or not the JSON it claims to be. */
export class ReplyError extends Error {
  constructor(
    message: string,
    readonly kind: 'too-large' | 'malformed',
  ) {
    super(message);
    this.name = 'ReplyError';
  }
}

export function failureKind(error: unknown): FailureKind {
  return error instanceof GitHubApiError ? error.kind : kindOf(error);
}

/** The token may not write here: a fork pull request's read-only GITHUB_TOKEN, or missing `permissions:`. */
export function isPermissionDenied(error: unknown): boolean {
  return failureKind(error) === 'permission';
}

/** A write that failed in a way that leaves open whether GitHub applied it. */
export function mayHaveApplied(error: unknown): boolean {
  return error instanceof GitHubApiError && error.mayHaveApplied;
}
