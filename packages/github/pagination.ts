/**
 * Listings with a page count: octokit's `paginate` follows `Link: rel="next"` for as long as
 * the server sends one, so a broken server (or proxy) that always sends one made 100,003
 * requests. Here a listing stops after `maxPages` and says so through `note`.
 */

export interface PageLimits {
  maxPages: number;
  /** What is listed, for the note. */
  what: string;
}

interface PageResponse<T> {
  data: T[];
  headers: { link?: string };
}

export interface Pages<T> {
  items: T[];
  /** More pages were offered than were read. */
  cut: boolean;
}

/** The default: 100 pages of 100, far above anything these actions list. */
export const DEFAULT_MAX_PAGES = 100;

export async function boundedPages<T>(
  pages: AsyncIterable<PageResponse<T>>,
  limits: PageLimits,
  note: (message: string) => void,
): Promise<Pages<T>> {
  const items: T[] = [];
  let read = 0;
  for await (const page of pages) {
    items.push(...page.data);
    read++;
    if (read >= limits.maxPages) {
      const more = /rel="next"/.test(page.headers.link ?? '');
      if (more) note(`${limits.what}: stopped after ${read} pages (${items.length} items); the rest is not read`);
      return { items, cut: more };
    }
  }
  return { items, cut: false };
}
