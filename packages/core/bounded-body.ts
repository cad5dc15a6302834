/**
 * The one bounded reader of HTTP replies (the GitHub API through octokit, Prometheus, a
 * metrics endpoint). `fetch`'s `text()`, `json()` and `arrayBuffer()` read whatever the server
 * sends: a 2 GB reply ends the process with V8's "invalid string length" or an out-of-memory
 * abort. Here a reply declared larger than the limit is refused before its body is read, and
 * one that runs past it while streaming is cut there, with an error that says so.
 *
 * `onFailure` hears every failure of the body (too large, cut by a time-out, connection lost):
 * octokit swallows those and hands back an empty reply, so its caller must be told.
 */

export class ReplyTooLargeError extends Error {
  readonly kind = 'too-large' as const;
  constructor(
    readonly limitBytes: number,
    declared: number | null,
  ) {
    super(
      declared !== null
        ? `the reply is ${formatBytes(declared)}, over the ${formatBytes(limitBytes)} this action reads`
        : `the reply runs past the ${formatBytes(limitBytes)} this action reads; reading stopped there`,
    );
    this.name = 'ReplyTooLargeError';
  }
}

export function formatBytes(n: number): string {
  if (n >= 1 << 30) return `${(n / (1 << 30)).toFixed(1)} GB`;
  if (n >= 1 << 20) return `${Math.round(n / (1 << 20))} MB`;
  if (n >= 1 << 10) return `${Math.round(n / (1 << 10))} KB`;
  return `${n} bytes`;
}

function declaredLength(response: Response): number | null {
  const value = response.headers.get('content-length');
  const n = value === null ? Number.NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** The same reply, its body limited to `maxBytes`. */
export function boundedResponse(
  response: Response,
  maxBytes: number,
  onFailure: (e: Error) => void = () => {},
): Response {
  const source = response.body;
  if (source === null) return response;
  const declared = declaredLength(response);
  let body: ReadableStream<Uint8Array>;
  if (declared !== null && declared > maxBytes) {
    void source.cancel().catch(() => undefined);
    const refused = new ReplyTooLargeError(maxBytes, declared);
    onFailure(refused);
    body = new ReadableStream({ start: (ctl) => ctl.error(refused) });
  } else {
    body = limitStream(source, maxBytes, onFailure);
  }
  const bounded = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(bounded, 'url', { value: response.url });
  return bounded;
}

function limitStream(
  source: ReadableStream<Uint8Array>,
  maxBytes: number,
  onFailure: (e: Error) => void,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(ctl) {
      try {
        const { done, value } = await reader.read();
        if (done) return ctl.close();
        seen += value.byteLength;
        if (seen > maxBytes) {
          const e = new ReplyTooLargeError(maxBytes, null);
          onFailure(e);
          ctl.error(e);
          await reader.cancel(e).catch(() => undefined);
          return;
        }
        ctl.enqueue(value);
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        onFailure(error);
        ctl.error(error);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** A reply's text, read up to `maxBytes` (ReplyTooLargeError past that). */
export async function readBoundedText(response: Response, maxBytes: number): Promise<string> {
  return boundedResponse(response, maxBytes).text();
}

/** `fetch`, every reply bounded: for octokit's `request.fetch`. */
export function boundedFetch(
  maxBytes: number,
  onFailure: (e: Error) => void,
  base: typeof fetch = globalThis.fetch,
): typeof fetch {
  return async (input, init) => boundedResponse(await base(input, init), maxBytes, onFailure);
}
