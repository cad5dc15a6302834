/**
 * The journey sample's states (examples/journey): each state's digest is that of repo/ with
 * changes/<state>/ laid over it, every file a manifest names is in its recordings, and the pull
 * request states change what the README says they change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestOf, overlayFiles, stateFiles } from '../support/tool-shims/state-digest.mjs';
import { JOURNEY, JOURNEY_REPO, journeyStates, type RecordedOutput } from '../support/tool-shims/index.js';

const states = journeyStates();
const lines = (path: string) => readFileSync(path, 'utf8').split('\n');
const REGISTRY = 'src/components/model_management/registry.py';

function outputFiles(o: RecordedOutput): string[] {
  return 'file' in o ? [o.file] : o.suffixes.map((s) => o.prefix + s);
}

describe.each(states.map((s) => [s.name, s] as const))('state %s', (name, state) => {
  it('has the digest of repo/ + its changes, over exactly the files the manifest lists', () => {
    const files = overlayFiles(JOURNEY_REPO, state.changes);
    expect(files).toEqual(state.manifest.files);
    expect(digestOf(files)).toBe(state.digest);
    expect(state.manifest.state).toBe(name);
  });

  it('holds every file its commands write or print', () => {
    for (const [kind, c] of Object.entries(state.manifest.commands)) {
      const files = [...c.outputs.flatMap(outputFiles), c.stdout, c.stderr].filter((f): f is string => f !== null);
      for (const f of files) expect({ kind, file: f, exists: existsSync(join(state.recordings, f)) }).toEqual({ kind, file: f, exists: true });
    }
  });

  it('records the same kinds of runs as the other states (Locust and Prometheus on main only)', () => {
    const kinds = Object.keys(state.manifest.commands).sort();
    const base = ['bandit', 'detect-secrets', 'e2e', 'integration', 'pip-audit', 'pyright', 'ruff', 'unit'];
    expect(kinds).toEqual(name === 'main' ? [...base, 'locust'].sort() : base);
    expect(state.manifest.prometheus !== undefined).toBe(name === 'main');
  });
});

describe('the digest', () => {
  it('ignores Markdown and YAML, so a MATURITY.md edit keeps the state', () => {
    const files = stateFiles(JOURNEY_REPO);
    expect(Object.keys(files).some((p) => /\.(md|ya?ml)$/.test(p))).toBe(false);
    expect(Object.keys(files)).toContain('pyproject.toml');
  });

  it('differs between every two states', () => {
    expect(new Set(states.map((s) => s.digest)).size).toBe(states.length);
  });
});

describe('the pull request states', () => {
  const main = lines(join(JOURNEY_REPO, REGISTRY));
  const clean = lines(join(JOURNEY, 'changes/pr-clean', REGISTRY));
  const regression = lines(join(JOURNEY, 'changes/pr-regression', REGISTRY));

  it('pr-clean changes one line of model-management', () => {
    expect(clean.length).toBe(main.length);
    const changed = clean.map((l, i) => [i + 1, l] as const).filter(([i, l]) => l !== main[i - 1]);
    expect(changed).toEqual([[98, '        log.info("registered model %s", record.key)']]);
    expect(Object.keys(overlayFiles(join(JOURNEY, 'changes/pr-clean'), null))).toEqual([REGISTRY]);
  });

  it('pr-regression makes the same change and adds an unused variable and a new branch', () => {
    expect(regression).toContain(clean[97]);
    expect(regression).toContain('        previous = current.status');
    expect(regression).toContain('        if current.status == "retired":');
    expect(Object.keys(overlayFiles(join(JOURNEY, 'changes/pr-regression'), null))).toEqual([REGISTRY]);
  });
});
