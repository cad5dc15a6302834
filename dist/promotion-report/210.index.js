export const id = 210;
export const ids = [210];
export const modules = {

/***/ 5210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_FIELD_CHARS: () => (/* binding */ MAX_FIELD_CHARS),
/* harmony export */   PROMOTION_CRITERIA: () => (/* binding */ PROMOTION_CRITERIA),
/* harmony export */   PROMOTION_FORM_FIELDS: () => (/* binding */ PROMOTION_FORM_FIELDS),
/* harmony export */   isPromotionRequest: () => (/* binding */ isPromotionRequest),
/* harmony export */   labelKey: () => (/* binding */ labelKey),
/* harmony export */   parseCheckbox: () => (/* binding */ parseCheckbox),
/* harmony export */   parseDependencies: () => (/* binding */ parseDependencies),
/* harmony export */   parsePromotionForm: () => (/* binding */ parsePromotionForm),
/* harmony export */   promotionRequestSchema: () => (/* binding */ promotionRequestSchema),
/* harmony export */   toComponentId: () => (/* binding */ toComponentId)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(425);
/* harmony import */ var _core_stages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6293);
/**
 * The "Component Promotion Request" issue form, read back from the issue body GitHub renders.
 *
 * GitHub renders a form as `### <label>`, a blank line and the value, field after field; an
 * empty field is `_No response_`; checkboxes are `- [X] label` / `- [ ] label`. The body is the
 * issue author's text: this module never throws on it. What is wrong with it comes back as
 * problems (field, message, fix) for the promotion report to show; values are kept as raw text
 * (HTML, Markdown and @mentions included: escaping is the renderer's job) and capped in size.
 *
 * Every scan here is a single pass over characters or lines, with no backtracking regular
 * expression, so a 1 MB hostile body parses in milliseconds.
 */



/** The form's fields in the order GitHub renders them: `label` is the heading, `id` the form's id. */
const PROMOTION_FORM_FIELDS = [
    { id: 'component', label: 'Component Name' },
    { id: 'current_stage', label: 'Current Stage' },
    { id: 'target_stage', label: 'Target Stage' },
    { id: 'functional_group', label: 'Functional Group' },
    { id: 'promotion_justification', label: 'Promotion Justification' },
    { id: 'dev_to_staging_criteria', label: 'Development → Staging Criteria' },
    { id: 'staging_to_production_criteria', label: 'Staging → Production Criteria' },
    { id: 'test_results', label: 'Test Results' },
    { id: 'performance_metrics', label: 'Performance Metrics' },
    { id: 'security_review', label: 'Security Review' },
    { id: 'documentation_links', label: 'Documentation Links' },
    { id: 'dependencies', label: 'Dependencies' },
    { id: 'known_blockers', label: 'Known Blockers' },
    { id: 'rollback_plan', label: 'Rollback Plan' },
    { id: 'additional_context', label: 'Additional Context' },
];
/**
 * The checkbox options of the two criteria fields: the seeds' MATURITY.md checklist, word for
 * word, so a ticked box and a MATURITY.md line can be matched by their text.
 */
const PROMOTION_CRITERIA = {
    'dev-staging': [
        'Core features complete (80%+ of planned functionality)',
        'Unit tests passing (≥70% coverage)',
        'API documented, no planned breaking changes',
        'Passes linting (ruff), type checking (pyright), security scan (bandit)',
        'Component README with usage examples',
        'All dependencies identified and stable',
        'Successfully integrates with dependent components in dev environment',
    ],
    'staging-production': [
        'Integration tests passing (≥80% coverage)',
        'Performance validated (meets defined SLAs)',
        'Security review completed, no critical vulnerabilities',
        '7-day uptime in staging ≥99.5%',
        'Complete user documentation, API reference, troubleshooting guide',
        'Health checks, metrics, alerts configured',
        'Rollback procedure documented and tested',
        'Handles expected production load (if applicable)',
    ],
};
/** The longest a field's value may be; longer values are cut there and a problem says so. */
const MAX_FIELD_CHARS = 10_000;
/** A heading line longer than this cannot be a form label (nor an alias); it is plain text. */
const MAX_HEADING_CHARS = 200;
const NO_RESPONSE = '_No response_';
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    section: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['dev-staging', 'staging-production']),
    label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(MAX_FIELD_CHARS),
    checked: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
});
const text = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(MAX_FIELD_CHARS).nullable();
/** The final shape, checked before it is handed out. */
const promotionRequestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    component: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'a component id is kebab-case, e.g. model-management' }),
    componentName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(MAX_FIELD_CHARS),
    currentStage: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['development', 'staging', 'production']).nullable(),
    targetStage: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['staging', 'production']).nullable(),
    group: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .nullable(),
    justification: text,
    checks: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(checkSchema),
    testResults: text,
    performance: text,
    security: text,
    docsLinks: text,
    dependencies: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(MAX_FIELD_CHARS)),
    knownBlockers: text,
    rollbackPlan: text,
    additionalContext: text,
});
// ---------------------------------------------------------------------------------------------
// Headings
const isWordChar = (ch) => /[\p{L}\p{N}]/u.test(ch);
/**
 * A heading as a lookup key: lower-case, `->` read as `→`, runs of white space as one space,
 * and whatever is not a letter or digit trimmed from both ends (a required `*`, an emoji, a
 * colon, closing `#`s). Null for text too long to be a label.
 */
function labelKey(heading) {
    if (heading.length > MAX_HEADING_CHARS)
        return null;
    const chars = Array.from(heading.normalize('NFKC').toLowerCase().replace(/->/g, '→'));
    let start = 0;
    let end = chars.length;
    while (start < end && !isWordChar(chars[start]))
        start++;
    while (end > start && !isWordChar(chars[end - 1]))
        end--;
    const key = chars.slice(start, end).join('').replace(/\s+/g, ' ');
    return key || null;
}
/** The text of a level-3 ATX heading line (`### Label`, up to 3 spaces of indent), else null. */
function headingOf(line) {
    if (line.length > MAX_HEADING_CHARS + 8)
        return null;
    let i = 0;
    while (i < 3 && line[i] === ' ')
        i++;
    if (!line.startsWith('###', i))
        return null;
    const after = line[i + 3];
    if (after !== ' ' && after !== '\t')
        return null;
    return line.slice(i + 4);
}
const CANONICAL = new Map(PROMOTION_FORM_FIELDS.map((f) => [labelKey(f.label), f.label]));
function labelLookup(aliases) {
    if (!aliases)
        return CANONICAL;
    const lookup = new Map(CANONICAL);
    for (const [alias, target] of Object.entries(aliases)) {
        const canonical = CANONICAL.get(labelKey(target) ?? '');
        if (!canonical) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`the issue form alias "${alias.slice(0, 80)}" points to "${target.slice(0, 80)}", which is not a field of the promotion request form`, { at: `aliases.${alias}` }, `Use one of: ${PROMOTION_FORM_FIELDS.map((f) => f.label).join(', ')}.`);
        }
        const key = labelKey(alias);
        if (!key) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`the issue form alias "${alias.slice(0, 80)}" has no letters or digits, or is over ${MAX_HEADING_CHARS} characters`, { at: 'aliases' }, 'Write the heading as the form shows it.');
        }
        lookup.set(key, canonical);
    }
    return lookup;
}
/**
 * Cuts the body into the form's fields. Only a `### ` line naming a field of the form (or an
 * alias) starts one, and only the first time: any other heading, and a repeated one, is text
 * the author typed into the field before it. Text before the first field is ignored. Line
 * endings come out as `\n`; values are trimmed, not yet capped.
 *
 * One pass with `indexOf`: a line is looked at only when it could be a heading (it starts with
 * `#` or a space and is short), and fields are cut out of the body as slices.
 */
function splitSections(text, lookup) {
    let body = text.includes('\r') ? text.split('\r\n').join('\n') : text; // split/join: 5x a regex replace
    if (body.includes('\r'))
        body = body.replace(/\r/g, '\n');
    const sections = new Map();
    const seen = new Map();
    let open = null;
    let openStart = 0;
    const close = (end) => {
        if (open)
            sections.set(open, body.slice(openStart, end).trim());
    };
    for (let pos = 0; pos <= body.length;) {
        let end = body.indexOf('\n', pos);
        if (end < 0)
            end = body.length;
        const first = body[pos];
        if ((first === '#' || first === ' ') && end - pos <= MAX_HEADING_CHARS + 8) {
            const heading = headingOf(body.slice(pos, end));
            if (heading !== null) {
                let label = seen.get(heading);
                if (label === undefined) {
                    label = lookup.get(labelKey(heading) ?? '') ?? null;
                    if (seen.size < 1000)
                        seen.set(heading, label);
                }
                if (label && !sections.has(label) && label !== open) {
                    close(pos);
                    open = label;
                    openStart = end;
                }
            }
        }
        pos = end + 1;
    }
    close(body.length);
    return sections;
}
// ---------------------------------------------------------------------------------------------
// Values
/** Cuts at `max` characters without splitting a surrogate pair. */
function cap(s, max) {
    if (s.length <= max)
        return s;
    const code = s.charCodeAt(max - 1);
    return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
const valueOf = (raw) => raw === undefined || raw === '' || raw === NO_RESPONSE ? null : raw;
const firstLine = (s) => {
    const nl = s.indexOf('\n');
    return (nl < 0 ? s : s.slice(0, nl)).trim();
};
/**
 * A name as a config id: accents dropped, lower-case, every run of anything but `a-z0-9`
 * (spaces, `_`, `/`, `&`, emoji) one `-`, none at the ends. "Model Management",
 * "model_management" and "`model-management`" are all `model-management`; "AI/Agent Systems"
 * is `ai-agent-systems`. Empty when nothing is left.
 */
function toComponentId(name) {
    const plain = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    let out = '';
    let dash = false;
    for (const ch of plain) {
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
            if (dash && out)
                out += '-';
            out += ch;
            dash = false;
        }
        else {
            dash = true;
        }
    }
    return out;
}
/** `- [X] label`, `* [x] label`, `- [ ] label` (label trimmed); null for any other line. */
function parseCheckbox(line) {
    const s = line.trimStart();
    if ((s[0] !== '-' && s[0] !== '*' && s[0] !== '+') || (s[1] !== ' ' && s[1] !== '\t'))
        return null;
    let i = 2;
    while (s[i] === ' ' || s[i] === '\t')
        i++;
    const mark = s[i + 1];
    if (s[i] !== '[' || (mark !== ' ' && mark !== 'x' && mark !== 'X') || s[i + 2] !== ']')
        return null;
    const rest = s.slice(i + 3);
    if (rest !== '' && rest[0] !== ' ' && rest[0] !== '\t')
        return null;
    const label = rest.trim();
    return label ? { checked: mark !== ' ', label } : null;
}
/** A list marker (`-`, `*`, `+`, `1.`, `1)`) and a checkbox after it, removed from a trimmed line. */
function stripBullet(line) {
    let i = 0;
    if (line[0] === '-' || line[0] === '*' || line[0] === '+')
        i = 1;
    else {
        while (i < 9 && line[i] >= '0' && line[i] <= '9')
            i++;
        if (i > 0 && (line[i] === '.' || line[i] === ')'))
            i++;
        else
            i = 0;
    }
    if (i > 0 && line[i] !== undefined && line[i] !== ' ' && line[i] !== '\t')
        return line;
    let s = line.slice(i).trimStart();
    if (i > 0 && s[0] === '[' && (s[1] === ' ' || s[1] === 'x' || s[1] === 'X') && s[2] === ']')
        s = s.slice(3).trimStart();
    return s;
}
/** Splits on commas outside parentheses and brackets: "Neo4j (Production, v5), Redis" is two. */
function splitCommas(line) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '(' || c === '[')
            depth++;
        else if ((c === ')' || c === ']') && depth > 0)
            depth--;
        else if (c === ',' && depth === 0) {
            parts.push(line.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(line.slice(start));
    return parts;
}
const NONE_WORDS = ['none', 'n/a', 'na', 'nothing', 'no dependencies', 'no dependency', '-', '—'];
/** "None", "N/A", "None (foundational component)", "none." and the like. */
function isNone(item) {
    const s = item.toLowerCase();
    for (const w of NONE_WORDS) {
        if (!s.startsWith(w))
            continue;
        const next = s[w.length];
        if (next === undefined || !/[\p{L}\p{N}/-]/u.test(next))
            return true;
    }
    return false;
}
/** The Dependencies field as a list: one item per line or comma, bullets and code fences dropped. */
function parseDependencies(value) {
    if (value === null)
        return [];
    const items = [];
    for (const raw of value.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('```') || line.startsWith('~~~'))
            continue;
        for (const part of splitCommas(stripBullet(line))) {
            const item = part.trim();
            if (item && item !== NO_RESPONSE && !isNone(item) && !items.includes(item))
                items.push(item);
        }
    }
    return items;
}
/** Surrounding backticks and quotes removed: "`model-management`" is "model-management". */
function unquote(s) {
    const q = (c) => c === '`' || c === '"' || c === "'";
    let start = 0;
    let end = s.length;
    while (start < end && q(s[start]))
        start++;
    while (end > start && q(s[end - 1]))
        end--;
    return s.slice(start, end).trim();
}
const quote = (s) => `"${cap(firstLine(s), 60)}${firstLine(s).length > 60 || s.includes('\n') ? '…' : ''}"`;
// ---------------------------------------------------------------------------------------------
// The form
const STAGE_CHOICES = 'Development, Staging or Production';
/** The form's sections by label, each capped at MAX_FIELD_CHARS (a longer one is a problem). */
function cappedSections(found, problems) {
    const sections = new Map();
    for (const { label } of PROMOTION_FORM_FIELDS) {
        const raw = found.get(label);
        if (raw === undefined)
            continue;
        if (raw.length > MAX_FIELD_CHARS) {
            problems.push({
                field: label,
                message: `${label} is ${raw.length.toLocaleString('en-US')} characters long; only the first ${MAX_FIELD_CHARS.toLocaleString('en-US')} are kept`,
                fix: 'Shorten it: link to the CI run, report or document instead of pasting it.',
            });
        }
        sections.set(label, cap(raw, MAX_FIELD_CHARS));
    }
    return sections;
}
function componentOf(raw, problems) {
    const componentName = raw === null ? '' : unquote(firstLine(raw));
    const component = toComponentId(componentName);
    const fix = "Fill in the component's id from .github/maturity.yml, e.g. model-management.";
    if (raw === null)
        problems.push({ field: 'Component Name', message: 'Component Name is missing', fix });
    else if (!component)
        problems.push({
            field: 'Component Name',
            message: `Component Name ${quote(raw)} is not a component id: it has no letters or digits`,
            fix,
        });
    return { component, componentName };
}
function currentStageOf(raw, problems) {
    if (raw === null)
        return null;
    const stage = (0,_core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStage */ .YA)(cap(firstLine(raw), MAX_HEADING_CHARS)) ?? null;
    if (!stage)
        problems.push({
            field: 'Current Stage',
            message: `Current Stage ${quote(raw)} is not a stage`,
            fix: `Choose ${STAGE_CHOICES}.`,
        });
    return stage;
}
function targetStageOf(raw, problems) {
    const fix = 'Choose Staging or Production.';
    if (raw === null) {
        problems.push({ field: 'Target Stage', message: 'Target Stage is missing', fix });
        return null;
    }
    const stage = (0,_core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStage */ .YA)(cap(firstLine(raw), MAX_HEADING_CHARS));
    if (!stage)
        problems.push({ field: 'Target Stage', message: `Target Stage ${quote(raw)} is not a stage`, fix });
    else if (stage === 'development')
        problems.push({
            field: 'Target Stage',
            message: 'Development is not a promotion target: every component starts there',
            fix,
        });
    else
        return stage;
    return null;
}
/** A promotion is one stage up: the same stage, a skipped stage and a demotion are problems. */
function checkStep(currentStage, targetStage, problems) {
    const step = (0,_core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .stageIndex */ .Jb)(targetStage) - (0,_core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .stageIndex */ .Jb)(currentStage);
    const from = _core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGE_TITLES */ .XV[currentStage];
    const to = _core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGE_TITLES */ .XV[targetStage];
    const next = currentStage === 'production' ? null : _core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGE_TITLES */ .XV[currentStage === 'development' ? 'staging' : 'production'];
    if (step === 0) {
        problems.push({
            field: 'Target Stage',
            message: `Target Stage is the Current Stage (${to}): there is nothing to promote`,
            fix: next
                ? `Choose the next stage, ${next}, or correct Current Stage.`
                : 'Correct Current Stage: a production component is not promoted further.',
        });
    }
    else if (step > 1) {
        problems.push({
            field: 'Target Stage',
            message: `${from} → ${to} skips a stage: components go Development → Staging → Production`,
            fix: `Request ${from} → ${next} first.`,
        });
    }
    else if (step < 0) {
        problems.push({
            field: 'Target Stage',
            message: `${from} → ${to} is a demotion, not a promotion`,
            fix: next
                ? `Choose the next stage, ${next}, or correct Current Stage.`
                : 'Correct Current Stage; demotions are not requested with this form.',
        });
    }
}
/** The ticked and unticked boxes of both criteria sections. */
function checksOf(get) {
    const checks = [];
    for (const [label, section] of [
        ['Development → Staging Criteria', 'dev-staging'],
        ['Staging → Production Criteria', 'staging-production'],
    ]) {
        const value = get(label);
        if (value === null)
            continue;
        for (const line of value.split('\n')) {
            const box = parseCheckbox(line);
            if (box)
                checks.push({ section, label: box.label, checked: box.checked });
        }
    }
    return checks;
}
/** Reads a promotion request issue body. Never throws on the body; see `problems`. */
function parsePromotionForm(body, opts = {}) {
    const problems = [];
    const sections = cappedSections(splitSections(body ?? '', labelLookup(opts.aliases)), problems);
    if (sections.size === 0) {
        problems.push({
            field: 'body',
            message: 'the issue body is not a Component Promotion Request form: none of its headings (### Component Name, ### Target Stage, ...) is there',
            fix: 'Open the request with the "Component Promotion Request" issue template, or restore the headings the form wrote.',
        });
        return { request: null, problems, sections };
    }
    const get = (label) => valueOf(sections.get(label));
    const { component, componentName } = componentOf(get('Component Name'), problems);
    const currentStage = currentStageOf(get('Current Stage'), problems);
    const targetStage = targetStageOf(get('Target Stage'), problems);
    if (currentStage && targetStage)
        checkStep(currentStage, targetStage, problems);
    const groupRaw = get('Functional Group');
    const candidate = {
        component,
        componentName,
        currentStage,
        targetStage,
        group: groupRaw === null ? null : toComponentId(firstLine(groupRaw)) || null,
        justification: get('Promotion Justification'),
        checks: checksOf(get),
        testResults: get('Test Results'),
        performance: get('Performance Metrics'),
        security: get('Security Review'),
        docsLinks: get('Documentation Links'),
        dependencies: parseDependencies(get('Dependencies')),
        knownBlockers: get('Known Blockers'),
        rollbackPlan: get('Rollback Plan'),
        additionalContext: get('Additional Context'),
    };
    if (!component)
        return { request: null, problems, sections };
    const checked = promotionRequestSchema.safeParse(candidate);
    if (!checked.success) {
        for (const issue of checked.error.issues)
            problems.push({
                field: issue.path.join('.') || 'body',
                message: issue.message,
                fix: 'Correct the field in the issue form.',
            });
        return { request: null, problems, sections };
    }
    return { request: checked.data, problems, sections };
}
/** The headings only the promotion request form has (the blocker form shares Component Name and Target Stage). */
const PROMOTION_ONLY = [
    'Current Stage',
    'Promotion Justification',
    'Development → Staging Criteria',
    'Staging → Production Criteria',
    'Rollback Plan',
];
const REQUEST_LABELS = new Set([
    'promotion:requested',
    'promotion:in-review',
    'promotion:approved',
    'promotion:completed',
]);
/**
 * Whether an issue is a promotion request: its body is the form (at least two headings only that
 * form has), or it says so by a promotion label or a `[Promotion]` title, in which case a body
 * that is not the form is still read, to tell the author what is missing. `promotion:blocked`
 * alone does not count: the seeds' blocker form applies it to blocker issues.
 */
function isPromotionRequest(issue) {
    if (issue.body) {
        const sections = splitSections(issue.body, CANONICAL);
        if (PROMOTION_ONLY.filter((l) => sections.has(l)).length >= 2)
            return true;
    }
    if (issue.labels.some((l) => REQUEST_LABELS.has(l.trim().toLowerCase())))
        return true;
    return issue.title.trimStart().slice(0, 11).toLowerCase() === '[promotion]';
}


/***/ })

};
