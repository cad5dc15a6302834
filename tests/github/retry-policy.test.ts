import { retryDelayMs } from '../../packages/github/client.js';
import { GitHubApiError, isPermissionDenied } from '../../packages/github/api-errors.js';

const err = (status: number, headers: Record<string, string> = {}, message = '') => ({
  status,
  response: { status, headers, data: { message } },
});

describe('which GitHub failures are retried, and after how long', () => {
  const now = 1_700_000_000_000;
  it('waits for Retry-After on 429 and secondary limits', () => {
    expect(retryDelayMs(err(429, { 'retry-after': '3' }), 1, now)).toBe(3000);
    expect(retryDelayMs(err(403, { 'retry-after': '2' }, 'You have exceeded a secondary rate limit'), 1, now)).toBe(
      2000,
    );
  });
  it('waits until x-ratelimit-reset when the primary limit is exhausted', () => {
    expect(
      retryDelayMs(err(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 10) }), 1, now),
    ).toBe(11_000);
  });
  it('backs off exponentially on 5xx and lost connections', () => {
    expect(retryDelayMs(err(502), 1, now)).toBe(1000);
    expect(retryDelayMs(err(503), 3, now)).toBe(4000);
    expect(retryDelayMs({ name: 'TimeoutError' }, 2, now)).toBe(2000);
  });
  it('does not retry what retrying cannot fix', () => {
    expect(retryDelayMs(err(403, {}, 'Resource not accessible by integration'), 1, now)).toBeUndefined();
    expect(retryDelayMs(err(404), 1, now)).toBeUndefined();
    expect(retryDelayMs(err(422), 1, now)).toBeUndefined();
  });
  it('classifies a read-only token as a permission problem', () => {
    expect(
      isPermissionDenied(GitHubApiError.from(err(403, {}, 'Resource not accessible by integration'), 'POST x', 1000)),
    ).toBe(true);
    expect(isPermissionDenied(GitHubApiError.from(err(403, { 'x-ratelimit-remaining': '0' }), 'POST x', 1000))).toBe(
      false,
    );
  });
});
