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
import { spawn } from 'node:child_process';

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
  const timeoutMs = bounds.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  const maxStdout = bounds.maxStdoutBytes ?? MAX_STDOUT_BYTES;
  return new Promise((resolve) => {
    const child = spawn(program, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = Buffer.alloc(0);
    let stopped: string | undefined;
    let graceTimer: NodeJS.Timeout | undefined;
    let exited: number | null = null;
    let done = false;
    const finish = (exitCode: number): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      resolve({
        command,
        exitCode,
        stdout: stopped ? '' : Buffer.concat(out).toString('utf8'),
        stderr: err.toString('utf8'),
        ...(stopped ? { stopped } : {}),
      });
    };
    const stop = (why: string): void => {
      if (stopped) return;
      stopped = why;
      signal(child.pid, 'SIGTERM', () => child.kill('SIGTERM'));
      graceTimer = setTimeout(() => signal(child.pid, 'SIGKILL', () => child.kill('SIGKILL')), KILL_GRACE_MS);
      // Exited already, but something it started still holds the pipes open: do not wait for it.
      if (exited !== null) finish(exited);
    };
    const timer = setTimeout(() => stop(`it ran longer than ${formatDuration(timeoutMs)}`), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      if (stopped) return;
      outBytes += chunk.length;
      if (outBytes > maxStdout) return stop(`it printed more than ${Math.round(maxStdout / 2 ** 20)} MB`);
      out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err = Buffer.concat([err, chunk]);
      if (err.length > STDERR_TAIL_BYTES) err = err.subarray(err.length - STDERR_TAIL_BYTES);
    });
    // The program could not be started (not installed, not on PATH).
    child.on('error', (e) => {
      err = Buffer.from(e.message);
      finish(127);
    });
    child.on('exit', (code, sig) => {
      exited = code ?? (sig ? 128 : 1);
      if (stopped) finish(exited);
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
