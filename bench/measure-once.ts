/**
 * One measurement in a fresh process, so that its peak RSS is its own:
 *   node --expose-gc bench/.data/js/bench/measure-once.js <kind> <report> [second report]
 * Prints one JSON line (a Measurement).
 *
 * Each kind loads its code before the clock starts (module loading is not what we measure)
 * and only the code it needs (so the byte scan's RSS is the floor of a bare Node process).
 * With --expose-gc, what the result keeps alive (the parsed model) is measured after the
 * run: peak RSS says what the process needed, `retainedMB` what the model itself holds.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';

/** The parser's read size (packages/coverage/read-coverage.ts), used by every kind. */
const HIGH_WATER_MARK = 1 << 20;

export interface Measurement {
  seconds: number;
  /** The process's peak resident set (all threads), in KiB: see peakRssKiB(). */
  maxRssKiB: number;
  result: Record<string, number>;
  /** JS heap + ArrayBuffers still reachable after the run (after a full GC), in MB. */
  retainedMB?: number;
}

interface Outcome {
  result: Record<string, number>;
  /** What the measured code produced, kept alive until its size is measured. */
  keep?: unknown;
}
type Run = () => Promise<Outcome>;

/** The floor: read the file with the parser's chunk size and look at every byte in JS. */
async function prepareScan(path: string): Promise<Run> {
  return async () => {
    let tags = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: HIGH_WATER_MARK }) as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x3c) tags++;
    }
    return { result: { tags } };
  };
}

/** The XML tokenizer alone, with a handler that does nothing: the syntax part of the parse. */
async function prepareTokenize(path: string): Promise<Run> {
  const { XmlStreamParser } = await import('../packages/xml/xml-stream.js');
  return async () => {
    let elements = 0;
    const parser = new XmlStreamParser({ open: () => void elements++ });
    for await (const chunk of createReadStream(path, { highWaterMark: HIGH_WATER_MARK }) as AsyncIterable<Buffer>)
      parser.write(chunk);
    parser.end();
    return { result: { elements } };
  };
}

/** Sums the per-file totals, so the parser visibly did the work (and can be checked). */
function sumTotals(
  files: Iterable<{
    totals(): { statements: number; coveredStatements: number; branches: number; coveredBranches: number };
  }>,
) {
  const sum = { files: 0, statements: 0, coveredStatements: 0, branches: 0, coveredBranches: 0 };
  for (const f of files) {
    const t = f.totals();
    sum.files++;
    sum.statements += t.statements;
    sum.coveredStatements += t.coveredStatements;
    sum.branches += t.branches;
    sum.coveredBranches += t.coveredBranches;
  }
  return sum;
}

/** What the action runs: stream-parse into the compact per-file model. */
async function prepareParse(path: string): Promise<Run> {
  const { parseCoverageFile } = await import('../packages/coverage/read-coverage.js');
  return async () => {
    const report = await parseCoverageFile(path, path);
    return { result: sumTotals(report.files.values()), keep: report };
  };
}

/**
 * What the action runs on a machine with several cores: the report cut into pieces parsed on
 * worker threads (packages/coverage/parallel-cobertura.ts). BENCH_WORKER is the compiled worker.
 */
async function prepareParallel(path: string): Promise<Run> {
  const { parseCoverageFile } = await import('../packages/coverage/read-coverage.js');
  const { parallelOptions } = await import('../packages/coverage/worker-runner.js');
  const parallel = parallelOptions(process.env.BENCH_WORKER ?? '', {
    MATURITY_ACTIONS_THREADS: String(Math.min(4, availableParallelism())),
  });
  if (!parallel) throw new Error('parallel parsing needs a compiled worker (BENCH_WORKER)');
  return async () => {
    const report = await parseCoverageFile(path, path, parallel);
    return { result: sumTotals(report.files.values()), keep: report };
  };
}

/** Two runs of the same code merged line by line, as for unit + integration reports. */
async function prepareMerge(first: string, second: string): Promise<Run> {
  const { readCoverage } = await import('../packages/coverage/read-coverage.js');
  // No checkout: every report path stays unresolved, which skips only the path lookup.
  const checkout = { exists: () => false, list: () => [] };
  return async () => {
    const data = await readCoverage({ root: '/', patterns: [first, second], checkout });
    return { result: sumTotals(data.files.map((f) => f.coverage)), keep: data };
  };
}

/** Many small reports under one root (bench/generate-many-reports.ts), read and resolved against the checkout as the action does. */
async function prepareMany(root: string, pattern: string): Promise<Run> {
  const { readCoverage } = await import('../packages/coverage/read-coverage.js');
  const { checkoutFiles } = await import('../packages/core/checkout-files.js');
  return async () => {
    const data = await readCoverage({ root, patterns: [pattern], checkout: checkoutFiles(root) });
    const found = data.files.filter((f) => f.found).length;
    return {
      result: { ...sumTotals(data.files.map((f) => f.coverage)), found, reports: data.reports.length },
      keep: data,
    };
  };
}

/** The reference library: saxes on a UTF-8 string stream, counting <line hits=...> elements. */
async function prepareSaxes(path: string): Promise<Run> {
  const { SaxesParser } = await import('saxes');
  return async () => {
    const parser = new SaxesParser();
    let lines = 0;
    let coveredLines = 0;
    parser.on('opentag', (tag) => {
      if (tag.name !== 'line') return;
      const hits = tag.attributes.hits;
      if (hits === undefined) return;
      lines++;
      if (hits !== '0') coveredLines++;
    });
    for await (const text of createReadStream(path, {
      encoding: 'utf8',
      highWaterMark: HIGH_WATER_MARK,
    }) as AsyncIterable<string>) {
      parser.write(text);
    }
    parser.close();
    return { result: { lines, coveredLines } };
  };
}

/**
 * Peak RSS from /proc/self/status (VmHWM) where there is one. getrusage's maxRSS of a spawned
 * process starts at its parent's size (Linux keeps the high-water mark of the forked copy
 * across exec): it reported the benchmark's own memory whenever that was the larger.
 */
function peakRssKiB(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

const [kind, path, second] = process.argv.slice(2);
if (!kind || !path)
  throw new Error(
    'usage: measure-once <scan|tokenize|parse|parallel|saxes|merge|many> <report or root> [second report or pattern]',
  );
const prepare: Record<string, () => Promise<Run>> = {
  scan: () => prepareScan(path),
  tokenize: () => prepareTokenize(path),
  parse: () => prepareParse(path),
  parallel: () => prepareParallel(path),
  saxes: () => prepareSaxes(path),
  merge: () => prepareMerge(path, second ?? path),
  many: () => prepareMany(path, second ?? 'reports/*.lcov'),
};
const run = await prepare[kind]?.();
if (!run) throw new Error(`unknown kind "${kind}"`);

const gc = (globalThis as { gc?: () => void }).gc;
const heldMB = (): number => {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / (1024 * 1024);
};
gc?.();
const before = heldMB();
const started = performance.now();
const outcome = await run(); // a module-level binding: outcome.keep stays reachable through the GC below
const seconds = (performance.now() - started) / 1000;
const maxRssKiB = peakRssKiB(); // before the GC below, which is not part of the run
let retainedMB: number | undefined;
if (gc) {
  // Freed ArrayBuffers are released by a background sweeper: collect twice with a turn between.
  gc();
  await new Promise((resolve) => setTimeout(resolve, 20));
  gc();
  retainedMB = Math.max(0, heldMB() - before);
}
const measurement: Measurement = { seconds, maxRssKiB, result: outcome.result, retainedMB };
process.stdout.write(`${JSON.stringify(measurement)}\n`);
