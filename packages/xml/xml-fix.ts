/** What to do about a report that is not well-formed XML. */
export function xmlFix(message: string): string {
  if (/truncated|ends/.test(message))
    return 'Regenerate the report: it is cut off (did the step that wrote it finish, or run out of disk space?).';
  if (/entit|DOCTYPE/.test(message)) return 'Write the report without a DOCTYPE or entity references.';
  return 'Regenerate the report: it is not well-formed XML.';
}
