/**
 * Records a stage change in a component's MATURITY.md (the seeds' template), as a person would:
 *   **Current Stage**: Production (promoted from Staging on 2026-11-21)
 *   **Last Updated**: 2026-11-21
 *   ## Promotion History / ### Promotions
 *   - **2026-11-21**: Promoted to Production (Issue [#42](https://github.com/o/r/issues/42))
 * A demotion (a change to a lower stage) is written the template's way:
 *   **Current Stage**: Staging (demoted from Production on 2026-12-10)
 *   ## Promotion History / ### Demotions
 *   - **2026-12-10**: Demoted to Staging (Reason: uptime 99.20% in 2026-11 below 99.5%, Issue #12)
 * and, given a promotion's evidence, the transition's checklist, Status and Current Coverage
 * (checklist-update.ts: boxes ticked from the verified criteria, never unticked; a demotion
 * leaves the checklists alone).
 * PURE: text in, text out. Only those places change; every other byte (line endings, the
 * trailing newline, other checklists, placeholders, other components' sections) is kept as it was.
 * The edits are made at the source offsets the Markdown parser reports, so what is rewritten is
 * exactly what `parseMaturityFile` reads. The result is parsed again and must read back as the
 * new stage. Applying the same change twice gives the same text.
 */
import type { Heading, List, RootContent } from 'mdast';
import { ConfigurationError } from '../core/errors.js';
import { isValidDate, maturityTree, parseMaturityFile, sectionNodes, text } from '../core/maturity/maturity-file.js';
import { STAGE_TITLES, stageIndex, type Stage, type TargetStage } from '../core/stages.js';
import type { ChecklistEvidence } from './checklist-criteria.js';
import { checklistReadBack, planChecklist, type ChecklistPlan } from './checklist-update.js';
import {
  applyEdits,
  code,
  endOf,
  findField,
  lineEnd,
  lineOf,
  lineStart,
  nextLine,
  padEmpty,
  startOf,
  type Edit,
  type Field,
} from './markdown-source.js';

export interface PromotionChange {
  to: Stage;
  from: Stage;
  /** The day of the promotion, YYYY-MM-DD. */
  date: string;
  /** The promotion request issue, if any. */
  issue?: number;
  /** Its web address; the history entry links to it. */
  issueUrl?: string;
  /** Who promoted (a login); named in the PR body lines, not written into the file. */
  by?: string;
  /** A demotion's reason, written as "Reason: …" (reduced to plain words: no commas, brackets or Markdown). */
  reason?: string;
  /**
   * What was verified for this promotion. With it, the transition's checklist is ticked from
   * it, and its Status and Current Coverage lines are brought up to date (checklist-update.ts).
   */
  evidence?: ChecklistEvidence;
}

export type { ChecklistEvidence } from './checklist-criteria.js';

export interface PromotionUpdate {
  markdown: string;
  /** One line per change made, for the pull request body; empty when the file already said it all. */
  changes: string[];
}

const DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** Where entries of one kind go: a list to append to, else the heading a new list goes under. */
interface HistoryTarget {
  list?: List;
  anchor: Heading;
}

interface HistoryPlace {
  /** Where the section's heading is (for the error message and the no-list case). */
  heading: Heading;
  /** Promotions: under `### Promotions` if there is one, else the section's own list. */
  promotions: HistoryTarget;
  /** Demotions: under `### Demotions` if there is one; absent when that heading must be made. */
  demotions?: HistoryTarget;
  /** Where a new `### Demotions` goes: after the Promotions subsection's last block. */
  demotionsAt: number;
  /** The depth a new subsection heading takes. */
  subDepth: number;
  /** Every list item in the section, to copy the file's entry style from. */
  items: string[];
}

/** The subsection under the heading matching `name` in `section`: its first list, and its nodes. */
function subsection(section: RootContent[], name: RegExp): { target: HistoryTarget; nodes: RootContent[] } | undefined {
  const at = section.findIndex((n) => n.type === 'heading' && name.test(text(n)));
  if (at < 0) return undefined;
  const anchor = section[at] as Heading;
  const after = section.slice(at + 1);
  const end = after.findIndex((n) => n.type === 'heading');
  const nodes = end < 0 ? after : after.slice(0, end);
  const list = nodes.find((n): n is List => n.type === 'list');
  return { target: { anchor, ...(list ? { list } : {}) }, nodes: [anchor, ...nodes] };
}

function findHistory(src: string, nodes: RootContent[]): HistoryPlace | undefined {
  const at = nodes.findIndex((n) => n.type === 'heading' && /promotion history/i.test(text(n)));
  if (at < 0) return undefined;
  const heading = nodes[at] as Heading;
  const section: RootContent[] = [];
  for (let i = at + 1; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === 'heading' && n.depth <= heading.depth) break;
    section.push(n);
  }
  const items = section
    .filter((n): n is List => n.type === 'list')
    .flatMap((l) => l.children.map((item) => src.slice(startOf(item), endOf(item))));
  const promoted = subsection(section, /^\s*promotions?\s*$/i);
  const demoted = subsection(section, /^\s*demotions?\s*$/i);
  const firstSub = section.findIndex((n) => n.type === 'heading');
  const ownList = (firstSub < 0 ? section : section.slice(0, firstSub)).find((n): n is List => n.type === 'list');
  const promotions: HistoryTarget = promoted?.target ?? { anchor: heading, ...(ownList ? { list: ownList } : {}) };
  // Without subsections, the section's one list is the whole log: demotions go there too.
  const demotions = demoted?.target ?? (promoted ? undefined : promotions);
  const blocks = (promoted?.nodes ?? [heading]).filter((n) => n.type !== 'thematicBreak');
  const subDepth = promoted ? promoted.target.anchor.depth : Math.min(6, heading.depth + 1);
  return {
    heading,
    promotions,
    ...(demotions ? { demotions } : {}),
    demotionsAt: endOf(blocks[blocks.length - 1]!),
    subDepth,
    items,
  };
}

interface EntryStyle {
  boldDate: boolean;
  /** `(Issue #12)` (the template's) or `([#12](url))`. */
  issueWord: boolean;
}

/** The style of the file's own entries; the seeds' MATURITY.md template when it has none. */
function entryStyle(items: string[]): EntryStyle {
  const entries = items.filter((s) => /(promoted|demoted)\s+to/i.test(s));
  const last = entries[entries.length - 1];
  const boldDate = last === undefined ? true : /^\S+\s+\*\*/.test(last) || /^\S+\s+__/.test(last);
  const linked = entries.some((s) => /\(\s*\[#\d+\]\(/.test(s));
  const worded = entries.some((s) => /Issue\s+(\[)?#/i.test(s));
  return { boldDate, issueWord: worded || !linked };
}

function issueNumber(change: PromotionChange): number | undefined {
  if (change.issue !== undefined) return change.issue;
  const fromUrl = change.issueUrl === undefined ? undefined : /\/(\d+)\/?$/.exec(change.issueUrl)?.[1];
  return fromUrl === undefined ? undefined : Number(fromUrl);
}

export function isDemotion(change: Pick<PromotionChange, 'from' | 'to'>): boolean {
  return stageIndex(change.to) < stageIndex(change.from);
}

/**
 * A reason as the history line can hold it and parseMaturityFile reads it back whole: plain
 * words, digits and `%.;:=/+-`; no comma or bracket (they end "Reason: …"), no Markdown.
 */
export function reasonText(reason: string): string {
  return reason
    .replace(/[^\p{L}\p{N} %.;:=/+-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200)
    .trim();
}

function entryText(change: PromotionChange, style: EntryStyle): string {
  const date = style.boldDate ? `**${change.date}**` : change.date;
  const n = issueNumber(change);
  const parts: string[] = [];
  const reason = isDemotion(change) && change.reason ? reasonText(change.reason) : '';
  if (reason) parts.push(`Reason: ${reason}`);
  if (n !== undefined) {
    const number = change.issueUrl ? `[#${n}](${change.issueUrl})` : `#${n}`;
    parts.push(style.issueWord || reason ? `Issue ${number}` : number);
  }
  const verb = isDemotion(change) ? 'Demoted' : 'Promoted';
  return `${date}: ${verb} to ${STAGE_TITLES[change.to]}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

function checkChange(change: PromotionChange, path: string): void {
  const where = { file: path };
  if (!isValidDate(change.date)) {
    throw new ConfigurationError(`the promotion date "${change.date}" is not a date (YYYY-MM-DD)`, {
      ...where,
      at: 'date',
    });
  }
  if (stageIndex(change.to) !== stageIndex(change.from) + 1 && !isDemotion(change)) {
    throw new ConfigurationError(
      `cannot promote from ${STAGE_TITLES[change.from]} to ${STAGE_TITLES[change.to]}: a promotion goes to the next stage`,
      where,
      'Promote one stage at a time (Development → Staging → Production).',
    );
  }
  if (change.issue !== undefined && (!Number.isInteger(change.issue) || change.issue < 1)) {
    throw new ConfigurationError(`issue ${change.issue} is not an issue number`, { ...where, at: 'issue' });
  }
}

/**
 * The edit that appends `entry` to its history list (in the list's own style), or starts the
 * list; a demotion in a file whose history has a Promotions subsection but no Demotions one
 * starts that subsection after the Promotions.
 */
function historyEdit(markdown: string, history: HistoryPlace, entry: string, demotion: boolean): Edit {
  const eol = markdown.includes('\r\n') ? '\r\n' : '\n';
  const target = demotion ? history.demotions : history.promotions;
  if (!target) {
    const at = history.demotionsAt;
    return { start: at, end: at, text: `${eol}${eol}${'#'.repeat(history.subDepth)} Demotions${eol}${eol}- ${entry}` };
  }
  const { list } = target;
  if (list) {
    const last = list.children[list.children.length - 1]!;
    const itemStart = startOf(last);
    const indent = markdown.slice(lineStart(markdown, itemStart), itemStart);
    const marker = /^(?:[-*+]|\d+[.)])/.exec(markdown.slice(itemStart))?.[0] ?? '-';
    const ordered = /^(\d+)([.)])$/.exec(marker);
    const nextMarker = ordered ? `${Number(ordered[1]) + 1}${ordered[2]}` : marker;
    const at = lineEnd(markdown, endOf(last));
    const gap = list.spread ? eol : '';
    return { start: at, end: at, text: `${eol}${gap}${indent.replace(/\S/g, ' ')}${nextMarker} ${entry}` };
  }
  // No list yet: start one under the heading, keeping a blank line before what follows.
  const at = lineEnd(markdown, endOf(target.anchor));
  const following = nextLine(markdown, at);
  const tail = following !== undefined && following.trim() !== '' ? eol : '';
  return { start: at, end: at, text: `${eol}${eol}- ${entry}${tail}` };
}

/** The component's nodes: the whole file's, or the section under the heading that names it. */
function componentNodes(markdown: string, path: string, section: string | undefined): RootContent[] {
  const root = maturityTree(markdown);
  if (!section) return root.children;
  const sub = sectionNodes(root, section);
  if (!sub) {
    throw new ConfigurationError(
      `no heading names "${section}", so its stage cannot be updated`,
      { file: path },
      `Add a heading for ${section} or fix the maturity-file.`,
    );
  }
  return sub;
}

/** Throws (our bug, nothing written) unless `out` reads back as the change recorded and the checklist as planned. */
function readBack(
  out: string,
  file: string,
  change: PromotionChange,
  hasUpdated: boolean,
  checklist: ChecklistPlan['expect'] | undefined,
): void {
  const [path, section] = file.split('#', 2) as [string, string | undefined];
  const after = parseMaturityFile(out, file);
  const kind = isDemotion(change) ? 'demoted' : 'promoted';
  const recorded =
    after.stage === change.to &&
    (kind === 'demoted' ? after.demotedFrom : after.promotedFrom) === change.from &&
    after.since === change.date &&
    (!hasUpdated || after.lastUpdated === change.date) &&
    after.history.some((h) => h.kind === kind && h.stage === change.to && h.date === change.date);
  if (!recorded) {
    throw new Error(
      `maturity-update: ${path} does not read back as ${STAGE_TITLES[change.to]} since ${change.date} after the update (stage ${after.stage ?? after.stageText}, since ${after.since}); nothing was written`,
    );
  }
  const wrong =
    checklist && checklistReadBack(out, componentNodes(out, path, section), change.to as TargetStage, checklist);
  if (wrong)
    throw new Error(
      `maturity-update: ${path} does not read back as planned after the update: ${wrong}; nothing was written`,
    );
}

/**
 * Whether the history already records this promotion; throws when the file says the component
 * is in neither stage of the change (or in the new one since another day).
 */
function checkCurrentStage(markdown: string, file: string, change: PromotionChange, stageField: Field): boolean {
  const before = parseMaturityFile(markdown, file);
  const kind = isDemotion(change) ? 'demoted' : 'promoted';
  const recorded = before.history.some((h) => h.kind === kind && h.stage === change.to && h.date === change.date);
  const alreadyThere = before.stage === change.to && (recorded || before.since === change.date);
  if (before.stage !== change.from && !alreadyThere) {
    const says = before.stage ? STAGE_TITLES[before.stage] : `"${before.stageText ?? ''}"`;
    throw new ConfigurationError(
      `says the Current Stage is ${says}, not ${STAGE_TITLES[change.from]}, so it cannot record a ${kind === 'demoted' ? 'demotion' : 'promotion'} from ${STAGE_TITLES[change.from]} to ${STAGE_TITLES[change.to]}`,
      { file: file.split('#', 1)[0]!, line: lineOf(markdown, stageField.start) },
      'Bring the file up to date with the component\u2019s real stage first.',
    );
  }
  return recorded;
}

/**
 * The Markdown of `file` (its repository path, possibly `path#component` for a file several
 * components share) with `change` recorded. Throws a ConfigurationError, changing nothing,
 * when the file lacks a `**Current Stage**:` line or a `## Promotion History` section, or
 * says the component is in neither stage of the change.
 */
export function applyPromotion(markdown: string, change: PromotionChange, file: string): PromotionUpdate {
  const [path, section] = file.split('#', 2) as [string, string | undefined];
  checkChange(change, path);
  const nodes = componentNodes(markdown, path, section);

  const stageField = findField(markdown, nodes, 'current stage');
  const updatedField = findField(markdown, nodes, 'last updated');
  const history = findHistory(markdown, nodes);
  const demotion = isDemotion(change);
  const missing = [
    ...(stageField ? [] : ['a "**Current Stage**:" line']),
    ...(history ? [] : ['a "## Promotion History" section']),
  ];
  if (!stageField || !history) {
    throw new ConfigurationError(
      `lacks ${missing.join(' and ')}${section ? ` under "${section}"` : ''}, so the ${demotion ? 'demotion' : 'promotion'} to ${STAGE_TITLES[change.to]} was not recorded`,
      { file: path },
      'Add the missing part as in the seeds\u2019 MATURITY.md template, then run the promotion again.',
    );
  }

  const recorded = checkCurrentStage(markdown, file, change, stageField);

  const edits: Edit[] = [];
  const changes: string[] = [];
  const stageText = `${STAGE_TITLES[change.to]} (${demotion ? 'demoted' : 'promoted'} from ${STAGE_TITLES[change.from]} on ${change.date})`;
  if (stageField.value !== stageText) {
    edits.push({ start: stageField.start, end: stageField.end, text: padEmpty(markdown, stageField) + stageText });
    const by = change.by ? ` (by @${change.by.replace(/^@/, '')})` : '';
    changes.push(`${path}: Current Stage ${code(stageField.value)} → ${code(stageText)}${by}`);
  }
  if (updatedField) {
    const old = updatedField.value;
    const date = DATE.exec(old);
    const value = date ? old.slice(0, date.index) + change.date + old.slice(date.index + date[0].length) : change.date;
    if (value !== old) {
      edits.push({ start: updatedField.start, end: updatedField.end, text: padEmpty(markdown, updatedField) + value });
      changes.push(`${path}: Last Updated ${code(old || '(empty)')} → ${code(value)}`);
    }
  }
  if (!recorded) {
    const entry = entryText(change, entryStyle(history.items));
    edits.push(historyEdit(markdown, history, entry, demotion));
    changes.push(`${path}: Promotion History + ${code(`- ${entry}`)}`);
  }
  const checklist =
    change.evidence && !demotion
      ? planChecklist(markdown, nodes, change.to as TargetStage, change.evidence, path)
      : undefined;
  if (checklist) {
    edits.push(...checklist.edits);
    changes.push(...checklist.changes);
  }

  const out = applyEdits(markdown, edits);

  readBack(out, file, change, updatedField !== undefined, checklist?.expect);
  return { markdown: out, changes };
}
