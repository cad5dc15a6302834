// The actions this repository ships: the folder holding action.yml (what `uses:` names) and
// the TypeScript entry bundled into dist/<name>/index.js.
export const ACTIONS = [{ name: 'coverage-gate', dir: 'coverage-gate', entry: 'actions/coverage-gate/coverage-gate-action.ts' }];
