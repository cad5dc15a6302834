/** Expands an input's glob patterns to report files; a pattern that matches nothing is an error. */
import type { GlobOptions } from 'tinyglobby';
import { isAbsolute, relative, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from './errors.js';

/** Splits a list input: newline- or comma-separated, blank entries ignored. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The files `patterns` match (tinyglobby). It is loaded on first use: most report inputs name
 * a file, which needs no glob, and a run that never globs does not pay for loading it.
 */
export async function globFiles(patterns: string | string[], options: GlobOptions): Promise<string[]> {
  const { globSync } = await import('tinyglobby');
  return globSync(patterns, options);
}

/**
 * Returns absolute paths of the files the patterns match under `root`, in a stable order,
 * without duplicates. Negated patterns (`!**\/vendor/**`) exclude.
 */
export async function expandReportGlobs(
  patterns: readonly string[],
  root: string,
  inputName: string,
): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const found = new Set<string>();
  for (const pattern of include) {
    const abs = isAbsolute(pattern) ? pattern : resolve(root, pattern);
    let matches: string[];
    if (existsSync(abs) && statSync(abs).isFile()) {
      matches = [abs];
    } else {
      const rel = isAbsolute(pattern) ? relative(root, pattern) : pattern;
      matches = await globFiles(rel.replace(/\\/g, '/'), {
        cwd: root,
        absolute: true,
        dot: true,
        ignore,
        onlyFiles: true,
      });
    }
    if (matches.length === 0) {
      throw new ConfigurationError(
        `"${pattern}" matches no file (looked in ${root})`,
        { at: inputName },
        'Check that the step producing the report ran, and that the path is relative to the repository root.',
      );
    }
    for (const m of matches.sort()) found.add(m);
  }
  return [...found];
}

function inside(file: string, dir: string): string | null {
  const rel = relative(dir, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.replace(/\\/g, '/') : null;
}

/**
 * The path to show a user: relative to the repository root when inside it; a report in the
 * runner's temporary folder as its place there (`maturity-reports/unit-coverage.xml`, the
 * artifact's own layout), never the runner's absolute path.
 */
export function displayPath(
  file: string,
  root: string,
  runnerTemp: string | undefined = process.env.RUNNER_TEMP,
): string {
  return inside(file, root) ?? (runnerTemp ? inside(file, runnerTemp) : null) ?? file;
}
