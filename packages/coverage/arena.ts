/**
 * Hands out small typed arrays as views into large shared blocks. A report of 10,000 files
 * needs ~40,000 small arrays; allocating each as its own ArrayBuffer costs more than parsing
 * the lines they hold. The blocks live as long as any file that uses them: as long as the
 * parsed report does. Blocks start small and double up to 1 MB, so that a report of one
 * small file (100,000 of them, each its own arena) does not hold a megabyte each.
 */
const BLOCK_BYTES = 1 << 20;
const FIRST_BLOCK_BYTES = 4096;

export class Arena {
  private block = new ArrayBuffer(0);
  private used = 0;

  private take(bytes: number): { buffer: ArrayBuffer; offset: number } {
    const aligned = (this.used + 3) & ~3;
    if (aligned + bytes > this.block.byteLength) {
      if (bytes > BLOCK_BYTES / 4) return { buffer: new ArrayBuffer(bytes), offset: 0 };
      const next = Math.min(BLOCK_BYTES, Math.max(FIRST_BLOCK_BYTES, this.block.byteLength * 2));
      this.block = new ArrayBuffer(Math.max(next, bytes));
      this.used = 0;
      return this.take(bytes);
    }
    this.used = aligned + bytes;
    return { buffer: this.block, offset: aligned };
  }

  uint8(length: number): Uint8Array {
    const { buffer, offset } = this.take(length);
    return new Uint8Array(buffer, offset, length);
  }

  int32(length: number): Int32Array {
    const { buffer, offset } = this.take(length * 4);
    return new Int32Array(buffer, offset, length);
  }
}
