/**
 * The bundles map `undici` to packages/github/undici-on-demand.ts (tsconfig.json `paths`), so
 * undici loads only when a run talks to GitHub. Checked here: the stand-in behaves like undici
 * once loaded; it exports every name that a library we bundle imports from undici (a name it
 * lacked would be `undefined` in the bundle, found only behind a proxy); and no action's
 * bundle evaluates undici at start. Jest does not map `undici` (the nested CommonJS
 * @actions/http-client of @actions/github could not require the stand-in), so the bundle is
 * run behind a proxy in tests/integration/github-proxy-bundle.test.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// undici itself: the bare `undici` is the stand-in for the type checker (tsconfig.json `paths`).
import { ProxyAgent as RealProxyAgent } from 'undici/index.js';
import * as onDemand from '../../packages/github/undici-on-demand.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('undici on demand', () => {
  test('a ProxyAgent made before undici is loaded says what to do', () => {
    expect(() => new onDemand.ProxyAgent({ uri: 'http://127.0.0.1:9' })).toThrow(
      "undici's ProxyAgent was made before undici was loaded: import what imports @actions/github through withUndici()",
    );
  });

  test('withUndici() loads undici before the module it imports', async () => {
    const agent = await onDemand.withUndici(async () => new onDemand.ProxyAgent({ uri: 'http://127.0.0.1:9' }));
    expect(agent).toBeInstanceOf(RealProxyAgent);
    await (agent as unknown as RealProxyAgent).close();
  });

  test('once loaded, a ProxyAgent is undici’s own', async () => {
    await onDemand.loadUndici();
    const agent = new onDemand.ProxyAgent({ uri: 'http://127.0.0.1:9' });
    expect(agent).toBeInstanceOf(RealProxyAgent);
    await (agent as unknown as RealProxyAgent).close();
  });

  test('fetch loads undici itself and answers like it', async () => {
    const server = createServer((_req, res) => res.end('{"ok":true}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const reply = await onDemand.fetch(`http://127.0.0.1:${port}/x`);
      expect(reply.status).toBe(200);
      expect(await reply.json()).toEqual({ ok: true });
    } finally {
      server.close();
    }
  });
});

/** Where Node finds `name` from a package in `from`: its node_modules, then its ancestors'. */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The packages the bundles can contain: the production dependencies, transitively. */
function productionPackages(): string[] {
  const seen = new Set<string>();
  const visit = (dir: string): void => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const found = packageDir(name, dir);
      if (found && !seen.has(found)) {
        seen.add(found);
        visit(found);
      }
    }
  };
  visit(ROOT);
  return [...seen];
}

function* scriptsOf(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* scriptsOf(path);
    else if (entry.isFile() && /\.[cm]?js$/.test(entry.name)) yield path;
  }
}

/** The names a script takes from `undici`: `import { A, B as C }` and `x.A` of `x = require("undici")`. */
function undiciNamesIn(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']undici["']/g))
    names.push(...m[1]!.split(',').map((part) => part.trim().split(/\s+as\s+/)[0]!));
  for (const m of source.matchAll(
    /(?:import\s*\*\s*as\s+|(?:const|let|var)\s+)(\w+)\s*(?:from\s*|=\s*require\()["']undici["']/g,
  ))
    for (const use of source.matchAll(new RegExp(`\\b${m[1]}\\.(\\w+)`, 'g'))) names.push(use[1]!);
  if (/(?:import|require)\s*\(\s*["']undici["']/.test(source.replace(/=\s*require\(["']undici["']\)/g, '')))
    names.push('(the whole module)');
  return names.filter(Boolean);
}

describe('the names bundled libraries take from undici', () => {
  const importers = new Map<string, string[]>();
  for (const dir of productionPackages()) {
    if (dir.endsWith(join('node_modules', 'undici'))) continue;
    for (const file of scriptsOf(dir)) {
      const source = readFileSync(file, 'utf8');
      if (!source.includes('undici')) continue;
      const names = undiciNamesIn(source);
      if (names.length > 0) importers.set(file.slice(ROOT.length + 1), names);
    }
  }

  test('the libraries that import undici are found (@actions/http-client, @actions/github)', () => {
    const files = [...importers.keys()].join('\n');
    expect(files).toContain(join('@actions', 'http-client', 'lib', 'index.js'));
    expect(files).toContain(join('@actions', 'github', 'lib', 'internal', 'utils.js'));
  });

  test('undici-on-demand.ts exports every one of them', () => {
    const exported = new Set(Object.keys(onDemand));
    const missing = [...importers].flatMap(([file, names]) =>
      names.filter((n) => !exported.has(n)).map((n) => `${file}: ${n}`),
    );
    expect(missing).toEqual([]);
  });
});

test('no action’s bundle carries undici in the file it starts from', () => {
  const dist = join(ROOT, 'dist');
  const actions = readdirSync(dist).filter((name) => existsSync(join(dist, name, 'index.js')));
  expect(actions.length).toBeGreaterThanOrEqual(7);
  for (const name of actions) {
    const bundle = readFileSync(join(dist, name, 'index.js'), 'utf8');
    // An error code only undici's own source spells.
    expect({ name, carriesUndici: bundle.includes('UND_ERR_CONNECT_TIMEOUT') }).toEqual({ name, carriesUndici: false });
  }
});
