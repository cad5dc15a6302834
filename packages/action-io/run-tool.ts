/**
 * Runs a checker (ruff, pyright, ESLint, tsc) and captures what it prints. These tools exit
 * non-zero when they find problems, so the exit code alone says little: a run is judged by
 * its output (see judgeToolRun), and a tool that crashed is an error, never a pass.
 */
import { getExecOutput } from '@actions/exec';

export interface ToolOutput {
  command: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function runToolCommand(command: string, cwd: string): Promise<ToolOutput> {
  try {
    const r = await getExecOutput(command, [], { cwd, ignoreReturnCode: true, silent: true });
    return { command, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    // The program could not be started (not installed, not on PATH).
    return { command, exitCode: 127, stdout: '', stderr: (e as Error).message };
  }
}

/** The last lines of a tool's stderr, for an error message. */
export function stderrTail(stderr: string, lines = 3): string {
  const kept = stderr.trim().split(/\r?\n/).slice(-lines).join(' | ');
  return kept.length > 500 ? `…${kept.slice(-500)}` : kept;
}
