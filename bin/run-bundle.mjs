// The shared runner of the committed bundles (dist/<action>/index.js), used by the command line
// (bin/maturity-actions.mjs) and `npm run demo` (examples/demo.mjs): it runs a bundle exactly
// as the GitHub runner does (inputs as INPUT_<NAME> variables, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, an event payload file, RUNNER_TEMP) and reads back what the runner
// would show: the exit code, the outputs, the job summary and the annotations. Also the
// rendering of a job summary and of annotations for a terminal.
//
// Plain ESM with no dependencies: the demo must run without `npm install`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the folder holding dist/ and the actions' action.yml files. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** dist/<action>/index.js of this package. */
export function bundlePath(action) {
  return join(PACKAGE_ROOT, 'dist', action, 'index.js');
}

/**
 * Variables of the caller's environment a bundle may need to run tools (`ruff-command` and the
 * like) and find a temporary folder. Nothing else is passed on: no token, no GITHUB_* of an
 * enclosing workflow.
 */
const PASSED_ON = ['PATH', 'HOME', 'USERPROFILE', 'SystemRoot', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_ALL'];

/** The name of an input's variable, as @actions/core reads it. */
export function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The outputs written to GITHUB_OUTPUT (`name<<delimiter` blocks). */
export function parseOutputs(text) {
  const out = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  for (const m of text.matchAll(/^([\w-]+)=(.*)$/gm)) if (!(m[1] in out)) out[m[1]] = m[2];
  return out;
}

function decodeData(s) {
  return s.replace(/%0D/g, '').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function decodeProperty(s) {
  return s.replace(/%0D/g, '').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/**
 * The workflow commands ::error::, ::warning:: and ::notice:: a bundle printed, decoded:
 * [{level, message, file?, line?, endLine?, col?, endColumn?, title?}].
 */
export function parseAnnotations(stdout) {
  const list = [];
  for (const raw of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(raw.replace(/\r$/, ''));
    if (!m) continue;
    const a = { level: m[1], message: decodeData(m[3]) };
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      if (i < 0) continue;
      const key = kv.slice(0, i);
      const value = decodeProperty(kv.slice(i + 1));
      a[key] = ['line', 'endLine', 'col', 'endColumn'].includes(key) && /^\d+$/.test(value) ? Number(value) : value;
    }
    list.push(a);
  }
  return list;
}

/**
 * Runs `node dist/<action>/index.js` over the repository at `root` as the runner would.
 *
 * @param {object} o
 * @param {string} o.action       the bundle's name (coverage-gate, quality-gate, ...)
 * @param {Record<string, string>} o.inputs  the step's `with:`; unset inputs are left unset
 * @param {string} o.root         the checkout (GITHUB_WORKSPACE, and the working directory)
 * @param {Record<string, string>} [o.env]  more variables (GITHUB_REPOSITORY, GITHUB_SHA, ...)
 * @param {string} [o.tempDir]    RUNNER_TEMP and the runner's files; default: a new temp folder
 * @param {string} [o.node]       the Node binary; default: this process's
 * @param {number} [o.timeoutMs]  kill the bundle after this long; default: no limit
 * @returns {Promise<{code: number, outputs: Record<string, string>, summary: string,
 *   annotations: object[], stdout: string, stderr: string, ms: number, resultFile: string | null,
 *   tempDir: string}>}
 */
export function runBundle({ action, inputs = {}, root, env = {}, tempDir, node = process.execPath, timeoutMs }) {
  const bundle = bundlePath(action);
  if (!existsSync(bundle))
    return Promise.reject(new Error(`no bundle ${bundle}: is ${action} an action of this package?`));
  const workspace = resolve(root);
  const dir = tempDir ?? mkdtempSync(join(tmpdir(), `maturity-${action}-`));
  mkdirSync(dir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_EVENT_PATH, '{}\n');
  const vars = {};
  for (const k of PASSED_ON) if (process.env[k] !== undefined) vars[k] = process.env[k];
  Object.assign(
    vars,
    { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: dir, GITHUB_EVENT_NAME: 'workflow_dispatch', ...files },
    env,
  );
  for (const [name, value] of Object.entries(inputs))
    if (value !== undefined && value !== null) vars[inputVariable(name)] = String(value);
  for (const [k, v] of Object.entries(vars)) if (v === undefined || v === null) delete vars[k];

  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(node, [bundle], { cwd: workspace, env: vars, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    let timedOut = false;
    const timer = timeoutMs ? setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), timeoutMs) : null;
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      fail(e);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      let stderr = Buffer.concat(err).toString('utf8');
      if (timedOut) stderr += `\n${action}: stopped after ${timeoutMs} ms`;
      else if (signal) stderr += `\n${action}: killed by ${signal}`;
      const outputs = parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
      const resultFile = outputs['result-file'] && existsSync(outputs['result-file']) ? outputs['result-file'] : null;
      done({
        code: code ?? 1,
        outputs,
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        annotations: parseAnnotations(stdout),
        stdout,
        stderr,
        ms: Date.now() - started,
        resultFile,
        tempDir: dir,
      });
    });
  });
}

/** Whether to color what goes to `stream`: a terminal, and NO_COLOR unset. */
export function useColor(stream = process.stdout) {
  return !!stream.isTTY && !process.env.NO_COLOR;
}

/**
 * Terminal rendering: ANSI styles (or none), a job summary's Markdown and HTML made readable,
 * and annotations as `level file:line: message`.
 */
export function terminal({ color = useColor() } = {}) {
  const paint = (code, s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const bold = (s) => paint('1', s);
  const dim = (s) => paint('2', s);
  const red = (s) => paint('31', s);
  const green = (s) => paint('32', s);
  const yellow = (s) => paint('33', s);

  /** Markdown and HTML of a job summary, made readable in a terminal. */
  function forTerminal(markdown) {
    return markdown
      .replace(/<details><summary>(.*?)<\/summary>/g, '$1')
      .replace(/<\/details>/g, '')
      .replace(/<br><sub>(.*?)<\/sub>/g, ' — $1')
      .replace(/<\/?(code|sub|b)>/g, '')
      .replace(/<br>/g, '; ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#124;/g, '|')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/(?<!\\)\*\*(.*?)(?<!\\)\*\*/g, (_, t) => bold(t))
      .replace(/\\([\\`*_[\]~|])/g, '$1')
      .replace(/^## (.*)$/gm, (_, t) => bold(t))
      .replace(/^### (.*)$/gm, (_, t) => bold(t));
  }

  /** One annotation: `error src/x.py:12: message`, or `warning: message` without a file. */
  function formatAnnotation(a) {
    const level = a.level === 'error' ? red('error') : a.level === 'warning' ? yellow('warning') : 'notice';
    const where = a.file ? ` ${a.file}${a.line ? `:${a.line}` : ''}` : '';
    return `${level}${where}: ${a.message}`;
  }

  return { color, paint, bold, dim, red, green, yellow, forTerminal, formatAnnotation };
}

/**
 * The head of a job summary: the verdict heading, the headline and notes, and the criteria
 * table (up to the first table with a Criterion column); the whole summary when it has none.
 */
export function summaryHead(markdown) {
  const lines = markdown.split('\n');
  const header = lines.findIndex((l) => /^\|.*\bCriterion\b.*\|$/.test(l));
  if (header < 0) return markdown.trim();
  let end = header;
  while (end + 1 < lines.length && lines[end + 1].startsWith('|')) end++;
  return lines
    .slice(0, end + 1)
    .join('\n')
    .trim();
}
