/**
 * Untrusted text in the step's log. The runner reads every line of stdout that starts with
 * `::` as a workflow command (`::add-mask::`, `::stop-commands::`, `::error::`); @actions/core
 * escapes the messages of the commands it writes, but `core.info` writes text as it is. A
 * server's error text with a line break, or a URL someone wrote, could then start a command of
 * its own. Log lines built from such text go through `logLine`.
 */

/** Every line ending the runner (or a terminal) would split on. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** One log line: line breaks shown as ⏎, and a `::` that would open the line defused. */
export function logLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ⏎ ').replace(/^(\s*):(?=:)/, '$1:\u200b');
}

/**
 * Untrusted text for a log line or a message: one line (a newline would let a server's message
 * start a workflow command), control characters and runs of white space as one space, and short
 * (cut at `max` characters with an ellipsis).
 */
export function oneLine(text: string, max = 300): string {
  // \p{Cc}: U+0000-U+001F and U+007F-U+009F, the control characters.
  const flat = text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
