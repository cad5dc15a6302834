/**
 * Transpiles the measuring child (bench/measure-once.ts) and the sources it imports into
 * bench/.data/js/, mirroring the repo's layout, so that children run on plain `node`.
 *
 * Why not run them with scripts/ts-loader.mjs like the rest of the tooling: the loader keeps a
 * TypeScript compiler and a loader thread in the process, tens of MB of RSS that the action
 * (which runs from its ncc bundle) never has. Peak RSS is one of the two targets, so it is
 * measured without that overhead. Transpiled the way the loader does (transpileModule: no
 * type checking), with source maps for bench/summarize-profile.ts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(REPO_ROOT, 'bench', '.data', 'js');

/** Relative specifiers of static imports, re-exports and dynamic imports. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Returns the compiled path of each entry (repo-relative .ts). Recompiled every run: sources change. */
export function compileForChild(...entries: string[]): string[] {
  rmSync(OUT_DIR, { recursive: true, force: true }); // no stale modules from an earlier layout
  const queue = entries.map((entry) => join(REPO_ROOT, entry));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(RELATIVE_IMPORT)) {
      const target = resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
      if (existsSync(target)) queue.push(target);
    }
    const out = join(OUT_DIR, relative(REPO_ROOT, file)).replace(/\.ts$/, '.js');
    const { outputText, sourceMapText } = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        sourceMap: true,
        verbatimModuleSyntax: false,
      },
    });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
    if (sourceMapText) writeFileSync(`${out}.map`, sourceMapText);
  }
  return entries.map((entry) => join(OUT_DIR, entry.replace(/\.ts$/, '.js')));
}
