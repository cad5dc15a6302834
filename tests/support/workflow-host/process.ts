/**
 * Runs one step's process: output read line by line through the workflow-command processor
 * (stdout and stderr both, as the runner does), kept masked and bounded, and a time limit
 * after which the whole process group is killed.
 */
import { spawn } from 'node:child_process';
import type { CommandProcessor } from './workflow-commands.js';

/** Logs kept per stream; beyond this the head and tail are kept. */
export const LOG_LIMIT = 256 * 1024;

export interface ProcessResult {
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Set when the program could not be started at all. */
  spawnError?: string;
}

export interface ProcessSpec {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  commands: CommandProcessor;
}

export function runProcess(spec: ProcessSpec): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(spec.file, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const stdout = new BoundedLog();
    const stderr = new BoundedLog();
    const feed = (log: BoundedLog) => {
      let partial = '';
      return {
        chunk: (chunk: Buffer) => {
          const lines = (partial + chunk.toString('utf8')).split('\n');
          partial = lines.pop() ?? '';
          for (const line of lines) log.add(spec.commands.line(line.replace(/\r$/, '')));
        },
        end: () => {
          if (partial !== '') log.add(spec.commands.line(partial));
          partial = '';
        },
      };
    };
    const out = feed(stdout);
    const err = feed(stderr);
    child.stdout.on('data', out.chunk);
    child.stderr.on('data', err.chunk);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, spec.timeoutMs);
    let spawnError: string | undefined;
    child.on('error', (error) => {
      spawnError = error.message;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      out.end();
      err.end();
      resolve({
        exitCode: spawnError === undefined ? code : null,
        timedOut,
        stdout: stdout.text(),
        stderr: stderr.text(),
        ...(spawnError === undefined ? {} : { spawnError }),
      });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Keeps the first and last LOG_LIMIT/2 characters of a log. */
class BoundedLog {
  private head = '';
  private tail: string[] = [];
  private tailLength = 0;
  private droppedLines = 0;

  add(line: string): void {
    const entry = `${line}\n`;
    if (this.head.length + entry.length <= LOG_LIMIT / 2) {
      this.head += entry;
      return;
    }
    this.tail.push(entry);
    this.tailLength += entry.length;
    while (this.tailLength > LOG_LIMIT / 2 && this.tail.length > 1) {
      this.tailLength -= this.tail.shift()?.length ?? 0;
      this.droppedLines += 1;
    }
  }

  text(): string {
    const gap = this.droppedLines > 0 ? `[... ${this.droppedLines} lines not kept ...]\n` : '';
    return this.head + gap + this.tail.join('');
  }
}
