#!/usr/bin/env node
// `npm run demo`: runs the committed action bundles (dist/) over the sample repository in
// examples/sample-repo exactly as a GitHub runner would (INPUT_* variables, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY), and prints what a maintainer would see. Needs no `npm install`:
// only Node and the files in this repository.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPO = join(ROOT, 'examples', 'sample-repo');
const work = mkdtempSync(join(tmpdir(), 'maturity-demo-'));
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = (s) => paint('1', s);
const dim = (s) => paint('2', s);

/** The runs a pull request check and a promotion check would make on the sample repository. */
const RUNS = [
  {
    title: 'neo4j: Staging → Production (integration coverage ≥80%, integration tests passing)',
    action: 'coverage-gate',
    inputs: { component: 'neo4j', 'coverage-files': 'reports/python/combined/coverage.xml', 'test-results': 'reports/python/integration/junit.xml' },
  },
  {
    title: 'model-management: Staging → Production',
    action: 'coverage-gate',
    inputs: { component: 'model-management', 'coverage-files': 'reports/python/combined/coverage.xml', 'test-results': 'reports/python/integration/junit.xml' },
  },
  {
    title: 'dashboard-web: Development → Staging (JavaScript: c8 LCOV and node --test JUnit)',
    action: 'coverage-gate',
    inputs: { component: 'dashboard-web', 'coverage-files': 'reports/js/c8/lcov.info', 'test-results': 'reports/js/node/junit.xml' },
  },
  {
    title: 'narrative-engine: Development → Staging (ruff, pyright, docstrings, README, integration tests)',
    action: 'quality-gate',
    inputs: { component: 'narrative-engine', 'ruff-report': 'reports/quality/ruff.json', 'pyright-report': 'reports/quality/pyright.json' },
  },
  {
    title: 'admin-console: Development → Staging (TypeScript: ESLint and tsc)',
    action: 'quality-gate',
    inputs: { component: 'admin-console', 'eslint-report': 'reports/quality/eslint.json', 'tsc-report': 'reports/quality/tsc.txt' },
  },
  {
    title: 'session-vault: Development → Staging (bandit, pip-audit, gitleaks; SECURITY_FINDINGS_ACCEPTED_RISKS.md)',
    action: 'security-gate',
    inputs: {
      component: 'session-vault',
      'bandit-report': 'reports/security/bandit.json',
      'pip-audit-report': 'reports/security/documented-shapes/pip-audit.json',
      'secrets-report': 'reports/security/documented-shapes/gitleaks.json',
    },
  },
  {
    title: 'neo4j: load-test evidence and alert rules for Production (Locust CSV, k6 summary)',
    action: 'uptime-check',
    inputs: {
      component: 'neo4j',
      history: 'none',
      'target-stage': 'production',
      'locust-stats': 'reports/load/neo4j',
      'k6-summary': 'reports/load/k6-summary.json',
      'alert-rules': 'monitoring/alerts/neo4j.rules.yml',
    },
  },
];

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

/** Workflow commands the action printed (::error::, ::warning::), decoded. */
function annotations(stdout) {
  const decode = (s) => s.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%').replace(/%3A/g, ':').replace(/%2C/g, ',');
  return stdout
    .split('\n')
    .map((l) => /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(l))
    .filter(Boolean)
    .map(([, level, props, message]) => {
      const file = /file=([^,]*)/.exec(props ?? '')?.[1];
      const line = /line=(\d+)/.exec(props ?? '')?.[1];
      return `${level === 'error' ? paint('31', 'error') : level === 'warning' ? paint('33', 'warning') : 'notice'}${file ? ` ${decode(file)}${line ? `:${line}` : ''}` : ''}: ${decode(message)}`;
    });
}

function outputs(file) {
  const text = readFileSync(file, 'utf8');
  const out = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  return out;
}

function run({ title, action, inputs }, i) {
  const dir = join(work, String(i));
  mkdirSync(dir, { recursive: true });
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: REPO,
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'tta/sample-repo',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    ...files,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', action, 'index.js')], { cwd: REPO, env, encoding: 'utf8' });
  const ms = Date.now() - started;
  console.log(`\n${bold(`── ${i + 1}. ${action} · ${title}`)}`);
  console.log(dim(`   node dist/${action}/index.js with ${Object.entries(inputs).map(([k, v]) => `${k}=${v}`).join(' ')}`));
  console.log('');
  console.log(forTerminal(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).trim());
  const notes = annotations(r.stdout);
  if (notes.length) console.log(`\n${notes.join('\n')}`);
  const o = outputs(files.GITHUB_OUTPUT);
  const shown = Object.entries(o).filter(([k]) => k !== 'result-file');
  console.log(dim(`\n   outputs: ${shown.map(([k, v]) => `${k}=${v || '""'}`).join('  ')}`));
  const verdict = r.status === 0 ? paint('32', 'exit 0 (passed)') : paint('31', `exit ${r.status} (the step fails)`);
  console.log(`   ${verdict} ${dim(`in ${ms} ms; result file: ${o['result-file'] ?? '(none)'}`)}`);
  if (r.stderr.trim()) console.log(dim(r.stderr.trim()));
  return r.status === 0;
}

console.log(bold('maturity-actions demo: the committed bundles over examples/sample-repo'));
console.log(dim(`(reports made by coverage.py, pytest, c8 and node --test: see examples/sample-repo/reports/README.md)`));
const results = RUNS.map(run);
const passed = results.filter(Boolean).length;
console.log(`\n${bold('Scorecard')}: ${passed} of ${results.length} gate runs passed; ${results.length - passed} would block a promotion.`);
RUNS.forEach((r, i) => console.log(`  ${results[i] ? paint('32', '✔') : paint('31', '✘')} ${r.title}`));
