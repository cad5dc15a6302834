/**
 * The outline of a Markdown document, for evidence checks: its headings with whether a
 * section has content, and its fenced code blocks (a README's usage example). Parsed with
 * mdast-util-from-markdown, so headings inside code blocks or HTML comments do not count.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

export interface OutlineHeading {
  depth: number;
  text: string;
  line: number;
  /** Non-heading blocks between this heading and the next of the same or a higher level. */
  contentBlocks: number;
}

export interface Outline {
  headings: OutlineHeading[];
  /** Code blocks opened with ``` or ~~~ (indented code is not an example a reader can copy as such). */
  fencedCodeBlocks: number;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

export function markdownOutline(markdown: string): Outline {
  const tree: Root = fromMarkdown(markdown);
  const headings: OutlineHeading[] = [];
  let fencedCodeBlocks = 0;
  const open: OutlineHeading[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (open.length && open[open.length - 1]!.depth >= node.depth) open.pop();
      const h = {
        depth: node.depth,
        text: plainText(node).trim(),
        line: node.position?.start.line ?? 0,
        contentBlocks: 0,
      };
      headings.push(h);
      open.push(h);
      continue;
    }
    if (node.type === 'code') {
      const start = node.position?.start.offset;
      const opener = start === undefined ? '' : markdown.slice(start, start + 3);
      if (opener === '```' || opener === '~~~') fencedCodeBlocks++;
    }
    if (node.type !== 'html' || !/^<!--/.test(node.value)) for (const h of open) h.contentBlocks++;
  }
  return { headings, fencedCodeBlocks };
}

/** The first heading whose text starts with `title` (case and surrounding punctuation ignored). */
export function findHeading(outline: Outline, title: string): OutlineHeading | undefined {
  const want = title.trim().toLowerCase();
  return outline.headings.find((h) =>
    h.text
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .startsWith(want),
  );
}
