/**
 * The stand-ins (tests/support/tool-shims/bin) replay each state's recordings byte for byte in
 * a copy of the repository: the files the command line asks for, stdout, stderr and the exit
 * code. A command line that was not recorded, or a workspace in no recorded state, is an error
 * that says what to do.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { checkoutState, journeyStates, toolShimPath, type JourneyState, type RecordedCommand } from '../support/tool-shims/index.js';

const BIN = toolShimPath();
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

function workspace(state: JourneyState): string {
  const dir = join(tempDir('journey-ws-'), 'repo');
  checkoutState(state.name, dir);
  return dir;
}

function run(cwd: string, program: string, args: string[]) {
  const env = { ...process.env, PATH: [BIN, dirname(process.execPath), process.env.PATH ?? ''].join(delimiter) };
  const r = spawnSync(join(BIN, program), args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The recorded arguments with output paths under `out` and a host for `<ANY>`. */
function argsFor(command: RecordedCommand, out: string): string[] {
  return command.accepts.map((a) => a.replace(/<(?:OUT|PREFIX):([^>]+)>/g, (_, name: string) => join(out, name)).replace('<ANY>', 'http://127.0.0.1:9'));
}

const recorded = (state: JourneyState, file: string | null) => (file ? readFileSync(join(state.recordings, file)) : Buffer.alloc(0));

describe.each(journeyStates().map((s) => [s.name, s] as const))('state %s', (_name, state) => {
  const ws = workspace(state);

  it.each(Object.entries(state.manifest.commands))('%s replays byte for byte', (_kind, command) => {
    const out = tempDir('journey-out-');
    const [program, args] = command.tool === 'locust' ? ['python', ['-m', 'locust', ...argsFor(command, out)]] : [command.tool, argsFor(command, out)];
    const r = run(ws, program, args);
    expect(r.stderr.toString()).toBe(recorded(state, command.stderr).toString());
    expect(r.code).toBe(command.exitCode);
    expect(r.stdout.equals(recorded(state, command.stdout))).toBe(true);
    for (const o of command.outputs) {
      const files = 'file' in o ? [[o.file, o.file]] : o.suffixes.map((s) => [o.prefix + s, o.prefix + s]);
      for (const [from, to] of files) expect([to, readFileSync(join(out, to!)).equals(recorded(state, from!))]).toEqual([to, true]);
    }
  });
});

describe('other spellings and helpers', () => {
  const main = journeyStates()[0]!;
  const ws = workspace(main);

  it('python3 -m pytest with `--junitxml PATH` is the same recording as pytest --junitxml=PATH', () => {
    const out = tempDir('journey-out-');
    const r = run(ws, 'python3', ['-m', 'pytest', 'tests/e2e', '--junitxml', join(out, 'e2e.xml')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'e2e.xml')).equals(recorded(main, 'e2e-junit.xml'))).toBe(true);
  });

  it('python -m locust may leave --host out, and answers --version as Debian\'s locust did', () => {
    const out = tempDir('journey-out-');
    const args = argsFor(main.manifest.commands.locust!, out).slice(0, -2);
    expect(run(ws, 'python', ['-m', 'locust', ...args]).code).toBe(0);
    expect(existsSync(join(out, 'locust_stats.csv'))).toBe(true);
    expect(run(ws, 'python', ['-m', 'locust', '--version']).code).toBe(0);
  });

  it('pip install does nothing and says so', () => {
    const r = run(ws, 'pip', ['install', '-e', '.', 'pytest', 'pytest-cov']);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/not installing -e \. pytest pytest-cov/);
    expect(run(ws, 'python', ['-m', 'pip', 'install', 'locust']).code).toBe(0);
  });

  it('refuses a command line that was not recorded, listing the recorded ones and the script', () => {
    const r = run(ws, 'pytest', ['tests/unit', '--cov', '--maxfail=1']);
    expect(r.code).toBe(2);
    expect(r.stderr.toString()).toContain('no recording of this command line in state "main"');
    expect(r.stderr.toString()).toContain('unit: pytest tests/unit --cov --cov-branch --cov-report=xml:<OUT:unit-coverage.xml> --junitxml=<OUT:unit-junit.xml>');
    expect(r.stderr.toString()).toContain('bash scripts/fixtures/journey.sh');
  });

  it('refuses a workspace in no recorded state, naming the nearest state and the files that differ', () => {
    const changed = join(tempDir('journey-ws-'), 'repo');
    checkoutState('main', changed);
    appendFileSync(join(changed, 'src/components/neo4j/client.py'), '# a local edit\n');
    const r = run(changed, 'ruff', ['check', '--output-format', 'json', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr.toString()).toContain('Nearest: "main", from which 1 file(s) differ:\n  changed: src/components/neo4j/client.py');
  });

  it('keeps the state when only Markdown changes (a promotion edits MATURITY.md)', () => {
    const promoted = join(tempDir('journey-ws-'), 'repo');
    checkoutState('main', promoted);
    appendFileSync(join(promoted, 'src/components/model_management/MATURITY.md'), '\n- **2026-11-20**: Promoted to Staging (Issue #40)\n');
    expect(run(promoted, 'pyright', ['--outputjson']).code).toBe(main.manifest.commands.pyright!.exitCode);
  });
});
