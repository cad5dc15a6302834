/**
 * Runs a committed bundle (dist/<action>/index.js) the way the GitHub runner does: inputs as
 * INPUT_<NAME> variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an event payload file,
 * and GITHUB_API_URL pointing at the fake API. Asynchronous, so the in-process fake keeps
 * answering while the bundle runs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { REPO } from './fixtures.js';

export interface NodeBinary {
  label: string;
  path: string;
}

function versionOf(path: string): Promise<string | undefined> {
  return new Promise((resolve) => execFile(path, ['--version'], (err, out) => resolve(err ? undefined : out.trim())));
}

/**
 * The machine's Node (20 on CI) and Node 24 from the `node` devDependency, the runtime of
 * `runs.using: node24`. Both must be present: a missing one is a setup error, not a skip.
 */
export async function nodeBinaries(): Promise<NodeBinary[]> {
  const candidates = [
    process.env.npm_node_execpath,
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter((d) => d && !d.includes('node_modules'))
      .map((d) => join(d, 'node')),
    join(REPO, 'node_modules', 'node', 'bin', 'node'),
  ].filter((p): p is string => !!p);
  const byMajor = new Map<string, NodeBinary>();
  for (const path of candidates) {
    const v = await versionOf(path);
    if (!v) continue;
    const major = v.replace(/^v/, '').split('.')[0]!;
    if (!byMajor.has(major)) byMajor.set(major, { label: `node ${v}`, path });
  }
  return [...byMajor.values()];
}

export interface BundleRun {
  code: number;
  /** Killed at the time-out (`timeoutMs`, default 60 s). */
  timedOut: boolean;
  /** The run's own folder: RUNNER_TEMP, the output, summary and event files. */
  dir: string;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface BundleOptions {
  node: string;
  action: string;
  inputs: Record<string, string>;
  workspace: string;
  env?: Record<string, string>;
  event?: { name: string; payload: unknown };
  /** The event file's text as it is (a malformed payload), instead of `event.payload` as JSON. */
  eventText?: string;
  /** Killed after this long (default 60 s). */
  timeoutMs?: number;
}

export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

export function runBundle(o: BundleOptions): Promise<BundleRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-run-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_EVENT_PATH, o.eventText ?? JSON.stringify(o.event?.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    RUNNER_TEMP: dir,
    GITHUB_EVENT_NAME: o.event?.name ?? 'workflow_dispatch',
    ...files,
    ...o.env,
  };
  for (const [name, value] of Object.entries(o.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return new Promise((resolve) => {
    execFile(
      o.node,
      [join(REPO, 'dist', o.action, 'index.js')],
      { cwd: o.workspace, env, timeout: o.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({
          code,
          timedOut: !!err && err.killed === true,
          dir,
          stdout,
          stderr,
          outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
          summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        });
      },
    );
  });
}

/** Workflow commands in a bundle's stdout, decoded: [{level, props, message}]. */
export function workflowCommands(stdout: string): { level: string; props: Record<string, string>; message: string }[] {
  const decode = (s: string) =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  return stdout
    .split('\n')
    .map((line) => /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      level: m[1]!,
      props: Object.fromEntries(
        (m[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((kv) => {
            const i = kv.indexOf('=');
            return [kv.slice(0, i), decode(kv.slice(i + 1))];
          }),
      ),
      message: decode(m[3]!),
    }));
}
