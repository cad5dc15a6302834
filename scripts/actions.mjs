// The actions this repository ships: the folder holding action.yml (what `uses:` names), the
// TypeScript entry bundled into dist/<name>/index.js, and worker-thread entries bundled beside it.
export const ACTIONS = [
  {
    name: 'coverage-gate',
    dir: 'coverage-gate',
    entry: 'actions/coverage-gate/coverage-gate-action.ts',
    workers: [{ entry: 'actions/coverage-gate/cobertura-worker.ts', file: 'cobertura-worker.js' }],
  },
  { name: 'quality-gate', dir: 'quality-gate', entry: 'actions/quality-gate/quality-gate-action.ts', workers: [] },
  { name: 'security-gate', dir: 'security-gate', entry: 'actions/security-gate/security-gate-action.ts', workers: [] },
  { name: 'uptime-check', dir: 'uptime-check', entry: 'actions/uptime-check/uptime-check-action.ts', workers: [] },
  { name: 'promotion-report', dir: 'promotion-report', entry: 'actions/promotion-report/promotion-report-action.ts', workers: [] },
  // The root action.yml (`uses: tta/maturity-actions@v1`); its page is docs/planner.md.
  { name: 'planner', dir: '.', readme: 'docs/planner.md', entry: 'actions/planner/planner-action.ts', workers: [] },
  { name: 'dashboard', dir: 'dashboard', entry: 'actions/dashboard/dashboard-action.ts', workers: [] },
];
