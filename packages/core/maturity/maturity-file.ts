/**
 * Reads a component's MATURITY.md (the seeds' template) with a real Markdown parser:
 *   **Current Stage**: Staging (promoted from Development on 2025-10-10)
 *   (or, after a demotion: Staging (demoted from Production on 2025-12-10))
 *   **Last Updated**: 2025-10-12   **Owner**: ...   **Functional Group**: ...
 *   ## Promotion History
 *   - **2025-10-07**: Promoted to Development
 *   - 2025-10-10: Promoted to Staging (Issue #12)
 *   - **2025-11-02**: Demoted to Development (Reason: ..., Issue #40)
 * A file shared by several components is addressed as `path/MATURITY.md#neo4j`: only the
 * section under the heading that names the component is read.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parseStage, type Stage } from '../stages.js';

export interface HistoryEntry {
  date: string;
  kind: 'promoted' | 'demoted';
  stage: Stage;
  issue?: number;
  reason?: string;
  /** 1-based line in the file. */
  line?: number;
}

export interface MaturityRecord {
  file: string;
  stage?: Stage;
  /** The Current Stage value as written. */
  stageText?: string;
  /** When the component entered its current stage (YYYY-MM-DD), from the stage line or the history. */
  since?: string;
  promotedFrom?: Stage;
  /** Set instead of promotedFrom when the stage line says "(demoted from Production on …)". */
  demotedFrom?: Stage;
  lastUpdated?: string;
  owner?: string;
  group?: string;
  history: HistoryEntry[];
  /** Things that could not be read (malformed dates, unknown stages), for the summary. Template placeholders are not warned about. */
  warnings: string[];
}

const DATE = /\b(\d{4}-\d{2}-\d{2})\b/;

/** A real calendar day written YYYY-MM-DD (2027-02-30 is not). */
export function isValidDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/**
 * A date the template left for a person to fill in: `YYYY-MM-DD`, `XXXX-XX-XX`, a date with
 * `XX` in it (`2025-10-XX`), or an angle-bracket placeholder (`<date>`). Files copied from the
 * seeds' template keep these until the first promotion; they mean "not filled in", which is
 * not worth a warning in every summary. A real but impossible date (2025-13-45) is not one.
 * Emphasis and trailing punctuation around the value (`**YYYY-MM-DD**:`, `2025-10-XX)`) are ignored.
 */
export function isDatePlaceholder(s: string): boolean {
  const t = s
    .trim()
    .replace(/^[*_`(]+/, '')
    .replace(/[*_`),.;:]+$/, '');
  if (/^<[^<>]*>$/.test(t)) return true;
  return /^[0-9XY]{4}-[0-9XM]{2}-[0-9XD]{2}$/i.test(t) && /[XYMD]/i.test(t);
}

/** The plain text of a node and its children. */
export function text(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(text).join('');
  return '';
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The nodes under the heading that names `section`, up to the next heading of the same or higher level. */
export function sectionNodes(root: Root, section: string): RootContent[] | undefined {
  const want = slug(section);
  const nodes = root.children;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type !== 'heading') continue;
    const s = slug(text(n));
    if (s === want || s.split('-').includes(want) || s.includes(want)) {
      const out: RootContent[] = [];
      for (let j = i + 1; j < nodes.length; j++) {
        const m = nodes[j]!;
        if (m.type === 'heading' && m.depth <= n.depth) break;
        out.push(m);
      }
      return out;
    }
  }
  return undefined;
}

/** `**Label**: value` pairs from a paragraph (one per line; the label may include the colon). */
function fields(p: Paragraph): Map<string, string> {
  const out = new Map<string, string>();
  const kids: PhrasingContent[] = p.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (k.type !== 'strong') continue;
    const label = text(k).replace(/:\s*$/, '').trim().toLowerCase();
    let value = '';
    for (let j = i + 1; j < kids.length; j++) {
      const n = kids[j]!;
      if (n.type === 'strong' || n.type === 'break') break;
      const t = text(n);
      const nl = t.indexOf('\n');
      if (nl >= 0) {
        value += t.slice(0, nl);
        break;
      }
      value += t;
    }
    out.set(label, value.replace(/^\s*:\s*/, '').trim());
  }
  return out;
}

function historyFromList(list: List, warnings: string[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const item of list.children as ListItem[]) {
    const t = text(item).replace(/\s+/g, ' ').trim();
    const m = /^(\S+?)\s*:?\s+(Promoted|Demoted)\s+to\s+([A-Za-z]+)(.*)$/i.exec(t.replace(/\*/g, ''));
    if (!m) continue;
    const date = DATE.exec(m[1]!)?.[1];
    const stage = parseStage(m[3]!);
    if (!date || !isValidDate(date)) {
      if (isDatePlaceholder(m[1]!)) continue;
      warnings.push(`history entry "${t.slice(0, 60)}" has no valid date (YYYY-MM-DD); ignored`);
      continue;
    }
    if (!stage) {
      warnings.push(`history entry "${t.slice(0, 60)}" names an unknown stage; ignored`);
      continue;
    }
    const rest = m[4] ?? '';
    const issue = /#(\d+)/.exec(rest)?.[1];
    const reason = /Reason:\s*([^,)]+)/i.exec(rest)?.[1]?.trim();
    out.push({
      date,
      kind: m[2]!.toLowerCase() === 'promoted' ? 'promoted' : 'demoted',
      stage,
      ...(issue ? { issue: Number(issue) } : {}),
      ...(reason ? { reason } : {}),
      line: item.position?.start.line,
    });
  }
  return out;
}

function findHistory(nodes: RootContent[], warnings: string[]): HistoryEntry[] {
  let inHistory = false;
  let depth = 0;
  const out: HistoryEntry[] = [];
  for (const n of nodes) {
    if (n.type === 'heading') {
      const h = n as Heading;
      if (/promotion history/i.test(text(h))) {
        inHistory = true;
        depth = h.depth;
        continue;
      }
      if (inHistory && h.depth <= depth) inHistory = false;
      continue;
    }
    if (inHistory && n.type === 'list') out.push(...historyFromList(n, warnings));
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The Markdown tree of a MATURITY.md (front matter allowed), with source positions. */
export function maturityTree(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
}

/** Parses MATURITY.md text. `file` may end in `#section` to read one component's section. */
export function parseMaturityFile(markdown: string, file: string): MaturityRecord {
  const [path, section] = file.split('#', 2) as [string, string | undefined];
  const root = maturityTree(markdown);
  const warnings: string[] = [];
  let nodes: RootContent[] = root.children;
  if (section) {
    const sub = sectionNodes(root, section);
    if (!sub) warnings.push(`no heading names "${section}" in ${path}; read the whole file`);
    else nodes = sub;
  }
  const record: MaturityRecord = { file, history: [], warnings };
  for (const n of nodes) {
    if (n.type !== 'paragraph') continue;
    const f = fields(n);
    const stageText = f.get('current stage');
    if (stageText !== undefined && record.stageText === undefined) {
      record.stageText = stageText;
      record.stage = parseStage(stageText);
      if (!record.stage) warnings.push(`Current Stage "${stageText}" is not Development, Staging or Production`);
      const from = /(promoted|demoted) from\s+([A-Za-z]+)\s+on\s+(\S+)/i.exec(stageText);
      if (from) {
        if (from[1]!.toLowerCase() === 'promoted') record.promotedFrom = parseStage(from[2]!);
        else record.demotedFrom = parseStage(from[2]!);
        const date = DATE.exec(from[3]!)?.[1];
        if (date && isValidDate(date)) record.since = date;
        else if (!isDatePlaceholder(from[3]!))
          warnings.push(
            `the ${from[1]!.toLowerCase() === 'promoted' ? 'promotion' : 'demotion'} date in "${stageText}" is not a date (YYYY-MM-DD)`,
          );
      }
    }
    const updated = f.get('last updated');
    if (updated && !record.lastUpdated) {
      const d = DATE.exec(updated)?.[1];
      if (d && isValidDate(d)) record.lastUpdated = d;
      else if (!isDatePlaceholder(updated.split(/\s/, 1)[0]!))
        warnings.push(`Last Updated "${updated.slice(0, 60)}" is not a date (YYYY-MM-DD)`);
    }
    if (f.has('owner') && !record.owner) record.owner = f.get('owner');
    if (f.has('functional group') && !record.group) record.group = f.get('functional group');
  }
  record.history = findHistory(nodes, warnings);
  if (!record.since && record.stage) {
    // The last entry into the current stage, by promotion or demotion.
    const entries = record.history.filter((h) => h.stage === record.stage);
    const last = entries[entries.length - 1];
    if (last) record.since = last.date;
  }
  if (record.stageText === undefined) warnings.push(`no "**Current Stage**:" line in ${path}`);
  return record;
}
