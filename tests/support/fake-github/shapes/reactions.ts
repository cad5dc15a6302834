/** The reaction rollup GitHub puts on issues and comments; the fake has no reactions yet, so all zero. */
export function emptyReactions(url: string): Record<string, unknown> {
  return {
    url,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}
