export const id = 685;
export const ids = [685,446];
export const modules = {

/***/ 7685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upkeepMode: () => (/* binding */ upkeepMode)
});

// UNUSED EXPORTS: UPKEEP_GATE

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./packages/action-io/names.ts
var names = __webpack_require__(5968);
// EXTERNAL MODULE: ./packages/action-io/publish.ts + 1 modules
var publish = __webpack_require__(1594);
// EXTERNAL MODULE: ./packages/core/logger.ts
var logger = __webpack_require__(3346);
// EXTERNAL MODULE: ./packages/core/maturity/read-maturity.ts
var read_maturity = __webpack_require__(9714);
// EXTERNAL MODULE: ./packages/core/result/build-result.ts + 1 modules
var build_result = __webpack_require__(7837);
// EXTERNAL MODULE: ./packages/core/stages.ts
var stages = __webpack_require__(6293);
;// CONCATENATED MODULE: ./packages/promotion/dependencies.ts

function checkDependencies(componentId, target, components, stageOf) {
    const dependencies = [];
    const cycles = [];
    const seen = new Set();
    // Depth first, in the order written, with an explicit stack (a chain of thousands of
    // components must not exhaust the call stack); `path` is the chain being walked.
    const path = [componentId];
    const next = [0];
    while (path.length) {
        const deps = components.get(path[path.length - 1])?.dependsOn ?? [];
        const i = next[next.length - 1];
        if (i >= deps.length) {
            path.pop();
            next.pop();
            continue;
        }
        next[next.length - 1] = i + 1;
        const dep = deps[i];
        const at = path.indexOf(dep);
        if (at >= 0) {
            cycles.push([...path.slice(at), dep]);
            continue;
        }
        if (seen.has(dep))
            continue;
        seen.add(dep);
        const stage = stageOf(dep);
        dependencies.push({
            id: dep,
            path: [...path, dep],
            stage,
            ok: stage !== null && stageIndex(stage) >= stageIndex(target),
        });
        path.push(dep);
        next.push(0);
    }
    return { dependencies, cycles };
}
/**
 * The components that would sit above `componentId` once it is in `stage` (a demotion): every
 * component depending on it, directly or through others, whose own stage is higher. They are
 * blocked: their dependency is no longer "at an equal or higher stage". Each is listed once,
 * by its shortest path.
 */
function dependentsAbove(componentId, stage, components, stageOf) {
    const out = [];
    const seen = new Set([componentId]);
    let frontier = [[componentId]];
    while (frontier.length) {
        const next = [];
        for (const path of frontier) {
            const id = path[path.length - 1];
            for (const c of components.values()) {
                if (seen.has(c.id) || !c.dependsOn.includes(id))
                    continue;
                seen.add(c.id);
                const via = [...path, c.id];
                const own = stageOf(c.id);
                if (own !== null && (0,stages/* stageIndex */.Jb)(own) > (0,stages/* stageIndex */.Jb)(stage))
                    out.push({ id: c.id, stage: own, path: [...via].reverse() });
                next.push(via);
            }
        }
        frontier = next;
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/config/defaults.ts
var defaults = __webpack_require__(653);
;// CONCATENATED MODULE: ./packages/promotion/labels.ts
/**
 * The promotion label taxonomy (COMPONENT_PROMOTION_GUIDE and the blocker issue template):
 * promotion:* moves requested -> in-review -> approved -> completed (blocked while a criterion
 * fails), target:<stage>, component:<id> for every component of the config, blocker:<type>,
 * the incident labels uptime-check uses, and the upkeep's: maintenance:breach with the seeds'
 * P0–P3 severities, demotion:proposed -> demotion:completed (a demotion is a stage change
 * request like a promotion: target:<stage>, approved with promotion:approved). `setupLabels`
 * creates or corrects them all, idempotently: a second run changes nothing.
 */

const PROMOTION = {
    requested: 'promotion:requested',
    inReview: 'promotion:in-review',
    approved: 'promotion:approved',
    completed: 'promotion:completed',
    blocked: 'promotion:blocked',
};
const DEMOTION = {
    proposed: 'demotion:proposed',
    completed: 'demotion:completed',
};
const BREACH_LABEL = 'maintenance:breach';
const componentLabel = (id) => `component:${id}`;
const severityLabel = (level) => `severity:${level}`;
/** The seeds' incident severity table (COMPONENT_MATURITY_CRITERIA, "Incident Response"). */
const SEVERITY_MEANING = {
    P0: 'Critical: system down, data loss; response immediate',
    P1: 'High: major functionality broken; response < 1 hour',
    P2: 'Medium: minor functionality broken; response < 4 hours',
    P3: 'Low: cosmetic issues; response < 24 hours',
};
const SEVERITY_COLOR = { P0: 'b60205', P1: 'd93f0b', P2: 'fbca04', P3: 'c2e0c6' };
const targetLabel = (stage) => `target:${stage}`;
const BLOCKERS = (/* unused pure expression or super */ null && (['tests', 'coverage', 'performance', 'security', 'documentation', 'dependencies', 'integration']));
function labelTaxonomy(components) {
    return [
        { name: PROMOTION.requested, color: 'c5def5', description: 'A component promotion was requested' },
        { name: PROMOTION.inReview, color: 'fbca04', description: 'Automated validation posted its scorecard' },
        {
            name: PROMOTION.approved,
            color: '0e8a16',
            description: 'A promotion or demotion approved by a maintainer (write or maintain permission)',
        },
        { name: PROMOTION.completed, color: '5319e7', description: 'Promotion applied: MATURITY.md, board, milestone' },
        { name: PROMOTION.blocked, color: 'b60205', description: 'A promotion criterion fails' },
        { name: targetLabel('staging'), color: 'bfdadc', description: 'Promotion to Staging' },
        { name: targetLabel('production'), color: '006b75', description: 'Promotion to Production' },
        ...BLOCKERS.map((b) => ({ name: `blocker:${b}`, color: 'd93f0b', description: `Blocks a promotion: ${b}` })),
        { name: 'incident', color: 'b60205', description: 'A component is down (uptime-check)' },
        { name: 'severity:critical', color: 'b60205', description: 'Every endpoint of the component is down' },
        { name: 'severity:high', color: 'd93f0b', description: 'Some endpoints of the component are down' },
        {
            name: BREACH_LABEL,
            color: 'b60205',
            description: 'A Production component is below its maintenance criteria (upkeep)',
        },
        ...SEVERITY_LEVELS.map((level) => ({
            name: severityLabel(level),
            color: SEVERITY_COLOR[level],
            description: SEVERITY_MEANING[level],
        })),
        {
            name: DEMOTION.proposed,
            color: 'e99695',
            description: 'A breach outlasted its grace period: demotion proposed, awaiting a maintainer',
        },
        { name: DEMOTION.completed, color: '5319e7', description: 'Demotion applied: MATURITY.md, board' },
        ...components.map((id) => ({ name: componentLabel(id), color: 'ededed', description: `Component ${id}` })),
    ];
}
async function setupLabels(api, specs) {
    const existing = new Map((await api.listLabels()).map((l) => [l.name.toLowerCase(), l]));
    const created = [];
    const updated = [];
    let unchanged = 0;
    for (const spec of specs) {
        const have = existing.get(spec.name.toLowerCase());
        if (!have) {
            await api.createLabel(spec);
            created.push(spec.name);
        }
        else if (have.color.toLowerCase() !== spec.color || (have.description ?? '') !== spec.description) {
            await api.updateLabel({ ...spec, name: have.name });
            updated.push(spec.name);
        }
        else
            unchanged++;
    }
    return { created, updated, unchanged };
}
/** A demotion proposed on a breach issue (upkeep), which promotion-report handles like a request. */
function isDemotionRequest(issue) {
    return issue.labels.includes(DEMOTION.proposed);
}

// EXTERNAL MODULE: ./packages/report/markdown.ts
var markdown = __webpack_require__(5676);
// EXTERNAL MODULE: ./packages/github/keyed-issue.ts
var keyed_issue = __webpack_require__(2548);
// EXTERNAL MODULE: ./packages/github/sticky-comment.ts
var sticky_comment = __webpack_require__(5449);
// EXTERNAL MODULE: ./packages/report/criteria.ts
var report_criteria = __webpack_require__(192);
// EXTERNAL MODULE: ./packages/core/errors.ts
var errors = __webpack_require__(425);
// EXTERNAL MODULE: ./packages/core/maturity/maturity-file.ts
var maturity_file = __webpack_require__(4446);
;// CONCATENATED MODULE: ./packages/promotion/checklist-criteria.ts
/** What each config `not-applicable` key stands for, as ids and id prefixes. */
const NOT_APPLICABLE_COVERS = {
    e2e: ['tests.e2e'],
    'load-test': ['load.', 'performance.'],
    'dependency-audit': ['security.dependency-audit'],
    'secret-scan': ['security.secret-scan'],
};
const CHECKLIST_RULES = {
    staging: [
        {
            key: 'core-features',
            seed: 'Core features complete (80%+ of planned functionality)',
            match: [/\bcore\b/i, /\bfeatures?\b|\bfunctionality\b/i],
            ids: [],
            declaration: 'only',
        },
        {
            key: 'unit-tests',
            seed: 'Unit tests passing (≥70% coverage)',
            match: [/\bunit[- ]?tests?\b/i],
            unless: [/\bintegrat|\be2e\b|end[- ]to[- ]end/i],
            ids: ['tests.unit', 'coverage.total'],
            declaration: 'none',
        },
        {
            key: 'api-docs',
            seed: 'API documented, no planned breaking changes',
            match: [/\bapi\b/i, /\bdocument/i],
            ids: ['docs.docstrings'],
            declaration: 'none',
            personPart: /\bbreaking\b/i,
        },
        {
            key: 'lint-types-security',
            seed: 'Passes linting (ruff), type checking (pyright), security scan (bandit)',
            match: [/\blint|\bruff\b/i, /\btyp(?:e|es|ing)\b|\bpyright\b|\bmypy\b/i, /\bsecurity\b|\bbandit\b/i],
            ids: ['lint.errors', 'types.errors', 'types.warnings', 'security.high', 'security.medium'],
            declaration: 'none',
        },
        {
            key: 'readme',
            seed: 'Component README with usage examples',
            match: [/\breadme\b/i],
            ids: ['evidence.readme'],
            declaration: 'none',
        },
        {
            key: 'dependencies',
            seed: 'All dependencies identified and stable',
            match: [/\bdependenc(?:y|ies)\b/i],
            ids: ['dependencies.stages'],
            declaration: 'none',
        },
        {
            key: 'integrates',
            seed: 'Successfully integrates with dependent components in dev environment',
            match: [/\bintegrat/i],
            unless: [/\bunit\b/i],
            ids: ['evidence.integration-tests'],
            declaration: 'or',
        },
    ],
    production: [
        {
            key: 'integration-tests',
            seed: 'Integration tests passing (≥80% coverage)',
            match: [/\bintegration[- ]?tests?\b/i],
            ids: ['tests.integration', 'coverage.total'],
            declaration: 'none',
        },
        {
            key: 'performance',
            seed: 'Performance validated (meets defined SLAs)',
            match: [/\bperformance\b|\bslas?\b|\blatency\b|\bresponse times?\b/i],
            ids: [],
            family: ['load.', 'performance.'],
            declaration: 'none',
        },
        {
            key: 'security',
            seed: 'Security review completed, no critical vulnerabilities',
            match: [/\bsecurity\b|\bvulnerab/i],
            ids: ['security.critical', 'security.high', 'security.dependency-audit', 'security.secret-scan'],
            declaration: 'none',
        },
        {
            key: 'uptime',
            seed: '7-day uptime in staging ≥99.5%',
            match: [/\buptime\b|\bavailability\b/i],
            ids: ['uptime.window', 'staging.days'],
            declaration: 'none',
        },
        {
            key: 'documentation',
            seed: 'Complete user documentation, API reference, troubleshooting guide',
            match: [/\buser doc|\bapi reference\b|\btroubleshoot|\bdocumentation\b/i],
            unless: [/\broll[- ]?back\b/i],
            ids: ['evidence.user-guide', 'evidence.api-reference', 'evidence.troubleshooting'],
            declaration: 'none',
        },
        {
            key: 'monitoring',
            seed: 'Health checks, metrics, alerts configured',
            match: [/\bhealth[- ]?checks?\b|\bmetrics\b|\balert/i],
            ids: ['monitoring.health', 'monitoring.metrics', 'monitoring.alerts'],
            declaration: 'none',
        },
        {
            key: 'rollback',
            seed: 'Rollback procedure documented and tested',
            match: [/\broll[- ]?back\b/i],
            ids: ['evidence.rollback'],
            declaration: 'none',
            personPart: /\btested\b/i,
        },
        {
            key: 'load',
            seed: 'Handles expected production load (if applicable)',
            match: [/\bload\b/i],
            ids: [],
            family: ['load.'],
            declaration: 'none',
        },
    ],
};
/** Text compared leniently: case, emphasis, punctuation, ≥/≤ and spacing do not matter. */
function normalizeItem(s) {
    return s
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}%]+/gu, ' ')
        .trim();
}
/** The rule an item's text is: a seed item's text, else the one rule whose keywords match; undefined if none or several. */
function checklist_criteria_ruleFor(target, itemText) {
    const rules = CHECKLIST_RULES[target];
    const n = normalizeItem(itemText);
    const exact = rules.find((r) => normalizeItem(r.seed) === n);
    if (exact)
        return exact;
    const found = rules.filter((r) => r.match.every((re) => re.test(itemText)) && !(r.unless ?? []).some((re) => re.test(itemText)));
    return found.length === 1 ? found[0] : undefined;
}
/** Whether the requester declared this item: the same text, or a label the same rule recognises. */
function isDeclared(target, itemText, rule, declared) {
    const n = normalizeItem(itemText);
    return declared.some((label) => normalizeItem(label) === n || (rule !== undefined && checklist_criteria_ruleFor(target, label) === rule));
}
/** The reason `id` (an id or a family prefix) does not apply, if it does not. */
function notApplicableReason(id, na) {
    const own = na.get(id);
    if (own !== undefined)
        return own;
    for (const [key, covers] of Object.entries(NOT_APPLICABLE_COVERS)) {
        const reason = na.get(key);
        if (reason !== undefined && covers.includes(id))
            return `${key}: ${reason}`;
    }
    return undefined;
}
function verify(rule, e) {
    const missing = [];
    const notApplicable = [];
    let passedAny = false;
    for (const id of rule.ids) {
        if (e.passed.has(id))
            passedAny = true;
        else {
            const reason = notApplicableReason(id, e.notApplicable);
            if (reason === undefined)
                missing.push(id);
            else
                notApplicable.push(reason);
        }
    }
    if (rule.family) {
        const prefixes = rule.family;
        const inFamily = (id) => prefixes.some((p) => id.startsWith(p));
        const reasons = prefixes.map((p) => notApplicableReason(p, e.notApplicable));
        if (reasons.every((r) => r !== undefined))
            notApplicable.push(...new Set(reasons));
        else if ([...e.passed].some(inFamily) && ![...(e.failed ?? [])].some(inFamily))
            passedAny = true;
        else
            missing.push(prefixes.map((p) => `${p}*`).join(' / '));
    }
    const has = rule.ids.length > 0 || rule.family !== undefined;
    return { met: has && missing.length === 0, passedAny, missing, notApplicable };
}
/** Whether an item (its rule, or none for a team's own item) is ticked on this evidence, and why (not). */
function checklist_criteria_judgeItem(target, itemText, rule, e) {
    const declared = isDeclared(target, itemText, rule, e.declared);
    const notDeclared = 'a declaration by the requester';
    if (!rule || rule.declaration === 'only') {
        const why = rule ? notDeclared : 'not one of the template\u2019s criteria, and not declared by the requester';
        return { tick: declared, by: declared ? 'declared' : null, missing: declared ? [] : [why], notApplicable: [] };
    }
    const v = verify(rule, e);
    const personNeeded = rule.personPart?.test(itemText) === true;
    if (v.met && (!personNeeded || declared)) {
        return { tick: true, by: v.passedAny ? 'verified' : 'not-applicable', missing: [], notApplicable: v.notApplicable };
    }
    if (rule.declaration === 'or' && declared)
        return { tick: true, by: 'declared', missing: [], notApplicable: [] };
    const missing = rule.declaration === 'or'
        ? [`${v.missing.join(', ')} or ${notDeclared}`]
        : [...v.missing, ...(personNeeded && !declared ? [notDeclared] : [])];
    return { tick: false, by: null, missing, notApplicable: [] };
}

;// CONCATENATED MODULE: ./packages/promotion/markdown-source.ts

function markdown_source_startOf(node) {
    const offset = node.position?.start.offset;
    if (offset === undefined)
        throw new Error('maturity-update: the Markdown parser gave no positions');
    return offset;
}
function markdown_source_endOf(node) {
    const offset = node.position?.end.offset;
    if (offset === undefined)
        throw new Error('maturity-update: the Markdown parser gave no positions');
    return offset;
}
/** Where the line holding `offset` ends (before its \r\n or \n), or the end of the text. */
function markdown_source_lineEnd(src, offset) {
    const nl = src.indexOf('\n', offset);
    if (nl < 0)
        return src.length;
    return nl > offset && src[nl - 1] === '\r' ? nl - 1 : nl;
}
/** 1-based. */
function markdown_source_lineOf(src, offset) {
    let line = 1;
    for (let i = src.indexOf('\n'); i >= 0 && i < offset; i = src.indexOf('\n', i + 1))
        line++;
    return line;
}
function markdown_source_lineStart(src, offset) {
    return src.lastIndexOf('\n', offset - 1) + 1;
}
/** The text after the line break that ends the line at `offset`, up to the next break. */
function markdown_source_nextLine(src, offset) {
    const nl = src.indexOf('\n', offset);
    if (nl < 0)
        return undefined;
    return src.slice(nl + 1, markdown_source_lineEnd(src, nl + 1));
}
/**
 * Every `**Label**: value` among the top-level paragraphs of `nodes` (as parseMaturityFile reads
 * them), in order: the value runs to the next bold label, hard break or line end.
 */
function markdown_source_findFields(src, nodes, label) {
    const out = [];
    for (const n of nodes) {
        if (n.type !== 'paragraph')
            continue;
        const kids = n.children;
        for (let i = 0; i < kids.length; i++) {
            const k = kids[i];
            if (k.type !== 'strong' ||
                text(k)
                    .replace(/:\s*$/, '')
                    .trim()
                    .toLowerCase() !== label)
                continue;
            const from = markdown_source_endOf(k);
            let to = Math.min(markdown_source_lineEnd(src, from), markdown_source_endOf(n));
            for (let j = i + 1; j < kids.length; j++) {
                const m = kids[j];
                if (m.type === 'strong' || m.type === 'break') {
                    to = Math.min(to, markdown_source_startOf(m));
                    break;
                }
            }
            const raw = src.slice(from, to);
            const lead = /^[ \t]*:?[ \t]*/.exec(raw)[0];
            const value = raw.slice(lead.length).replace(/[ \t]+$/, '');
            const start = from + lead.length;
            out.push({ start, end: start + value.length, value });
        }
    }
    return out;
}
/** The first `**Label**: value` among the top-level paragraphs of `nodes`. */
function markdown_source_findField(src, nodes, label) {
    return markdown_source_findFields(src, nodes, label)[0];
}
/** A space to put between `**Label**:` and a value written where there was none. */
function markdown_source_padEmpty(src, field) {
    return field.start === field.end && !/[ \t]/.test(src[field.start - 1] ?? '') ? ' ' : '';
}
/** A Markdown code span for `s`, fenced with more backticks than it contains. */
function markdown_source_code(s) {
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
/** `src` with `edits` (which must not overlap) made, back to front so offsets stay true. */
function markdown_source_applyEdits(src, edits) {
    let out = src;
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/promotion/checklist-update.ts



const TRANSITION_TITLES = {
    staging: 'Development → Staging',
    production: 'Staging → Production',
};
const ARROW = String.raw `\s*(?:→|-->|->|⟶|⇒|=>|➔|➡\uFE0F?|\bto\b)\s*`;
/** The heading of each transition's checklist, as people write it (arrow or "to", any case). */
const TRANSITION_HEADINGS = {
    staging: new RegExp(String.raw `\bdev(?:elopment)?${ARROW}staging\b`, 'i'),
    production: new RegExp(String.raw `\bstaging${ARROW}prod(?:uction)?\b`, 'i'),
};
/** A task item's first line: the list marker, blanks, then the box. */
const TASK = /^((?:[-*+]|\d{1,9}[.)])[ \t]+)\[([ xX])\](?=[ \t]|$)/;
/**
 * `X/7 criteria met`, `3 of 8 criteria met ✅`: count, separator, total, the words, a check mark.
 * The counts are short tokens, so a long line costs linear time.
 */
const CRITERIA_MET = /(?<![^\s([])([^\s/()[\]]{1,8})([ \t]*(?:\/|\bof\b)[ \t]*)(\S{1,8}?)([ \t]+criteria[ \t]+met\b)((?:[ \t]*(?:✅|✔|☑|:white_check_mark:|:heavy_check_mark:)\uFE0F?)?)/i;
/** The figure in a coverage value: `XX%`, `75%`, `75.5 %`, `?%`. */
const PERCENT = /(?<![\w?.,])(?:[\dX?]{1,6}(?:[.,][\dX?]{1,6})?|[?_-]{1,6})[ \t]*%/i;
function taskItem(src, item) {
    const start = startOf(item);
    const m = TASK.exec(src.slice(start, lineEnd(src, start)));
    if (!m)
        return [];
    const first = item.children[0];
    const raw = first?.type === 'paragraph' ? text(first) : '';
    return [
        {
            text: raw
                .replace(/^\s*\[[ xX]\]\s*/, '')
                .replace(/\s+/g, ' ')
                .trim(),
            checked: m[2] !== ' ',
            box: start + m[1].length + 1,
        },
    ];
}
/** The checklist under the transition's heading among `nodes`, up to the next heading of its level or higher. */
function findChecklist(src, nodes, target) {
    const at = nodes.findIndex((n) => n.type === 'heading' && TRANSITION_HEADINGS[target].test(text(n)));
    if (at < 0)
        return undefined;
    const depth = nodes[at].depth;
    const section = [];
    for (const n of nodes.slice(at + 1)) {
        if (n.type === 'heading' && n.depth <= depth)
            break;
        section.push(n);
    }
    const items = section.flatMap((n) => (n.type === 'list' ? n.children.flatMap((item) => taskItem(src, item)) : []));
    const status = findFields(src, section, 'status').find((f) => CRITERIA_MET.test(f.value));
    const coverage = findField(src, section, 'current coverage');
    return { target, items, ...(status ? { status } : {}), ...(coverage ? { coverage } : {}) };
}
/** `x`, or `X` when that is how the file ticks its boxes. */
function tickMark(src) {
    return /\[X\]/.test(src) && !/\[x\]/.test(src) ? 'X' : 'x';
}
/** Text from the file for the pull request body: one line, at most 80 characters, as code. */
function quote(s) {
    const one = s.replace(/\s+/g, ' ').trim();
    return code(one.length > 80 ? `${one.slice(0, 79)}…` : one);
}
/** At most 10 entries, then how many more: a long checklist does not make a long pull request body. */
function some(entries) {
    const shown = entries.slice(0, 10).join('; ');
    return entries.length > 10 ? `${shown}; and ${entries.length - 10} more` : shown;
}
function tickLine(path, target, items, verdicts, checked) {
    const count = (by) => verdicts.filter((v) => v?.tick && v.by === by).length;
    const parts = [
        [count('verified'), 'from the verified criteria'],
        [count('not-applicable'), 'not applicable'],
        [count('declared'), 'declared by the requester'],
        [items.filter((i) => i.checked).length, 'ticked before'],
    ];
    const shown = parts.filter(([k]) => k > 0).map(([k, w]) => `${k} ${w}`);
    const how = shown.length === 1 && parts[0][0] > 0 ? ` ${shown[0].replace(/^\d+ /, '')}` : ` (${shown.join(', ')})`;
    let line = `${path}: ${TRANSITION_TITLES[target]} checklist: ${checked.filter(Boolean).length} of ${items.length} items ticked${how}`;
    const na = items.flatMap((item, i) => verdicts[i]?.tick && verdicts[i].notApplicable.length
        ? [`${quote(item.text)} (${verdicts[i].notApplicable.map(quote).join(', ')})`]
        : []);
    if (na.length)
        line += `; does not apply: ${some(na)}`;
    const left = items.flatMap((item, i) => checked[i] ? [] : [`${quote(item.text)} (needs ${verdicts[i]?.missing.join(', ')})`]);
    if (left.length)
        line += `; not ticked: ${some(left)}`;
    return line;
}
function statusEdit(list, checked) {
    const field = list.status;
    if (!field || list.items.length === 0)
        return undefined;
    const met = checked.filter(Boolean).length;
    const all = met === list.items.length;
    const value = field.value.replace(CRITERIA_MET, (_m, _x, sep, _n, words, mark) => `${met}${sep}${list.items.length}${words}${all ? mark || ' ✅' : ''}`);
    return value === field.value ? undefined : { edit: { start: field.start, end: field.end, text: value }, value };
}
function coverageEdit(src, list, coverage) {
    const field = list.coverage;
    if (!field || coverage === null || !Number.isFinite(coverage))
        return undefined;
    const figure = `${coverage.toFixed(2)}%`;
    const value = PERCENT.test(field.value) ? field.value.replace(PERCENT, figure) : figure;
    if (value === field.value)
        return undefined;
    const pad = field.value === '' ? padEmpty(src, field) : '';
    return { edit: { start: field.start, end: field.end, text: pad + value }, value };
}
/**
 * The edits that tick `target`'s checklist in `nodes` (a file's, or one component's section)
 * from `evidence`; undefined when there is no such checklist.
 */
function checklist_update_planChecklist(src, nodes, target, evidence, path) {
    const list = findChecklist(src, nodes, target);
    if (!list)
        return undefined;
    const verdicts = list.items.map((item) => item.checked ? null : judgeItem(target, item.text, ruleFor(target, item.text), evidence));
    const checked = list.items.map((item, i) => item.checked || verdicts[i]?.tick === true);
    const mark = tickMark(src);
    const edits = list.items.flatMap((item, i) => verdicts[i]?.tick ? [{ start: item.box, end: item.box + 1, text: mark }] : []);
    const changes = edits.length ? [tickLine(path, target, list.items, verdicts, checked)] : [];
    const title = TRANSITION_TITLES[target];
    const expect = { checked };
    const status = statusEdit(list, checked);
    if (status) {
        edits.push(status.edit);
        expect.status = status.value;
        changes.push(`${path}: ${title} Status ${quote(list.status.value)} → ${quote(status.value)}`);
    }
    const coverage = coverageEdit(src, list, evidence.coverage);
    if (coverage) {
        edits.push(coverage.edit);
        expect.coverage = coverage.value;
        changes.push(`${path}: ${title} Current Coverage ${quote(list.coverage.value || '(empty)')} → ${quote(coverage.value)}`);
    }
    return { edits, changes, expect };
}
/** What is wrong when the edited text does not read back as planned; undefined when it does. */
function checklist_update_checklistReadBack(src, nodes, target, expect) {
    const list = findChecklist(src, nodes, target);
    if (!list)
        return `the ${TRANSITION_TITLES[target]} checklist is gone`;
    const got = list.items.map((i) => i.checked);
    if (got.length !== expect.checked.length || got.some((c, i) => c !== expect.checked[i])) {
        return `the ${TRANSITION_TITLES[target]} boxes read [${got.join(', ')}], not [${expect.checked.join(', ')}]`;
    }
    if (expect.status !== undefined && list.status?.value !== expect.status)
        return `its Status reads "${list.status?.value ?? ''}", not "${expect.status}"`;
    if (expect.coverage !== undefined && list.coverage?.value !== expect.coverage)
        return `its Current Coverage reads "${list.coverage?.value ?? ''}", not "${expect.coverage}"`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/promotion/maturity-update.ts





const DATE = /\b\d{4}-\d{2}-\d{2}\b/;
/** The subsection under the heading matching `name` in `section`: its first list, and its nodes. */
function subsection(section, name) {
    const at = section.findIndex((n) => n.type === 'heading' && name.test(text(n)));
    if (at < 0)
        return undefined;
    const anchor = section[at];
    const after = section.slice(at + 1);
    const end = after.findIndex((n) => n.type === 'heading');
    const nodes = end < 0 ? after : after.slice(0, end);
    const list = nodes.find((n) => n.type === 'list');
    return { target: { anchor, ...(list ? { list } : {}) }, nodes: [anchor, ...nodes] };
}
function findHistory(src, nodes) {
    const at = nodes.findIndex((n) => n.type === 'heading' && /promotion history/i.test(text(n)));
    if (at < 0)
        return undefined;
    const heading = nodes[at];
    const section = [];
    for (let i = at + 1; i < nodes.length; i++) {
        const n = nodes[i];
        if (n.type === 'heading' && n.depth <= heading.depth)
            break;
        section.push(n);
    }
    const items = section
        .filter((n) => n.type === 'list')
        .flatMap((l) => l.children.map((item) => src.slice(startOf(item), endOf(item))));
    const promoted = subsection(section, /^\s*promotions?\s*$/i);
    const demoted = subsection(section, /^\s*demotions?\s*$/i);
    const firstSub = section.findIndex((n) => n.type === 'heading');
    const ownList = (firstSub < 0 ? section : section.slice(0, firstSub)).find((n) => n.type === 'list');
    const promotions = promoted?.target ?? { anchor: heading, ...(ownList ? { list: ownList } : {}) };
    // Without subsections, the section's one list is the whole log: demotions go there too.
    const demotions = demoted?.target ?? (promoted ? undefined : promotions);
    const blocks = (promoted?.nodes ?? [heading]).filter((n) => n.type !== 'thematicBreak');
    const subDepth = promoted ? promoted.target.anchor.depth : Math.min(6, heading.depth + 1);
    return {
        heading,
        promotions,
        ...(demotions ? { demotions } : {}),
        demotionsAt: endOf(blocks[blocks.length - 1]),
        subDepth,
        items,
    };
}
/** The style of the file's own entries; the seeds' MATURITY.md template when it has none. */
function entryStyle(items) {
    const entries = items.filter((s) => /(promoted|demoted)\s+to/i.test(s));
    const last = entries[entries.length - 1];
    const boldDate = last === undefined ? true : /^\S+\s+\*\*/.test(last) || /^\S+\s+__/.test(last);
    const linked = entries.some((s) => /\(\s*\[#\d+\]\(/.test(s));
    const worded = entries.some((s) => /Issue\s+(\[)?#/i.test(s));
    return { boldDate, issueWord: worded || !linked };
}
function issueNumber(change) {
    if (change.issue !== undefined)
        return change.issue;
    const fromUrl = change.issueUrl === undefined ? undefined : /\/(\d+)\/?$/.exec(change.issueUrl)?.[1];
    return fromUrl === undefined ? undefined : Number(fromUrl);
}
function isDemotion(change) {
    return stageIndex(change.to) < stageIndex(change.from);
}
/**
 * A reason as the history line can hold it and parseMaturityFile reads it back whole: plain
 * words, digits and `%.;:=/+-`; no comma or bracket (they end "Reason: …"), no Markdown.
 */
function reasonText(reason) {
    return reason
        .replace(/[^\p{L}\p{N} %.;:=/+-]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200)
        .trim();
}
function entryText(change, style) {
    const date = style.boldDate ? `**${change.date}**` : change.date;
    const n = issueNumber(change);
    const parts = [];
    const reason = isDemotion(change) && change.reason ? reasonText(change.reason) : '';
    if (reason)
        parts.push(`Reason: ${reason}`);
    if (n !== undefined) {
        const number = change.issueUrl ? `[#${n}](${change.issueUrl})` : `#${n}`;
        parts.push(style.issueWord || reason ? `Issue ${number}` : number);
    }
    const verb = isDemotion(change) ? 'Demoted' : 'Promoted';
    return `${date}: ${verb} to ${STAGE_TITLES[change.to]}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
function checkChange(change, path) {
    const where = { file: path };
    if (!isValidDate(change.date)) {
        throw new ConfigurationError(`the promotion date "${change.date}" is not a date (YYYY-MM-DD)`, {
            ...where,
            at: 'date',
        });
    }
    if (stageIndex(change.to) !== stageIndex(change.from) + 1 && !isDemotion(change)) {
        throw new ConfigurationError(`cannot promote from ${STAGE_TITLES[change.from]} to ${STAGE_TITLES[change.to]}: a promotion goes to the next stage`, where, 'Promote one stage at a time (Development → Staging → Production).');
    }
    if (change.issue !== undefined && (!Number.isInteger(change.issue) || change.issue < 1)) {
        throw new ConfigurationError(`issue ${change.issue} is not an issue number`, { ...where, at: 'issue' });
    }
}
/**
 * The edit that appends `entry` to its history list (in the list's own style), or starts the
 * list; a demotion in a file whose history has a Promotions subsection but no Demotions one
 * starts that subsection after the Promotions.
 */
function historyEdit(markdown, history, entry, demotion) {
    const eol = markdown.includes('\r\n') ? '\r\n' : '\n';
    const target = demotion ? history.demotions : history.promotions;
    if (!target) {
        const at = history.demotionsAt;
        return { start: at, end: at, text: `${eol}${eol}${'#'.repeat(history.subDepth)} Demotions${eol}${eol}- ${entry}` };
    }
    const { list } = target;
    if (list) {
        const last = list.children[list.children.length - 1];
        const itemStart = startOf(last);
        const indent = markdown.slice(lineStart(markdown, itemStart), itemStart);
        const marker = /^(?:[-*+]|\d+[.)])/.exec(markdown.slice(itemStart))?.[0] ?? '-';
        const ordered = /^(\d+)([.)])$/.exec(marker);
        const nextMarker = ordered ? `${Number(ordered[1]) + 1}${ordered[2]}` : marker;
        const at = lineEnd(markdown, endOf(last));
        const gap = list.spread ? eol : '';
        return { start: at, end: at, text: `${eol}${gap}${indent.replace(/\S/g, ' ')}${nextMarker} ${entry}` };
    }
    // No list yet: start one under the heading, keeping a blank line before what follows.
    const at = lineEnd(markdown, endOf(target.anchor));
    const following = nextLine(markdown, at);
    const tail = following !== undefined && following.trim() !== '' ? eol : '';
    return { start: at, end: at, text: `${eol}${eol}- ${entry}${tail}` };
}
/** The component's nodes: the whole file's, or the section under the heading that names it. */
function componentNodes(markdown, path, section) {
    const root = maturityTree(markdown);
    if (!section)
        return root.children;
    const sub = sectionNodes(root, section);
    if (!sub) {
        throw new ConfigurationError(`no heading names "${section}", so its stage cannot be updated`, { file: path }, `Add a heading for ${section} or fix the maturity-file.`);
    }
    return sub;
}
/** Throws (our bug, nothing written) unless `out` reads back as the change recorded and the checklist as planned. */
function readBack(out, file, change, hasUpdated, checklist) {
    const [path, section] = file.split('#', 2);
    const after = parseMaturityFile(out, file);
    const kind = isDemotion(change) ? 'demoted' : 'promoted';
    const recorded = after.stage === change.to &&
        (kind === 'demoted' ? after.demotedFrom : after.promotedFrom) === change.from &&
        after.since === change.date &&
        (!hasUpdated || after.lastUpdated === change.date) &&
        after.history.some((h) => h.kind === kind && h.stage === change.to && h.date === change.date);
    if (!recorded) {
        throw new Error(`maturity-update: ${path} does not read back as ${STAGE_TITLES[change.to]} since ${change.date} after the update (stage ${after.stage ?? after.stageText}, since ${after.since}); nothing was written`);
    }
    const wrong = checklist && checklistReadBack(out, componentNodes(out, path, section), change.to, checklist);
    if (wrong)
        throw new Error(`maturity-update: ${path} does not read back as planned after the update: ${wrong}; nothing was written`);
}
/**
 * Whether the history already records this promotion; throws when the file says the component
 * is in neither stage of the change (or in the new one since another day).
 */
function checkCurrentStage(markdown, file, change, stageField) {
    const before = parseMaturityFile(markdown, file);
    const kind = isDemotion(change) ? 'demoted' : 'promoted';
    const recorded = before.history.some((h) => h.kind === kind && h.stage === change.to && h.date === change.date);
    const alreadyThere = before.stage === change.to && (recorded || before.since === change.date);
    if (before.stage !== change.from && !alreadyThere) {
        const says = before.stage ? STAGE_TITLES[before.stage] : `"${before.stageText ?? ''}"`;
        throw new ConfigurationError(`says the Current Stage is ${says}, not ${STAGE_TITLES[change.from]}, so it cannot record a ${kind === 'demoted' ? 'demotion' : 'promotion'} from ${STAGE_TITLES[change.from]} to ${STAGE_TITLES[change.to]}`, { file: file.split('#', 1)[0], line: lineOf(markdown, stageField.start) }, 'Bring the file up to date with the component\u2019s real stage first.');
    }
    return recorded;
}
/**
 * The Markdown of `file` (its repository path, possibly `path#component` for a file several
 * components share) with `change` recorded. Throws a ConfigurationError, changing nothing,
 * when the file lacks a `**Current Stage**:` line or a `## Promotion History` section, or
 * says the component is in neither stage of the change.
 */
function applyPromotion(markdown, change, file) {
    const [path, section] = file.split('#', 2);
    checkChange(change, path);
    const nodes = componentNodes(markdown, path, section);
    const stageField = findField(markdown, nodes, 'current stage');
    const updatedField = findField(markdown, nodes, 'last updated');
    const history = findHistory(markdown, nodes);
    const demotion = isDemotion(change);
    const missing = [
        ...(stageField ? [] : ['a "**Current Stage**:" line']),
        ...(history ? [] : ['a "## Promotion History" section']),
    ];
    if (!stageField || !history) {
        throw new ConfigurationError(`lacks ${missing.join(' and ')}${section ? ` under "${section}"` : ''}, so the ${demotion ? 'demotion' : 'promotion'} to ${STAGE_TITLES[change.to]} was not recorded`, { file: path }, 'Add the missing part as in the seeds\u2019 MATURITY.md template, then run the promotion again.');
    }
    const recorded = checkCurrentStage(markdown, file, change, stageField);
    const edits = [];
    const changes = [];
    const stageText = `${STAGE_TITLES[change.to]} (${demotion ? 'demoted' : 'promoted'} from ${STAGE_TITLES[change.from]} on ${change.date})`;
    if (stageField.value !== stageText) {
        edits.push({ start: stageField.start, end: stageField.end, text: padEmpty(markdown, stageField) + stageText });
        const by = change.by ? ` (by @${change.by.replace(/^@/, '')})` : '';
        changes.push(`${path}: Current Stage ${code(stageField.value)} → ${code(stageText)}${by}`);
    }
    if (updatedField) {
        const old = updatedField.value;
        const date = DATE.exec(old);
        const value = date ? old.slice(0, date.index) + change.date + old.slice(date.index + date[0].length) : change.date;
        if (value !== old) {
            edits.push({ start: updatedField.start, end: updatedField.end, text: padEmpty(markdown, updatedField) + value });
            changes.push(`${path}: Last Updated ${code(old || '(empty)')} → ${code(value)}`);
        }
    }
    if (!recorded) {
        const entry = entryText(change, entryStyle(history.items));
        edits.push(historyEdit(markdown, history, entry, demotion));
        changes.push(`${path}: Promotion History + ${code(`- ${entry}`)}`);
    }
    const checklist = change.evidence && !demotion
        ? planChecklist(markdown, nodes, change.to, change.evidence, path)
        : undefined;
    if (checklist) {
        edits.push(...checklist.edits);
        changes.push(...checklist.changes);
    }
    const out = applyEdits(markdown, edits);
    readBack(out, file, change, updatedField !== undefined, checklist?.expect);
    return { markdown: out, changes };
}

;// CONCATENATED MODULE: ./packages/upkeep/breach-text.ts
/**
 * What a maintenance breach issue says (PURE): its title, its body (rewritten by every check
 * while the breach lasts), the demotion proposal, the recovery note. The body's first line is
 * a hidden marker with the breach's own state (whether a demotion was proposed, and the
 * reason), which only this code writes and reads back, checked: a body someone edited is read
 * as "not proposed", which at worst proposes again.
 */





const MARKER = 'maturity-actions:breach';
const DAY = 86_400_000;
function breachStateLine(state) {
    return `<!-- ${MARKER} ${JSON.stringify({ ...state, reason: reasonText(state.reason) })} -->`;
}
/** The state in a breach issue's body; null when the body has none, or not ours. */
function readBreachState(body) {
    const m = new RegExp(`^<!-- ${MARKER} (\\{[^\\n]*?\\}) -->`).exec(body ?? '');
    if (!m)
        return null;
    try {
        const o = JSON.parse(m[1]);
        if (o.v !== 1 || typeof o.component !== 'string' || typeof o.reason !== 'string')
            return null;
        const proposed = typeof o.proposed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o.proposed) ? o.proposed : null;
        return { v: 1, component: o.component, proposed, reason: reasonText(o.reason) };
    }
    catch {
        return null;
    }
}
function breachTitle(name) {
    return `Maintenance breach: ${name}`;
}
const day = (d) => d.toISOString().slice(0, 10);
/** The day the grace period ends: a breach still open then is proposed for demotion. */
function graceEnds(since, graceDays) {
    return new Date(since.getTime() + graceDays * DAY);
}
function breachBody(v) {
    const name = (0,markdown/* escapeText */.X1)(v.name);
    const stage = stages/* STAGE_TITLES */.XV[v.demoteTo];
    const next = v.state.proposed
        ? `**Demotion proposed** on ${v.state.proposed}: a maintainer approves it by adding \`${PROMOTION.approved}\`, which opens the MATURITY.md pull request (Production → ${stage}).`
        : `**Grace period**: ${v.graceDays} day(s). If the breach lasts until ${day(graceEnds(v.since, v.graceDays))}, a demotion to ${stage} is proposed here for remediation.`;
    return [
        breachStateLine(v.state),
        `## ${name} is below its maintenance criteria`,
        '',
        `${name} is in Production, and the scheduled upkeep check measured it below the bars a Production component keeps. Severity **${v.severity}** (the worst of its breaches, from the seeds\u2019 P0–P3 table; \`policy.production.maintenance.severity\`).`,
        '',
        (0,report_criteria/* criteriaTable */.qi)(v.evaluation.criteria),
        '',
        `**In breach since** ${day(v.since)}. ${next}`,
        '',
        `${FIGURES_AS_OF} ${day(v.now)}${v.runUrl ? ` ([upkeep check](${v.runUrl}))` : ''}. This issue is updated while the breach lasts, and closed with a comment when the figures recover.`,
    ].join('\n');
}
const FIGURES_AS_OF = 'Figures as of';
/** Whether two bodies say the same but for the run they were checked by: a rerun with the same figures writes nothing. */
function sameBreachBody(a, b) {
    const strip = (s) => s.replace(new RegExp(`^${FIGURES_AS_OF} .*$`, 'm'), '');
    return a !== null && a !== undefined && strip(a) === strip(b);
}
function dependentsLines(blocked, component, stage) {
    if (!blocked.length)
        return [`No component that depends on \`${component}\` is above ${stages/* STAGE_TITLES */.XV[stage]}.`];
    return [
        `Blocked by this demotion (they would sit above their dependency, now in ${stages/* STAGE_TITLES */.XV[stage]}):`,
        ...blocked.map((b) => `- \`${b.id}\` (${stages/* STAGE_TITLES */.XV[b.stage]}): ${b.path.map((p) => `\`${p}\``).join(' → ')}`),
    ];
}
function proposalComment(v, blocked) {
    const stage = stages/* STAGE_TITLES */.XV[v.demoteTo];
    return [
        `## Demotion proposed: ${(0,markdown/* escapeText */.X1)(v.name)}, Production → ${stage}`,
        '',
        `The breach has lasted since ${day(v.since)}, past the grace period of ${v.graceDays} day(s). The seeds: a component that fails its maintenance criteria "can be demoted to a lower stage for remediation".`,
        '',
        `Reason: ${(0,markdown/* escapeText */.X1)(v.state.reason)}.`,
        '',
        ...dependentsLines(blocked, v.component, v.demoteTo),
        '',
        `To demote it, a maintainer (write or maintain permission) adds \`${PROMOTION.approved}\`: promotion-report checks the approval as for a promotion and opens the MATURITY.md pull request; merging it completes the demotion (labels, board) and closes this issue. To keep it in Production, remove \`${DEMOTION.proposed}\`: it is not proposed again for this breach.`,
    ].join('\n');
}
function recoveryComment(name, evaluation, now, runUrl) {
    return [
        `Recovered: every maintenance criterion of ${(0,markdown/* escapeText */.X1)(name)} is met again (${day(now)}${runUrl ? `, [upkeep check](${runUrl})` : ''}).`,
        '',
        (0,report_criteria/* criteriaTable */.qi)(evaluation.criteria),
    ].join('\n');
}

// EXTERNAL MODULE: ./packages/coverage/totals.ts
var totals = __webpack_require__(2382);
// EXTERNAL MODULE: ./packages/uptime/window.ts
var uptime_window = __webpack_require__(2759);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./packages/upkeep/patch-deadlines.ts
/**
 * Patch deadlines of a Production component as of now (PURE): the open critical, high and
 * medium findings of its newest security-gate result on the default branch, each dated from
 * when it was first seen (`data.open[].firstSeen`, carried from run to run), against
 * `policy.production.security.patch-within-hours` (24 h / 7 d / 30 d). The security gate judges
 * the deadlines at its own run; here they are judged again today, since a deadline can pass
 * between two scans.
 */

const PATCHED_SEVERITIES = ['critical', 'high', 'medium'];
const openFinding = schemas/* object */.Ikc({
    tool: schemas/* string */.YjP(),
    rule: schemas/* string */.YjP(),
    severity: schemas/* string */.YjP(),
    path: schemas/* string */.YjP().nullable().optional(),
    line: schemas/* number */.aig().nullable().optional(),
    package: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), version: schemas/* string */.YjP().nullable().optional() }).nullable().optional(),
    firstSeen: schemas/* string */.YjP().nullable().optional(),
});
const securityData = schemas/* object */.Ikc({ open: schemas/* array */.YOg(openFinding), openOmitted: schemas/* number */.aig().optional() });
/** The open findings a security-gate result lists; null when its data has no such list (an older or foreign result). */
function openFindings(result) {
    const parsed = securityData.safeParse(result.data);
    return parsed.success ? { open: parsed.data.open, omitted: parsed.data.openOmitted ?? 0 } : null;
}
function overdueAt(open, deadlines, now) {
    const out = [];
    for (const f of open) {
        const severity = f.severity;
        if (!PATCHED_SEVERITIES.includes(severity) || !f.firstSeen)
            continue;
        const seen = Date.parse(f.firstSeen);
        if (Number.isNaN(seen))
            continue;
        const ageHours = (now.getTime() - seen) / 3_600_000;
        if (ageHours > deadlines[severity])
            out.push({
                finding: f,
                severity,
                deadlineHours: deadlines[severity],
                overdueHours: Math.floor(ageHours - deadlines[severity]),
            });
    }
    const rank = (s) => PATCHED_SEVERITIES.indexOf(s);
    return out.sort((a, b) => rank(a.severity) - rank(b.severity) || b.overdueHours - a.overdueHours);
}
function describeFinding(f) {
    const where = f.package
        ? `${f.package.name}${f.package.version ? ` ${f.package.version}` : ''}`
        : `${f.path ?? '?'}${f.line ? `:${f.line}` : ''}`;
    return `${f.severity} ${f.tool} ${f.rule} in ${where}`;
}

;// CONCATENATED MODULE: ./packages/upkeep/windows.ts
/** The calendar month before the one `now` is in: [its first instant, the next month's). */
function lastCompleteMonth(now) {
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 1, 1));
    return { label: from.toISOString().slice(0, 7), from, to };
}
function maintenanceWindows(now, rollingText, rollingMs) {
    return {
        month: lastCompleteMonth(now),
        rolling: { label: rollingText, from: new Date(now.getTime() - rollingMs), to: now },
    };
}
/** "November 2026" for `2026-11`. */
function monthTitle(label) {
    const [y, m] = label.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

;// CONCATENATED MODULE: ./packages/upkeep/maintenance.ts





const pct2 = (x) => Math.round(x * 100) / 100;
const LATENCY_BAR = { api: 'api-p95-ms', page: 'page-load-p95-ms', db: 'db-p95-ms' };
const LATENCY_NAME = { api: 'API', page: 'page load', db: 'database' };
function uptimeCriterion(m, id, input, where) {
    const bar = m.policy.maintenance.uptime;
    const evidence = m.historySource ? [{ tool: `probe history (${m.historySource})` }] : [];
    const base = { id, title: `Uptime ${where}`, bar, comparator: '>=', unit: '%', evidence };
    const w = input.figures;
    if (m.since && m.since.getTime() >= input.window.to.getTime()) {
        return {
            criterion: {
                ...base,
                status: 'no-data',
                measured: null,
                enforced: false,
                detail: `not in Production ${where} (in Production since ${m.since.toISOString().slice(0, 10)})`,
            },
        };
    }
    if (!w)
        return { criterion: { ...base, status: 'no-data', measured: null, detail: input.missing ?? 'no probe history' } };
    if (w.status === 'no-data' || w.uptime === null || w.uptimeText === null) {
        const reason = w.noDataReason ?? 'no samples';
        return {
            criterion: {
                ...base,
                status: 'no-data',
                measured: null,
                detail: reason.includes('expected samples') ? reason : `${reason}; ${(0,uptime_window/* coverageText */._)(w)}`,
            },
        };
    }
    const ok = (0,totals/* meetsBar */.wx)(w.uptime, bar);
    const measured = Number(w.uptimeText);
    const detail = `${w.up + w.degraded} of ${w.samples} samples up; ${(0,uptime_window/* coverageText */._)(w)}`;
    const criterion = {
        ...base,
        status: ok ? 'pass' : 'fail',
        measured,
        ...(ok ? {} : { gap: pct2(bar - measured) }),
        detail,
    };
    return ok
        ? { criterion }
        : { criterion, breach: { id, kind: 'uptime', text: `uptime ${w.uptimeText}% ${where} below ${bar}%` } };
}
/** A figure at most `bar`, from Prometheus or the probe history. */
function ceilingCriterion(base, figure, breach) {
    if (figure.error)
        return { criterion: { ...base, status: 'error', measured: null, detail: figure.error } };
    if (figure.value === null)
        return { criterion: { ...base, status: 'no-data', measured: null, detail: figure.missing } };
    const v = pct2(figure.value);
    const ok = v <= base.bar;
    const criterion = {
        ...base,
        status: ok ? 'pass' : 'fail',
        measured: v,
        ...(ok ? {} : { gap: pct2(v - base.bar) }),
        detail: figure.detail,
    };
    return ok ? { criterion } : { criterion, breach: breach(v) };
}
function rollingFigures(m) {
    const w = m.rolling.figures;
    if (!w)
        return { w: null, missing: m.rolling.missing ?? 'no probe history' };
    if (w.status === 'no-data')
        return { w: null, missing: w.noDataReason ?? 'no samples' };
    return { w, missing: '' };
}
function errorRateCriterion(m) {
    const bar = m.policy.performance['max-error-rate'];
    const over = `over ${m.rolling.window.label}`;
    const p = m.prometheus;
    const breach = (v) => ({
        id: 'maintenance.error-rate',
        kind: 'error-rate',
        text: `error rate ${v}% ${over} above ${bar}%`,
    });
    if (p) {
        const base = {
            id: 'maintenance.error-rate',
            title: `Error rate (5xx) ${over}`,
            bar,
            comparator: '<=',
            unit: '%',
            evidence: [{ url: p.url, tool: 'Prometheus' }],
        };
        const value = p.errorRate.value === null ? null : 100 * p.errorRate.value;
        return ceilingCriterion(base, {
            value,
            error: p.errorRate.error,
            detail: p.errorRate.query,
            missing: `the query returned no series: ${p.errorRate.query}`,
        }, breach);
    }
    const { w, missing } = rollingFigures(m);
    const base = {
        id: 'maintenance.error-rate',
        title: `Error rate ${over} (health probes down)`,
        bar,
        comparator: '<=',
        unit: '%',
        evidence: m.historySource ? [{ tool: `probe history (${m.historySource})` }] : [],
    };
    return ceilingCriterion(base, {
        value: w?.errorRate ?? null,
        error: null,
        detail: w ? `${w.down} of ${w.samples} probes down` : '',
        missing: `${missing} (give \`prometheus-url\` for the 5xx share of requests)`,
    }, breach);
}
function latencyCriterion(m) {
    const bar = m.policy.performance[LATENCY_BAR[m.latency]];
    const over = `over ${m.rolling.window.label}`;
    const name = LATENCY_NAME[m.latency];
    const p = m.prometheus;
    const breach = (v) => ({
        id: 'maintenance.p95',
        kind: 'latency',
        text: `${name} p95 ${v} ms ${over} above ${bar} ms`,
    });
    if (p) {
        const base = {
            id: 'maintenance.p95',
            title: `${name} p95 latency ${over}`,
            bar,
            comparator: '<=',
            unit: 'ms',
            evidence: [{ url: p.url, tool: 'Prometheus' }],
        };
        return ceilingCriterion(base, {
            value: p.p95Ms.value,
            error: p.p95Ms.error,
            detail: p.p95Ms.query,
            missing: `the query returned no series: ${p.p95Ms.query}`,
        }, breach);
    }
    const { w, missing } = rollingFigures(m);
    const base = {
        id: 'maintenance.p95',
        title: `p95 latency of the health probes ${over} (${name} SLA)`,
        bar,
        comparator: '<=',
        unit: 'ms',
        evidence: m.historySource ? [{ tool: `probe history (${m.historySource})` }] : [],
    };
    const value = w?.latency?.p95 ?? null;
    const detail = w?.latency
        ? `p50 ${Math.round(w.latency.p50)} ms, p99 ${Math.round(w.latency.p99)} ms of ${w.up + w.degraded} successful probes`
        : '';
    return ceilingCriterion(base, {
        value,
        error: null,
        detail,
        missing: w
            ? 'no successful probe timed a response'
            : `${missing} (give \`prometheus-url\` for the requests' p95)`,
    }, breach);
}
function patchCriterion(m) {
    const sla = m.policy.security['patch-within-hours'];
    const e = m.security.evidence;
    const base = {
        id: 'maintenance.patch-deadlines',
        title: `Findings patched within deadline (critical ${sla.critical} h, high ${sla.high / 24} d, medium ${sla.medium / 24} d)`,
        bar: 0,
        comparator: '<=',
        unit: 'findings',
        evidence: e ? [{ file: e.file, tool: 'security-gate', ...(e.url ? { url: e.url } : {}) }] : [],
    };
    if (!e)
        return {
            criterion: {
                ...base,
                status: 'no-data',
                measured: null,
                detail: m.security.missing ?? 'no security-gate result',
            },
        };
    const stale = staleScan(e.createdAt, sla, m.now);
    if (stale)
        return { criterion: { ...base, status: 'no-data', measured: null, detail: stale } };
    const overdue = overdueAt(e.open, sla, m.now);
    const omitted = e.omitted ? `; ${e.omitted} more open finding(s) not listed in the result` : '';
    if (overdue.length === 0)
        return {
            criterion: {
                ...base,
                status: 'pass',
                measured: 0,
                detail: `no open finding is past its deadline (scan of ${e.createdAt.slice(0, 10)})${omitted}`,
            },
        };
    return overdueFindings(base, overdue, omitted);
}
/**
 * Why a scan is too old to judge, or null: a scan older than the longest deadline cannot say
 * whether a deadline passed since.
 */
function staleScan(createdAt, sla, now) {
    const longest = Math.max(sla.critical, sla.high, sla.medium);
    const ageHours = (now.getTime() - Date.parse(createdAt)) / 3_600_000;
    // Not `ageHours > longest`: an unreadable date (NaN) is too old too.
    if (ageHours <= longest)
        return null;
    return `the newest security scan on the default branch is from ${createdAt.slice(0, 10)}, older than the longest deadline (${longest / 24} days): run the Maturity workflow on the default branch`;
}
/** The failing criterion, naming the most urgent finding, and the breach, named after the worst severity overdue. */
function overdueFindings(base, overdue, omitted) {
    const worst = overdue[0]; // overdueAt sorts the worst severity first, the longest overdue first within it
    const criterion = {
        ...base,
        status: 'fail',
        measured: overdue.length,
        gap: overdue.length,
        detail: `oldest: ${describeFinding(worst.finding)}, first seen ${worst.finding.firstSeen.slice(0, 10)}${omitted}`,
    };
    const counts = PATCHED_SEVERITIES.map((s) => [s, overdue.filter((o) => o.severity === s).length]).filter(([, n]) => n > 0);
    return {
        criterion,
        breach: {
            id: base.id,
            kind: `patch-${worst.severity}`,
            text: `${counts.map(([s, n]) => `${n} ${s}`).join(' and ')} finding(s) past the patch deadline`,
        },
    };
}
function worstSeverity(m, breaches) {
    const levels = breaches.map((b) => defaults/* SEVERITY_LEVELS */.me.indexOf(m.policy.maintenance.severity[b.kind]));
    return levels.length ? defaults/* SEVERITY_LEVELS */.me[Math.min(...levels)] : null;
}
function evaluateMaintenance(m) {
    const month = `in ${m.month.window.label}`;
    const judged = [
        uptimeCriterion(m, 'maintenance.uptime.month', m.month, month),
        uptimeCriterion(m, 'maintenance.uptime.rolling', m.rolling, `over ${m.rolling.window.label}`),
        errorRateCriterion(m),
        latencyCriterion(m),
        patchCriterion(m),
    ];
    judged[0].criterion.title = `Uptime in ${monthTitle(m.month.window.label)} (calendar month)`;
    const criteria = judged.map((j) => j.criterion);
    const breaches = judged.flatMap((j) => (j.breach ? [j.breach] : []));
    const unmeasured = criteria
        .filter((c) => c.enforced !== false && (c.status === 'no-data' || c.status === 'error'))
        .map((c) => c.title);
    const state = breaches.length ? 'breach' : unmeasured.length ? 'unknown' : 'healthy';
    return { criteria, breaches, severity: worstSeverity(m, breaches), state, unmeasured };
}
/** The breaches in one line of plain words, as a demotion's reason. */
function breachReason(breaches) {
    return breaches.map((b) => b.text).join('; ');
}

;// CONCATENATED MODULE: ./packages/upkeep/breach.ts





const breachLabels = (component) => [BREACH_LABEL, componentLabel(component)];
const ref = (i) => ({ number: i.number, url: i.html_url });
/** Moves the severity label to the breach's current worst (P0..P3). */
async function moveSeverity(api, issue, severity) {
    const want = severityLabel(severity);
    const stale = issue.labels.filter((l) => /^severity:P\d$/.test(l) && l !== want);
    if (!issue.labels.includes(want))
        await api.addLabels(issue.number, [want]);
    for (const l of stale)
        await api.removeLabel(issue.number, l);
}
/** Proposes the demotion once the grace period is over; the proposal comment is sticky, so a rerun adds nothing. */
async function proposeIfDue(api, input, issue, view) {
    if (view.state.proposed || input.now < graceEnds(view.since, input.policy['grace-days']))
        return false;
    view.state.proposed = day(input.now);
    await (0,sticky_comment/* upsertStickyComment */.q)(api, issue.number, (0,sticky_comment/* stickyMarker */.Y)('upkeep-demotion', input.component), proposalComment(view, input.blocked));
    await api.addLabels(issue.number, [DEMOTION.proposed, targetLabel(input.demoteTo)]);
    return true;
}
async function keepBreach(api, input, open) {
    const severity = input.evaluation.severity ?? 'P3';
    const reason = breachReason(input.evaluation.breaches);
    const fresh = { v: 1, component: input.component, proposed: null, reason };
    const view = (since, state) => ({
        component: input.component,
        name: input.name,
        evaluation: input.evaluation,
        severity,
        since,
        graceDays: input.policy['grace-days'],
        demoteTo: input.demoteTo,
        state,
        now: input.now,
        runUrl: input.runUrl,
    });
    const made = await (0,keyed_issue/* ensureKeyedIssue */.kq)(api, {
        match: breachLabels(input.component),
        labels: [severityLabel(severity)],
        title: breachTitle(input.name),
        body: breachBody(view(input.now, fresh)),
    }, open);
    const issue = made.issue;
    const since = new Date(issue.created_at);
    const prior = made.created ? null : readBreachState(issue.body);
    const v = view(since, { ...fresh, proposed: prior?.proposed ?? null });
    const proposed = await proposeIfDue(api, input, issue, v);
    if (!made.created)
        await moveSeverity(api, issue, severity);
    const body = breachBody(v);
    const changed = !sameBreachBody(issue.body, body);
    if (changed)
        await api.updateIssue(issue.number, { body });
    return {
        action: made.created ? 'opened' : changed ? 'updated' : 'unchanged',
        issue: ref(issue),
        proposed,
        proposedOn: v.state.proposed,
        since: since.toISOString(),
    };
}
/**
 * Opens, updates or closes the component's breach issue. `openBreaches`: the open issues
 * labelled `maintenance:breach`, listed once for every component of the run.
 */
async function syncBreach(api, input, openBreaches) {
    const open = openBreaches.filter((i) => (0,keyed_issue/* carriesAll */.bA)(i, breachLabels(input.component)));
    const state = input.evaluation.state;
    if (state === 'breach')
        return keepBreach(api, input, open);
    const none = { action: 'none', issue: null, proposed: false, proposedOn: null, since: null };
    if (open.length === 0)
        return none;
    const first = open[0];
    const current = {
        ...none,
        issue: ref(first),
        proposedOn: readBreachState(first.body)?.proposed ?? null,
        since: first.created_at,
    };
    if (state === 'unknown')
        return { ...current, action: 'unknown' };
    for (const issue of open) {
        await api.createIssueComment(issue.number, recoveryComment(input.name, input.evaluation, input.now, input.runUrl));
        await api.closeIssue(issue.number, 'completed');
    }
    return { ...current, action: 'recovered' };
}

// EXTERNAL MODULE: ./actions/uptime-check/collect.ts + 8 modules
var collect = __webpack_require__(2691);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/report-files.ts
var report_files = __webpack_require__(2918);
// EXTERNAL MODULE: ./packages/core/json-text.ts
var json_text = __webpack_require__(3082);
// EXTERNAL MODULE: ./packages/core/result/gate-result.ts
var gate_result = __webpack_require__(751);
;// CONCATENATED MODULE: ./packages/core/result/read-results.ts
/**
 * Reads result files back (docs/result-format.md): each is validated against the versioned
 * schema; a file that is not JSON, not a result, or not a valid one is set aside with the
 * reason, never silently used. promotion-report and the dashboard both read results this way.
 */






/** Validates result files; the schema (and zod) loads on the first call that has files. */
async function validateResults(files) {
    const out = { results: [], setAside: [] };
    if (files.length === 0)
        return out;
    const { gateResultSchema } = await __webpack_require__.e(/* import() */ 803).then(__webpack_require__.bind(__webpack_require__, 3803));
    for (const { file, text } of files) {
        let doc;
        try {
            doc = (0,json_text/* parseJsonText */.lk)(text, file);
        }
        catch (e) {
            out.setAside.push({ file, reason: e instanceof errors/* ConfigurationError */.j ? e.message : 'not JSON' });
            continue;
        }
        if (!doc || typeof doc !== 'object' || doc.kind !== gate_result/* RESULT_KIND */.j_) {
            out.setAside.push({ file, reason: 'not a maturity-actions result file' });
            continue;
        }
        const parsed = gateResultSchema.safeParse(doc);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            out.setAside.push({
                file,
                reason: `not a valid result (version ${String(doc.version)}): ${issue.path.join('.')}: ${issue.message}`,
            });
            continue;
        }
        out.results.push({ file, result: parsed.data });
    }
    return out;
}
/** The result files under a folder, or matching globs (the `results` input). */
async function readResultFiles(patterns, root, inputName = 'results') {
    const paths = [];
    for (const p of patterns) {
        const abs = (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(root, p);
        const st = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
        if (st?.isDirectory())
            paths.push(...(await (0,report_files/* globFiles */.CJ)('**/*.json', { cwd: abs, absolute: true, onlyFiles: true })).sort());
        else
            paths.push(...(await (0,report_files/* expandReportGlobs */.Cz)([p], root, `input ${inputName}`)));
    }
    return paths.map((f) => ({ file: (0,report_files/* displayPath */.Gt)(f, root), text: (0,external_node_fs_.readFileSync)(f, 'utf8') }));
}

// EXTERNAL MODULE: ./packages/github/api-errors.ts
var api_errors = __webpack_require__(9430);
;// CONCATENATED MODULE: ./packages/github/artifacts.ts
function newestOnBranch(artifacts, branch) {
    const candidates = artifacts.filter((a) => {
        const run = a.workflow_run;
        if (a.expired || !run || run.head_branch !== branch)
            return false;
        return (run.repository_id === undefined ||
            run.head_repository_id === undefined ||
            run.repository_id === run.head_repository_id);
    });
    candidates.sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
    return candidates[0] ?? null;
}

;// CONCATENATED MODULE: ./packages/promotion/artifact-results.ts
/**
 * The evidence a promotion is scored on, wherever it was made: the result files inside the
 * newest default-branch artifact of each name (`maturity-results` from the quality workflow on
 * the default branch, `maturity-staging-<component>` from the component's staging validation).
 * Read through the REST API (needs `actions: read`), unzipped in memory with fflate, bounded:
 * at most MAX_ZIP_BYTES downloaded and MAX_JSON_BYTES of result files read per artifact, and
 * only `.json` entries with safe relative names. Each file is shown as
 * `<artifact> (run <id>)/<path>`, never a runner's temporary path.
 */

const MAX_ZIP_BYTES = 20 * 1024 * 1024;
const MAX_JSON_BYTES = 50 * 1024 * 1024;
const MAX_ENTRIES = 5_000;
/** Result files of one zip: `.json` entries with safe names, within the byte budget. fflate loads on the first zip. */
async function resultFilesInZip(zip, label, maxBytes = MAX_JSON_BYTES) {
    const { unzipSync } = await __webpack_require__.e(/* import() */ 306).then(__webpack_require__.bind(__webpack_require__, 1306));
    const skipped = [];
    let budget = maxBytes;
    let entries = 0;
    const entriesOk = unzipSync(zip, {
        filter: (f) => {
            entries++;
            const safe = !f.name.startsWith('/') && !f.name.split(/[\\/]/).includes('..');
            if (!f.name.endsWith('.json') || !safe || entries > MAX_ENTRIES)
                return false;
            if (f.originalSize > budget) {
                skipped.push(`${f.name} (${f.originalSize} bytes: over the ${maxBytes} bytes read from an artifact)`);
                return false;
            }
            budget -= f.originalSize;
            return true;
        },
    });
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const files = Object.entries(entriesOk)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, bytes]) => ({ file: `${label}/${name}`, text: decoder.decode(bytes) }));
    return { files, skipped };
}
/** Downloads the newest default-branch artifact of each name and returns the result files in them. */
async function fetchArtifactResults(api, names, branch) {
    const out = { files: [], sources: [], notes: [] };
    for (const name of names) {
        const hit = newestOnBranch(await api.listArtifacts(name), branch);
        if (!hit || !hit.workflow_run) {
            out.notes.push(`no artifact ${name} from a run on ${branch}`);
            continue;
        }
        const label = `${name} (run ${hit.workflow_run.id})`;
        try {
            const zip = await api.downloadArtifact(hit, MAX_ZIP_BYTES);
            const { files, skipped } = await resultFilesInZip(zip, label);
            out.files.push(...files);
            for (const s of skipped)
                out.notes.push(`${label}: ${s} not read`);
            out.sources.push({
                artifact: name,
                runId: hit.workflow_run.id,
                headSha: hit.workflow_run.head_sha,
                createdAt: hit.created_at,
            });
        }
        catch (e) {
            out.notes.push(`${label} could not be read: ${e.message}`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/uptime/history-lines.ts
var history_lines = __webpack_require__(7317);
// EXTERNAL MODULE: ./packages/uptime/shared-history.ts + 4 modules
var shared_history = __webpack_require__(945);
// EXTERNAL MODULE: ./actions/uptime-check/history.ts
var uptime_check_history = __webpack_require__(8782);
;// CONCATENATED MODULE: ./actions/uptime-check/upkeep-evidence.ts
/**
 * The evidence of an upkeep run, gathered once for every Production component: the probe
 * history's days both windows need (read-only, one pass over the shared files however many
 * components), Prometheus over the rolling window when a URL is given, and the security-gate
 * results with first-seen dates (local files and the default branch's artifact). Anything that
 * cannot be read becomes the reason a criterion has no data, never a pass.
 */









const NO_HEALTH = 'no health checks in the config, so no probe history: a Production component is measured by the probes of the scheduled uptime check (components.<id>.health)';
function figuresOf(unit, days, inputs, minCoverage) {
    const w = (which) => {
        const window = unit.windows[which];
        if (unit.since && unit.since >= window.to)
            return { window, figures: null, missing: null };
        return {
            window,
            figures: (0,uptime_window/* computeWindow */.ci)({
                days: days[which],
                from: window.from,
                to: window.to,
                ...(unit.since ? { notBefore: unit.since } : {}),
                intervalMs: inputs.intervalMs,
                maintenance: unit.maintenance,
                minSampleCoverage: minCoverage,
            }),
            missing: null,
        };
    };
    return { month: w('month'), rolling: w('rolling') };
}
/** Why there is no probe history to read, or null when there is one. */
function historyUnavailable(inputs, api) {
    if (inputs.history !== 'branch')
        return 'history: none, so there is no probe history to judge';
    return api ? null : 'no token or repository: the probe history cannot be read';
}
/** Reads, without writing, the days every unit's two windows need, in one pass over the shared history. */
async function readUpkeepHistory(units, api, inputs, now, minCoverage) {
    const out = { figures: new Map(), source: null, problems: [] };
    const missing = (unit, why) => out.figures.set(unit.component.id, {
        month: { window: unit.windows.month, figures: null, missing: why },
        rolling: { window: unit.windows.rolling, figures: null, missing: why },
    });
    const probed = units.filter((u) => u.component.health.length > 0);
    for (const u of units)
        if (!u.component.health.length)
            missing(u, NO_HEALTH);
    if (!probed.length)
        return out;
    const unavailable = historyUnavailable(inputs, api);
    if (unavailable) {
        for (const u of probed)
            missing(u, unavailable);
        return out;
    }
    const plans = probed.flatMap((u) => [
        { key: u.component.id, plan: u.plans.month },
        { key: u.component.id, plan: u.plans.rolling },
    ]);
    try {
        const run = await new shared_history/* SharedHistory */.S(api, inputs.dataBranch).run({
            needs: (0,uptime_check_history/* dayNeeds */.gW)(plans),
            record: [],
            components: probed.map((u) => u.component.id),
            intervalMs: inputs.intervalMs,
            today: (0,history_lines/* utcDay */.dA)(now.getTime()),
            readOnly: true,
        });
        out.problems.push(...run.problems);
        out.source = `branch ${inputs.dataBranch}`;
        for (const u of probed) {
            const id = u.component.id;
            out.figures.set(id, figuresOf(u, { month: (0,uptime_check_history/* componentDays */.tn)(u.plans.month, run.days, id), rolling: (0,uptime_check_history/* componentDays */.tn)(u.plans.rolling, run.days, id) }, inputs, minCoverage));
        }
    }
    catch (e) {
        const why = (0,collect/* isPermission */.Yo)(e)
            ? `the token cannot read branch ${inputs.dataBranch} (${e.message}): give the job \`permissions: contents: read\``
            : `the probe history could not be read (${e.message})`;
        for (const u of probed)
            missing(u, why);
    }
    return out;
}
/** Prometheus's 5xx share and p95 over the rolling window, for one component (job = its id). */
async function prometheusOf(unit, inputs) {
    if (!inputs.prometheusUrl)
        return null;
    const job = inputs.prometheusJob ?? unit.component.id;
    const p = await (0,collect/* queryPrometheus */.$k)(inputs.prometheusUrl, {
        job,
        window: unit.windows.rolling.label,
        requestsMetric: inputs.prometheusRequestsMetric,
        latencyMetric: inputs.prometheusLatencyMetric,
    }, inputs.probeTimeoutMs ?? 30_000);
    return { url: p.url, errorRate: p.errorRate, p95Ms: p.p95Ms };
}
/** The security-gate results with first-seen dates: `security-results`, and the default branch's newest `security-artifact`. */
async function readSecurityResults(inputs, api) {
    const files = inputs.securityResults.length
        ? await readResultFiles(inputs.securityResults, inputs.root, 'security-results')
        : [];
    const notes = [];
    if (inputs.securityArtifact && api) {
        try {
            const fetched = await fetchArtifactResults(api, [inputs.securityArtifact], await api.defaultBranch());
            files.push(...fetched.files);
            notes.push(...fetched.notes);
        }
        catch (e) {
            notes.push(`the artifact ${inputs.securityArtifact} could not be looked up: ${(0,api_errors/* isPermissionDenied */.T1)(e) ? "the token cannot read artifacts: add `actions: read` to the job's permissions" : e.message}`);
        }
    }
    const { results } = await validateResults(files);
    return { results: results.filter((r) => r.result.gate === 'security-gate'), notes };
}
/** The component's newest security-gate result of the default branch's state (not a pull request's change). */
function securityOf(component, security, hint) {
    const mine = security.results
        .filter((r) => r.result.component === component && r.result.scope !== 'change')
        .sort((a, b) => Date.parse(b.result.createdAt) - Date.parse(a.result.createdAt));
    const newest = mine[0];
    if (!newest)
        return { evidence: null, missing: `no security-gate result for ${component}${hint}` };
    const open = openFindings(newest.result);
    if (!open)
        return {
            evidence: null,
            missing: `${newest.file} lists no open findings with first-seen dates (a security-gate result of an older version?)`,
        };
    return {
        evidence: {
            file: newest.file,
            createdAt: newest.result.createdAt,
            url: newest.result.run?.url ?? null,
            open: open.open,
            omitted: open.omitted,
        },
        missing: null,
    };
}

;// CONCATENATED MODULE: ./actions/uptime-check/upkeep-render.ts
/** The job summary and failure message of an upkeep run (`mode: upkeep`). Pure. */




const UPKEEP_TITLE = 'Upkeep';
const cell = (criteria, id) => {
    const c = criteria.find((x) => x.id === id);
    return c ? `${c.status === 'pass' ? '' : `${report_criteria/* STATUS_ICON */.tW[c.status]} `}${(0,report_criteria/* formatMeasured */.U6)(c)}` : '—';
};
function breachCell(o) {
    const b = o.breach;
    if (!b || !b.issue)
        return o.evaluation.state === 'breach' ? '_not recorded_' : '';
    const what = {
        opened: 'opened',
        updated: 'updated',
        unchanged: 'open',
        recovered: 'closed: recovered',
        unknown: 'open (not measured now)',
        none: '',
    }[b.action];
    const severity = o.evaluation.severity ? ` (${o.evaluation.severity})` : '';
    const demotion = b.proposed ? '; demotion proposed now' : b.proposedOn ? `; demotion proposed ${b.proposedOn}` : '';
    return `#${b.issue.number} ${what}${severity}${demotion}`;
}
function row(o) {
    const c = o.result.criteria;
    return [
        `${report_criteria/* STATUS_ICON */.tW[o.result.status]} ${(0,markdown/* code */.aY)(o.component)}`,
        cell(c, 'maintenance.uptime.month'),
        cell(c, 'maintenance.uptime.rolling'),
        cell(c, 'maintenance.error-rate'),
        cell(c, 'maintenance.p95'),
        cell(c, 'maintenance.patch-deadlines'),
        breachCell(o),
    ];
}
function blockedLine(o) {
    if (!o.breach?.proposedOn || !o.blocked.length)
        return '';
    return `A demotion would block: ${o.blocked.map((b) => `${(0,markdown/* code */.aY)(b.id)} (${stages/* STAGE_TITLES */.XV[b.stage]}, through ${b.path.map(markdown/* code */.aY).join(' → ')})`).join(', ')}.`;
}
function renderUpkeepSummary(ctx, limitBytes) {
    const status = (0,gate_result/* overallStatus */.gX)(ctx.outcomes.map((o) => ({ status: o.result.status })));
    const month = ctx.outcomes[0]?.result.criteria
        .find((c) => c.id === 'maintenance.uptime.month')
        ?.title.replace(/^Uptime in /, '')
        .replace(/ \(calendar month\)$/, '') ?? 'last month';
    const head = [
        `## ${report_criteria/* STATUS_ICON */.tW[status]} ${UPKEEP_TITLE}: ${ctx.outcomes.length} component(s) in Production`,
        ctx.outcomes.length
            ? (0,markdown/* table */.tp)([
                'Component',
                `Uptime (${(0,markdown/* escapeText */.X1)(month)})`,
                'Uptime (rolling)',
                'Error rate',
                'p95',
                'Overdue findings',
                'Breach issue',
            ], ctx.outcomes.map(row), ['l', 'r', 'r', 'r', 'r', 'r', 'l'])
            : '_No component is in Production: nothing to keep._',
        ctx.others.length
            ? `Not in Production (not judged): ${ctx.others.map((o) => `${(0,markdown/* code */.aY)(o.id)} (${o.stage ? stages/* STAGE_TITLES */.XV[o.stage] : 'unknown stage'})`).join(', ')}.`
            : '',
        ctx.warnings.map((x) => `> [!WARNING]\n> ${(0,markdown/* escapeText */.X1)(x)}`).join('\n\n'),
    ]
        .filter(Boolean)
        .join('\n\n');
    const detail = ctx.outcomes
        .map((o) => (0,markdown/* details */.zH)(`${report_criteria/* STATUS_ICON */.tW[o.result.status]} ${(0,markdown/* code */.aY)(o.component)}: ${report_criteria/* STATUS_WORD */.I1[o.result.status]}`, [(0,report_criteria/* criteriaTable */.qi)(o.result.criteria), blockedLine(o)].filter(Boolean).join('\n\n')))
        .join('\n\n');
    const sections = [
        { markdown: head, priority: 100 },
        { markdown: detail, priority: 50 },
        { markdown: (0,markdown/* runFooter */.Vm)(ctx.runUrl), priority: 90 },
    ];
    return (0,markdown/* fitSummary */.mW)(sections, limitBytes);
}
function upkeepFailureMessage(outcomes) {
    const breached = outcomes.filter((o) => o.evaluation.state === 'breach');
    const parts = breached.map((o) => `${o.component} (${o.evaluation.breaches.map((b) => b.text).join('; ')})`);
    const unmeasured = outcomes
        .filter((o) => o.evaluation.state !== 'breach' && o.result.status !== 'pass')
        .map((o) => `${o.component} (no verdict: ${o.evaluation.unmeasured.join('; ') || 'see the summary'})`);
    return [
        parts.length ? `${parts.length} Production component(s) below their maintenance criteria: ${parts.join('; ')}` : '',
        unmeasured.length ? `not measured: ${unmeasured.join('; ')}` : '',
    ]
        .filter(Boolean)
        .join('. ')
        .concat('.');
}

// EXTERNAL MODULE: ./packages/core/subject.ts
var subject = __webpack_require__(3512);
// EXTERNAL MODULE: ./actions/uptime-check/inputs.ts + 5 modules
var inputs = __webpack_require__(2540);
// EXTERNAL MODULE: ./actions/uptime-check/units.ts
var units = __webpack_require__(4245);
;// CONCATENATED MODULE: ./actions/uptime-check/upkeep-units.ts








/** Inputs of the probing run that mean nothing to an upkeep run: refused, not ignored. */
function refuseCheckInputs(inputs) {
    const given = [
        inputs.urls.length ? 'urls' : '',
        inputs.window ? 'window' : '',
        inputs.minUptime !== null ? 'min-uptime' : '',
        inputs.locustStats.length ? 'locust-stats' : '',
        inputs.k6Summary.length ? 'k6-summary' : '',
        inputs.metricsUrl ? 'metrics-url' : '',
        inputs.alertRules.length ? 'alert-rules' : '',
        inputs.incidents ? 'incidents' : '',
    ].filter(Boolean);
    if (given.length) {
        throw new errors/* ConfigurationError */.j(`${given.join(', ')} belong to the probing run, and \`mode: upkeep\` only judges the maintenance criteria of the history`, { at: `input ${given[0]}` }, 'Leave them out of the upkeep step; its bars are policy.production.maintenance in the config.');
    }
}
function rollingOf(config) {
    const text = config.policy.production.maintenance['rolling-window'];
    const ms = (0,inputs/* durationMs */.p)(text, 'policy.production.maintenance.rolling-window', 'hd');
    if (ms > units/* MAX_WINDOW_DAYS */.c * 86_400_000) {
        throw new errors/* ConfigurationError */.j(`the rolling window ${text} is longer than ${units/* MAX_WINDOW_DAYS */.c} days`, { at: 'policy.production.maintenance.rolling-window' }, `Use at most ${units/* MAX_WINDOW_DAYS */.c}d: each of its days is one read of the history.`);
    }
    return { text, ms };
}
async function planUpkeep(config, inputs, now) {
    const rolling = rollingOf(config);
    const chosen = inputs.component ? [(0,subject/* findComponent */.Tn)(config, inputs.component)] : [...config.components.values()];
    const units = [];
    const others = [];
    const warnings = [];
    for (const c of chosen) {
        const lookup = await (0,read_maturity/* readMaturityRecord */.l)(inputs.root, c);
        if (!lookup.record)
            warnings.push(lookup.warning);
        const stage = lookup.record?.stage ?? null;
        if (stage !== 'production') {
            others.push({ id: c.id, stage });
            continue;
        }
        const since = lookup.record?.since ? new Date(`${lookup.record.since}T00:00:00Z`) : null;
        const windows = maintenanceWindows(now, rolling.text, rolling.ms);
        const maintenance = c.maintenance.map((m) => ({ start: new Date(m.start), end: new Date(m.end) }));
        const plan = (w) => c.health.length ? (0,uptime_window/* planWindowDays */.rb)({ ...w, ...(since ? { notBefore: since } : {}), maintenance }) : [];
        units.push({
            component: c,
            since,
            windows,
            plans: { month: plan(windows.month), rolling: plan(windows.rolling) },
            maintenance,
        });
    }
    if (inputs.component && units.length === 0) {
        const stage = others[0]?.stage;
        throw new errors/* ConfigurationError */.j(`${inputs.component} is ${stage ? `in ${stages/* STAGE_TITLES */.XV[stage]}` : 'in an unknown stage'}, not in Production`, { at: 'input component' }, 'The upkeep check judges components in Production; leave `component` empty to check all of them.');
    }
    return { units, others, warnings };
}

;// CONCATENATED MODULE: ./actions/uptime-check/upkeep-mode.ts
/**
 * uptime-check `mode: upkeep`, run on a schedule (daily): for every component in Production,
 * the maintenance criteria over their windows (packages/upkeep/maintenance.ts, pure) from the
 * probe history the scheduled uptime check records, Prometheus, and the default branch's
 * security results; then each component's breach issue opened, updated, proposed for demotion
 * or closed (packages/upkeep/breach.ts); one result file per component (gate `upkeep`), one
 * summary. It probes nothing and writes nothing to the history.
 */















const UPKEEP_GATE = 'upkeep';
/** A demotion from Production goes one stage down, as the seeds' template records it ("Demoted to Staging"). */
const DEMOTE_TO = 'staging';
/** The breach issues, listed once for every component; null (with a warning) when they cannot be. */
async function listBreaches(run) {
    if (!run.api) {
        run.log.warning('no token: breaches are not recorded as issues');
        return null;
    }
    try {
        return await run.api.listOpenIssues([BREACH_LABEL]);
    }
    catch (e) {
        run.log.warning(`the breach issues could not be listed (${e.message}); give the job \`permissions: issues: write\``);
        return null;
    }
}
async function recordBreach(run, unit, evaluation, open) {
    const readMaturity = await (0,read_maturity/* maturityReader */.H)(run.inputs.root);
    const stageOf = (id) => {
        const c = run.config.components.get(id);
        return c ? (readMaturity(c).record?.stage ?? null) : null;
    };
    const blocked = dependentsAbove(unit.component.id, DEMOTE_TO, run.config.components, stageOf);
    if (!open || !run.api)
        return { breach: null, blocked };
    try {
        const input = {
            component: unit.component.id,
            name: unit.component.name,
            evaluation,
            policy: run.config.policy.production.maintenance,
            demoteTo: DEMOTE_TO,
            blocked,
            now: run.now,
            runUrl: run.ctx.run?.url ?? null,
        };
        const breach = await syncBreach(run.api, input, open);
        if (breach.action !== 'none')
            run.log.info(`${UPKEEP_GATE}: ${unit.component.id}: breach issue ${breach.action}${breach.issue ? ` (#${breach.issue.number})` : ''}${breach.proposed ? ', demotion proposed' : ''}`);
        return { breach, blocked };
    }
    catch (e) {
        run.log.warning(`${unit.component.id}: the breach issue could not be written (${e.message})${(0,collect/* isPermission */.Yo)(e) ? '; give the job `permissions: issues: write`' : ''}`);
        return { breach: null, blocked };
    }
}
function resultOf(run, unit, model, evaluation, breach) {
    const window = (w) => ({
        label: w.window.label,
        from: w.window.from.toISOString(),
        to: w.window.to.toISOString(),
        figures: w.figures && { ...w.figures, from: w.figures.from.toISOString(), to: w.figures.to.toISOString() },
        missing: w.missing,
    });
    const summary = evaluation.state === 'breach'
        ? `${unit.component.id}: below its maintenance criteria (${evaluation.breaches.map((b) => b.text).join('; ')})`
        : evaluation.state === 'healthy'
            ? `${unit.component.id}: every maintenance criterion met`
            : `${unit.component.id}: not every maintenance criterion could be measured`;
    return (0,build_result/* buildGateResult */.R)({
        gate: UPKEEP_GATE,
        component: unit.component.id,
        current: 'production',
        target: 'production',
        criteria: evaluation.criteria,
        summary,
        data: {
            month: window(model.month),
            rolling: window(model.rolling),
            history: model.historySource,
            prometheus: model.prometheus,
            security: model.security.evidence
                ? { file: model.security.evidence.file, createdAt: model.security.evidence.createdAt }
                : { missing: model.security.missing },
            state: evaluation.state,
            severity: evaluation.severity,
            breaches: evaluation.breaches,
            breach: breach && {
                action: breach.action,
                issue: breach.issue?.number ?? null,
                url: breach.issue?.url ?? null,
                since: breach.since,
                proposed: breach.proposedOn,
            },
        },
        context: run.ctx,
        now: run.now,
    });
}
/** One component's maintenance criteria, judged, with its breach issue kept. */
async function upkeepUnit(run, unit, evidence) {
    const id = unit.component.id;
    const { history, security } = evidence;
    const figures = history.figures.get(id);
    const model = {
        component: id,
        latency: unit.component.latency,
        policy: run.config.policy.production,
        now: run.now,
        since: unit.since,
        month: figures.month,
        rolling: figures.rolling,
        historySource: history.source,
        prometheus: await prometheusOf(unit, run.inputs),
        security: securityOf(id, security, evidence.securityHint),
    };
    const evaluation = evaluateMaintenance(model);
    const { breach, blocked } = await recordBreach(run, unit, evaluation, evidence.openBreaches);
    return { component: id, result: resultOf(run, unit, model, evaluation, breach), evaluation, breach, blocked };
}
async function readEvidence(run, units) {
    const { inputs, api } = run;
    const minCoverage = run.config.policy.production.uptime['min-sample-coverage'];
    const history = await readUpkeepHistory(units, api, inputs, run.now, minCoverage);
    for (const problem of history.problems)
        run.log.warning(problem);
    const security = units.length ? await readSecurityResults(inputs, api) : { results: [], notes: [] };
    for (const note of security.notes)
        run.log.warning(note);
    const securityHint = inputs.securityArtifact
        ? ` in the default branch's ${inputs.securityArtifact} artifact${inputs.securityResults.length ? ' or security-results' : ''}: run the Maturity workflow on the default branch`
        : ': give `security-results`';
    return { history, security, securityHint, openBreaches: units.length ? await listBreaches(run) : null };
}
async function upkeepMode(inputs, ctx, api, config) {
    refuseCheckInputs(inputs);
    const run = { inputs, ctx, config, api, now: new Date(), log: new logger/* RunLog */.s(core/* debug */.Yz, core/* info */.pq) };
    const plan = await planUpkeep(config, inputs, run.now);
    for (const w of plan.warnings)
        run.log.warning(w);
    const evidence = await readEvidence(run, plan.units);
    const outcomes = [];
    for (const unit of plan.units)
        outcomes.push(await upkeepUnit(run, unit, evidence));
    const warnings = run.log.warnings;
    await (0,publish/* publishAll */.V7)({
        gate: UPKEEP_GATE,
        results: outcomes.map((o) => o.result),
        summary: renderUpkeepSummary({ outcomes, others: plan.others, warnings, runUrl: ctx.run?.url ?? null }, markdown/* SUMMARY_LIMIT_BYTES */.Jz),
        outputs: {
            [names/* UptimeCheckOutputs */.hH.ResultFiles]: outcomes.map((o) => (0,publish/* resultFilePath */.FE)(inputs.resultsDir, o.result)).join('\n'),
            [names/* UptimeCheckOutputs */.hH.Breaches]: JSON.stringify(outcomes.filter((o) => o.evaluation.state === 'breach').map((o) => o.component)),
        },
        failureMessage: upkeepFailureMessage(outcomes),
        warnings,
        resultsDir: inputs.resultsDir,
        allowNoData: inputs.allowNoData,
    });
}


/***/ }),

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMaturityFile: () => (/* binding */ parseMaturityFile)
/* harmony export */ });
/* unused harmony exports isValidDate, isDatePlaceholder, text, sectionNodes, maturityTree */
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6241);
/* harmony import */ var mdast_util_frontmatter__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6155);
/* harmony import */ var micromark_extension_frontmatter__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(796);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6293);




const DATE = /\b(\d{4}-\d{2}-\d{2})\b/;
/** A real calendar day written YYYY-MM-DD (2027-02-30 is not). */
function isValidDate(s) {
    const d = new Date(`${s}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
/**
 * A date the template left for a person to fill in: `YYYY-MM-DD`, `XXXX-XX-XX`, a date with
 * `XX` in it (`2025-10-XX`), or an angle-bracket placeholder (`<date>`). Files copied from the
 * seeds' template keep these until the first promotion; they mean "not filled in", which is
 * not worth a warning in every summary. A real but impossible date (2025-13-45) is not one.
 * Emphasis and trailing punctuation around the value (`**YYYY-MM-DD**:`, `2025-10-XX)`) are ignored.
 */
function isDatePlaceholder(s) {
    const t = s
        .trim()
        .replace(/^[*_`(]+/, '')
        .replace(/[*_`),.;:]+$/, '');
    if (/^<[^<>]*>$/.test(t))
        return true;
    return /^[0-9XY]{4}-[0-9XM]{2}-[0-9XD]{2}$/i.test(t) && /[XYMD]/i.test(t);
}
/** The plain text of a node and its children. */
function text(node) {
    if ('value' in node && typeof node.value === 'string')
        return node.value;
    if ('children' in node)
        return node.children.map(text).join('');
    return '';
}
function slug(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
}
/** The nodes under the heading that names `section`, up to the next heading of the same or higher level. */
function sectionNodes(root, section) {
    const want = slug(section);
    const nodes = root.children;
    for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i];
        if (n.type !== 'heading')
            continue;
        const s = slug(text(n));
        if (s === want || s.split('-').includes(want) || s.includes(want)) {
            const out = [];
            for (let j = i + 1; j < nodes.length; j++) {
                const m = nodes[j];
                if (m.type === 'heading' && m.depth <= n.depth)
                    break;
                out.push(m);
            }
            return out;
        }
    }
    return undefined;
}
/** `**Label**: value` pairs from a paragraph (one per line; the label may include the colon). */
function fields(p) {
    const out = new Map();
    const kids = p.children;
    for (let i = 0; i < kids.length; i++) {
        const k = kids[i];
        if (k.type !== 'strong')
            continue;
        const label = text(k).replace(/:\s*$/, '').trim().toLowerCase();
        let value = '';
        for (let j = i + 1; j < kids.length; j++) {
            const n = kids[j];
            if (n.type === 'strong' || n.type === 'break')
                break;
            const t = text(n);
            const nl = t.indexOf('\n');
            if (nl >= 0) {
                value += t.slice(0, nl);
                break;
            }
            value += t;
        }
        out.set(label, value.replace(/^\s*:\s*/, '').trim());
    }
    return out;
}
function historyFromList(list, warnings) {
    const out = [];
    for (const item of list.children) {
        const t = text(item).replace(/\s+/g, ' ').trim();
        const m = /^(\S+?)\s*:?\s+(Promoted|Demoted)\s+to\s+([A-Za-z]+)(.*)$/i.exec(t.replace(/\*/g, ''));
        if (!m)
            continue;
        const date = DATE.exec(m[1])?.[1];
        const stage = (0,_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStage */ .YA)(m[3]);
        if (!date || !isValidDate(date)) {
            if (isDatePlaceholder(m[1]))
                continue;
            warnings.push(`history entry "${t.slice(0, 60)}" has no valid date (YYYY-MM-DD); ignored`);
            continue;
        }
        if (!stage) {
            warnings.push(`history entry "${t.slice(0, 60)}" names an unknown stage; ignored`);
            continue;
        }
        const rest = m[4] ?? '';
        const issue = /#(\d+)/.exec(rest)?.[1];
        const reason = /Reason:\s*([^,)]+)/i.exec(rest)?.[1]?.trim();
        out.push({
            date,
            kind: m[2].toLowerCase() === 'promoted' ? 'promoted' : 'demoted',
            stage,
            ...(issue ? { issue: Number(issue) } : {}),
            ...(reason ? { reason } : {}),
            line: item.position?.start.line,
        });
    }
    return out;
}
function findHistory(nodes, warnings) {
    let inHistory = false;
    let depth = 0;
    const out = [];
    for (const n of nodes) {
        if (n.type === 'heading') {
            const h = n;
            if (/promotion history/i.test(text(h))) {
                inHistory = true;
                depth = h.depth;
                continue;
            }
            if (inHistory && h.depth <= depth)
                inHistory = false;
            continue;
        }
        if (inHistory && n.type === 'list')
            out.push(...historyFromList(n, warnings));
    }
    return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
/** The Markdown tree of a MATURITY.md (front matter allowed), with source positions. */
function maturityTree(markdown) {
    return (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fromMarkdown */ .Y)(markdown, {
        extensions: [(0,micromark_extension_frontmatter__WEBPACK_IMPORTED_MODULE_2__/* .frontmatter */ .v)(['yaml'])],
        mdastExtensions: [(0,mdast_util_frontmatter__WEBPACK_IMPORTED_MODULE_3__/* .frontmatterFromMarkdown */ .q)(['yaml'])],
    });
}
/** Parses MATURITY.md text. `file` may end in `#section` to read one component's section. */
function parseMaturityFile(markdown, file) {
    const [path, section] = file.split('#', 2);
    const root = maturityTree(markdown);
    const warnings = [];
    let nodes = root.children;
    if (section) {
        const sub = sectionNodes(root, section);
        if (!sub)
            warnings.push(`no heading names "${section}" in ${path}; read the whole file`);
        else
            nodes = sub;
    }
    const record = { file, history: [], warnings };
    for (const n of nodes) {
        if (n.type !== 'paragraph')
            continue;
        const f = fields(n);
        const stageText = f.get('current stage');
        if (stageText !== undefined && record.stageText === undefined) {
            record.stageText = stageText;
            record.stage = (0,_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStage */ .YA)(stageText);
            if (!record.stage)
                warnings.push(`Current Stage "${stageText}" is not Development, Staging or Production`);
            const from = /(promoted|demoted) from\s+([A-Za-z]+)\s+on\s+(\S+)/i.exec(stageText);
            if (from) {
                if (from[1].toLowerCase() === 'promoted')
                    record.promotedFrom = (0,_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStage */ .YA)(from[2]);
                else
                    record.demotedFrom = (0,_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStage */ .YA)(from[2]);
                const date = DATE.exec(from[3])?.[1];
                if (date && isValidDate(date))
                    record.since = date;
                else if (!isDatePlaceholder(from[3]))
                    warnings.push(`the ${from[1].toLowerCase() === 'promoted' ? 'promotion' : 'demotion'} date in "${stageText}" is not a date (YYYY-MM-DD)`);
            }
        }
        const updated = f.get('last updated');
        if (updated && !record.lastUpdated) {
            const d = DATE.exec(updated)?.[1];
            if (d && isValidDate(d))
                record.lastUpdated = d;
            else if (!isDatePlaceholder(updated.split(/\s/, 1)[0]))
                warnings.push(`Last Updated "${updated.slice(0, 60)}" is not a date (YYYY-MM-DD)`);
        }
        if (f.has('owner') && !record.owner)
            record.owner = f.get('owner');
        if (f.has('functional group') && !record.group)
            record.group = f.get('functional group');
    }
    record.history = findHistory(nodes, warnings);
    if (!record.since && record.stage) {
        // The last entry into the current stage, by promotion or demotion.
        const entries = record.history.filter((h) => h.stage === record.stage);
        const last = entries[entries.length - 1];
        if (last)
            record.since = last.date;
    }
    if (record.stageText === undefined)
        warnings.push(`no "**Current Stage**:" line in ${path}`);
    return record;
}


/***/ })

};
