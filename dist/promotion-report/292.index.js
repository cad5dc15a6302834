export const id = 292;
export const ids = [292];
export const modules = {

/***/ 5292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_FIELD_NAMES: () => (/* binding */ DEFAULT_FIELD_NAMES),
/* harmony export */   createProjectsApi: () => (/* binding */ createProjectsApi),
/* harmony export */   parseProjectRef: () => (/* reexport safe */ _project_ref_js__WEBPACK_IMPORTED_MODULE_4__.w),
/* harmony export */   tokenNeeded: () => (/* binding */ tokenNeeded)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(425);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9430);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2014);
/* harmony import */ var _project_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6453);
/**
 * A component's item on a GitHub Project (v2): "Current Stage", "Test Coverage", "Blocker
 * Count", "Last Updated". Projects live only in the GraphQL API.
 *
 * Two steps, so nothing is changed before we know everything can be:
 *   preflight()  reads only: the project (organization or user), its fields and options,
 *                `viewerCanUpdate`, and the issue's item on it. A token that cannot write the
 *                project (a workflow's GITHUB_TOKEN never can) is a ConfigurationError naming
 *                the token that is needed. A missing field or option is a listed problem.
 *   apply()      addProjectV2ItemById when the issue is not on the project yet, then one
 *                updateProjectV2ItemFieldValue (or clearProjectV2ItemFieldValue) per field.
 *
 * Every request gets a time-out and the retry policy of retry.ts (`retryDelayMs`: 5xx, lost
 * connections, rate limits, bounded waits). The mutations are idempotent (setting a value;
 * adding an item that is already there returns it), so retrying one is safe.
 *
 * Schema: docs.github.com/graphql/reference/objects#projectv2 (viewerCanUpdate, fields, url),
 * .../mutations#addprojectv2itembyid, #updateprojectv2itemfieldvalue, #clearprojectv2itemfieldvalue,
 * .../input-objects#projectv2fieldvalue (singleSelectOptionId: String, number: Float, date: Date, text).
 */





const DEFAULT_FIELD_NAMES = {
    stage: 'Current Stage',
    coverage: 'Test Coverage',
    blockers: 'Blocker Count',
    lastUpdated: 'Last Updated',
};
// --- GraphQL documents (operation names are what the local fake matches on) ---
const PROJECT_FIELDS = `
fragment PreflightProject on ProjectV2 {
  id
  title
  url
  closed
  viewerCanUpdate
  fields(first: 100) {
    nodes {
      __typename
      ... on ProjectV2FieldCommon { id name dataType }
      ... on ProjectV2SingleSelectField { options { id name } }
    }
  }
}`;
const QUERIES = {
    organization: `query ProjectV2ForOrganization($owner: String!, $number: Int!) {
  organization(login: $owner) { projectV2(number: $number) { ...PreflightProject } }
}${PROJECT_FIELDS}`,
    user: `query ProjectV2ForUser($owner: String!, $number: Int!) {
  user(login: $owner) { projectV2(number: $number) { ...PreflightProject } }
}${PROJECT_FIELDS}`,
    items: `query ProjectItemsOfContent($contentId: ID!, $after: String) {
  node(id: $contentId) {
    __typename
    ... on Issue { projectItems(first: 100, after: $after) { nodes { id project { id } } pageInfo { hasNextPage endCursor } } }
    ... on PullRequest { projectItems(first: 100, after: $after) { nodes { id project { id } } pageInfo { hasNextPage endCursor } } }
  }
}`,
    addItem: `mutation AddProjectV2ItemById($input: AddProjectV2ItemByIdInput!) {
  addProjectV2ItemById(input: $input) { item { id } }
}`,
    update: `mutation UpdateProjectV2ItemFieldValue($input: UpdateProjectV2ItemFieldValueInput!) {
  updateProjectV2ItemFieldValue(input: $input) { projectV2Item { id } }
}`,
    clear: `mutation ClearProjectV2ItemFieldValue($input: ClearProjectV2ItemFieldValueInput!) {
  clearProjectV2ItemFieldValue(input: $input) { projectV2Item { id } }
}`,
};
/** An issue is on few projects; this bounds the pages read if one is on very many. */
const MAX_ITEM_PAGES = 10;
/** GraphqlResponseError (octokit) and look-alikes: GraphQL errors in an HTTP 200 answer. */
function graphqlErrorsOf(error) {
    const errors = error?.errors;
    return Array.isArray(errors) && errors.length > 0 ? errors : undefined;
}
function kindOfGraphqlError(type) {
    switch (type) {
        case 'FORBIDDEN':
        case 'INSUFFICIENT_SCOPES':
            return 'permission';
        case 'NOT_FOUND':
            return 'not-found';
        case 'RATE_LIMITED':
            return 'rate-limit';
        default:
            return 'invalid';
    }
}
function messagesOf(errors) {
    return errors.map((e) => (e.type ? `${e.type}: ${e.message ?? ''}` : (e.message ?? 'unknown error'))).join('; ');
}
function isAccessDenied(errors) {
    return errors.some((e) => e.type === 'FORBIDDEN' ||
        e.type === 'INSUFFICIENT_SCOPES' ||
        /not accessible by|insufficient|scope/i.test(e.message ?? ''));
}
/** The token a project write needs, for the fix of a ConfigurationError. */
function tokenNeeded(ownerType, owner) {
    const org = `a fine-grained personal access token (resource owner: ${owner}) or a GitHub App installation token ` +
        'with the organization permission "Projects: Read and write"';
    const user = 'a classic personal access token with the `project` scope';
    if (ownerType === 'organization')
        return `${org}; GITHUB_TOKEN cannot write organization projects`;
    if (ownerType === 'user')
        return `${user}; GITHUB_TOKEN, fine-grained tokens and GitHub App tokens cannot write user projects`;
    return `for an organization project, ${org}; for a user project, ${user}. GITHUB_TOKEN cannot write either`;
}
/** For each value the action sets, in the order they are set: the kinds of field that can hold it, and how. */
const FIELD_PLANS = [
    { key: 'stage', accepts: ['single_select', 'text'], make: stageValue },
    { key: 'coverage', accepts: ['number', 'text'], make: (values) => numericValue(values.coverage) },
    { key: 'blockers', accepts: ['number', 'text'], make: (values) => numericValue(values.blockers) },
    { key: 'lastUpdated', accepts: ['date', 'text'], make: dateValue },
];
/**
 * Which project fields to set, from the names the action uses (matched case-insensitively).
 * Every value given is `requested`; each becomes a planned field or a problem, so that all
 * the project's problems are told at once.
 */
function planFields(project, values, names) {
    const fields = [];
    const problems = [];
    const all = (project.fields.nodes ?? []).filter((f) => !!f?.id && !!f.name);
    let requested = 0;
    for (const { key, accepts, make } of FIELD_PLANS) {
        if (values[key] === undefined)
            continue;
        requested += 1;
        const planned = planField(all, names[key], accepts, make(values));
        if (typeof planned === 'string')
            problems.push(planned);
        else
            fields.push(planned);
    }
    return { fields, problems, requested };
}
/** The field named `name`, when there is one of a kind that `accepts`, with its value. */
function planField(all, name, accepts, make) {
    const field = all.find((f) => f.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (!field)
        return `The project has no field "${name}" (its fields: ${fieldList(all) || 'none'}).`;
    const kind = kindOf(field.dataType);
    if (!kind || !accepts.includes(kind)) {
        return `The field "${field.name}" is a ${String(field.dataType ?? 'unknown')
            .toLowerCase()
            .replace(/_/g, '-')} field; it needs to be ${accepts.map((k) => k.replace(/_/g, '-')).join(' or ')}.`;
    }
    return make(field, kind);
}
/** The project's field names for a message, the first 20 (a project may have many). */
function fieldList(all) {
    const shown = all.slice(0, 20).map((f) => `"${f.name}"`);
    return shown.join(', ') + (all.length > shown.length ? ', ...' : '');
}
/** The stage as text, or as the single-select option of that name (any case). */
function stageValue(values) {
    return (field, kind) => {
        const stage = String(values.stage ?? '').trim();
        if (stage === '')
            return `No stage to set in "${field.name}".`;
        if (kind === 'text')
            return { name: field.name, fieldId: field.id, value: stage, kind, display: stage };
        const options = field.options ?? [];
        const option = options.find((o) => o.name.trim().toLowerCase() === stage.toLowerCase());
        if (!option) {
            return `The field "${field.name}" has no option "${stage}" (its options: ${options.map((o) => `"${o.name}"`).join(', ') || 'none'}).`;
        }
        return { name: field.name, fieldId: field.id, value: option.id, kind, display: option.name };
    };
}
/** A number (as text in a text field); null clears the field rather than leaving a stale figure. */
function numericValue(value) {
    return (field, kind) => {
        if (value === null)
            return { name: field.name, fieldId: field.id, value: null, kind, display: '(cleared)' };
        if (typeof value !== 'number' || !Number.isFinite(value))
            return `"${String(value)}" is not a number for "${field.name}".`;
        if (kind === 'text')
            return { name: field.name, fieldId: field.id, value: String(value), kind, display: String(value) };
        return { name: field.name, fieldId: field.id, value, kind, display: String(value) };
    };
}
function dateValue(values) {
    return (field, kind) => {
        const date = String(values.lastUpdated ?? '');
        if (!isCalendarDate(date))
            return `"${date}" is not a YYYY-MM-DD date for "${field.name}".`;
        return { name: field.name, fieldId: field.id, value: date, kind, display: date };
    };
}
/** Projects (v2) over GraphQL, retried like every GitHub call; created by createProjectsApi. */
class ProjectsClient {
    options;
    policy;
    names;
    graphql;
    constructor(options) {
        this.options = options;
        this.policy = (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retryPolicy */ .Jb)(options);
        this.names = { ...DEFAULT_FIELD_NAMES, ...options.fieldNames };
        this.graphql = options.graphql;
    }
    gql() {
        if (!this.graphql) {
            const baseUrl = (this.options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
            this.graphql = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(this.options.token, { baseUrl }).graphql;
        }
        return this.graphql;
    }
    fixFor(ownerType, owner) {
        const pass = this.options.tokenInput ? ` and pass it as the \`${this.options.tokenInput}\` input` : '';
        return `Create ${tokenNeeded(ownerType, owner)}, store it as a secret${pass}.`;
    }
    /**
     * One operation, retried like every GitHub call (retry.ts). GraphQL errors (HTTP 200) come back in `errors` for
     * the caller to judge, except RATE_LIMITED, which is waited for like a REST rate limit.
     */
    async call(operationName, query, variables) {
        const what = `GraphQL ${operationName}`;
        const rest = (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .restRetry */ .pH)(what, this.policy.timeoutMs);
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retrying */ .R$)(this.policy, what, async (signal) => {
            try {
                const data = await this.gql()(query, { ...variables, operationName, request: { signal } });
                return { data: data, errors: [] };
            }
            catch (thrown) {
                // octokit reports an aborted fetch as HTTP 500 "Unknown Error"; say what happened.
                const error = signal.aborted
                    ? Object.assign(new Error(`no answer within ${this.policy.timeoutMs} ms`), {
                        name: 'TimeoutError',
                        cause: thrown,
                    })
                    : thrown;
                const errors = graphqlErrorsOf(error);
                if (errors && !errors.some((e) => e.type === 'RATE_LIMITED'))
                    return { data: (error.data ?? null), errors };
                throw error;
            }
        }, (error, attempt) => {
            const errors = graphqlErrorsOf(error);
            if (!errors)
                return rest(error, attempt);
            // RATE_LIMITED: waited for like a REST secondary rate limit, from the same headers.
            const headers = error.headers ?? {};
            return {
                delay: (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retryDelayMs */ .qO)({ status: 403, response: { headers, data: { message: 'secondary rate limit' } } }, attempt),
                failure: (note) => new _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .OS(`${what} failed: ${messagesOf(errors)}${note ? `; ${note}` : ''}`, 200, 'rate-limit'),
                why: messagesOf(errors),
            };
        });
    }
    /** An HTTP-level refusal of the token itself (401 bad credentials, 403 SAML/SSO) is the user's to fix too. */
    async read(ref, ownerType, operationName, query, variables) {
        try {
            return await this.call(operationName, query, variables);
        }
        catch (e) {
            if (e instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .OS && e.kind === 'permission') {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`The token was refused while reading project ${describeRef(ref)}: ${e.message}`, {}, this.fixFor(ownerType, ref.owner));
            }
            throw e;
        }
    }
    async loadProject(ref) {
        const order = ref.ownerType ? [ref.ownerType] : ['organization', 'user'];
        for (const ownerType of order) {
            const op = ownerType === 'organization' ? 'ProjectV2ForOrganization' : 'ProjectV2ForUser';
            const { data, errors } = await this.read(ref, ownerType, op, QUERIES[ownerType], {
                owner: ref.owner,
                number: ref.number,
            });
            const owner = data?.[ownerType];
            // No such organization (or user): try the other kind of owner, if there is one left.
            if (!owner && !isAccessDenied(errors))
                continue;
            const project = owner?.projectV2 ?? null;
            if (project && errors.length === 0)
                return { project, ownerType };
            const denied = isAccessDenied(errors);
            const where = `${ownerType === 'organization' ? 'organization' : 'user'} ${ref.owner}`;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(denied
                ? `This token may not read project #${ref.number} of ${where} (${messagesOf(errors)}).`
                : `Project #${ref.number} of ${where} was not found, or this token cannot see it (${messagesOf(errors) || 'no project returned'}).`, { at: 'project' }, `${denied ? '' : 'Check the project number, then: '}${this.fixFor(ownerType, ref.owner)}`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`There is no ${ref.ownerType ?? 'organization or user'} named "${ref.owner}" that this token can see.`, { at: 'project' }, `Check the owner in the project URL; if it is right, ${this.fixFor(ref.ownerType, ref.owner).replace(/^Create/, 'create')}`);
    }
    async findItem(ref, ownerType, projectId, contentId) {
        let after = null;
        for (let page = 0; page < MAX_ITEM_PAGES; page++) {
            const outcome = await this.read(ref, ownerType, 'ProjectItemsOfContent', QUERIES.items, {
                contentId,
                after,
            });
            const node = outcome.data?.node;
            if (!node || outcome.errors.length > 0) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`The issue or pull request ${contentId} is not visible to the project token (${messagesOf(outcome.errors) || 'no such node'}).`, {}, 'Give the project token read access to this repository too (fine-grained: "Issues" and "Pull requests" read; classic: `repo` for a private repository).');
            }
            const connection = node.projectItems;
            if (!connection)
                throw new _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .OS(`GraphQL ProjectItemsOfContent: ${contentId} is a ${node.__typename ?? 'node'}, not an issue or pull request`, 200, 'invalid');
            const hit = connection.nodes.find((item) => item?.project?.id === projectId);
            if (hit)
                return hit.id;
            if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor)
                return null;
            after = connection.pageInfo.endCursor;
        }
        return null; // not among the first pages: adding it again returns the existing item
    }
    async preflight(ref, issueNodeId, values) {
        const { project, ownerType } = await this.loadProject(ref);
        if (!project.viewerCanUpdate) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`This token can read project "${project.title}" (${project.url}) but not update it.`, { at: 'project' }, `${this.fixFor(ownerType, ref.owner)} A token with read-only project access, or a user who is not a project collaborator with write access, cannot update items.`);
        }
        const itemId = await this.findItem(ref, ownerType, project.id, issueNodeId);
        const { fields, problems, requested } = planFields(project, values, this.names);
        if (requested > 0 && fields.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Nothing can be updated on project "${project.title}" (${project.url}): ${problems.join(' ')}`, { at: 'project' }, 'Add the fields to the project (names and options are matched case-insensitively), or set the field names the action uses.');
        }
        return {
            projectId: project.id,
            itemId,
            contentId: issueNodeId,
            fields,
            problems,
            title: project.title,
            url: project.url,
            owner: { login: ref.owner, type: ownerType },
        };
    }
    async apply(plan) {
        const written = [];
        const mutate = async (operationName, query, field, input) => {
            const { data, errors } = await this.call(operationName, query, { input });
            if (errors.length === 0 && data?.[field])
                return data[field];
            const done = written.length > 0 ? ` (already written: ${written.join(', ')})` : '';
            const text = `GraphQL ${operationName} failed: ${messagesOf(errors) || 'no result'}${done}`;
            if (isAccessDenied(errors))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(text, { at: 'project' }, this.fixFor(plan.owner?.type, plan.owner?.login ?? 'the project owner'));
            throw new _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .OS(text, 200, kindOfGraphqlError(errors[0]?.type));
        };
        let itemId = plan.itemId;
        if (itemId === null) {
            const added = await mutate('AddProjectV2ItemById', QUERIES.addItem, 'addProjectV2ItemById', {
                projectId: plan.projectId,
                contentId: plan.contentId,
            });
            itemId = String(added['item']?.id ?? '');
            if (!itemId)
                throw new _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .OS('GraphQL AddProjectV2ItemById returned no item', 200, 'invalid');
            written.push('item added');
        }
        for (const field of plan.fields) {
            const target = { projectId: plan.projectId, itemId, fieldId: field.fieldId };
            if (field.value === null) {
                await mutate('ClearProjectV2ItemFieldValue', QUERIES.clear, 'clearProjectV2ItemFieldValue', target);
            }
            else {
                await mutate('UpdateProjectV2ItemFieldValue', QUERIES.update, 'updateProjectV2ItemFieldValue', {
                    ...target,
                    value: fieldValue(field),
                });
            }
            written.push(field.name);
        }
    }
}
function createProjectsApi(options) {
    return new ProjectsClient(options);
}
/** ProjectV2FieldValue: exactly one member, per the field's type. */
function fieldValue(field) {
    switch (field.kind) {
        case 'single_select':
            return { singleSelectOptionId: String(field.value) };
        case 'number':
            return { number: Number(field.value) };
        case 'date':
            return { date: String(field.value) };
        case 'text':
            return { text: String(field.value) };
    }
}
function kindOf(dataType) {
    switch (dataType) {
        case 'SINGLE_SELECT':
            return 'single_select';
        case 'NUMBER':
            return 'number';
        case 'DATE':
            return 'date';
        case 'TEXT':
            return 'text';
        default:
            return undefined;
    }
}
function isCalendarDate(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match)
        return false;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().slice(0, 10) === text;
}
function describeRef(ref) {
    const kind = ref.ownerType === 'organization' ? 'orgs/' : ref.ownerType === 'user' ? 'users/' : '';
    return `${kind}${ref.owner}/${ref.number}`;
}


/***/ }),

/***/ 2014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   R$: () => (/* binding */ retrying),
/* harmony export */   pH: () => (/* binding */ restRetry),
/* harmony export */   qO: () => (/* binding */ retryDelayMs)
/* harmony export */ });
/* unused harmony export NoAnswerBreaker */
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9430);
/**
 * The one retry loop of every GitHub call (REST through octokit's hook, GraphQL for
 * projects). Everything in it is bounded:
 *  - each attempt has a time-out, and one call (its attempts and the waits between them) a
 *    budget: a hanging API costs at most the budget, never attempts × time-out;
 *  - once a call failed because it got no answer at all, the API counts as unreachable for
 *    the rest of the run and further calls fail at once, so a run's whole cost of a hanging
 *    API is one budget, not one per call;
 *  - rate limits (403/429) wait for their reset or Retry-After, 5xx and lost connections back
 *    off exponentially; a wait longer than the action sits through fails at once, saying when
 *    the limit resets.
 * A write that is not idempotent (a POST that creates something) is never repeated after a
 * failure that leaves open whether it was applied (no answer, a 5xx, a reply cut short): the
 * error says so (`mayHaveApplied`), and create-once.ts looks before it creates again.
 */

/** Open (failing every call at once) after a call failed for want of any answer. */
class NoAnswerBreaker {
    reason = null;
    get open() {
        return this.reason;
    }
    trip(why) {
        this.reason ??= why;
    }
}
function retryPolicy(o) {
    return {
        timeoutMs: o.timeoutMs ?? 30_000,
        attempts: o.attempts ?? 4,
        maxWaitMs: o.maxWaitMs ?? 60_000,
        budgetMs: o.budgetMs ?? 60_000,
        sleep: o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        log: o.log ?? (() => { }),
        now: o.now ?? Date.now,
        breaker: o.breaker ?? new NoAnswerBreaker(),
    };
}
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/** How long to wait before retrying, or undefined if the failure is not worth retrying. */
function retryDelayMs(error, attempt, now = Date.now()) {
    const e = error;
    const status = e.status ?? 0;
    const headers = e.response?.headers ?? {};
    const retryAfter = Number(headers['retry-after']);
    const message = String(e.response?.data?.message ?? '');
    const backoff = 1000 * 2 ** (attempt - 1);
    if (status === 403 || status === 429) {
        if (Number.isFinite(retryAfter) && retryAfter >= 0)
            return retryAfter * 1000;
        if (String(headers['x-ratelimit-remaining']) === '0') {
            const reset = Number(headers['x-ratelimit-reset']);
            return Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : backoff;
        }
        if (status === 429 || /secondary rate limit|abuse/i.test(message))
            return backoff * 30;
        return undefined; // a permission problem: retrying will not help
    }
    if (RETRYABLE_STATUS.has(status))
        return backoff;
    const kind = (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .failureKind */ .zU)(error);
    if (kind === 'too-large')
        return undefined; // it will be as large next time
    // No HTTP answer at all (a time-out or a dropped connection), or one that was garbled.
    if (status === 0 ||
        kind === 'timeout' ||
        kind === 'malformed' ||
        e.name === 'AbortError' ||
        e.name === 'TimeoutError')
        return backoff;
    return undefined;
}
/** A refusal that GitHub answered before doing anything: a rate limit. */
function refusedUnapplied(error) {
    return (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .failureKind */ .zU)(error) === 'rate-limit' || (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .neverSent */ .vQ)(error);
}
/**
 * The decision for a REST (or transport) failure. `write`: the request creates something and
 * is not idempotent, so it is retried only when it was refused outright (a rate limit, a
 * connection that never opened).
 */
function restRetry(what, timeoutMs, write = false) {
    return (error, attempt) => ({
        delay: write && !refusedUnapplied(error) ? undefined : retryDelayMs(error, attempt),
        failure: (note) => _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS.from(error, what, timeoutMs, note, write),
        why: (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRequestFailure */ .Tp)(error, timeoutMs),
    });
}
function noAnswer(error) {
    return (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .failureKind */ .zU)(error) === 'timeout';
}
async function retrying(policy, what, run, decide) {
    const deadline = policy.now() + policy.budgetMs;
    for (let attempt = 1;; attempt++) {
        const unreachable = policy.breaker.open;
        if (unreachable)
            throw new _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS(`${what} not tried: the GitHub API gave no answer earlier in this run (${unreachable})`, 0, 'timeout');
        const timeout = Math.max(1, Math.min(policy.timeoutMs, deadline - policy.now()));
        const signal = AbortSignal.timeout(timeout);
        try {
            return await run(signal);
        }
        catch (error) {
            const d = decide(error, attempt, signal);
            const giveUp = (note) => {
                if (noAnswer(error))
                    policy.breaker.trip(`${what}: ${d.why}`);
                return d.failure(note);
            };
            if (d.delay === undefined || attempt >= policy.attempts)
                throw giveUp();
            if (d.delay > policy.maxWaitMs) {
                const until = new Date(policy.now() + d.delay).toISOString().slice(11, 16);
                throw giveUp(`the rate limit resets at ${until} UTC, later than this action waits`);
            }
            if (policy.now() + d.delay >= deadline) {
                throw giveUp(`gave up after ${attempt} attempt(s): another would run past the ${Math.round(policy.budgetMs / 1000)} s one request may take`);
            }
            policy.log(`${what}: ${d.why}; retrying in ${Math.round(d.delay / 1000)} s (attempt ${attempt + 1} of ${policy.attempts})`);
            await policy.sleep(d.delay);
        }
    }
}


/***/ })

};
