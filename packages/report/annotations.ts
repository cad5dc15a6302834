/**
 * Chooses which findings become annotations. GitHub shows 10 errors, 10 warnings and 10
 * notices per step (and 50 per job): spend them on what the pull request changed, worst
 * first; the full list goes to the summary and the result file. O(n log n).
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

export interface Selection {
  selected: Annotation[];
  omitted: Record<AnnotationLevel, number>;
}

export function selectAnnotations(all: readonly Annotation[], caps: Readonly<Record<AnnotationLevel, number>> = STEP_CAPS): Selection {
  const byLevel: Record<AnnotationLevel, Annotation[]> = { error: [], warning: [], notice: [] };
  for (const a of all) byLevel[a.level].push(a);
  const selected: Annotation[] = [];
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of ['error', 'warning', 'notice'] as const) {
    const list = byLevel[level];
    list.sort((a, b) => Number(!!b.changed) - Number(!!a.changed) || (b.weight ?? 0) - (a.weight ?? 0));
    selected.push(...list.slice(0, caps[level]));
    omitted[level] = Math.max(0, list.length - caps[level]);
  }
  return { selected, omitted };
}
