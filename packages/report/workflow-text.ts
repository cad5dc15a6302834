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
