/**
 * A strict reader for the CSV that Python's `csv.writer` writes with its default `excel`
 * dialect (what Locust uses): comma separated, `"` quotes a field that holds a comma, a quote
 * or a line break, a quote inside a quoted field is doubled, rows end with `\r\n` (a bare `\n`
 * is accepted too). RFC 4180, without leniency: a stray quote, text after a closing quote or
 * an unclosed quote is an error at its line and column, never a guess.
 *
 * Hand-written rather than a dependency: the grammar is a dozen lines, and what a dependency
 * would not give is exactly what matters here (the line and column of every field, so that a
 * wrong value is reported where it is). The Locust reader checks headers and values itself.
 */
import { ReportError } from '../../core/errors.js';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  fields: string[];
  /** 1-based column where each field starts (on `line`, or on a later line for a field after a quoted line break). */
  columns: number[];
}

/**
 * Splits CSV text into rows. A byte-order mark is skipped; an empty last line is not a row;
 * any other empty line is an error (Python's writer never writes one).
 */
export function readCsv(text: string, file: string, fix: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i === 1 ? 1 : 0;
  const n = text.length;
  const fail = (message: string, at: number, atLine = line, atLineStart = lineStart): never => {
    throw new ReportError(message, { file, line: atLine, column: at - atLineStart + 1 }, fix);
  };

  while (i < n) {
    const rowStart = i;
    const rowLineStart = lineStart;
    const row: CsvRow = { line, fields: [], columns: [] };
    // One row: fields until an unquoted line break or the end of the text.
    for (;;) {
      row.columns.push(i - lineStart + 1);
      let value = '';
      if (text[i] === '"') {
        const openLine = line;
        const openLineStart = lineStart;
        const open = i;
        i++;
        for (;;) {
          if (i >= n)
            fail('a quoted field is not closed (the file ends inside it: truncated?)', open, openLine, openLineStart);
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') {
            line++;
            lineStart = i + 1;
          }
          value += c;
          i++;
        }
        const after = text[i];
        if (after !== undefined && after !== ',' && after !== '\n' && !(after === '\r' && text[i + 1] === '\n')) {
          fail('text follows the closing quote of a field (a quote inside a field must be doubled)', i);
        }
      } else {
        const start = i;
        while (i < n) {
          const c = text[i]!;
          if (c === ',' || c === '\n' || (c === '\r' && text[i + 1] === '\n')) break;
          if (c === '"') fail('a quote inside an unquoted field (the field should be quoted and the quote doubled)', i);
          if (c === '\r') fail('a carriage return that does not end a line', i);
          i++;
        }
        value = text.slice(start, i);
      }
      row.fields.push(value);
      if (i >= n) break;
      if (text[i] === ',') {
        i++;
        continue;
      }
      // A line break ends the row.
      i += text[i] === '\r' ? 2 : 1;
      line++;
      lineStart = i;
      break;
    }
    if (row.fields.length === 1 && row.fields[0] === '' && text[rowStart] !== '"') {
      if (i >= n) break; // the empty line after the last line break
      fail('an empty line inside the data', rowStart, row.line, rowLineStart);
    }
    rows.push(row);
  }
  return rows;
}
