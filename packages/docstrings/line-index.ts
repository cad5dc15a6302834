/**
 * Turns string positions into 1-based lines and columns, the way Python counts lines: `\n`,
 * `\r\n` and a lone `\r` each end a line (the parser treats all three as newlines, so the
 * lines we report are the lines it saw). Built once per file, answered by binary search, because
 * a scan asks for the line of every definition.
 */
export interface SourcePlace {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what a JavaScript string and GitHub annotations count). */
  column: number;
}

export class LineIndex {
  /** Position at which each line starts; lineStarts[0] is 0. */
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  lineOf(position: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= position) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  placeOf(position: number): SourcePlace {
    const line = this.lineOf(position);
    return { line, column: position - this.lineStarts[line - 1]! + 1 };
  }
}
