/**
 * `npm run bench:probes`: 200 health endpoints probed in one run, against the target "within
 * one time-out plus a second". A local server answers 180 paths at once and lets 20 hang past
 * the time-out. The baseline, measured in the same run, is one probe of a hanging endpoint
 * (one time-out). Without retries (the bound the target is about); with the default 2
 * retries, a hanging endpoint costs three time-outs plus the retry delays, printed for
 * information. Prints PASS/FAIL and exits 0 either way.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { probe, probeAll, type ProbeTarget } from '../packages/uptime/probe.js';
import { fixed } from './format.js';

const ENDPOINTS = 200;
const HANGING = 20;
const TIMEOUT_MS = 2000;

const server = createServer((req, res) => {
  if (req.url?.startsWith('/hang')) return; // never answers; the probe's time-out ends it
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"healthy"}');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const targets: ProbeTarget[] = Array.from({ length: ENDPOINTS }, (_, i) => ({
  url: i % (ENDPOINTS / HANGING) === 0 ? `${base}/hang/${i}` : `${base}/health/${i}`,
  timeoutMs: TIMEOUT_MS,
  expectJson: { field: 'status', equals: 'healthy' },
}));

const time = async (f: () => Promise<unknown>) => {
  const s = performance.now();
  await f();
  return performance.now() - s;
};
const one = await time(() => probe({ url: `${base}/hang/x`, timeoutMs: TIMEOUT_MS }, { retries: 0 }));
const all = await time(() => probeAll(targets, { retries: 0, concurrency: ENDPOINTS }));
const withRetries = await time(() => probeAll(targets, { retries: 2, concurrency: ENDPOINTS }));
server.closeAllConnections();
server.close();

console.log(
  `uptime probes: ${ENDPOINTS} endpoints (${HANGING} hang past a ${TIMEOUT_MS} ms time-out), Node ${process.version}\n`,
);
console.log(`one hanging probe (baseline):        ${fixed(one, 0)} ms`);
console.log(`${ENDPOINTS} endpoints, no retries:          ${fixed(all, 0)} ms (${fixed(all / one, 2)}x the baseline)`);
console.log(
  `${ENDPOINTS} endpoints, 2 retries (default): ${fixed(withRetries, 0)} ms (failures are confirmed: 3 time-outs + 2 s of retry delay)`,
);
console.log(
  `\n${all <= TIMEOUT_MS + 1000 ? 'PASS' : 'FAIL'}: ${ENDPOINTS} endpoints within one time-out plus a second (${fixed(all, 0)} ≤ ${TIMEOUT_MS + 1000} ms)`,
);
