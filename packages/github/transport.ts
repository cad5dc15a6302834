/**
 * The hook every REST request of a client goes through: the retry loop with its time-outs and
 * budget (retry.ts), the bounded reader for the reply (core/bounded-body.ts), and a check
 * that a reply labelled JSON is JSON (octokit hands a garbled one back as a string, which the
 * caller would take apart as if it were the object it expected).
 */
import type { getOctokit } from '@actions/github';
import { boundedFetch } from '../core/bounded-body.js';
import { ReplyError } from './api-errors.js';
import { oneLine } from '../report/workflow-text.js';
import { restRetry, retrying, type RetryPolicy } from './retry.js';

type Octokit = ReturnType<typeof getOctokit>;

/** GitHub's largest file (the contents API's raw media type) is 100 MB; no JSON reply we read comes near. */
export const DEFAULT_MAX_REPLY_BYTES = 100 * 2 ** 20;

/** POSTs that are safe to repeat: adding labels that are on the issue already changes nothing. */
const IDEMPOTENT_POSTS: readonly RegExp[] = [/\/issues\/\{issue_number\}\/labels$/];

/** A POST that creates something: repeating it after it was applied makes a second one. */
export function isNonIdempotentWrite(method: string, url: string): boolean {
  return method.toUpperCase() === 'POST' && !IDEMPOTENT_POSTS.some((re) => re.test(url));
}

interface ResponseLike {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/** A reply labelled JSON that octokit could not parse comes back as its text. */
function checkJson(response: ResponseLike): void {
  const type = String(response.headers['content-type'] ?? '');
  if (response.status === 204 || !/^application\/(scim\+)?json\b/i.test(type) || typeof response.data !== 'string')
    return;
  const head = oneLine(response.data.slice(0, 60), 60);
  throw new ReplyError(
    `the reply is not valid JSON${head ? ` (it starts with "${head}")` : ' (it is empty)'}`,
    'malformed',
  );
}

/** octokit reports an aborted fetch as HTTP 500 "Unknown Error"; say what happened. */
function noAnswer(signal: AbortSignal, error: unknown): unknown {
  return signal.aborted ? Object.assign(new Error('no answer in time'), { name: 'TimeoutError', cause: error }) : error;
}

/** The fetch each bounded one wraps: a retry, or a later page built from these options, wraps the same one again. */
const wrappedFetch = new WeakMap<typeof fetch, typeof fetch>();

/**
 * The fetch octokit was given: @actions/github's, which sends through the runner's proxy
 * (https_proxy) when one is set. Replacing it with the global fetch would bypass the proxy.
 */
function baseFetch(request: unknown): typeof fetch {
  const given = (request as { fetch?: typeof fetch } | undefined)?.fetch;
  return given ? (wrappedFetch.get(given) ?? given) : globalThis.fetch;
}

function bounded(base: typeof fetch, limit: number, onFailure: (e: Error) => void): typeof fetch {
  const f = boundedFetch(limit, onFailure, base);
  wrappedFetch.set(f, base);
  return f;
}

export function installTransport(octokit: Octokit, policy: RetryPolicy, maxReplyBytes: number): void {
  octokit.hook.wrap('request', async (request, options) => {
    const url = String(options.url);
    // A page after the first is fetched by its absolute URL: name it by its path.
    const what = `${options.method} ${/^https?:/.test(url) ? new URL(url).pathname : url}`;
    const write = isNonIdempotentWrite(options.method, url);
    const own = (options.request as { maxReplyBytes?: unknown } | undefined)?.maxReplyBytes;
    const limit = typeof own === 'number' ? own : maxReplyBytes;
    const base = baseFetch(options.request);
    return retrying(
      policy,
      what,
      async (signal) => {
        let bodyFailure: Error | undefined;
        // Set on the options object itself: the hooks below this one were bound to it, and
        // ignore an object passed in its place.
        options.request = { ...options.request, signal, fetch: bounded(base, limit, (e) => (bodyFailure ??= e)) };
        let response: ResponseLike;
        try {
          response = (await request(options)) as ResponseLike;
        } catch (e) {
          // An HTTP answer (its status decides); else what broke the body, if anything did.
          if ((e as { response?: unknown }).response) throw e;
          throw noAnswer(signal, bodyFailure ?? e);
        }
        if (bodyFailure) throw noAnswer(signal, bodyFailure);
        checkJson(response);
        return response as Awaited<ReturnType<typeof request>>;
      },
      restRetry(what, policy.timeoutMs, write),
    );
  });
}
