/**
 * The accepted-risk register of the security gate: `SECURITY_FINDINGS_ACCEPTED_RISKS.md`, a
 * Markdown file for people that carries one fenced block for the gate:
 *
 *     ```yaml accepted-risks
 *     - id: AR-001                    # required, unique
 *       rule: B101                    # the tool's rule (bandit test id, CVE/GHSA/PYSEC id, SARIF ruleId)...
 *       path: src/app/store.py        # ...and a path or glob, or `pkg:<name>[@<version>]` for a dependency
 *       fingerprint: 3f2a9c0d1e4b5a6f # or instead: one finding's fingerprint (16 hex digits)
 *       tool: bandit                  # optional, narrows the match
 *       justification: "..."         # required
 *       owner: "@alice"               # required
 *       approver: "@bob"              # required, someone other than the owner
 *       expires: 2027-01-31           # required; still valid on that day (UTC)
 *       severity: low                 # optional: the highest severity it covers (default low)
 *       component: session-vault      # optional: the component it belongs to (a config id)
 *     ```
 *
 * Decisions:
 * - The block is found with a real Markdown parser (mdast): fences in HTML comments or inside
 *   other code blocks do not count; ``` and ~~~ fences, `yml` and any case of the language work.
 *   Exactly one block is expected; none, or several, is a ConfigurationError.
 * - A YAML syntax error is a ConfigurationError at the line in the Markdown file. A malformed
 *   entry is a RegisterProblem at the line where the entry starts, and only that entry is
 *   left out; the others still count. A duplicate key inside an entry is such a problem too.
 * - A duplicate `id`: the first entry stays, each later one is a problem (naming the first line).
 * - Owner and approver are the same person when equal ignoring case, spaces and a leading `@`.
 * - `expires` is a YYYY-MM-DD calendar date, quoted or not. A YAML timestamp (`!!timestamp`, or
 *   a plain date under `%YAML 1.1`) is accepted too and its date is taken as written (the yaml
 *   package would roll 2027-02-30 over to March 2nd; we refuse it instead).
 * - `component`, when the caller passes the config's component ids, must be one of them (a
 *   problem with a "did you mean" otherwise). Which component's run uses which entry is
 *   register-scope.ts's business.
 * - `id`, `fingerprint` and `rule` are taken as written even when YAML would read a number
 *   (`rule: 51457`, safety's numeric advisory ids; a fingerprint of digits, or `123e4567...`,
 *   which YAML reads as a float). `severity` is case-insensitive. Empty optional keys (`tool:`)
 *   count as absent.
 *
 * Matching (applyRiskRegister): an entry matches a finding when its fingerprint equals the
 * finding's, or its rule equals the finding's rule or one of its `aliases` (case-insensitive)
 * and its path matches: a glob (picomatch, dot files included, case-sensitive, a leading `./`
 * ignored) against `finding.path`, or `pkg:<name>` against `finding.pkg.name`
 * (case-insensitive; `pkg:<name>@<version>` also requires that version). `tool`, when given,
 * must equal the finding's tool (case-insensitive), whichever way the entry matches.
 *
 * Outcome: a finding is accepted by the first entry, in register order, that matches it, is
 * not expired and is allowed to accept it. Allowed means: the finding's severity is in the
 * policy's `acceptable-severities` (`info` counts as `low`, which the config cannot name) and
 * not above the entry's `severity`. A finding without a severity is treated as `high`.
 * Entries are judged independently of one another: an expired entry that matches any finding
 * is listed in `expired` (the gate fails on it) even when another entry accepts that finding,
 * so an expired acceptance must be renewed or removed. `disallowed` explains findings left
 * unaccepted only (a refusal is not listed when another entry accepts the finding). An
 * unexpired entry that matches nothing is `stale`; an expired one that matches nothing is
 * `expiredUnused` (nothing to fail on: the finding is gone; the entry can be removed).
 *
 * Pure: no file access, no clock (the caller passes `today`).
 */
import type { Code, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import picomatch from 'picomatch';
import { isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { yamlToJs } from '../core/yaml-bounded.js';
import * as z from 'zod';
import { closest } from '../core/config/load-config.js';
import { ConfigurationError } from '../core/errors.js';
import { SEVERITIES, type Severity } from './finding.js';
import {
  isCalendarDate,
  parsePkg,
  REGISTER_BLOCK_INFO,
  REGISTER_FILE,
  stripDotSlash,
  utcDate,
} from './register-format.js';
import { draftRegisterBlock } from './register-draft.js';

export { isCalendarDate, REGISTER_BLOCK_INFO, REGISTER_FILE, utcDate };

/** What a register block looks like, for error messages and documentation. */
export const REGISTER_EXAMPLE = [
  '```yaml accepted-risks',
  '- id: AR-001',
  '  rule: B101',
  '  path: src/components/session_vault/store.py',
  '  tool: bandit',
  '  justification: "the assert only guards a developer invariant"',
  '  owner: "@alice"',
  '  approver: "@bob"',
  '  expires: 2027-01-31',
  '  severity: low',
  '```',
].join('\n');

export interface RiskEntry {
  id: string;
  /** 16 hex digits, lower case. */
  fingerprint?: string;
  rule?: string;
  /** A repository path or glob, or `pkg:<name>[@<version>]`. */
  path?: string;
  tool?: string;
  /** As written (untrusted text: escape it when rendering). */
  justification: string;
  owner: string;
  approver: string;
  /** YYYY-MM-DD; the entry is still valid on that day (UTC). */
  expires: string;
  /** The highest severity this acceptance covers (default low). */
  severity: Severity;
  /** The component (a config id) the entry belongs to, when it says. */
  component?: string;
  /** 1-based line in the register file where the entry starts. */
  line: number;
}

/** A malformed entry: reported, never thrown; the entry is left out. */
export interface RegisterProblem {
  /** The entry's id when it has a usable one. */
  entryId: string | null;
  /** 1-based line in the register file where the entry starts. */
  line: number;
  message: string;
  /** The key the (first) problem is about, when it is about one. */
  field?: string;
  /** The line of that key, when it is in the entry. */
  fieldLine?: number;
}

export interface RiskRegister {
  file: string;
  entries: RiskEntry[];
  problems: RegisterProblem[];
  /** The line of the block's opening fence. */
  blockLine?: number;
}

// ---- parsing ----------------------------------------------------------------------------

const nonBlank = (what: string) => z.string().refine((s) => s.trim() !== '', { message: `${what} must not be empty` });
const optionalText = z.string().trim().min(1).nullish();

const entrySchema = z
  .strictObject({
    id: z.string().trim().min(1),
    fingerprint: z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{16}$/, { message: 'a fingerprint is 16 hexadecimal digits, as in the result file' })
      .nullish(),
    rule: z.string().trim().min(1).nullish(),
    path: optionalText,
    tool: optionalText,
    justification: nonBlank('the justification'),
    owner: z.string().trim().min(1),
    approver: z.string().trim().min(1),
    expires: z
      .string()
      .trim()
      .refine(isCalendarDate, { message: 'expires must be a calendar date written YYYY-MM-DD, e.g. 2027-01-31' }),
    severity: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(SEVERITIES)).nullish(),
    component: optionalText,
  })
  .superRefine((e, ctx) => {
    // zod may run this with other issues already found: check the types again.
    const str = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
    const hasRule = !!e.rule;
    const hasPath = !!e.path;
    if (!e.fingerprint && !(hasRule && hasPath)) {
      if (hasRule)
        ctx.addIssue({
          code: 'custom',
          path: ['path'],
          message: '`rule` needs a `path` (a path, a glob, or pkg:<name> for a dependency)',
        });
      else if (hasPath)
        ctx.addIssue({
          code: 'custom',
          path: ['rule'],
          message: "`path` needs a `rule` (the tool's rule or advisory id)",
        });
      else
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: 'an entry needs a `fingerprint`, or a `rule` and a `path`, to say which findings it accepts',
        });
    } else if (hasRule !== hasPath) {
      ctx.addIssue({ code: 'custom', path: [hasRule ? 'path' : 'rule'], message: '`rule` and `path` go together' });
    }
    if (str(e.path)) {
      const pkg = parsePkg(e.path);
      if (pkg && !pkg.name)
        ctx.addIssue({ code: 'custom', path: ['path'], message: 'pkg: needs a package name, e.g. pkg:pyyaml' });
      if (!pkg) {
        try {
          picomatch(stripDotSlash(e.path), { dot: true });
        } catch (err) {
          ctx.addIssue({ code: 'custom', path: ['path'], message: `not a valid glob: ${(err as Error).message}` });
        }
      }
    }
    if (str(e.owner) && str(e.approver) && samePerson(e.owner, e.approver)) {
      ctx.addIssue({
        code: 'custom',
        path: ['approver'],
        message: `the approver must be someone other than the owner (${e.owner})`,
      });
    }
  });

type RawEntry = z.output<typeof entrySchema>;
const KEYS = Object.keys(entrySchema.shape);

function samePerson(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/^@/, '').toLowerCase();
  return norm(a) === norm(b);
}

function isRegisterFence(node: Code): boolean {
  const lang = node.lang?.toLowerCase();
  return (lang === 'yaml' || lang === 'yml') && (node.meta ?? '').split(/\s+/).includes('accepted-risks');
}

/** A code block that was probably meant to be the register (for the "no block" hint). */
function looksLikeRegister(node: Code): boolean {
  return /accepted|risk/i.test(`${node.lang ?? ''} ${node.meta ?? ''}`);
}

function codeBlocks(node: Nodes, out: Code[]): Code[] {
  if (node.type === 'code') out.push(node);
  else if ('children' in node) for (const child of node.children as Nodes[]) codeBlocks(child, out);
  return out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return `the date ${utcDate(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value)}`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

type Issue = z.core.$ZodIssue;

function issueMessage(issue: Issue, entry: Record<string, unknown>): { field?: string; message: string } {
  const field = issue.path.length ? String(issue.path[0]) : undefined;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return { field: key, message: `unknown key "${key}" (allowed: ${KEYS.join(', ')})` };
  }
  if (issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'regex')) {
    const found = field && field in entry ? ` (found ${describe(entry[field])})` : '';
    return { field, message: `${field && issue.code !== 'custom' ? `${field}: ` : ''}${issue.message}${found}` };
  }
  const input = field ? entry[field] : entry;
  if (input === undefined) return { field, message: `${field} is missing` };
  let expected: string;
  switch (issue.code) {
    case 'invalid_type':
      expected = issue.expected === 'string' ? 'text' : issue.expected;
      break;
    case 'invalid_value':
      expected = `one of ${issue.values.map(String).join(', ')}`;
      break;
    case 'too_small':
      expected = 'non-empty text';
      break;
    case 'invalid_union':
      expected = 'text';
      break;
    default:
      expected = issue.message;
  }
  return { field, message: `${field ?? 'the entry'}: expected ${expected}, found ${describe(input)}` };
}

/**
 * Parses the register. Throws ConfigurationError when the file has no block or several, when
 * the block is not valid YAML, or is not a list; reports malformed entries as problems.
 */
/**
 * What to do about a register without its block. The gate reads only the block; a register
 * in prose gets a block drafted from what the prose says, ready to paste.
 */
function noBlockFix(markdown: string, nearBlock: boolean): string {
  const draft = nearBlock ? null : draftRegisterBlock(markdown);
  if (!draft) {
    return `Add exactly one fenced code block with the info string \`${REGISTER_BLOCK_INFO}\` holding a YAML list of entries (an empty list is fine), e.g.\n${REGISTER_EXAMPLE}`;
  }
  const todo = draft.includes('# TODO')
    ? ' Fill in the fields marked TODO: until then the gate reports those entries as incomplete and they accept nothing.'
    : '';
  return `The gate reads only that block; the prose is for people. Paste this block into the file (drafted from the prose; check every value).${todo}\n${draft}`;
}

export interface RegisterParseOptions {
  /** The config's component ids: a `component:` naming another is a problem. */
  components?: readonly string[];
}

/** The one `yaml accepted-risks` block of the register; none, or more than one, is an error saying where. */
function registerBlock(markdown: string, file: string): Code {
  const blocks = codeBlocks(fromMarkdown(markdown), []);
  const registers = blocks.filter(isRegisterFence);
  if (registers.length === 0) {
    const near = blocks.find(looksLikeRegister);
    const hint = near
      ? ` The block at line ${near.position?.start.line ?? '?'} is fenced as \`${[near.lang, near.meta].filter(Boolean).join(' ')}\`, not \`${REGISTER_BLOCK_INFO}\`.`
      : '';
    throw new ConfigurationError(
      `has no \`${REGISTER_BLOCK_INFO}\` block.${hint}`,
      { file, ...(near?.position ? { line: near.position.start.line } : {}) },
      noBlockFix(markdown, near !== undefined),
    );
  }
  if (registers.length > 1) {
    const lines = registers.map((b) => b.position?.start.line ?? 0);
    throw new ConfigurationError(
      `has ${registers.length} \`${REGISTER_BLOCK_INFO}\` blocks (lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}); exactly one is expected`,
      { file, line: lines[1] },
      'Move every entry into one block.',
    );
  }
  return registers[0]!;
}

/** The block's YAML, with positions in the Markdown file; syntax errors other than duplicate keys are errors. */
interface BlockYaml {
  doc: Document;
  fenceLine: number;
  at: (offset: number) => { line: number; column: number };
  duplicateKeys: YAMLError[];
}

function blockYaml(block: Code, file: string): BlockYaml {
  const fenceLine = block.position?.start.line ?? 1;
  // The block's content starts on the line after the opening fence; mdast strips the fence's
  // indentation from it, so columns are shifted by the same amount.
  const colShift = (block.position?.start.column ?? 1) - 1;
  const lc = new LineCounter();
  const doc = parseDocument(block.value, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const p = lc.linePos(offset);
    return { line: fenceLine + p.line, column: p.col + colShift };
  };
  const duplicateKeys: YAMLError[] = [];
  for (const err of doc.errors) {
    if (err.code === 'DUPLICATE_KEY') {
      duplicateKeys.push(err);
      continue;
    }
    throw new ConfigurationError(
      `the \`${REGISTER_BLOCK_INFO}\` block is not valid YAML: ${err.message.split('\n')[0]}`,
      { file, ...at(err.pos[0]) },
      'Fix the YAML syntax (indentation, quotes, a missing ":" or "- ").',
    );
  }
  return { doc, fenceLine, at, duplicateKeys };
}

type ItemRange = [number, number, number];
const rangeOf = (item: unknown): ItemRange | undefined => (item as { range?: ItemRange } | null)?.range;

/** A duplicate key inside an entry is that entry's problem; one outside every entry breaks the block. */
function checkKeysOutsideEntries(y: BlockYaml, items: readonly unknown[], file: string): void {
  for (const err of y.duplicateKeys) {
    const inEntry = items.some((item) => {
      const range = rangeOf(item);
      return range !== undefined && err.pos[0] >= range[0] && err.pos[0] < range[2];
    });
    if (!inEntry)
      throw new ConfigurationError(`the \`${REGISTER_BLOCK_INFO}\` block is not valid YAML: ${err.message}`, {
        file,
        ...y.at(err.pos[0]),
      });
  }
}

/**
 * Ids, fingerprints and rules are text even when YAML reads a number: `id: 001`, `rule: 51457`
 * (safety), `fingerprint: 0000000000000045` or `1234e56789abcdef`... `1234e567` (a float!). They
 * are taken as written (`expires: 20270131` too, so that it gets the date message). A YAML
 * timestamp (`!!timestamp`, `%YAML 1.1`) is the date as written, not as rolled over.
 */
function asWritten(raw: Record<string, unknown>, doc: Document, i: number): void {
  for (const key of ['id', 'fingerprint', 'rule', 'expires'] as const) {
    if (typeof raw[key] !== 'number') continue;
    const node = doc.getIn([i, key], true);
    if (isScalar(node) && typeof node.source === 'string') raw[key] = node.source;
  }
  if (raw.expires instanceof Date) {
    const node = doc.getIn([i, 'expires'], true);
    const source = isScalar(node) && typeof node.source === 'string' ? node.source : utcDate(raw.expires);
    raw.expires = /^\s*(\d{4}-\d{1,2}-\d{1,2})/.exec(source)?.[1] ?? source;
  }
}

/** What reading the entries shares: the block, the register being filled, the ids seen. */
interface EntryReading {
  y: BlockYaml;
  register: RiskRegister;
  firstLine: Map<string, number>;
  opts: RegisterParseOptions;
}

function readEntry(r: EntryReading, item: unknown, value: unknown, i: number): void {
  const { doc, at, fenceLine } = r.y;
  const range = rangeOf(item);
  const line = range ? at(range[0]).line : fenceLine + 1;
  const problem = (entryId: string | null, message: string, field?: string, fieldOffset?: number) => {
    const p: RegisterProblem = { entryId, line, message };
    if (field) {
      p.field = field;
      const fl = fieldOffset ?? fieldLine(doc, i, field);
      if (fl !== undefined) p.fieldLine = at(fl).line;
    }
    r.register.problems.push(p);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    problem(
      null,
      `an entry must be a mapping of ${['id', 'rule', 'path', 'justification', 'owner', 'approver', 'expires'].join(', ')}..., found ${describe(value)}`,
    );
    return;
  }
  const raw = { ...(value as Record<string, unknown>) };
  const idNode = doc.getIn([i, 'id'], true);
  const idText =
    typeof raw.id === 'number' && isScalar(idNode) && typeof idNode.source === 'string' ? idNode.source : raw.id;
  const rawId = typeof idText === 'string' && idText.trim() ? idText.trim() : null;
  const dup = range ? r.y.duplicateKeys.find((e) => e.pos[0] >= range[0] && e.pos[0] < range[2]) : undefined;
  if (dup) {
    const key = keyAt(doc, i, dup.pos[0]);
    problem(rawId, `a key is written twice in this entry${key ? ` ("${key}")` : ''}`, key, dup.pos[0]);
  }
  if (rawId !== null) {
    const first = r.firstLine.get(rawId);
    if (first !== undefined)
      return problem(rawId, `duplicate id "${rawId}": the entry at line ${first} has it too; ids must be unique`, 'id');
    r.firstLine.set(rawId, line);
  }
  if (dup) return;
  asWritten(raw, doc, i);
  const parsed = entrySchema.safeParse(raw);
  if (!parsed.success) {
    const msgs = parsed.error.issues.map((issue) => issueMessage(issue, raw));
    return problem(rawId, msgs.map((m) => m.message).join('; '), msgs[0]?.field);
  }
  const unknownComponent = componentProblem(parsed.data.component, r.opts.components);
  if (unknownComponent) return problem(rawId, unknownComponent, 'component');
  r.register.entries.push(toEntry(parsed.data, line));
}

export function parseRiskRegister(markdown: string, file: string, opts: RegisterParseOptions = {}): RiskRegister {
  const y = blockYaml(registerBlock(markdown, file), file);
  const register: RiskRegister = { file, entries: [], problems: [], blockLine: y.fenceLine };
  const contents = y.doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return register; // an empty register
  if (!isSeq(contents)) {
    throw new ConfigurationError(
      `the \`${REGISTER_BLOCK_INFO}\` block must be a YAML list of entries, found ${isScalar(contents) ? describe(contents.value) : 'a mapping'}`,
      { file, ...y.at(contents.range?.[0] ?? 0) },
      'Start each entry with "- " (e.g. "- id: AR-001"), its keys indented under it.',
    );
  }
  checkKeysOutsideEntries(y, contents.items, file);
  const values = yamlToJs(y.doc, { file, line: y.fenceLine }) as unknown[];
  const reading: EntryReading = { y, register, firstLine: new Map(), opts };
  contents.items.forEach((item, i) => readEntry(reading, item, values[i], i));
  return register;
}

function componentProblem(component: string | null | undefined, known: readonly string[] | undefined): string | null {
  if (!component || !known || known.includes(component)) return null;
  const hint = closest(component, known);
  const list = known.length ? `the config's components are ${known.join(', ')}` : 'the config has no components';
  return `component "${component}" is not a component of the config (${hint ? `did you mean "${hint}"? ` : ''}${list})`;
}

type EntryNode = { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;

function fieldLine(doc: Document, index: number, key: string): number | undefined {
  const node = doc.getIn([index], true) as EntryNode;
  return node?.items?.find((p) => p.key?.value === key)?.key?.range?.[0];
}

/** The key of an entry that starts at `offset` (a duplicate key error points at it). */
function keyAt(doc: Document, index: number, offset: number): string | undefined {
  const node = doc.getIn([index], true) as EntryNode;
  const pair = node?.items?.find((p) => p.key?.range?.[0] === offset);
  return pair?.key?.value === undefined ? undefined : String(pair.key.value);
}

function toEntry(e: RawEntry, line: number): RiskEntry {
  const out: RiskEntry = {
    id: e.id,
    justification: e.justification,
    owner: e.owner,
    approver: e.approver,
    expires: e.expires,
    severity: e.severity ?? 'low',
    line,
  };
  if (e.fingerprint) out.fingerprint = e.fingerprint.toLowerCase();
  if (e.rule) out.rule = e.rule;
  if (e.path) out.path = e.path;
  if (e.tool) out.tool = e.tool;
  if (e.component) out.component = e.component;
  return out;
}
