export const id = 399;
export const ids = [399];
export const modules = {

/***/ 5399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient),
  retryDelayMs: () => (/* reexport */ retryDelayMs)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./packages/github/pagination.ts
/**
 * Listings with a page count: octokit's `paginate` follows `Link: rel="next"` for as long as
 * the server sends one, so a broken server (or proxy) that always sends one made 100,003
 * requests. Here a listing stops after `maxPages` and says so through `note`.
 */
/** The default: 100 pages of 100, far above anything these actions list. */
const DEFAULT_MAX_PAGES = 100;
async function boundedPages(pages, limits, note) {
    const items = [];
    let read = 0;
    for await (const page of pages) {
        items.push(...page.data);
        read++;
        if (read >= limits.maxPages) {
            const more = /rel="next"/.test(page.headers.link ?? '');
            if (more)
                note(`${limits.what}: stopped after ${read} pages (${items.length} items); the rest is not read`);
            return { items, cut: more };
        }
    }
    return { items, cut: false };
}

;// CONCATENATED MODULE: ./packages/github/rest/artifacts.ts
function artifactsApi(r) {
    const { octokit, owner, repo } = r;
    return {
        async listArtifacts(name) {
            const { data } = await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name, per_page: 100 });
            return data.artifacts.map((a) => ({
                id: a.id,
                name: a.name,
                size_in_bytes: a.size_in_bytes,
                expired: a.expired,
                created_at: a.created_at ?? null,
                workflow_run: a.workflow_run
                    ? {
                        id: a.workflow_run.id ?? 0,
                        head_branch: a.workflow_run.head_branch ?? null,
                        head_sha: a.workflow_run.head_sha ?? null,
                        repository_id: a.workflow_run.repository_id,
                        head_repository_id: a.workflow_run.head_repository_id,
                    }
                    : null,
            }));
        },
        async downloadArtifact(artifact, maxBytes) {
            if (artifact.size_in_bytes > maxBytes)
                throw new Error(`artifact ${artifact.name} is ${artifact.size_in_bytes} bytes, over the ${maxBytes} this action reads`);
            const { data } = await octokit.rest.actions.downloadArtifact({
                owner,
                repo,
                artifact_id: artifact.id,
                archive_format: 'zip',
                request: { maxReplyBytes: maxBytes },
            });
            return new Uint8Array(data);
        },
    };
}

// EXTERNAL MODULE: ./packages/github/create-once.ts
var create_once = __webpack_require__(8586);
;// CONCATENATED MODULE: ./packages/github/rest/comments.ts

function commentsApi(r) {
    const { octokit, owner, repo } = r;
    const comments = async (issue) => (await r.list(`comments of #${issue}`, octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
    }))).items;
    let viewer;
    return {
        viewerLogin() {
            viewer ??= octokit.graphql('query ViewerLogin { viewer { login } }').then((data) => data.viewer.login, (e) => {
                viewer = undefined; // asked again next time, not cached as a failure
                throw e;
            });
            return viewer;
        },
        listIssueComments: comments,
        async createIssueComment(issue, body) {
            return (0,create_once/* createOnce */.U)({
                create: async () => (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data,
                // The same text on the same issue: ours, from the attempt that answered 502.
                find: async () => (await comments(issue)).filter((c) => c.body === body).pop() ?? null,
            });
        },
        async updateIssueComment(commentId, body) {
            return (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body }))
                .data;
        },
        async deleteIssueComment(commentId) {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: commentId });
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/github/git-blob.ts
/** Git's object id of a file's bytes, as `git hash-object` computes it: sha1("blob <length>\0" + bytes). */

function gitBlobSha(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./packages/github/api-errors.ts
var api_errors = __webpack_require__(9430);
;// CONCATENATED MODULE: ./packages/github/write-conflicts.ts
/**
 * Optimistic writes through the contents API carry the blob sha that was read; GitHub refuses
 * one (409, or 422 for a file created meanwhile) when another run wrote first, and the writer
 * starts over from a fresh read. Every refusal means another writer succeeded, so the writers
 * as a whole always progress; what must not happen is that one of them gives up while the
 * others are still busy: with 20 writers on one file, the last one needs up to 20 tries.
 *
 * So the bound is a time budget (and a generous count), and the waits spread the writers out
 * with "decorrelated jitter" (each wait random between the base and three times the last,
 * capped), which keeps a crowd from colliding again in step.
 */

function isWriteConflict(e) {
    return e instanceof api_errors/* GitHubApiError */.OS && (e.status === 409 || (e.status === 422 && /sha/i.test(e.message)));
}
function conflictPolicy(o = {}) {
    return {
        attempts: o.attempts ?? 60,
        budgetMs: o.budgetMs ?? 180_000,
        baseMs: o.baseMs ?? 50,
        capMs: o.capMs ?? 2_000,
        sleep: o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        now: o.now ?? Date.now,
        random: o.random ?? Math.random,
    };
}
/** One write's refusals: `again()` after each waits and says whether to read and try again. */
class ConflictRetry {
    policy;
    conflicts = 0;
    last;
    deadline = null;
    constructor(policy) {
        this.policy = policy;
        this.last = policy.baseMs;
    }
    async again() {
        const p = this.policy;
        this.conflicts++;
        this.deadline ??= p.now() + p.budgetMs;
        if (this.conflicts + 1 > p.attempts || p.now() >= this.deadline)
            return false;
        this.last = Math.min(p.capMs, p.baseMs + p.random() * (this.last * 3 - p.baseMs));
        await p.sleep(Math.round(this.last));
        return true;
    }
}

;// CONCATENATED MODULE: ./packages/github/rest/rest.ts

/** 404 (or `also`) as null: "there is none". */
async function orNull(read, also = []) {
    try {
        return await read();
    }
    catch (e) {
        if (e instanceof api_errors/* GitHubApiError */.OS && (e.status === 404 || also.includes(e.status)))
            return null;
        throw e;
    }
}
/** A 422 GitHub answers when the thing exists already (a branch, a label, a pull request, a milestone title). */
function alreadyExists(e) {
    return e instanceof api_errors/* GitHubApiError */.OS && e.status === 422;
}
/** The bytes of a raw-media-type answer (text, or an ArrayBuffer when the content type names no charset); null for JSON (a folder). */
function rawBytes(data) {
    if (typeof data === 'string')
        return Buffer.from(data, 'utf8');
    if (data instanceof ArrayBuffer)
        return Buffer.from(data);
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return null;
}
function labelNames(labels) {
    return labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
}
function issueSummary(i) {
    return {
        number: i.number,
        title: i.title,
        html_url: i.html_url,
        created_at: i.created_at,
        labels: labelNames(i.labels),
        body: i.body ?? null,
        user: i.user?.login ?? null,
    };
}

;// CONCATENATED MODULE: ./packages/github/rest/contents.ts




/** The file and branch operations, each a function of the shared REST parts (below). */
function contentsApi(r) {
    return {
        getFile: (path, ref) => getFile(r, path, ref),
        listDirectory: (path, ref) => listDirectory(r, path, ref),
        putFile: (p) => putFile(r, p),
        branchSha: (branch) => branchSha(r, branch),
        createBranch: (branch, sha) => createBranch(r, branch, sha),
        deleteBranch: (branch) => deleteBranch(r, branch),
        defaultBranch: async () => (await r.octokit.rest.repos.get({ owner: r.owner, repo: r.repo })).data.default_branch,
    };
}
async function getFile({ octokit, owner, repo }, path, ref) {
    // A folder is answered as JSON whatever the media type.
    const data = await orNull(async () => (await octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } })).data);
    const bytes = data === null ? null : rawBytes(data);
    return bytes === null ? null : { text: bytes.toString('utf8'), sha: gitBlobSha(bytes) };
}
async function listDirectory({ octokit, owner, repo }, path, ref) {
    const data = await orNull(async () => (await octokit.rest.repos.getContent({ owner, repo, path, ref })).data);
    // A file's path is answered with the file, not a list: not a folder.
    if (!Array.isArray(data))
        return null;
    return data.map((e) => ({
        name: e.name,
        path: e.path,
        type: e.type,
        sha: e.sha,
        size: e.size,
    }));
}
async function putFile(r, { path, branch, text, message, sha }) {
    const { octokit, owner, repo } = r;
    try {
        const { data } = await octokit.rest.repos.createOrUpdateFileContents({
            owner,
            repo,
            path,
            branch,
            message,
            content: Buffer.from(text, 'utf8').toString('base64'),
            ...(sha ? { sha } : {}),
        });
        return { sha: data.content?.sha ?? '' };
    }
    catch (e) {
        // Refused as a conflict: when the file holds what we wrote, it was our own attempt that
        // answered 502 after it was applied (the retry then carried a stale sha). Converge.
        if (!isWriteConflict(e))
            throw e;
        const now = await getFile(r, path, branch);
        if (now && now.text === text)
            return { sha: now.sha };
        throw e;
    }
}
async function branchSha({ octokit, owner, repo }, branch) {
    return orNull(async () => (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha);
}
async function createBranch(r, branch, sha) {
    const { octokit, owner, repo } = r;
    try {
        return await (0,create_once/* createOnce */.U)({
            create: async () => (await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha }), true),
            // There at the commit asked for: the attempt that answered 502 made it.
            find: async () => ((await branchSha(r, branch)) === sha ? true : null),
        });
    }
    catch (e) {
        // Another run created it first: not an error, the caller is told it was not this one.
        if (alreadyExists(e) && /already exists/i.test(e.message))
            return false;
        throw e;
    }
}
async function deleteBranch({ octokit, owner, repo }, branch) {
    // 422 when the ref is not there (already deleted): the outcome asked for.
    await orNull(() => octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` }), [422]);
}

;// CONCATENATED MODULE: ./packages/github/rest/issues.ts




/** The issue operations, each a function of the shared REST parts (below). */
function issuesApi(r) {
    return {
        listOpenIssues: (labels) => openIssues(r, labels),
        createIssue: (p) => createIssue(r, p),
        updateIssue: (issue, p) => updateIssue(r, issue, p),
        closeIssue: (issue, reason, body) => closeIssue(r, issue, reason, body),
        getIssue: (issue) => getIssue(r, issue),
        listIssueEvents: (issue) => listIssueEvents(r, issue),
        searchIssues: (query) => searchIssues(r, query),
        permissionOf: (user) => permissionOf(r, user),
    };
}
async function openIssues({ octokit, owner, repo, list }, labels) {
    const { items } = await list(`open issues labelled ${labels.join(', ')}`, octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels: labels.join(','),
        sort: 'created',
        direction: 'asc',
        per_page: 100,
    }));
    // The issues listing includes pull requests; they are not issues here.
    return items.filter((i) => !i.pull_request).map(issueSummary);
}
async function createIssue(r, { title, body, labels }) {
    const { octokit, owner, repo } = r;
    return (0,create_once/* createOnce */.U)({
        create: async () => issueSummary((await octokit.rest.issues.create({ owner, repo, title, body, labels })).data),
        // An open issue with the same title and labels: ours, from the attempt that answered 502.
        find: async () => (await openIssues(r, labels)).filter((i) => i.title === title).pop() ?? null,
    });
}
async function updateIssue({ octokit, owner, repo }, issue, { title, body }) {
    await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issue,
        ...(title === undefined ? {} : { title }),
        ...(body === undefined ? {} : { body }),
    });
}
async function closeIssue({ octokit, owner, repo }, issue, reason, body) {
    await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issue,
        state: 'closed',
        state_reason: reason,
        ...(body === undefined ? {} : { body }),
    });
}
async function getIssue({ octokit, owner, repo }, issue) {
    const data = await orNull(async () => (await octokit.rest.issues.get({ owner, repo, issue_number: issue })).data);
    if (data === null)
        return null;
    return {
        number: data.number,
        title: data.title,
        body: data.body ?? null,
        labels: labelNames(data.labels),
        user: data.user?.login ?? null,
        html_url: data.html_url,
        node_id: data.node_id,
        state: data.state,
        created_at: data.created_at,
    };
}
async function listIssueEvents({ octokit, owner, repo }, issue) {
    // A bound: promotion requests have a few dozen events. The newest come last, so a cut
    // list would lose exactly the ones that say who labelled the issue now: an error.
    const { items, cut } = await boundedPages(octokit.paginate.iterator(octokit.rest.issues.listEvents, { owner, repo, issue_number: issue, per_page: 100 }), { what: `events of #${issue}`, maxPages: 10 }, () => { });
    if (cut)
        throw new api_errors/* GitHubApiError */.OS(`the events of #${issue} run past ${items.length} in 10 pages; who applied its labels cannot be told from part of them`, 0, 'too-large');
    return items.map((e) => ({
        event: e.event,
        actor: e.actor?.login ?? null,
        label: e.label?.name ?? null,
        created_at: e.created_at,
    }));
}
async function searchIssues({ octokit }, query) {
    const { data } = await octokit.rest.search.issuesAndPullRequests({ q: query, per_page: 100 });
    return data.items.map((i) => ({
        number: i.number,
        title: i.title,
        html_url: i.html_url,
        labels: labelNames(i.labels),
        state: i.state,
        created_at: i.created_at,
        closed_at: i.closed_at,
    }));
}
async function permissionOf({ octokit, owner, repo }, user) {
    const data = await orNull(async () => (await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user })).data);
    // `role_name` names custom roles (and maintain, triage); `permission` folds them into admin, write, read.
    return data === null ? 'none' : (data.role_name ?? data.permission);
}

;// CONCATENATED MODULE: ./packages/github/rest/labels.ts


function labelsApi(r) {
    const { octokit, owner, repo } = r;
    const labels = async () => (await r.list('labels', octokit.paginate.iterator(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 }))).items;
    return {
        async addLabels(issue, names) {
            if (names.length)
                await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue, labels: names });
        },
        async removeLabel(issue, label) {
            await orNull(() => octokit.rest.issues.removeLabel({ owner, repo, issue_number: issue, name: label }));
        },
        async listLabels() {
            return (await labels()).map((l) => ({ name: l.name, color: l.color, description: l.description ?? null }));
        },
        async createLabel({ name, color, description }) {
            const byName = async () => (await labels()).some((l) => l.name.toLowerCase() === name.toLowerCase()) ? true : null;
            try {
                await (0,create_once/* createOnce */.U)({
                    create: async () => (await octokit.rest.issues.createLabel({ owner, repo, name, color, description }), true),
                    find: byName,
                });
            }
            catch (e) {
                if (!(alreadyExists(e) && (await byName())))
                    throw e;
            }
        },
        async updateLabel({ name, color, description }) {
            await octokit.rest.issues.updateLabel({ owner, repo, name, color, description });
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/rest/milestones.ts


function milestonesApi(r) {
    const { octokit, owner, repo } = r;
    const milestones = async (state) => (await r.list(`${state} milestones`, octokit.paginate.iterator(octokit.rest.issues.listMilestones, { owner, repo, state, per_page: 100 }))).items;
    return {
        async listMilestones() {
            return (await milestones('open')).map((m) => ({
                number: m.number,
                title: m.title,
                due_on: m.due_on,
                state: m.state,
            }));
        },
        async createMilestone({ title, description, dueOn }) {
            const due_on = dueOn ? (/^\d{4}-\d{2}-\d{2}$/.test(dueOn) ? `${dueOn}T12:00:00Z` : dueOn) : undefined;
            const byTitle = async () => {
                const existing = (await milestones('all')).find((m) => m.title === title);
                return existing ? { number: existing.number, title: existing.title } : null;
            };
            try {
                return await (0,create_once/* createOnce */.U)({
                    create: async () => {
                        const { data } = await octokit.rest.issues.createMilestone({
                            owner,
                            repo,
                            title,
                            ...(description === undefined ? {} : { description }),
                            ...(due_on === undefined ? {} : { due_on }),
                        });
                        return { number: data.number, title: data.title };
                    },
                    find: byTitle,
                });
            }
            catch (e) {
                // 422 is also GitHub's answer to a title in use (open or closed): converge on that one.
                const existing = alreadyExists(e) ? await byTitle() : null;
                if (existing)
                    return existing;
                throw e;
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/rest/pulls.ts


function pullsApi(r) {
    const { octokit, owner, repo } = r;
    const it = octokit.paginate.iterator;
    const findOpenPull = async (head, base) => {
        // The list's `head` filter wants `owner:branch`; a bare branch name would filter nothing.
        const qualified = head.includes(':') ? head : `${owner}:${head}`;
        const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: qualified, base, per_page: 10 });
        const pull = data[0];
        return pull ? { number: pull.number, html_url: pull.html_url } : null;
    };
    const list = r.list;
    return {
        async listPullRequestFiles(pull) {
            // GitHub lists no more than 3000 files: 30 pages of 100.
            const { items, cut } = await list(`files of pull request #${pull}`, it(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 }), 30);
            return { files: items, truncated: cut || items.length >= 3000 };
        },
        async createPullRequest({ title, head, base, body }) {
            const found = () => findOpenPull(head, base);
            try {
                return await (0,create_once/* createOnce */.U)({
                    create: async () => {
                        const { data } = await octokit.rest.pulls.create({ owner, repo, title, head, base, body });
                        return { number: data.number, html_url: data.html_url };
                    },
                    find: found,
                });
            }
            catch (e) {
                // "A pull request already exists": another run (or an attempt that answered 502) opened it.
                const existing = alreadyExists(e) ? await found() : null;
                if (existing)
                    return existing;
                throw e;
            }
        },
        findOpenPullRequest: findOpenPull,
    };
}

;// CONCATENATED MODULE: ./packages/github/retry.ts
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
    const kind = (0,api_errors/* failureKind */.zU)(error);
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
    return (0,api_errors/* failureKind */.zU)(error) === 'rate-limit' || (0,api_errors/* neverSent */.vQ)(error);
}
/**
 * The decision for a REST (or transport) failure. `write`: the request creates something and
 * is not idempotent, so it is retried only when it was refused outright (a rate limit, a
 * connection that never opened).
 */
function restRetry(what, timeoutMs, write = false) {
    return (error, attempt) => ({
        delay: write && !refusedUnapplied(error) ? undefined : retryDelayMs(error, attempt),
        failure: (note) => api_errors/* GitHubApiError */.OS.from(error, what, timeoutMs, note, write),
        why: (0,api_errors/* describeRequestFailure */.Tp)(error, timeoutMs),
    });
}
function noAnswer(error) {
    return (0,api_errors/* failureKind */.zU)(error) === 'timeout';
}
async function retrying(policy, what, run, decide) {
    const deadline = policy.now() + policy.budgetMs;
    for (let attempt = 1;; attempt++) {
        const unreachable = policy.breaker.open;
        if (unreachable)
            throw new api_errors/* GitHubApiError */.OS(`${what} not tried: the GitHub API gave no answer earlier in this run (${unreachable})`, 0, 'timeout');
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

;// CONCATENATED MODULE: ./packages/core/bounded-body.ts
/**
 * The one bounded reader of HTTP replies (the GitHub API through octokit, Prometheus, a
 * metrics endpoint). `fetch`'s `text()`, `json()` and `arrayBuffer()` read whatever the server
 * sends: a 2 GB reply ends the process with V8's "invalid string length" or an out-of-memory
 * abort. Here a reply declared larger than the limit is refused before its body is read, and
 * one that runs past it while streaming is cut there, with an error that says so.
 *
 * `onFailure` hears every failure of the body (too large, cut by a time-out, connection lost):
 * octokit swallows those and hands back an empty reply, so its caller must be told.
 */
class ReplyTooLargeError extends Error {
    limitBytes;
    kind = 'too-large';
    constructor(limitBytes, declared) {
        super(declared !== null
            ? `the reply is ${formatBytes(declared)}, over the ${formatBytes(limitBytes)} this action reads`
            : `the reply runs past the ${formatBytes(limitBytes)} this action reads; reading stopped there`);
        this.limitBytes = limitBytes;
        this.name = 'ReplyTooLargeError';
    }
}
function formatBytes(n) {
    if (n >= 1 << 30)
        return `${(n / (1 << 30)).toFixed(1)} GB`;
    if (n >= 1 << 20)
        return `${Math.round(n / (1 << 20))} MB`;
    if (n >= 1 << 10)
        return `${Math.round(n / (1 << 10))} KB`;
    return `${n} bytes`;
}
function declaredLength(response) {
    const value = response.headers.get('content-length');
    const n = value === null ? Number.NaN : Number(value);
    return Number.isFinite(n) && n >= 0 ? n : null;
}
/** The same reply, its body limited to `maxBytes`. */
function boundedResponse(response, maxBytes, onFailure = () => { }) {
    const source = response.body;
    if (source === null)
        return response;
    const declared = declaredLength(response);
    let body;
    if (declared !== null && declared > maxBytes) {
        void source.cancel().catch(() => undefined);
        const refused = new ReplyTooLargeError(maxBytes, declared);
        onFailure(refused);
        body = new ReadableStream({ start: (ctl) => ctl.error(refused) });
    }
    else {
        body = limitStream(source, maxBytes, onFailure);
    }
    const bounded = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
    });
    Object.defineProperty(bounded, 'url', { value: response.url });
    return bounded;
}
function limitStream(source, maxBytes, onFailure) {
    const reader = source.getReader();
    let seen = 0;
    return new ReadableStream({
        async pull(ctl) {
            try {
                const { done, value } = await reader.read();
                if (done)
                    return ctl.close();
                seen += value.byteLength;
                if (seen > maxBytes) {
                    const e = new ReplyTooLargeError(maxBytes, null);
                    onFailure(e);
                    ctl.error(e);
                    await reader.cancel(e).catch(() => undefined);
                    return;
                }
                ctl.enqueue(value);
            }
            catch (e) {
                const error = e instanceof Error ? e : new Error(String(e));
                onFailure(error);
                ctl.error(error);
            }
        },
        cancel(reason) {
            return reader.cancel(reason);
        },
    });
}
/** A reply's text, read up to `maxBytes` (ReplyTooLargeError past that). */
async function readBoundedText(response, maxBytes) {
    return boundedResponse(response, maxBytes).text();
}
/** `fetch`, every reply bounded: for octokit's `request.fetch`. */
function boundedFetch(maxBytes, onFailure, base = globalThis.fetch) {
    return async (input, init) => boundedResponse(await base(input, init), maxBytes, onFailure);
}

// EXTERNAL MODULE: ./packages/report/workflow-text.ts
var workflow_text = __webpack_require__(7794);
;// CONCATENATED MODULE: ./packages/github/transport.ts




/** GitHub's largest file (the contents API's raw media type) is 100 MB; no JSON reply we read comes near. */
const DEFAULT_MAX_REPLY_BYTES = 100 * 2 ** 20;
/** POSTs that are safe to repeat: adding labels that are on the issue already changes nothing. */
const IDEMPOTENT_POSTS = [/\/issues\/\{issue_number\}\/labels$/];
/** A POST that creates something: repeating it after it was applied makes a second one. */
function isNonIdempotentWrite(method, url) {
    return method.toUpperCase() === 'POST' && !IDEMPOTENT_POSTS.some((re) => re.test(url));
}
/** A reply labelled JSON that octokit could not parse comes back as its text. */
function checkJson(response) {
    const type = String(response.headers['content-type'] ?? '');
    if (response.status === 204 || !/^application\/(scim\+)?json\b/i.test(type) || typeof response.data !== 'string')
        return;
    const head = (0,workflow_text/* oneLine */.T)(response.data.slice(0, 60), 60);
    throw new api_errors/* ReplyError */.vO(`the reply is not valid JSON${head ? ` (it starts with "${head}")` : ' (it is empty)'}`, 'malformed');
}
/** octokit reports an aborted fetch as HTTP 500 "Unknown Error"; say what happened. */
function transport_noAnswer(signal, error) {
    return signal.aborted ? Object.assign(new Error('no answer in time'), { name: 'TimeoutError', cause: error }) : error;
}
/** The fetch each bounded one wraps: a retry, or a later page built from these options, wraps the same one again. */
const wrappedFetch = new WeakMap();
/**
 * The fetch octokit was given: @actions/github's, which sends through the runner's proxy
 * (https_proxy) when one is set. Replacing it with the global fetch would bypass the proxy.
 */
function baseFetch(request) {
    const given = request?.fetch;
    return given ? (wrappedFetch.get(given) ?? given) : globalThis.fetch;
}
function bounded(base, limit, onFailure) {
    const f = boundedFetch(limit, onFailure, base);
    wrappedFetch.set(f, base);
    return f;
}
function installTransport(octokit, policy, maxReplyBytes) {
    octokit.hook.wrap('request', async (request, options) => {
        const url = String(options.url);
        // A page after the first is fetched by its absolute URL: name it by its path.
        const what = `${options.method} ${/^https?:/.test(url) ? new URL(url).pathname : url}`;
        const write = isNonIdempotentWrite(options.method, url);
        const own = options.request?.maxReplyBytes;
        const limit = typeof own === 'number' ? own : maxReplyBytes;
        const base = baseFetch(options.request);
        return retrying(policy, what, async (signal) => {
            let bodyFailure;
            // Set on the options object itself: the hooks below this one were bound to it, and
            // ignore an object passed in its place.
            options.request = { ...options.request, signal, fetch: bounded(base, limit, (e) => (bodyFailure ??= e)) };
            let response;
            try {
                response = (await request(options));
            }
            catch (e) {
                // An HTTP answer (its status decides); else what broke the body, if anything did.
                if (e.response)
                    throw e;
                throw transport_noAnswer(signal, bodyFailure ?? e);
            }
            if (bodyFailure)
                throw transport_noAnswer(signal, bodyFailure);
            checkJson(response);
            return response;
        }, restRetry(what, policy.timeoutMs, write));
    });
}

;// CONCATENATED MODULE: ./packages/github/client.ts
/**
 * The one adapter between the actions and the GitHub REST API. Everything else talks to
 * `GitHubApi`, an interface of the calls we make, so logic stays testable without octokit.
 *
 * Every request goes through one hook (transport.ts): a time-out per attempt and a budget per
 * call, rate limits (403 with x-ratelimit-remaining: 0, 403/429 secondary limits with
 * retry-after) and transient 5xx answers retried within bounds, every reply read through the
 * bounded reader, and JSON that does not parse refused. A wait longer than the cap fails at
 * once with the time the limit resets, rather than holding a runner for an hour. Listings
 * stop at a page count (pagination.ts), with a note. Creates go through createOnce: never
 * repeated blindly after a failure that may have been applied.
 */












/**
 * The adapter, assembled from its parts in rest/ (one file per area of the API); every part
 * shares the octokit instance with the transport hook installed, and the bounded listing.
 */
function createGitHubClient(options) {
    const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
    const octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl });
    installTransport(octokit, retryPolicy(options), options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES);
    const note = options.note ?? (() => { });
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    const r = {
        octokit,
        owner: options.owner,
        repo: options.repo,
        list: (what, pages, limit = maxPages) => boundedPages(pages, { what, maxPages: limit }, note),
    };
    return {
        owner: r.owner,
        repo: r.repo,
        ...commentsApi(r),
        ...contentsApi(r),
        ...issuesApi(r),
        ...labelsApi(r),
        ...pullsApi(r),
        ...milestonesApi(r),
        ...artifactsApi(r),
    };
}


/***/ })

};
