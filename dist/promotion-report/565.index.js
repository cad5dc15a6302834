export const id = 565;
export const ids = [565,446];
export const modules = {

/***/ 5565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyApprovedChange: () => (/* binding */ applyApprovedChange),
/* harmony export */   bm: () => (/* binding */ completePromotion),
/* harmony export */   g2: () => (/* binding */ blockedLines),
/* harmony export */   mT: () => (/* binding */ boardOf)
/* harmony export */ });
/* unused harmony exports maturityWriter, changeMaturityFile */
/* harmony import */ var _packages_action_io_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5968);
/* harmony import */ var _packages_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(425);
/* harmony import */ var _packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6293);
/* harmony import */ var _packages_github_api_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9430);
/* harmony import */ var _packages_github_sticky_comment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5449);
/* harmony import */ var _packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(925);
/* harmony import */ var _packages_promotion_maturity_update_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6782);
/* harmony import */ var _packages_github_undici_on_demand_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1156);
/* harmony import */ var _packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5676);









const DAY = 86_400_000;
/** The lines a demotion's pull request and completion comment give its blocked dependents. */
function blockedLines(blocked, componentId, stage) {
    if (!blocked.length)
        return [];
    return [
        `Blocked: these components now sit above their dependency ${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(componentId)} (${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[stage]}) until it is back:`,
        ...blocked.map((b) => `- ${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(b.id)} (${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[b.stage]}), through ${b.path.map(_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY).join(' → ')}`),
    ];
}
function pullRequestText(o, changes) {
    const { change, issue } = o;
    const demotion = (0,_packages_promotion_maturity_update_js__WEBPACK_IMPORTED_MODULE_6__/* .isDemotion */ .MR)(change);
    const verb = demotion ? 'Demote' : 'Promote';
    return {
        title: `${verb} ${o.componentId} to ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[change.to]} (#${issue.number})`,
        body: [
            `${demotion ? 'Demotes' : 'Promotes'} **${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(o.componentName)}** from ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[change.from]} to ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[change.to]}, as approved in #${issue.number}.`,
            '',
            ...changes.map((c) => `- ${c}`),
            '',
            ...(demotion ? [...blockedLines(o.blocked, o.componentId, change.to), ''] : []),
            `Merging this completes the ${demotion ? 'demotion' : 'promotion'}: #${issue.number} is then labelled \`${demotion ? _packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .DEMOTION */ .o3.completed : _packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION */ .WD.completed}\` and closed.`,
        ].join('\n'),
    };
}
/**
 * Who writes the MATURITY.md branch and pull request: `pull-request-token` when given (a pull
 * request opened with GITHUB_TOKEN starts no workflow runs, so its checks would never report),
 * else the action's own client. Promotions and demotions both go through here.
 */
function maturityWriter(api, pullRequestToken, clientFor) {
    const writer = pullRequestToken ? clientFor(pullRequestToken) : null;
    return writer
        ? { api: writer, tokenInput: _packages_action_io_names_js__WEBPACK_IMPORTED_MODULE_0__/* .PromotionReportInputs */ .tQ.PullRequestToken }
        : { api, tokenInput: _packages_action_io_names_js__WEBPACK_IMPORTED_MODULE_0__/* .CommonInputs */ .Rm.GitHubToken };
}
/** Step 1: MATURITY.md, through a pull request or a commit. */
async function changeMaturityFile(api, o) {
    const { change } = o;
    const base = await api.defaultBranch();
    const file = await api.getFile(o.maturityFile, base);
    if (!file)
        throw new _packages_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${o.maturityFile} is not on ${base}`, { file: o.maturityFile }, 'Commit the MATURITY.md the config names.');
    const update = (0,_packages_promotion_maturity_update_js__WEBPACK_IMPORTED_MODULE_6__/* .applyPromotion */ .Mt)(file.text, change, o.maturityFile);
    if (update.changes.length === 0)
        return { pullRequest: null, onDefaultBranch: true, changes: [] };
    const text = pullRequestText({ ...o, blocked: o.blocked ?? [] }, update.changes);
    const message = text.title;
    if (o.mode === 'commit') {
        await api.putFile({ path: o.maturityFile, branch: base, text: update.markdown, message, sha: file.sha });
        return { pullRequest: null, onDefaultBranch: true, changes: update.changes };
    }
    const branch = `maturity/${o.componentId}-${(0,_packages_promotion_maturity_update_js__WEBPACK_IMPORTED_MODULE_6__/* .isDemotion */ .MR)(change) ? 'demote-' : ''}${change.to}`;
    const existing = await api.findOpenPullRequest(branch, base);
    if (existing)
        return { pullRequest: existing, onDefaultBranch: false, changes: update.changes };
    const created = await api.createBranch(branch, (await api.branchSha(base)));
    try {
        const onBranch = await api.getFile(o.maturityFile, branch);
        await api.putFile({ path: o.maturityFile, branch, text: update.markdown, message, sha: onBranch?.sha ?? null });
        const pr = await api.createPullRequest({ title: message, head: branch, base, body: text.body });
        return { pullRequest: pr, onDefaultBranch: false, changes: update.changes };
    }
    catch (e) {
        // Leave nothing behind: the next run starts over from a clean slate.
        if (created)
            await api.deleteBranch(branch);
        if ((0,_packages_github_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isPermissionDenied */ .T1)(e)) {
            throw new _packages_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`the token cannot open the MATURITY.md pull request (${e.message})`, { at: `input ${o.tokenInput}` }, o.tokenInput === 'github-token'
                ? 'Allow it in Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests", or pass a GitHub App installation token as `pull-request-token` (pull requests opened with GITHUB_TOKEN also start no checks), or use `apply: commit`.'
                : 'Give that token Contents and Pull requests read and write on this repository (a GitHub App: install it on the repository with those permissions).');
        }
        throw e;
    }
}
/** The board from the inputs: `project`, written with `project-token`, else with `github-token`. */
function boardOf(inputs) {
    return inputs.project ? { ref: inputs.project, token: inputs.projectToken ?? inputs.githubToken } : null;
}
/** The board's Stage, Coverage, Blockers and Last Updated fields; false when there is no board. */
async function updateBoard(o, today) {
    if (!o.project)
        return false;
    // The Projects client (and octokit with it) loads only for a promotion that updates a project.
    const projects = (await (0,_packages_github_undici_on_demand_js__WEBPACK_IMPORTED_MODULE_8__.withUndici)(() => Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(292)]).then(__webpack_require__.bind(__webpack_require__, 5292)))).createProjectsApi({
        token: o.project.token,
        tokenInput: 'project-token',
    });
    const plan = await projects.preflight(o.project.ref, o.issue.node_id, {
        stage: _packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[o.target],
        coverage: o.coverage,
        blockers: 0,
        lastUpdated: today,
    });
    await projects.apply(plan);
    return true;
}
/**
 * The milestone for the next promotion, due when the next stage's minimum days have passed (a
 * week at least, so it is never due at once); none after Production.
 */
async function nextMilestone(api, o) {
    const next = (0,_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .nextStage */ .mz)(o.target);
    if (!next)
        return null;
    const days = Math.max(7, o.config.policy[next]['min-days-in-staging']);
    const due = new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
    const milestone = await api.createMilestone({
        title: `${o.componentName}: ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[next]} promotion`,
        description: `Earliest promotion of ${o.componentId} to ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[next]} (after ${days} days in ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[o.target]}).`,
        dueOn: due,
    });
    return milestone.title;
}
/** The request ends labelled completed and with its target; the labels of a request in progress go. */
async function completedLabels(api, o) {
    const d = o.demotion;
    await api.addLabels(o.issue.number, [d ? _packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .DEMOTION */ .o3.completed : _packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION */ .WD.completed, (0,_packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .targetLabel */ .Op)(o.target)]);
    for (const l of [_packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION */ .WD.inReview, _packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION */ .WD.requested, _packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION */ .WD.blocked, ...(d ? [_packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .DEMOTION */ .o3.proposed] : [])])
        await api.removeLabel(o.issue.number, l);
}
/** The closing comment: where the component is now, and what else changed. */
function completionText(o, board, milestone) {
    const d = o.demotion;
    const lines = [
        d
            ? `## ⬇️ ${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(o.componentName)} is in ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[o.target]} (demoted from ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[d.from]})`
            : `## ✅ ${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(o.componentName)} is in ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_TITLES */ .XV[o.target]}`,
        '',
        `MATURITY.md on the default branch${o.commit ? ` (${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(o.commit.slice(0, 7))})` : ''} records the ${d ? 'demotion' : 'promotion'}.`,
        board ? '- Project board updated' : '',
        milestone ? `- Next: milestone ${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(milestone)}` : '',
    ].filter((l) => l !== '');
    if (d?.blocked.length)
        lines.push('', ...blockedLines(d.blocked, o.componentId, o.target));
    return lines.join('\n');
}
/** Step 2: the promotion (or demotion) is on the default branch; record it everywhere else and close the request. */
async function completePromotion(api, o) {
    // The board first: a token that cannot write the project fails its preflight before anything here changes.
    const board = await updateBoard(o, new Date().toISOString().slice(0, 10));
    const milestone = await nextMilestone(api, o);
    await completedLabels(api, o);
    await (0,_packages_github_sticky_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .upsertStickyComment */ .q)(api, o.issue.number, (0,_packages_github_sticky_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .stickyMarker */ .Y)('promotion-report:completed', o.componentId), completionText(o, board, milestone));
    await api.closeIssue(o.issue.number, 'completed');
    return { milestone, board };
}
/** Both steps of an approved change; a change already on the default branch is completed at once. */
async function applyApprovedChange(api, o) {
    const { inputs, issue, component } = o;
    const writer = maturityWriter(api, inputs.pullRequestToken, o.clientFor);
    const change = await changeMaturityFile(writer.api, {
        componentId: component.id,
        componentName: component.name,
        maturityFile: component.maturityFile ?? `${component.id}/MATURITY.md`,
        change: o.change,
        issue,
        mode: inputs.apply,
        tokenInput: writer.tokenInput,
        ...(o.demotion ? { blocked: o.demotion.blocked } : {}),
    });
    if (!change.onDefaultBranch)
        return { change, completed: false };
    await completePromotion(api, {
        issue,
        componentId: component.id,
        componentName: component.name,
        target: o.change.to,
        config: o.config,
        commit: o.commit,
        project: boardOf(inputs),
        coverage: o.coverage,
        ...(o.demotion ? { demotion: o.demotion } : {}),
    });
    return { change, completed: true };
}


/***/ }),

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ sectionNodes),
/* harmony export */   Qc: () => (/* binding */ maturityTree),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   parseMaturityFile: () => (/* binding */ parseMaturityFile),
/* harmony export */   vd: () => (/* binding */ isValidDate)
/* harmony export */ });
/* unused harmony export isDatePlaceholder */
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


/***/ }),

/***/ 6782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mt: () => (/* binding */ applyPromotion),
  MR: () => (/* binding */ isDemotion),
  uV: () => (/* binding */ reasonText)
});

// EXTERNAL MODULE: ./packages/core/errors.ts
var errors = __webpack_require__(425);
// EXTERNAL MODULE: ./packages/core/maturity/maturity-file.ts
var maturity_file = __webpack_require__(4446);
// EXTERNAL MODULE: ./packages/core/stages.ts
var stages = __webpack_require__(6293);
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
function ruleFor(target, itemText) {
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
    return declared.some((label) => normalizeItem(label) === n || (rule !== undefined && ruleFor(target, label) === rule));
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
function judgeItem(target, itemText, rule, e) {
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

function startOf(node) {
    const offset = node.position?.start.offset;
    if (offset === undefined)
        throw new Error('maturity-update: the Markdown parser gave no positions');
    return offset;
}
function endOf(node) {
    const offset = node.position?.end.offset;
    if (offset === undefined)
        throw new Error('maturity-update: the Markdown parser gave no positions');
    return offset;
}
/** Where the line holding `offset` ends (before its \r\n or \n), or the end of the text. */
function lineEnd(src, offset) {
    const nl = src.indexOf('\n', offset);
    if (nl < 0)
        return src.length;
    return nl > offset && src[nl - 1] === '\r' ? nl - 1 : nl;
}
/** 1-based. */
function lineOf(src, offset) {
    let line = 1;
    for (let i = src.indexOf('\n'); i >= 0 && i < offset; i = src.indexOf('\n', i + 1))
        line++;
    return line;
}
function lineStart(src, offset) {
    return src.lastIndexOf('\n', offset - 1) + 1;
}
/** The text after the line break that ends the line at `offset`, up to the next break. */
function nextLine(src, offset) {
    const nl = src.indexOf('\n', offset);
    if (nl < 0)
        return undefined;
    return src.slice(nl + 1, lineEnd(src, nl + 1));
}
/**
 * Every `**Label**: value` among the top-level paragraphs of `nodes` (as parseMaturityFile reads
 * them), in order: the value runs to the next bold label, hard break or line end.
 */
function findFields(src, nodes, label) {
    const out = [];
    for (const n of nodes) {
        if (n.type !== 'paragraph')
            continue;
        const kids = n.children;
        for (let i = 0; i < kids.length; i++) {
            const k = kids[i];
            if (k.type !== 'strong' ||
                (0,maturity_file/* text */.Qq)(k)
                    .replace(/:\s*$/, '')
                    .trim()
                    .toLowerCase() !== label)
                continue;
            const from = endOf(k);
            let to = Math.min(lineEnd(src, from), endOf(n));
            for (let j = i + 1; j < kids.length; j++) {
                const m = kids[j];
                if (m.type === 'strong' || m.type === 'break') {
                    to = Math.min(to, startOf(m));
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
function findField(src, nodes, label) {
    return findFields(src, nodes, label)[0];
}
/** A space to put between `**Label**:` and a value written where there was none. */
function padEmpty(src, field) {
    return field.start === field.end && !/[ \t]/.test(src[field.start - 1] ?? '') ? ' ' : '';
}
/** A Markdown code span for `s`, fenced with more backticks than it contains. */
function code(s) {
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
/** `src` with `edits` (which must not overlap) made, back to front so offsets stay true. */
function applyEdits(src, edits) {
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
    const raw = first?.type === 'paragraph' ? (0,maturity_file/* text */.Qq)(first) : '';
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
    const at = nodes.findIndex((n) => n.type === 'heading' && TRANSITION_HEADINGS[target].test((0,maturity_file/* text */.Qq)(n)));
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
function planChecklist(src, nodes, target, evidence, path) {
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
function checklistReadBack(src, nodes, target, expect) {
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
    const at = section.findIndex((n) => n.type === 'heading' && name.test((0,maturity_file/* text */.Qq)(n)));
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
    const at = nodes.findIndex((n) => n.type === 'heading' && /promotion history/i.test((0,maturity_file/* text */.Qq)(n)));
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
    return (0,stages/* stageIndex */.Jb)(change.to) < (0,stages/* stageIndex */.Jb)(change.from);
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
    return `${date}: ${verb} to ${stages/* STAGE_TITLES */.XV[change.to]}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
function checkChange(change, path) {
    const where = { file: path };
    if (!(0,maturity_file/* isValidDate */.vd)(change.date)) {
        throw new errors/* ConfigurationError */.j(`the promotion date "${change.date}" is not a date (YYYY-MM-DD)`, {
            ...where,
            at: 'date',
        });
    }
    if ((0,stages/* stageIndex */.Jb)(change.to) !== (0,stages/* stageIndex */.Jb)(change.from) + 1 && !isDemotion(change)) {
        throw new errors/* ConfigurationError */.j(`cannot promote from ${stages/* STAGE_TITLES */.XV[change.from]} to ${stages/* STAGE_TITLES */.XV[change.to]}: a promotion goes to the next stage`, where, 'Promote one stage at a time (Development → Staging → Production).');
    }
    if (change.issue !== undefined && (!Number.isInteger(change.issue) || change.issue < 1)) {
        throw new errors/* ConfigurationError */.j(`issue ${change.issue} is not an issue number`, { ...where, at: 'issue' });
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
    const root = (0,maturity_file/* maturityTree */.Qc)(markdown);
    if (!section)
        return root.children;
    const sub = (0,maturity_file/* sectionNodes */.FM)(root, section);
    if (!sub) {
        throw new errors/* ConfigurationError */.j(`no heading names "${section}", so its stage cannot be updated`, { file: path }, `Add a heading for ${section} or fix the maturity-file.`);
    }
    return sub;
}
/** Throws (our bug, nothing written) unless `out` reads back as the change recorded and the checklist as planned. */
function readBack(out, file, change, hasUpdated, checklist) {
    const [path, section] = file.split('#', 2);
    const after = (0,maturity_file.parseMaturityFile)(out, file);
    const kind = isDemotion(change) ? 'demoted' : 'promoted';
    const recorded = after.stage === change.to &&
        (kind === 'demoted' ? after.demotedFrom : after.promotedFrom) === change.from &&
        after.since === change.date &&
        (!hasUpdated || after.lastUpdated === change.date) &&
        after.history.some((h) => h.kind === kind && h.stage === change.to && h.date === change.date);
    if (!recorded) {
        throw new Error(`maturity-update: ${path} does not read back as ${stages/* STAGE_TITLES */.XV[change.to]} since ${change.date} after the update (stage ${after.stage ?? after.stageText}, since ${after.since}); nothing was written`);
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
    const before = (0,maturity_file.parseMaturityFile)(markdown, file);
    const kind = isDemotion(change) ? 'demoted' : 'promoted';
    const recorded = before.history.some((h) => h.kind === kind && h.stage === change.to && h.date === change.date);
    const alreadyThere = before.stage === change.to && (recorded || before.since === change.date);
    if (before.stage !== change.from && !alreadyThere) {
        const says = before.stage ? stages/* STAGE_TITLES */.XV[before.stage] : `"${before.stageText ?? ''}"`;
        throw new errors/* ConfigurationError */.j(`says the Current Stage is ${says}, not ${stages/* STAGE_TITLES */.XV[change.from]}, so it cannot record a ${kind === 'demoted' ? 'demotion' : 'promotion'} from ${stages/* STAGE_TITLES */.XV[change.from]} to ${stages/* STAGE_TITLES */.XV[change.to]}`, { file: file.split('#', 1)[0], line: lineOf(markdown, stageField.start) }, 'Bring the file up to date with the component\u2019s real stage first.');
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
        throw new errors/* ConfigurationError */.j(`lacks ${missing.join(' and ')}${section ? ` under "${section}"` : ''}, so the ${demotion ? 'demotion' : 'promotion'} to ${stages/* STAGE_TITLES */.XV[change.to]} was not recorded`, { file: path }, 'Add the missing part as in the seeds\u2019 MATURITY.md template, then run the promotion again.');
    }
    const recorded = checkCurrentStage(markdown, file, change, stageField);
    const edits = [];
    const changes = [];
    const stageText = `${stages/* STAGE_TITLES */.XV[change.to]} (${demotion ? 'demoted' : 'promoted'} from ${stages/* STAGE_TITLES */.XV[change.from]} on ${change.date})`;
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


/***/ })

};
