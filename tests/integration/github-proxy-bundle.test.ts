/**
 * Behind a proxy (a self-hosted runner's http_proxy / https_proxy), the bundle's GitHub calls
 * go through it: octokit sends with @actions/github's fetch, whose dispatcher is undici's
 * ProxyAgent, which the bundle reads only when it first talks to GitHub
 * (packages/github/undici-on-demand.ts). The proxy here tunnels every CONNECT to the local
 * fake of the API; the API's host name is one only the proxy knows (no DNS is asked), and a
 * loopback address would not be proxied at all (@actions/http-client never proxies those).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github/index.js';
import { SAMPLE } from '../support/fixtures.js';
import { nodeBinaries, runBundle } from '../support/run-bundle.js';

const API_HOST = 'api.github.proxied.test';

let gh: FakeGitHub;
let proxy: Server;
let proxyUrl: string;
const connects: string[] = [];

beforeAll(async () => {
  gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
  const apiPort = Number(new URL(gh.url).port);
  proxy = createServer((_req, res) => res.writeHead(405).end('CONNECT only'));
  proxy.on('connect', (req, socket, head) => {
    connects.push(String(req.url));
    const upstream = connect(apiPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await gh.close();
});

test('coverage-gate behind a proxy: its pull request calls and its comment go through it', async () => {
  const base = 'a'.repeat(40);
  const head = 'b'.repeat(40);
  gh.addPullRequest({
    number: 7,
    head: { sha: head, ref: 'feature', repoFullName: 'tta/demo' },
    base: { sha: base, ref: 'main', repoFullName: 'tta/demo' },
    files: [
      {
        filename: 'src/components/model_management/registry.py',
        status: 'modified',
        patch: '@@ -39,0 +40,2 @@\n+a\n+b',
      },
    ],
  });
  const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
  cpSync(SAMPLE, workspace, { recursive: true });
  const pr = {
    number: 7,
    base: { sha: base, ref: 'main', repo: { full_name: 'tta/demo' } },
    head: { sha: head, ref: 'feature', repo: { full_name: 'tta/demo' } },
  };

  const node24 = (await nodeBinaries()).find((n) => n.label.startsWith('node v24.'));
  expect(node24).toBeDefined(); // runs.using: node24
  const run = await runBundle({
    node: node24!.path,
    action: 'coverage-gate',
    inputs: {
      component: 'model-management',
      'coverage-files': 'reports/python/combined/coverage.xml',
      'github-token': 'token-rw',
    },
    workspace,
    env: {
      GITHUB_API_URL: `http://${API_HOST}`,
      http_proxy: proxyUrl,
      GITHUB_REPOSITORY: 'tta/demo',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
    },
    event: {
      name: 'pull_request',
      payload: { action: 'synchronize', number: 7, pull_request: pr, repository: { full_name: 'tta/demo' } },
    },
  });

  expect(run.stderr).toBe('');
  expect(run.outputs['diff-coverage']).not.toBe('');
  expect(connects.length).toBeGreaterThan(0);
  expect(new Set(connects)).toEqual(new Set([`${API_HOST}:80`]));
  expect(gh.requestsTo('GET', '/repos/tta/demo/pulls/7/files').length).toBeGreaterThan(0);
  expect(gh.requestsTo('POST', '/repos/tta/demo/issues/7/comments')).toHaveLength(1);
});
