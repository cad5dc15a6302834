/**
 * The fault campaign's machinery (issue 13, part B): each case arranges a fake GitHub API (and,
 * for uptime-check, local HTTP servers) with a fault, runs a committed bundle the way the
 * runner does, and classifies what came out against the case's expected outcome:
 *
 *   wrong-success     the step passed where the evidence was missing or failing
 *   unexpected-error  "unexpected error" (our bug) instead of a message about the fault
 *   stack-trace       a JavaScript or native stack in the output
 *   hang              the run did not end within the case's bound
 *   injection         text from the API started a workflow command, or raw HTML reached the summary
 *   duplicate         a comment or issue written twice (502 after apply, overlapping runs)
 *   wrong-outcome     any other difference from the expected outcome (exit code, message, output)
 *
 * A case may show several; `ok` is a case with none.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FakeGitHub } from '../support/fake-github/index.js';
import { REPO, SAMPLE } from '../support/fixtures.js';
import { runBundle, workflowCommands, type BundleRun } from '../support/run-bundle.js';

export const DEFECTS = [
  'wrong-success',
  'unexpected-error',
  'stack-trace',
  'hang',
  'injection',
  'duplicate',
  'wrong-outcome',
] as const;
export type Defect = (typeof DEFECTS)[number];

export type ActionName =
  'coverage-gate' | 'quality-gate' | 'security-gate' | 'uptime-check' | 'promotion-report' | 'dashboard' | 'planner';

/** What one run of the bundle gets. */
export interface RunSpec {
  inputs: Record<string, string>;
  workspace: string;
  event?: { name: string; payload: unknown };
  env?: Record<string, string>;
}

export interface Expected {
  exit: 0 | 1;
  /** Each must match a workflow command's message, or the summary. */
  says?: RegExp[];
  outputs?: Record<string, string | RegExp>;
}

/** What a case's arrange step can use. */
export interface Arena {
  gh: FakeGitHub;
  /** A local HTTP server for the case's life; its URL. */
  serve(handler: RequestListener): Promise<string>;
}

export interface FaultCase {
  id: string;
  action: ActionName;
  /** The fault, in words. */
  fault: string;
  arrange(a: Arena): Promise<RunSpec> | RunSpec;
  expect: Expected;
  /** Runs of the same spec at once (overlapping runs); default 1. */
  runs?: number;
  /** The hang bound (default 40 s). */
  boundMs?: number;
  /** Copies that should be one: descriptions of each extra found. */
  duplicates?(gh: FakeGitHub): string[];
  /** Other facts of the state the run should have left: descriptions of each that does not hold. */
  checks?(gh: FakeGitHub): string[];
}

export interface CaseResult {
  id: string;
  action: ActionName;
  fault: string;
  defects: Defect[];
  details: string[];
  exit: number[];
  seconds: number;
}

export const HEAD = 'b'.repeat(40);
export const BASE = 'a'.repeat(40);

/** Bounds the client's time-outs so that a hanging fake is met in seconds (packages/action-io/github-setup.ts). */
export const FAST_API = { MATURITY_ACTIONS_API_TIMEOUT_MS: '1500' };

export function env(gh: FakeGitHub, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'tta/demo',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: HEAD,
    ...FAST_API,
    ...extra,
  };
}

/** A copy of the sample repository (no git history: a shallow checkout, as far as diffs go). */
export function sampleWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fault-ws-'));
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

export function emptyWorkspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fault-ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Seeds pull request `number` with one changed file and returns its event. */
export function pullRequest(
  gh: FakeGitHub,
  number: number,
  file: { filename: string; patch: string },
): RunSpec['event'] {
  gh.addPullRequest({
    number,
    head: { sha: HEAD, ref: 'feature', repoFullName: 'tta/demo' },
    base: { sha: BASE, ref: 'main', repoFullName: 'tta/demo' },
    files: [{ ...file, status: 'modified' }],
  });
  const side = (sha: string) => ({ sha, ref: sha === HEAD ? 'feature' : 'main', repo: { full_name: 'tta/demo' } });
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: { number, base: side(BASE), head: side(HEAD) },
      repository: { full_name: 'tta/demo' },
    },
  };
}

/** A patch adding lines `from`..`to`. */
export function addedLines(from: number, to: number): string {
  return `@@ -${from - 1},0 +${from},${to - from + 1} @@\n${Array.from({ length: to - from + 1 }, (_, i) => `+line ${from + i}`).join('\n')}`;
}

/** An error body whose message tries to start a workflow command and put HTML in the summary. */
export const INJECTING = {
  message: 'upstream said:\n::error::INJECTED\r\n::add-mask::secret <img src=x onerror=alert(1)>',
};

const STACK = /^\s+at .+(:\d+:\d+\)?|<anonymous>\)?)$|FATAL ERROR:|^\s*\d+: 0x[0-9a-f]+ /m;

function says(run: BundleRun, re: RegExp): boolean {
  return workflowCommands(run.stdout).some((c) => re.test(c.message)) || re.test(run.summary) || re.test(run.stdout);
}

function injected(run: BundleRun, gh: FakeGitHub): string | null {
  // The fault's message puts these after a line break: unescaped, each would be a command of its own.
  if (/^::error::INJECTED/m.test(run.stdout) || /^::add-mask::secret/m.test(run.stdout))
    return 'a line of the log starts with a workflow command from the API';
  const rendered = [
    run.summary,
    ...gh.requests.filter((r) => r.method !== 'GET').map((r) => JSON.stringify(r.body ?? '')),
  ].join('\n');
  if (/<img src=x onerror/.test(rendered)) return 'raw HTML from the API in the summary or a comment';
  return null;
}

function outputsMatch(run: BundleRun, outputs: Expected['outputs'] = {}): string | null {
  for (const [name, want] of Object.entries(outputs)) {
    const got = run.outputs[name];
    if (got === undefined || (typeof want === 'string' ? got !== want : !want.test(got)))
      return `output ${name} is ${JSON.stringify(got)}, expected ${String(want)}`;
  }
  return null;
}

/** Classifies one run against what the case expects. */
export function classify(c: FaultCase, runs: BundleRun[], gh: FakeGitHub): { defects: Defect[]; details: string[] } {
  const defects = new Set<Defect>();
  const details: string[] = [];
  const note = (d: Defect, why: string) => {
    defects.add(d);
    details.push(`${d}: ${why}`);
  };
  for (const run of runs) {
    const all = `${run.stdout}\n${run.stderr}`;
    if (run.timedOut) note('hang', `still running after ${(c.boundMs ?? 40_000) / 1000} s`);
    if (STACK.test(all)) note('stack-trace', (all.match(STACK) ?? [''])[0].trim().slice(0, 120));
    if (/unexpected error/i.test(all))
      note('unexpected-error', (all.match(/[^\n]*unexpected error[^\n]*/i) ?? [''])[0].slice(0, 200));
    const inj = injected(run, gh);
    if (inj) note('injection', inj);
    if (run.timedOut) continue;
    if (c.expect.exit === 1 && run.code === 0) note('wrong-success', `exit 0 where ${c.expect.exit} was expected`);
    else if (run.code !== c.expect.exit) note('wrong-outcome', `exit ${run.code} where ${c.expect.exit} was expected`);
    for (const re of c.expect.says ?? []) if (!says(run, re)) note('wrong-outcome', `nothing says ${re}`);
    const out = outputsMatch(run, c.expect.outputs);
    if (out)
      note(
        c.expect.exit === 1 && /passed/.test(out) && run.outputs.passed === 'true' ? 'wrong-success' : 'wrong-outcome',
        out,
      );
  }
  for (const d of c.duplicates?.(gh) ?? []) note('duplicate', d);
  for (const d of c.checks?.(gh) ?? []) note('wrong-outcome', d);
  return { defects: DEFECTS.filter((d) => defects.has(d)), details };
}

/** Runs a case: its own fake API, its own servers, `runs` bundles at once. */
export async function runCase(c: FaultCase): Promise<CaseResult> {
  const gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
  const servers: Server[] = [];
  const serve = async (handler: RequestListener): Promise<string> => {
    const server = createServer(handler);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const started = Date.now();
  try {
    const spec = await c.arrange({ gh, serve });
    const one = () =>
      runBundle({
        node: process.execPath,
        action: c.action,
        inputs: spec.inputs,
        workspace: spec.workspace,
        env: env(gh, spec.env),
        event: spec.event,
        timeoutMs: c.boundMs ?? 40_000,
      });
    const runs = await Promise.all(Array.from({ length: c.runs ?? 1 }, one));
    // FAULTS_DEBUG=1: what the runs printed, to see why a case is classified as it is.
    if (process.env.FAULTS_DEBUG)
      for (const r of runs)
        process.stderr.write(
          `--- ${c.id} exit ${r.code}\n${r.stdout}\n${r.stderr}\n--- summary\n${r.summary.slice(0, 3000)}\n`,
        );
    const { defects, details } = classify(c, runs, gh);
    return {
      id: c.id,
      action: c.action,
      fault: c.fault,
      defects,
      details,
      exit: runs.map((r) => r.code),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    for (const s of servers) s.closeAllConnections();
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    await gh.close();
  }
}

/** The counts written to .tmp/campaign-faults.json. */
export function tally(results: readonly CaseResult[]): Record<string, unknown> {
  const counts: Record<string, number> = {
    cases: results.length,
    ok: results.filter((r) => r.defects.length === 0).length,
  };
  for (const d of DEFECTS) counts[d] = results.filter((r) => r.defects.includes(d)).length;
  const byAction: Record<string, number> = {};
  for (const r of results) byAction[r.action] = (byAction[r.action] ?? 0) + 1;
  return {
    counts,
    byAction,
    cases: results.map((r) => ({
      id: r.id,
      action: r.action,
      fault: r.fault,
      defects: r.defects,
      details: r.details,
      exit: r.exit,
      seconds: r.seconds,
    })),
  };
}

export const CAMPAIGN_FILE = join(REPO, '.tmp', 'campaign-faults.json');

/** Comments on an issue whose body contains `text`, beyond the first. */
export function extraComments(gh: FakeGitHub, issue: number, text: string | RegExp, what: string): string[] {
  const n = gh
    .comments(issue)
    .filter((c) => (typeof text === 'string' ? c.body.includes(text) : text.test(c.body))).length;
  return n > 1 ? [`${n} ${what} comments on #${issue}`] : [];
}
