export const id = 446;
export const ids = [446];
export const modules = {

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
