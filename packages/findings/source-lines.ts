/**
 * Line text of repository files, for fingerprints: each file is read once, on first use,
 * and only files that have findings are read. Files that are missing, binary or too large
 * give no text (the fingerprint then falls back to the message).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LineText } from './fingerprint.js';

const MAX_FILE_BYTES = 8 * 1024 * 1024;

export function checkoutLineText(root: string): LineText {
  const cache = new Map<string, string[] | null>();
  const load = (path: string): string[] | null => {
    try {
      const full = join(root, path);
      const size = statSync(full).size;
      if (size > MAX_FILE_BYTES) return null;
      const text = readFileSync(full, 'utf8');
      if (text.includes('\0')) return null;
      return text.split(/\r\n|\r|\n/);
    } catch {
      return null;
    }
  };
  return (path, line) => {
    let lines = cache.get(path);
    if (lines === undefined) {
      lines = load(path);
      cache.set(path, lines);
    }
    return lines?.[line - 1];
  };
}
