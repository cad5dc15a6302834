// A stand-in for the GitHub CLI preinstalled on GitHub's runners, talking to GITHUB_API_URL with
// GH_TOKEN (or GITHUB_TOKEN). It knows `gh api` (-X, -f, -F, -H, --jq, --paginate) and
// `gh issue list` (--repo, --state, --label, --limit, --json, --jq); `--jq` runs the real jq,
// which runners have too. Anything else fails loudly instead of pretending.
import { spawnSync } from 'node:child_process';

const api = (process.env.GITHUB_API_URL ?? '').replace(/\/$/, '');
const token = process.env.GH_TOKEN ?? process.env.GITHUB_TOKEN ?? '';

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function takeOptions(args, spec) {
  const options = { _: [] };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const name = spec[flag];
    if (name === undefined) {
      if (arg.startsWith('-')) fail(`gh stand-in: unknown flag ${arg}`);
      options._.push(arg);
      continue;
    }
    if (name.endsWith('!')) {
      options[name.slice(0, -1)] = true;
      continue;
    }
    const value = inline ?? args[++index];
    if (value === undefined) fail(`gh stand-in: ${flag} needs a value`);
    (options[name] ??= []).push(value);
  }
  return options;
}

function typed(value) {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'null') return null;
  if (/^-?\d+$/.test(value)) return Number(value);
  return value;
}

async function request(method, url, body, headers = {}) {
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `token ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try {
      message = JSON.parse(text).message;
    } catch {}
    fail(`gh: ${message} (HTTP ${response.status})`);
  }
  return { data: text === '' ? null : JSON.parse(text), link: response.headers.get('link') ?? '' };
}

function output(data, jq) {
  if (!jq) {
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return;
  }
  const result = spawnSync('jq', ['-r', jq], { input: JSON.stringify(data), encoding: 'utf8' });
  if (result.error) fail(`gh stand-in: jq is needed for --jq: ${result.error.message}`);
  process.stdout.write(result.stdout);
  if (result.status !== 0) fail(result.stderr.trim());
}

async function apiCommand(args) {
  const options = takeOptions(args, {
    '-X': 'method',
    '--method': 'method',
    '-f': 'raw',
    '--raw-field': 'raw',
    '-F': 'field',
    '--field': 'field',
    '-H': 'header',
    '--header': 'header',
    '--jq': 'jq',
    '-q': 'jq',
    '--paginate': 'paginate!',
  });
  const path = options._[0];
  if (!path) fail('gh stand-in: gh api needs a path');
  const fields = {};
  for (const pair of options.raw ?? []) fields[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1);
  for (const pair of options.field ?? [])
    fields[pair.slice(0, pair.indexOf('='))] = typed(pair.slice(pair.indexOf('=') + 1));
  const method = (options.method?.at(-1) ?? (Object.keys(fields).length > 0 ? 'POST' : 'GET')).toUpperCase();
  const headers = Object.fromEntries(
    (options.header ?? []).map((header) => [
      header.slice(0, header.indexOf(':')).trim(),
      header.slice(header.indexOf(':') + 1).trim(),
    ]),
  );
  let url = `${api}/${path.replace(/^\//, '')}`;
  let body;
  if (method === 'GET') {
    const query = new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, String(value)]));
    if ([...query].length > 0) url += `${url.includes('?') ? '&' : '?'}${query}`;
  } else if (Object.keys(fields).length > 0) {
    body = fields;
  }
  if (!options.paginate) {
    output((await request(method, url, body, headers)).data, options.jq?.at(-1));
    return;
  }
  for (let pages = 0; url && pages < 100; pages += 1) {
    const { data, link } = await request(method, url, body, headers);
    output(data, options.jq?.at(-1));
    url = /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
  }
}

function issueFields(issue, fields) {
  const all = {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: String(issue.state).toUpperCase(),
    url: issue.html_url,
    labels: (issue.labels ?? []).map((label) => ({
      name: label.name,
      color: label.color,
      description: label.description ?? '',
    })),
    author: { login: issue.user?.login },
    createdAt: issue.created_at,
    updatedAt: issue.updated_at,
  };
  return Object.fromEntries(
    fields.map((field) => {
      if (!(field in all)) fail(`gh stand-in: unknown JSON field: "${field}"`);
      return [field, all[field]];
    }),
  );
}

async function issueList(args) {
  const options = takeOptions(args, {
    '--repo': 'repo',
    '-R': 'repo',
    '--state': 'state',
    '-s': 'state',
    '--label': 'label',
    '-l': 'label',
    '--limit': 'limit',
    '-L': 'limit',
    '--json': 'json',
    '--jq': 'jq',
    '-q': 'jq',
  });
  const repo = options.repo?.at(-1) ?? process.env.GITHUB_REPOSITORY;
  const limit = Number(options.limit?.at(-1) ?? 30);
  const query = new URLSearchParams({ state: options.state?.at(-1) ?? 'open', per_page: String(Math.min(100, limit)) });
  if (options.label) query.set('labels', options.label.join(','));
  const { data } = await request('GET', `${api}/repos/${repo}/issues?${query}`);
  const issues = data.filter((issue) => !issue.pull_request).slice(0, limit);
  if (!options.json) {
    for (const issue of issues)
      process.stdout.write(`${issue.number}\t${String(issue.state).toUpperCase()}\t${issue.title}\n`);
    return;
  }
  const fields = options.json
    .at(-1)
    .split(',')
    .map((field) => field.trim());
  output(
    issues.map((issue) => issueFields(issue, fields)),
    options.jq?.at(-1),
  );
}

const [command, sub, ...rest] = process.argv.slice(2);
if (!api) fail('gh stand-in: GITHUB_API_URL is not set');
if (command === 'api') await apiCommand([sub, ...rest].filter((arg) => arg !== undefined));
else if (command === 'issue' && sub === 'list') await issueList(rest);
else
  fail(
    `gh stand-in: 'gh ${[command, sub].filter(Boolean).join(' ')}' is not implemented; add it to tests/support/workflow-host/tools/gh.mjs`,
  );
