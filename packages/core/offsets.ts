/** Turns a byte offset in a file into a 1-based line and column (error paths only: it re-reads). */
import { createReadStream } from 'node:fs';

export async function lineColumnOfOffset(file: string, offset: number): Promise<{ line: number; column: number }> {
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  if (offset > 0) {
    for await (const chunk of createReadStream(file, {
      end: offset - 1,
      highWaterMark: 1 << 20,
    }) as AsyncIterable<Buffer>) {
      let i = chunk.indexOf(10);
      while (i !== -1) {
        line++;
        lineStart = pos + i + 1;
        i = chunk.indexOf(10, i + 1);
      }
      pos += chunk.length;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
