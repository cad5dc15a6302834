/**
 * Where the parse spends its time, from the V8 CPU profiles that `BENCH_CPU_PROF=1 npm run bench`
 * writes: self time per function, then the hottest source lines, mapped back to the TypeScript
 * sources through the source maps bench/compile-for-child.ts writes.
 *
 *   node --import ./scripts/ts-loader.mjs bench/summarize-profile.ts [profile.cpuprofile]
 * Without an argument, the newest profile in bench/.data/profiles/. For finer samples, run a
 * child by hand with `--cpu-prof --cpu-prof-interval 50` (microseconds).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT_DIR, REPO_ROOT } from './compile-for-child.js';
import { DATA_DIR } from './generate-cobertura.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function newestProfile(): string {
  const dir = join(DATA_DIR, 'profiles');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (files.length === 0) throw new Error(`no profiles in ${dir}: run BENCH_CPU_PROF=1 npm run bench first`);
  return join(dir, files.sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs)[0]!);
}

const maps = new Map<string, SourceMap | null>();
/** "packages/xml/xml-stream.ts:336" for a line of the compiled JS, or the JS location itself. */
function sourceLine(url: string, line: number): string {
  if (!url.startsWith('file:')) return `${url || '(native)'}:${line}`;
  const js = fileURLToPath(url);
  if (!maps.has(js))
    maps.set(js, existsSync(`${js}.map`) ? new SourceMap(JSON.parse(readFileSync(`${js}.map`, 'utf8'))) : null);
  const map = maps.get(js);
  const text = readFileSync(js, 'utf8').split('\n')[line - 1] ?? '';
  const entry = map?.findEntry(line - 1, text.length - text.trimStart().length);
  if (entry && 'originalSource' in entry && entry.originalSource) {
    // The compiled tree mirrors the repo: the map's source sits beside the original file.
    const source = entry.originalSource.startsWith('file:')
      ? fileURLToPath(entry.originalSource)
      : entry.originalSource;
    const original = isAbsolute(source) ? source : join(REPO_ROOT, relative(OUT_DIR, dirname(js)), source);
    return `${relative(REPO_ROOT, original)}:${entry.originalLine + 1}`;
  }
  return `${relative(REPO_ROOT, js)}:${line}`;
}

const path = process.argv[2] ?? newestProfile();
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const byFunction = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const key = `${functionName || '(anonymous)'}  ${sourceLine(url, lineNumber + 1)}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
}
const byLine = new Map<string, number>();
let lineTicks = 0;
for (const node of profile.nodes) {
  for (const { line, ticks } of node.positionTicks ?? []) {
    const key = sourceLine(node.callFrame.url, line);
    byLine.set(key, (byLine.get(key) ?? 0) + ticks);
    lineTicks += ticks;
  }
}

const top = <K>(m: Map<K, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`${relative(REPO_ROOT, path)}: ${(total / 1000).toFixed(0)} ms sampled\n\nSelf time by function:`);
for (const [key, micros] of top(byFunction, 25))
  console.log(`${((100 * micros) / total).toFixed(1).padStart(6)}%  ${key}`);
console.log('\nHottest lines (share of line samples):');
for (const [key, ticks] of top(byLine, 25)) {
  const [file, line] = [key.slice(0, key.lastIndexOf(':')), Number(key.slice(key.lastIndexOf(':') + 1))];
  const text = existsSync(join(REPO_ROOT, file))
    ? (readFileSync(join(REPO_ROOT, file), 'utf8').split('\n')[line - 1] ?? '').trim()
    : '';
  console.log(`${((100 * ticks) / lineTicks).toFixed(1).padStart(6)}%  ${key.padEnd(44)} ${text.slice(0, 90)}`);
}
