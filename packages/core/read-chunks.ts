/**
 * Reads a file (or the byte range [start, end) of it) in fixed-size chunks into two reused
 * buffers: the next chunk is read while the current one is processed, and nothing is
 * allocated per chunk (a read stream allocates a fresh buffer each time, which piles up
 * until the next GC). `onChunk` must not keep the chunk after it returns; copy what you need.
 *
 * A file that fits in one chunk (a regular file: its size is known) is read in one go with
 * blocking calls into a buffer shared by all such reads: 100,000 small reports through the
 * asynchronous path cost five thread-pool round trips and two 1 MB buffers each, which made
 * them minutes of waiting and garbage collection instead of seconds.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

export const CHUNK_BYTES = 1 << 20;

/** The buffer small files are read into, one at a time (reads of small files never overlap: they are synchronous). */
let smallBuffer: Buffer | null = null;

/** Reads a small regular file whole; false when it is not one (then the caller streams it). */
function readSmall(
  path: string,
  onChunk: (chunk: Buffer) => void,
  chunkBytes: number,
  start: number,
  end: number,
): boolean {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    const want = Math.min(stat.size, end) - start;
    if (!stat.isFile() || want > chunkBytes) return false;
    if (want <= 0) return true;
    if (!smallBuffer || smallBuffer.length < want) smallBuffer = Buffer.allocUnsafe(Math.max(want, 64 * 1024));
    let got = 0;
    for (let n = 1; got < want && n > 0; got += n) n = readSync(fd, smallBuffer, got, want - got, start + got);
    if (got > 0) onChunk(smallBuffer.subarray(0, got));
    return true;
  } finally {
    closeSync(fd);
  }
}

export async function forEachChunk(
  path: string,
  onChunk: (chunk: Buffer) => void,
  chunkBytes = CHUNK_BYTES,
  start = 0,
  end = Number.POSITIVE_INFINITY,
): Promise<void> {
  if (readSmall(path, onChunk, chunkBytes, start, end)) return;
  const handle = await open(path, 'r');
  try {
    let current = Buffer.allocUnsafe(chunkBytes);
    let spare = Buffer.allocUnsafe(chunkBytes);
    let position = start;
    const readAt = (into: Buffer, at: number) => handle.read(into, 0, Math.max(0, Math.min(chunkBytes, end - at)), at);
    let reading = readAt(current, position);
    for (;;) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) return;
      position += bytesRead;
      reading = readAt(spare, position);
      try {
        onChunk(current.subarray(0, bytesRead));
      } catch (e) {
        await reading.catch(() => undefined); // do not leave a read in flight on a closed handle
        throw e;
      }
      [current, spare] = [spare, current];
    }
  } finally {
    await handle.close();
  }
}
