/**
 * What a run says on the way (github/codeql-action's Logger, reduced to what the actions use).
 * Steps take one instead of pushing into a caller's `warnings` array: they cannot forget to pass
 * a warning on, and the shell alone decides where each line goes.
 */
export interface Logger {
  /** Shown only with debug logging on. */
  debug(message: string): void;
  /** A line of the step's log. */
  info(message: string): void;
  /** Something the run carried on through that the user should know: shown in the summary and as a warning. */
  warning(message: string): void;
}

type Sink = (message: string) => void;
const ignore: Sink = () => {};

/**
 * The Logger an action's shell makes: debug and info lines go straight to the runner's log (the
 * sinks the shell gives, @actions/core's), warnings are kept for the job summary and published once
 * with the result, so their number is bounded by the step's annotation limit (action-io/publish.ts).
 */
export class RunLog implements Logger {
  readonly warnings: string[] = [];

  constructor(
    private readonly debugSink: Sink = ignore,
    private readonly infoSink: Sink = ignore,
  ) {}

  debug(message: string): void {
    this.debugSink(message);
  }

  info(message: string): void {
    this.infoSink(message);
  }

  warning(message: string): void {
    this.warnings.push(message);
  }
}
