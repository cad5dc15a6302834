/**
 * Markdown building blocks for summaries and comments. Anything that comes from outside
 * (file names from reports, test names, issue text) goes through `escapeText` or `code`, so
 * it cannot open a link, mention a person, inject HTML or break a table.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * What makes links and images (their brackets), emphasis, code spans, strikethrough and table
 * cells; a backslash escapes each. With the brackets escaped, `(`, `)` and `!` are inert.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g;

/** A `#` that would start a heading where the text begins a line (`- # x` is a heading in a list item). */
const LEADING_HASH = /^(\s*)#/;

/** Every CommonMark line ending (a lone `\r` ends a line as much as `\n` does). */
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * What GitHub would turn into a link on its own (GFM autolink literals: `https://…`, `www.…`,
 * e-mail addresses) or a mention or reference (`@user`, `#12`): broken with a zero-width space,
 * which a reader does not see.
 */
function defuseAutolinks(s: string): string {
  return s
    .replace(/@/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\b(www)\./gi, '$1\u200b.');
}

/**
 * Untrusted text as inert Markdown inline text: HTML-escaped, Markdown punctuation escaped
 * (links, images, emphasis, code spans, a leading `#` heading marker), @mentions, #references
 * and autolinks defused, every line ending flattened, table pipes escaped.
 */
export function escapeText(s: string): string {
  // Markdown punctuation is escaped before HTML escaping, so that the "#" of an entity it
  // writes (&#39;) is left alone.
  return escapeHtml(defuseAutolinks(s).replace(MARKDOWN_PUNCTUATION, '\\$&').replace(LEADING_HASH, '$1\\#')).replace(
    LINE_BREAK,
    ' ',
  );
}

/**
 * Untrusted text (a file name, a rule id, a package name) in a `<code>` span that is inert
 * under CommonMark and safe inside tables. Markdown still applies between `<code>` and
 * `</code>`, so HTML escaping is not enough: Markdown punctuation is escaped with backslashes
 * (rendered as the character itself), every line ending (a lone `\r` too) becomes a space,
 * `&` becomes `&amp;` (so `&#13;` in the text stays text), and autolinks are defused.
 */
export function code(s: string): string {
  const inert = escapeHtml(defuseAutolinks(s).replace(MARKDOWN_PUNCTUATION, '\\$&'))
    .replace(/\\\|/g, '&#124;')
    .replace(LINE_BREAK, ' ');
  return `<code>${inert}</code>`;
}

/**
 * A URL as a Markdown link destination: the characters that could end the destination or
 * start Markdown of their own (brackets, parentheses, angle brackets, quotes, spaces, line
 * endings) percent-encoded, so that the link goes where the URL says and nowhere else.
 */
export function linkUrl(url: string): string {
  return url.replace(/[\s()<>[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('l' | 'r' | 'c')[],
): string {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : align?.[i] === 'c' ? ':---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(sep), ...rows.map(line)].join('\n');
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** A section that can be dropped, last first, when the document is over its size limit. */
export interface Section {
  markdown: string;
  /** Higher stays longer. The head of a report (verdict, criteria) should be highest. */
  priority: number;
}

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * Joins sections within a size limit (GitHub: 1 MiB per step summary, 65,536 characters per
 * comment). Lowest-priority sections go first; a note says what was left out and where the
 * complete data is. Whatever still does not fit is cut at a line boundary.
 */
export function fitSections(
  sections: readonly Section[],
  limit: number,
  unit: 'bytes' | 'chars',
  note: (omitted: number) => string,
): string {
  const size = unit === 'bytes' ? byteLength : (s: string) => s.length;
  const kept = sections.map((s, i) => ({ ...s, i }));
  const render = (items: typeof kept, omitted: number) =>
    items.map((s) => s.markdown).join('\n\n') + (omitted ? `\n\n${note(omitted)}` : '');
  let omitted = 0;
  let text = render(kept, 0);
  while (size(text) > limit && kept.length > 1) {
    let drop = 0;
    for (let k = 1; k < kept.length; k++)
      if (kept[k]!.priority < kept[drop]!.priority || (kept[k]!.priority === kept[drop]!.priority && k > drop))
        drop = k;
    kept.splice(drop, 1);
    omitted++;
    text = render(kept, omitted);
  }
  if (size(text) <= limit) return text;
  const tail = `\n\n${note(omitted + 1)}`;
  let cut = text;
  while (size(cut) + size(tail) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.9)).replace(/\n[^\n]*$/, '');
  return cut + tail;
}

/** A job summary within GitHub's 1 MiB: empty sections dropped, then the lowest priorities. */
export function fitSummary(sections: readonly Section[], limitBytes: number): string {
  return fitSections(
    sections.filter((s) => s.markdown),
    limitBytes,
    'bytes',
    (n) => `_${n} section(s) left out to stay within GitHub's 1 MiB summary limit; the result file has everything._`,
  );
}

/** A pull request or issue comment within GitHub's 65,536 characters. */
export function fitComment(sections: readonly Section[], limitChars: number): string {
  return fitSections(
    sections.filter((s) => s.markdown),
    limitChars,
    'chars',
    (n) => `_${n} section(s) left out to fit in a comment; see the job summary._`,
  );
}

/** The line that ends every sticky comment: where the full report is. Empty without a run. */
export function runFooter(runUrl: string | null): string {
  return runUrl ? `<sub>[Full report in the job summary](${runUrl}) · updated on every run</sub>` : '';
}

export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024;
export const COMMENT_LIMIT_CHARS = 65_536 - 512;
