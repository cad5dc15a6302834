/**
 * Behind a proxy (https_proxy on a self-hosted runner), the GitHub client's requests go
 * through it: the transport (transport.ts) bounds the reply of the fetch @actions/github gave
 * octokit, whose dispatcher is the proxy's, instead of replacing it with the global fetch.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lazyGitHubClient } from '../../packages/github/lazy-client.js';

test('behind a proxy, the GitHub client’s call goes through it', async () => {
  // A proxy that never connects anywhere: it records the CONNECT and refuses it.
  const connects: string[] = [];
  const proxy = createServer();
  proxy.on('connect', (req, socket) => {
    connects.push(String(req.url));
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  // Only this proxy, whatever the machine's environment says.
  const names = ['https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'] as const;
  const saved = names.map((name) => [name, process.env[name]] as const);
  for (const name of names) delete process.env[name];
  process.env.https_proxy = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  try {
    const api = lazyGitHubClient({
      token: 'test-token',
      owner: 'acme',
      repo: 'shop',
      baseUrl: 'https://api.github.com',
      attempts: 1,
      timeoutMs: 2000,
      budgetMs: 2000,
      log: () => {},
    });
    await expect(api.getIssue(1)).rejects.toThrow();
    expect(connects).toEqual(['api.github.com:443']);
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    proxy.close();
  }
});
