#!/usr/bin/env node
// maturity-actions: the gates over local reports, before a push. It runs the committed bundles
// (dist/<action>/index.js) exactly as the GitHub runner does (bin/run-bundle.mjs), so the
// command line and the actions give the same verdicts by construction. Every action's inputs,
// and their descriptions, are read from its action.yml.
//
//   maturity-actions check --component <id> [--target <stage>] [--coverage <file>] [--ruff <file>] ...
//   maturity-actions <action> [--<input> <value> ...]     any action by name, e.g. coverage-gate
//   maturity-actions --help | <action> --help
//
// Exit codes: 0 every gate passed, 1 a gate failed (or could not run), 2 a usage error.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_ROOT, bundlePath, runBundle, summaryHead, terminal } from './run-bundle.mjs';

const PROGRAM = 'maturity-actions';

/** A mistake in the command line: printed with a hint, exit code 2. */
class UsageError extends Error {
  constructor(message, hint = `Run \`${PROGRAM} --help\` for the commands and their options.`) {
    super(message);
    this.hint = hint;
  }
}

// ── The actions, from their action.yml ─────────────────────────────────────────────────────

/**
 * Every action of this package whose bundle is built: each folder's action.yml (and the root
 * one) whose `runs.main` is dist/<name>/index.js. Map name → {name, file, title, description,
 * inputs, outputs}.
 */
function loadActions() {
  const candidates = [join(PACKAGE_ROOT, 'action.yml')];
  for (const e of readdirSync(PACKAGE_ROOT, { withFileTypes: true })) {
    if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules' && e.name !== 'dist')
      candidates.push(join(PACKAGE_ROOT, e.name, 'action.yml'));
  }
  const actions = new Map();
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    let yml;
    try {
      yml = parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    const main = yml?.runs?.main;
    if (typeof main !== 'string') continue;
    const bundle = resolve(dirname(file), main);
    const name = basename(dirname(bundle));
    // planner/action.yml mirrors the root action.yml (for `uses: $/planner`): the root one is kept.
    if (bundle !== bundlePath(name) || !existsSync(bundle) || actions.has(name)) continue;
    actions.set(name, {
      name,
      file: file.slice(PACKAGE_ROOT.length + 1),
      title: String(yml.name ?? name),
      description: String(yml.description ?? ''),
      inputs: Object.fromEntries(
        Object.entries(yml.inputs ?? {}).map(([k, v]) => [
          k,
          {
            description: String(v?.description ?? ''),
            required: v?.required === true || v?.required === 'true',
            default: v?.default === undefined ? undefined : String(v.default),
          },
        ]),
      ),
      outputs: Object.fromEntries(Object.entries(yml.outputs ?? {}).map(([k, v]) => [k, String(v?.description ?? '')])),
    });
  }
  const rank = (n) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);
  return new Map([...actions].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}
const ORDER = ['coverage-gate', 'quality-gate', 'security-gate', 'uptime-check', 'promotion-report'];

/** An input's value when the command line does not give it: the action.yml default, locally. */
function localDefault(name, input) {
  if (name === 'github-token') return ''; // no token: no comment, no API
  if (name === 'comment') return 'false'; // no pull request to comment on
  if (input.default === undefined || input.default.includes('${{')) return undefined;
  return input.default;
}

const isBoolean = (input) => input.default === 'true' || input.default === 'false';

// ── The command line ────────────────────────────────────────────────────────────────────────

/** Options every command takes besides the action's inputs. */
const GLOBAL = {
  root: {
    value: '<dir>',
    description:
      'The repository root (the checkout: GITHUB_WORKSPACE). Report paths are relative to it, as in a workflow\u2019s `with:`. Default: the current directory.',
  },
  json: {
    flag: true,
    description:
      'Print the result file\u2019s JSON (check: a JSON array of them) instead of the summary; for an action that writes none (planner), {"outputs": {...}}.',
  },
  help: { flag: true, description: 'This help.' },
};

/** check's options: [option, gate (null: every gate run), input]. */
const CHECK_OPTIONS = [
  ['component', null, 'component'],
  ['target', null, 'target-stage'],
  ['config', null, 'config'],
  ['path-map', null, 'path-map'],
  ['allow-no-data', null, 'allow-no-data'],
  ['coverage', 'coverage-gate', 'coverage-files'],
  ['tests', 'coverage-gate', 'test-results'],
  ['ruff', 'quality-gate', 'ruff-report'],
  ['pyright', 'quality-gate', 'pyright-report'],
  ['eslint', 'quality-gate', 'eslint-report'],
  ['tsc', 'quality-gate', 'tsc-report'],
  ['bandit', 'security-gate', 'bandit-report'],
  ['pip-audit', 'security-gate', 'pip-audit-report'],
  ['safety', 'security-gate', 'safety-report'],
  ['secrets', 'security-gate', 'secrets-report'],
  ['sarif', 'security-gate', 'sarif-files'],
];
const CHECK_GATES = ['coverage-gate', 'quality-gate', 'security-gate'];

/** Options that take one value: the others, given again, add a line (list inputs take one per line). */
const SINGLE = new Set([
  'root',
  'component',
  'target',
  'target-stage',
  'config',
  'github-token',
  'results-dir',
  'working-directory',
  'mode',
  'issue-number',
  'commit',
]);

function editDistance(a, b) {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}

function unknownOption(command, name, spec, source) {
  const valid = Object.keys(spec);
  const near = valid
    .map((v) => [v, editDistance(name, v)])
    .filter(([v, n]) => n <= Math.max(2, Math.floor(name.length / 3)) || v.startsWith(name) || name.startsWith(v))
    .sort((a, b) => a[1] - b[1]);
  const list = valid
    .filter((v) => !(v in GLOBAL))
    .map((v) => `--${v}`)
    .join(', ');
  const globals = Object.keys(GLOBAL)
    .map((v) => `--${v}`)
    .join(', ');
  return new UsageError(
    `${PROGRAM} ${command}: unknown option --${name}.${near.length ? ` Did you mean --${near[0][0]}?` : ''}\nValid options${source ? ` (${source})` : ''}: ${list}; and ${globals}.`,
    `Run \`${PROGRAM} ${command} --help\` for what each one means.`,
  );
}

/**
 * `--name value`, `--name=value`, bare `--flag` and `--no-flag` against a spec
 * {name: {flag?}}. A repeated option's values are joined with newlines (every list input
 * takes newline-separated values). Returns Map name → value.
 */
function parseOptions(command, argv, spec, source) {
  const values = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') {
      values.set('help', 'true');
      continue;
    }
    if (!arg.startsWith('--') || arg === '--')
      throw new UsageError(
        `${PROGRAM} ${command}: unexpected argument "${arg}": every value is given to an option (--name value).`,
        `Run \`${PROGRAM} ${command} --help\` for the options.`,
      );
    const eq = arg.indexOf('=');
    let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (!(name in spec) && name.startsWith('no-') && spec[name.slice(3)]?.flag && value === undefined) {
      name = name.slice(3);
      value = 'false';
    }
    const o = spec[name];
    if (!o) throw unknownOption(command, name, spec, source);
    if (value === undefined) {
      if (o.flag) value = argv[i + 1] === 'true' || argv[i + 1] === 'false' ? argv[++i] : 'true';
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
      else
        throw new UsageError(
          `${PROGRAM} ${command}: --${name} needs a value (--${name} ${o.value ?? '<value>'}).`,
          `Run \`${PROGRAM} ${command} --help\` for the options.`,
        );
    }
    if (o.flag && !['true', 'false'].includes(value))
      throw new UsageError(`${PROGRAM} ${command}: --${name} is true or false, not "${value}".`);
    if (values.has(name) && !o.flag) {
      if (SINGLE.has(name))
        throw new UsageError(
          `${PROGRAM} ${command}: --${name} is given twice ("${values.get(name)}", "${value}"); it takes one value.`,
          `Run \`${PROGRAM} ${command} --help\` for the options.`,
        );
      value = `${values.get(name)}\n${value}`;
    }
    values.set(name, value);
  }
  return values;
}

function rootOf(values) {
  const root = resolve(values.get('root') ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new UsageError(`--root ${values.get('root')}: no such folder.`);
  return root;
}

/** The commit checked out at `root`, for the result files (null outside a git checkout). */
function headCommit(root) {
  const r = spawnSync('git', ['rev-parse', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 5000,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return r.status === 0 && /^[0-9a-f]{40,64}$/.test(r.stdout.trim()) ? r.stdout.trim() : null;
}

function runnerEnv(root) {
  const sha = headCommit(root);
  return sha ? { GITHUB_SHA: sha } : {};
}

// ── Help ────────────────────────────────────────────────────────────────────────────────────

function wrap(text, indent, width = Math.min(process.stdout.columns || 100, 100)) {
  const out = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out.join('\n');
}

function columns(entries) {
  const w = Math.max(...entries.map(([h]) => h.length)) + 4;
  return entries.map(([head, text]) => `  ${head.padEnd(w - 2)}${wrap(text, ' '.repeat(w)).slice(w)}`).join('\n');
}

function optionLines(entries) {
  return entries.map(([head, text]) => `  ${head}\n${wrap(text, '      ')}`).join('\n');
}

function mainHelp(actions, t) {
  const cmds = [
    [
      'check',
      'Runs coverage-gate, quality-gate and security-gate on the evidence given, and prints each verdict, its criteria and a scorecard.',
    ],
    ...[...actions.values()].map((a) => [a.name, a.description]),
  ];
  return `${t.bold(`${PROGRAM}`)}: the maturity gates over local reports, before you push. The committed action
bundles (dist/) run exactly as on the GitHub runner, so the verdicts are the ones CI will give.

${t.bold('Usage')}
  ${PROGRAM} check --component <id> [--target staging|production] [--coverage <file>] [--tests <file>]
      [--ruff <file>] [--pyright <file>] [--eslint <file>] [--tsc <file>]
      [--bandit <file>] [--pip-audit <file>] [--safety <file>] [--secrets <file>] [--sarif <file>]
      [--config .github/maturity.yml] [--root .] [--json]
  ${PROGRAM} <action> [--<input> <value> ...] [--root .] [--json]
  ${PROGRAM} <action> --help        the action's inputs, from its action.yml

${t.bold('Commands')}
${columns(cmds)}

Paths are relative to --root (default: the current directory), as in a workflow's \`with:\`.
Locally github-token is empty and comment is false: nothing is posted to GitHub.
Exit codes: 0 every gate passed; 1 a gate failed or could not run; 2 a usage error.
`;
}

function checkHelp(actions, t) {
  const lines = CHECK_OPTIONS.map(([opt, gate, input]) => {
    const spec = actions.get(gate ?? 'coverage-gate')?.inputs[input];
    const where = gate ? `${gate}'s ${input}` : `${input} of every gate run`;
    const head = `--${opt}${spec && isBoolean(spec) ? '' : opt === 'target' ? ' staging|production' : gate ? ' <file>' : ' <value>'}${opt === 'component' ? '   (required)' : ''}`;
    const description =
      opt === 'component'
        ? 'The component (a key under components: in the config) whose bars apply.'
        : (spec?.description ?? '');
    return [head, `${where}: ${description}`];
  });
  return `${t.bold(`${PROGRAM} check`)}: runs the gates that have evidence given, with the same bars as CI:
coverage-gate with --coverage, quality-gate with any of --ruff/--pyright/--eslint/--tsc,
security-gate with any of --bandit/--pip-audit/--safety/--secrets/--sarif. Prints each gate's
verdict, criteria and failure message, then a one-line scorecard. Exit code 1 when a gate fails.

${t.bold('Options')} (descriptions from the actions' action.yml)
${optionLines(lines)}
${optionLines(Object.entries(GLOBAL).map(([k, o]) => [`--${k}${o.value ? ` ${o.value}` : ''}`, o.description]))}

Every other input of a gate: run it by name (\`${PROGRAM} coverage-gate --help\`).
`;
}

function actionHelp(a, t) {
  const inputs = Object.entries(a.inputs).map(([name, input]) => {
    const local = localDefault(name, input);
    const notes = [];
    if (input.required) notes.push('required');
    if (name === 'github-token') notes.push('default here: empty; the action\u2019s: the workflow token');
    else if (name === 'comment') notes.push(`default here: false; the action\u2019s: ${input.default ?? 'none'}`);
    else if (local !== undefined) notes.push(`default: ${local === '' ? '""' : local}`);
    return [
      `--${name} ${isBoolean(input) ? '<true|false>' : '<value>'}${notes.length ? `   (${notes.join('; ')})` : ''}`,
      input.description,
    ];
  });
  const required = Object.entries(a.inputs)
    .filter(([, i]) => i.required)
    .map(([n]) => ` --${n} <value>`)
    .join('');
  return `${t.bold(`${PROGRAM} ${a.name}`)}: ${a.title}
${wrap(a.description, '')}

${t.bold('Usage')}
  ${PROGRAM} ${a.name}${required} [--<input> <value> ...] [--root <dir>] [--json]

${t.bold('Inputs')} (from ${a.file}; each --<input> is the action's input of that name)
${optionLines(inputs)}

${t.bold('Outputs')}
${optionLines(Object.entries(a.outputs).map(([n, d]) => [n, d]))}

${t.bold('Options of the command line')}
${optionLines(Object.entries(GLOBAL).map(([k, o]) => [`--${k}${o.value ? ` ${o.value}` : ''}`, o.description]))}
`;
}

// ── Running ─────────────────────────────────────────────────────────────────────────────────

function readResult(run) {
  if (!run.resultFile) return null;
  try {
    return JSON.parse(readFileSync(run.resultFile, 'utf8'));
  } catch {
    return null;
  }
}

/** The runner's log lines of a run that say why it failed or could not run. */
function problems(run, gate) {
  const mine = run.annotations.filter((a) => a.message.startsWith(`${gate}: `));
  return { mine, others: run.annotations.length - mine.length };
}

const plainText = terminal({ color: false });

const STAGE = { development: 'Development', staging: 'Staging', production: 'Production' };

async function runAction(a, argv, t) {
  const spec = {};
  // Boolean inputs take a value (--comment false) or none (--allow-no-data: true).
  for (const [name, input] of Object.entries(a.inputs))
    if (!(name in GLOBAL)) spec[name] = { flag: isBoolean(input), value: '<value>' };
  Object.assign(spec, GLOBAL);
  const values = parseOptions(a.name, argv, spec, `the inputs in ${a.file}`);
  if (values.get('help') === 'true') {
    process.stdout.write(actionHelp(a, t));
    return 0;
  }
  const missing = Object.entries(a.inputs)
    .filter(([n, i]) => i.required && !values.get(n))
    .map(([n]) => n);
  if (missing.length) {
    throw new UsageError(
      `${PROGRAM} ${a.name}: ${missing.map((n) => `--${n}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} required: ${a.inputs[missing[0]].description}`,
      `Run \`${PROGRAM} ${a.name} --help\` for every input.`,
    );
  }
  const root = rootOf(values);
  const inputs = {};
  for (const [name, input] of Object.entries(a.inputs)) {
    const v = values.has(name) ? values.get(name) : localDefault(name, input);
    if (v !== undefined) inputs[name] = v;
  }
  const run = await runBundle({ action: a.name, inputs, root, env: runnerEnv(root) });
  if (values.get('json') === 'true') {
    const result = readResult(run);
    if (result) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (run.code === 0)
      process.stdout.write(`${JSON.stringify({ outputs: run.outputs }, null, 2)}\n`); // an action without a result file (planner)
    else {
      for (const n of run.annotations.filter((x) => x.level === 'error'))
        process.stderr.write(`${t.formatAnnotation(n)}\n`);
      if (run.stderr.trim()) process.stderr.write(`${run.stderr.trim()}\n`);
    }
    return run.code;
  }
  const blocks = [];
  if (run.summary.trim()) blocks.push(t.forTerminal(run.summary).trim());
  if (run.annotations.length) blocks.push(run.annotations.map(t.formatAnnotation).join('\n'));
  const shown = Object.entries(run.outputs).filter(([k]) => k !== 'result-file');
  const verdict = run.code === 0 ? t.green('passed (exit 0)') : t.red(`failed (exit ${run.code})`);
  blocks.push(
    [
      ...(shown.length ? [t.dim(`outputs: ${shown.map(([k, v]) => `${k}=${v || '""'}`).join('  ')}`)] : []),
      `${t.bold(a.name)} ${verdict}${run.resultFile ? t.dim(`; result file: ${run.resultFile}`) : ''}`,
      ...(run.stderr.trim() ? [t.dim(run.stderr.trim())] : []),
    ].join('\n'),
  );
  process.stdout.write(`${blocks.join('\n\n')}\n`);
  return run.code;
}

async function check(actions, argv, t) {
  const spec = {};
  for (const [opt, gate, input] of CHECK_OPTIONS) {
    const a = actions.get(gate ?? 'coverage-gate');
    spec[opt] = {
      flag: !!a?.inputs[input] && isBoolean(a.inputs[input]),
      value: opt === 'target' ? 'staging|production' : gate ? '<file>' : '<value>',
    };
  }
  Object.assign(spec, GLOBAL);
  const values = parseOptions('check', argv, spec, null);
  if (values.get('help') === 'true') {
    process.stdout.write(checkHelp(actions, t));
    return 0;
  }
  const component = values.get('component');
  if (!component)
    throw new UsageError(
      `${PROGRAM} check: --component is required: the component (a key under components: in the config) whose bars apply.`,
      `Run \`${PROGRAM} check --help\` for the options.`,
    );
  const target = values.get('target');
  const hint = `Run \`${PROGRAM} check --help\` for the options.`;
  if (target !== undefined && !['staging', 'production'].includes(target))
    throw new UsageError(`${PROGRAM} check: --target is staging or production, not "${target}".`, hint);
  if (values.has('tests') && !values.has('coverage'))
    throw new UsageError(
      `${PROGRAM} check: --tests needs --coverage: coverage-gate judges the test results together with a coverage report.`,
      hint,
    );
  const gates = CHECK_GATES.filter((g) => CHECK_OPTIONS.some(([opt, gate]) => gate === g && values.has(opt)));
  if (!gates.length) {
    const evidence = CHECK_OPTIONS.filter(([, g]) => g)
      .map(([o]) => `--${o}`)
      .join(', ');
    throw new UsageError(
      `${PROGRAM} check: no evidence given, so no gate to run. Give at least one of ${evidence}.`,
      `Run \`${PROGRAM} check --help\` for what each one means.`,
    );
  }
  for (const g of gates) if (!actions.has(g)) throw new Error(`${g} is not built (no dist/${g}/index.js)`);
  const root = rootOf(values);
  const env = runnerEnv(root);
  const runs = await Promise.all(
    gates.map((g) => {
      const a = actions.get(g);
      const inputs = {};
      for (const [name, input] of Object.entries(a.inputs)) {
        const v = localDefault(name, input);
        if (v !== undefined) inputs[name] = v;
      }
      for (const [opt, gate, input] of CHECK_OPTIONS)
        if ((gate === null || gate === g) && values.has(opt) && input in a.inputs) inputs[input] = values.get(opt);
      return runBundle({ action: g, inputs, root, env });
    }),
  );
  const results = runs.map(readResult);

  if (values.get('json') === 'true') {
    process.stdout.write(`${JSON.stringify(results.filter(Boolean), null, 2)}\n`);
    runs.forEach((run, i) => {
      if (results[i]) return;
      process.stderr.write(`${gates[i]}: no result file (exit ${run.code})\n`);
      for (const n of run.annotations.filter((x) => x.level === 'error'))
        process.stderr.write(`${t.formatAnnotation(n)}\n`);
    });
    return runs.some((r) => r.code !== 0) ? 1 : 0;
  }

  const out = [];
  runs.forEach((run, i) => {
    const gate = gates[i];
    const passed = run.code === 0;
    out.push(t.bold(`── ${gate} ${passed ? t.green('passed') : t.red('failed')}`), '');
    const head = run.summary.trim() ? summaryHead(run.summary) : '';
    if (head) out.push(t.forTerminal(head), '');
    const { mine, others } = problems(run, gate);
    // Warnings the summary already shows (> [!WARNING] blocks) are not repeated.
    const plain = plainText.forTerminal(head);
    const shown = mine.filter((a) => a.level === 'error' || !plain.includes(a.message.slice(gate.length + 2)));
    if (shown.length) out.push(...shown.map(t.formatAnnotation), '');
    if (!run.summary.trim() && run.stderr.trim()) out.push(t.dim(run.stderr.trim()), '');
    if (others)
      out.push(
        t.dim(
          `${others} annotation(s) on files not shown: \`${PROGRAM} ${gate} ...\` prints them with the whole summary${run.resultFile ? `; result file: ${run.resultFile}` : ''}`,
        ),
        '',
      );
    else if (run.resultFile) out.push(t.dim(`result file: ${run.resultFile}`), '');
  });
  const passedCount = runs.filter((r) => r.code === 0).length;
  const stage = results.find(Boolean)?.stage;
  const where = stage
    ? `${stage.current ? `${STAGE[stage.current] ?? stage.current} → ` : '→ '}${STAGE[stage.target] ?? stage.target}`
    : target
      ? `→ ${STAGE[target]}`
      : '';
  const each = runs
    .map((r, i) => `${r.code === 0 ? t.green('✔') : t.red('✘')} ${gates[i]} ${results[i]?.status ?? 'error'}`)
    .join('  ');
  const allPassed = passedCount === runs.length;
  out.push(
    `${t.bold('Scorecard')} ${component}${where ? ` ${where}` : ''}: ${allPassed ? t.green(`${passedCount} of ${runs.length} gates passed`) : t.red(`${passedCount} of ${runs.length} gates passed`)}  ${each}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return allPassed ? 0 : 1;
}

async function main(argv) {
  const t = terminal();
  const actions = loadActions();
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic === 'check') process.stdout.write(checkHelp(actions, t));
    else if (topic && actions.has(topic)) process.stdout.write(actionHelp(actions.get(topic), t));
    else if (topic)
      throw new UsageError(
        `${PROGRAM} help: no command "${topic}". Commands: check, ${[...actions.keys()].join(', ')}.`,
      );
    else (command === undefined ? process.stderr : process.stdout).write(mainHelp(actions, t));
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version}\n`);
    return 0;
  }
  if (command === 'check') return check(actions, rest, t);
  const a = actions.get(command);
  if (a) return runAction(a, rest, t);
  const names = ['check', ...actions.keys()];
  const near = names.find((n) => editDistance(command, n) <= 2);
  throw new UsageError(
    `${PROGRAM}: unknown command "${command}".${near ? ` Did you mean ${near}?` : ''} Commands: ${names.join(', ')}.`,
  );
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${e.hint}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`${PROGRAM}: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
