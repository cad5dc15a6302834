import { logLine } from '../../packages/report/workflow-text.js';
import { jsonTooDeepAt } from '../../packages/core/json-text.js';

describe('log lines from untrusted text', () => {
  it.each(['bad gateway\n::add-mask::x', 'a\r::stop-commands::t', 'x\u2028::error::y', '::warning::at the start'])(
    '%j cannot start a workflow command',
    (text) => {
      const line = logLine(text);
      expect(line.split(/\r\n|\r|\n/)).toHaveLength(1);
      expect(line).not.toMatch(/^\s*::/);
    },
  );
});

describe('JSON nesting', () => {
  it('is found by a byte scan, outside strings only', () => {
    expect(jsonTooDeepAt('[[1]]', 1)).toBe(1);
    expect(jsonTooDeepAt('["[[[[[["]', 1)).toBe(-1);
    expect(jsonTooDeepAt('['.repeat(100_000) + ']'.repeat(100_000))).toBe(512);
  });
});
