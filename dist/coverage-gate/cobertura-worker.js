import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_coverage_parallel_cobertura_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(515);
/** Worker thread entry (bundled as dist/coverage-gate/cobertura-worker.js): parses one piece of a large Cobertura report. */


const outcome = await (0,_packages_coverage_parallel_cobertura_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCoberturaFragment */ .Bg)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);
node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(outcome, (0,_packages_coverage_parallel_cobertura_js__WEBPACK_IMPORTED_MODULE_1__/* .transferListOf */ .He)(outcome));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bg: () => (/* binding */ parseCoberturaFragment),
  He: () => (/* binding */ transferListOf)
});

// UNUSED EXPORTS: findCuts, parseCoberturaInPieces, piecesFit

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/coverage/arena.ts
/**
 * Hands out small typed arrays as views into large shared blocks. A report of 10,000 files
 * needs ~40,000 small arrays; allocating each as its own ArrayBuffer costs more than parsing
 * the lines they hold. The blocks live as long as any file that uses them: as long as the
 * parsed report does. Blocks start small and double up to 1 MB, so that a report of one
 * small file (100,000 of them, each its own arena) does not hold a megabyte each.
 */
const BLOCK_BYTES = 1 << 20;
const FIRST_BLOCK_BYTES = 4096;
class Arena {
    block = new ArrayBuffer(0);
    used = 0;
    take(bytes) {
        const aligned = (this.used + 3) & ~3;
        if (aligned + bytes > this.block.byteLength) {
            if (bytes > BLOCK_BYTES / 4)
                return { buffer: new ArrayBuffer(bytes), offset: 0 };
            const next = Math.min(BLOCK_BYTES, Math.max(FIRST_BLOCK_BYTES, this.block.byteLength * 2));
            this.block = new ArrayBuffer(Math.max(next, bytes));
            this.used = 0;
            return this.take(bytes);
        }
        this.used = aligned + bytes;
        return { buffer: this.block, offset: aligned };
    }
    uint8(length) {
        const { buffer, offset } = this.take(length);
        return new Uint8Array(buffer, offset, length);
    }
    int32(length) {
        const { buffer, offset } = this.take(length * 4);
        return new Int32Array(buffer, offset, length);
    }
}

;// CONCATENATED MODULE: ./packages/coverage/file-coverage.ts
/**
 * Line and branch coverage of one source file, stored compactly so that reports of
 * hundreds of MB fit in bounded memory: two bits per line (measured, covered), five int32
 * per branching line, and one int32 per branch not taken. No per-line objects.
 *
 * Branches carry identities when the format gives them, so that two runs of the same
 * code merge exactly (a branch covered by either run is covered once):
 *  - `arc`: coverage.py's arc destinations (Cobertura `missing-branches`, JSON `missing_branches`);
 *    only the missing destinations are stored, since total - missing = covered.
 *  - `lcov`: LCOV `BRDA` block/branch numbers; `lcov-dest`: coverage.py's LCOV (filed under
 *    the destination line); `istanbul`: branchMap id and index.
 * Without identities (Cobertura from other writers: only "1/2"), two runs merge as the
 * larger covered count per line: a lower bound, documented in ARCHITECTURE.md.
 */

/**
 * Whether two files' branch data can be merged line by line. Cobertura's lines (`arc`, or
 * `none` without identities) are the lines holding the branch; coverage.py's LCOV (`lcov-dest`)
 * files its branches under the destination line; LCOV and Istanbul ids live in their own spaces.
 */
function branchKindsCompatible(a, b) {
    if (a === null || b === null || a === b)
        return true;
    const cobertura = (k) => k === 'arc' || k === 'none';
    return cobertura(a) && cobertura(b);
}
const POPCOUNT = new Uint8Array(256);
for (let i = 1; i < 256; i++)
    POPCOUNT[i] = (i & 1) + POPCOUNT[i >> 1];
/**
 * The largest line number a report may give: line numbers are kept in int32 slots, and no
 * source file has two billion lines. Parsers refuse a larger one with the file and place.
 */
const MAX_LINE_NUMBER = 2 ** 31 - 1;
/** What a parser says about a line number it read; null when it is one. */
function lineNumberProblem(line) {
    if (!Number.isInteger(line) || line < 0)
        return 'a line number must be a whole number';
    if (line > MAX_LINE_NUMBER)
        return `line number ${line} is beyond any source file (at most ${MAX_LINE_NUMBER})`;
    return null;
}
/**
 * The dense part of a LineBits may grow to this many bytes plus DENSE_BYTES_PER_LINE for
 * every line recorded: memory follows what the report holds, not the largest number in it.
 * A real file's lines are dense (a 1,000-line module needs 125 bytes); a report with a few
 * lines numbered in the billions (8 of them allocated 512 MB before) keeps those few apart.
 */
const DENSE_SLACK_BYTES = 64;
const DENSE_BYTES_PER_LINE = 2;
/**
 * Growable bitset over line numbers: a dense bit array from line 0, and the lines beyond it
 * that were too far out to grow it for (`far`, ascending, none twice). Every line below
 * `bits.length * 8` is in the bits; every line in `far` is at or above it.
 */
class LineBits {
    bits = new Uint8Array(8);
    far = [];
    /** Lines recorded (with repeats): the budget for the dense part. */
    records = 0;
    set(line) {
        this.records++;
        const byte = line >>> 3;
        if (byte >= this.bits.length) {
            if (byte + 1 > DENSE_SLACK_BYTES + DENSE_BYTES_PER_LINE * this.records)
                return this.putFar(line);
            let size = this.bits.length * 2;
            while (size <= byte)
                size *= 2;
            this.growTo(size);
        }
        this.bits[byte] |= 1 << (line & 7);
    }
    /** Sets a line wherever it belongs, without the growth budget (lines another bitset already holds). */
    put(line) {
        const byte = line >>> 3;
        if (byte < this.bits.length)
            this.bits[byte] |= 1 << (line & 7);
        else
            this.putFar(line);
    }
    putFar(line) {
        const far = this.far;
        if (far.length === 0 || line > far[far.length - 1])
            return void far.push(line);
        const at = lowerBound(far, line);
        if (far[at] !== line)
            far.splice(at, 0, line);
    }
    /** Widens the dense part to `size` bytes, moving the far lines it now covers into it. */
    growTo(size) {
        const next = new Uint8Array(size);
        next.set(this.bits);
        this.bits = next;
        const limit = size * 8;
        let moved = 0;
        while (moved < this.far.length && this.far[moved] < limit) {
            const line = this.far[moved++];
            next[line >>> 3] |= 1 << (line & 7);
        }
        if (moved)
            this.far.splice(0, moved);
    }
    has(line) {
        const byte = line >>> 3;
        if (byte < this.bits.length)
            return (this.bits[byte] & (1 << (line & 7))) !== 0;
        const at = lowerBound(this.far, line);
        return this.far[at] === line;
    }
    orWith(other) {
        if (other.bits.length > this.bits.length)
            this.growTo(other.bits.length);
        const o = other.bits;
        for (let i = 0; i < o.length; i++)
            this.bits[i] |= o[i];
        for (const line of other.far)
            this.put(line);
        this.records += other.records;
    }
    count() {
        let n = this.far.length;
        for (const b of this.bits)
            n += POPCOUNT[b];
        return n;
    }
    /** Count of lines set in both. */
    countAnd(other) {
        let n = 0;
        const len = Math.min(this.bits.length, other.bits.length);
        for (let i = 0; i < len; i++)
            n += POPCOUNT[this.bits[i] & other.bits[i]];
        // Lines dense here and far there; then lines far here (dense or far there).
        const limit = this.bits.length * 8;
        for (const line of other.far)
            if (line < limit && this.has(line))
                n++;
        for (const line of this.far)
            if (other.has(line))
                n++;
        return n;
    }
    /** Lines set here but not in `other` (all lines when other is undefined), in order. */
    *minus(other) {
        const shared = other ? Math.min(other.bits.length, this.bits.length) : 0;
        for (let i = 0; i < this.bits.length; i++) {
            const b = this.bits[i] & ~(other && i < shared ? other.bits[i] : 0);
            if (b === 0)
                continue;
            for (let k = 0; k < 8; k++) {
                if (!(b & (1 << k)))
                    continue;
                const line = i * 8 + k;
                if (other && i >= shared && other.has(line))
                    continue;
                yield line;
            }
        }
        for (const line of this.far)
            if (!other?.has(line))
                yield line;
    }
    /** True when no bit was ever set (the array is still the initial one). */
    get pristine() {
        return this.bits.length === 8 && this.far.length === 0 && this.bits.every((b) => b === 0);
    }
    /** Whether a dense part up to `maxLine` fits the budget of `lines` lines. */
    static denseFits(maxLine, lines) {
        return (maxLine >>> 3) + 1 <= DENSE_SLACK_BYTES + DENSE_BYTES_PER_LINE * lines;
    }
    /** Replaces an empty bitset by one sized for lines up to `maxLine` (within the budget: see denseFits). */
    sizeFor(maxLine, arena) {
        this.bits = arena.uint8((maxLine >>> 3) + 1);
    }
    /** Gives back the slack of growth by doubling, when it is most of the array. */
    compact() {
        let end = this.bits.length;
        while (end > 0 && this.bits[end - 1] === 0)
            end--;
        if (end < this.bits.length / 2)
            this.bits = this.bits.slice(0, Math.max(end, 1));
    }
    /** For a worker thread's FileCoverageData. */
    static from(bits, far) {
        const b = new LineBits();
        b.bits = bits;
        b.far = far ? [...far] : [];
        return b;
    }
}
/** The first index of `sorted` whose value is >= `value`. */
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Growable int32 array. */
class IntList {
    data;
    length = 0;
    constructor(capacity) {
        this.data = new Int32Array(capacity);
    }
    reserve(extra) {
        if (this.length + extra <= this.data.length)
            return;
        let size = Math.max(8, this.data.length * 2);
        while (size < this.length + extra)
            size *= 2;
        const next = new Int32Array(size);
        next.set(this.data.subarray(0, this.length));
        this.data = next;
    }
    push(v) {
        if (this.length === this.data.length)
            this.reserve(1);
        this.data[this.length++] = v;
    }
    compact() {
        if (this.length < this.data.length / 2)
            this.data = this.data.slice(0, this.length);
    }
    static copyOf(source, length, arena) {
        const list = new IntList(0);
        list.data = arena.int32(length);
        list.data.set(source.subarray(0, length));
        list.length = length;
        return list;
    }
}
/** Branch slot layout in `FileCoverage.slots`: one stride per branching line, sorted by line. */
const LINE = 0;
const TOTAL = 1;
const COVERED = 2;
const MISS_START = 3;
const MISS_COUNT = 4; // -1 when the identities are unknown
const STRIDE = 5;
/**
 * Scratch for parsers: collects one file's lines and branches as they stream by, then
 * `FileCoverage#load` copies them into exact-size arrays. Reused from file to file, so a
 * large report leaves no trail of outgrown arrays for the garbage collector.
 */
class CoverageBatch {
    /** Where the files' final arrays come from: one per parsed report. */
    arena = new Arena();
    lines = new Int32Array(1024);
    hits = new Uint8Array(1024);
    lineCount = 0;
    maxLine = 0;
    slots = new Int32Array(256 * STRIDE);
    /** Ints used in `slots` (STRIDE per branching line). */
    slotInts = 0;
    /** Branch lines arrived in ascending order, none twice. */
    sorted = true;
    miss = new Int32Array(256);
    missCount = 0;
    kinds = new Set();
    lastKind = null;
    reset() {
        this.lastKind = null;
        this.lineCount = 0;
        this.maxLine = 0;
        this.slotInts = 0;
        this.sorted = true;
        this.missCount = 0;
        this.kinds.clear();
    }
    addLine(line, hits) {
        if (this.lineCount === this.lines.length) {
            this.lines = grow(this.lines, this.lineCount + 1);
            const h = new Uint8Array(this.lines.length);
            h.set(this.hits);
            this.hits = h;
        }
        this.lines[this.lineCount] = line;
        this.hits[this.lineCount++] = hits > 0 ? 1 : 0;
        if (line > this.maxLine)
            this.maxLine = line;
    }
    addBranches(line, total, covered, kind, missing, missingCount = missing?.length ?? 0) {
        if (kind !== this.lastKind) {
            // A report gives every line the same kind: one Set insertion per run of them, not per line.
            this.kinds.add(kind);
            this.lastKind = kind;
        }
        if (this.slotInts + STRIDE > this.slots.length)
            this.slots = grow(this.slots, this.slotInts + STRIDE);
        if (this.slotInts > 0 && this.slots[this.slotInts - STRIDE + LINE] >= line)
            this.sorted = false;
        const s = this.slots;
        const at = this.slotInts;
        s[at + LINE] = line;
        s[at + TOTAL] = total;
        s[at + COVERED] = covered;
        if (missing) {
            if (this.missCount + missingCount > this.miss.length)
                this.miss = grow(this.miss, this.missCount + missingCount);
            s[at + MISS_START] = this.missCount;
            s[at + MISS_COUNT] = missingCount;
            for (let i = 0; i < missingCount; i++)
                this.miss[this.missCount++] = missing[i];
        }
        else {
            s[at + MISS_START] = 0;
            s[at + MISS_COUNT] = -1;
        }
        this.slotInts += STRIDE;
    }
}
function grow(a, need) {
    let size = a.length * 2;
    while (size < need)
        size *= 2;
    const next = new a.constructor(size);
    next.set(a);
    return next;
}
class file_coverage_FileCoverage {
    path;
    measured = new LineBits();
    covered = new LineBits();
    /** Branching lines, STRIDE int32 each, kept sorted by line (reports list lines in order). */
    slots = null;
    /** Ids of branches not taken, referenced from the slots. */
    miss = null;
    branchIdKind = null;
    /** Branch data was measured for this file (even if it has no branching lines). */
    branchMeasured = false;
    /** Per-file totals only (Istanbul coverage-summary.json): no line data at all. */
    summaryOnly = null;
    /**
     * The statement count the report declares, when its line list also holds executed lines
     * that are not statements: coverage.py's JSON `executed_lines` and LCOV `DA` include
     * docstrings and the like. Its missed lines are always statements, so covered statements
     * = declared - missed.
     */
    declaredStatements = null;
    constructor(path) {
        this.path = path;
    }
    /** Records a measurable line; hits > 0 marks it covered. Repeats within one report OR together. */
    addLine(line, hits) {
        this.measured.set(line);
        if (hits > 0)
            this.covered.set(line);
    }
    /**
     * Records the branches of a line. `missing` lists the ids of branches not taken when the
     * format identifies branches; pass undefined for count-only data. `missingCount` limits how
     * many entries of `missing` are used (callers reuse one array).
     */
    addBranches(line, total, covered, kind, missing, missingCount = missing?.length ?? 0) {
        this.branchMeasured = true;
        this.noteKind(kind);
        const at = this.slotOf(line);
        if (at >= 0) {
            // The same line reported twice in one report (several <class> entries for one file).
            this.mergeSlot(at, total, covered, missing ? Array.from({ length: missingCount }, (_, i) => missing[i]) : undefined);
            return;
        }
        const slot = this.insertSlot(-at - 1);
        const s = this.slots.data;
        s[slot + LINE] = line;
        s[slot + TOTAL] = total;
        s[slot + COVERED] = covered;
        this.writeMissing(slot, missing, missingCount);
    }
    /** Adds what a parser collected for this file (see CoverageBatch), in arrays taken from `batch.arena`. */
    load(batch) {
        const arena = batch.arena;
        if (this.measured.pristine && this.covered.pristine && batch.lineCount > 0 && LineBits.denseFits(batch.maxLine, batch.lineCount)) {
            this.measured.sizeFor(batch.maxLine, arena);
            this.covered.sizeFor(batch.maxLine, arena);
        }
        for (let i = 0; i < batch.lineCount; i++)
            this.addLine(batch.lines[i], batch.hits[i]);
        if (batch.slotInts === 0)
            return;
        this.branchMeasured = true;
        for (const kind of batch.kinds)
            this.noteKind(kind);
        if (this.slots === null && batch.sorted) {
            // The common case: copy exactly what the file has.
            this.slots = IntList.copyOf(batch.slots, batch.slotInts, arena);
            if (batch.missCount > 0)
                this.miss = IntList.copyOf(batch.miss, batch.missCount, arena);
            return;
        }
        const s = batch.slots;
        for (let at = 0; at < batch.slotInts; at += STRIDE) {
            const count = s[at + MISS_COUNT];
            const missing = count < 0 ? undefined : batch.miss.subarray(s[at + MISS_START], s[at + MISS_START] + count);
            this.addBranches(s[at + LINE], s[at + TOTAL], s[at + COVERED], this.branchIdKind ?? 'none', missing, Math.max(count, 0));
        }
    }
    /** Slot offset of a line, or -(insertion index) - 1 when absent. Appending in order is O(1). */
    slotOf(line) {
        const slots = this.slots;
        if (!slots || slots.length === 0)
            return -1;
        const d = slots.data;
        const n = slots.length / STRIDE;
        const last = d[(n - 1) * STRIDE + LINE];
        if (line > last)
            return -n - 1;
        if (line === last)
            return (n - 1) * STRIDE;
        let lo = 0;
        let hi = n - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const v = d[mid * STRIDE + LINE];
            if (v === line)
                return mid * STRIDE;
            if (v < line)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -lo - 1;
    }
    /** Opens a slot before slot index `index`; returns its offset. */
    insertSlot(index) {
        this.slots ??= new IntList(4 * STRIDE);
        const slots = this.slots;
        slots.reserve(STRIDE);
        const at = index * STRIDE;
        if (at < slots.length)
            slots.data.copyWithin(at + STRIDE, at, slots.length);
        slots.length += STRIDE;
        return at;
    }
    writeMissing(slot, missing, count) {
        const s = this.slots.data;
        if (!missing) {
            s[slot + MISS_START] = 0;
            s[slot + MISS_COUNT] = -1;
            return;
        }
        this.miss ??= new IntList(8);
        this.miss.reserve(count);
        s[slot + MISS_START] = this.miss.length;
        s[slot + MISS_COUNT] = count;
        for (let i = 0; i < count; i++)
            this.miss.data[this.miss.length++] = missing[i];
    }
    missingAt(slot) {
        const s = this.slots.data;
        const count = s[slot + MISS_COUNT];
        if (count < 0)
            return undefined;
        if (count === 0)
            return [];
        const start = s[slot + MISS_START];
        return Array.from(this.miss.data.subarray(start, start + count));
    }
    noteKind(kind) {
        if (this.branchIdKind === null)
            this.branchIdKind = kind;
        else if (this.branchIdKind !== kind)
            this.branchIdKind = 'none';
    }
    mergeSlot(slot, total, covered, missing) {
        const s = this.slots.data;
        const prevMissing = this.missingAt(slot);
        const prevTotal = s[slot + TOTAL];
        if (missing && prevMissing && this.branchIdKind !== 'none' && prevTotal === total) {
            // A branch is missing only if no run took it: intersect the missing multisets.
            const left = [...prevMissing];
            const both = [];
            for (const id of missing) {
                const k = left.indexOf(id);
                if (k >= 0) {
                    both.push(id);
                    left.splice(k, 1);
                }
            }
            this.writeMissing(slot, both, both.length);
            s[slot + COVERED] = total - both.length;
            return;
        }
        const merged = Math.max(prevTotal, total);
        s[slot + TOTAL] = merged;
        s[slot + COVERED] = Math.min(merged, Math.max(s[slot + COVERED], covered));
        this.writeMissing(slot, undefined, 0);
    }
    hasLine(line) {
        return this.measured.has(line);
    }
    isCovered(line) {
        return this.covered.has(line);
    }
    /** Measurable lines in ascending order. */
    lines() {
        return this.measured.minus();
    }
    /** Measurable lines not covered, ascending. */
    missedLines() {
        return this.measured.minus(this.covered);
    }
    branchLines() {
        const out = [];
        const n = this.slots ? this.slots.length : 0;
        for (let slot = 0; slot < n; slot += STRIDE)
            out.push(this.branchSlot(slot));
        return out;
    }
    branchesAt(line) {
        const slot = this.slotOf(line);
        return slot < 0 ? undefined : this.branchSlot(slot);
    }
    branchSlot(slot) {
        const s = this.slots.data;
        return { line: s[slot + LINE], total: s[slot + TOTAL], covered: s[slot + COVERED], missing: this.missingAt(slot) };
    }
    /**
     * Branching lines that ran without taking every branch (coverage.py's BrPart), counted in
     * place: no BranchLine objects, which a report of a million branching lines would allocate.
     */
    partialBranchLines() {
        if (!this.slots)
            return 0;
        const s = this.slots.data;
        let n = 0;
        for (let slot = 0; slot < this.slots.length; slot += STRIDE) {
            if (s[slot + COVERED] < s[slot + TOTAL] && this.covered.has(s[slot + LINE]))
                n++;
        }
        return n;
    }
    totals() {
        if (this.summaryOnly)
            return this.summaryOnly;
        let branches = 0;
        let coveredBranches = 0;
        const n = this.slots ? this.slots.length : 0;
        const s = this.slots?.data;
        for (let slot = 0; slot < n; slot += STRIDE) {
            branches += s[slot + TOTAL];
            coveredBranches += s[slot + COVERED];
        }
        const measured = this.measured.count();
        const covered = this.measured.countAnd(this.covered);
        const statements = this.declaredStatements ?? measured;
        return {
            statements,
            coveredStatements: this.declaredStatements === null ? covered : Math.max(0, statements - (measured - covered)),
            branches,
            coveredBranches,
        };
    }
    toData() {
        return {
            path: this.path,
            measured: this.measured.bits,
            covered: this.covered.bits,
            measuredFar: this.measured.far.length ? this.measured.far : null,
            coveredFar: this.covered.far.length ? this.covered.far : null,
            slots: this.slots ? this.slots.data.subarray(0, this.slots.length) : null,
            miss: this.miss ? this.miss.data.subarray(0, this.miss.length) : null,
            branchIdKind: this.branchIdKind,
            branchMeasured: this.branchMeasured,
            summaryOnly: this.summaryOnly,
            declaredStatements: this.declaredStatements,
        };
    }
    static fromData(d) {
        const f = new file_coverage_FileCoverage(d.path);
        f.measured = LineBits.from(d.measured, d.measuredFar);
        f.covered = LineBits.from(d.covered, d.coveredFar);
        if (d.slots) {
            f.slots = new IntList(0);
            f.slots.data = d.slots;
            f.slots.length = d.slots.length;
        }
        if (d.miss) {
            f.miss = new IntList(0);
            f.miss.data = d.miss;
            f.miss.length = d.miss.length;
        }
        f.branchIdKind = d.branchIdKind;
        f.branchMeasured = d.branchMeasured;
        f.summaryOnly = d.summaryOnly;
        f.declaredStatements = d.declaredStatements;
        return f;
    }
    /** Releases the slack left by growth; called once a report is read. */
    compact() {
        this.measured.compact();
        this.covered.compact();
        this.slots?.compact();
        this.miss?.compact();
    }
    /**
     * The first line measured in exactly one of the two files (0 when the declared statement
     * counts differ), or undefined when both measure the same code. Two runs of the same code
     * measure the same lines; a difference means the reports come from different versions.
     */
    firstLineDifference(other) {
        if (this.declaredStatements !== null && other.declaredStatements !== null && this.declaredStatements !== other.declaredStatements) {
            return 0;
        }
        const conflict = (a, b) => {
            for (const line of a.measured.minus(b.measured)) {
                // An executed line that is not a statement (see declaredStatements) may be known to one run only.
                if (a.declaredStatements !== null && a.covered.has(line))
                    continue;
                return line;
            }
            return undefined;
        };
        return conflict(this, other) ?? conflict(other, this);
    }
    /** Adds another run of the same file: lines and branches covered by either are covered once. */
    mergeFrom(other) {
        if (other.summaryOnly || this.summaryOnly) {
            throw new Error('summary-only coverage cannot be merged per line');
        }
        this.measured.orWith(other.measured);
        this.covered.orWith(other.covered);
        this.declaredStatements ??= other.declaredStatements;
        if (other.branchMeasured)
            this.branchMeasured = true;
        if (other.branchIdKind)
            this.noteKind(other.branchIdKind);
        for (const b of other.branchLines()) {
            const at = this.slotOf(b.line);
            if (at >= 0) {
                this.mergeSlot(at, b.total, b.covered, b.missing);
                continue;
            }
            const slot = this.insertSlot(-at - 1);
            const s = this.slots.data;
            s[slot + LINE] = b.line;
            s[slot + TOTAL] = b.total;
            s[slot + COVERED] = b.covered;
            this.writeMissing(slot, b.missing, b.missing?.length ?? 0);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/errors.ts
/**
 * Errors a user can fix: a bad input, config file or report. Each names the place (file,
 * line, column, key path or element) and what to do. The action's single catch prints them
 * as one annotation without a stack trace; anything else is a bug and says so.
 */
class ConfigurationError extends Error {
    place;
    fix;
    constructor(message, place = {}, 
    /** What the user should do about it. */
    fix) {
        super(message);
        this.place = place;
        this.fix = fix;
        this.name = 'ConfigurationError';
    }
    /** `file:line:column: at: message. fix` */
    describe() {
        const { file, line, column, at } = this.place;
        let where = file ?? '';
        if (file && line)
            where += `:${line}${column ? `:${column}` : ''}`;
        const head = [where, at].filter(Boolean).join(': ');
        const text = head ? `${head}: ${this.message}` : this.message;
        if (!this.fix)
            return text;
        return `${text.replace(/[.\s]*$/, '.')} ${this.fix}`;
    }
}
/** A report that cannot be read: malformed, truncated, empty, or not the format expected. */
class ReportError extends ConfigurationError {
    /** Byte offset in the report, turned into line:column by the reader before it is shown. */
    offset;
    constructor(message, place = {}, fix) {
        const { offset, ...rest } = place;
        super(message, rest, fix);
        this.name = 'ReportError';
        if (offset !== undefined)
            this.offset = offset;
    }
}

;// CONCATENATED MODULE: ./packages/xml/xml-fix.ts
/** What to do about a report that is not well-formed XML. */
function xmlFix(message) {
    if (/truncated|ends/.test(message))
        return 'Regenerate the report: it is cut off (did the step that wrote it finish, or run out of disk space?).';
    if (/entit|DOCTYPE/.test(message))
        return 'Write the report without a DOCTYPE or entity references.';
    return 'Regenerate the report: it is not well-formed XML.';
}

;// CONCATENATED MODULE: ./packages/xml/xml-stream.ts
/**
 * A streaming, byte-level XML tokenizer for machine-written reports (Cobertura, JUnit).
 *
 * Why hand-written: coverage reports of large monorepos reach hundreds of MB and must be
 * parsed in bounded memory at close to disk speed. The best streaming library we measured
 * (saxes) decodes every chunk to a JS string and walks it character by character: 9-12x the
 * time of a plain byte scan of the file; this tokenizer takes about 2x (`npm run bench`). It
 * works on the UTF-8 bytes directly, never keeps the caller's chunks, and decodes only the
 * attribute values a caller asks for (numbers and raw bytes need no string at all).
 *
 * It is a well-formedness checker for the subset of XML that report writers use, and refuses
 * the rest with an error carrying the byte offset:
 *  - start/end tags must nest; exactly one root element; nothing but whitespace, comments and
 *    processing instructions outside it; a document that ends early is "truncated".
 *  - the five predefined entities and numeric character references are decoded; any other
 *    entity reference is an error. Entities are never expanded from a DTD.
 *  - a DOCTYPE with only an external identifier (Istanbul's Cobertura writer emits one) is
 *    skipped, never fetched; a DOCTYPE with an internal subset (where entity declarations
 *    live: XXE, "billion laughs") is refused.
 *  - UTF-16 documents are refused (reports are UTF-8 in practice).
 * Not checked, to stay fast: duplicate attribute names, the exact character classes of names.
 */
class XmlSyntaxError extends Error {
    offset;
    constructor(message, 
    /** Byte offset in the document where the problem was found. */
    offset) {
        super(message);
        this.offset = offset;
        this.name = 'XmlSyntaxError';
    }
}
const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const HYPHEN = 0x2d;
/** Byte classes, looked up once per byte in the hot loops. */
const SPACE = 1;
const NAME_END = 2; // white space, '>', '/', '='
const NAME_BAD = 4; // '<', quotes, '&': never inside a name
const CLASS = new Uint8Array(256);
for (const c of [0x20, 0x0a, 0x09, 0x0d])
    CLASS[c] = SPACE | NAME_END;
for (const c of [0x3e, 0x2f, 0x3d])
    CLASS[c] = NAME_END;
for (const c of [0x3c, 0x22, 0x27, 0x26])
    CLASS[c] = NAME_BAD;
function isSpace(c) {
    return (CLASS[c] & SPACE) !== 0;
}
const EMPTY = Buffer.alloc(0);
/** Bounds the bytes kept between chunks, so a hostile file cannot make us buffer it whole. */
const MAX_TOKEN_BYTES = 16 * 1024 * 1024;
/** Thrown inside the tokenizer when a token runs past the end of the buffered bytes. */
const NEED_MORE = Symbol('need-more');
/** Per attribute in `Attributes.spans`: name start and end, value start and end, "&" in the value, name id. */
const NAME_START = 0;
const NAME_STOP = 1;
const VALUE_START = 2;
const VALUE_STOP = 3;
const HAS_AMP = 4;
const NAME_ID = 5;
const xml_stream_STRIDE = 6;
/** Attribute names interned per parser (see XmlStreamParser.attributeId); more are not given ids. */
const MAX_ATTRIBUTE_IDS = 64;
class Attributes {
    buf = Buffer.alloc(0);
    /** STRIDE int32 per attribute (see NAME_START...). */
    spans = new Int32Array(xml_stream_STRIDE * 16);
    count = 0;
    /** Absolute offset of the buffer start, for error offsets. */
    base = 0;
    grow() {
        const next = new Int32Array(this.spans.length * 2);
        next.set(this.spans);
        this.spans = next;
        return next;
    }
    idAt(i) {
        return this.spans[i * xml_stream_STRIDE + NAME_ID];
    }
    nameLength(i) {
        return this.spans[i * xml_stream_STRIDE + NAME_STOP] - this.spans[i * xml_stream_STRIDE + NAME_START];
    }
    nameIs(i, name) {
        const s = this.spans[i * xml_stream_STRIDE + NAME_START];
        if (this.spans[i * xml_stream_STRIDE + NAME_STOP] - s !== name.length)
            return false;
        for (let k = 0; k < name.length; k++)
            if (this.buf[s + k] !== name.charCodeAt(k))
                return false;
        return true;
    }
    indexOf(name) {
        for (let i = 0; i < this.count; i++)
            if (this.nameIs(i, name))
                return i;
        return -1;
    }
    has(name) {
        return this.indexOf(name) >= 0;
    }
    get(name) {
        const i = this.indexOf(name);
        return i < 0 ? undefined : this.valueAt(i);
    }
    getUint(name) {
        const i = this.indexOf(name);
        return i < 0 ? undefined : this.uintAt(i);
    }
    equals(name, value) {
        const i = this.indexOf(name);
        return i >= 0 && this.equalsAt(i, value);
    }
    raw(name, out) {
        const i = this.indexOf(name);
        return i >= 0 && this.rawAt(i, out);
    }
    uintAt(i) {
        const { buf, spans } = this;
        let s = spans[i * xml_stream_STRIDE + VALUE_START];
        let e = spans[i * xml_stream_STRIDE + VALUE_STOP];
        if (e - s > 15 || spans[i * xml_stream_STRIDE + HAS_AMP]) {
            // Too long for exact integer arithmetic here, or written with character references.
            const text = this.valueAt(i).trim();
            return /^\d+$/.test(text) ? Number(text) : Number.NaN;
        }
        while (s < e && isSpace(buf[s]))
            s++;
        while (e > s && isSpace(buf[e - 1]))
            e--;
        if (s === e)
            return Number.NaN;
        let n = 0;
        for (let k = s; k < e; k++) {
            const d = buf[k] - 0x30;
            if (d < 0 || d > 9)
                return Number.NaN;
            n = n * 10 + d;
        }
        return n;
    }
    equalsAt(i, value) {
        const s = this.spans[i * xml_stream_STRIDE + VALUE_START];
        const e = this.spans[i * xml_stream_STRIDE + VALUE_STOP];
        if (this.spans[i * xml_stream_STRIDE + HAS_AMP])
            return this.valueAt(i) === value;
        if (e - s !== value.length)
            return false;
        for (let k = 0; k < value.length; k++)
            if (this.buf[s + k] !== value.charCodeAt(k))
                return false;
        return true;
    }
    rawAt(i, out) {
        if (this.spans[i * xml_stream_STRIDE + HAS_AMP])
            return false;
        out.buf = this.buf;
        out.start = this.spans[i * xml_stream_STRIDE + VALUE_START];
        out.end = this.spans[i * xml_stream_STRIDE + VALUE_STOP];
        return true;
    }
    valueAt(i) {
        const s = this.spans[i * xml_stream_STRIDE + VALUE_START];
        const e = this.spans[i * xml_stream_STRIDE + VALUE_STOP];
        const raw = this.buf.toString('utf8', s, e);
        return this.spans[i * xml_stream_STRIDE + HAS_AMP] ? decodeEntities(raw, this.base + s) : raw;
    }
    toObject() {
        const out = {};
        for (let i = 0; i < this.count; i++)
            out[this.buf.toString('utf8', this.spans[i * xml_stream_STRIDE + NAME_START], this.spans[i * xml_stream_STRIDE + NAME_STOP])] =
                this.valueAt(i);
        return out;
    }
}
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Decodes the predefined entities and character references; anything else is an error. */
function decodeEntities(raw, offset) {
    return raw.replace(/&([^;&<\s]*)(;?)/g, (whole, name, semi) => {
        if (!semi)
            throw new XmlSyntaxError(`"&" must start an entity reference such as &amp; (found "${whole.slice(0, 20)}")`, offset);
        if (name in PREDEFINED)
            return PREDEFINED[name];
        const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
        if (m) {
            const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
            if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                throw new XmlSyntaxError(`character reference &${name}; is not a valid character`, offset);
            }
            return String.fromCodePoint(code);
        }
        throw new XmlSyntaxError(`entity reference &${name}; is not one of XML's predefined entities; entities are never expanded, so the report must not use them`, offset);
    });
}
class XmlStreamParser {
    handler;
    buf = EMPTY;
    pos = 0;
    /** Holds the unfinished token between writes; reused. */
    work = Buffer.allocUnsafe(64 * 1024);
    restLen = 0;
    /** `buf` is a view of `work` (else of the caller's chunk). */
    inWork = false;
    /** Absolute document offset of buf[0]. */
    base = 0;
    names = [];
    openedAt = [];
    rootSeen = false;
    enclosing = 0;
    /** End tags of a fragment's enclosing elements, in the order met. */
    outerCloses = [];
    rootClosed = false;
    started = false;
    attrs = new Attributes();
    knownNames = [];
    /** Only ASCII names are cached (compared byte to char); '' matches nothing. */
    lastName = '';
    textParts = null;
    /** Absolute offset of the tag being reported to the handler (for the handler's own errors). */
    tagOffset = 0;
    /** Scratch: where the name read by tagName ends. */
    at = 0;
    /** Whether the tag readAttributes read ends with "/>". */
    selfClosing = false;
    /** Interned attribute names (attributeId), as bytes. */
    attrNames = [];
    /** The name id each attribute position held in the previous tag (-1: none). */
    predicted = new Int32Array(16).fill(-1);
    shortcut = null;
    /**
     * `fragment`: parse a piece of a larger document that starts between two tokens, inside
     * `enclosing` open elements it has not seen (their closing tags are collected in
     * `outerCloses`), at byte `offset` of the document. Used to parse one report in parallel
     * pieces; the pieces are checked to fit together afterwards.
     */
    constructor(handler, fragment) {
        this.handler = handler;
        if (fragment) {
            this.enclosing = fragment.enclosing;
            this.base = fragment.offset;
            this.started = true;
            this.rootSeen = true;
        }
    }
    /** Sets or clears the handler's shortcut (see ElementShortcut), from inside a callback or between writes. */
    setShortcut(shortcut) {
        this.shortcut = shortcut;
    }
    /** Open elements outside this parser's own: a fragment's enclosing ones not yet closed. */
    outerDepth() {
        return this.enclosing - this.outerCloses.length;
    }
    /** The elements still open at the end of a fragment, outermost first. */
    get openNames() {
        return this.names;
    }
    /**
     * Ends a fragment: true when it ended between two tokens (so the next fragment starts
     * where a sequential parse would be), false when a token runs across the boundary.
     */
    endFragment() {
        for (let i = 0; i < this.restLen; i++)
            if ((CLASS[this.work[i]] & SPACE) === 0)
                return false;
        return !this.textParts;
    }
    /**
     * Feeds the next bytes. The parser does not keep `chunk` after returning (callers may reuse
     * it): the unfinished token at its end is copied into a work buffer that is reused too.
     */
    write(chunk) {
        if (!this.started) {
            this.started = true;
            chunk = this.checkEncoding(chunk);
        }
        if (this.restLen > 0) {
            const need = this.restLen + chunk.length;
            if (need > this.work.length) {
                const grown = Buffer.allocUnsafe(Math.max(need, this.work.length * 2));
                this.work.copy(grown, 0, 0, this.restLen);
                this.work = grown;
            }
            chunk.copy(this.work, this.restLen);
            this.buf = this.work.subarray(0, need);
            this.inWork = true;
        }
        else {
            this.buf = chunk;
            this.inWork = false;
        }
        this.pos = 0;
        this.run(false);
        this.keepRest();
    }
    /** Moves the unfinished tail of the current bytes to the start of the work buffer. */
    keepRest() {
        const tail = this.buf.length - this.pos;
        if (tail > MAX_TOKEN_BYTES) {
            throw new XmlSyntaxError('a single tag, comment or text run is larger than 16 MiB; this does not look like a report', this.base + this.pos);
        }
        if (tail > 0) {
            if (this.inWork) {
                this.work.copyWithin(0, this.pos, this.buf.length);
            }
            else {
                if (this.work.length < tail)
                    this.work = Buffer.allocUnsafe(Math.max(tail, 64 * 1024));
                this.buf.copy(this.work, 0, this.pos, this.buf.length);
            }
        }
        this.base += this.pos;
        this.restLen = tail;
        this.buf = EMPTY;
        this.pos = 0;
    }
    end() {
        this.buf = this.work.subarray(0, this.restLen);
        this.inWork = true;
        this.pos = 0;
        this.run(true);
        if (this.pos < this.buf.length) {
            // Something incomplete is left over: a tag, comment or text that never finished.
            const at = this.base + this.pos;
            if (this.names.length > 0)
                this.throwTruncated();
            throw new XmlSyntaxError('the document ends in the middle of a tag (truncated)', at);
        }
        if (!this.rootSeen)
            throw new XmlSyntaxError('the document is empty: no root element', this.base + this.pos);
        if (this.names.length > 0)
            this.throwTruncated();
    }
    throwTruncated() {
        const name = this.names[this.names.length - 1];
        throw new XmlSyntaxError(`the document ends before <${name}> is closed (truncated)`, this.openedAt[this.openedAt.length - 1]);
    }
    checkEncoding(chunk) {
        if (chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
            throw new XmlSyntaxError('the document is UTF-16; save the report as UTF-8', 0);
        }
        if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
            this.base = 3;
            return chunk.subarray(3);
        }
        return chunk;
    }
    run(final) {
        const b = this.buf;
        const len = b.length;
        try {
            for (;;) {
                const start = this.pos;
                // White space between tags (newlines, indentation) is the most common text of a
                // report and is never reported: skip it here, without a call per run of it.
                let i = start;
                while (i < len && (CLASS[b[i]] & SPACE) !== 0)
                    i++;
                if (i >= len) {
                    if (final)
                        this.pos = len;
                    return; // else keep it: it may begin a text that continues in the next chunk
                }
                if (b[i] === LT) {
                    if (this.shortcut !== null && this.textParts === null) {
                        i = this.shortcut(b, i, len);
                        this.pos = i;
                        if (i >= len || b[i] !== LT)
                            continue;
                    }
                    this.pos = i;
                    this.markup(b, i, len);
                }
                else {
                    // Text runs to the next "<": wait for it, so that text (and any entity in it) is whole.
                    const lt = b.indexOf(LT, i);
                    if (lt < 0 && !final)
                        return;
                    this.characters(b, start, lt < 0 ? len : lt);
                }
            }
        }
        catch (e) {
            // A token runs past the buffered bytes: `pos` is still at its start, for the next chunk.
            if (e !== NEED_MORE)
                throw e;
        }
    }
    characters(b, start, end) {
        let hasAmp = false;
        let allSpace = true;
        for (let i = start; i < end; i++) {
            const c = b[i];
            if (c === AMP)
                hasAmp = true;
            else if (allSpace && !isSpace(c))
                allSpace = false;
            else if (c === GT && i >= 2 && b[i - 1] === RBRACKET && b[i - 2] === RBRACKET) {
                throw new XmlSyntaxError('"]]>" is not allowed in text', this.base + i - 2);
            }
        }
        if (this.names.length === 0 && this.outerDepth() === 0) {
            if (!allSpace) {
                const what = this.rootSeen ? 'after the root element' : 'before the root element';
                throw new XmlSyntaxError(`text is not allowed ${what}; is this an XML report?`, this.base + start);
            }
        }
        else if (this.handler.text && !allSpace) {
            const raw = b.toString('utf8', start, end);
            this.pushText(hasAmp ? decodeEntities(raw, this.base + start) : raw);
        }
        else if (hasAmp) {
            decodeEntities(b.toString('utf8', start, end), this.base + start); // validate only
        }
        this.pos = end;
    }
    pushText(t) {
        (this.textParts ??= []).push(t);
    }
    flushText() {
        if (this.textParts) {
            const t = this.textParts.join('');
            this.textParts = null;
            this.handler.text?.(t);
        }
    }
    markup(b, start, len) {
        if (start + 1 >= len)
            throw NEED_MORE;
        const c = b[start + 1];
        if (c === SLASH)
            return this.endTag(b, start, len);
        if (c === BANG)
            return this.bang(b, start, len);
        if (c === QUESTION)
            return this.processingInstruction(b, start);
        return this.startTag(b, start, len);
    }
    readName(b, from, len) {
        let i = from;
        while (i < len) {
            const k = CLASS[b[i]];
            if (k === 0) {
                i++;
                continue;
            }
            if (k & NAME_END)
                break;
            throw new XmlSyntaxError(`unexpected "${String.fromCharCode(b[i])}" in a name`, this.base + i);
        }
        if (i >= len)
            throw NEED_MORE;
        if (i === from)
            throw new XmlSyntaxError('a tag must start with a name', this.base + from);
        return i;
    }
    /** The bytes at `from` are `name` followed by the end of a name (white space, ">", "/"). */
    matchesName(b, from, name, len) {
        const end = from + name.length;
        if (end >= len || name.length === 0)
            return false;
        for (let k = 0; k < name.length; k++)
            if (b[from + k] !== name.charCodeAt(k))
                return false;
        return (CLASS[b[end]] & NAME_END) !== 0 && b[end] !== EQ;
    }
    /**
     * Tag names repeat endlessly in a report: look them up among the names already seen
     * (compared as bytes) instead of allocating a new string per tag.
     */
    nameString(b, s, e) {
        const len = e - s;
        const known = this.knownNames;
        outer: for (let n = 0; n < known.length; n++) {
            const name = known[n];
            if (name.length !== len)
                continue;
            for (let k = 0; k < len; k++)
                if (b[s + k] !== name.charCodeAt(k))
                    continue outer;
            return name;
        }
        const name = b.toString('utf8', s, e);
        // Only ASCII names can be compared char-by-byte; a document has a few dozen at most.
        if (name.length !== len)
            return name;
        if (known.length < 64)
            known.push(name);
        return name;
    }
    /** The id of an attribute name, for XmlAttributes#idAt (ASCII names; -1 when the table is full). */
    attributeId(name) {
        // ASCII only: a name's bytes in the document are then its characters.
        if (name.length === 0 || !/^[\x21-\x7e]+$/.test(name))
            return -1;
        const bytes = Buffer.from(name, 'latin1');
        return this.attributeIdOf(bytes, 0, bytes.length);
    }
    /** The id of the name in `b[s..e)`, interning it when there is room. */
    attributeIdOf(b, s, e) {
        const ids = this.attrNames;
        outer: for (let id = 0; id < ids.length; id++) {
            const name = ids[id];
            if (name.length !== e - s)
                continue;
            for (let k = 0; k < name.length; k++)
                if (b[s + k] !== name[k])
                    continue outer;
            return id;
        }
        if (ids.length >= MAX_ATTRIBUTE_IDS)
            return -1;
        ids.push(Uint8Array.prototype.slice.call(b, s, e));
        return ids.length - 1;
    }
    startTag(b, start, len) {
        if (this.rootClosed) {
            throw new XmlSyntaxError('a second root element follows the first; the report may be two files concatenated', this.base + start);
        }
        const name = this.tagName(b, start + 1, len);
        const end = this.readAttributes(b, this.at, len);
        this.reportStart(b, name, start, end);
    }
    /**
     * The tag's name; `at` is set to its end. Reports repeat the same element thousands of times
     * in a row (<line .../>): the previous tag's name is tried before scanning for one.
     */
    tagName(b, from, len) {
        let name = this.lastName;
        if (this.matchesName(b, from, name, len)) {
            this.at = from + name.length;
            return name;
        }
        const nameEnd = this.readName(b, from, len);
        name = this.nameString(b, from, nameEnd);
        this.lastName = name;
        this.at = nameEnd;
        return name;
    }
    /**
     * Reads the attributes from `i` to the end of the tag into `attrs`; returns the offset after
     * the tag and sets `selfClosing`.
     */
    readAttributes(b, i, len) {
        let count = 0;
        for (;;) {
            const ws = i;
            while (i < len && (CLASS[b[i]] & SPACE) !== 0)
                i++;
            if (i >= len)
                throw NEED_MORE;
            const c = b[i];
            if (c === GT) {
                this.selfClosing = false;
                this.attrs.count = count;
                return i + 1;
            }
            if (c === SLASH) {
                if (i + 1 >= len)
                    throw NEED_MORE;
                if (b[i + 1] !== GT)
                    throw new XmlSyntaxError('"/" in a tag must be followed by ">"', this.base + i);
                this.selfClosing = true;
                this.attrs.count = count;
                return i + 2;
            }
            if (i === ws)
                throw new XmlSyntaxError('attributes must be separated by white space', this.base + i);
            i = this.readAttribute(b, i, len, count++);
        }
    }
    /**
     * The name at `i` when it is the one the same position held in the previous tag (elements
     * of a report repeat their attributes in the same order): compared with its bytes, no scan
     * of byte classes and no lookup. Its end offset, or -1.
     */
    predictedName(b, i, len, position) {
        const id = position < this.predicted.length ? this.predicted[position] : -1;
        if (id < 0)
            return -1;
        const name = this.attrNames[id];
        const end = i + name.length;
        if (end >= len)
            return -1;
        for (let k = 0; k < name.length; k++)
            if (b[i + k] !== name[k])
                return -1;
        return (CLASS[b[end]] & NAME_END) !== 0 ? end : -1;
    }
    /** Reads `name="value"` at `i` as attribute `position`; returns the offset after it. */
    readAttribute(b, i, len, position) {
        const an = i;
        let anEnd = this.predictedName(b, i, len, position);
        let id;
        if (anEnd >= 0) {
            id = this.predicted[position];
        }
        else {
            anEnd = this.readName(b, i, len);
            id = this.attributeIdOf(b, an, anEnd);
            if (position < this.predicted.length)
                this.predicted[position] = id;
        }
        i = anEnd;
        // The usual form is name="value": test for it before the general white-space rules.
        if (b[i] !== EQ) {
            while (i < len && (CLASS[b[i]] & SPACE) !== 0)
                i++;
            if (i >= len)
                throw NEED_MORE;
            if (b[i] !== EQ)
                throw new XmlSyntaxError(`attribute "${b.toString('utf8', an, anEnd)}" has no value`, this.base + an);
        }
        i++;
        while (i < len && (CLASS[b[i]] & SPACE) !== 0)
            i++;
        if (i >= len)
            throw NEED_MORE;
        const q = b[i];
        if (q !== DQUOTE && q !== SQUOTE) {
            throw new XmlSyntaxError(`the value of attribute "${b.toString('utf8', an, anEnd)}" must be quoted`, this.base + i);
        }
        const vs = i + 1;
        let hasAmp = 0;
        let k = vs;
        for (; k < len; k++) {
            const v = b[k];
            if ((CLASS[v] & NAME_BAD) === 0)
                continue; // the common case: digits, letters, spaces
            if (v === q)
                break;
            if (v === AMP)
                hasAmp = 1;
            else if (v === LT)
                throw new XmlSyntaxError('"<" is not allowed in an attribute value', this.base + k);
        }
        if (k >= len)
            throw NEED_MORE;
        const attrs = this.attrs;
        const o = position * xml_stream_STRIDE;
        const spans = o + xml_stream_STRIDE > attrs.spans.length ? attrs.grow() : attrs.spans;
        spans[o + NAME_START] = an;
        spans[o + NAME_STOP] = anEnd;
        spans[o + VALUE_START] = vs;
        spans[o + VALUE_STOP] = k;
        spans[o + HAS_AMP] = hasAmp;
        spans[o + NAME_ID] = id;
        return k + 1;
    }
    /** The whole tag is here (`b[start..end)`): report it. */
    reportStart(b, name, start, end) {
        if (this.textParts)
            this.flushText();
        const attrs = this.attrs;
        attrs.buf = b;
        attrs.base = this.base;
        this.tagOffset = this.base + start;
        this.pos = end;
        this.rootSeen = true;
        if (this.selfClosing) {
            // Never on the stack: nothing can be nested in it.
            const depth = this.outerDepth() + this.names.length + 1;
            this.handler.open(name, attrs, true, depth);
            if (this.handler.close)
                this.handler.close(name, depth);
            if (depth === 1)
                this.rootClosed = true;
            return;
        }
        this.names.push(name);
        this.openedAt.push(this.base + start);
        this.handler.open(name, attrs, false, this.outerDepth() + this.names.length);
    }
    endTag(b, start, len) {
        const nameEnd = this.readName(b, start + 2, len);
        let i = nameEnd;
        while (i < len && isSpace(b[i]))
            i++;
        if (i >= len)
            throw NEED_MORE;
        if (b[i] !== GT)
            throw new XmlSyntaxError('an end tag must end with ">"', this.base + i);
        const name = this.nameString(b, start + 2, nameEnd);
        const open = this.names[this.names.length - 1];
        const outer = this.outerDepth();
        if (open === undefined && outer === 0) {
            throw new XmlSyntaxError(`</${name}> closes an element that was never opened`, this.base + start);
        }
        if (open !== undefined && open !== name) {
            throw new XmlSyntaxError(`</${name}> does not match the open element <${open}>`, this.base + start);
        }
        this.flushText();
        this.tagOffset = this.base + start;
        this.pos = i + 1;
        const depth = outer + this.names.length;
        if (open === undefined) {
            this.outerCloses.push(name); // a fragment closing an element opened before it: checked when the pieces are joined
        }
        else {
            this.names.pop();
            this.openedAt.pop();
        }
        this.handler.close?.(name, depth);
        if (depth === 1)
            this.rootClosed = true;
    }
    bang(b, start, len) {
        if (this.startsWith(b, start, len, '<!--')) {
            const end = b.indexOf('-->', start + 4, 'latin1');
            if (end < 0)
                throw NEED_MORE;
            if (end > start + 4 && b[end - 1] === HYPHEN) {
                throw new XmlSyntaxError('a comment must not end with "--->"', this.base + end - 1);
            }
            this.handler.comment?.(b.toString('utf8', start + 4, end));
            this.pos = end + 3;
            return;
        }
        if (this.startsWith(b, start, len, '<![CDATA[')) {
            if (this.names.length === 0 && this.outerDepth() === 0)
                throw new XmlSyntaxError('CDATA is not allowed outside the root element', this.base + start);
            const end = b.indexOf(']]>', start + 9, 'latin1');
            if (end < 0)
                throw NEED_MORE;
            if (this.handler.text)
                this.pushText(b.toString('utf8', start + 9, end));
            this.pos = end + 3;
            return;
        }
        if (this.startsWith(b, start, len, '<!DOCTYPE'))
            return this.doctype(b, start, len);
        throw new XmlSyntaxError('unknown markup after "<!"', this.base + start);
    }
    doctype(b, start, len) {
        if (this.rootSeen)
            throw new XmlSyntaxError('a DOCTYPE must come before the root element', this.base + start);
        let quote = 0;
        for (let i = start + 9; i < len; i++) {
            const c = b[i];
            if (quote) {
                if (c === quote)
                    quote = 0;
            }
            else if (c === DQUOTE || c === SQUOTE) {
                quote = c;
            }
            else if (c === LBRACKET) {
                throw new XmlSyntaxError('the DOCTYPE has an internal subset (where entities are declared); entities are never expanded, so such reports are refused: write the report without a DOCTYPE', this.base + i);
            }
            else if (c === GT) {
                this.pos = i + 1;
                return;
            }
        }
        throw NEED_MORE;
    }
    processingInstruction(b, start) {
        const end = b.indexOf('?>', start + 2, 'latin1');
        if (end < 0)
            throw NEED_MORE;
        const target = b.toString('latin1', start + 2, Math.min(end, start + 40)).split(/\s/, 1)[0] ?? '';
        if (target.toLowerCase() === 'xml') {
            if (this.base + start !== 0 && !(this.base === 3 && start === 0)) {
                throw new XmlSyntaxError('the XML declaration must be at the very start of the document', this.base + start);
            }
            const decl = b.toString('latin1', start, end);
            const enc = /encoding\s*=\s*["']([^"']+)["']/.exec(decl)?.[1];
            if (enc && !/^(utf-?8|us-ascii|ascii)$/i.test(enc)) {
                throw new XmlSyntaxError(`the document declares encoding "${enc}"; only UTF-8 reports are supported`, this.base + start);
            }
        }
        this.pos = end + 2;
    }
    startsWith(b, start, len, s) {
        const n = Math.min(s.length, len - start);
        for (let k = 0; k < n; k++)
            if (b[start + k] !== s.charCodeAt(k))
                return false;
        if (n < s.length)
            throw NEED_MORE;
        return true;
    }
}

;// CONCATENATED MODULE: ./packages/coverage/formats/cobertura-lines.ts
const cobertura_lines_LT = 0x3c;
const cobertura_lines_GT = 0x3e;
const cobertura_lines_SLASH = 0x2f;
const QUOTE = 0x22;
const cobertura_lines_AMP = 0x26;
const DIGIT_0 = 0x30;
/** Reads "50% (1/2)" from bytes; false when it is not of that form. */
function parseCondition(v, out) {
    const { buf, end } = v;
    // A loop, not Buffer#indexOf: the "(" is a few bytes in, and a native call per branching line costs more.
    let i = v.start;
    while (i < end && buf[i] !== 0x28)
        i++; // (
    if (i >= end)
        return false;
    i++;
    let covered = 0;
    let digits = 0;
    for (; i < end && buf[i] >= DIGIT_0 && buf[i] <= DIGIT_0 + 9; i++, digits++)
        covered = covered * 10 + buf[i] - DIGIT_0;
    if (!digits || buf[i] !== 0x2f)
        return false; // /
    i++;
    let total = 0;
    digits = 0;
    for (; i < end && buf[i] >= DIGIT_0 && buf[i] <= DIGIT_0 + 9; i++, digits++)
        total = total * 10 + buf[i] - DIGIT_0;
    if (!digits || buf[i] !== 0x29)
        return false; // )
    out.covered = covered;
    out.total = total;
    return true;
}
/**
 * Reads coverage.py's `missing-branches="24,exit"` (arc destinations; "exit" leaves the code
 * object and is stored as -1) into `ids`; returns the count, or -1 when malformed.
 */
function parseArcIds(v, ids) {
    const { buf, end } = v;
    let n = 0;
    let i = v.start;
    while (i < end) {
        while (i < end && (buf[i] === 0x20 || buf[i] === 0x2c))
            i++;
        if (i >= end)
            break;
        if (n === ids.length)
            return -1;
        if (buf[i] === 0x65 /* e */) {
            if (end - i < 4 || buf[i + 1] !== 0x78 || buf[i + 2] !== 0x69 || buf[i + 3] !== 0x74)
                return -1;
            ids[n++] = -1;
            i += 4;
            continue;
        }
        let value = 0;
        let digits = 0;
        for (; i < end && buf[i] >= DIGIT_0 && buf[i] <= DIGIT_0 + 9; i++, digits++)
            value = value * 10 + buf[i] - DIGIT_0;
        if (!digits)
            return -1;
        ids[n++] = value;
    }
    return n;
}
/**
 * A branching line's branches. `missingCount` is how many ids missing-branches gave (-1: the
 * attribute was malformed, null: absent). The ids identify the branches (so two runs merge
 * exactly) only when they account for every branch not taken.
 */
function addBranchLine(batch, line, covered, total, ids, missingCount) {
    let count = missingCount ?? (covered === total ? 0 : -1); // nothing missing: identities do not matter
    if (count !== total - covered)
        count = -1;
    if (count < 0)
        batch.addBranches(line, total, covered, 'none');
    else
        batch.addBranches(line, total, covered, 'arc', ids, count);
}
/**
 * A fixed run of ASCII bytes, compared four at a time: most of a line's bytes are these
 * attribute names, and one 32-bit load per four bytes is what makes the shortcut fast.
 */
class Literal {
    length;
    words;
    tail;
    constructor(text) {
        const bytes = Buffer.from(text, 'latin1');
        this.length = bytes.length;
        const whole = bytes.length >> 2;
        this.words = new Uint32Array(whole);
        for (let w = 0; w < whole; w++)
            this.words[w] = bytes.readUInt32LE(w * 4);
        this.tail = Uint8Array.from(bytes.subarray(whole * 4));
    }
    /** Whether the literal is at `i` of the bytes `view` sees, all of it before `len`. */
    at(view, i, len) {
        if (i + this.length > len)
            return false;
        const words = this.words;
        for (let w = 0; w < words.length; w++)
            if (view.getUint32(i + w * 4, true) !== words[w])
                return false;
        const t = i + words.length * 4;
        for (let k = 0; k < this.tail.length; k++)
            if (view.getUint8(t + k) !== this.tail[k])
                return false;
        return true;
    }
}
const word = (text) => Buffer.from(text, 'latin1').readUInt32LE(0);
// `<line number="` and `" hits="`, which every line has, compared word by word with no loop.
const LINE_NUMBER = ['<lin', 'e nu', 'mber'].map(word);
const LINE_NUMBER_END = Buffer.from('="', 'latin1').readUInt16LE(0);
const LINE_NUMBER_LENGTH = 14;
const HITS = ['" hi', 'ts="'].map(word);
const HITS_LENGTH = 8;
const BRANCH_FALSE = new Literal(' branch="false"');
const CONDITION = new Literal(' branch="true" condition-coverage="');
const MISSING = new Literal(' missing-branches="');
/** Digits that fit exact integer arithmetic; longer values go the general way. */
const MAX_NUMBER_DIGITS = 9;
const MAX_HITS_DIGITS = 15;
/** XML's white space, by byte: one load instead of four comparisons (the indentation between lines). */
const cobertura_lines_SPACE = new Uint8Array(256);
for (const c of [0x20, 0x0a, 0x09, 0x0d])
    cobertura_lines_SPACE[c] = 1;
function cobertura_lines_isSpace(c) {
    return cobertura_lines_SPACE[c] === 1;
}
/** The closing quote of a value starting at `i`, or -1 (cut off, or written with "&" or "<"). */
function valueEnd(b, i, len) {
    for (; i < len; i++) {
        const c = b[i];
        if (c === QUOTE)
            return i;
        if (c === cobertura_lines_AMP || c === cobertura_lines_LT)
            return -1;
    }
    return -1;
}
/** The shortcut through a class's lines, feeding the handler's batch. */
class PlainLineScanner {
    batch;
    condition = { covered: 0, total: 0 };
    value = { buf: new Uint8Array(0), start: 0, end: 0 };
    ids = new Int32Array(64);
    /** Where the line being read ends, set by readLine. */
    end = 0;
    constructor(batch) {
        this.batch = batch;
    }
    /** Reads lines from `at` (a "<"); returns where the tokenizer goes on (see ElementShortcut). */
    scan = (b, at, len) => {
        const view = new DataView(b.buffer, b.byteOffset, b.length);
        let i = at;
        for (;;) {
            if (!this.readLine(b, view, i, len))
                return i;
            const done = this.end;
            // The white space before the next element, only if a "<" follows it here.
            i = done;
            while (i < len && cobertura_lines_isSpace(b[i]))
                i++;
            if (i >= len || b[i] !== cobertura_lines_LT)
                return done;
        }
    };
    /** One line at `i` in a known form: added to the batch, `end` set after it; false to leave it. */
    readLine(b, view, i, len) {
        if (!this.lineStartAt(view, i, len))
            return false;
        let k = this.digits(b, i + LINE_NUMBER_LENGTH, len, MAX_NUMBER_DIGITS);
        const number = this.digitsValue;
        if (k < 0 || number === 0)
            return false;
        if (k + HITS_LENGTH > len || view.getUint32(k, true) !== HITS[0] || view.getUint32(k + 4, true) !== HITS[1])
            return false;
        k = this.digits(b, k + HITS_LENGTH, len, MAX_HITS_DIGITS);
        const hits = this.digitsValue;
        if (k < 0 || k >= len || b[k] !== QUOTE)
            return false;
        k++;
        let missingCount; // undefined: not a branching line
        if (b[k] === cobertura_lines_SLASH) {
            // The usual end, "/>": no attribute to look for.
        }
        else if (BRANCH_FALSE.at(view, k, len))
            k += BRANCH_FALSE.length;
        else if (CONDITION.at(view, k, len)) {
            k = this.readBranches(b, view, k + CONDITION.length, len);
            if (k < 0)
                return false;
            missingCount = this.missingCount;
        }
        while (k < len && cobertura_lines_isSpace(b[k]))
            k++;
        if (k + 1 >= len || b[k] !== cobertura_lines_SLASH || b[k + 1] !== cobertura_lines_GT)
            return false;
        this.batch.addLine(number, hits);
        if (missingCount !== undefined) {
            const { covered, total } = this.condition;
            addBranchLine(this.batch, number, covered, total, this.ids, missingCount);
        }
        this.end = k + 2;
        return true;
    }
    /** Whether `<line number="` is at `i`. */
    lineStartAt(view, i, len) {
        return (i + LINE_NUMBER_LENGTH <= len &&
            view.getUint32(i, true) === LINE_NUMBER[0] &&
            view.getUint32(i + 4, true) === LINE_NUMBER[1] &&
            view.getUint32(i + 8, true) === LINE_NUMBER[2] &&
            view.getUint16(i + 12, true) === LINE_NUMBER_END);
    }
    /** The number digits() read last. */
    digitsValue = 0;
    /** 1 to `max` decimal digits at `k`, their number into `digitsValue`; the offset after them, or -1. */
    digits(b, k, len, max) {
        let value = 0;
        const start = k;
        for (; k < len && k - start <= max; k++) {
            const d = b[k] - DIGIT_0;
            if (d < 0 || d > 9)
                break;
            value = value * 10 + d;
        }
        if (k === start || k - start > max)
            return -1;
        this.digitsValue = value;
        return k;
    }
    /** What readBranches found in missing-branches (see addBranchLine). */
    missingCount = null;
    /**
     * condition-coverage's value from `k` and an optional missing-branches after it, into
     * `condition`, `ids` and `missingCount`; the offset after them, or -1 to leave the line.
     */
    readBranches(b, view, k, len) {
        const value = this.value;
        const end = valueEnd(b, k, len);
        if (end < 0)
            return -1;
        value.buf = b;
        value.start = k;
        value.end = end;
        const c = this.condition;
        // A malformed or impossible condition is the general path's to read or report.
        if (!parseCondition(value, c) || c.total === 0 || c.covered > c.total)
            return -1;
        k = end + 1;
        this.missingCount = null;
        if (!MISSING.at(view, k, len))
            return k;
        k += MISSING.length;
        const missingEnd = valueEnd(b, k, len);
        if (missingEnd < 0)
            return -1;
        value.start = k;
        value.end = missingEnd;
        this.missingCount = parseArcIds(value, this.ids);
        return missingEnd + 1;
    }
}

;// CONCATENATED MODULE: ./packages/coverage/formats/cobertura.ts
/**
 * Cobertura XML (coverage.py / pytest-cov, Istanbul/c8, and other writers), stream-parsed.
 *
 * Only `<class>` lines count; the `<method>` lines some writers add repeat them. A branching
 * line carries `condition-coverage="50% (1/2)"`; coverage.py adds `missing-branches="7,exit"`
 * (the destinations not taken), which lets two runs of the same code merge exactly.
 */





const cobertura_CONDITION = /^\s*(\d+(?:\.\d+)?)%\s*\(\s*(\d+)\s*\/\s*(\d+)\s*\)\s*$/;
const RATE_ELEMENTS = new Set(['coverage', 'package', 'class']);
/** The elements enclosing a <class> in Cobertura: coverage, packages, package, classes. */
const cobertura_CLASS_DEPTH = 4;
/**
 * The Cobertura handler of the tokenizer's events: builds the files' coverage one <class> at
 * a time. Its state is what a streaming read needs: the file being read, whether inside a
 * <method> (whose lines repeat the class's) or a <source>.
 */
class CoberturaHandler {
    file;
    files = new Map();
    sources = [];
    producer;
    convention = 'unknown';
    current;
    methodDepth = 0;
    inSource = false;
    rootVersion;
    sourceText = '';
    parser;
    // Attribute name ids of <line> (XmlStreamParser#attributeId): compared as numbers per line.
    numberId = -2;
    hitsId = -2;
    branchId = -2;
    conditionId = -2;
    missingId = -2;
    // Reused for every line: parsed straight from the attribute bytes (the hot path of a large
    // report), with the string path kept for error messages.
    line = { number: 0, hits: 0, branch: false, conditionAt: -1, missingAt: -1 };
    raw = { buf: Buffer.alloc(0), start: 0, end: 0 };
    condition = { covered: 0, total: 0 };
    arcIds = new Int32Array(64);
    /** One <class> at a time is collected here, then loaded into its file in one go. */
    batch = new CoverageBatch();
    scanner = new PlainLineScanner(this.batch);
    /**
     * Set on the tokenizer inside a class's <lines>: lines in a known form are read there without
     * the general path. Like onLine, only a class's own lines, never a method's (they repeat them),
     * even where a report nests one inside the other.
     */
    plainLines = (b, at, len) => this.current && this.methodDepth === 0 ? this.scanner.scan(b, at, len) : at;
    constructor(file) {
        this.file = file;
    }
    /** The tokenizer feeding this handler: for the offset of errors, and the attribute ids. */
    attach(parser) {
        this.parser = parser;
        this.numberId = parser.attributeId('number');
        this.hitsId = parser.attributeId('hits');
        this.branchId = parser.attributeId('branch');
        this.conditionId = parser.attributeId('condition-coverage');
        this.missingId = parser.attributeId('missing-branches');
    }
    fail(message, fix) {
        throw new ReportError(message, { file: this.file, offset: this.parser?.tagOffset }, fix);
    }
    comment(text) {
        const m = /Generated by coverage\.py[^\d]*?([\d.]+)?/.exec(text) ?? /coverage\.readthedocs\.io\/en\/([\d.]+)/.exec(text);
        if (m) {
            this.producer = `coverage.py${m[1] ? ` ${m[1]}` : ''}`;
            this.convention = 'coveragepy';
        }
    }
    open(name, attrs, _selfClosing, depth) {
        if (name === 'line') {
            // By far the most frequent element: nothing else to check for it.
            if (this.current && this.methodDepth === 0)
                this.onLine(attrs);
            return;
        }
        if (depth === 1)
            this.openRoot(name, attrs);
        if (RATE_ELEMENTS.has(name)) {
            this.checkRate(name, attrs, 'line-rate');
            this.checkRate(name, attrs, 'branch-rate');
        }
        switch (name) {
            case 'source':
                this.inSource = true;
                this.sourceText = '';
                break;
            case 'class':
                this.openClass(attrs);
                break;
            case 'method':
                this.methodDepth++;
                break;
            case 'lines':
                if (this.current && this.methodDepth === 0)
                    this.parser?.setShortcut(this.plainLines);
                break;
        }
    }
    close(name) {
        if (name === 'line')
            return;
        if (name === 'source') {
            this.inSource = false;
            this.sources.push(this.sourceText.trim());
        }
        else if (name === 'class') {
            this.current?.load(this.batch);
            this.batch.reset();
            this.current = undefined;
        }
        else if (name === 'method') {
            this.methodDepth--;
        }
        else if (name === 'lines') {
            this.parser?.setShortcut(null);
        }
    }
    text(t) {
        if (this.inSource)
            this.sourceText += t;
    }
    report() {
        // coverage.py signs its report in a comment; the version is on the root element.
        if (this.convention === 'coveragepy' && this.producer === 'coverage.py' && this.rootVersion)
            this.producer = `coverage.py ${this.rootVersion}`;
        const { file, producer, convention, sources, files } = this;
        return { file, format: 'cobertura', producer, convention, sources, files };
    }
    openRoot(name, attrs) {
        if (name !== 'coverage') {
            const junit = name === 'testsuites' || name === 'testsuite';
            this.fail(junit ? 'this is a JUnit test report, not a coverage report' : `the root element is <${name}>, not Cobertura's <coverage>`, junit ? 'Pass it in `test-results` instead of `coverage-files`.' : 'Pass a Cobertura, LCOV, coverage.py JSON or Istanbul JSON report.');
        }
        const version = attrs.get('version');
        this.rootVersion = version;
        if (this.convention === 'unknown' && version === '0.1' && attrs.has('lines-valid')) {
            // Istanbul's cobertura writer: version="0.1" and its own DOCTYPE.
            this.producer = 'istanbul';
            this.convention = 'istanbul';
        }
    }
    openClass(attrs) {
        const filename = attrs.get('filename');
        if (filename === undefined || filename.trim() === '')
            this.fail('<class> has no filename attribute');
        const key = filename.trim();
        let current = this.files.get(key);
        if (!current) {
            current = new file_coverage_FileCoverage(key);
            this.files.set(key, current);
        }
        this.current = current;
        this.batch.reset();
    }
    checkRate(name, attrs, rate) {
        const raw = attrs.get(rate);
        if (raw === undefined)
            return;
        const v = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(v) || v < 0 || v > 1) {
            this.fail(`<${name} ${rate}="${raw}">: a rate must be a number from 0 to 1`, 'Regenerate the report; it looks corrupted.');
        }
    }
    /** A <line> of the current class: its statement, and its branches when it has some. */
    onLine(attrs) {
        const line = this.readLine(attrs);
        const number = line.number;
        if (!(number >= 1))
            this.fail(`<line number="${attrs.get('number') ?? ''}">: a line number must be a whole number from 1`);
        if (number > MAX_LINE_NUMBER)
            this.fail(`<line number="${attrs.get('number') ?? ''}">: ${lineNumberProblem(number)}`);
        if (!(line.hits >= 0))
            this.fail(`<line number="${number}" hits="${attrs.get('hits') ?? ''}">: hits must be a whole number`);
        this.batch.addLine(number, line.hits);
        if (line.branch && line.conditionAt >= 0)
            this.addBranches(attrs, line);
    }
    /** One pass over the attributes, comparing name ids (this runs for every line of every file). */
    readLine(attrs) {
        const line = this.line;
        line.number = Number.NaN;
        line.hits = Number.NaN;
        line.branch = false;
        line.conditionAt = -1;
        line.missingAt = -1;
        for (let i = 0; i < attrs.count; i++) {
            const id = attrs.idAt(i);
            if (id === this.numberId)
                line.number = attrs.uintAt(i);
            else if (id === this.hitsId)
                line.hits = attrs.uintAt(i);
            else if (id === this.branchId)
                line.branch = attrs.equalsAt(i, 'true');
            else if (id === this.conditionId)
                line.conditionAt = i;
            else if (id === this.missingId)
                line.missingAt = i;
        }
        return line;
    }
    /** A branching line: "covered/total" from condition-coverage, identities from missing-branches. */
    addBranches(attrs, line) {
        const { covered, total } = this.readCondition(attrs, line.number, line.conditionAt);
        let missingCount = null;
        if (line.missingAt >= 0)
            missingCount = attrs.rawAt(line.missingAt, this.raw) ? parseArcIds(this.raw, this.arcIds) : -1;
        addBranchLine(this.batch, line.number, covered, total, this.arcIds, missingCount);
    }
    readCondition(attrs, number, at) {
        const condition = this.condition;
        if (!attrs.rawAt(at, this.raw) || !parseCondition(this.raw, condition)) {
            const cond = attrs.valueAt(at);
            const m = cobertura_CONDITION.exec(cond);
            if (!m)
                this.fail(`<line number="${number}" condition-coverage="${cond}">: expected the form "50% (1/2)"`);
            condition.covered = Number(m[2]);
            condition.total = Number(m[3]);
        }
        if (condition.total === 0 || condition.covered > condition.total) {
            this.fail(`<line number="${number}" condition-coverage="${attrs.valueAt(at)}">: covered branches must be between 0 and the total, and the total above 0`);
        }
        return condition;
    }
}
/** Turns the tokenizer's syntax errors into report errors (with the file and the offset). */
function asReportError(file, fn) {
    try {
        return fn();
    }
    catch (e) {
        if (e instanceof XmlSyntaxError)
            throw new ReportError(e.message, { file, offset: e.offset }, xmlFix(e.message));
        throw e;
    }
}
/**
 * `fragment`: parse a piece of the report starting at a <class> tag at byte `offset`
 * (see parallel-cobertura.ts); its elements are assumed nested in CLASS_DEPTH others.
 */
function cobertura_createCoberturaParser(file, fragment) {
    const handler = new CoberturaHandler(file);
    const parser = new XmlStreamParser(handler, fragment && { enclosing: cobertura_CLASS_DEPTH, offset: fragment.offset });
    handler.attach(parser);
    return {
        write(chunk) {
            asReportError(file, () => parser.write(chunk));
        },
        end() {
            asReportError(file, () => parser.end());
            return handler.report();
        },
        endFragment() {
            const between = parser.endFragment();
            return {
                report: handler.report(),
                complete: between && handler.current === undefined && handler.methodDepth === 0 && !handler.inSource,
                openNames: [...parser.openNames],
                outerCloses: [...parser.outerCloses],
            };
        },
    };
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/core/read-chunks.ts
/**
 * Reads a file (or the byte range [start, end) of it) in fixed-size chunks into two reused
 * buffers: the next chunk is read while the current one is processed, and nothing is
 * allocated per chunk (a read stream allocates a fresh buffer each time, which piles up
 * until the next GC). `onChunk` must not keep the chunk after it returns; copy what you need.
 *
 * A file that fits in one chunk (a regular file: its size is known) is read in one go with
 * blocking calls into a buffer shared by all such reads: 100,000 small reports through the
 * asynchronous path cost five thread-pool round trips and two 1 MB buffers each, which made
 * them minutes of waiting and garbage collection instead of seconds.
 */


const CHUNK_BYTES = 1 << 20;
/** The buffer small files are read into, one at a time (reads of small files never overlap: they are synchronous). */
let smallBuffer = null;
/** Reads a small regular file whole; false when it is not one (then the caller streams it). */
function readSmall(path, onChunk, chunkBytes, start, end) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        const want = Math.min(stat.size, end) - start;
        if (!stat.isFile() || want > chunkBytes)
            return false;
        if (want <= 0)
            return true;
        if (!smallBuffer || smallBuffer.length < want)
            smallBuffer = Buffer.allocUnsafe(Math.max(want, 64 * 1024));
        let got = 0;
        for (let n = 1; got < want && n > 0; got += n)
            n = (0,external_node_fs_namespaceObject.readSync)(fd, smallBuffer, got, want - got, start + got);
        if (got > 0)
            onChunk(smallBuffer.subarray(0, got));
        return true;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
async function read_chunks_forEachChunk(path, onChunk, chunkBytes = CHUNK_BYTES, start = 0, end = Number.POSITIVE_INFINITY) {
    if (readSmall(path, onChunk, chunkBytes, start, end))
        return;
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        let current = Buffer.allocUnsafe(chunkBytes);
        let spare = Buffer.allocUnsafe(chunkBytes);
        let position = start;
        const readAt = (into, at) => handle.read(into, 0, Math.max(0, Math.min(chunkBytes, end - at)), at);
        let reading = readAt(current, position);
        for (;;) {
            const { bytesRead } = await reading;
            if (bytesRead === 0)
                return;
            position += bytesRead;
            reading = readAt(spare, position);
            try {
                onChunk(current.subarray(0, bytesRead));
            }
            catch (e) {
                await reading.catch(() => undefined); // do not leave a read in flight on a closed handle
                throw e;
            }
            [current, spare] = [spare, current];
        }
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./packages/coverage/parallel-cobertura.ts
/**
 * Parses a large Cobertura report in pieces on several threads.
 *
 * The report is cut just before `<class` tags near equal offsets. The first piece is parsed
 * here as the start of the document; every other piece in a worker, as a fragment assumed to
 * start between classes, inside <coverage><packages><package><classes>. The assumption is then
 * checked: each piece must have ended between two tokens and outside any class, and the end
 * tags a piece met for elements opened before it must close, in order, what the pieces before
 * left open; at the end nothing may be left open. If anything does not fit (a cut inside a
 * comment, an unusual layout) or a piece finds an error, the caller parses the whole report
 * sequentially, which reports the first error with its true position.
 */




/** Parses bytes [start, end) of the report as a fragment. Never throws: errors are outcomes. */
async function parseCoberturaFragment(task) {
    try {
        const parser = cobertura_createCoberturaParser(task.display, { offset: task.start });
        await read_chunks_forEachChunk(task.path, (chunk) => parser.write(chunk), undefined, task.start, task.end);
        const end = parser.endFragment();
        return { ok: true, complete: end.complete, openNames: end.openNames, outerCloses: end.outerCloses, files: [...end.report.files.values()].map((f) => f.toData()) };
    }
    catch (e) {
        return { ok: false, reason: e.message };
    }
}
/** The buffers behind an outcome's arrays, to transfer them instead of copying. */
function transferListOf(outcome) {
    if (!outcome.ok)
        return [];
    const buffers = new Set();
    for (const f of outcome.files) {
        for (const a of [f.measured, f.covered, f.slots, f.miss])
            if (a && a.buffer instanceof ArrayBuffer)
                buffers.add(a.buffer);
    }
    return [...buffers];
}
const WINDOW = (/* unused pure expression or super */ null && (256 * 1024));
const CLASS_TAG = Buffer.from('<class');
/**
 * Offsets of `<class` tags near size*k/parts, each preceded by only white space since the
 * previous ">", so that the cut is between two tags (verified again after parsing).
 */
async function findCuts(path, size, parts) {
    const handle = await open(path, 'r');
    const cuts = [];
    try {
        const window = Buffer.allocUnsafe(WINDOW);
        for (let k = 1; k < parts; k++) {
            const target = Math.floor((size * k) / parts);
            const { bytesRead } = await handle.read(window, 0, WINDOW, target);
            const view = window.subarray(0, bytesRead);
            for (let at = view.indexOf(CLASS_TAG); at >= 0; at = view.indexOf(CLASS_TAG, at + 1)) {
                const next = view[at + CLASS_TAG.length];
                if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d)
                    continue;
                let back = at - 1;
                while (back >= 0 && (view[back] === 0x20 || view[back] === 0x09 || view[back] === 0x0a || view[back] === 0x0d))
                    back--;
                if (back < 0 || view[back] !== 0x3e)
                    continue;
                const cut = target + at;
                if (cut > (cuts[cuts.length - 1] ?? 0))
                    cuts.push(cut);
                break;
            }
        }
    }
    finally {
        await handle.close();
    }
    return cuts;
}
/** Whether the pieces fit together as one well-formed document. */
function piecesFit(first, rest) {
    if (!first.complete)
        return false;
    const stack = [...first.openNames];
    for (const piece of rest) {
        if (!piece.ok || !piece.complete)
            return false;
        if (stack.length !== CLASS_DEPTH)
            return false; // each piece was parsed assuming this depth
        for (const name of piece.outerCloses)
            if (stack.pop() !== name)
                return false;
        stack.push(...piece.openNames);
    }
    return stack.length === 0;
}
/**
 * Parses the report in `cuts.length + 1` pieces, or returns undefined when it cannot be done
 * that way (then parse it sequentially). Errors in the first piece are the report's own and
 * are thrown, as a sequential parse would.
 */
async function parseCoberturaInPieces(path, display, size, parts, run) {
    const cuts = await findCuts(path, size, parts);
    if (cuts.length === 0)
        return undefined;
    const bounds = [...cuts, size];
    const others = cuts.map((start, k) => run({ path, display, start, end: bounds[k + 1] }));
    const firstParser = createCoberturaParser(display);
    let first;
    try {
        await forEachChunk(path, (chunk) => firstParser.write(chunk), undefined, 0, cuts[0]);
        first = firstParser.endFragment();
    }
    finally {
        await Promise.all(others); // never leave workers running behind a thrown error
    }
    const rest = await Promise.all(others);
    if (!piecesFit(first, rest))
        return undefined;
    const report = first.report;
    for (const piece of rest) {
        if (!piece.ok)
            return undefined;
        for (const data of piece.files) {
            const fc = FileCoverage.fromData(data);
            const existing = report.files.get(fc.path);
            if (existing)
                existing.mergeFrom(fc);
            else
                report.files.set(fc.path, fc);
        }
    }
    report.pieces = rest.length + 1;
    return report;
}


/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
