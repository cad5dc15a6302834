/**
 * Editing Markdown in place, at the source offsets the parser reports (mdast positions), so
 * every byte that is not rewritten is kept: line endings, spacing, the trailing newline. PURE.
 */
import type { Nodes, Paragraph, RootContent, Strong } from 'mdast';
import { text } from '../core/maturity/maturity-file.js';

/** A replacement of `src.slice(start, end)` by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function startOf(node: Nodes): number {
  const offset = node.position?.start.offset;
  if (offset === undefined) throw new Error('maturity-update: the Markdown parser gave no positions');
  return offset;
}

export function endOf(node: Nodes): number {
  const offset = node.position?.end.offset;
  if (offset === undefined) throw new Error('maturity-update: the Markdown parser gave no positions');
  return offset;
}

/** Where the line holding `offset` ends (before its \r\n or \n), or the end of the text. */
export function lineEnd(src: string, offset: number): number {
  const nl = src.indexOf('\n', offset);
  if (nl < 0) return src.length;
  return nl > offset && src[nl - 1] === '\r' ? nl - 1 : nl;
}

/** 1-based. */
export function lineOf(src: string, offset: number): number {
  let line = 1;
  for (let i = src.indexOf('\n'); i >= 0 && i < offset; i = src.indexOf('\n', i + 1)) line++;
  return line;
}

export function lineStart(src: string, offset: number): number {
  return src.lastIndexOf('\n', offset - 1) + 1;
}

/** The text after the line break that ends the line at `offset`, up to the next break. */
export function nextLine(src: string, offset: number): string | undefined {
  const nl = src.indexOf('\n', offset);
  if (nl < 0) return undefined;
  return src.slice(nl + 1, lineEnd(src, nl + 1));
}

export interface Field {
  /** The value's source range, without the `:` and surrounding blanks. */
  start: number;
  end: number;
  value: string;
}

/**
 * Every `**Label**: value` among the top-level paragraphs of `nodes` (as parseMaturityFile reads
 * them), in order: the value runs to the next bold label, hard break or line end.
 */
export function findFields(src: string, nodes: readonly RootContent[], label: string): Field[] {
  const out: Field[] = [];
  for (const n of nodes) {
    if (n.type !== 'paragraph') continue;
    const kids = (n as Paragraph).children;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (
        k.type !== 'strong' ||
        text(k as Strong)
          .replace(/:\s*$/, '')
          .trim()
          .toLowerCase() !== label
      )
        continue;
      const from = endOf(k);
      let to = Math.min(lineEnd(src, from), endOf(n));
      for (let j = i + 1; j < kids.length; j++) {
        const m = kids[j]!;
        if (m.type === 'strong' || m.type === 'break') {
          to = Math.min(to, startOf(m));
          break;
        }
      }
      const raw = src.slice(from, to);
      const lead = /^[ \t]*:?[ \t]*/.exec(raw)![0];
      const value = raw.slice(lead.length).replace(/[ \t]+$/, '');
      const start = from + lead.length;
      out.push({ start, end: start + value.length, value });
    }
  }
  return out;
}

/** The first `**Label**: value` among the top-level paragraphs of `nodes`. */
export function findField(src: string, nodes: readonly RootContent[], label: string): Field | undefined {
  return findFields(src, nodes, label)[0];
}

/** A space to put between `**Label**:` and a value written where there was none. */
export function padEmpty(src: string, field: Field): string {
  return field.start === field.end && !/[ \t]/.test(src[field.start - 1] ?? '') ? ' ' : '';
}

/** A Markdown code span for `s`, fenced with more backticks than it contains. */
export function code(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** `src` with `edits` (which must not overlap) made, back to front so offsets stay true. */
export function applyEdits(src: string, edits: readonly Edit[]): string {
  let out = src;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}
