/** How tests name the requests a fault, delay or assertion applies to. */

/** A string must equal the request path (no query); a RegExp is tested against it. */
export type PathPattern = string | RegExp;

export function matchesPath(pattern: PathPattern, path: string): boolean {
  if (typeof pattern === 'string') return pattern === path;
  pattern.lastIndex = 0; // a /g or /y RegExp would otherwise remember the previous match
  return pattern.test(path);
}

export function matchesMethod(wanted: string | undefined, method: string): boolean {
  return wanted === undefined || wanted.toUpperCase() === method;
}
