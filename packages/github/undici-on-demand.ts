/**
 * What the bundled libraries import from undici, loaded only when a run talks to GitHub.
 *
 * `@actions/core` imports `@actions/http-client` (for OIDC tokens, which no action here asks
 * for), and that imports undici's `ProxyAgent` at the top. ncc evaluates every static import
 * before the action starts, so every run of every action paid for undici: 900 KB of code,
 * 55–60 ms of a 180 ms start, measured (bench/README.md, "Cold start"). The build maps the bare
 * specifier `undici` here (`paths` in tsconfig.json, which ncc resolves for every module it
 * bundles, libraries included), and the real undici becomes a chunk beside the bundle, read
 * by `loadUndici()`.
 *
 * In jest `undici` is the package itself (jest does not read `paths`); in the bundles and for the
 * type checker it is this module.
 * tests/github/undici-on-demand.test.ts checks that every name a bundled library imports from
 * undici is exported here.
 */
import type * as Undici from 'undici/index.js';

type UndiciModule = typeof Undici;

let undici: UndiciModule | undefined;

/** Reads undici's chunk. */
export async function loadUndici(): Promise<UndiciModule> {
  undici ??= await import('undici/index.js');
  return undici;
}

/**
 * Imports a module that imports @actions/github, after undici: @actions/github makes its
 * default proxy agent while it loads (lib/utils.js), so undici must be there first. How the
 * GitHub client (lazy-client.ts) and the Projects client (promotion-report) are loaded.
 */
export async function withUndici<T>(load: () => Promise<T>): Promise<T> {
  await loadUndici();
  return load();
}

function loaded(what: string): UndiciModule {
  if (!undici) {
    throw new Error(
      `undici's ${what} was made before undici was loaded: import what imports @actions/github through withUndici()`,
    );
  }
  return undici;
}

/**
 * @actions/http-client makes one in `getAgentDispatcher()` when a proxy is set, synchronously,
 * while @actions/github loads and whenever octokit is made: after `withUndici()`. The
 * constructor returns undici's own instance, so callers get undici's class, not this stand-in.
 */
export class ProxyAgent {
  constructor(options: Undici.ProxyAgent.Options | string) {
    return new (loaded('ProxyAgent').ProxyAgent)(options);
  }
}

/** @actions/github's fetch for octokit (with the proxy's dispatcher). Async, so it loads undici itself. */
export async function fetch(...args: Parameters<UndiciModule['fetch']>): ReturnType<UndiciModule['fetch']> {
  return (await loadUndici()).fetch(...args);
}
