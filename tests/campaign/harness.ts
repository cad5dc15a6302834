/**
 * The bad-input campaign: each case runs a committed bundle (dist/<action>/index.js) as the
 * runner runs it, over a copy of the sample repository with the case's files planted, and is
 * classified by what a user would see: a clean failure naming the file and the place, a
 * correct acceptance, or one of the defects of issue 13's table (wrong success, "unexpected
 * error", stack trace, hang, Markdown injection, a leaked secret).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { FakeGitHub } from '../support/fake-github/index.js';
import { SAMPLE } from '../support/fixtures.js';
import { runBundle, workflowCommands, type BundleRun } from '../support/run-bundle.js';

export type ActionName =
  'coverage-gate' | 'quality-gate' | 'security-gate' | 'uptime-check' | 'promotion-report' | 'dashboard' | 'planner';

/** The classes of issue 13's table, plus the two ways a case can be handled wrongly without a crash. */
export const OUTCOMES = [
  'handled',
  'wrong-success',
  'unexpected-error',
  'stack-trace',
  'hang',
  'injection',
  'secret-leaked',
  'wrong-failure',
  'unclear-message',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A file to plant: text or bytes, `DIR` for a folder, null to delete what the sample has there. */
export const DIR = Symbol('directory');
export type Planted = string | Buffer | typeof DIR | null;

export interface CampaignCase {
  id: string;
  /** The kind of bad input, for the table: report, config, input, path, event, secret, injection, api. */
  kind: 'report' | 'config' | 'input' | 'path' | 'event' | 'secret' | 'injection' | 'api';
  files?: Record<string, Planted>;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  event?: { name: string; payload: unknown };
  /** The event file's raw text (a malformed payload). */
  eventText?: string;
  /** Seeds the fake API before the run. */
  api?: (gh: FakeGitHub) => void;
  /** fail: exit 1 with an error naming `mentions`; warn: exit 0 with a warning naming them; pass: exit 0. */
  expect: 'fail' | 'warn' | 'pass';
  /** Each must appear in the failure's error annotations (the file, the input, the place), or the warning's. */
  mentions?: string[];
  /** Each must appear in the job summary (a file set aside, with why). */
  summaryMentions?: string[];
  /** A planted secret that must appear nowhere the run writes. */
  secret?: string;
}

export interface Classified {
  id: string;
  kind: CampaignCase['kind'];
  outcome: Outcome;
  detail: string;
}

/** Untrusted text that would render as a link, an image, a heading or raw HTML if it were not escaped. */
export const HOSTILE = {
  /** A Markdown link, an image, raw HTML: one line. */
  inline:
    '[PWNED](https://evil.example/a) ![PWNED](https://evil.example/p.png) <img src="https://evil.example/i.png"> <x-pwned>',
  /** A lone carriage return, then a heading. */
  cr: 'ok\r# PWNED heading',
  /** A numeric entity for a carriage return, then a heading (inside HTML, entities are decoded). */
  entity: 'ok&#13;# PWNED entity',
  /** Backticks that close a code span early, then a link. */
  backtick: 'a`[PWNED](https://evil.example/b)`b',
};

const STACK = /^\s+at .+(\(.+:\d+:\d+\)|:\d+:\d+)$/m;
const UNEXPECTED = /unexpected error|this is a bug/i;

function snapshot(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.set(p, statSync(p).mtimeMs);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Files the run wrote or changed under `dir` (result files, SARIF, history, the dashboard). */
function written(dir: string, before: Map<string, number>): string[] {
  return [...snapshot(dir)].filter(([p, m]) => before.get(p) !== m).map(([p]) => p);
}

/** Markdown rendered as GitHub would (CommonMark + GFM), raw HTML kept so that it can be seen. */
export function renderMarkdown(md: string): string {
  return micromark(md, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
  });
}

/** What untrusted text turned into after rendering: links, images, headings, raw tags. */
export function injections(md: string): string[] {
  const html = renderMarkdown(md);
  const found: string[] = [];
  // A link or image that goes to the hostile text's address (a link to a user's own URL that merely contains it is not one).
  for (const m of html.matchAll(/<(a|img)\b[^>]*(href|src)="(https?:)?\/\/evil\.example[^"]*"/g))
    found.push(`${m[1]} ${m[0].slice(0, 80)}`);
  // A heading the hostile text started (ours may contain it, inert, as in "Scorecard: ok # PWNED").
  for (const m of html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g))
    if (/^\s*PWNED/.test(m[2]!.replace(/<[^>]+>/g, ''))) found.push(`heading ${m[2]!.slice(0, 60)}`);
  if (/<x-pwned/i.test(html)) found.push('raw HTML <x-pwned>');
  return found;
}

/** Every comment or issue body the run sent to the API. */
function sentBodies(gh: FakeGitHub): string[] {
  return gh.requests
    .filter((r) => r.method !== 'GET')
    .map((r) => (r.body && typeof r.body === 'object' ? (r.body as { body?: unknown }).body : undefined))
    .filter((b): b is string => typeof b === 'string');
}

function annotationText(run: BundleRun, level: 'error' | 'warning'): string {
  return workflowCommands(run.stdout)
    .filter((c) => c.level === level)
    .map((c) => `${c.props.file ?? ''} ${c.props.title ?? ''} ${c.message}`)
    .join('\n');
}

export function classify(c: CampaignCase, run: BundleRun, gh: FakeGitHub, files: string[]): Classified {
  const out = (outcome: Outcome, detail = ''): Classified => ({ id: c.id, kind: c.kind, outcome, detail });
  const shown = `${run.stdout}\n${run.stderr}`;
  if (run.timedOut) return out('hang', 'killed at the time-out');
  if (STACK.test(shown)) return out('stack-trace', (STACK.exec(shown)?.[0] ?? '').trim());
  if (UNEXPECTED.test(shown))
    return out('unexpected-error', (/.*(unexpected error|this is a bug).*/i.exec(shown)?.[0] ?? '').slice(0, 300));
  const secret = c.secret;
  if (secret) {
    const api = gh.requests.map((r) => `${r.path} ${JSON.stringify(r.body ?? '')}`).join('\n');
    const places: [string, string][] = [
      ['stdout/stderr', shown],
      ['summary', run.summary],
      ['outputs', JSON.stringify(run.outputs)],
      ['the API', api],
      ...files.map((f): [string, string] => [relative(dirname(f), f), readFileSync(f, 'latin1')]),
    ];
    const leak = places.find(([, text]) => text.includes(secret));
    if (leak) return out('secret-leaked', `in ${leak[0]}`);
  }
  // Our actions never write these commands: one in the log came from someone's text.
  const command = /^::(add-mask|stop-commands|set-output|save-state|add-path|set-env)::.*$/m.exec(run.stdout);
  if (command) return out('injection', `workflow command ${command[0].slice(0, 80)}`);
  const rendered = [run.summary, ...sentBodies(gh)].flatMap(injections);
  if (rendered.length) return out('injection', rendered.join('; '));
  if (c.expect === 'fail' && run.code === 0)
    return out('wrong-success', (/::(warning|notice).*/.exec(run.stdout)?.[0] ?? '').slice(0, 300));
  if (c.expect !== 'fail' && run.code !== 0) return out('wrong-failure', annotationText(run, 'error').slice(0, 300));
  if (c.expect !== 'pass') {
    const text = annotationText(run, c.expect === 'fail' ? 'error' : 'warning');
    const missing = (c.mentions ?? []).filter((m) => !text.toLowerCase().includes(m.toLowerCase()));
    if (!text || missing.length)
      return out(
        'unclear-message',
        `missing ${missing.join(', ') || `an ${c.expect === 'fail' ? 'error' : 'warning'}`}: ${text.slice(0, 300)}`,
      );
  }
  const unsaid = (c.summaryMentions ?? []).filter((m) => !run.summary.includes(m));
  if (unsaid.length) return out('unclear-message', `the summary does not name ${unsaid.join(', ')}`);
  return out('handled');
}

function plant(ws: string, files: Record<string, Planted>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = join(ws, rel);
    if (content === null) {
      rmSync(p, { recursive: true, force: true });
      continue;
    }
    if (content === DIR) {
      rmSync(p, { recursive: true, force: true });
      mkdirSync(p, { recursive: true });
      continue;
    }
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
}

/** `{ws}` (the workspace) and `{name}` for each of `vars` (a local server's address) in inputs, env and planted text. */
function fillText(text: string, ws: string, vars: Record<string, string>): string {
  let out = text.replaceAll('{ws}', ws);
  for (const [k, v] of Object.entries(vars)) out = out.replaceAll(`{${k}}`, v);
  return out;
}
function fill(
  values: Record<string, string> | undefined,
  ws: string,
  vars: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, fillText(v, ws, vars)]));
}

export interface CaseEnv {
  gh: FakeGitHub;
  node: string;
  /** Extra env for every run (the fake API's address, the repository). */
  env: Record<string, string>;
  timeoutMs: number;
  /** Placeholders in a case's inputs, env and planted text. */
  vars: Record<string, string>;
}

export async function runCase(action: ActionName, c: CampaignCase, e: CaseEnv): Promise<Classified> {
  const ws = mkdtempSync(join(tmpdir(), 'campaign-'));
  try {
    cpSync(SAMPLE, ws, { recursive: true });
    plant(
      ws,
      Object.fromEntries(
        Object.entries(c.files ?? {}).map(([k, v]) => [k, typeof v === 'string' ? fillText(v, ws, e.vars) : v]),
      ),
    );
    e.gh.reset();
    c.api?.(e.gh);
    const before = snapshot(ws);
    const run = await runBundle({
      node: e.node,
      action,
      inputs: fill(c.inputs, ws, e.vars),
      workspace: ws,
      env: { ...e.env, ...fill(c.env, ws, e.vars) },
      ...(c.event ? { event: c.event } : {}),
      ...(c.eventText !== undefined ? { eventText: c.eventText } : {}),
      timeoutMs: e.timeoutMs,
    });
    const files = [...written(ws, before), ...written(run.dir, new Map())].filter(
      (f) => !/[/\\](output|summary|event\.json)$/.test(f),
    );
    const result = classify(c, run, e.gh, files);
    rmSync(run.dir, { recursive: true, force: true });
    return result;
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

/** Counts by outcome, for the table. */
export function tally(results: readonly Classified[]): Record<Outcome, number> {
  const t = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of results) t[r.outcome]++;
  return t;
}

/** Writes one action's results to .tmp/campaign/<action>.json (scripts/campaign-table.mjs sums them). */
export function record(action: ActionName, results: readonly Classified[], repo: string): void {
  const dir = join(repo, '.tmp', 'campaign');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${action}.json`),
    `${JSON.stringify({ action, cases: results.length, counts: tally(results), results }, null, 2)}\n`,
  );
}
