/**
 * Writes a synthetic coverage.py-shaped Cobertura report (bench/cobertura-xml.ts) of a requested
 * size into bench/.data/, for the parse benchmark. Deterministic (seeded PRNGs), streamed to disk
 * with backpressure: at most one package's XML (a few hundred KB) is in memory at a time. A
 * finished report is reused by later runs while the generator version and size match.
 *
 * Usage: node --import ./scripts/ts-loader.mjs bench/generate-cobertura.ts <sizeMB> [run]
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CLOSING,
  emptyTotals,
  generatePackage,
  paddedRootTag,
  PREAMBLE,
  seeded,
  XML_DECLARATION,
  type CoberturaTotals,
} from './cobertura-xml.js';

export type { CoberturaTotals } from './cobertura-xml.js';

/** Bump when the output changes, so that cached reports are regenerated. */
export const GENERATOR_VERSION = 1;
export const MB = 1024 * 1024;
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '.data');

export interface GeneratedReport {
  path: string;
  bytes: number;
  totals: CoberturaTotals;
  /** Taken from an earlier run of the generator instead of written now. */
  reused: boolean;
}

interface Sidecar {
  generatorVersion: number;
  targetBytes: number;
  bytes: number;
  totals: CoberturaTotals;
}

async function writeReport(
  path: string,
  targetBytes: number,
  run: number,
): Promise<{ bytes: number; totals: CoberturaTotals }> {
  const shape = seeded(0x5eed);
  const runRng = seeded(0x1000 + run);
  const totals = emptyTotals();
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (s: string): Promise<void> => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain'); // backpressure: never queue the whole file
  };

  await write(XML_DECLARATION + paddedRootTag(totals) + PREAMBLE);
  const packageNames = new Set<string>();
  while (bytes + CLOSING.length < targetBytes) {
    const pkg = generatePackage(shape, runRng, packageNames);
    for (const key of Object.keys(totals) as (keyof CoberturaTotals)[]) totals[key] += pkg.totals[key];
    await write(pkg.xml);
  }
  await write(CLOSING);
  out.end();
  await once(out, 'close');

  // The root element carries the totals, known only now: rewrite it in the room left for it.
  const file = await open(path, 'r+');
  try {
    await file.write(paddedRootTag(totals), XML_DECLARATION.length, 'utf8');
  } finally {
    await file.close();
  }
  return { bytes, totals };
}

/**
 * The report of `sizeMB` MiB (rounded up to the next package) for test run `run`, generated
 * unless a finished one from the same generator version is already in bench/.data/.
 */
export async function ensureCoberturaReport(sizeMB: number, run = 1): Promise<GeneratedReport> {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, `cobertura-${sizeMB}MB-run${run}.xml`);
  const sidecarPath = path.replace(/\.xml$/, '.json');
  const targetBytes = Math.round(sizeMB * MB);
  if (existsSync(path) && existsSync(sidecarPath)) {
    const meta = JSON.parse(readFileSync(sidecarPath, 'utf8')) as Sidecar;
    if (
      meta.generatorVersion === GENERATOR_VERSION &&
      meta.targetBytes === targetBytes &&
      statSync(path).size === meta.bytes
    ) {
      return { path, bytes: meta.bytes, totals: meta.totals, reused: true };
    }
  }
  // Written under a temporary name: an interrupted run never leaves a report that looks finished.
  const partial = `${path}.partial`;
  const { bytes, totals } = await writeReport(partial, targetBytes, run);
  renameSync(partial, path);
  const meta: Sidecar = { generatorVersion: GENERATOR_VERSION, targetBytes, bytes, totals };
  writeFileSync(sidecarPath, `${JSON.stringify(meta, null, 2)}\n`);
  return { path, bytes, totals, reused: false };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizeMB = Number(process.argv[2] ?? '10');
  const run = Number(process.argv[3] ?? '1');
  const report = await ensureCoberturaReport(sizeMB, run);
  console.log(
    `${report.reused ? 'reused' : 'wrote'} ${report.path}: ${(report.bytes / MB).toFixed(1)} MB`,
    report.totals,
  );
}
