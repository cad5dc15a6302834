/**
 * Runs a checker (ruff, pyright, ESLint, tsc) and captures what it prints. These tools exit
 * non-zero when they find problems, so the exit code alone says little: a run is judged by
 * its output (see judgeToolRun), and a tool that crashed is an error, never a pass.
 *
 * Bounded: a command that runs past its time-out, or prints more than MAX_STDOUT_BYTES, is
 * stopped (its whole process group: `npx` starts the tool as a child), and the result says
 * which bound it hit; stderr keeps only its last STDERR_TAIL_BYTES. The command line is split
 * into words as @actions/exec splits it (quotes group words), and run without a shell.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface ToolOutput {
  command: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Set when the command was stopped: why (a time-out, too much output). */
  stopped?: string;
}

/** Far above any report these tools print for a repository (ruff's JSON for 100,000 findings is ~60 MB). */
export const MAX_STDOUT_BYTES = 256 * 2 ** 20;
const STDERR_TAIL_BYTES = 64 * 1024;
/** The default time-out, like a step's `timeout-minutes`. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 15 * 60_000;
/** After SIGTERM, how long a tool gets to exit before SIGKILL. */
const KILL_GRACE_MS = 5_000;

/** Splits a command line into words: whitespace separates, double or single quotes group, backslash escapes a quote inside double quotes. */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: '"' | "'" | null = null;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && line[i + 1] === '"') word += line[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      started = true;
    } else if (/\s/.test(c)) {
      if (started) words.push(word);
      word = '';
      started = false;
    } else {
      word += c;
      started = true;
    }
  }
  if (started) words.push(word);
  return words;
}

interface Bounds {
  timeoutMs: number;
  maxStdoutBytes: number;
}

export async function runToolCommand(command: string, cwd: string, bounds: Partial<Bounds> = {}): Promise<ToolOutput> {
  const [program, ...args] = splitCommandLine(command);
  if (!program) return { command, exitCode: 127, stdout: '', stderr: 'the command is empty' };
  const child = spawn(program, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it stops what it started (`npx` runs the tool as a child).
    detached: process.platform !== 'win32',
  });
  const captured = new Captured(command, bounds.maxStdoutBytes ?? MAX_STDOUT_BYTES);
  return waitBounded(child, captured, bounds.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS);
}

/** What a run printed: stdout whole up to its bound, the tail of stderr; and why it was stopped, if it was. */
class Captured {
  private readonly out: Buffer[] = [];
  private outBytes = 0;
  private err = Buffer.alloc(0);
  stopped: string | undefined;

  constructor(
    readonly command: string,
    readonly maxStdout: number,
  ) {}

  /** False (and the chunk dropped) when it takes stdout past the bound. */
  addStdout(chunk: Buffer): boolean {
    this.outBytes += chunk.length;
    if (this.outBytes > this.maxStdout) return false;
    this.out.push(chunk);
    return true;
  }

  addStderr(chunk: Buffer): void {
    this.err = Buffer.concat([this.err, chunk]);
    if (this.err.length > STDERR_TAIL_BYTES) this.err = this.err.subarray(this.err.length - STDERR_TAIL_BYTES);
  }

  /** The program could not be started: its error is all there is to say. */
  setStderr(text: string): void {
    this.err = Buffer.from(text);
  }

  /** A stopped run's stdout is dropped: part of a report would be read as the whole. */
  result(exitCode: number): ToolOutput {
    return {
      command: this.command,
      exitCode,
      stdout: this.stopped ? '' : Buffer.concat(this.out).toString('utf8'),
      stderr: this.err.toString('utf8'),
      ...(this.stopped ? { stopped: this.stopped } : {}),
    };
  }
}

/**
 * Captures the child's output until it ends, stopping it (SIGTERM, then SIGKILL after a grace
 * period) at the time-out or when its stdout passes the bound. Settles once, with the exit
 * code: 127 when it could not be started, 128 when a signal ended it.
 */
function waitBounded(
  child: ChildProcessByStdio<null, Readable, Readable>,
  captured: Captured,
  timeoutMs: number,
): Promise<ToolOutput> {
  return new Promise<ToolOutput>((resolve) => {
    let graceTimer: NodeJS.Timeout | undefined;
    let exited: number | null = null;
    let done = false;
    const finish = (exitCode: number): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      resolve(captured.result(exitCode));
    };
    const stop = (why: string): void => {
      if (captured.stopped) return;
      captured.stopped = why;
      signal(child.pid, 'SIGTERM', () => child.kill('SIGTERM'));
      graceTimer = setTimeout(() => signal(child.pid, 'SIGKILL', () => child.kill('SIGKILL')), KILL_GRACE_MS);
      // Exited already, but something it started still holds the pipes open: do not wait for it.
      if (exited !== null) finish(exited);
    };
    const timer = setTimeout(() => stop(`it ran longer than ${formatDuration(timeoutMs)}`), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      if (captured.stopped) return;
      if (!captured.addStdout(chunk)) stop(`it printed more than ${Math.round(captured.maxStdout / 2 ** 20)} MB`);
    });
    child.stderr.on('data', (chunk: Buffer) => captured.addStderr(chunk));
    // The program could not be started (not installed, not on PATH).
    child.on('error', (e) => {
      captured.setStderr(e.message);
      finish(127);
    });
    child.on('exit', (code, sig) => {
      exited = code ?? (sig ? 128 : 1);
      if (captured.stopped) finish(exited);
    });
    child.on('close', (code, sig) => finish(code ?? (sig ? 128 : 1)));
  });
}

/** Signals the child's whole process group (where there is one), else the child. */
function signal(pid: number | undefined, sig: NodeJS.Signals, fallback: () => void): void {
  try {
    if (pid !== undefined && process.platform !== 'win32') process.kill(-pid, sig);
    else fallback();
  } catch {
    fallback();
  }
}

function formatDuration(ms: number): string {
  return ms >= 60_000 ? `${Math.round((ms / 60_000) * 10) / 10} min` : `${Math.round(ms / 100) / 10} s`;
}

/** The last lines of a tool's stderr, for an error message. */
export function stderrTail(stderr: string, lines = 3): string {
  const kept = stderr.trim().split(/\r?\n/).slice(-lines).join(' | ');
  return kept.length > 500 ? `…${kept.slice(-500)}` : kept;
}
