export const id = 964;
export const ids = [964,820];
export const modules = {

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   completeMode: () => (/* binding */ completeMode)
/* harmony export */ });
/* harmony import */ var _packages_core_logger_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3346);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8298);
/* harmony import */ var _packages_core_config_load_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9846);
/* harmony import */ var _packages_core_maturity_read_maturity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9714);
/* harmony import */ var _packages_core_stages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6293);
/* harmony import */ var _packages_promotion_dependencies_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3475);
/* harmony import */ var _packages_core_subject_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3512);
/* harmony import */ var _packages_promotion_issue_form_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5210);
/* harmony import */ var _packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(925);
/* harmony import */ var _packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5676);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5565);
/* harmony import */ var _approval_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(578);
/* harmony import */ var _demotion_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8820);
/* harmony import */ var _stage_reader_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3443);
/**
 * promotion-report's `complete` mode, run on a push to the default branch that changed a
 * MATURITY.md: every open, approved request whose component's MATURITY.md (in this checkout,
 * the pushed commit) now records the target stage is completed and closed. A request whose
 * change is not there yet is left as it is; one whose approval does not hold is un-approved
 * (approval.ts). At most MAX_REQUESTS requests per run.
 */














const MAX_REQUESTS = 20;
/**
 * The component and target a request names: its labels first (the report and the upkeep check
 * put them there), else its form. A promotion's `target:development` label is no target
 * (nothing is promoted to Development), so its form decides; a demotion's is. Null when the
 * config does not know them.
 */
function namedIn(config, issue) {
    const form = issue.body ? (0,_packages_promotion_issue_form_js__WEBPACK_IMPORTED_MODULE_6__.parsePromotionForm)(issue.body) : null;
    const written = (0,_demotion_js__WEBPACK_IMPORTED_MODULE_11__.labelValue)(issue, 'component:') ?? form?.request?.componentName ?? null;
    const labelledTarget = (0,_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStage */ .YA)((0,_demotion_js__WEBPACK_IMPORTED_MODULE_11__.labelValue)(issue, 'target:') ?? '');
    const demotion = (0,_demotion_js__WEBPACK_IMPORTED_MODULE_11__.isDemotionRequest)(issue);
    const target = labelledTarget && (demotion || labelledTarget !== 'development')
        ? labelledTarget
        : (form?.request?.targetStage ?? null);
    let component;
    try {
        component = written ? (0,_packages_core_subject_js__WEBPACK_IMPORTED_MODULE_5__/* .findComponentByName */ .Jn)(config, written) : null;
    }
    catch {
        // A name the config does not know: the request is left for a person to fix.
        component = null;
    }
    return component && target ? { component, target, demotion } : null;
}
/** Completion: board, milestone, labels, closing comment; a demotion also lists the dependents it blocks. */
async function complete(inputs, ctx, api, config, issue, n) {
    const { component, target } = n;
    return (0,_apply_js__WEBPACK_IMPORTED_MODULE_9__/* .completePromotion */ .bm)(api, {
        issue,
        componentId: component.id,
        componentName: component.name,
        target,
        config,
        commit: ctx.sha,
        project: (0,_apply_js__WEBPACK_IMPORTED_MODULE_9__/* .boardOf */ .mT)(inputs),
        coverage: null,
        ...(n.demotion
            ? {
                demotion: {
                    // From MATURITY.md's stage line ("demoted from … on …"); a line without it reads as Production.
                    from: n.demotedFrom ?? 'production',
                    blocked: (0,_packages_promotion_dependencies_js__WEBPACK_IMPORTED_MODULE_4__/* .dependentsAbove */ .Q)(component.id, target, config.components, await (0,_stage_reader_js__WEBPACK_IMPORTED_MODULE_12__/* .stageReader */ .s)(config, inputs.root)),
                },
            }
            : {}),
    });
}
/** One approved request: completed when MATURITY.md records its target; returns its line in the summary. */
async function completeRequest(inputs, ctx, api, config, issue) {
    const named = namedIn(config, issue);
    if (!named)
        return `- #${issue.number}: names no component or target stage this config knows; left as it is`;
    const { component, target, demotion } = named;
    const record = (await (0,_packages_core_maturity_read_maturity_js__WEBPACK_IMPORTED_MODULE_2__/* .readMaturityRecord */ .l)(inputs.root, component)).record;
    const stage = record?.stage ?? null;
    if (stage !== target)
        return `- #${issue.number} ${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(component.id)}: MATURITY.md says ${stage ? _packages_core_stages_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_TITLES */ .XV[stage] : 'no stage'}, not yet ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_TITLES */ .XV[target]}`;
    // The approval is checked again: a label that was removed, or added by someone not entitled, does not complete.
    const refusal = new _packages_core_logger_js__WEBPACK_IMPORTED_MODULE_13__/* .RunLog */ .s();
    if (!(await (0,_approval_js__WEBPACK_IMPORTED_MODULE_10__/* .checkApproval */ .i_)(api, issue, refusal)))
        return `- #${issue.number} ${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(component.id)}: ${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeText */ .X1)(refusal.warnings.join('; '))}`;
    const done = await complete(inputs, ctx, api, config, issue, { ...named, demotedFrom: record?.demotedFrom });
    return `- #${issue.number} ${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(component.id)}: ${demotion ? 'demoted to' : 'completed in'} ${_packages_core_stages_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_TITLES */ .XV[target]}${done.milestone ? `; next milestone ${(0,_packages_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeText */ .X1)(done.milestone)}` : ''}`;
}
async function completeMode(inputs, ctx, api, name) {
    const config = await (0,_packages_core_config_load_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(inputs.configPath, inputs.root, true, inputs.configExplicit);
    const open = (await api.listOpenIssues([_packages_promotion_labels_js__WEBPACK_IMPORTED_MODULE_7__/* .PROMOTION */ .WD.approved])).slice(0, MAX_REQUESTS);
    const lines = [];
    for (const summary of open) {
        const issue = await api.getIssue(summary.number);
        if (issue)
            lines.push(await completeRequest(inputs, ctx, api, config, issue));
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${name}: ${open.length} approved request(s) looked at`);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addRaw(`## Promotions completed by this push\n\n${lines.join('\n') || '_No approved request is open._'}\n`, true)
        .write();
}


/***/ }),

/***/ 8820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demotionCriteria: () => (/* binding */ demotionCriteria),
  demotionReport: () => (/* binding */ demotionReport),
  demotionSubject: () => (/* binding */ demotionSubject),
  isDemotionRequest: () => (/* reexport */ labels/* isDemotionRequest */.fX),
  labelValue: () => (/* binding */ labelValue)
});

// EXTERNAL MODULE: ./packages/core/logger.ts
var logger = __webpack_require__(3346);
// EXTERNAL MODULE: ./packages/action-io/github-setup.ts + 2 modules
var github_setup = __webpack_require__(8475);
// EXTERNAL MODULE: ./packages/action-io/names.ts
var names = __webpack_require__(5968);
// EXTERNAL MODULE: ./packages/action-io/publish.ts + 1 modules
var publish = __webpack_require__(1594);
// EXTERNAL MODULE: ./packages/core/config/load-config.ts
var load_config = __webpack_require__(9846);
// EXTERNAL MODULE: ./packages/core/errors.ts
var errors = __webpack_require__(425);
// EXTERNAL MODULE: ./packages/core/maturity/read-maturity.ts
var read_maturity = __webpack_require__(9714);
// EXTERNAL MODULE: ./packages/core/result/build-result.ts + 1 modules
var build_result = __webpack_require__(7837);
// EXTERNAL MODULE: ./packages/core/stages.ts
var stages = __webpack_require__(6293);
// EXTERNAL MODULE: ./packages/core/subject.ts
var subject = __webpack_require__(3512);
// EXTERNAL MODULE: ./packages/github/sticky-comment.ts
var sticky_comment = __webpack_require__(5449);
// EXTERNAL MODULE: ./packages/promotion/dependencies.ts
var dependencies = __webpack_require__(3475);
// EXTERNAL MODULE: ./packages/promotion/labels.ts
var labels = __webpack_require__(925);
// EXTERNAL MODULE: ./packages/report/markdown.ts
var markdown = __webpack_require__(5676);
// EXTERNAL MODULE: ./packages/report/criteria.ts
var criteria = __webpack_require__(192);
// EXTERNAL MODULE: ./packages/promotion/maturity-update.ts + 3 modules
var maturity_update = __webpack_require__(6782);
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
        return { v: 1, component: o.component, proposed, reason: (0,maturity_update/* reasonText */.uV)(o.reason) };
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
    const name = escapeText(v.name);
    const stage = STAGE_TITLES[v.demoteTo];
    const next = v.state.proposed
        ? `**Demotion proposed** on ${v.state.proposed}: a maintainer approves it by adding \`${PROMOTION.approved}\`, which opens the MATURITY.md pull request (Production → ${stage}).`
        : `**Grace period**: ${v.graceDays} day(s). If the breach lasts until ${day(graceEnds(v.since, v.graceDays))}, a demotion to ${stage} is proposed here for remediation.`;
    return [
        breachStateLine(v.state),
        `## ${name} is below its maintenance criteria`,
        '',
        `${name} is in Production, and the scheduled upkeep check measured it below the bars a Production component keeps. Severity **${v.severity}** (the worst of its breaches, from the seeds\u2019 P0–P3 table; \`policy.production.maintenance.severity\`).`,
        '',
        criteriaTable(v.evaluation.criteria),
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
        return [`No component that depends on \`${component}\` is above ${STAGE_TITLES[stage]}.`];
    return [
        `Blocked by this demotion (they would sit above their dependency, now in ${STAGE_TITLES[stage]}):`,
        ...blocked.map((b) => `- \`${b.id}\` (${STAGE_TITLES[b.stage]}): ${b.path.map((p) => `\`${p}\``).join(' → ')}`),
    ];
}
function proposalComment(v, blocked) {
    const stage = STAGE_TITLES[v.demoteTo];
    return [
        `## Demotion proposed: ${escapeText(v.name)}, Production → ${stage}`,
        '',
        `The breach has lasted since ${day(v.since)}, past the grace period of ${v.graceDays} day(s). The seeds: a component that fails its maintenance criteria "can be demoted to a lower stage for remediation".`,
        '',
        `Reason: ${escapeText(v.state.reason)}.`,
        '',
        ...dependentsLines(blocked, v.component, v.demoteTo),
        '',
        `To demote it, a maintainer (write or maintain permission) adds \`${PROMOTION.approved}\`: promotion-report checks the approval as for a promotion and opens the MATURITY.md pull request; merging it completes the demotion (labels, board) and closes this issue. To keep it in Production, remove \`${DEMOTION.proposed}\`: it is not proposed again for this breach.`,
    ].join('\n');
}
function recoveryComment(name, evaluation, now, runUrl) {
    return [
        `Recovered: every maintenance criterion of ${escapeText(name)} is met again (${day(now)}${runUrl ? `, [upkeep check](${runUrl})` : ''}).`,
        '',
        criteriaTable(evaluation.criteria),
    ].join('\n');
}

// EXTERNAL MODULE: ./actions/promotion-report/apply.ts
var apply = __webpack_require__(5565);
// EXTERNAL MODULE: ./actions/promotion-report/approval.ts
var approval = __webpack_require__(578);
// EXTERNAL MODULE: ./actions/promotion-report/render.ts
var render = __webpack_require__(6857);
;// CONCATENATED MODULE: ./actions/promotion-report/demotion-render.ts
/** The demotion request's card (one comment on the breach issue, updated in place) and the job summary. Pure. */






function verdict(v) {
    const m = v.model;
    const who = (0,render/* namedComponent */.jH)(m.component);
    const path = (0,render/* stagePath */.E6)(m.current, m.target);
    if (v.completed)
        return `⬇️ ${who} is demoted (${path}): MATURITY.md on the default branch records it.`;
    if (v.pullRequest)
        return `⬇️ ${who}: demotion approved (${path}). MATURITY.md pull request: ${v.pullRequest}. Merging it completes the demotion (labels, board) and closes this issue.`;
    if (!v.ready)
        return `❌ ${who} cannot be demoted (${path}) as proposed: see below.`;
    return `⏳ ${who}: demotion proposed (${path}). A maintainer (write or maintain permission) approves it by adding \`${labels/* PROMOTION */.WD.approved}\`.`;
}
function renderDemotion(v, limit, unit) {
    const m = v.model;
    const blocked = (0,apply/* blockedLines */.g2)(m.blocked, m.component.id, m.target);
    const sections = [
        { markdown: `## Demotion: ${(0,markdown/* escapeText */.X1)(m.component.name)}\n\n${verdict(v)}`, priority: 100 },
        { markdown: (0,criteria/* criteriaTable */.qi)(v.criteria), priority: 90 },
        {
            markdown: blocked.length
                ? blocked.join('\n')
                : `No component that depends on ${(0,markdown/* code */.aY)(m.component.id)} is above ${stages/* STAGE_TITLES */.XV[m.target]}.`,
            priority: 85,
        },
        { markdown: v.runUrl ? `<sub>[Run](${v.runUrl})</sub>` : '', priority: 80 },
    ];
    return (0,markdown/* fitSections */.WK)(sections, limit, unit, (n) => `_${n} section(s) left out to fit._`);
}

// EXTERNAL MODULE: ./actions/promotion-report/stage-reader.ts
var stage_reader = __webpack_require__(3443);
;// CONCATENATED MODULE: ./actions/promotion-report/demotion.ts
/**
 * A demotion request: a maintenance breach issue on which the upkeep check proposed a demotion
 * (labels `demotion:proposed`, `component:<id>`, `target:<stage>`: a request whose target is
 * below the current stage). It goes through the promotion's own pieces: the approval is
 * `promotion:approved`, checked from the issue's label events like a promotion's
 * (approval.ts); once approved, MATURITY.md changes through a pull request (apply.ts:
 * "Demoted to Staging (Reason: …, Issue #N)"); `mode: complete` finishes it when that change is
 * on the default branch. The dependents left above their dependency are listed as blocked.
 */




















/** What the request's first `<prefix>…` label says (`component:`, `target:`), or null. */
const labelValue = (issue, prefix) => issue.labels.find((l) => l.startsWith(prefix))?.slice(prefix.length) ?? null;
/** The component and the stage a demotion request names, from its labels. */
function demotionSubject(config, issue) {
    const id = labelValue(issue, 'component:');
    const target = (0,stages/* parseStage */.YA)(labelValue(issue, 'target:') ?? '');
    if (!id || !target) {
        throw new errors/* ConfigurationError */.j(`the demotion request #${issue.number} has no component:<id> or target:<stage> label`, { at: `issue #${issue.number}` }, 'The upkeep check labels the breach issue when it proposes a demotion; add the missing label by hand.');
    }
    return { component: (0,subject/* findComponent */.Tn)(config, id), target };
}
const row = (c) => ({ evidence: [], ...c });
/** The demotion's checks: the breach still open, a stage to come down from, the approval. Pure. */
function demotionCriteria(m) {
    const stageOk = m.current !== null && (0,stages/* stageIndex */.Jb)(m.current) > (0,stages/* stageIndex */.Jb)(m.target);
    return [
        row({
            id: 'demotion.breach',
            title: 'The maintenance breach is still open',
            status: m.issue.open && m.issue.breach ? 'pass' : 'fail',
            measured: m.issue.open ? 'open' : 'closed',
            bar: 'open',
            comparator: null,
            unit: '',
            detail: m.issue.open
                ? `#${m.issue.number}${m.issue.breach ? '' : ` has no ${labels/* BREACH_LABEL */.L7} label`}`
                : `#${m.issue.number} is closed: the figures recovered, or the breach was settled`,
        }),
        row({
            id: 'demotion.stage',
            title: `Above ${stages/* STAGE_TITLES */.XV[m.target]} now`,
            status: stageOk ? 'pass' : 'fail',
            measured: m.current ? stages/* STAGE_TITLES */.XV[m.current] : null,
            bar: `above ${stages/* STAGE_TITLES */.XV[m.target]}`,
            comparator: null,
            unit: '',
            detail: stageOk
                ? undefined
                : 'MATURITY.md on the default branch does not put the component above the target stage',
        }),
        (0,approval/* approvalCriterion */.tA)(m.approval, 'approval.maintainer', 'Approved by a maintainer'),
    ];
}
/** An approved demotion: MATURITY.md says so (pull request or commit), completed once on the default branch. */
function applyDemotion(api, inputs, ctx, config, issue, m, component) {
    const from = m.current;
    return (0,apply.applyApprovedChange)(api, {
        inputs,
        clientFor: (token) => (0,github_setup/* githubFor */.d)(ctx, token),
        config,
        issue,
        component,
        change: {
            from,
            to: m.target,
            date: new Date().toISOString().slice(0, 10),
            issue: issue.number,
            issueUrl: issue.html_url,
            reason: readBreachState(issue.body)?.reason || 'maintenance breach',
        },
        commit: ctx.sha,
        coverage: null,
        demotion: { from, blocked: m.blocked },
    });
}
/** The request's component and target, where it stands, the approval, and the dependents it would leave above it. */
async function demotionModel(inputs, api, config, issue, log) {
    const { component, target } = demotionSubject(config, issue);
    const model = {
        component: { id: component.id, name: component.name },
        current: (await (0,read_maturity/* readMaturityRecord */.l)(inputs.root, component)).record?.stage ?? null,
        target,
        issue: { number: issue.number, open: issue.state === 'open', breach: issue.labels.includes(labels/* BREACH_LABEL */.L7) },
        approval: await (0,approval/* checkApproval */.i_)(api, issue, log),
        blocked: (0,dependencies/* dependentsAbove */.Q)(component.id, target, config.components, await (0,stage_reader/* stageReader */.s)(config, inputs.root)),
    };
    return { component, model };
}
/** The result's one-line summary: how far the demotion got. */
function outcome(v, applied) {
    if (applied.completed)
        return 'applied';
    if (applied.change?.pullRequest)
        return 'approved: MATURITY.md pull request opened';
    return v.ready ? 'awaiting approval' : 'not applicable';
}
/** The demotion's result, summary and outputs; the run fails when a check other than the approval fails. */
async function publishDemotion(inputs, ctx, gate, v, applied, warnings) {
    const { model: m, criteria, ready } = v;
    const result = (0,build_result/* buildGateResult */.R)({
        gate,
        component: m.component.id,
        current: m.current,
        target: m.target,
        criteria,
        summary: `${m.component.id}: demotion to ${stages/* STAGE_TITLES */.XV[m.target]} ${outcome(v, applied)}`,
        data: {
            demotion: true,
            ready,
            issue: m.issue.number,
            pullRequest: v.pullRequest,
            completed: v.completed,
            blocked: m.blocked,
        },
        context: ctx,
        now: new Date(),
    });
    await (0,publish/* publish */.mk)({
        gate,
        result,
        summary: renderDemotion(v, markdown/* SUMMARY_LIMIT_BYTES */.Jz, 'bytes'),
        comment: null,
        annotations: [],
        outputs: {
            [names/* PromotionReportOutputs */.iP.Stage]: v.completed ? m.target : (m.current ?? ''),
            [names/* PromotionReportOutputs */.iP.CriteriaFailed]: String(criteria.filter((c) => c.status !== 'pass').length),
            [names/* PromotionReportOutputs */.iP.Ready]: String(ready),
            [names/* PromotionReportOutputs */.iP.PullRequest]: v.pullRequest ?? '',
        },
        failureMessage: `the demotion of ${m.component.id} to ${stages/* STAGE_TITLES */.XV[m.target]} cannot go ahead: ${criteria
            .filter((c) => c.status === 'fail')
            .map((c) => `${c.title} (${c.detail ?? c.measured})`)
            .join('; ')}`,
        warnings: [...warnings],
        resultsDir: inputs.resultsDir,
        allowNoData: true,
    });
}
async function demotionReport(inputs, ctx, api, issue, gate) {
    const config = await (0,load_config/* loadConfig */.Z9)(inputs.configPath, inputs.root, true);
    const log = new logger/* RunLog */.s(); // its warnings are published with the result
    const { component, model: m } = await demotionModel(inputs, api, config, issue, log);
    const criteria = demotionCriteria(m);
    // Ready: every check but the approval holds; the approval is then all it waits for.
    const ready = criteria.every((c) => c.status === 'pass' || c.id === 'approval.maintainer');
    const applied = m.approval && ready
        ? await applyDemotion(api, inputs, ctx, config, issue, m, component)
        : { change: null, completed: false };
    const view = {
        model: m,
        criteria,
        ready,
        pullRequest: applied.change?.pullRequest?.html_url ?? null,
        completed: applied.completed,
        runUrl: ctx.run?.url ?? null,
    };
    if (inputs.comment)
        await (0,sticky_comment/* upsertStickyComment */.q)(api, issue.number, (0,sticky_comment/* stickyMarker */.Y)(gate, component.id), renderDemotion(view, markdown/* COMMENT_LIMIT_CHARS */.iW - 2000, 'chars'));
    await publishDemotion(inputs, ctx, gate, view, applied, log.warnings);
}


/***/ })

};
