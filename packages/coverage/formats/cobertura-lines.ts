/**
 * Cobertura's <line> elements, read from their bytes: the pieces the handler's general path
 * uses (condition-coverage, missing-branches, what a branching line adds) and the shortcut
 * through a class's lines (XmlStreamParser's ElementShortcut).
 *
 * Most of a report is a run of lines in one of a few exact forms:
 *   <line number="7" hits="1"/>                                               coverage.py
 *   <line number="9" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="12"/>
 *   <line number="7" hits="1" branch="false"/>                                Istanbul
 * The shortcut reads those in one loop over the bytes, with no call per attribute: that is
 * what keeps a large report's parse close to the speed of reading it. Any other form (another
 * attribute or order, single quotes, a character reference, a line number of 0, a value too
 * long for exact arithmetic, a malformed condition, a line cut at the end of the bytes) is
 * left to the tokenizer and the general path, which read it, or report its error, as they
 * always do. Both paths end in the same CoverageBatch calls, so they give the same counts.
 */
import type { CoverageBatch } from '../file-coverage.js';

/** A value's bytes, `buf[start..end)`. */
export interface ValueBytes {
  buf: Uint8Array;
  start: number;
  end: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const AMP = 0x26;
const DIGIT_0 = 0x30;

/** Reads "50% (1/2)" from bytes; false when it is not of that form. */
export function parseCondition(v: ValueBytes, out: { covered: number; total: number }): boolean {
  const { buf, end } = v;
  // A loop, not Buffer#indexOf: the "(" is a few bytes in, and a native call per branching line costs more.
  let i = v.start;
  while (i < end && buf[i] !== 0x28) i++; // (
  if (i >= end) return false;
  i++;
  let covered = 0;
  let digits = 0;
  for (; i < end && buf[i]! >= DIGIT_0 && buf[i]! <= DIGIT_0 + 9; i++, digits++) covered = covered * 10 + buf[i]! - DIGIT_0;
  if (!digits || buf[i] !== 0x2f) return false; // /
  i++;
  let total = 0;
  digits = 0;
  for (; i < end && buf[i]! >= DIGIT_0 && buf[i]! <= DIGIT_0 + 9; i++, digits++) total = total * 10 + buf[i]! - DIGIT_0;
  if (!digits || buf[i] !== 0x29) return false; // )
  out.covered = covered;
  out.total = total;
  return true;
}

/**
 * Reads coverage.py's `missing-branches="24,exit"` (arc destinations; "exit" leaves the code
 * object and is stored as -1) into `ids`; returns the count, or -1 when malformed.
 */
export function parseArcIds(v: ValueBytes, ids: Int32Array): number {
  const { buf, end } = v;
  let n = 0;
  let i = v.start;
  while (i < end) {
    while (i < end && (buf[i] === 0x20 || buf[i] === 0x2c)) i++;
    if (i >= end) break;
    if (n === ids.length) return -1;
    if (buf[i] === 0x65 /* e */) {
      if (end - i < 4 || buf[i + 1] !== 0x78 || buf[i + 2] !== 0x69 || buf[i + 3] !== 0x74) return -1;
      ids[n++] = -1;
      i += 4;
      continue;
    }
    let value = 0;
    let digits = 0;
    for (; i < end && buf[i]! >= DIGIT_0 && buf[i]! <= DIGIT_0 + 9; i++, digits++) value = value * 10 + buf[i]! - DIGIT_0;
    if (!digits) return -1;
    ids[n++] = value;
  }
  return n;
}

/**
 * A branching line's branches. `missingCount` is how many ids missing-branches gave (-1: the
 * attribute was malformed, null: absent). The ids identify the branches (so two runs merge
 * exactly) only when they account for every branch not taken.
 */
export function addBranchLine(
  batch: CoverageBatch,
  line: number,
  covered: number,
  total: number,
  ids: Int32Array,
  missingCount: number | null,
): void {
  let count = missingCount ?? (covered === total ? 0 : -1); // nothing missing: identities do not matter
  if (count !== total - covered) count = -1;
  if (count < 0) batch.addBranches(line, total, covered, 'none');
  else batch.addBranches(line, total, covered, 'arc', ids, count);
}

/**
 * A fixed run of ASCII bytes, compared four at a time: most of a line's bytes are these
 * attribute names, and one 32-bit load per four bytes is what makes the shortcut fast.
 */
class Literal {
  readonly length: number;
  private readonly words: Uint32Array;
  private readonly tail: Uint8Array;

  constructor(text: string) {
    const bytes = Buffer.from(text, 'latin1');
    this.length = bytes.length;
    const whole = bytes.length >> 2;
    this.words = new Uint32Array(whole);
    for (let w = 0; w < whole; w++) this.words[w] = bytes.readUInt32LE(w * 4);
    this.tail = Uint8Array.from(bytes.subarray(whole * 4));
  }

  /** Whether the literal is at `i` of the bytes `view` sees, all of it before `len`. */
  at(view: DataView, i: number, len: number): boolean {
    if (i + this.length > len) return false;
    const words = this.words;
    for (let w = 0; w < words.length; w++) if (view.getUint32(i + w * 4, true) !== words[w]) return false;
    const t = i + words.length * 4;
    for (let k = 0; k < this.tail.length; k++) if (view.getUint8(t + k) !== this.tail[k]) return false;
    return true;
  }
}

const word = (text: string): number => Buffer.from(text, 'latin1').readUInt32LE(0);
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
const SPACE = new Uint8Array(256);
for (const c of [0x20, 0x0a, 0x09, 0x0d]) SPACE[c] = 1;

function isSpace(c: number): boolean {
  return SPACE[c] === 1;
}

/** The closing quote of a value starting at `i`, or -1 (cut off, or written with "&" or "<"). */
function valueEnd(b: Buffer, i: number, len: number): number {
  for (; i < len; i++) {
    const c = b[i]!;
    if (c === QUOTE) return i;
    if (c === AMP || c === LT) return -1;
  }
  return -1;
}

/** The shortcut through a class's lines, feeding the handler's batch. */
export class PlainLineScanner {
  private readonly condition = { covered: 0, total: 0 };
  private readonly value: ValueBytes = { buf: new Uint8Array(0), start: 0, end: 0 };
  private readonly ids = new Int32Array(64);
  /** Where the line being read ends, set by readLine. */
  private end = 0;

  constructor(private readonly batch: CoverageBatch) {}

  /** Reads lines from `at` (a "<"); returns where the tokenizer goes on (see ElementShortcut). */
  readonly scan = (b: Buffer, at: number, len: number): number => {
    const view = new DataView(b.buffer, b.byteOffset, b.length);
    let i = at;
    for (;;) {
      if (!this.readLine(b, view, i, len)) return i;
      const done = this.end;
      // The white space before the next element, only if a "<" follows it here.
      i = done;
      while (i < len && isSpace(b[i]!)) i++;
      if (i >= len || b[i] !== LT) return done;
    }
  };

  /** One line at `i` in a known form: added to the batch, `end` set after it; false to leave it. */
  private readLine(b: Buffer, view: DataView, i: number, len: number): boolean {
    if (!this.lineStartAt(view, i, len)) return false;
    let k = this.digits(b, i + LINE_NUMBER_LENGTH, len, MAX_NUMBER_DIGITS);
    const number = this.digitsValue;
    if (k < 0 || number === 0) return false;
    if (k + HITS_LENGTH > len || view.getUint32(k, true) !== HITS[0] || view.getUint32(k + 4, true) !== HITS[1]) return false;
    k = this.digits(b, k + HITS_LENGTH, len, MAX_HITS_DIGITS);
    const hits = this.digitsValue;
    if (k < 0 || k >= len || b[k] !== QUOTE) return false;
    k++;
    let missingCount: number | null | undefined; // undefined: not a branching line
    if (b[k] === SLASH) {
      // The usual end, "/>": no attribute to look for.
    } else if (BRANCH_FALSE.at(view, k, len)) k += BRANCH_FALSE.length;
    else if (CONDITION.at(view, k, len)) {
      k = this.readBranches(b, view, k + CONDITION.length, len);
      if (k < 0) return false;
      missingCount = this.missingCount;
    }
    while (k < len && isSpace(b[k]!)) k++;
    if (k + 1 >= len || b[k] !== SLASH || b[k + 1] !== GT) return false;
    this.batch.addLine(number, hits);
    if (missingCount !== undefined) {
      const { covered, total } = this.condition;
      addBranchLine(this.batch, number, covered, total, this.ids, missingCount);
    }
    this.end = k + 2;
    return true;
  }

  /** Whether `<line number="` is at `i`. */
  private lineStartAt(view: DataView, i: number, len: number): boolean {
    return (
      i + LINE_NUMBER_LENGTH <= len &&
      view.getUint32(i, true) === LINE_NUMBER[0] &&
      view.getUint32(i + 4, true) === LINE_NUMBER[1] &&
      view.getUint32(i + 8, true) === LINE_NUMBER[2] &&
      view.getUint16(i + 12, true) === LINE_NUMBER_END
    );
  }

  /** The number digits() read last. */
  private digitsValue = 0;

  /** 1 to `max` decimal digits at `k`, their number into `digitsValue`; the offset after them, or -1. */
  private digits(b: Buffer, k: number, len: number, max: number): number {
    let value = 0;
    const start = k;
    for (; k < len && k - start <= max; k++) {
      const d = b[k]! - DIGIT_0;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
    }
    if (k === start || k - start > max) return -1;
    this.digitsValue = value;
    return k;
  }

  /** What readBranches found in missing-branches (see addBranchLine). */
  private missingCount: number | null = null;

  /**
   * condition-coverage's value from `k` and an optional missing-branches after it, into
   * `condition`, `ids` and `missingCount`; the offset after them, or -1 to leave the line.
   */
  private readBranches(b: Buffer, view: DataView, k: number, len: number): number {
    const value = this.value;
    const end = valueEnd(b, k, len);
    if (end < 0) return -1;
    value.buf = b;
    value.start = k;
    value.end = end;
    const c = this.condition;
    // A malformed or impossible condition is the general path's to read or report.
    if (!parseCondition(value, c) || c.total === 0 || c.covered > c.total) return -1;
    k = end + 1;
    this.missingCount = null;
    if (!MISSING.at(view, k, len)) return k;
    k += MISSING.length;
    const missingEnd = valueEnd(b, k, len);
    if (missingEnd < 0) return -1;
    value.start = k;
    value.end = missingEnd;
    this.missingCount = parseArcIds(value, this.ids);
    return missingEnd + 1;
  }
}
