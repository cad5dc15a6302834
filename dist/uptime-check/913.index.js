export const id = 913;
export const ids = [913];
export const modules = {

/***/ 9913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/errors.ts
var errors = __webpack_require__(425);
;// CONCATENATED MODULE: ./packages/core/yaml-bounded.ts

/** How many alias expansions a document may make (the `yaml` package's own default). */
const MAX_ALIAS_COUNT = 100;
function yamlToJs(doc, place) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (e instanceof ReferenceError || /alias/i.test(e.message)) {
            throw new errors/* ConfigurationError */.j(`its YAML aliases (*name) expand past ${MAX_ALIAS_COUNT} copies, which is refused as a resource exhaustion attack`, place, 'Write the values out, or use fewer aliases.');
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./packages/core/config/dependency-graph.ts
/**
 * The components' `depends-on` graph, walked without recursion: a config may chain thousands
 * of components, and a recursive walk runs out of stack long before the graph is big.
 */
/** Every dependency cycle, each once, as the path that closes it (`a → b → a`). */
function findCycles(dependsOn) {
    const cycles = [];
    const state = new Map();
    for (const start of dependsOn.keys()) {
        if (state.has(start))
            continue;
        // An explicit stack of [node, index of the next dependency to visit]; `path` is the active chain.
        const stack = [[start, 0]];
        const path = [start];
        state.set(start, 'active');
        while (stack.length) {
            const top = stack[stack.length - 1];
            const deps = dependsOn.get(top[0]) ?? [];
            if (top[1] >= deps.length) {
                state.set(top[0], 'done');
                stack.pop();
                path.pop();
                continue;
            }
            const dep = deps[top[1]++];
            if (state.get(dep) === 'active')
                cycles.push([...path.slice(path.indexOf(dep)), dep]);
            else if (!state.has(dep)) {
                state.set(dep, 'active');
                stack.push([dep, 0]);
                path.push(dep);
            }
        }
    }
    return cycles;
}
/** Every component that depends on one of `roots`, directly or through others, with the first dependency it is reached through. */
function dependentsOf(roots, dependsOn) {
    const dependents = new Map();
    for (const [id, deps] of dependsOn)
        for (const d of deps)
            dependents.set(d, [...(dependents.get(d) ?? []), id]);
    const reached = new Map();
    const queue = [...roots];
    const seen = new Set(queue);
    for (let i = 0; i < queue.length; i++) {
        for (const user of dependents.get(queue[i]) ?? []) {
            if (seen.has(user))
                continue;
            seen.add(user);
            reached.set(user, queue[i]);
            queue.push(user);
        }
    }
    return reached;
}

// EXTERNAL MODULE: ./packages/core/config/defaults.ts
var defaults = __webpack_require__(653);
// EXTERNAL MODULE: ./packages/core/config/load-config.ts
var load_config = __webpack_require__(9846);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

;// CONCATENATED MODULE: ./packages/core/config/schema.ts
/**
 * The shape of `.github/maturity.yml`, validated with zod. Objects are strict: a misspelt key
 * is an error with a suggestion, not a silently ignored setting. Every policy value is
 * optional; what a repository leaves out keeps the seed default (defaults.ts).
 */


const percent = schemas/* number */.aig().min(0).max(100);
const count = schemas/* number */.aig().int().min(0);
const globList = schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1);
const componentId = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9_-]*$/, {
    message: 'component ids are lower-case letters, digits, "-" and "_" (they become labels like component:<id>)',
});
const healthCheck = schemas/* strictObject */.rej({
    url: schemas/* url */.OZ5(),
    method: schemas/* enum */.k5n(['GET', 'HEAD', 'POST']).optional(),
    'expect-status': schemas/* number */.aig().int().min(100).max(599).optional(),
    /** A JSON field of the body and the value it must have, e.g. { field: status, equals: healthy }. */
    'expect-json': schemas/* strictObject */.rej({ field: schemas/* string */.YjP().min(1), equals: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]) })
        .optional(),
    'timeout-ms': schemas/* number */.aig().int().min(1).max(120000).optional(),
});
/** Where a required document or file is: globs or `file.md#Heading` references; any one present satisfies it. */
const evidenceRef = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]);
const evidence = schemas/* strictObject */.rej({
    readme: evidenceRef.optional(),
    'integration-tests': evidenceRef.optional(),
    'user-guide': evidenceRef.optional(),
    'api-reference': evidenceRef.optional(),
    troubleshooting: evidenceRef.optional(),
    rollback: evidenceRef.optional(),
});
const maintenanceWindow = schemas/* strictObject */.rej({
    start: datetime({ offset: true, message: 'an ISO 8601 time with a zone, e.g. 2026-11-21T22:00:00Z' }),
    end: datetime({ offset: true, message: 'an ISO 8601 time with a zone, e.g. 2026-11-21T23:00:00Z' }),
    reason: schemas/* string */.YjP().optional(),
})
    .refine((m) => Date.parse(m.end) > Date.parse(m.start), { message: 'a maintenance window ends after it starts' });
/**
 * Criteria that do not apply to a component, each with the reason a reviewer reads in the
 * scorecard (the seeds: E2E and load tests "if applicable"; a Production security audit without
 * a dependency audit or a secret scan must say why). Left out: the criterion applies.
 */
const NOT_APPLICABLE_KEYS = ['e2e', 'load-test', 'dependency-audit', 'secret-scan'];
const notApplicable = schemas/* partialRecord */.jgl(schemas/* enum */.k5n(NOT_APPLICABLE_KEYS), schemas/* string */.YjP().trim().min(1, { message: 'say why it does not apply (the scorecard shows the reason)' }));
const component = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).optional(),
    group: schemas/* string */.YjP()
        .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'groups are kebab-case, e.g. core-infrastructure' })
        .optional(),
    paths: globList,
    /** Test files of the component: a JUnit case counts for the component whose `tests` match its file. */
    tests: globList.optional(),
    'maturity-file': schemas/* string */.YjP().min(1).optional(),
    'depends-on': schemas/* array */.YOg(componentId).optional(),
    owner: schemas/* string */.YjP().optional(),
    health: schemas/* array */.YOg(healthCheck).optional(),
    /** Where the quality gate looks for the documents and tests a stage requires (defaults: defaults.ts). */
    evidence: evidence.optional(),
    /** Planned maintenance, left out of uptime windows. */
    maintenance: schemas/* array */.YOg(maintenanceWindow).optional(),
    /** The component's Prometheus metrics endpoint (uptime-check checks it serves valid text format). */
    'metrics-url': schemas/* url */.OZ5().optional(),
    /** Its Prometheus alerting rules files (default: monitoring/alerts/<id>.rules.yml). */
    'alert-rules': globList.optional(),
    'not-applicable': notApplicable.optional(),
    /** Which performance SLA its p95 latency is judged against in Production (default api). */
    latency: schemas/* enum */.k5n(['api', 'page', 'db']).optional(),
});
/**
 * How pull requests are judged (docs/journeys.md: a change is judged on what it does). By default only
 * what the change introduces is enforced: new findings, coverage of the changed lines, failing
 * tests that pass on the default branch, and no drop below the bars of the component's current
 * stage. The next stage's bars are shown as progress; `enforce-next-stage` makes them binding.
 */
const pullRequests = schemas/* strictObject */.rej({
    'enforce-next-stage': schemas/* boolean */.zMY().optional(),
});
const coveragePolicy = schemas/* strictObject */.rej({
    min: percent.optional(),
    diff: percent.nullable().optional(),
    metric: schemas/* enum */.k5n(['auto', 'combined', 'lines', 'branches']).optional(),
    categories: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(defaults/* CATEGORY_IDS */.ob), percent).optional(),
});
const severity = schemas/* enum */.k5n(['low', 'medium', 'high', 'critical']);
const windowText = schemas/* string */.YjP().regex(/^\d+[hd]$/, { message: 'a window is a number of days or hours, e.g. 7d or 36h' });
const stagePolicy = schemas/* strictObject */.rej({
    coverage: coveragePolicy.optional(),
    tests: schemas/* strictObject */.rej({ 'pass-rate': percent.optional(), 'min-tests': count.optional() }).optional(),
    lint: schemas/* strictObject */.rej({ 'max-errors': count.optional(), 'max-warnings': count.nullable().optional() }).optional(),
    types: schemas/* strictObject */.rej({ 'max-errors': count.optional(), 'max-warnings': count.optional() }).optional(),
    docs: schemas/* strictObject */.rej({ 'docstring-coverage': percent.optional() }).optional(),
    security: schemas/* strictObject */.rej({
        max: schemas/* strictObject */.rej({
            critical: count.optional(),
            high: count.optional(),
            medium: count.optional(),
            low: count.nullable().optional(),
        })
            .optional(),
        'acceptable-severities': schemas/* array */.YOg(severity).optional(),
        'patch-within-hours': schemas/* strictObject */.rej({ critical: count.optional(), high: count.optional(), medium: count.optional() })
            .optional(),
    })
        .optional(),
    uptime: schemas/* strictObject */.rej({
        min: percent.optional(),
        window: windowText.optional(),
        'min-sample-coverage': percent.optional(),
    })
        .optional(),
    performance: schemas/* strictObject */.rej({
        'api-p95-ms': schemas/* number */.aig().positive().optional(),
        'db-p95-ms': schemas/* number */.aig().positive().optional(),
        'page-load-p95-ms': schemas/* number */.aig().positive().optional(),
        'min-concurrent-users': count.optional(),
        'min-requests-per-second': schemas/* number */.aig().min(0).optional(),
        'max-memory-mb': schemas/* number */.aig().positive().optional(),
        'max-cpu-percent': percent.optional(),
        'max-error-rate': percent.optional(),
    })
        .optional(),
    'min-days-in-staging': count.optional(),
});
/** `policy.production.maintenance`: the bars a component in Production keeps (defaults.ts). */
const maintenancePolicy = schemas/* strictObject */.rej({
    uptime: percent.optional(),
    'rolling-window': windowText.optional(),
    'grace-days': count.optional(),
    severity: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(defaults/* BREACH_KINDS */.mU), schemas/* enum */.k5n(defaults/* SEVERITY_LEVELS */.me)).optional(),
});
/** Production's policy: the stage bars, and what a component keeps once there. */
const productionPolicy = stagePolicy.extend({ maintenance: maintenancePolicy.optional() });
const configSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { message: 'the config format version must be 1' }),
    components: schemas/* record */.g1P(componentId, component).optional(),
    categories: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(defaults/* CATEGORY_IDS */.ob), schemas/* array */.YOg(schemas/* string */.YjP().min(1))).optional(),
    policy: schemas/* strictObject */.rej({ staging: stagePolicy.optional(), production: productionPolicy.optional() }).optional(),
    'pull-requests': pullRequests.optional(),
});

;// CONCATENATED MODULE: ./packages/core/config/parse-config.ts
/**
 * Parses and validates `.github/maturity.yml` text into a MaturityConfig (load-config.ts
 * reads the file and imports this module only when there is one: YAML and zod load with it).
 * A bad file fails with the key path, the line, what was expected and what was found.
 */







/** Parses and validates the config text. Pure: no file access. */
function parseConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        // With prettyErrors off the yaml package leaves linePos unset: ask the line counter.
        const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
        throw new errors/* ConfigurationError */.j(`is not valid YAML: ${err.message.split('\n')[0]}`, { file, line: pos?.line, column: pos?.col }, 'Fix the YAML syntax (indentation, quotes, a missing ":").');
    }
    const data = yamlToJs(doc, { file }) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* ConfigurationError */.j('expected a mapping with `version: 1` and `components:`', { file, line: 1 });
    }
    const result = configSchema.safeParse(data, { reportInput: true });
    if (!result.success) {
        const issue = result.error.issues[0];
        throw issueToError(issue, doc, lineCounter, file);
    }
    return normalize(result.data, doc, lineCounter, file);
}
/** The validated config with every default filled in, its dependencies checked. */
function normalize(raw, doc, lc, file) {
    const components = new Map();
    for (const [id, c] of Object.entries(raw.components ?? {}))
        components.set(id, componentOf(id, c));
    const at = (path) => ({ file, ...lineOf(doc, lc, path), at: pathText(path) });
    checkDependencies(components, at);
    const categories = raw.categories
        ? Object.entries(raw.categories).map(([id, globs]) => ({ id, globs }))
        : (0,load_config/* defaultConfig */.sb)().categories;
    return {
        file,
        components,
        categories,
        policy: {
            staging: (0,load_config/* mergePolicy */.VA)(defaults/* SEED_POLICY */.xB.staging, raw.policy?.staging),
            production: (0,load_config/* mergePolicy */.VA)(defaults/* SEED_POLICY */.xB.production, raw.policy?.production),
        },
        pullRequests: { enforceNextStage: raw['pull-requests']?.['enforce-next-stage'] ?? false },
    };
}
/** A component as written, with the defaults for what it leaves out (most follow from its id and paths). */
function componentOf(id, c) {
    return {
        id,
        name: c.name ?? id,
        group: c.group,
        paths: c.paths,
        tests: c.tests ?? (0,defaults/* defaultTests */.nW)(id),
        maturityFile: c['maturity-file'] ?? (0,load_config/* defaultMaturityFile */.ht)(c.paths),
        dependsOn: c['depends-on'] ?? [],
        owner: c.owner,
        health: c.health ?? [],
        evidence: (0,load_config/* evidenceOf */.X1)(id, c.paths, c.evidence),
        maintenance: c.maintenance ?? [],
        metricsUrl: c['metrics-url'],
        alertRules: c['alert-rules'] ?? (0,load_config/* defaultComponent */.Ve)(id, c.paths).alertRules,
        notApplicable: c['not-applicable'] ?? {},
        latency: c.latency ?? 'api',
    };
}
/**
 * Every `depends-on` names another component of the config, and they form no cycle: a
 * component's stage is compared with its dependencies' (the dashboard's "blocked by"), which
 * a typo or a cycle would make meaningless. `at` places a key path in the file.
 */
function checkDependencies(components, at) {
    for (const c of components.values()) {
        c.dependsOn.forEach((dep, i) => {
            const path = ['components', c.id, 'depends-on', i];
            if (dep === c.id)
                throw new errors/* ConfigurationError */.j(`${c.id} depends on itself`, at(path));
            if (!components.has(dep)) {
                const known = [...components.keys()];
                const hint = (0,load_config/* closest */.kp)(dep, known);
                throw new errors/* ConfigurationError */.j(`"${dep}" is not a component of this config`, at(path), hint ? `Did you mean "${hint}"?` : `Known components: ${known.join(', ') || '(none)'}.`);
            }
        });
    }
    const [cycle] = findCycles(new Map([...components.values()].map((c) => [c.id, c.dependsOn])));
    if (cycle) {
        throw new errors/* ConfigurationError */.j(`dependency cycle: ${cycle.join(' → ')}`, at(['components', cycle[0], 'depends-on']), 'Components must form no dependency cycle: remove one of these `depends-on` entries.');
    }
}
function pathText(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
/**
 * The line and column to point at for a key path: the key itself when it is there, else the
 * nearest enclosing key (a missing key is reported at its parent).
 */
function lineOf(doc, lc, path) {
    for (let n = path.length; n > 0; n--) {
        const parentPath = path.slice(0, n - 1);
        const seg = path[n - 1];
        const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
        if ((0,dist/* isMap */.jh)(parent)) {
            const pair = parent.items.find((item) => item.key?.value === seg);
            const range = pair?.key?.range;
            if (range)
                return pos(lc, range[0]);
        }
        else if (typeof seg === 'number') {
            const node = doc.getIn([...parentPath, seg], true);
            if (node?.range)
                return pos(lc, node.range[0]);
        }
    }
    return {};
}
function pos(lc, offset) {
    const { line, col } = lc.linePos(offset);
    return { line, column: col };
}
function keyLine(doc, lc, path, key) {
    return lineOf(doc, lc, [...path, key]);
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'an empty value (null)';
    if (Array.isArray(value))
        return `a list (${JSON.stringify(value).slice(0, 40)})`;
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the text "${value.slice(0, 60)}"`;
    return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}
function expectedText(issue) {
    switch (issue.code) {
        case 'invalid_type': {
            const names = {
                array: 'a list',
                object: 'a mapping',
                string: 'text',
                number: 'a number',
                boolean: 'true or false',
            };
            return names[issue.expected] ?? issue.expected;
        }
        case 'invalid_value':
            return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'too_small':
            return issue.origin === 'array'
                ? `at least ${issue.minimum} item(s)`
                : issue.origin === 'string'
                    ? 'non-empty text'
                    : `a value of at least ${issue.minimum}`;
        case 'too_big':
            return issue.origin === 'array' ? `at most ${issue.maximum} item(s)` : `a value of at most ${issue.maximum}`;
        case 'invalid_format':
            return issue.format === 'url' ? 'a URL (https://...)' : issue.message;
        default:
            return issue.message;
    }
}
/** How to write a key whose shape people get wrong, by the key's name anywhere in the path. */
const KEY_HINTS = {
    'expect-json': 'Write the JSON field and the value it must have as a mapping, e.g. `expect-json: { field: status, equals: healthy }` (a dotted path such as checks.db.status reaches nested fields).',
};
function hintFor(path) {
    for (let i = path.length - 1; i >= 0; i--) {
        const hint = KEY_HINTS[String(path[i])];
        if (hint)
            return hint;
    }
    return undefined;
}
function issueToError(issue, doc, lc, file) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        const known = knownKeys(path);
        const hint = (0,load_config/* closest */.kp)(key, known);
        return new errors/* ConfigurationError */.j(`unknown key "${key}"`, { file, ...keyLine(doc, lc, path, key), at: pathText([...path, key]) }, hint ? `Did you mean "${hint}"?` : known.length ? `Allowed here: ${known.join(', ')}.` : undefined);
    }
    if (issue.code === 'invalid_key') {
        const inner = issue.issues[0];
        return new errors/* ConfigurationError */.j(`"${String(issue.input)}" is not a valid key: ${inner?.message ?? 'invalid'}`, {
            file,
            ...lineOf(doc, lc, path),
            at: pathText(path),
        });
    }
    if (issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'regex')) {
        return new errors/* ConfigurationError */.j(`${issue.message} (found ${describe(issue.input)})`, {
            file,
            ...lineOf(doc, lc, path),
            at: pathText(path),
        });
    }
    const found = issue.input === undefined && issue.code === 'invalid_type' ? 'nothing (the key is missing)' : describe(issue.input);
    return new errors/* ConfigurationError */.j(`expected ${expectedText(issue)}, found ${found}`, { file, ...lineOf(doc, lc, path), at: pathText(path) || '(top level)' }, hintFor(path));
}
/** The keys the schema allows at a path (for "did you mean"). */
function knownKeys(path) {
    let schema = configSchema;
    const unwrap = (s) => {
        let cur = s;
        for (let i = 0; i < 5 && cur?._zod; i++) {
            const def = cur._zod.def;
            if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
                cur = def.innerType;
            else
                break;
        }
        return cur;
    };
    for (const seg of path) {
        const s = unwrap(schema);
        const def = s?._zod?.def;
        if (!def)
            return [];
        if (def.type === 'object')
            schema = def.shape[String(seg)];
        else if (def.type === 'record')
            schema = def.valueType;
        else if (def.type === 'array')
            schema = def.element;
        else
            return [];
    }
    const s = unwrap(schema);
    return s?._zod?.def.type === 'object' ? Object.keys(s._zod.def.shape) : [];
}


/***/ })

};
