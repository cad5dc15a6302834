/**
 * Errors a user can fix: a bad input, config file or report. Each names the place (file,
 * line, column, key path or element) and what to do. The action's single catch prints them
 * as one annotation without a stack trace; anything else is a bug and says so.
 */

export interface Place {
  file?: string;
  line?: number;
  column?: number;
  /** A key path in a config file (`components.neo4j.paths`) or an element (`<line>`). */
  at?: string;
}

export class ConfigurationError extends Error {
  constructor(
    message: string,
    readonly place: Place = {},
    /** What the user should do about it. */
    readonly fix?: string,
  ) {
    super(message);
    this.name = 'ConfigurationError';
  }

  /** `file:line:column: at: message. fix` */
  describe(): string {
    const { file, line, column, at } = this.place;
    let where = file ?? '';
    if (file && line) where += `:${line}${column ? `:${column}` : ''}`;
    const head = [where, at].filter(Boolean).join(': ');
    const text = head ? `${head}: ${this.message}` : this.message;
    if (!this.fix) return text;
    return `${text.replace(/[.\s]*$/, '.')} ${this.fix}`;
  }
}

/** A report that cannot be read: malformed, truncated, empty, or not the format expected. */
export class ReportError extends ConfigurationError {
  /** Byte offset in the report, turned into line:column by the reader before it is shown. */
  offset?: number;

  constructor(message: string, place: Place & { offset?: number } = {}, fix?: string) {
    const { offset, ...rest } = place;
    super(message, rest, fix);
    this.name = 'ReportError';
    if (offset !== undefined) this.offset = offset;
  }
}
