/**
 * A tiny router: `/repos/:owner/:repo/issues/:issue_number` style patterns, `*name` for a
 * trailing multi-segment parameter (file paths, branch names with slashes). When several
 * patterns match, the one with more literal segments wins, so `/issues/comments` is not
 * mistaken for issue number "comments".
 */
import type { Caller } from './auth.js';
import type { FakeState } from './state/fake-state.js';
import type { RepoState } from './state/repo-state.js';
import { decodeSegment, type ApiUrls } from './urls.js';

export interface RouteContext {
  method: string;
  /** Percent-decoded path. */
  path: string;
  /** Percent-decoded path parameters. */
  params: Record<string, string>;
  query: Record<string, string>;
  /** The query as sent, so pagination links can keep every parameter. */
  searchParams: URLSearchParams;
  /** Request headers, names lower-cased (for media types such as `application/vnd.github.raw`). */
  headers: Record<string, string>;
  /** The parsed JSON body (undefined when the route takes none or none was sent). */
  body: unknown;
  state: FakeState;
  urls: ApiUrls;
  caller: Caller;
  /** This endpoint's absolute URL without query, spelled as GitHub spells it in `Link` headers. */
  linkBase: string;
  /** The repository named by `:owner/:repo`; throws 404 when the fake hosts none. */
  repo(): RepoState;
}

export interface Reply {
  status: number;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is instead of `body` (a raw media type); set its content-type in `headers`. */
  raw?: Buffer;
  /** A body of this many bytes, streamed (only faults use it). */
  stream?: { bytes: number; declareLength: boolean };
  headers?: Record<string, string>;
}

export type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

export interface RouteOptions {
  /** The operation's page under docs.github.com/rest/, e.g. `issues/comments#create-an-issue-comment`;
   *  becomes `documentation_url` in this route's errors, as on GitHub. */
  docs: string;
  /** Default: `required` for POST/PATCH/PUT, `none` otherwise. */
  body?: 'required' | 'optional' | 'none';
  /** Whether read-only tokens are refused. Default: every method but GET/HEAD (a GraphQL
   *  route will override this, since its reads are POSTs too). */
  write?: boolean;
}

export interface Route {
  method: string;
  pattern: string;
  options: Required<RouteOptions>;
  handler: Handler;
}

type Segment = { kind: 'literal'; value: string } | { kind: 'param'; name: string } | { kind: 'rest'; name: string };

interface CompiledRoute extends Route {
  segments: Segment[];
  literals: number;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function compile(pattern: string): Segment[] {
  return splitPath(pattern).map((part): Segment => {
    if (part.startsWith(':')) return { kind: 'param', name: part.slice(1) };
    if (part.startsWith('*')) return { kind: 'rest', name: part.slice(1) };
    return { kind: 'literal', value: part };
  });
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index];
    if (!segment) break;
    if (segment.kind === 'rest') {
      params[segment.name] = parts.slice(index).map(decodeSegment).join('/');
      return params;
    }
    const part = parts[index];
    if (part === undefined) return undefined;
    if (segment.kind === 'literal') {
      if (decodeSegment(part) !== segment.value) return undefined;
    } else {
      params[segment.name] = decodeSegment(part);
    }
  }
  return parts.length === segments.length ? params : undefined;
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(method: string, pattern: string, options: RouteOptions, handler: Handler): this {
    const upper = method.toUpperCase();
    const segments = compile(pattern);
    const writes = upper !== 'GET' && upper !== 'HEAD';
    this.routes.push({
      method: upper,
      pattern,
      handler,
      segments,
      literals: segments.filter((segment) => segment.kind === 'literal').length,
      options: {
        docs: options.docs,
        body: options.body ?? (['POST', 'PATCH', 'PUT'].includes(upper) ? 'required' : 'none'),
        write: options.write ?? writes,
      },
    });
    return this;
  }

  get(pattern: string, options: RouteOptions, handler: Handler): this {
    return this.add('GET', pattern, options, handler);
  }

  post(pattern: string, options: RouteOptions, handler: Handler): this {
    return this.add('POST', pattern, options, handler);
  }

  patch(pattern: string, options: RouteOptions, handler: Handler): this {
    return this.add('PATCH', pattern, options, handler);
  }

  put(pattern: string, options: RouteOptions, handler: Handler): this {
    return this.add('PUT', pattern, options, handler);
  }

  delete(pattern: string, options: RouteOptions, handler: Handler): this {
    return this.add('DELETE', pattern, options, handler);
  }

  /** @param rawPath the path as sent (percent-encoded), so `%2F` inside a segment stays inside it. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    const parts = splitPath(rawPath);
    let best: { route: CompiledRoute; params: Record<string, string> } | undefined;
    for (const route of this.routes) {
      if (route.method !== method.toUpperCase()) continue;
      const params = matchSegments(route.segments, parts);
      if (params && (!best || route.literals > best.route.literals)) best = { route, params };
    }
    return best;
  }
}
