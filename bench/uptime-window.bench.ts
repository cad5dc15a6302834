/**
 * `npm run bench:uptime`: uptime window figures at scale, against the product target
 *   "7 days of 5-minute probes of 200 endpoints (~400,000 samples): window figures in under a second",
 * the closed days' rollups being precomputed by earlier runs.
 * A benchmark, not a test: it prints PASS/FAIL and exits 0 either way.
 *
 * Data: 7 UTC days × 288 probes × 200 endpoints = 403,200 samples, held as the store holds them
 * (one JSONL text per day, formatHistoryLines). Measured, each the median of 5 runs after a warm-up:
 * - build:   what earlier runs did once per closed day: parse its JSONL, rollupDay, JSON.stringify
 *            (6 days);
 * - window:  what a run does: read the 6 stored rollups (readRollup), parse today's JSONL, and
 *            computeWindow over 6 rollups + 1 raw day; also computeWindow alone;
 * - all-raw: for comparison, computeWindow over 7 raw days (already parsed);
 * - baseline: a plain loop summing the latencies of the 403,200 samples (already in memory),
 *   measured in the same run, for the ratios.
 */
import { performance } from 'node:perf_hooks';
import { formatHistoryLines, parseHistoryLines } from '../packages/uptime/history-lines.js';
import { readRollup, rollupDay, type DayRollup } from '../packages/uptime/rollup.js';
import type { ProbeState, Sample } from '../packages/uptime/sample.js';
import { computeWindow, type WindowFigures } from '../packages/uptime/window.js';
import { count, fixed, median, table } from './format.js';
import { seeded } from './random.js';

const DAYS = 7;
const ENDPOINTS = 200;
const INTERVAL = 5 * 60_000;
const DAY_MS = 86_400_000;
const RUNS = 5;
const TARGET_MS = 1000;
const START = Date.parse('2026-05-01T00:00:00.000Z');
const progress = (s: string) => void process.stderr.write(`${s}\n`);

function generate(): { days: { day: string; samples: Sample[]; text: string }[] } {
  const random = seeded(2026);
  const urls = Array.from({ length: ENDPOINTS }, (_, i) => `https://svc-${i}.staging.example.com/healthz`);
  const days = [];
  for (let d = 0; d < DAYS; d++) {
    const dayStart = START + d * DAY_MS;
    const samples: Sample[] = [];
    for (let slot = dayStart; slot < dayStart + DAY_MS; slot += INTERVAL) {
      for (let e = 0; e < ENDPOINTS; e++) {
        const r = random();
        const state: ProbeState = r < 0.002 ? 'down' : r < 0.005 ? 'degraded' : 'up';
        const t = new Date(slot + e * 1000 + Math.floor(random() * 30_000)).toISOString();
        if (state === 'down') {
          samples.push({ t, url: urls[e]!, state, error: 'timeout', detail: 'no response in 10 s' });
        } else {
          // log-normal-ish around 60 ms with a long tail
          const ms = Math.round(Math.exp(Math.log(60) + 0.6 * (random() + random() + random() - 1.5) * 2) * 10) / 10;
          samples.push({ t, url: urls[e]!, state, status: 200, ms: state === 'degraded' ? ms + 2000 : ms });
        }
      }
    }
    const day = new Date(dayStart).toISOString().slice(0, 10);
    days.push({ day, samples, text: formatHistoryLines(samples) });
  }
  return { days };
}

function time<T>(fn: () => T): [number, T] {
  const s = performance.now();
  const v = fn();
  return [performance.now() - s, v];
}

progress(`generating ${DAYS} days × ${ENDPOINTS} endpoints of 5-minute probes…`);
const { days } = generate();
const allSamples = days.flatMap((d) => d.samples);
const closed = days.slice(0, DAYS - 1);
const today = days[DAYS - 1]!;
const window = {
  from: new Date(START),
  to: new Date(START + DAYS * DAY_MS),
  intervalMs: INTERVAL,
  maintenance: [],
  minSampleCoverage: 90,
};

function buildRollups(): string[] {
  return closed.map((d) => {
    const { samples, problems } = parseHistoryLines(d.text, `${d.day}.jsonl`);
    if (problems.length > 0) throw new Error(`generated data has problems: ${problems[0]!.message}`);
    return JSON.stringify(rollupDay(samples, d.day, INTERVAL));
  });
}

function baseline(): number {
  let sum = 0;
  for (let i = 0; i < allSamples.length; i++) sum += allSamples[i]!.ms ?? 0;
  return sum;
}

const stored = buildRollups();
const rollups = stored.map((t) => {
  const r = readRollup(t);
  if ('problem' in r) throw new Error(r.problem);
  return r.rollup;
});

function windowEndToEnd(): WindowFigures {
  const rs: DayRollup[] = stored.map((t) => {
    const r = readRollup(t);
    if ('problem' in r) throw new Error(r.problem);
    return r.rollup;
  });
  const raw = parseHistoryLines(today.text, `${today.day}.jsonl`).samples;
  return computeWindow({ ...window, days: [...rs, raw] });
}
const windowCompute = () => computeWindow({ ...window, days: [...rollups, today.samples] });
const allRaw = () => computeWindow({ ...window, days: days.map((d) => d.samples) });
const parseToday = () => parseHistoryLines(today.text, `${today.day}.jsonl`);

const kinds = {
  build: buildRollups,
  window: windowEndToEnd,
  compute: windowCompute,
  parseToday,
  allRaw,
  baseline,
} as const;
type Kind = keyof typeof kinds;
const times: Record<Kind, number[]> = { build: [], window: [], compute: [], parseToday: [], allRaw: [], baseline: [] };
progress(`measuring: 1 warm-up + ${RUNS} runs, kinds interleaved…`);
for (let run = 0; run <= RUNS; run++) {
  for (const k of Object.keys(kinds) as Kind[]) {
    const [ms] = time(kinds[k] as () => unknown);
    if (run > 0) times[k].push(ms);
  }
}
const med = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<Kind, number>;

const viaRollups = windowEndToEnd();
const exact = allRaw();
const agree = (
  ['samples', 'up', 'down', 'degraded', 'flaps', 'expected', 'upMs', 'attributedMs', 'uptimeText'] as const
).every((k) => viaRollups[k] === exact[k]);

const rollupBytes = stored.reduce((n, t) => n + Buffer.byteLength(t), 0);
const dayBytes = Buffer.byteLength(today.text);
console.log(
  `Uptime window benchmark: Node ${process.version}; ${count(allSamples.length)} samples (${DAYS} days × 288 × ${ENDPOINTS} endpoints)`,
);
console.log(
  `Store: one day's JSONL ${fixed(dayBytes / 2 ** 20)} MB; one rollup ${fixed(rollupBytes / closed.length / 2 ** 10)} KB (${fixed(dayBytes / (rollupBytes / closed.length))}× smaller)`,
);
console.log(`Each figure: median of ${RUNS} runs after a warm-up, kinds interleaved.\n`);
const row = (name: string, k: Kind, what: string) => [
  name,
  `${fixed(med[k], 1)} ms`,
  `${fixed(med[k] / med.baseline, 0)}×`,
  what,
];
console.log(
  table([
    ['', 'time', '÷ baseline', ''],
    row('baseline', 'baseline', `plain loop summing ${count(allSamples.length)} latencies`),
    row('window', 'window', 'read 6 rollups + parse today + computeWindow  ← the run'),
    row('  compute', 'compute', 'computeWindow(6 rollups + 1 raw day) alone'),
    row('  parse today', 'parseToday', `parseHistoryLines of one day (${count(today.samples.length)} lines)`),
    row('build', 'build', '6 × (parse a day + rollupDay + stringify): earlier runs'),
    row('all raw', 'allRaw', 'computeWindow over 7 raw days (parsed): for comparison'),
  ]),
);
console.log(
  `\nFigures: ${count(viaRollups.samples)} samples of ${count(viaRollups.expected)} expected, uptime ${viaRollups.uptimeText}%, ` +
    `${viaRollups.flaps} flaps, p50/p95/p99 ${viaRollups.latency!.p50}/${viaRollups.latency!.p95}/${viaRollups.latency!.p99} ms (histogram); ` +
    `exact from raw: ${exact.latency!.p50}/${exact.latency!.p95}/${exact.latency!.p99} ms`,
);
console.log('\nTargets:');
console.log(
  `  ${med.window < TARGET_MS ? 'PASS' : 'FAIL'}  window figures ${fixed(med.window, 1)} ms < ${TARGET_MS} ms (6 precomputed rollups + today's JSONL)`,
);
console.log(
  `  ${agree ? 'PASS' : 'FAIL'}  figures via rollups equal the all-raw figures (counts, flaps, expected, attribution, uptime)`,
);
