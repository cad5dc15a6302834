/**
 * The HTTP side: one request's life from arrival to reply.
 *   record -> delay (gh.slow) -> injected fault? -> route -> auth -> body -> handler
 * Every reply, fault or not, gets GitHub's standard headers and, when it is an error,
 * GitHub's error body.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TokenRegistry } from './auth.js';
import { DOCS_ROOT, errorBody, HttpError, notFound, problemsParsingJson } from './errors.js';
import type { FaultInjector, FaultSpec } from './faults.js';
import { requestId as newRequestId } from './ids.js';
import { resourceFor } from './rate-limit.js';
import type { RecordedRequest, RequestLog } from './recorder.js';
import { bodyForLog, parseJson, readBody } from './request-body.js';
import { JSON_CONTENT_TYPE, standardHeaders } from './response-headers.js';
import type { Reply, RouteContext, RouteMatch, Router } from './router.js';
import type { FakeState } from './state/fake-state.js';
import type { RepoState } from './state/repo-state.js';
import { allows, scopesFor } from './token-scopes.js';
import { ApiUrls, decodeSegment } from './urls.js';

export interface ServerDeps {
  router: Router;
  /** A getter, because `reset()` swaps the state for a fresh one. */
  state: () => FakeState;
  tokens: TokenRegistry;
  faults: FaultInjector;
  log: RequestLog;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  // Aborted on close, so replies held back by gh.slow() do not keep the process alive.
  const shutdown = new AbortController();
  let urls = new ApiUrls('http://127.0.0.1');

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!shutdown.signal.aborted) console.error('fake-github: unexpected failure', error);
      response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const method = (request.method ?? 'GET').toUpperCase();
    const target = new URL(request.url ?? '/', 'http://fake.invalid');
    // GitHub ignores a trailing slash. Pagination links name repositories by id; resolving
    // them here means faults, delays and `requestsTo` see one spelling of every path.
    const trimmed = target.pathname.length > 1 ? target.pathname.replace(/\/+$/, '') : target.pathname;
    const rawPath = resolveRepositoryAlias(trimmed, deps.state());
    const entry = deps.log.add({
      method,
      path: rawPath.split('/').map(decodeSegment).join('/'),
      url: request.url ?? '/',
      query: Object.fromEntries(target.searchParams),
      headers: flattenHeaders(request),
      body: bodyForLog(raw),
      status: 0,
    });
    const requestId = newRequestId();

    const delay = deps.faults.delayFor(method, entry.path);
    if (delay > 0) await sleep(delay, undefined, { signal: shutdown.signal });

    const fault = deps.faults.take(method, entry.path);
    let reply: Reply;
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs, undefined, { signal: shutdown.signal });
      // A fault after the fact: the request takes effect, and the client still hears a failure
      // (a 502 from a proxy after GitHub wrote), so a naive retry would apply it twice.
      if (fault.afterApplying) await dispatch(method, rawPath, target.searchParams, raw, request, entry);
      reply = faultReply(fault, requestId, target);
    } else {
      reply = await dispatch(method, rawPath, target.searchParams, raw, request, entry);
    }
    send(response, entry, reply, requestId);
  }

  async function dispatch(
    method: string,
    rawPath: string,
    searchParams: URLSearchParams,
    raw: string,
    request: IncomingMessage,
    entry: RecordedRequest,
  ): Promise<Reply> {
    const state = deps.state();
    // Every answered request counts against the quota, errors included, as on GitHub.
    const resource = resourceFor(entry.path);
    if (resource) state.rateLimits.charge(resource);

    const match = deps.router.match(method, rawPath);
    if (!match) return errorReply(notFound(), DOCS_ROOT);
    const docs = `${DOCS_ROOT}/${match.route.options.docs}`;
    try {
      const ctx = buildContext(match, method, rawPath, searchParams, raw, request, state, entry);
      return await match.route.handler(ctx);
    } catch (error) {
      if (error instanceof HttpError) return errorReply(error, docs);
      console.error('fake-github: handler failed', error);
      const message = error instanceof Error ? error.message : String(error);
      return errorReply(new HttpError(500, `fake-github handler failed: ${message}`), docs);
    }
  }

  function buildContext(
    match: RouteMatch,
    method: string,
    rawPath: string,
    searchParams: URLSearchParams,
    raw: string,
    request: IncomingMessage,
    state: FakeState,
    entry: RecordedRequest,
  ): RouteContext {
    const { route, params } = match;
    const caller = deps.tokens.identify(request.headers.authorization, state.users);
    if (route.options.write && caller.token === undefined) throw new HttpError(401, 'Requires authentication');
    if (route.options.write && caller.readOnly) throw new HttpError(403, 'Resource not accessible by integration');

    const repo =
      params['owner'] !== undefined && params['repo'] !== undefined
        ? state.repo(params['owner'], params['repo'])
        : undefined;
    if (caller.permissions) {
      const scopes = scopesFor(route.pattern, params, repo);
      if (scopes && !allows(caller.permissions, scopes, route.options.write)) {
        throw new HttpError(403, 'Resource not accessible by integration');
      }
    }

    let body: unknown;
    if (route.options.body !== 'none' && (raw.trim() !== '' || route.options.body === 'required')) {
      const parsed = parseJson(raw);
      if (!parsed.ok) throw problemsParsingJson();
      body = parsed.value;
    }

    return {
      method,
      path: entry.path,
      params,
      query: entry.query,
      searchParams,
      headers: entry.headers,
      body,
      state,
      urls,
      caller,
      linkBase: urls.api(linkPath(rawPath, repo)),
      repo: () => {
        if (!repo) throw notFound();
        return repo;
      },
    };
  }

  function send(response: ServerResponse, entry: RecordedRequest, reply: Reply, requestId: string): void {
    entry.status = reply.status;
    // The client may have given up (timeout) while the reply was delayed.
    if (response.destroyed || response.socket?.destroyed) return;
    const state = deps.state();
    const headers: Record<string, string> = {
      ...standardHeaders(requestId, state.rateLimits.snapshot(resourceFor(entry.path) ?? 'core')),
      ...reply.headers,
    };
    if (reply.stream) return streamReply(response, reply.status, headers, reply.stream);
    let payload: string | Buffer = '';
    if (reply.raw !== undefined) {
      payload = reply.raw;
    } else if (reply.status !== 204 && reply.status !== 304 && reply.body !== undefined) {
      headers['content-type'] = JSON_CONTENT_TYPE;
      payload = JSON.stringify(reply.body);
    }
    response.writeHead(reply.status, headers);
    response.end(payload);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  urls = new ApiUrls(`http://127.0.0.1:${port}`);

  return {
    url: urls.base,
    close: async () => {
      shutdown.abort();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function errorReply(error: HttpError, docs: string): Reply {
  return {
    status: error.status,
    body: errorBody(error.status, error.message, error.documentationUrl ?? docs, error.extra),
  };
}

function faultReply(fault: FaultSpec, requestId: string, target: URL): Reply {
  const headers: Record<string, string> = { ...(fault.headers ?? {}) };
  if (fault.endlessPages) {
    const next = new URL(target.toString());
    next.searchParams.set('page', String(Number(next.searchParams.get('page') ?? '1') + 1));
    headers['link'] = `<${next.toString().replace('http://fake.invalid', '')}>; rel="next"`;
  }
  if (fault.streamBytes !== undefined) {
    return {
      status: fault.status,
      headers: { 'content-type': JSON_CONTENT_TYPE, ...headers },
      stream: { bytes: fault.streamBytes, declareLength: fault.declareLength ?? false },
    };
  }
  if (fault.raw !== undefined)
    return {
      status: fault.status,
      raw: Buffer.from(fault.raw),
      headers: { 'content-type': JSON_CONTENT_TYPE, ...headers },
    };
  const body =
    typeof fault.body === 'function'
      ? (fault.body as (info: { requestId: string }) => unknown)({ requestId })
      : (fault.body ?? errorBody(fault.status, STATUS_CODES[fault.status] ?? 'Error'));
  return { status: fault.status, body, headers };
}

/** Writes `bytes` bytes (`[`, spaces, `]`) in 1 MB chunks, waiting for the client to drain each; stops when it hangs up. */
function streamReply(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  stream: { bytes: number; declareLength: boolean },
): void {
  response.writeHead(status, {
    ...headers,
    ...(stream.declareLength ? { 'content-length': String(stream.bytes) } : {}),
  });
  const chunk = Buffer.alloc(1 << 20, 0x20);
  let left = stream.bytes;
  const pump = (): void => {
    while (left > 0 && !response.destroyed) {
      const n = Math.min(left, chunk.length);
      const piece =
        left === stream.bytes
          ? Buffer.concat([Buffer.from('['), chunk.subarray(1, n)])
          : n === left
            ? Buffer.concat([chunk.subarray(0, n - 1), Buffer.from(']')])
            : chunk.subarray(0, n);
      left -= n;
      if (!response.write(piece)) return void response.once('drain', pump);
    }
    if (!response.destroyed) response.end();
  };
  response.on('close', () => {
    left = 0;
  });
  pump();
}

/** GitHub's pagination links name repositories by id (`/repositories/123/...`); accept those. */
function resolveRepositoryAlias(rawPath: string, state: FakeState): string {
  const match = /^\/repositories\/(\d+)(\/.*)?$/.exec(rawPath);
  if (!match) return rawPath;
  const repo = state.repoById(Number(match[1]));
  return repo ? `/repos/${repo.owner}/${repo.name}${match[2] ?? ''}` : rawPath;
}

/** The path GitHub would put in a `Link` header for this request: `/repos/o/r/x` becomes `/repositories/<id>/x`. */
function linkPath(rawPath: string, repo: RepoState | undefined): string {
  const match = /^\/repos\/[^/]+\/[^/]+(\/.*)?$/.exec(rawPath);
  return repo && match ? `/repositories/${repo.id}${match[1] ?? ''}` : rawPath;
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
