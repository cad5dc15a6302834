#!/usr/bin/env node
// `npm run demo`: runs the committed action bundles (dist/) over the sample repository in
// examples/sample-repo exactly as a GitHub runner would (INPUT_* variables, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY), and prints what a maintainer would see. Needs no `npm install`:
// only Node and the files in this repository.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT, runBundle, terminal } from '../bin/run-bundle.mjs';

const REPO = join(PACKAGE_ROOT, 'examples', 'sample-repo');
const work = mkdtempSync(join(tmpdir(), 'maturity-demo-'));
const { paint, bold, dim, forTerminal, formatAnnotation } = terminal();

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

/** The result files the gate runs wrote: the dashboard's input. */
const resultFiles = [];

async function run({ title, action, inputs }, i) {
  const r = await runBundle({ action, inputs, root: REPO, tempDir: join(work, String(i)), env: { GITHUB_REPOSITORY: 'tta/sample-repo' } });
  if (r.resultFile) resultFiles.push(r.resultFile);
  console.log(`\n${bold(`── ${i + 1}. ${action} · ${title}`)}`);
  console.log(dim(`   node dist/${action}/index.js with ${Object.entries(inputs).map(([k, v]) => `${k}=${v}`).join(' ')}`));
  console.log('');
  console.log(forTerminal(r.summary).trim());
  const notes = r.annotations.map(formatAnnotation);
  if (notes.length) console.log(`\n${notes.join('\n')}`);
  const o = r.outputs;
  const shown = Object.entries(o).filter(([k]) => k !== 'result-file');
  console.log(dim(`\n   outputs: ${shown.map(([k, v]) => `${k}=${v || '""'}`).join('  ')}`));
  const verdict = r.code === 0 ? paint('32', 'exit 0 (passed)') : paint('31', `exit ${r.code} (the step fails)`);
  console.log(`   ${verdict} ${dim(`in ${r.ms} ms; result file: ${o['result-file'] ?? '(none)'}`)}`);
  if (r.stderr.trim()) console.log(dim(r.stderr.trim()));
  return r.code === 0;
}

console.log(bold('maturity-actions demo: the committed bundles over examples/sample-repo'));
console.log(dim(`(reports made by coverage.py, pytest, c8 and node --test: see examples/sample-repo/reports/README.md)`));
const results = [];
for (const [i, r] of RUNS.entries()) results.push(await run(r, i));
const passed = results.filter(Boolean).length;
console.log(`\n${bold('Scorecard')}: ${passed} of ${results.length} gate runs passed; ${results.length - passed} would block a promotion.`);
RUNS.forEach((r, i) => console.log(`  ${results[i] ? paint('32', '✔') : paint('31', '✘')} ${r.title}`));

// The dashboard over every run's result file, written to the temp folder (the repository stays clean).
const dash = await runBundle({
  action: 'dashboard',
  inputs: { results: resultFiles.join('\n'), 'output-dir': join(work, 'dashboard'), history: join(work, 'dashboard-history.jsonl') },
  root: REPO,
  tempDir: join(work, 'dashboard-run'),
  env: { GITHUB_REPOSITORY: 'tta/sample-repo' },
});
console.log(`\n${bold('Dashboard')} ${dim(`(node dist/dashboard/index.js over ${resultFiles.length} result files, in ${dash.ms} ms)`)}`);
const notes = dash.annotations.filter((a) => a.level !== 'notice').map(formatAnnotation);
if (notes.length) console.log(notes.join('\n'));
if (dash.code === 0) console.log(`  open ${dash.outputs.index} in a browser (components: ${JSON.parse(dash.outputs.components ?? '[]').join(', ')})`);
else console.log(`  ${paint('31', `the dashboard failed (exit ${dash.code})`)}${dash.stderr.trim() ? `\n${dim(dash.stderr.trim())}` : ''}`);
