export const id = 423;
export const ids = [423];
export const modules = {

/***/ 6423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkSeedAlerts: () => (/* binding */ checkSeedAlerts),
/* harmony export */   parseAlertRules: () => (/* binding */ parseAlertRules)
/* harmony export */ });
/* unused harmony exports SEED_ALERT_THRESHOLDS, readAlertExpr */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(425);
/**
 * Prometheus alerting rule files, and whether a component's alerts carry the seed thresholds
 * (COMPONENT_MATURITY_CRITERIA, alerting): error rate above 1 % warning, above 5 % critical;
 * p95 latency above 1 s warning, above 3 s critical.
 *
 * Reading: the rule file format of prometheus.io "Alerting rules" / "Recording rules":
 * `groups: [{name, interval?, query_offset?, limit?, labels?, rules: [{alert | record, expr,
 * for?, keep_firing_for?, labels?, annotations?}]}]`. Unknown keys are errors, as in
 * Prometheus (`promtool check rules`), so a misspelt `label:` cannot hide a severity.
 *
 * Recognizing the thresholds is a heuristic over each alert's `expr`, stated here in full:
 * 1. The expression is cut at top-level `and` / `or` / `unless`; each part is read alone.
 * 2. A part must be a comparison at the top level (outside parentheses, braces, brackets and
 *    strings), `<expr> > N` or `N < <expr>` (`>=` too; `bool` allowed), N a number literal.
 * 3. It is a **p95 latency** alert when `<expr>` takes `histogram_quantile(0.95, ...)`,
 *    `quantile_over_time(0.95, ...)`, a summary's `quantile="0.95"`, or names a `p95` series
 *    (`...:p95`, `..._p95`). N is in seconds, unless the metric is in milliseconds
 *    (`_milliseconds`, `_ms`) or the expression multiplies by 1000: then N is ms.
 * 4. It is an **error rate** alert when `<expr>` mentions errors (`error`, `fail`, `5xx`, or a
 *    status/code matcher on 5xx or on "not 2xx": `code=~"5..`, `status="500"`, `code!~"2.."`)
 *    and divides (`/`), or names a
 *    ratio series of errors (`error_rate`, `error_ratio`, `errors:ratio...`). N is a ratio (0.01
 *    = 1 %), unless the expression multiplies by 100: then N is percent.
 * 5. The severity is `labels.severity`: `warning` or `critical` (any case).
 * A seed threshold is present when an alert of its kind and severity fires above exactly its
 * value (`>` or `>=`). An alert of the right kind and severity at another value, or at the
 * right value with another severity, is reported as a problem with its name and line.
 */


const FIX = 'Write Prometheus rule files as prometheus.io "Alerting rules" documents them, and check them with `promtool check rules <file>`.';
const GROUP_KEYS = new Set(['name', 'interval', 'query_offset', 'limit', 'labels', 'rules']);
const RULE_KEYS = new Set(['alert', 'record', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations']);
const DURATION = /^(\d+(ms|s|m|h|d|w|y))+$/;
class Reader {
    doc;
    lc;
    file;
    constructor(doc, lc, file) {
        this.doc = doc;
        this.lc = lc;
        this.file = file;
    }
    where(node) {
        const range = node?.range;
        if (!range)
            return {};
        const p = this.lc.linePos(range[0]);
        return { line: p.line, column: p.col };
    }
    fail(node, at, message, fix = FIX) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(message, { file: this.file, at, ...this.where(node) }, fix);
    }
    resolve(node) {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(this.doc) : node;
    }
    /** The pairs of a mapping, keys as strings. */
    pairs(node, at, what) {
        const n = this.resolve(node);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n))
            this.fail(node, at, `${what} must be a mapping`);
        return n.items.map((p) => {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? String(p.key.value) : this.fail(p.key ?? node, at, 'keys must be plain names');
            return { key, keyNode: p.key, value: p.value };
        });
    }
    /** A scalar as a string (numbers and booleans as written by YAML); null for null/absent. */
    scalar(node, at, what) {
        const n = this.resolve(node);
        if (n === null || n === undefined)
            return null;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
            this.fail(node, at, `${what} must be a single value, not a ${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n) ? 'list' : 'mapping'}`);
        if (n.value === null)
            return null;
        return typeof n.value === 'string' ? n.value : String(n.value);
    }
    stringMap(node, at, what) {
        const n = this.resolve(node);
        if (n === null || n === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) && n.value === null))
            return {};
        const out = {};
        for (const p of this.pairs(node, at, what))
            out[p.key] = this.scalar(p.value, `${at}.${p.key}`, `${what} values`) ?? '';
        return out;
    }
}
/** Parses a Prometheus rule file. Pure. */
function parseAlertRules(text, file) {
    const r = readYaml(text, file);
    const out = { file, groups: [], alerts: [], recordingRules: 0 };
    const groups = groupsOf(r);
    const names = new Set();
    groups.forEach((g, gi) => readGroup(r, g, `groups[${gi}]`, names, out));
    return out;
}
/** The YAML document, or the first syntax error at its line and column. */
function readYaml(text, file) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
        const p = lc.linePos(first.pos[0]);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`is not valid YAML: ${first.message.split('\n')[0]}`, { file, line: p.line, column: p.col }, 'Fix the YAML syntax (indentation, quotes, a missing ":" or "- ").');
    }
    return new Reader(doc, lc, file);
}
/** The items of the top-level `groups` list; none for an empty file or `groups:` with nothing under it. */
function groupsOf(r) {
    const contents = r.doc.contents;
    if (contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(contents) && contents.value === null))
        return []; // an empty file has no rules
    const top = r.pairs(contents, '(top level)', 'the file');
    for (const p of top)
        if (p.key !== 'groups')
            r.fail(p.keyNode, p.key, `unknown key "${p.key}" (a rule file has only "groups")`);
    const groupsNode = r.resolve(top.find((p) => p.key === 'groups')?.value);
    if (groupsNode === undefined)
        r.fail(contents, 'groups', 'has no "groups" list');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(groupsNode) && groupsNode.value === null)
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(groupsNode))
        r.fail(groupsNode, 'groups', '"groups" must be a list');
    return groupsNode.items;
}
/** One group: its name (unique in the file, as Prometheus requires), its labels, and its rules into `out`. */
function readGroup(r, g, at, names, out) {
    const gp = r.pairs(g, at, 'a group');
    for (const p of gp)
        if (!GROUP_KEYS.has(p.key))
            r.fail(p.keyNode, `${at}.${p.key}`, `unknown key "${p.key}" in a group (${[...GROUP_KEYS].join(', ')})`);
    const nameNode = gp.find((p) => p.key === 'name')?.value;
    const name = r.scalar(nameNode, `${at}.name`, 'the group name');
    if (!name)
        r.fail(nameNode ?? g, `${at}.name`, 'the group has no name');
    if (names.has(name))
        r.fail(nameNode, `${at}.name`, `a second group named "${name}" (group names must be unique in a file)`);
    names.add(name);
    out.groups.push(name);
    // Group labels (Prometheus 3) apply to every rule of the group; a rule's own labels win.
    const labels = r.stringMap(gp.find((p) => p.key === 'labels')?.value, `${at}.labels`, 'labels');
    const rulesNode = r.resolve(gp.find((p) => p.key === 'rules')?.value);
    if (rulesNode === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(rulesNode) && rulesNode.value === null))
        return;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(rulesNode))
        r.fail(rulesNode, `${at}.rules`, '"rules" must be a list');
    rulesNode.items.forEach((rule, ri) => readRule(r, rule, `${at}.rules[${ri}]`, { name, labels }, out));
}
/** One rule: an alerting rule goes to `out.alerts`; a recording rule is only counted. */
function readRule(r, rule, at, group, out) {
    const rp = r.pairs(rule, at, 'a rule');
    for (const p of rp)
        if (!RULE_KEYS.has(p.key))
            r.fail(p.keyNode, `${at}.${p.key}`, `unknown key "${p.key}" in a rule (${[...RULE_KEYS].join(', ')})`);
    const get = (k) => rp.find((p) => p.key === k)?.value;
    const alert = r.scalar(get('alert'), `${at}.alert`, 'alert');
    const record = r.scalar(get('record'), `${at}.record`, 'record');
    if (alert && record)
        r.fail(rule, at, 'a rule has either "alert" or "record", not both');
    if (!alert && !record)
        r.fail(rule, at, 'a rule needs "alert" (an alerting rule) or "record" (a recording rule)');
    const expr = r.scalar(get('expr'), `${at}.expr`, 'expr');
    if (!expr || expr.trim() === '')
        r.fail(get('expr') ?? rule, `${at}.expr`, `the rule ${alert ?? record} has no expr`);
    if (record) {
        out.recordingRules++;
        return;
    }
    const forValue = r.scalar(get('for'), `${at}.for`, 'for');
    if (forValue !== null && !DURATION.test(forValue))
        r.fail(get('for'), `${at}.for`, `"for: ${forValue}" is not a duration`, 'Write a duration such as 5m or 1h30m.');
    out.alerts.push({
        group: group.name,
        alert: alert,
        expr,
        for: forValue,
        labels: { ...group.labels, ...r.stringMap(get('labels'), `${at}.labels`, 'labels') },
        annotations: r.stringMap(get('annotations'), `${at}.annotations`, 'annotations'),
        file: r.file,
        line: r.where(rule).line ?? 1,
    });
}
const SEED_ALERT_THRESHOLDS = [
    {
        id: 'error-rate-warning',
        kind: 'error-rate',
        severity: 'warning',
        bar: 0.01,
        title: 'Error rate above 1% (warning)',
    },
    {
        id: 'error-rate-critical',
        kind: 'error-rate',
        severity: 'critical',
        bar: 0.05,
        title: 'Error rate above 5% (critical)',
    },
    {
        id: 'latency-p95-warning',
        kind: 'latency-p95',
        severity: 'warning',
        bar: 1,
        title: 'p95 latency above 1 s (warning)',
    },
    {
        id: 'latency-p95-critical',
        kind: 'latency-p95',
        severity: 'critical',
        bar: 3,
        title: 'p95 latency above 3 s (critical)',
    },
];
/**
 * The expression with string contents, `{...}` and `[...]` blanked (same length), so that
 * operators are only seen where PromQL would see them.
 */
function blankNested(expr) {
    let out = '';
    let quote = null;
    let brace = 0;
    let bracket = 0;
    for (let i = 0; i < expr.length; i++) {
        const c = expr[i];
        if (quote) {
            if (c === '\\') {
                out += '  ';
                i++;
                continue;
            }
            if (c === quote)
                quote = null;
            out += quote ? ' ' : c;
            continue;
        }
        if (c === '"' || c === "'" || c === '`') {
            quote = c;
            out += c;
        }
        else if (c === '{') {
            brace++;
            out += c;
        }
        else if (c === '}') {
            brace = Math.max(0, brace - 1);
            out += c;
        }
        else if (c === '[') {
            bracket++;
            out += c;
        }
        else if (c === ']') {
            bracket = Math.max(0, bracket - 1);
            out += c;
        }
        else
            out += brace || bracket ? ' ' : c;
    }
    return out;
}
/** Offsets where depth-0 text (outside parentheses) matches `re` in the blanked expression. */
function topLevel(blank, re) {
    const depthAt = [];
    let d = 0;
    for (let i = 0; i < blank.length; i++) {
        if (blank[i] === '(')
            d++;
        depthAt.push(d);
        if (blank[i] === ')')
            d--;
    }
    const out = [];
    for (const m of blank.matchAll(re))
        if (depthAt[m.index] === 0)
            out.push({ index: m.index, text: m[0] });
    return out;
}
const NUMBER = /^\(*\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*\)*$/;
function kindOf(expr) {
    const e = expr.toLowerCase();
    if (/histogram_quantile\s*\(\s*0?\.95\s*,/.test(e) ||
        /quantile_over_time\s*\(\s*0?\.95\s*,/.test(e) ||
        /quantile\s*=~?\s*"0?\.95"/.test(e) ||
        /(^|[^a-z0-9])p95(?![0-9])/.test(e)) {
        return 'latency-p95';
    }
    const status = '(code|status|status_code|http_status|response_code)';
    const errorish = /error|fail|5xx/.test(e) ||
        new RegExp(`${status}\\s*=~?\\s*"5`).test(e) ||
        new RegExp(`${status}\\s*![=~]\\s*"2`).test(e);
    const divides = blankNested(e).includes('/');
    const ratioName = /error_rat(e|io)|errors?:ratio|error_percent/.test(e);
    if (errorish && (divides || ratioName))
        return 'error-rate';
    return null;
}
const FLIP = {
    '>': '<',
    '>=': '<=',
    '<': '>',
    '<=': '>=',
    '==': '==',
    '!=': '!=',
};
/** Reads one alert expression, or null when it is neither an error-rate nor a p95 alert. */
function readAlertExpr(expr) {
    const blank = blankNested(expr);
    // 1. Cut at top-level set operators.
    const cuts = topLevel(blank, /\b(and|or|unless)\b/gi);
    const parts = [];
    let from = 0;
    for (const c of cuts) {
        parts.push(expr.slice(from, c.index));
        from = c.index + c.text.length;
    }
    parts.push(expr.slice(from));
    let fallback = null;
    for (const part of parts) {
        const kind = kindOf(part);
        if (!kind)
            continue;
        const pb = blankNested(part);
        const ops = topLevel(pb, /(>=|<=|==|!=|>|<)/g);
        const op = ops[ops.length - 1];
        if (!op) {
            fallback ??= { kind, threshold: null, comparator: null };
            continue;
        }
        const lhs = part.slice(0, op.index);
        const rhs = part.slice(op.index + op.text.length).replace(/^\s*bool\b/, '');
        let comparator = op.text;
        let value;
        let side;
        const r = NUMBER.exec(rhs.trim());
        const l = NUMBER.exec(lhs.trim());
        if (r) {
            value = Number(r[1]);
            side = lhs;
        }
        else if (l) {
            value = Number(l[1]);
            side = rhs;
            comparator = FLIP[comparator];
        }
        else {
            fallback ??= { kind, threshold: null, comparator };
            continue;
        }
        const s = side.toLowerCase();
        if (kind === 'error-rate' && (/\*\s*100\b(?!\.)/.test(s) || /\b100\s*\*/.test(s)))
            value /= 100;
        if (kind === 'latency-p95' &&
            (/\*\s*1000\b/.test(s) || /\b1000\s*\*/.test(s) || /_(milliseconds|ms)(_|\b)/.test(s)))
            value /= 1000;
        return { kind, threshold: value, comparator };
    }
    return fallback;
}
function shown(kind, v) {
    return kind === 'error-rate' ? `${Math.round(v * 100 * 1e6) / 1e6}%` : `${Math.round(v * 1e6) / 1e6} s`;
}
function near(a, b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
const KIND_WORD = { 'error-rate': 'error rate', 'latency-p95': 'p95 latency' };
const A_KIND = { 'error-rate': 'an error-rate', 'latency-p95': 'a p95-latency' };
/** Which seed thresholds the alerts of these rule files carry. Pure. */
function checkSeedAlerts(files, seeds = SEED_ALERT_THRESHOLDS) {
    const list = Array.isArray(files) ? files : [files];
    const alerts = list.flatMap((f) => f.alerts.map((a) => {
        const reading = readAlertExpr(a.expr);
        return {
            name: a.alert,
            file: a.file,
            line: a.line,
            severity: a.labels.severity?.trim().toLowerCase() || null,
            threshold: reading?.threshold ?? null,
            comparator: reading?.comparator ?? null,
            kind: reading?.kind ?? null,
        };
    }));
    const problems = [];
    for (const a of alerts) {
        if (a.kind && a.threshold === null) {
            problems.push(`${a.name} (${a.file}:${a.line}) looks like ${A_KIND[a.kind]} alert, but its threshold could not be read: write it as <expression> > <number>.`);
        }
    }
    const where = (a) => `${a.name} (${a.file}:${a.line})`;
    const fires = (a) => a.comparator === '>' || a.comparator === '>=';
    const thresholds = seeds.map((t) => {
        const ofKind = alerts.filter((a) => a.kind === t.kind && a.threshold !== null);
        const exact = ofKind.filter((a) => a.severity === t.severity && fires(a) && near(a.threshold, t.bar));
        const strip = ({ kind: _k, ...m }) => m;
        if (exact.length > 0)
            return { ...t, present: true, rules: exact.map(strip), problem: null };
        const sameSeverity = ofKind.filter((a) => a.severity === t.severity);
        const sameValue = ofKind.filter((a) => fires(a) && near(a.threshold, t.bar));
        let problem;
        if (sameSeverity.length > 0) {
            problem = `no ${t.severity} alert on the ${KIND_WORD[t.kind]} above ${shown(t.kind, t.bar)}: ${sameSeverity
                .map((a) => `${where(a)} fires ${fires(a) ? 'above' : `when ${a.comparator}`} ${shown(t.kind, a.threshold)}`)
                .join('; ')}.`;
        }
        else if (sameValue.length > 0) {
            problem = `no ${t.severity} alert on the ${KIND_WORD[t.kind]} above ${shown(t.kind, t.bar)}: ${sameValue
                .map((a) => `${where(a)} has that threshold with severity ${a.severity ?? '(none)'}`)
                .join('; ')}.`;
        }
        else {
            problem = `no ${t.severity} alert on the ${KIND_WORD[t.kind]} above ${shown(t.kind, t.bar)}.`;
        }
        problems.push(problem);
        return { ...t, present: false, rules: [], problem };
    });
    return { thresholds, problems, alerts, ok: thresholds.every((t) => t.present) };
}


/***/ })

};
