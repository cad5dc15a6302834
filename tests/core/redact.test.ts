import { redactUrl, redactUrls, redactValues, urlSecrets } from '../../packages/core/redact.js';

describe('credentials in URLs', () => {
  it.each([
    ['https://user:s3cret@host.example/health', 'https://***@host.example/health'],
    ['https://TOKEN123@host.example/x?y=1', 'https://***@host.example/x?y=1'],
    ['https://host.example/health?token=abc&x=1', 'https://host.example/health?token=***&x=1'],
    [
      'https://host.example/h?api_key=abc&access-token=d&X-Amz-Signature=e&page=2',
      'https://host.example/h?api_key=***&access-token=***&X-Amz-Signature=***&page=2',
    ],
    ['https://host.example/h#frag-with-secret', 'https://host.example/h'],
    ['http://127.0.0.1:9090/prom', 'http://127.0.0.1:9090/prom'],
  ])('%s is shown as %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });

  it('redacts every URL inside a message, and the exact secrets wherever they appear', () => {
    const url = 'http://admin:pw0rd@prom.example/x?token=t0k';
    const message = `fetch failed for ${url} (Request cannot be constructed from a URL that includes credentials: pw0rd)`;
    const out = redactValues(redactUrls(message), urlSecrets(url));
    expect(out).not.toMatch(/pw0rd|t0k/);
    expect(out).toContain('http://***@prom.example/x?token=***');
    expect(urlSecrets(url)).toEqual(['pw0rd', 't0k']);
  });
});
