/**
 * GitHub's error bodies, and the exception route handlers throw to produce them.
 *
 * GitHub answers every error with `{ message, documentation_url }` (recent API versions add
 * `status` as a string); validation failures add an `errors` array. Clients (octokit's
 * RequestError, our own error mapping) read exactly these fields, so the fake keeps them.
 */

export const DOCS_ROOT = 'https://docs.github.com/rest';

/** One entry of a 422 `errors` array, as documented under "Client errors". */
export interface ValidationErrorEntry {
  resource: string;
  field?: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  message?: string;
}

/** Thrown by handlers; the server turns it into a GitHub-shaped error reply. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra body fields (e.g. `errors`). */
    readonly extra: Record<string, unknown> = {},
    /** Overrides the route's documentation_url when GitHub points elsewhere. */
    readonly documentationUrl?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function errorBody(
  status: number,
  message: string,
  documentationUrl: string = DOCS_ROOT,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { message, ...extra, documentation_url: documentationUrl, status: String(status) };
}

export const notFound = (message = 'Not Found'): HttpError => new HttpError(404, message);

export const problemsParsingJson = (): HttpError => new HttpError(400, 'Problems parsing JSON');

export const validationFailed = (...errors: ValidationErrorEntry[]): HttpError =>
  new HttpError(422, 'Validation Failed', { errors });

export const missingField = (resource: string, field: string): HttpError =>
  validationFailed({ resource, field, code: 'missing_field' });

export const invalidField = (resource: string, field: string, message?: string): HttpError =>
  validationFailed({ resource, field, code: 'invalid', ...(message === undefined ? {} : { message }) });
