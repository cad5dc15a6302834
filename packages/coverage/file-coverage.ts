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
import { Arena } from './arena.js';

export type BranchIdKind = 'arc' | 'lcov' | 'lcov-dest' | 'istanbul' | 'none';

/**
 * Whether two files' branch data can be merged line by line. Cobertura's lines (`arc`, or
 * `none` without identities) are the lines holding the branch; coverage.py's LCOV (`lcov-dest`)
 * files its branches under the destination line; LCOV and Istanbul ids live in their own spaces.
 */
export function branchKindsCompatible(a: BranchIdKind | null, b: BranchIdKind | null): boolean {
  if (a === null || b === null || a === b) return true;
  const cobertura = (k: BranchIdKind) => k === 'arc' || k === 'none';
  return cobertura(a) && cobertura(b);
}

const POPCOUNT = new Uint8Array(256);
for (let i = 1; i < 256; i++) POPCOUNT[i] = (i & 1) + POPCOUNT[i >> 1]!;

/**
 * The largest line number a report may give: line numbers are kept in int32 slots, and no
 * source file has two billion lines. Parsers refuse a larger one with the file and place.
 */
export const MAX_LINE_NUMBER = 2 ** 31 - 1;

/** What a parser says about a line number it read; null when it is one. */
export function lineNumberProblem(line: number): string | null {
  if (!Number.isInteger(line) || line < 0) return 'a line number must be a whole number';
  if (line > MAX_LINE_NUMBER) return `line number ${line} is beyond any source file (at most ${MAX_LINE_NUMBER})`;
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
  bits: Uint8Array = new Uint8Array(8);
  far: number[] = [];
  /** Lines recorded (with repeats): the budget for the dense part. */
  private records = 0;

  set(line: number): void {
    this.records++;
    const byte = line >>> 3;
    if (byte >= this.bits.length) {
      if (byte + 1 > DENSE_SLACK_BYTES + DENSE_BYTES_PER_LINE * this.records) return this.putFar(line);
      let size = this.bits.length * 2;
      while (size <= byte) size *= 2;
      this.growTo(size);
    }
    this.bits[byte]! |= 1 << (line & 7);
  }

  /** Sets a line wherever it belongs, without the growth budget (lines another bitset already holds). */
  private put(line: number): void {
    const byte = line >>> 3;
    if (byte < this.bits.length) this.bits[byte]! |= 1 << (line & 7);
    else this.putFar(line);
  }

  private putFar(line: number): void {
    const far = this.far;
    if (far.length === 0 || line > far[far.length - 1]!) return void far.push(line);
    const at = lowerBound(far, line);
    if (far[at] !== line) far.splice(at, 0, line);
  }

  /** Widens the dense part to `size` bytes, moving the far lines it now covers into it. */
  private growTo(size: number): void {
    const next = new Uint8Array(size);
    next.set(this.bits);
    this.bits = next;
    const limit = size * 8;
    let moved = 0;
    while (moved < this.far.length && this.far[moved]! < limit) {
      const line = this.far[moved++]!;
      next[line >>> 3]! |= 1 << (line & 7);
    }
    if (moved) this.far.splice(0, moved);
  }

  has(line: number): boolean {
    const byte = line >>> 3;
    if (byte < this.bits.length) return (this.bits[byte]! & (1 << (line & 7))) !== 0;
    const at = lowerBound(this.far, line);
    return this.far[at] === line;
  }

  orWith(other: LineBits): void {
    if (other.bits.length > this.bits.length) this.growTo(other.bits.length);
    const o = other.bits;
    for (let i = 0; i < o.length; i++) this.bits[i]! |= o[i]!;
    for (const line of other.far) this.put(line);
    this.records += other.records;
  }

  count(): number {
    let n = this.far.length;
    for (const b of this.bits) n += POPCOUNT[b]!;
    return n;
  }

  /** Count of lines set in both. */
  countAnd(other: LineBits): number {
    let n = 0;
    const len = Math.min(this.bits.length, other.bits.length);
    for (let i = 0; i < len; i++) n += POPCOUNT[this.bits[i]! & other.bits[i]!]!;
    // Lines dense here and far there; then lines far here (dense or far there).
    const limit = this.bits.length * 8;
    for (const line of other.far) if (line < limit && this.has(line)) n++;
    for (const line of this.far) if (other.has(line)) n++;
    return n;
  }

  /** Lines set here but not in `other` (all lines when other is undefined), in order. */
  *minus(other?: LineBits): Generator<number> {
    const shared = other ? Math.min(other.bits.length, this.bits.length) : 0;
    for (let i = 0; i < this.bits.length; i++) {
      const b = this.bits[i]! & ~(other && i < shared ? other.bits[i]! : 0);
      if (b === 0) continue;
      for (let k = 0; k < 8; k++) {
        if (!(b & (1 << k))) continue;
        const line = i * 8 + k;
        if (other && i >= shared && other.has(line)) continue;
        yield line;
      }
    }
    for (const line of this.far) if (!other?.has(line)) yield line;
  }

  /** True when no bit was ever set (the array is still the initial one). */
  get pristine(): boolean {
    return this.bits.length === 8 && this.far.length === 0 && this.bits.every((b) => b === 0);
  }

  /** Whether a dense part up to `maxLine` fits the budget of `lines` lines. */
  static denseFits(maxLine: number, lines: number): boolean {
    return (maxLine >>> 3) + 1 <= DENSE_SLACK_BYTES + DENSE_BYTES_PER_LINE * lines;
  }

  /** Replaces an empty bitset by one sized for lines up to `maxLine` (within the budget: see denseFits). */
  sizeFor(maxLine: number, arena: Arena): void {
    this.bits = arena.uint8((maxLine >>> 3) + 1);
  }

  /** Gives back the slack of growth by doubling, when it is most of the array. */
  compact(): void {
    let end = this.bits.length;
    while (end > 0 && this.bits[end - 1] === 0) end--;
    if (end < this.bits.length / 2) this.bits = this.bits.slice(0, Math.max(end, 1));
  }

  /** For a worker thread's FileCoverageData. */
  static from(bits: Uint8Array, far: readonly number[] | null): LineBits {
    const b = new LineBits();
    b.bits = bits;
    b.far = far ? [...far] : [];
    return b;
  }
}

/** The first index of `sorted` whose value is >= `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Growable int32 array. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    let size = Math.max(8, this.data.length * 2);
    while (size < this.length + extra) size *= 2;
    const next = new Int32Array(size);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  push(v: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = v;
  }
  compact(): void {
    if (this.length < this.data.length / 2) this.data = this.data.slice(0, this.length);
  }
  static copyOf(source: Int32Array, length: number, arena: Arena): IntList {
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

export interface BranchLine {
  line: number;
  total: number;
  covered: number;
  /** Identities of the branches not taken (empty when all taken); undefined when unknown. */
  missing: number[] | undefined;
}

export interface FileTotals {
  statements: number;
  coveredStatements: number;
  branches: number;
  coveredBranches: number;
}

/**
 * Scratch for parsers: collects one file's lines and branches as they stream by, then
 * `FileCoverage#load` copies them into exact-size arrays. Reused from file to file, so a
 * large report leaves no trail of outgrown arrays for the garbage collector.
 */
export class CoverageBatch {
  /** Where the files' final arrays come from: one per parsed report. */
  readonly arena = new Arena();
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
  kinds = new Set<BranchIdKind>();
  private lastKind: BranchIdKind | null = null;

  reset(): void {
    this.lastKind = null;
    this.lineCount = 0;
    this.maxLine = 0;
    this.slotInts = 0;
    this.sorted = true;
    this.missCount = 0;
    this.kinds.clear();
  }

  addLine(line: number, hits: number): void {
    if (this.lineCount === this.lines.length) {
      this.lines = grow(this.lines, this.lineCount + 1);
      const h = new Uint8Array(this.lines.length);
      h.set(this.hits);
      this.hits = h;
    }
    this.lines[this.lineCount] = line;
    this.hits[this.lineCount++] = hits > 0 ? 1 : 0;
    if (line > this.maxLine) this.maxLine = line;
  }

  addBranches(line: number, total: number, covered: number, kind: BranchIdKind, missing?: ArrayLike<number>, missingCount = missing?.length ?? 0): void {
    if (kind !== this.lastKind) {
      // A report gives every line the same kind: one Set insertion per run of them, not per line.
      this.kinds.add(kind);
      this.lastKind = kind;
    }
    if (this.slotInts + STRIDE > this.slots.length) this.slots = grow(this.slots, this.slotInts + STRIDE);
    if (this.slotInts > 0 && this.slots[this.slotInts - STRIDE + LINE]! >= line) this.sorted = false;
    const s = this.slots;
    const at = this.slotInts;
    s[at + LINE] = line;
    s[at + TOTAL] = total;
    s[at + COVERED] = covered;
    if (missing) {
      if (this.missCount + missingCount > this.miss.length) this.miss = grow(this.miss, this.missCount + missingCount);
      s[at + MISS_START] = this.missCount;
      s[at + MISS_COUNT] = missingCount;
      for (let i = 0; i < missingCount; i++) this.miss[this.missCount++] = missing[i]!;
    } else {
      s[at + MISS_START] = 0;
      s[at + MISS_COUNT] = -1;
    }
    this.slotInts += STRIDE;
  }
}

function grow<T extends Int32Array>(a: T, need: number): T {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

/** A FileCoverage as plain data and typed arrays: what crosses a worker thread boundary. */
export interface FileCoverageData {
  path: string;
  measured: Uint8Array;
  covered: Uint8Array;
  /** Lines beyond the dense bits (LineBits.far), when there are any. */
  measuredFar: number[] | null;
  coveredFar: number[] | null;
  slots: Int32Array | null;
  miss: Int32Array | null;
  branchIdKind: BranchIdKind | null;
  branchMeasured: boolean;
  summaryOnly: FileTotals | null;
  declaredStatements: number | null;
}

export class FileCoverage {
  private measured = new LineBits();
  private covered = new LineBits();
  /** Branching lines, STRIDE int32 each, kept sorted by line (reports list lines in order). */
  private slots: IntList | null = null;
  /** Ids of branches not taken, referenced from the slots. */
  private miss: IntList | null = null;
  branchIdKind: BranchIdKind | null = null;
  /** Branch data was measured for this file (even if it has no branching lines). */
  branchMeasured = false;
  /** Per-file totals only (Istanbul coverage-summary.json): no line data at all. */
  summaryOnly: FileTotals | null = null;
  /**
   * The statement count the report declares, when its line list also holds executed lines
   * that are not statements: coverage.py's JSON `executed_lines` and LCOV `DA` include
   * docstrings and the like. Its missed lines are always statements, so covered statements
   * = declared - missed.
   */
  declaredStatements: number | null = null;

  constructor(readonly path: string) {}

  /** Records a measurable line; hits > 0 marks it covered. Repeats within one report OR together. */
  addLine(line: number, hits: number): void {
    this.measured.set(line);
    if (hits > 0) this.covered.set(line);
  }

  /**
   * Records the branches of a line. `missing` lists the ids of branches not taken when the
   * format identifies branches; pass undefined for count-only data. `missingCount` limits how
   * many entries of `missing` are used (callers reuse one array).
   */
  addBranches(line: number, total: number, covered: number, kind: BranchIdKind, missing?: ArrayLike<number>, missingCount = missing?.length ?? 0): void {
    this.branchMeasured = true;
    this.noteKind(kind);
    const at = this.slotOf(line);
    if (at >= 0) {
      // The same line reported twice in one report (several <class> entries for one file).
      this.mergeSlot(at, total, covered, missing ? Array.from({ length: missingCount }, (_, i) => missing[i]!) : undefined);
      return;
    }
    const slot = this.insertSlot(-at - 1);
    const s = this.slots!.data;
    s[slot + LINE] = line;
    s[slot + TOTAL] = total;
    s[slot + COVERED] = covered;
    this.writeMissing(slot, missing, missingCount);
  }

  /** Adds what a parser collected for this file (see CoverageBatch), in arrays taken from `batch.arena`. */
  load(batch: CoverageBatch): void {
    const arena = batch.arena;
    if (this.measured.pristine && this.covered.pristine && batch.lineCount > 0 && LineBits.denseFits(batch.maxLine, batch.lineCount)) {
      this.measured.sizeFor(batch.maxLine, arena);
      this.covered.sizeFor(batch.maxLine, arena);
    }
    for (let i = 0; i < batch.lineCount; i++) this.addLine(batch.lines[i]!, batch.hits[i]!);
    if (batch.slotInts === 0) return;
    this.branchMeasured = true;
    for (const kind of batch.kinds) this.noteKind(kind);
    if (this.slots === null && batch.sorted) {
      // The common case: copy exactly what the file has.
      this.slots = IntList.copyOf(batch.slots, batch.slotInts, arena);
      if (batch.missCount > 0) this.miss = IntList.copyOf(batch.miss, batch.missCount, arena);
      return;
    }
    const s = batch.slots;
    for (let at = 0; at < batch.slotInts; at += STRIDE) {
      const count = s[at + MISS_COUNT]!;
      const missing = count < 0 ? undefined : batch.miss.subarray(s[at + MISS_START]!, s[at + MISS_START]! + count);
      this.addBranches(s[at + LINE]!, s[at + TOTAL]!, s[at + COVERED]!, this.branchIdKind ?? 'none', missing, Math.max(count, 0));
    }
  }

  /** Slot offset of a line, or -(insertion index) - 1 when absent. Appending in order is O(1). */
  private slotOf(line: number): number {
    const slots = this.slots;
    if (!slots || slots.length === 0) return -1;
    const d = slots.data;
    const n = slots.length / STRIDE;
    const last = d[(n - 1) * STRIDE + LINE]!;
    if (line > last) return -n - 1;
    if (line === last) return (n - 1) * STRIDE;
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = d[mid * STRIDE + LINE]!;
      if (v === line) return mid * STRIDE;
      if (v < line) lo = mid + 1;
      else hi = mid - 1;
    }
    return -lo - 1;
  }

  /** Opens a slot before slot index `index`; returns its offset. */
  private insertSlot(index: number): number {
    this.slots ??= new IntList(4 * STRIDE);
    const slots = this.slots;
    slots.reserve(STRIDE);
    const at = index * STRIDE;
    if (at < slots.length) slots.data.copyWithin(at + STRIDE, at, slots.length);
    slots.length += STRIDE;
    return at;
  }

  private writeMissing(slot: number, missing: ArrayLike<number> | undefined, count: number): void {
    const s = this.slots!.data;
    if (!missing) {
      s[slot + MISS_START] = 0;
      s[slot + MISS_COUNT] = -1;
      return;
    }
    this.miss ??= new IntList(8);
    this.miss.reserve(count);
    s[slot + MISS_START] = this.miss.length;
    s[slot + MISS_COUNT] = count;
    for (let i = 0; i < count; i++) this.miss.data[this.miss.length++] = missing[i]!;
  }

  private missingAt(slot: number): number[] | undefined {
    const s = this.slots!.data;
    const count = s[slot + MISS_COUNT]!;
    if (count < 0) return undefined;
    if (count === 0) return [];
    const start = s[slot + MISS_START]!;
    return Array.from(this.miss!.data.subarray(start, start + count));
  }

  private noteKind(kind: BranchIdKind): void {
    if (this.branchIdKind === null) this.branchIdKind = kind;
    else if (this.branchIdKind !== kind) this.branchIdKind = 'none';
  }

  private mergeSlot(slot: number, total: number, covered: number, missing: number[] | undefined): void {
    const s = this.slots!.data;
    const prevMissing = this.missingAt(slot);
    const prevTotal = s[slot + TOTAL]!;
    if (missing && prevMissing && this.branchIdKind !== 'none' && prevTotal === total) {
      // A branch is missing only if no run took it: intersect the missing multisets.
      const left = [...prevMissing];
      const both: number[] = [];
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
    s[slot + COVERED] = Math.min(merged, Math.max(s[slot + COVERED]!, covered));
    this.writeMissing(slot, undefined, 0);
  }

  hasLine(line: number): boolean {
    return this.measured.has(line);
  }

  isCovered(line: number): boolean {
    return this.covered.has(line);
  }

  /** Measurable lines in ascending order. */
  lines(): Iterable<number> {
    return this.measured.minus();
  }

  /** Measurable lines not covered, ascending. */
  missedLines(): Iterable<number> {
    return this.measured.minus(this.covered);
  }

  branchLines(): BranchLine[] {
    const out: BranchLine[] = [];
    const n = this.slots ? this.slots.length : 0;
    for (let slot = 0; slot < n; slot += STRIDE) out.push(this.branchSlot(slot));
    return out;
  }

  branchesAt(line: number): BranchLine | undefined {
    const slot = this.slotOf(line);
    return slot < 0 ? undefined : this.branchSlot(slot);
  }

  private branchSlot(slot: number): BranchLine {
    const s = this.slots!.data;
    return { line: s[slot + LINE]!, total: s[slot + TOTAL]!, covered: s[slot + COVERED]!, missing: this.missingAt(slot) };
  }

  /**
   * Branching lines that ran without taking every branch (coverage.py's BrPart), counted in
   * place: no BranchLine objects, which a report of a million branching lines would allocate.
   */
  partialBranchLines(): number {
    if (!this.slots) return 0;
    const s = this.slots.data;
    let n = 0;
    for (let slot = 0; slot < this.slots.length; slot += STRIDE) {
      if (s[slot + COVERED]! < s[slot + TOTAL]! && this.covered.has(s[slot + LINE]!)) n++;
    }
    return n;
  }

  totals(): FileTotals {
    if (this.summaryOnly) return this.summaryOnly;
    let branches = 0;
    let coveredBranches = 0;
    const n = this.slots ? this.slots.length : 0;
    const s = this.slots?.data;
    for (let slot = 0; slot < n; slot += STRIDE) {
      branches += s![slot + TOTAL]!;
      coveredBranches += s![slot + COVERED]!;
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

  toData(): FileCoverageData {
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

  static fromData(d: FileCoverageData): FileCoverage {
    const f = new FileCoverage(d.path);
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
  compact(): void {
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
  firstLineDifference(other: FileCoverage): number | undefined {
    if (this.declaredStatements !== null && other.declaredStatements !== null && this.declaredStatements !== other.declaredStatements) {
      return 0;
    }
    const conflict = (a: FileCoverage, b: FileCoverage): number | undefined => {
      for (const line of a.measured.minus(b.measured)) {
        // An executed line that is not a statement (see declaredStatements) may be known to one run only.
        if (a.declaredStatements !== null && a.covered.has(line)) continue;
        return line;
      }
      return undefined;
    };
    return conflict(this, other) ?? conflict(other, this);
  }

  /** Adds another run of the same file: lines and branches covered by either are covered once. */
  mergeFrom(other: FileCoverage): void {
    if (other.summaryOnly || this.summaryOnly) {
      throw new Error('summary-only coverage cannot be merged per line');
    }
    this.measured.orWith(other.measured);
    this.covered.orWith(other.covered);
    this.declaredStatements ??= other.declaredStatements;
    if (other.branchMeasured) this.branchMeasured = true;
    if (other.branchIdKind) this.noteKind(other.branchIdKind);
    for (const b of other.branchLines()) {
      const at = this.slotOf(b.line);
      if (at >= 0) {
        this.mergeSlot(at, b.total, b.covered, b.missing);
        continue;
      }
      const slot = this.insertSlot(-at - 1);
      const s = this.slots!.data;
      s[slot + LINE] = b.line;
      s[slot + TOTAL] = b.total;
      s[slot + COVERED] = b.covered;
      this.writeMissing(slot, b.missing, b.missing?.length ?? 0);
    }
  }
}
