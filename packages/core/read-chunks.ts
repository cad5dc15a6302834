/**
 * Reads a file (or the byte range [start, end) of it) in fixed-size chunks into two reused
 * buffers: the next chunk is read while the current one is processed, and nothing is
 * allocated per chunk (a read stream allocates a fresh buffer each time, which piles up
 * until the next GC). `onChunk` must not keep the chunk after it returns; copy what you need.
 */
import { open } from 'node:fs/promises';

export const CHUNK_BYTES = 1 << 20;

export async function forEachChunk(
  path: string,
  onChunk: (chunk: Buffer) => void,
  chunkBytes = CHUNK_BYTES,
  start = 0,
  end = Number.POSITIVE_INFINITY,
): Promise<void> {
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
