// Replays what the real tools wrote for the journey sample (examples/journey/recordings), so a
// workflow test can run the example workflows' `run:` steps on a machine with only Node.
// bin/<tool> calls `node replay.mjs <tool> <args...>` with the workspace as the current folder.
//
// 1. The workspace's state: the digest of its *.py/*.toml/*.cfg/*.ini files (state-digest.mjs)
//    must be one a recording was made in; if not, the error names the nearest state and the
//    files that differ from it.
// 2. The command line must be one recorded in that state, output paths excepted (they may
//    differ); anything else is an error that lists what was recorded and how to re-record.
// 3. The recorded files are written where the command line asks (--cov-report=xml:PATH,
//    --junitxml=PATH, -o PATH, --csv PREFIX), the recorded stdout and stderr are printed, and
//    the process exits with the recorded code.
// Not a tool: `pip install ...` prints what it would install and does nothing; `python` runs
// the real python3 on PATH for anything but `-m pytest`, `-m locust` and `-m pip`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffFiles, digestOf, stateFiles } from './state-digest.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const RECORDINGS = resolve(
  process.env.JOURNEY_RECORDINGS ?? join(HERE, '..', '..', '..', 'examples', 'journey', 'recordings'),
);
const RERECORD = 'bash scripts/fixtures/journey.sh';
const PLACEHOLDER = /<(?:OUT|PREFIX):[^>]+>|<ANY>/g;
const MAX_LISTED = 15;

class ShimError extends Error {}

function main([tool, ...args]) {
  if (!tool) throw new ShimError('usage: replay.mjs <tool> [arguments...]');
  if (tool === 'python' || tool === 'python3') return python(tool, args);
  if (tool === 'pip') return pip('pip', args);
  return replay(tool, args, tool);
}

function python(name, args) {
  if (args[0] === '-m' && (args[1] === 'pytest' || args[1] === 'locust'))
    return replay(args[1], args.slice(2), `${name} -m ${args[1]}`);
  if (args[0] === '-m' && args[1] === 'pip') return pip(`${name} -m pip`, args.slice(2));
  const real = realPython();
  if (!real) {
    throw new ShimError(
      `${name} ${args.join(' ')}: only \`-m pytest\`, \`-m locust\` and \`-m pip\` are replayed, and there is no real python3 on PATH to run anything else`,
    );
  }
  const run = spawnSync(real, args, { stdio: 'inherit' });
  return run.status ?? 1;
}

/** python3 (else python) on PATH, leaving out this stand-in's own folder. */
function realPython() {
  const own = realpathSync(join(HERE, 'bin'));
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d && existsSync(d) && realpathSync(d) !== own);
  for (const name of ['python3', 'python']) {
    for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

function pip(shown, args) {
  if (args[0] === 'install') {
    process.stdout.write(
      `${shown} (journey stand-in): not installing ${args.slice(1).join(' ')}; the tools' outputs are replayed from examples/journey/recordings\n`,
    );
    return 0;
  }
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${shown} (journey stand-in for the maturity-actions workflow test)\n`);
    return 0;
  }
  throw new ShimError(`${shown} ${args.join(' ')}: the stand-in only knows \`install\` (a no-op) and \`--version\``);
}

function replay(tool, args, shown) {
  const version = versionAnswer(tool, args);
  if (version) return emit(version.stdout, version.stderr, version.exitCode);
  const state = currentState();
  const recorded = Object.entries(state.manifest.commands).filter(([, c]) => c.tool === tool);
  for (const [, command] of recorded) {
    const bound = match(command, args);
    if (bound) return play(state, command, bound);
  }
  const known = recorded.map(([kind, c]) => `  ${kind}: ${shown} ${c.accepts.join(' ')}`).join('\n') || '  (none)';
  throw new ShimError(
    `${shown} ${args.join(' ')}: no recording of this command line in state "${state.name}".\n` +
      `Recorded there (<OUT:...> and <PREFIX:...> are output paths of your choosing; an option whose value is <ANY> may be left out):\n${known}\n` +
      `To replay another command line, add it to ${RERECORD} and re-run it.`,
  );
}

function versionAnswer(tool, args) {
  if (args.length !== 1 || args[0] !== '--version') return null;
  const file = join(RECORDINGS, 'versions.json');
  const entries = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  return entries.find((e) => e.tool === tool) ?? null;
}

function loadStates() {
  if (!existsSync(RECORDINGS))
    throw new ShimError(`no recordings at ${RECORDINGS} (set JOURNEY_RECORDINGS, or run ${RERECORD})`);
  return readdirSync(RECORDINGS, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(RECORDINGS, e.name, 'manifest.json')))
    .map((e) => ({
      name: e.name,
      dir: join(RECORDINGS, e.name),
      manifest: JSON.parse(readFileSync(join(RECORDINGS, e.name, 'manifest.json'), 'utf8')),
    }));
}

/** The recorded state the current folder is in, or an error naming the nearest one. */
function currentState() {
  const states = loadStates();
  const files = stateFiles(process.cwd());
  const digest = digestOf(files);
  const state = states.find((s) => s.manifest.digest === digest);
  if (state) return state;
  const nearest = states
    .map((s) => ({ s, diff: diffFiles(files, s.manifest.files) }))
    .sort((a, b) => a.diff.count - b.diff.count)[0];
  if (!nearest) throw new ShimError(`no recorded states in ${RECORDINGS}`);
  const { added, missing, changed } = nearest.diff;
  const lines = [
    ...changed.map((p) => `  changed: ${p}`),
    ...added.map((p) => `  added:   ${p}`),
    ...missing.map((p) => `  missing: ${p}`),
  ];
  const shownLines =
    lines.slice(0, MAX_LISTED).join('\n') +
    (lines.length > MAX_LISTED ? `\n  ... and ${lines.length - MAX_LISTED} more` : '');
  throw new ShimError(
    `${process.cwd()} is in no recorded state (digest ${digest}).\n` +
      `Nearest: "${nearest.s.name}", from which ${lines.length} file(s) differ:\n${shownLines}\n` +
      `Record the new state with ${RERECORD} (add it under examples/journey/changes/), or check out a recorded one.`,
  );
}

/** `--name=value` as two arguments, so that both spellings of an option match. */
function splitLongOptions(args) {
  return args.flatMap((a) => {
    const m = /^(--[A-Za-z0-9][A-Za-z0-9-]*)=(.*)$/s.exec(a);
    return m ? [m[1], m[2]] : [a];
  });
}

function withoutOptional(args, optional) {
  const out = [...args];
  for (const flag of optional) {
    const i = out.indexOf(flag);
    if (i >= 0) out.splice(i, 2);
  }
  return out;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The values the placeholders take in `args`, or null when `args` is not this command line. */
function match(command, args) {
  const want = withoutOptional(splitLongOptions(command.accepts), command.optional);
  const got = withoutOptional(splitLongOptions(args), command.optional);
  if (want.length !== got.length) return null;
  const bound = new Map();
  for (let i = 0; i < want.length; i++) {
    const names = [...want[i].matchAll(PLACEHOLDER)].map((m) => m[0]);
    if (!names.length) {
      if (want[i] !== got[i]) return null;
      continue;
    }
    const pattern = new RegExp(`^${want[i].split(PLACEHOLDER).map(escape).join('(.+)')}$`, 's');
    const m = pattern.exec(got[i]);
    if (!m) return null;
    names.forEach((name, j) => bound.set(name, m[j + 1]));
  }
  return bound;
}

function play(state, command, bound) {
  for (const output of command.outputs) {
    const target = resolve(process.cwd(), bound.get(output.placeholder));
    const pairs = output.file ? [[output.file, target]] : output.suffixes.map((s) => [output.prefix + s, target + s]);
    for (const [from, to] of pairs) {
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(state.dir, from), to);
    }
  }
  const read = (f) => (f ? readFileSync(join(state.dir, f)) : '');
  return emit(read(command.stdout), read(command.stderr), command.exitCode);
}

function emit(stdout, stderr, code) {
  if (stdout.length) process.stdout.write(stdout);
  if (stderr.length) process.stderr.write(stderr);
  return code;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof ShimError)) throw e;
  process.stderr.write(`journey stand-in: ${e.message}\n`);
  process.exitCode = 2;
}
