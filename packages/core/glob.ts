/** Glob matching of repository paths (component paths, coverage categories). */
import picomatch from 'picomatch';

export type PathMatcher = (path: string) => boolean;

export function compileGlobs(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return () => false;
  return picomatch(globs as string[], { dot: true });
}
