// The actions this repository ships: the folder holding action.yml (what `uses:` names), the
// TypeScript entry bundled into dist/<name>/index.js (actions/<name>/index.ts: two lines that call
// the shell's exported run(), as actions/typescript-action lays it out), and worker-thread entries
// bundled beside it.
export const ACTIONS = [
  {
    name: 'coverage-gate',
    dir: 'coverage-gate',
    entry: 'actions/coverage-gate/index.ts',
    workers: [{ entry: 'actions/coverage-gate/cobertura-worker.ts', file: 'cobertura-worker.js' }],
  },
  { name: 'quality-gate', dir: 'quality-gate', entry: 'actions/quality-gate/index.ts', workers: [] },
  { name: 'security-gate', dir: 'security-gate', entry: 'actions/security-gate/index.ts', workers: [] },
  { name: 'uptime-check', dir: 'uptime-check', entry: 'actions/uptime-check/index.ts', workers: [] },
  { name: 'promotion-report', dir: 'promotion-report', entry: 'actions/promotion-report/index.ts', workers: [] },
  // The root action.yml (`uses: tta/maturity-actions@v1`); its page is docs/planner.md.
  { name: 'planner', dir: '.', readme: 'docs/planner.md', entry: 'actions/planner/index.ts', workers: [] },
  { name: 'dashboard', dir: 'dashboard', entry: 'actions/dashboard/index.ts', workers: [] },
];
