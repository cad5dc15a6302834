/** Every request the fake received, in arrival order, for assertions. */
import { matchesMethod, matchesPath, type PathPattern } from './path-pattern.js';

export interface RecordedRequest {
  method: string;
  /**
   * Path without the query string, percent-decoded (`/repos/o/r/contents/docs/a b.md`).
   * Requests to GitHub's `/repositories/<id>/...` spelling (pagination links) are recorded
   * under `/repos/<owner>/<repo>/...`, so one pattern catches every page.
   */
  path: string;
  /** The request target exactly as sent, query included (`/repositories/<id>/...` for followed pagination links). */
  url: string;
  query: Record<string, string>;
  /** Lower-cased names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Parsed JSON when the body was JSON, the raw text otherwise, undefined when empty. */
  body: unknown;
  /** The status answered; 0 while the reply is still pending (e.g. delayed by `gh.slow`). */
  status: number;
}

export class RequestLog {
  readonly entries: RecordedRequest[] = [];

  add(entry: RecordedRequest): RecordedRequest {
    this.entries.push(entry);
    return entry;
  }

  /** Requests with this method whose path equals `path` (a string) or matches it (a RegExp). */
  filter(method: string, path: PathPattern): RecordedRequest[] {
    return this.entries.filter((entry) => matchesMethod(method, entry.method) && matchesPath(path, entry.path));
  }

  clear(): void {
    this.entries.length = 0;
  }
}
