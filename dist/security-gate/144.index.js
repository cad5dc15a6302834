export const id = 144;
export const ids = [144];
export const modules = {

/***/ 1561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ yamlToJs)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_COUNT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(425);

/** How many alias expansions a document may make (the `yaml` package's own default). */
const MAX_ALIAS_COUNT = 100;
function yamlToJs(doc, place) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (e instanceof ReferenceError || /alias/i.test(e.message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`its YAML aliases (*name) expand past ${MAX_ALIAS_COUNT} copies, which is refused as a resource exhaustion attack`, place, 'Write the values out, or use fewer aliases.');
        }
        throw e;
    }
}


/***/ }),

/***/ 9144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseRiskRegister: () => (/* binding */ parseRiskRegister)
});

// UNUSED EXPORTS: REGISTER_BLOCK_INFO, REGISTER_EXAMPLE, REGISTER_FILE, isCalendarDate, utcDate

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 52 modules
var lib = __webpack_require__(6241);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/yaml-bounded.ts
var yaml_bounded = __webpack_require__(1561);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./packages/core/config/load-config.ts
var load_config = __webpack_require__(9846);
// EXTERNAL MODULE: ./packages/core/errors.ts
var errors = __webpack_require__(425);
// EXTERNAL MODULE: ./packages/findings/finding.ts
var finding = __webpack_require__(3236);
// EXTERNAL MODULE: ./packages/findings/register-format.ts
var register_format = __webpack_require__(4726);
;// CONCATENATED MODULE: ./packages/findings/register-draft.ts


const RULE_RES = [/\bB\d{3}\b/g, /\bCVE-\d{4}-\d{4,}\b/gi, /\bGHSA(?:-[0-9a-z]{4}){3}\b/gi, /\bPYSEC-\d{4}-\d+\b/gi];
const ID_RE = /\b(?!CVE-|GHSA-|PYSEC-|CWE-)[A-Z][A-Z0-9]*-\d+\b/;
const FINGERPRINT_RE = /\b[0-9a-f]{16}\b/;
const PATH_RE = /(?:^|[\s`'"(])((?:\.\/)?(?:[\w.*-]+\/)+[\w.*-]*[\w*](?:\.[A-Za-z0-9]+)?|[\w-]+\.(?:py|pyi|js|mjs|cjs|ts|tsx|ini|cfg|toml|txt|ya?ml|json|sh))(?=$|[\s`'"),;:])/;
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
function textOf(node) {
    if ('value' in node && typeof node.value === 'string')
        return node.type === 'inlineCode' ? `\`${node.value}\`` : node.value;
    if ('children' in node)
        return node.children.map(textOf).join(node.type === 'list' || node.type === 'listItem' ? '\n' : '');
    return '';
}
function rulesIn(text) {
    const out = [];
    for (const re of RULE_RES)
        for (const m of text.matchAll(re))
            if (!out.some((r) => r.toLowerCase() === m[0].toLowerCase()))
                out.push(m[0]);
    return out;
}
/** `2027-03-31`, `2027/03/31`, `March 31, 2027`, `31 March 2027` as YYYY-MM-DD, or null. */
function dateAt(text) {
    const out = [];
    const push = (y, m, d, index) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
        if ((0,register_format/* isCalendarDate */.tf)(iso))
            out.push({ date: iso, index });
    };
    for (const m of text.matchAll(/\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/g))
        push(m[1], Number(m[2]), m[3], m.index);
    for (const m of text.matchAll(/\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/g)) {
        const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
        if (month >= 0)
            push(m[3], month + 1, m[2], m.index);
    }
    for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/g)) {
        const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
        if (month >= 0)
            push(m[3], month + 1, m[1], m.index);
    }
    return out.sort((a, b) => a.index - b.index);
}
/** The expiry: a date after "expires", "until", "valid through", "review by"...; else the only date. */
function expiryIn(text) {
    const dates = dateAt(text);
    const keyword = /\b(expir\w*|until|till|through|valid|review\w*|revisit\w*|renew\w*|re-?evaluat\w*|deadline)\b/gi;
    for (const k of text.matchAll(keyword)) {
        const after = dates.find((d) => d.index >= k.index && d.index - k.index < 60);
        if (after)
            return after.date;
    }
    return dates.length === 1 ? dates[0].date : null;
}
function handleAfter(text, word) {
    return new RegExp(`\\b${word}\\w*\\b[^@\\n]{0,30}?${HANDLE}`, 'i').exec(text)?.[1] ?? null;
}
function severityIn(text) {
    const m = /\b(low|medium|high|critical)[- ]severity\b|\bseverity\b\W{0,3}(low|medium|high|critical)\b/i.exec(text);
    return (m?.[1] ?? m?.[2])?.toLowerCase() ?? null;
}
function pathIn(text, rule) {
    const file = PATH_RE.exec(text)?.[1];
    if (file && !/^\d/.test(file) && !/^https?:/.test(file))
        return file.replace(/^\.\//, '');
    if (rule && !/^B\d{3}$/.test(rule)) {
        for (const pkg of text.matchAll(PKG_RE)) {
            if (pkg[0].startsWith('pkg:'))
                return pkg[0];
            if (!NOT_PACKAGES.has(pkg[1].toLowerCase()))
                return `pkg:${pkg[1].toLowerCase()}`;
        }
    }
    return null;
}
function clean(text) {
    return text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
}
/** An entry from one piece of prose; null when it names no rule, id or fingerprint. */
function draftFromText(text, justification = null) {
    const rules = rulesIn(text);
    const id = ID_RE.exec(text)?.[0] ?? null;
    const fingerprint = FINGERPRINT_RE.exec(text)?.[0] ?? null;
    if (!rules.length && !id && !fingerprint)
        return null;
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
function cells(line) {
    const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
    return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}
const COLUMN_KEYS = [
    [/justif|rational|reason|why|mitigat/i, 'justification'],
    [/approv|sign/i, 'approver'],
    [/owner|respons|assignee/i, 'owner'],
    [/expir|until|review|valid|deadline/i, 'expires'],
    [/severity|level/i, 'severity'],
];
function draftsFromTable(source) {
    const lines = source.split('\n').filter((l) => l.trim());
    if (lines.length < 3 || !lines.every((l) => l.trim().startsWith('|')) || !/^\s*\|?\s*:?-{3,}/.test(lines[1]))
        return null;
    const header = cells(lines[0]);
    const out = [];
    for (const line of lines.slice(2)) {
        const row = cells(line);
        const column = (key) => {
            const i = header.findIndex((h) => COLUMN_KEYS.some(([re, k]) => k === key && re.test(h)));
            return i >= 0 && row[i] ? row[i] : null;
        };
        const draft = draftFromText(row.join(' | '), column('justification'));
        if (!draft)
            continue;
        const owner = column('owner');
        const approver = column('approver');
        const expires = column('expires');
        const severity = column('severity');
        if (owner)
            draft.owner = /@[\w-]/.test(owner) ? /@[\w/-]+/.exec(owner)[0] : owner;
        if (approver)
            draft.approver = /@[\w-]/.test(approver) ? /@[\w/-]+/.exec(approver)[0] : approver;
        if (expires)
            draft.expires = expiryIn(`expires ${expires}`) ?? draft.expires;
        if (severity && /^(low|medium|high|critical)$/i.test(severity))
            draft.severity = severity.toLowerCase();
        out.push(draft);
    }
    return out;
}
// ---- sections ---------------------------------------------------------------------------
function sections(root) {
    const out = [{ heading: '', nodes: [] }];
    for (const node of root.children) {
        if (node.type === 'heading')
            out.push({ heading: textOf(node), nodes: [] });
        else if (node.type !== 'code' && node.type !== 'html')
            out[out.length - 1].nodes.push(node);
    }
    return out;
}
function draftsOfSection(markdown, s) {
    const out = [];
    const prose = [];
    for (const node of s.nodes) {
        const src = node.position ? markdown.slice(node.position.start.offset, node.position.end.offset) : '';
        const table = node.type === 'paragraph' ? draftsFromTable(src) : null;
        if (table)
            out.push(...table);
        else if (node.type === 'list') {
            const items = node.children.map((item) => draftFromText(textOf(item)));
            if (items.filter(Boolean).length >= 2)
                out.push(...items.filter((d) => d !== null));
            else
                prose.push(textOf(node));
        }
        else
            prose.push(textOf(node));
    }
    if (out.length)
        return out;
    const body = clean(prose.join('\n'));
    const whole = draftFromText(`${s.heading}\n${prose.join('\n')}`, body || null);
    return whole ? [whole] : [];
}
/** The risks a prose register describes, in the order it describes them. */
function draftEntries(markdown) {
    const root = (0,lib/* fromMarkdown */.Y)(markdown);
    return sections(root).flatMap((s) => draftsOfSection(markdown, s));
}
// ---- the block ----------------------------------------------------------------------------
const TODO = {
    rule: "TODO: the tool's rule or advisory id (e.g. B101, CVE-2020-14343)",
    path: 'TODO: the file or glob it is in, or pkg:<name> for a dependency',
    justification: 'TODO: why the risk is acceptable',
    owner: 'TODO: who keeps an eye on it (e.g. "@alice")',
    approver: 'TODO: who approved it, someone other than the owner',
    expires: 'TODO: until when, YYYY-MM-DD (at most a year ahead)',
};
function field(key, value, quote = true) {
    if (value === null)
        return `  ${key}:  # ${TODO[key] ?? 'TODO'}`;
    return `  ${key}: ${quote ? JSON.stringify(value) : value}`;
}
function entryLines(d, id) {
    const lines = [`- id: ${JSON.stringify(id)}`];
    if (d.fingerprint)
        lines.push(field('fingerprint', d.fingerprint, false));
    else
        lines.push(field('rule', d.rule), field('path', d.path));
    if (d.otherRules.length)
        lines.push(`  # the text also names ${d.otherRules.join(', ')}: give each its own entry`);
    lines.push(field('justification', d.justification), field('owner', d.owner), field('approver', d.approver), field('expires', d.expires, false));
    if (d.severity && d.severity !== 'low')
        lines.push(`  severity: ${d.severity}`);
    return lines;
}
/** The block to paste, drafted from the prose; null when the prose names no risk. */
function draftRegisterBlock(markdown) {
    const drafts = draftEntries(markdown);
    if (drafts.length === 0)
        return null;
    const used = new Set();
    const body = drafts.flatMap((d, i) => {
        let id = d.id ?? `AR-${String(i + 1).padStart(3, '0')}`;
        for (let n = 2; used.has(id); n++)
            id = `${d.id ?? 'AR'}-${n}`;
        used.add(id);
        return [...(i ? [''] : []), ...entryLines(d, id)];
    });
    return ['```' + register_format/* REGISTER_BLOCK_INFO */.Hy, ...body, '```'].join('\n');
}

;// CONCATENATED MODULE: ./packages/findings/risk-register.ts











/** What a register block looks like, for error messages and documentation. */
const REGISTER_EXAMPLE = [
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
// ---- parsing ----------------------------------------------------------------------------
const nonBlank = (what) => schemas/* string */.YjP().refine((s) => s.trim() !== '', { message: `${what} must not be empty` });
const optionalText = schemas/* string */.YjP().trim().min(1).nullish();
const entrySchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().trim().min(1),
    fingerprint: schemas/* string */.YjP()
        .trim()
        .regex(/^[0-9a-fA-F]{16}$/, { message: 'a fingerprint is 16 hexadecimal digits, as in the result file' })
        .nullish(),
    rule: schemas/* string */.YjP().trim().min(1).nullish(),
    path: optionalText,
    tool: optionalText,
    justification: nonBlank('the justification'),
    owner: schemas/* string */.YjP().trim().min(1),
    approver: schemas/* string */.YjP().trim().min(1),
    expires: schemas/* string */.YjP()
        .trim()
        .refine(register_format/* isCalendarDate */.tf, { message: 'expires must be a calendar date written YYYY-MM-DD, e.g. 2027-01-31' }),
    severity: schemas/* preprocess */.vkY((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), schemas/* enum */.k5n(finding/* SEVERITIES */.o)).nullish(),
    component: optionalText,
})
    .superRefine((e, ctx) => {
    // zod may run this with other issues already found: check the types again.
    const str = (v) => typeof v === 'string' && v.trim() !== '';
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
    }
    else if (hasRule !== hasPath) {
        ctx.addIssue({ code: 'custom', path: [hasRule ? 'path' : 'rule'], message: '`rule` and `path` go together' });
    }
    if (str(e.path)) {
        const pkg = (0,register_format/* parsePkg */.m9)(e.path);
        if (pkg && !pkg.name)
            ctx.addIssue({ code: 'custom', path: ['path'], message: 'pkg: needs a package name, e.g. pkg:pyyaml' });
        if (!pkg) {
            try {
                picomatch_default()((0,register_format/* stripDotSlash */.NS)(e.path), { dot: true });
            }
            catch (err) {
                ctx.addIssue({ code: 'custom', path: ['path'], message: `not a valid glob: ${err.message}` });
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
const KEYS = Object.keys(entrySchema.shape);
function samePerson(a, b) {
    const norm = (s) => s.trim().replace(/^@/, '').toLowerCase();
    return norm(a) === norm(b);
}
function isRegisterFence(node) {
    const lang = node.lang?.toLowerCase();
    return (lang === 'yaml' || lang === 'yml') && (node.meta ?? '').split(/\s+/).includes('accepted-risks');
}
/** A code block that was probably meant to be the register (for the "no block" hint). */
function looksLikeRegister(node) {
    return /accepted|risk/i.test(`${node.lang ?? ''} ${node.meta ?? ''}`);
}
function codeBlocks(node, out) {
    if (node.type === 'code')
        out.push(node);
    else if ('children' in node)
        for (const child of node.children)
            codeBlocks(child, out);
    return out;
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'an empty value';
    if (value instanceof Date)
        return `the date ${(0,register_format/* utcDate */.HB)(value)}`;
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value)}`;
    return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}
function issueMessage(issue, entry) {
    const field = issue.path.length ? String(issue.path[0]) : undefined;
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        return { field: key, message: `unknown key "${key}" (allowed: ${KEYS.join(', ')})` };
    }
    if (issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'regex')) {
        const found = field && field in entry ? ` (found ${describe(entry[field])})` : '';
        return { field, message: `${field && issue.code !== 'custom' ? `${field}: ` : ''}${issue.message}${found}` };
    }
    const input = field ? entry[field] : entry;
    if (input === undefined)
        return { field, message: `${field} is missing` };
    let expected;
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
function noBlockFix(markdown, nearBlock) {
    const draft = nearBlock ? null : draftRegisterBlock(markdown);
    if (!draft) {
        return `Add exactly one fenced code block with the info string \`${register_format/* REGISTER_BLOCK_INFO */.Hy}\` holding a YAML list of entries (an empty list is fine), e.g.\n${REGISTER_EXAMPLE}`;
    }
    const todo = draft.includes('# TODO')
        ? ' Fill in the fields marked TODO: until then the gate reports those entries as incomplete and they accept nothing.'
        : '';
    return `The gate reads only that block; the prose is for people. Paste this block into the file (drafted from the prose; check every value).${todo}\n${draft}`;
}
/** The one `yaml accepted-risks` block of the register; none, or more than one, is an error saying where. */
function registerBlock(markdown, file) {
    const blocks = codeBlocks((0,lib/* fromMarkdown */.Y)(markdown), []);
    const registers = blocks.filter(isRegisterFence);
    if (registers.length === 0) {
        const near = blocks.find(looksLikeRegister);
        const hint = near
            ? ` The block at line ${near.position?.start.line ?? '?'} is fenced as \`${[near.lang, near.meta].filter(Boolean).join(' ')}\`, not \`${register_format/* REGISTER_BLOCK_INFO */.Hy}\`.`
            : '';
        throw new errors/* ConfigurationError */.j(`has no \`${register_format/* REGISTER_BLOCK_INFO */.Hy}\` block.${hint}`, { file, ...(near?.position ? { line: near.position.start.line } : {}) }, noBlockFix(markdown, near !== undefined));
    }
    if (registers.length > 1) {
        const lines = registers.map((b) => b.position?.start.line ?? 0);
        throw new errors/* ConfigurationError */.j(`has ${registers.length} \`${register_format/* REGISTER_BLOCK_INFO */.Hy}\` blocks (lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}); exactly one is expected`, { file, line: lines[1] }, 'Move every entry into one block.');
    }
    return registers[0];
}
function blockYaml(block, file) {
    const fenceLine = block.position?.start.line ?? 1;
    // The block's content starts on the line after the opening fence; mdast strips the fence's
    // indentation from it, so columns are shifted by the same amount.
    const colShift = (block.position?.start.column ?? 1) - 1;
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(block.value, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const p = lc.linePos(offset);
        return { line: fenceLine + p.line, column: p.col + colShift };
    };
    const duplicateKeys = [];
    for (const err of doc.errors) {
        if (err.code === 'DUPLICATE_KEY') {
            duplicateKeys.push(err);
            continue;
        }
        throw new errors/* ConfigurationError */.j(`the \`${register_format/* REGISTER_BLOCK_INFO */.Hy}\` block is not valid YAML: ${err.message.split('\n')[0]}`, { file, ...at(err.pos[0]) }, 'Fix the YAML syntax (indentation, quotes, a missing ":" or "- ").');
    }
    return { doc, fenceLine, at, duplicateKeys };
}
const rangeOf = (item) => item?.range;
/** A duplicate key inside an entry is that entry's problem; one outside every entry breaks the block. */
function checkKeysOutsideEntries(y, items, file) {
    for (const err of y.duplicateKeys) {
        const inEntry = items.some((item) => {
            const range = rangeOf(item);
            return range !== undefined && err.pos[0] >= range[0] && err.pos[0] < range[2];
        });
        if (!inEntry)
            throw new errors/* ConfigurationError */.j(`the \`${register_format/* REGISTER_BLOCK_INFO */.Hy}\` block is not valid YAML: ${err.message}`, {
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
function asWritten(raw, doc, i) {
    for (const key of ['id', 'fingerprint', 'rule', 'expires']) {
        if (typeof raw[key] !== 'number')
            continue;
        const node = doc.getIn([i, key], true);
        if ((0,dist/* isScalar */.jn)(node) && typeof node.source === 'string')
            raw[key] = node.source;
    }
    if (raw.expires instanceof Date) {
        const node = doc.getIn([i, 'expires'], true);
        const source = (0,dist/* isScalar */.jn)(node) && typeof node.source === 'string' ? node.source : (0,register_format/* utcDate */.HB)(raw.expires);
        raw.expires = /^\s*(\d{4}-\d{1,2}-\d{1,2})/.exec(source)?.[1] ?? source;
    }
}
function readEntry(r, item, value, i) {
    const { doc, at, fenceLine } = r.y;
    const range = rangeOf(item);
    const line = range ? at(range[0]).line : fenceLine + 1;
    const problem = (entryId, message, field, fieldOffset) => {
        const p = { entryId, line, message };
        if (field) {
            p.field = field;
            const fl = fieldOffset ?? fieldLine(doc, i, field);
            if (fl !== undefined)
                p.fieldLine = at(fl).line;
        }
        r.register.problems.push(p);
    };
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
        problem(null, `an entry must be a mapping of ${['id', 'rule', 'path', 'justification', 'owner', 'approver', 'expires'].join(', ')}..., found ${describe(value)}`);
        return;
    }
    const raw = { ...value };
    const idNode = doc.getIn([i, 'id'], true);
    const idText = typeof raw.id === 'number' && (0,dist/* isScalar */.jn)(idNode) && typeof idNode.source === 'string' ? idNode.source : raw.id;
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
    if (dup)
        return;
    asWritten(raw, doc, i);
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
        const msgs = parsed.error.issues.map((issue) => issueMessage(issue, raw));
        return problem(rawId, msgs.map((m) => m.message).join('; '), msgs[0]?.field);
    }
    const unknownComponent = componentProblem(parsed.data.component, r.opts.components);
    if (unknownComponent)
        return problem(rawId, unknownComponent, 'component');
    r.register.entries.push(toEntry(parsed.data, line));
}
function parseRiskRegister(markdown, file, opts = {}) {
    const y = blockYaml(registerBlock(markdown, file), file);
    const register = { file, entries: [], problems: [], blockLine: y.fenceLine };
    const contents = y.doc.contents;
    if (contents === null || ((0,dist/* isScalar */.jn)(contents) && contents.value === null))
        return register; // an empty register
    if (!(0,dist/* isSeq */.oP)(contents)) {
        throw new errors/* ConfigurationError */.j(`the \`${register_format/* REGISTER_BLOCK_INFO */.Hy}\` block must be a YAML list of entries, found ${(0,dist/* isScalar */.jn)(contents) ? describe(contents.value) : 'a mapping'}`, { file, ...y.at(contents.range?.[0] ?? 0) }, 'Start each entry with "- " (e.g. "- id: AR-001"), its keys indented under it.');
    }
    checkKeysOutsideEntries(y, contents.items, file);
    const values = (0,yaml_bounded/* yamlToJs */.U)(y.doc, { file, line: y.fenceLine });
    const reading = { y, register, firstLine: new Map(), opts };
    contents.items.forEach((item, i) => readEntry(reading, item, values[i], i));
    return register;
}
function componentProblem(component, known) {
    if (!component || !known || known.includes(component))
        return null;
    const hint = (0,load_config/* closest */.kp)(component, known);
    const list = known.length ? `the config's components are ${known.join(', ')}` : 'the config has no components';
    return `component "${component}" is not a component of the config (${hint ? `did you mean "${hint}"? ` : ''}${list})`;
}
function fieldLine(doc, index, key) {
    const node = doc.getIn([index], true);
    return node?.items?.find((p) => p.key?.value === key)?.key?.range?.[0];
}
/** The key of an entry that starts at `offset` (a duplicate key error points at it). */
function keyAt(doc, index, offset) {
    const node = doc.getIn([index], true);
    const pair = node?.items?.find((p) => p.key?.range?.[0] === offset);
    return pair?.key?.value === undefined ? undefined : String(pair.key.value);
}
function toEntry(e, line) {
    const out = {
        id: e.id,
        justification: e.justification,
        owner: e.owner,
        approver: e.approver,
        expires: e.expires,
        severity: e.severity ?? 'low',
        line,
    };
    if (e.fingerprint)
        out.fingerprint = e.fingerprint.toLowerCase();
    if (e.rule)
        out.rule = e.rule;
    if (e.path)
        out.path = e.path;
    if (e.tool)
        out.tool = e.tool;
    if (e.component)
        out.component = e.component;
    return out;
}


/***/ })

};
