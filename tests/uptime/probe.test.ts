/** The HTTP health probe against real local servers on 127.0.0.1 (ephemeral ports). */
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probe, probeAll, type ProbeTarget } from '../../packages/uptime/probe.js';

const fast = { retries: 0, retryDelayMs: 0 };

let server: http.Server;
let base: string;
let flapCount = 0;
let inFlight = 0;
let maxInFlight = 0;
const timers = new Set<NodeJS.Timeout>();

/** Answers after `ms`, unless the client went away first (no timer outlives the test). */
function later(res: http.ServerResponse, ms: number, fn: () => void): void {
  const timer = setTimeout(() => {
    timers.delete(timer);
    if (!res.destroyed) fn();
  }, ms);
  timers.add(timer);
  res.on('close', () => {
    clearTimeout(timer);
    timers.delete(timer);
  });
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  switch (path) {
    case '/healthy':
      return json(res, 200, { status: 'healthy', checks: { db: { status: 'ok' } } });
    case '/starting':
      return json(res, 200, { status: 'starting' });
    case '/long-value':
      return json(res, 200, { status: 'x'.repeat(500) + '\n<script>' });
    case '/flap':
      // Odd requests fail, even ones succeed.
      return ++flapCount % 2 === 1 ? json(res, 503, { status: 'down' }) : json(res, 200, { status: 'healthy' });
    case '/slow':
      return later(res, 2000, () => json(res, 200, { status: 'healthy' }));
    case '/a-bit-slow':
      return later(res, 120, () => json(res, 200, { status: 'healthy' }));
    case '/error':
      return json(res, 500, { error: 'secret stack trace' });
    case '/created':
      return json(res, 201, { status: 'healthy' });
    case '/html':
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<html><body>secret page</body></html>');
    case '/loop-a':
      res.writeHead(302, { location: '/loop-b' });
      return void res.end();
    case '/loop-b':
      res.writeHead(301, { location: `${base}/loop-a` });
      return void res.end();
    case '/moved':
      res.writeHead(307, { location: '/healthy' });
      return void res.end();
    case '/chain': {
      const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? '0');
      res.writeHead(302, { location: n > 0 ? `/chain?n=${n - 1}` : '/healthy' });
      return void res.end();
    }
    case '/trickle': {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":');
      const tick = setInterval(() => {
        if (res.destroyed) return clearInterval(tick);
        res.write(' ');
      }, 50);
      res.on('close', () => clearInterval(tick));
      return;
    }
    case '/big':
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(`{"status":"healthy","pad":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    case '/counted':
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      res.on('close', () => inFlight--);
      return later(res, 15, () => json(res, 200, { status: 'healthy' }));
    default:
      return json(res, 404, { error: 'not found' });
  }
}

function listen<S extends http.Server | https.Server>(s: S): Promise<number> {
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
}

function close(s: http.Server | https.Server | undefined): Promise<void> {
  if (!s) return Promise.resolve();
  s.closeAllConnections();
  return new Promise((resolve) => s.close(() => resolve()));
}

let refusedUrl: string;
let tlsServer: https.Server | undefined;
let tlsBase: string | undefined;
let certDir: string | undefined;

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  server = http.createServer(handler);
  server.keepAliveTimeout = 100;
  base = `http://127.0.0.1:${await listen(server)}`;

  // A port that refuses: open a server, take its port, close it.
  const gone = http.createServer();
  const port = await listen(gone);
  await close(gone);
  refusedUrl = `http://127.0.0.1:${port}/health`;

  if (hasOpenssl()) {
    certDir = mkdtempSync(join(tmpdir(), 'probe-tls-'));
    const key = join(certDir, 'key.pem');
    const cert = join(certDir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
      ],
      {
        stdio: 'ignore',
      },
    );
    tlsServer = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, handler);
    tlsBase = `https://127.0.0.1:${await listen(tlsServer)}`;
  }
});

afterAll(async () => {
  for (const t of timers) clearTimeout(t);
  await close(server);
  await close(tlsServer);
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

describe('probe: healthy endpoints', () => {
  it('is up with status, latency and the start time', async () => {
    const now = new Date('2025-03-01T12:00:00.123Z');
    const s = await probe(
      { url: `${base}/healthy`, expectJson: { field: 'status', equals: 'healthy' } },
      { ...fast, now: () => now },
    );
    expect(s).toMatchObject({ t: '2025-03-01T12:00:00.123Z', url: `${base}/healthy`, state: 'up', status: 200 });
    expect(typeof s.ms).toBe('number');
    expect(s.error).toBeUndefined();
    expect(s.detail).toBeUndefined();
  });

  it('reads dotted expect-json paths', async () => {
    const s = await probe({ url: `${base}/healthy`, expectJson: { field: 'checks.db.status', equals: 'ok' } }, fast);
    expect(s.state).toBe('up');
  });

  it('checks an exact expected status', async () => {
    expect((await probe({ url: `${base}/created`, expectStatus: 201 }, fast)).state).toBe('up');
    const s = await probe({ url: `${base}/healthy`, expectStatus: 201 }, fast);
    expect(s).toMatchObject({ state: 'down', status: 200, error: 'status' });
    expect(s.detail).toContain('expected 201');
  });

  it('supports HEAD and POST', async () => {
    expect(await probe({ url: `${base}/healthy`, method: 'HEAD' }, fast)).toMatchObject({ state: 'up', status: 200 });
    expect(await probe({ url: `${base}/healthy`, method: 'POST' }, fast)).toMatchObject({ state: 'up', status: 200 });
  });

  it('is degraded above degradedMs', async () => {
    const s = await probe({ url: `${base}/a-bit-slow`, degradedMs: 50 }, fast);
    expect(s.state).toBe('degraded');
    expect(s.error).toBeUndefined();
    expect(s.ms).toBeGreaterThan(50);
    expect(s.detail).toContain('above 50 ms');
  });

  it('follows a redirect', async () => {
    expect(await probe({ url: `${base}/moved` }, fast)).toMatchObject({ state: 'up', status: 200 });
    expect(await probe({ url: `${base}/chain?n=3` }, fast)).toMatchObject({ state: 'up', status: 200 });
  });

  it('does not follow a redirect that is the expected status', async () => {
    expect(await probe({ url: `${base}/moved`, expectStatus: 307 }, fast)).toMatchObject({ state: 'up', status: 307 });
  });
});

describe('probe: failures', () => {
  it('a 500 is down with error status and never the body', async () => {
    const s = await probe({ url: `${base}/error` }, fast);
    expect(s).toMatchObject({ state: 'down', status: 500, error: 'status' });
    expect(typeof s.ms).toBe('number');
    expect(s.detail).toBe('HTTP 500, expected 2xx');
    expect(JSON.stringify(s)).not.toContain('secret');
  });

  it('a non-JSON body with expect-json is a body failure', async () => {
    const s = await probe({ url: `${base}/html`, expectJson: { field: 'status', equals: 'healthy' } }, fast);
    expect(s).toMatchObject({ state: 'down', status: 200, error: 'body', detail: 'the body is not JSON' });
    expect(JSON.stringify(s)).not.toContain('secret');
  });

  it('a different or missing field is a body failure with a short detail', async () => {
    const s = await probe({ url: `${base}/starting`, expectJson: { field: 'status', equals: 'healthy' } }, fast);
    expect(s).toMatchObject({ state: 'down', error: 'body' });
    expect(s.detail).toContain('status was "starting"');
    const missing = await probe(
      { url: `${base}/healthy`, expectJson: { field: 'checks.cache.status', equals: 'ok' } },
      fast,
    );
    expect(missing).toMatchObject({ state: 'down', error: 'body', detail: 'field checks.cache.status is missing' });
    const typed = await probe({ url: `${base}/healthy`, expectJson: { field: 'checks', equals: true } }, fast);
    expect(typed.detail).toContain('checks was an object');
  });

  it('sanitizes and shortens a long field value', async () => {
    const s = await probe({ url: `${base}/long-value`, expectJson: { field: 'status', equals: 'healthy' } }, fast);
    const shown = /status was (.*), expected/.exec(s.detail ?? '')?.[1] ?? '';
    expect(shown.length).toBeLessThanOrEqual(80);
    expect(s.detail).not.toMatch(/[\n\r]/);
  });

  it('a body over 1 MB fails expect-json but is fine without it', async () => {
    const s = await probe({ url: `${base}/big`, expectJson: { field: 'status', equals: 'healthy' } }, fast);
    expect(s).toMatchObject({ state: 'down', error: 'body' });
    expect(s.detail).toContain('1 MB');
    expect((await probe({ url: `${base}/big` }, fast)).state).toBe('up');
  });

  it('a refused port is a connect failure without status or latency', async () => {
    const s = await probe({ url: refusedUrl }, fast);
    expect(s).toMatchObject({ state: 'down', error: 'connect' });
    expect(s.detail).toContain('ECONNREFUSED');
    expect(s.status).toBeUndefined();
    expect(s.ms).toBeUndefined();
  });

  it('a redirect loop is a redirect failure', async () => {
    const s = await probe({ url: `${base}/loop-a` }, fast);
    expect(s).toMatchObject({ state: 'down', error: 'redirect' });
    expect(s.detail).toContain('loop');
  });

  it('more than maxRedirects is a redirect failure', async () => {
    const s = await probe({ url: `${base}/chain?n=5` }, { ...fast, maxRedirects: 3 });
    expect(s).toMatchObject({ state: 'down', error: 'redirect', detail: 'more than 3 redirects' });
  });

  it('POST does not follow redirects: the 3xx is the status', async () => {
    expect(await probe({ url: `${base}/moved`, method: 'POST' }, fast)).toMatchObject({
      state: 'down',
      status: 307,
      error: 'status',
    });
  });

  it('an unresolvable host (.invalid) is a DNS failure, bounded by the timeout', async () => {
    const s = await probe({ url: 'http://health.example.invalid/health', timeoutMs: 3000 }, fast);
    expect(s.state).toBe('down');
    // A sandbox whose resolver stalls turns this into a timeout; both say "no answer from the name".
    expect(['dns', 'timeout']).toContain(s.error);
  });

  it('https to a plain http server is a TLS failure', async () => {
    const s = await probe({ url: `${base.replace('http:', 'https:')}/healthy`, timeoutMs: 3000 }, fast);
    expect(s).toMatchObject({ state: 'down', error: 'tls' });
    expect(s.detail).toMatch(/^TLS: /);
    expect(s.detail).not.toContain('deps/openssl');
    expect(s.detail!.length).toBeLessThan(140);
  });

  it('a self-signed certificate is a TLS failure', async () => {
    if (!tlsBase) return; // no openssl on PATH: covered by the plain-http case above
    const s = await probe({ url: `${tlsBase}/healthy`, timeoutMs: 3000 }, fast);
    expect(s).toMatchObject({ state: 'down', error: 'tls' });
    expect(s.detail).toMatch(/self.signed/i);
  });

  it('a slow server is a timeout that aborts the request', async () => {
    const s = await probe({ url: `${base}/slow`, timeoutMs: 300 }, fast);
    expect(s).toMatchObject({ state: 'down', error: 'timeout' });
    expect(s.status).toBeUndefined();
    expect(s.ms).toBeUndefined();
    expect(s.detail).toBe('no response within 300 ms');
  });

  it('a body that trickles beyond the timeout is a timeout', async () => {
    const s = await probe({ url: `${base}/trickle`, timeoutMs: 300 }, fast);
    expect(s).toMatchObject({ state: 'down', error: 'timeout', status: 200 });
    expect(s.detail).toContain('body did not finish');
  });

  it('never throws for a URL it cannot use', async () => {
    expect(await probe({ url: 'not a url' }, fast)).toMatchObject({ state: 'down', error: 'connect' });
    expect(await probe({ url: 'ftp://127.0.0.1/x' }, fast)).toMatchObject({ state: 'down', error: 'connect' });
  });
});

describe('probe: retries confirm failures', () => {
  beforeEach(() => {
    flapCount = 0;
  });

  it('a failure followed by a success is up, and says it recovered', async () => {
    const s = await probe(
      { url: `${base}/flap`, expectJson: { field: 'status', equals: 'healthy' } },
      { retries: 2, retryDelayMs: 10 },
    );
    expect(s).toMatchObject({ state: 'up', status: 200 });
    expect(s.error).toBeUndefined();
    expect(s.detail).toContain('recovered after 2 attempts');
    expect(s.detail).toContain('HTTP 503');
    expect(flapCount).toBe(2);
  });

  it('without retries the first failure is down', async () => {
    const s = await probe({ url: `${base}/flap` }, { retries: 0 });
    expect(s).toMatchObject({ state: 'down', status: 503, error: 'status' });
    expect(flapCount).toBe(1);
  });

  it('a success returns at once, without retries', async () => {
    flapCount = 1; // the next request succeeds
    const s = await probe({ url: `${base}/flap` }, { retries: 2, retryDelayMs: 10 });
    expect(s.state).toBe('up');
    expect(s.detail).toBeUndefined();
    expect(flapCount).toBe(2);
  });

  it('is down only when every attempt fails', async () => {
    const s = await probe({ url: `${base}/error` }, { retries: 2, retryDelayMs: 10 });
    expect(s).toMatchObject({ state: 'down', error: 'status' });
    expect(s.detail).toContain('all 3 attempts failed');
  });

  it('keeps the time of the first attempt', async () => {
    let calls = 0;
    const now = () => new Date(Date.UTC(2025, 0, 1, 0, 0, calls++));
    const s = await probe({ url: refusedUrl }, { retries: 2, retryDelayMs: 10, now });
    expect(s.t).toBe('2025-01-01T00:00:00.000Z');
    expect(calls).toBe(1);
  });
});

describe('probeAll', () => {
  it('probes 200 targets against one server, in order', async () => {
    const targets: ProbeTarget[] = Array.from({ length: 200 }, (_, i) =>
      i % 50 === 7
        ? { url: `${base}/error?i=${i}` }
        : { url: `${base}/healthy?i=${i}`, timeoutMs: 2000, expectJson: { field: 'status', equals: 'healthy' } },
    );
    const samples = await probeAll(targets, fast);
    expect(samples).toHaveLength(200);
    samples.forEach((s, i) => {
      expect(s.url).toBe(targets[i]!.url);
      expect(s.state).toBe(i % 50 === 7 ? 'down' : 'up');
    });
  });

  it('never has more than `concurrency` requests in flight', async () => {
    inFlight = 0;
    maxInFlight = 0;
    const targets = Array.from({ length: 60 }, (_, i) => ({ url: `${base}/counted?i=${i}` }));
    const samples = await probeAll(targets, { ...fast, concurrency: 7 });
    expect(samples.every((s) => s.state === 'up')).toBe(true);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(7);
  });

  it('returns an empty list for no targets', async () => {
    expect(await probeAll([])).toEqual([]);
  });
});
