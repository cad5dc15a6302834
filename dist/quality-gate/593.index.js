export const id = 593;
export const ids = [593];
export const modules = {

/***/ 6593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EvidenceFinder: () => (/* binding */ EvidenceFinder)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 52 modules
var lib = __webpack_require__(6241);
;// CONCATENATED MODULE: ./packages/evidence/markdown-outline.ts

function plainText(node) {
    if ('value' in node && typeof node.value === 'string')
        return node.value;
    if ('children' in node)
        return node.children.map(plainText).join('');
    return '';
}
function markdownOutline(markdown) {
    const tree = (0,lib/* fromMarkdown */.Y)(markdown);
    const headings = [];
    let fencedCodeBlocks = 0;
    const open = [];
    for (const node of tree.children) {
        if (node.type === 'heading') {
            while (open.length && open[open.length - 1].depth >= node.depth)
                open.pop();
            const h = {
                depth: node.depth,
                text: plainText(node).trim(),
                line: node.position?.start.line ?? 0,
                contentBlocks: 0,
            };
            headings.push(h);
            open.push(h);
            continue;
        }
        if (node.type === 'code') {
            const start = node.position?.start.offset;
            const opener = start === undefined ? '' : markdown.slice(start, start + 3);
            if (opener === '```' || opener === '~~~')
                fencedCodeBlocks++;
        }
        if (node.type !== 'html' || !/^<!--/.test(node.value))
            for (const h of open)
                h.contentBlocks++;
    }
    return { headings, fencedCodeBlocks };
}
/** The first heading whose text starts with `title` (case and surrounding punctuation ignored). */
function findHeading(outline, title) {
    const want = title.trim().toLowerCase();
    return outline.headings.find((h) => h.text
        .toLowerCase()
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .startsWith(want));
}

;// CONCATENATED MODULE: ./packages/evidence/repo-evidence.ts
/**
 * Checks that the documents and tests a stage asks for are in the repository: a component
 * README with a usage example, integration tests, user docs, an API reference, a
 * troubleshooting guide, a rollback procedure. Each is looked for at a list of places
 * (config `components.<id>.evidence`, else the seeds' places: config/defaults.ts); the first
 * that is present satisfies it. A place is a glob (`docs/operations/neo4j_ROLLBACK.md`) or a
 * section of a Markdown file (`src/components/neo4j/README.md#Troubleshooting`). Matching
 * ignores case, as people name these files in many ways. Pure over a RepoReader.
 */


class EvidenceFinder {
    repo;
    outlines = new Map();
    byLowerPath = new Map();
    constructor(repo) {
        this.repo = repo;
        for (const f of repo.list())
            this.byLowerPath.set(f.toLowerCase(), f);
    }
    check(kind, places) {
        let firstProblem;
        for (const place of places) {
            const c = place.includes('#') ? this.section(place) : this.files(kind, place);
            if (c?.ok)
                return { kind, found: c.found, detail: c.detail, places: [...places] };
            if (c && !c.ok)
                firstProblem ??= c.detail;
        }
        return {
            kind,
            found: null,
            detail: firstProblem
                ? `${firstProblem}; also looked for ${places.join(', ')}`
                : `not found; looked for ${places.join(', ')}`,
            places: [...places],
        };
    }
    outline(path) {
        let o = this.outlines.get(path);
        if (o === undefined) {
            const text = this.repo.read(path);
            o = text === undefined ? null : markdownOutline(text);
            this.outlines.set(path, o);
        }
        return o;
    }
    section(place) {
        const hash = place.indexOf('#');
        const file = this.byLowerPath.get(place.slice(0, hash).toLowerCase());
        const title = place.slice(hash + 1);
        if (!file)
            return null;
        const outline = this.outline(file);
        const h = outline && findHeading(outline, title);
        if (!h)
            return { ok: false, detail: `${file} has no "${title}" section` };
        if (h.contentBlocks === 0)
            return { ok: false, detail: `the "${h.text}" section of ${file} (line ${h.line}) is empty` };
        return { ok: true, found: `${file}#${h.text}`, detail: `section "${h.text}" of ${file}, line ${h.line}` };
    }
    files(kind, glob) {
        const match = picomatch_default()(glob, { nocase: true, dot: true });
        const hits = this.repo
            .list()
            .filter((f) => match(f))
            .sort();
        if (hits.length === 0)
            return null;
        let problem;
        for (const file of hits) {
            const text = this.repo.read(file);
            if (text === undefined || text.trim() === '') {
                problem ??= `${file} is empty`;
                continue;
            }
            if (kind === 'readme' && /\.(md|markdown)$/i.test(file)) {
                const fenced = this.outline(file)?.fencedCodeBlocks ?? 0;
                if (fenced === 0) {
                    problem ??= `${file} has no usage example (a fenced \`\`\` code block)`;
                    continue;
                }
                return { ok: true, found: file, detail: `${file}, ${fenced} code example(s)` };
            }
            return { ok: true, found: file, detail: hits.length > 1 ? `${file} and ${hits.length - 1} more` : file };
        }
        return { ok: false, detail: problem };
    }
}


/***/ })

};
