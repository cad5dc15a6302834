/** Writing what an input names never hangs on a special file, and never writes into /proc, /sys or /dev. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendFileSafely, writeFileSafely } from '../../packages/core/safe-write.js';

const dir = () => mkdtempSync(join(tmpdir(), 'safe-write-'));

describe('writeFileSafely', () => {
  it('writes a new file in a new folder, replaces a regular one, appends', () => {
    const path = join(dir(), 'a', 'b', 'index.html');
    writeFileSafely(path, 'one', 'input output-dir');
    writeFileSafely(path, 'two', 'input output-dir');
    appendFileSafely(path, '+3', 'input output-dir');
    expect(readFileSync(path, 'utf8')).toBe('two+3');
  });

  it('refuses a named pipe (where writeFileSync waits for a reader forever), also behind a link', () => {
    const d = dir();
    const fifo = join(d, 'index.html');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(d, 'link.html'));
    for (const path of [fifo, join(d, 'link.html')]) {
      expect(() => writeFileSafely(path, 'x', 'input output-dir')).toThrow(
        expect.objectContaining({
          name: 'ConfigurationError',
          message: `${path} is a named pipe (FIFO), not a file that can be written`,
          place: { at: 'input output-dir' },
        }),
      );
    }
  });

  it('refuses a folder as the file, and folders under /proc, /sys and /dev', () => {
    expect(() => writeFileSafely(tmpdir(), 'x', 'input sarif-output')).toThrow(
      /is a folder, not a file that can be written/,
    );
    for (const d of ['/proc/self', '/proc/self/fd/0', '/sys/kernel/x', '/dev/shm/maturity']) {
      expect(() => writeFileSafely(join(d, 'index.html'), 'x', 'input output-dir')).toThrow(
        /is under \/(proc|sys|dev), which holds kernel interfaces, not files/,
      );
    }
  });
});
