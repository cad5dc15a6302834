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
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const c: Cursor = { text, file, fix, i: start, line: 1, lineStart: start };
  const rows: CsvRow[] = [];
  while (c.i < text.length) {
    const rowStart = c.i;
    const rowLineStart = c.lineStart;
    const row = readRow(c);
    if (row.fields.length === 1 && row.fields[0] === '' && text[rowStart] !== '"') {
      if (c.i >= text.length) break; // the empty line after the last line break
      fail(c, 'an empty line inside the data', rowStart, row.line, rowLineStart);
    }
    rows.push(row);
  }
  return rows;
}

/** Where the reader is in the text, and on which line (every field's column and every error's place come from it). */
interface Cursor {
  readonly text: string;
  readonly file: string;
  readonly fix: string;
  /** The offset of the next character to read. */
  i: number;
  line: number;
  /** The offset of the current line's first character. */
  lineStart: number;
}

function fail(c: Cursor, message: string, at: number, atLine = c.line, atLineStart = c.lineStart): never {
  throw new ReportError(message, { file: c.file, line: atLine, column: at - atLineStart + 1 }, c.fix);
}

/** One row: fields until an unquoted line break (consumed) or the end of the text. */
function readRow(c: Cursor): CsvRow {
  const row: CsvRow = { line: c.line, fields: [], columns: [] };
  for (;;) {
    row.columns.push(c.i - c.lineStart + 1);
    row.fields.push(c.text[c.i] === '"' ? quotedField(c) : plainField(c));
    if (c.i >= c.text.length) return row;
    if (c.text[c.i] === ',') {
      c.i++;
      continue;
    }
    // A line break ends the row.
    c.i += c.text[c.i] === '\r' ? 2 : 1;
    c.line++;
    c.lineStart = c.i;
    return row;
  }
}

/** A field in quotes, from its opening quote; it may hold commas, doubled quotes and line breaks. */
function quotedField(c: Cursor): string {
  const { text } = c;
  const openLine = c.line;
  const openLineStart = c.lineStart;
  const open = c.i;
  let value = '';
  c.i++;
  for (;;) {
    if (c.i >= text.length)
      fail(c, 'a quoted field is not closed (the file ends inside it: truncated?)', open, openLine, openLineStart);
    const ch = text[c.i]!;
    if (ch === '"') {
      if (text[c.i + 1] === '"') {
        value += '"';
        c.i += 2;
        continue;
      }
      c.i++;
      break;
    }
    if (ch === '\n') {
      c.line++;
      c.lineStart = c.i + 1;
    }
    value += ch;
    c.i++;
  }
  // After the closing quote: the field's end (a comma, a line break or the end of the text), nothing else.
  const after = text[c.i];
  if (after !== undefined && after !== ',' && after !== '\n' && !(after === '\r' && text[c.i + 1] === '\n')) {
    fail(c, 'text follows the closing quote of a field (a quote inside a field must be doubled)', c.i);
  }
  return value;
}

/** A field without quotes, up to a comma or a line break: it may hold neither a quote nor a lone carriage return. */
function plainField(c: Cursor): string {
  const { text } = c;
  const start = c.i;
  while (c.i < text.length) {
    const ch = text[c.i]!;
    if (ch === ',' || ch === '\n' || (ch === '\r' && text[c.i + 1] === '\n')) break;
    if (ch === '"') fail(c, 'a quote inside an unquoted field (the field should be quoted and the quote doubled)', c.i);
    if (ch === '\r') fail(c, 'a carriage return that does not end a line', c.i);
    c.i++;
  }
  return text.slice(start, c.i);
}
