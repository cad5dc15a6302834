/** Renders a gate's criteria the same way in every summary and comment. Pure. */
import { STAGE_TITLES, type Stage } from '../core/stages.js';
import { worstFirst, type Criterion, type GateResult, type Status } from '../core/result/gate-result.js';
import { code, escapeText, linkUrl, table } from './markdown.js';

export const STATUS_ICON: Record<Status, string> = { pass: '✅', fail: '❌', 'no-data': '⚪', error: '⚠️' };
export const STATUS_WORD: Record<Status, string> = {
  pass: 'passed',
  fail: 'failed',
  'no-data': 'no data',
  error: 'error',
};

const COMPARATOR: Record<NonNullable<Criterion['comparator']>, string> = {
  '>=': '≥',
  '<=': '≤',
  '==': '=',
  '<': '<',
  '>': '>',
};

function singular(unit: string): string {
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  return unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

/** A value with its unit: percentages with two decimals (the figure is already rounded as the tool rounds it). */
export function formatValue(value: number | string, unit: string, exact = true): string {
  if (typeof value === 'string') return value;
  if (unit === '%') return `${exact ? value.toFixed(2) : String(value)}%`;
  if (unit === '') return String(value);
  // "1 finding", "3 findings": units are written in the plural.
  return `${value} ${value === 1 ? singular(unit) : unit}`;
}

export function formatMeasured(c: Criterion): string {
  if (c.measured === null) return `_${STATUS_WORD[c.status]}_`;
  return formatValue(c.measured, c.unit);
}

export function formatBar(c: Criterion): string {
  if (c.bar === null) return '';
  const v = formatValue(c.bar, c.unit, false);
  return c.comparator ? `${COMPARATOR[c.comparator]} ${v}` : v;
}

export function formatGap(c: Criterion): string {
  if (c.gap === undefined) return '';
  if (c.unit === '%') return `${c.gap.toFixed(2)} points`;
  return formatValue(c.gap, c.unit);
}

function evidenceCell(c: Criterion): string {
  return c.evidence
    .map((e) => {
      const label = e.file ? code(e.file) : e.tool ? escapeText(e.tool) : 'link';
      const tool = e.file && e.tool ? ` (${escapeText(e.tool)})` : '';
      return e.url && /^https?:\/\//.test(e.url) ? `[${label}](${linkUrl(e.url)})${tool}` : `${label}${tool}`;
    })
    .join('<br>');
}

function plainTable(criteria: readonly Criterion[]): string {
  const rows = worstFirst(criteria).map((c) => [
    STATUS_ICON[c.status],
    c.detail ? `${escapeText(c.title)}<br><sub>${escapeText(c.detail)}</sub>` : escapeText(c.title),
    formatMeasured(c),
    formatBar(c),
    formatGap(c),
    evidenceCell(c),
  ]);
  return table(['', 'Criterion', 'Measured', 'Bar', 'Short by', 'Evidence'], rows, ['c', 'l', 'r', 'r', 'r', 'l']);
}

/**
 * The criteria table. On a pull request (criteria marked `enforced: false`) the judged ones come
 * first, then the progress toward the target stage under its own heading, so nobody reads a red
 * cross there as the reason the check failed.
 */
export function criteriaTable(criteria: readonly Criterion[], target?: string): string {
  const judged = criteria.filter((c) => c.enforced !== false);
  const progress = criteria.filter((c) => c.enforced === false);
  if (progress.length === 0) return plainTable(criteria);
  const stage = target ? (STAGE_TITLES[target as Stage] ?? target) : 'the next stage';
  const head = judged.length
    ? `**What this change does** (judged)\n\n${plainTable(judged)}`
    : '_Nothing of this change is judged here._';
  return `${head}\n\n**Progress toward ${escapeText(stage)}** (shown, not enforced on pull requests)\n\n${plainTable(progress)}`;
}

export function gateTitle(
  gateTitleText: string,
  result: Pick<GateResult, 'status' | 'component' | 'stage' | 'scope'>,
): string {
  const target = STAGE_TITLES[result.stage.target as Stage] ?? result.stage.target;
  const who = result.component ? `${code(result.component)} ` : 'whole report, ';
  const currentTitle = result.stage.current
    ? (STAGE_TITLES[result.stage.current as Stage] ?? result.stage.current)
    : null;
  if (result.scope === 'change') {
    return `${STATUS_ICON[result.status]} ${gateTitleText}: ${who}this change${currentTitle ? ` (in ${currentTitle})` : ''}, progress toward ${target}`;
  }
  const current = currentTitle ? `${currentTitle} → ` : '→ ';
  return `${STATUS_ICON[result.status]} ${gateTitleText}: ${who}${current}${target} bars`;
}

/** One line per failing criterion: what fell short and by how much. */
export function shortfalls(criteria: readonly Criterion[]): string[] {
  return worstFirst(criteria)
    .filter((c) => c.enforced !== false && (c.status === 'fail' || c.status === 'error'))
    .map((c) => {
      if (c.status === 'error') return `${c.title}: ${c.detail ?? 'could not be measured'}`;
      const gap = formatGap(c);
      const over = c.comparator === '<=' || c.comparator === '<';
      if (over) return `${c.title}: ${formatMeasured(c)}, ${gap ? `${gap} over` : 'over'} the bar ${formatBar(c)}`;
      if (c.measured !== null && typeof c.measured === 'string')
        return `${c.title}: ${c.measured}${c.detail ? ` (${c.detail})` : ''}`;
      return `${c.title} is ${formatMeasured(c)}, ${gap ? `${gap} short of` : 'short of'} the bar ${formatBar(c)}`;
    });
}
