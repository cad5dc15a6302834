/**
 * Ticks the checklist of the transition a promotion records (`### Development → Staging` or
 * `### Staging → Production` in the seeds' MATURITY.md template) from the verified criteria,
 * and brings its `**Status**: X/N criteria met` and `**Current Coverage**: XX%` up to date.
 * PURE, and as careful as the rest of the MATURITY.md update: a box is ticked by replacing the
 * one character between its brackets, the two fields by replacing their values; every other
 * byte stays. A box a person ticked is never unticked. Which evidence ticks which box is
 * checklist-criteria.ts's table.
 */
import type { Heading, ListItem, RootContent } from 'mdast';
import { text } from '../core/maturity/maturity-file.js';
import type { TargetStage } from '../core/stages.js';
import { judgeItem, ruleFor, type ChecklistEvidence, type ItemVerdict } from './checklist-criteria.js';
import { code, findField, findFields, lineEnd, padEmpty, startOf, type Edit, type Field } from './markdown-source.js';

export const TRANSITION_TITLES: Record<TargetStage, string> = {
  staging: 'Development → Staging',
  production: 'Staging → Production',
};

const ARROW = String.raw`\s*(?:→|-->|->|⟶|⇒|=>|➔|➡\uFE0F?|\bto\b)\s*`;
/** The heading of each transition's checklist, as people write it (arrow or "to", any case). */
const TRANSITION_HEADINGS: Record<TargetStage, RegExp> = {
  staging: new RegExp(String.raw`\bdev(?:elopment)?${ARROW}staging\b`, 'i'),
  production: new RegExp(String.raw`\bstaging${ARROW}prod(?:uction)?\b`, 'i'),
};

/** A task item's first line: the list marker, blanks, then the box. */
const TASK = /^((?:[-*+]|\d{1,9}[.)])[ \t]+)\[([ xX])\](?=[ \t]|$)/;
/**
 * `X/7 criteria met`, `3 of 8 criteria met ✅`: count, separator, total, the words, a check mark.
 * The counts are short tokens, so a long line costs linear time.
 */
const CRITERIA_MET =
  /(?<![^\s([])([^\s/()[\]]{1,8})([ \t]*(?:\/|\bof\b)[ \t]*)(\S{1,8}?)([ \t]+criteria[ \t]+met\b)((?:[ \t]*(?:✅|✔|☑|:white_check_mark:|:heavy_check_mark:)\uFE0F?)?)/i;
/** The figure in a coverage value: `XX%`, `75%`, `75.5 %`, `?%`. */
const PERCENT = /(?<![\w?.,])(?:[\dX?]{1,6}(?:[.,][\dX?]{1,6})?|[?_-]{1,6})[ \t]*%/i;

export interface ChecklistItem {
  /** The item's text after the box, blanks collapsed. */
  text: string;
  checked: boolean;
  /** The offset of the character between the brackets. */
  box: number;
}

export interface Checklist {
  target: TargetStage;
  items: ChecklistItem[];
  /** `**Status**: X/N criteria met`, if the section has one. */
  status?: Field;
  /** `**Current Coverage**: XX%`, if the section has one. */
  coverage?: Field;
}

function taskItem(src: string, item: ListItem): ChecklistItem[] {
  const start = startOf(item);
  const m = TASK.exec(src.slice(start, lineEnd(src, start)));
  if (!m) return [];
  const first = item.children[0];
  const raw = first?.type === 'paragraph' ? text(first) : '';
  return [
    {
      text: raw
        .replace(/^\s*\[[ xX]\]\s*/, '')
        .replace(/\s+/g, ' ')
        .trim(),
      checked: m[2] !== ' ',
      box: start + m[1]!.length + 1,
    },
  ];
}

/** The checklist under the transition's heading among `nodes`, up to the next heading of its level or higher. */
export function findChecklist(src: string, nodes: readonly RootContent[], target: TargetStage): Checklist | undefined {
  const at = nodes.findIndex((n) => n.type === 'heading' && TRANSITION_HEADINGS[target].test(text(n)));
  if (at < 0) return undefined;
  const depth = (nodes[at] as Heading).depth;
  const section: RootContent[] = [];
  for (const n of nodes.slice(at + 1)) {
    if (n.type === 'heading' && n.depth <= depth) break;
    section.push(n);
  }
  const items = section.flatMap((n) => (n.type === 'list' ? n.children.flatMap((item) => taskItem(src, item)) : []));
  const status = findFields(src, section, 'status').find((f) => CRITERIA_MET.test(f.value));
  const coverage = findField(src, section, 'current coverage');
  return { target, items, ...(status ? { status } : {}), ...(coverage ? { coverage } : {}) };
}

export interface ChecklistPlan {
  edits: Edit[];
  /** One line per change made, for the pull request body. */
  changes: string[];
  /** What the section must read after the edits: each box, the Status and Coverage values. */
  expect: { checked: boolean[]; status?: string; coverage?: string };
}

/** `x`, or `X` when that is how the file ticks its boxes. */
function tickMark(src: string): string {
  return /\[X\]/.test(src) && !/\[x\]/.test(src) ? 'X' : 'x';
}

/** Text from the file for the pull request body: one line, at most 80 characters, as code. */
function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return code(one.length > 80 ? `${one.slice(0, 79)}…` : one);
}

/** At most 10 entries, then how many more: a long checklist does not make a long pull request body. */
function some(entries: string[]): string {
  const shown = entries.slice(0, 10).join('; ');
  return entries.length > 10 ? `${shown}; and ${entries.length - 10} more` : shown;
}

function tickLine(
  path: string,
  target: TargetStage,
  items: ChecklistItem[],
  verdicts: (ItemVerdict | null)[],
  checked: boolean[],
): string {
  const count = (by: ItemVerdict['by']) => verdicts.filter((v) => v?.tick && v.by === by).length;
  const parts: [number, string][] = [
    [count('verified'), 'from the verified criteria'],
    [count('not-applicable'), 'not applicable'],
    [count('declared'), 'declared by the requester'],
    [items.filter((i) => i.checked).length, 'ticked before'],
  ];
  const shown = parts.filter(([k]) => k > 0).map(([k, w]) => `${k} ${w}`);
  const how = shown.length === 1 && parts[0]![0] > 0 ? ` ${shown[0]!.replace(/^\d+ /, '')}` : ` (${shown.join(', ')})`;
  let line = `${path}: ${TRANSITION_TITLES[target]} checklist: ${checked.filter(Boolean).length} of ${items.length} items ticked${how}`;
  const na = items.flatMap((item, i) =>
    verdicts[i]?.tick && verdicts[i].notApplicable.length
      ? [`${quote(item.text)} (${verdicts[i].notApplicable.map(quote).join(', ')})`]
      : [],
  );
  if (na.length) line += `; does not apply: ${some(na)}`;
  const left = items.flatMap((item, i) =>
    checked[i] ? [] : [`${quote(item.text)} (needs ${verdicts[i]?.missing.join(', ')})`],
  );
  if (left.length) line += `; not ticked: ${some(left)}`;
  return line;
}

function statusEdit(list: Checklist, checked: boolean[]): { edit: Edit; value: string } | undefined {
  const field = list.status;
  if (!field || list.items.length === 0) return undefined;
  const met = checked.filter(Boolean).length;
  const all = met === list.items.length;
  const value = field.value.replace(
    CRITERIA_MET,
    (_m, _x: string, sep: string, _n: string, words: string, mark: string) =>
      `${met}${sep}${list.items.length}${words}${all ? mark || ' ✅' : ''}`,
  );
  return value === field.value ? undefined : { edit: { start: field.start, end: field.end, text: value }, value };
}

function coverageEdit(
  src: string,
  list: Checklist,
  coverage: number | null,
): { edit: Edit; value: string } | undefined {
  const field = list.coverage;
  if (!field || coverage === null || !Number.isFinite(coverage)) return undefined;
  const figure = `${coverage.toFixed(2)}%`;
  const value = PERCENT.test(field.value) ? field.value.replace(PERCENT, figure) : figure;
  if (value === field.value) return undefined;
  const pad = field.value === '' ? padEmpty(src, field) : '';
  return { edit: { start: field.start, end: field.end, text: pad + value }, value };
}

/**
 * The edits that tick `target`'s checklist in `nodes` (a file's, or one component's section)
 * from `evidence`; undefined when there is no such checklist.
 */
export function planChecklist(
  src: string,
  nodes: readonly RootContent[],
  target: TargetStage,
  evidence: ChecklistEvidence,
  path: string,
): ChecklistPlan | undefined {
  const list = findChecklist(src, nodes, target);
  if (!list) return undefined;
  const verdicts = list.items.map((item) =>
    item.checked ? null : judgeItem(target, item.text, ruleFor(target, item.text), evidence),
  );
  const checked = list.items.map((item, i) => item.checked || verdicts[i]?.tick === true);
  const mark = tickMark(src);
  const edits: Edit[] = list.items.flatMap((item, i) =>
    verdicts[i]?.tick ? [{ start: item.box, end: item.box + 1, text: mark }] : [],
  );
  const changes = edits.length ? [tickLine(path, target, list.items, verdicts, checked)] : [];
  const title = TRANSITION_TITLES[target];
  const expect: ChecklistPlan['expect'] = { checked };
  const status = statusEdit(list, checked);
  if (status) {
    edits.push(status.edit);
    expect.status = status.value;
    changes.push(`${path}: ${title} Status ${quote(list.status!.value)} → ${quote(status.value)}`);
  }
  const coverage = coverageEdit(src, list, evidence.coverage);
  if (coverage) {
    edits.push(coverage.edit);
    expect.coverage = coverage.value;
    changes.push(
      `${path}: ${title} Current Coverage ${quote(list.coverage!.value || '(empty)')} → ${quote(coverage.value)}`,
    );
  }
  return { edits, changes, expect };
}

/** What is wrong when the edited text does not read back as planned; undefined when it does. */
export function checklistReadBack(
  src: string,
  nodes: readonly RootContent[],
  target: TargetStage,
  expect: ChecklistPlan['expect'],
): string | undefined {
  const list = findChecklist(src, nodes, target);
  if (!list) return `the ${TRANSITION_TITLES[target]} checklist is gone`;
  const got = list.items.map((i) => i.checked);
  if (got.length !== expect.checked.length || got.some((c, i) => c !== expect.checked[i])) {
    return `the ${TRANSITION_TITLES[target]} boxes read [${got.join(', ')}], not [${expect.checked.join(', ')}]`;
  }
  if (expect.status !== undefined && list.status?.value !== expect.status)
    return `its Status reads "${list.status?.value ?? ''}", not "${expect.status}"`;
  if (expect.coverage !== undefined && list.coverage?.value !== expect.coverage)
    return `its Current Coverage reads "${list.coverage?.value ?? ''}", not "${expect.coverage}"`;
  return undefined;
}
