/**
 * Chooses which findings become annotations. GitHub shows 10 errors, 10 warnings and 10
 * notices per step, and 50 per job: spend them on what the pull request changed, worst
 * first; the full list goes to the summary and the result file. O(n log n).
 *
 * The budget (planAnnotations): a step's own messages count against the same limits as its
 * findings, the failure message first (it is the one annotation that must never be dropped),
 * then warnings (folded into one when they would not fit), then findings in what is left. A step
 * also spends at most its share of the job's 50 (stepLimit): the share a workflow gives each gate
 * of a job that runs several (MATURITY_ANNOTATION_SHARE), and never more than the job has left
 * after the earlier steps of maturity-actions in it.
 */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
  /** On a line the pull request changed: shown first. */
  changed?: boolean;
  /** Larger is worse, within a level. */
  weight?: number;
}

export const STEP_CAPS: Readonly<Record<AnnotationLevel, number>> = { error: 10, warning: 10, notice: 10 };
/** What GitHub shows of a job's annotations. */
export const JOB_LIMIT = 50;
/** The most one step can have shown: 10 of each level. */
export const STEP_LIMIT = STEP_CAPS.error + STEP_CAPS.warning + STEP_CAPS.notice;
const LEVELS = ['error', 'warning', 'notice'] as const;

export interface Selection {
  selected: Annotation[];
  omitted: Record<AnnotationLevel, number>;
}

/** Up to `caps` per level and `total` in all, errors before warnings before notices. */
export function selectAnnotations(
  all: readonly Annotation[],
  caps: Readonly<Record<AnnotationLevel, number>> = STEP_CAPS,
  total = Infinity,
): Selection {
  const byLevel: Record<AnnotationLevel, Annotation[]> = { error: [], warning: [], notice: [] };
  for (const a of all) byLevel[a.level].push(a);
  const selected: Annotation[] = [];
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of LEVELS) {
    const list = byLevel[level];
    list.sort((a, b) => Number(!!b.changed) - Number(!!a.changed) || (b.weight ?? 0) - (a.weight ?? 0));
    const take = Math.max(0, Math.min(caps[level], total - selected.length));
    selected.push(...list.slice(0, take));
    omitted[level] = list.length - Math.min(take, list.length);
  }
  return { selected, omitted };
}

/** A step's own annotation: a warning, or the failure message. */
export interface StepMessage {
  level: AnnotationLevel;
  message: string;
}

export interface AnnotationPlan {
  /** The step's messages to emit before the findings (some folded into one when they would not fit). */
  messages: StepMessage[];
  findings: Annotation[];
  /** Findings left out, per level (they are in the summary and the result file). */
  omitted: Record<AnnotationLevel, number>;
  /** How many annotations the step emits, the final message included. */
  total: number;
}

/**
 * How many annotations a step may emit: its share (`share`, default every one GitHub shows of
 * a step), and no more than the job has left after `usedInJob` (what earlier steps emitted).
 */
export function stepLimit(o: { share: number | null; usedInJob: number }): number {
  return Math.max(0, Math.min(o.share ?? STEP_LIMIT, STEP_LIMIT, JOB_LIMIT - o.usedInJob));
}

/** The longest folded message: GitHub cuts annotation messages at 64 KB, people read far less. */
const FOLDED_CHARS = 1000;

function fold(level: AnnotationLevel, messages: readonly StepMessage[]): StepMessage {
  const joined = messages.map((m) => m.message).join(' · ');
  const text = joined.length > FOLDED_CHARS ? `${joined.slice(0, FOLDED_CHARS - 1)}…` : joined;
  return { level, message: `${messages.length} more ${level}s (all in the job summary): ${text}` };
}

/**
 * The step's annotations within `limit` and 10 per level: `final` (the failure or closing
 * message) always, then `messages` (folded into one per level when they would not fit), then
 * the findings in what is left.
 */
export function planAnnotations(o: {
  findings: readonly Annotation[];
  messages: readonly StepMessage[];
  final: StepMessage | null;
  limit: number;
}): AnnotationPlan {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  let total = 0;
  if (o.final) {
    used[o.final.level]++;
    total++;
  }
  const messages: StepMessage[] = [];
  for (const level of LEVELS) {
    const mine = o.messages.filter((m) => m.level === level);
    const room = Math.max(0, Math.min(STEP_CAPS[level] - used[level], o.limit - total));
    const kept =
      mine.length <= room ? mine : room > 0 ? [...mine.slice(0, room - 1), fold(level, mine.slice(room - 1))] : [];
    messages.push(...kept);
    used[level] += kept.length;
    total += kept.length;
  }
  const caps = {
    error: STEP_CAPS.error - used.error,
    warning: STEP_CAPS.warning - used.warning,
    notice: STEP_CAPS.notice - used.notice,
  };
  const { selected, omitted } = selectAnnotations(o.findings, caps, Math.max(0, o.limit - total));
  return { messages, findings: selected, omitted, total: total + selected.length };
}
