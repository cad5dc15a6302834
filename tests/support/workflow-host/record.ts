/** Reading a RunRecord in tests: find jobs and steps, and say why a run failed. */
import type { JobRecord, RunRecord, StepRecord } from './types.js';

/** The first job whose name (as GitHub shows it) starts with `prefix`; throws with the names when none does. */
export function findJob(run: RunRecord, prefix: string): JobRecord {
  const job = run.jobs.find((candidate) => candidate.name.startsWith(prefix));
  if (!job)
    throw new Error(
      `no job named '${prefix}...' in run ${run.runId}; jobs: ${run.jobs.map((candidate) => candidate.name).join(', ') || '(none)'}`,
    );
  return job;
}

/** Every job whose name starts with `prefix` (matrix legs). */
export function findJobs(run: RunRecord, prefix: string): JobRecord[] {
  return run.jobs.filter((candidate) => candidate.name.startsWith(prefix));
}

/** The step with this name (as GitHub shows it) or id. */
export function findStep(job: JobRecord, name: string): StepRecord {
  const step = job.steps.find((candidate) => candidate.name === name || candidate.id === name);
  if (!step)
    throw new Error(
      `no step '${name}' in job '${job.name}'; steps: ${job.steps.map((candidate) => candidate.name).join(', ')}`,
    );
  return step;
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Which jobs and steps failed, with their errors and the tail of their output; '' when the run succeeded. */
export function describeFailure(run: RunRecord, tailLines = 20): string {
  if (run.conclusion === 'success') return '';
  const parts = [`run ${run.runId} (${run.workflow}, ${run.event}): ${run.conclusion}`];
  parts.push(...run.errors.map((error) => `  ${error}`));
  for (const job of run.jobs) {
    if (job.result !== 'failure') continue;
    parts.push(`job '${job.name}': failure`);
    parts.push(...job.errors.map((error) => `  ${error}`));
    for (const step of job.steps) {
      if (step.outcome !== 'failure') continue;
      parts.push(`  step '${step.name}' (${step.uses ?? 'run'}): ${step.errors.join('; ') || 'failed'}`);
      const output = [step.stderr, step.stdout]
        .filter((text) => text.trim() !== '')
        .map((text) => tail(text, tailLines))
        .join('\n--- stdout ---\n');
      if (output !== '')
        parts.push(
          output
            .split('\n')
            .map((line) => `    | ${line}`)
            .join('\n'),
        );
    }
  }
  return parts.join('\n');
}

/** Throws with describeFailure() unless the run succeeded. */
export function expectSuccess(run: RunRecord): RunRecord {
  if (run.conclusion !== 'success') throw new Error(describeFailure(run));
  return run;
}
