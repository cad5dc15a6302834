/**
 * A register written only in prose (no ```` ```yaml accepted-risks ```` block) is refused:
 * the gate does not guess which findings a sentence accepts. To make the fix one paste, the
 * error carries a block drafted from what the prose says: one entry per risk it describes
 * (a table row, a list item, or a section), with the ids, rules (bandit test ids, CVE, GHSA,
 * PYSEC), files or packages, fingerprints, owners, approvers, severities and expiry dates the
 * text names. What the text does not say is left empty with a `TODO` comment, so that the
 * pasted entry is reported as incomplete (and accepts nothing) until someone fills it in.
 *
 * Pure: the Markdown text in, the block's text out (null when the prose names no risk).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isCalendarDate, REGISTER_BLOCK_INFO } from './register-format.js';

export interface DraftEntry {
  id: string | null;
  rule: string | null;
  /** Other rules the same text names (each needs its own entry). */
  otherRules: string[];
  fingerprint: string | null;
  path: string | null;
  justification: string | null;
  owner: string | null;
  approver: string | null;
  expires: string | null;
  severity: string | null;
}

const RULE_RES = [/\bB\d{3}\b/g, /\bCVE-\d{4}-\d{4,}\b/gi, /\bGHSA(?:-[0-9a-z]{4}){3}\b/gi, /\bPYSEC-\d{4}-\d+\b/gi];
const ID_RE = /\b(?!CVE-|GHSA-|PYSEC-|CWE-)[A-Z][A-Z0-9]*-\d+\b/;
const FINGERPRINT_RE = /\b[0-9a-f]{16}\b/;
const PATH_RE =
  /(?:^|[\s`'"(])((?:\.\/)?(?:[\w.*-]+\/)+[\w.*-]*[\w*](?:\.[A-Za-z0-9]+)?|[\w-]+\.(?:py|pyi|js|mjs|cjs|ts|tsx|ini|cfg|toml|txt|ya?ml|json|sh))(?=$|[\s`'"),;:])/;
/** `pkg:pyyaml`, `pyyaml==5.3.1`, `PyYAML 5.3.1` (a name and a dotted version). */
const PKG_RE = /\bpkg:[\w.@/-]+|\b([A-Za-z][\w.-]*)(?:\s*==\s*|@| v?)\d+\.\d+(?:\.\d+)*\b/g;
const NOT_PACKAGES = new Set([
  'version',
  'versions',
  'release',
  'python',
  'from',
  'to',
  'before',
  'after',
  'than',
  'since',
  'below',
  'above',
  'v',
]);
const HANDLE = '(@[A-Za-z0-9][\\w-]*(?:/[\\w-]+)?)';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string')
    return node.type === 'inlineCode' ? `\`${node.value}\`` : node.value;
  if ('children' in node)
    return (node.children as Nodes[]).map(textOf).join(node.type === 'list' || node.type === 'listItem' ? '\n' : '');
  return '';
}

function rulesIn(text: string): string[] {
  const out: string[] = [];
  for (const re of RULE_RES)
    for (const m of text.matchAll(re)) if (!out.some((r) => r.toLowerCase() === m[0].toLowerCase())) out.push(m[0]);
  return out;
}

/** `2027-03-31`, `2027/03/31`, `March 31, 2027`, `31 March 2027` as YYYY-MM-DD, or null. */
function dateAt(text: string): { date: string; index: number }[] {
  const out: { date: string; index: number }[] = [];
  const push = (y: string, m: number, d: string, index: number) => {
    const iso = `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (isCalendarDate(iso)) out.push({ date: iso, index });
  };
  for (const m of text.matchAll(/\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/g)) push(m[1]!, Number(m[2]), m[3]!, m.index);
  for (const m of text.matchAll(/\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/g)) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (month >= 0) push(m[3]!, month + 1, m[2]!, m.index);
  }
  for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/g)) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (month >= 0) push(m[3]!, month + 1, m[1]!, m.index);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The expiry: a date after "expires", "until", "valid through", "review by"...; else the only date. */
function expiryIn(text: string): string | null {
  const dates = dateAt(text);
  const keyword = /\b(expir\w*|until|till|through|valid|review\w*|revisit\w*|renew\w*|re-?evaluat\w*|deadline)\b/gi;
  for (const k of text.matchAll(keyword)) {
    const after = dates.find((d) => d.index >= k.index && d.index - k.index < 60);
    if (after) return after.date;
  }
  return dates.length === 1 ? dates[0]!.date : null;
}

function handleAfter(text: string, word: string): string | null {
  return new RegExp(`\\b${word}\\w*\\b[^@\\n]{0,30}?${HANDLE}`, 'i').exec(text)?.[1] ?? null;
}

function severityIn(text: string): string | null {
  const m = /\b(low|medium|high|critical)[- ]severity\b|\bseverity\b\W{0,3}(low|medium|high|critical)\b/i.exec(text);
  return (m?.[1] ?? m?.[2])?.toLowerCase() ?? null;
}

function pathIn(text: string, rule: string | null): string | null {
  const file = PATH_RE.exec(text)?.[1];
  if (file && !/^\d/.test(file) && !/^https?:/.test(file)) return file.replace(/^\.\//, '');
  if (rule && !/^B\d{3}$/.test(rule)) {
    for (const pkg of text.matchAll(PKG_RE)) {
      if (pkg[0].startsWith('pkg:')) return pkg[0];
      if (!NOT_PACKAGES.has(pkg[1]!.toLowerCase())) return `pkg:${pkg[1]!.toLowerCase()}`;
    }
  }
  return null;
}

function clean(text: string): string {
  return text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
}

/** An entry from one piece of prose; null when it names no rule, id or fingerprint. */
export function draftFromText(text: string, justification: string | null = null): DraftEntry | null {
  const rules = rulesIn(text);
  const id = ID_RE.exec(text)?.[0] ?? null;
  const fingerprint = FINGERPRINT_RE.exec(text)?.[0] ?? null;
  if (!rules.length && !id && !fingerprint) return null;
  const rule = rules[0] ?? null;
  const why = justification ?? clean(text);
  return {
    id,
    rule,
    otherRules: rules.slice(1),
    fingerprint: rule ? null : fingerprint,
    path: pathIn(text, rule),
    justification: why ? (why.length > 300 ? `${why.slice(0, 297)}...` : why) : null,
    owner: handleAfter(text, 'own'),
    approver: handleAfter(text, 'approv') ?? handleAfter(text, 'sign'),
    expires: expiryIn(text),
    severity: severityIn(text),
  };
}

// ---- tables (the parser has no GFM tables: a table is a paragraph of `|` lines) ---------------

function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

const COLUMN_KEYS: [RegExp, keyof DraftEntry | 'text'][] = [
  [/justif|rational|reason|why|mitigat/i, 'justification'],
  [/approv|sign/i, 'approver'],
  [/owner|respons|assignee/i, 'owner'],
  [/expir|until|review|valid|deadline/i, 'expires'],
  [/severity|level/i, 'severity'],
];

function draftsFromTable(source: string): DraftEntry[] | null {
  const lines = source.split('\n').filter((l) => l.trim());
  if (lines.length < 3 || !lines.every((l) => l.trim().startsWith('|')) || !/^\s*\|?\s*:?-{3,}/.test(lines[1]!))
    return null;
  const header = cells(lines[0]!);
  const out: DraftEntry[] = [];
  for (const line of lines.slice(2)) {
    const row = cells(line);
    const column = (key: keyof DraftEntry) => {
      const i = header.findIndex((h) => COLUMN_KEYS.some(([re, k]) => k === key && re.test(h)));
      return i >= 0 && row[i] ? row[i]! : null;
    };
    const draft = draftFromText(row.join(' | '), column('justification'));
    if (!draft) continue;
    const owner = column('owner');
    const approver = column('approver');
    const expires = column('expires');
    const severity = column('severity');
    if (owner) draft.owner = /@[\w-]/.test(owner) ? /@[\w/-]+/.exec(owner)![0] : owner;
    if (approver) draft.approver = /@[\w-]/.test(approver) ? /@[\w/-]+/.exec(approver)![0] : approver;
    if (expires) draft.expires = expiryIn(`expires ${expires}`) ?? draft.expires;
    if (severity && /^(low|medium|high|critical)$/i.test(severity)) draft.severity = severity.toLowerCase();
    out.push(draft);
  }
  return out;
}

// ---- sections ---------------------------------------------------------------------------

function sections(root: Root): { heading: string; nodes: RootContent[] }[] {
  const out: { heading: string; nodes: RootContent[] }[] = [{ heading: '', nodes: [] }];
  for (const node of root.children) {
    if (node.type === 'heading') out.push({ heading: textOf(node), nodes: [] });
    else if (node.type !== 'code' && node.type !== 'html') out[out.length - 1]!.nodes.push(node);
  }
  return out;
}

function draftsOfSection(markdown: string, s: { heading: string; nodes: RootContent[] }): DraftEntry[] {
  const out: DraftEntry[] = [];
  const prose: string[] = [];
  for (const node of s.nodes) {
    const src = node.position ? markdown.slice(node.position.start.offset, node.position.end.offset) : '';
    const table = node.type === 'paragraph' ? draftsFromTable(src) : null;
    if (table) out.push(...table);
    else if (node.type === 'list') {
      const items = node.children.map((item) => draftFromText(textOf(item)));
      if (items.filter(Boolean).length >= 2) out.push(...items.filter((d): d is DraftEntry => d !== null));
      else prose.push(textOf(node));
    } else prose.push(textOf(node));
  }
  if (out.length) return out;
  const body = clean(prose.join('\n'));
  const whole = draftFromText(`${s.heading}\n${prose.join('\n')}`, body || null);
  return whole ? [whole] : [];
}

/** The risks a prose register describes, in the order it describes them. */
export function draftEntries(markdown: string): DraftEntry[] {
  const root = fromMarkdown(markdown);
  return sections(root).flatMap((s) => draftsOfSection(markdown, s));
}

// ---- the block ----------------------------------------------------------------------------

const TODO: Record<'rule' | 'path' | 'justification' | 'owner' | 'approver' | 'expires', string> = {
  rule: "TODO: the tool's rule or advisory id (e.g. B101, CVE-2020-14343)",
  path: 'TODO: the file or glob it is in, or pkg:<name> for a dependency',
  justification: 'TODO: why the risk is acceptable',
  owner: 'TODO: who keeps an eye on it (e.g. "@alice")',
  approver: 'TODO: who approved it, someone other than the owner',
  expires: 'TODO: until when, YYYY-MM-DD (at most a year ahead)',
};

function field(key: keyof typeof TODO | 'severity' | 'fingerprint' | 'id', value: string | null, quote = true): string {
  if (value === null) return `  ${key}:  # ${TODO[key as keyof typeof TODO] ?? 'TODO'}`;
  return `  ${key}: ${quote ? JSON.stringify(value) : value}`;
}

function entryLines(d: DraftEntry, id: string): string[] {
  const lines = [`- id: ${JSON.stringify(id)}`];
  if (d.fingerprint) lines.push(field('fingerprint', d.fingerprint, false));
  else lines.push(field('rule', d.rule), field('path', d.path));
  if (d.otherRules.length) lines.push(`  # the text also names ${d.otherRules.join(', ')}: give each its own entry`);
  lines.push(
    field('justification', d.justification),
    field('owner', d.owner),
    field('approver', d.approver),
    field('expires', d.expires, false),
  );
  if (d.severity && d.severity !== 'low') lines.push(`  severity: ${d.severity}`);
  return lines;
}

/** The block to paste, drafted from the prose; null when the prose names no risk. */
export function draftRegisterBlock(markdown: string): string | null {
  const drafts = draftEntries(markdown);
  if (drafts.length === 0) return null;
  const used = new Set<string>();
  const body = drafts.flatMap((d, i) => {
    let id = d.id ?? `AR-${String(i + 1).padStart(3, '0')}`;
    for (let n = 2; used.has(id); n++) id = `${d.id ?? 'AR'}-${n}`;
    used.add(id);
    return [...(i ? [''] : []), ...entryLines(d, id)];
  });
  return ['```' + REGISTER_BLOCK_INFO, ...body, '```'].join('\n');
}
