/**
 * Page-number pagination as the REST API does it: `per_page` (default 30, capped at 100) and
 * `page` (from 1), with an RFC 8288 `Link` header in GitHub's order - prev, next, last, first -
 * pointing at the same endpoint with the caller's other query parameters kept. octokit's
 * `paginate` follows `rel="next"` blindly, so getting this right is what makes it stop.
 */
import type { RouteContext } from './router.js';

export interface PaginateOptions {
  defaultPerPage?: number;
  maxPerPage?: number;
  /** Only this many items are reachable at all (3000 for pull request files, 1000 for search). */
  maxItems?: number;
}

export interface Page<T> {
  items: T[];
  /** Holds `link` when there is more than one page. */
  headers: Record<string, string>;
}

type PageRequest = Pick<RouteContext, 'query' | 'searchParams' | 'linkBase'>;

function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) && parsed >= 1 ? parsed : undefined;
}

export function pageParams(
  query: Record<string, string>,
  options: PaginateOptions = {},
): { perPage: number; page: number } {
  const maxPerPage = options.maxPerPage ?? 100;
  const perPage = Math.min(positiveInt(query['per_page']) ?? options.defaultPerPage ?? 30, maxPerPage);
  return { perPage, page: positiveInt(query['page']) ?? 1 };
}

export function paginate<T>(all: readonly T[], request: PageRequest, options: PaginateOptions = {}): Page<T> {
  const reachable = options.maxItems === undefined ? all : all.slice(0, options.maxItems);
  const { perPage, page } = pageParams(request.query, options);
  const lastPage = Math.max(1, Math.ceil(reachable.length / perPage));
  const items = reachable.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(request, page, lastPage);
  return { items, headers: link === undefined ? {} : { link } };
}

export function linkHeader(request: PageRequest, page: number, lastPage: number): string | undefined {
  const url = (target: number): string => {
    const params = new URLSearchParams(request.searchParams);
    params.set('page', String(target));
    return `${request.linkBase}?${params.toString()}`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${url(page - 1)}>; rel="prev"`);
  if (page < lastPage) links.push(`<${url(page + 1)}>; rel="next"`, `<${url(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${url(1)}>; rel="first"`);
  return links.length === 0 ? undefined : links.join(', ');
}
