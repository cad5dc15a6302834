/**
 * A streaming, byte-level XML tokenizer for machine-written reports (Cobertura, JUnit).
 *
 * Why hand-written: coverage reports of large monorepos reach hundreds of MB and must be
 * parsed in bounded memory at close to disk speed. The best streaming library we measured
 * (saxes) decodes every chunk to a JS string and walks it character by character: ~4x slower
 * than a plain byte scan of the file (see bench/). This tokenizer works on the UTF-8 bytes
 * directly, jumps between `<` with Buffer#indexOf (memchr), and decodes only the attribute
 * values a caller asks for.
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

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    /** Byte offset in the document where the problem was found. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** Read access to the attributes of the start tag being reported. Valid only during the callback. */
export interface XmlAttributes {
  /** The decoded value, or undefined when the attribute is absent. */
  get(name: string): string | undefined;
  /** The value parsed as a non-negative decimal integer without allocating a string; undefined when absent, NaN when not an integer. */
  getUint(name: string): number | undefined;
  has(name: string): boolean;
  /** All attributes, decoded (slow path: error messages and tests). */
  toObject(): Record<string, string>;
}

export interface XmlHandler {
  /** A start tag (`selfClosing` for `<a/>`). `depth` is 1 for the root element. */
  open(name: string, attrs: XmlAttributes, selfClosing: boolean, depth: number): void;
  /** An end tag, or right after `open` for a self-closing tag. */
  close?(name: string, depth: number): void;
  /** Character data (text and CDATA) inside the root element, decoded. Only called if defined. */
  text?(text: string): void;
  /** A comment's text (report writers sign their output in one). Only called if defined. */
  comment?(text: string): void;
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
for (const c of [0x20, 0x0a, 0x09, 0x0d]) CLASS[c] = SPACE | NAME_END;
for (const c of [0x3e, 0x2f, 0x3d]) CLASS[c] = NAME_END;
for (const c of [0x3c, 0x22, 0x27, 0x26]) CLASS[c] = NAME_BAD;

function isSpace(c: number): boolean {
  return (CLASS[c]! & SPACE) !== 0;
}

/** Bounds the bytes kept between chunks, so a hostile file cannot make us buffer it whole. */
const MAX_TOKEN_BYTES = 16 * 1024 * 1024;

/** Thrown inside the tokenizer when a token runs past the end of the buffered bytes. */
const NEED_MORE = Symbol('need-more');

class Attributes implements XmlAttributes {
  buf: Buffer = Buffer.alloc(0);
  /** Flat array: nameStart, nameEnd, valueStart, valueEnd, hasAmp per attribute. */
  spans: number[] = [];
  count = 0;
  /** Absolute offset of the buffer start, for error offsets. */
  base = 0;

  private find(name: string): number {
    const { buf, spans } = this;
    const len = name.length;
    outer: for (let i = 0; i < this.count; i++) {
      const s = spans[i * 5]!;
      if (spans[i * 5 + 1]! - s !== len) continue;
      for (let k = 0; k < len; k++) if (buf[s + k] !== name.charCodeAt(k)) continue outer;
      return i;
    }
    return -1;
  }

  has(name: string): boolean {
    return this.find(name) >= 0;
  }

  get(name: string): string | undefined {
    const i = this.find(name);
    return i < 0 ? undefined : this.valueAt(i);
  }

  getUint(name: string): number | undefined {
    const i = this.find(name);
    if (i < 0) return undefined;
    const { buf, spans } = this;
    let s = spans[i * 5 + 2]!;
    let e = spans[i * 5 + 3]!;
    while (s < e && isSpace(buf[s]!)) s++;
    while (e > s && isSpace(buf[e - 1]!)) e--;
    if (s === e) return Number.NaN;
    if (e - s > 15 || spans[i * 5 + 4]) {
      // Too long for exact integer arithmetic here, or written with character references.
      const text = this.valueAt(i).trim();
      return /^\d+$/.test(text) ? Number(text) : Number.NaN;
    }
    let n = 0;
    for (let k = s; k < e; k++) {
      const d = buf[k]! - 0x30;
      if (d < 0 || d > 9) return Number.NaN;
      n = n * 10 + d;
    }
    return n;
  }

  toObject(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let i = 0; i < this.count; i++) {
      out[this.buf.toString('utf8', this.spans[i * 5]!, this.spans[i * 5 + 1]!)] = this.valueAt(i);
    }
    return out;
  }

  private valueAt(i: number): string {
    const s = this.spans[i * 5 + 2]!;
    const e = this.spans[i * 5 + 3]!;
    const raw = this.buf.toString('utf8', s, e);
    return this.spans[i * 5 + 4] ? decodeEntities(raw, this.base + s) : raw;
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; anything else is an error. */
export function decodeEntities(raw: string, offset: number): string {
  return raw.replace(/&([^;&<\s]*)(;?)/g, (whole, name: string, semi: string) => {
    if (!semi) throw new XmlSyntaxError(`"&" must start an entity reference such as &amp; (found "${whole.slice(0, 20)}")`, offset);
    if (name in PREDEFINED) return PREDEFINED[name]!;
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
    if (m) {
      const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw new XmlSyntaxError(`character reference &${name}; is not a valid character`, offset);
      }
      return String.fromCodePoint(code);
    }
    throw new XmlSyntaxError(
      `entity reference &${name}; is not one of XML's predefined entities; entities are never expanded, so the report must not use them`,
      offset,
    );
  });
}

export class XmlStreamParser {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  /** Absolute document offset of buf[0]. */
  private base = 0;
  private readonly names: string[] = [];
  private readonly openedAt: number[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private started = false;
  private readonly attrs = new Attributes();
  private readonly knownNames: string[] = [];
  private textParts: string[] | null = null;
  /** Absolute offset of the tag being reported to the handler (for the handler's own errors). */
  tagOffset = 0;

  constructor(private readonly handler: XmlHandler) {}

  /** Absolute offset where the innermost still-open element started, or -1. */
  get openElementOffsets(): readonly number[] {
    return this.openedAt;
  }

  write(chunk: Buffer): void {
    if (!this.started) {
      this.started = true;
      chunk = this.checkEncoding(chunk);
    }
    if (this.pos < this.buf.length) {
      const rest = this.buf.subarray(this.pos);
      if (rest.length > MAX_TOKEN_BYTES) {
        throw new XmlSyntaxError('a single tag, comment or text run is larger than 16 MiB; this does not look like a report', this.base + this.pos);
      }
      this.buf = Buffer.concat([rest, chunk]);
    } else {
      this.buf = chunk;
    }
    this.base += this.pos;
    this.pos = 0;
    this.run(false);
  }

  end(): void {
    this.run(true);
    if (this.pos < this.buf.length) {
      // Something incomplete is left over: a tag, comment or text that never finished.
      const at = this.base + this.pos;
      if (this.names.length > 0) this.throwTruncated();
      throw new XmlSyntaxError('the document ends in the middle of a tag (truncated)', at);
    }
    if (!this.rootSeen) throw new XmlSyntaxError('the document is empty: no root element', this.base + this.pos);
    if (this.names.length > 0) this.throwTruncated();
  }

  private throwTruncated(): never {
    const name = this.names[this.names.length - 1]!;
    throw new XmlSyntaxError(
      `the document ends before <${name}> is closed (truncated)`,
      this.openedAt[this.openedAt.length - 1]!,
    );
  }

  private checkEncoding(chunk: Buffer): Buffer {
    if (chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      throw new XmlSyntaxError('the document is UTF-16; save the report as UTF-8', 0);
    }
    if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
      this.base = 3;
      return chunk.subarray(3);
    }
    return chunk;
  }

  private run(final: boolean): void {
    const b = this.buf;
    const len = b.length;
    for (;;) {
      const start = this.pos;
      if (start >= len) return;
      try {
        if (b[start] === LT) {
          this.markup(b, start, len);
        } else {
          // Text between tags is usually a newline and some indentation: look a few bytes ahead
          // in JS before paying for a native indexOf call.
          let lt = -1;
          const near = Math.min(len, start + 32);
          for (let k = start + 1; k < near; k++) {
            if (b[k] === LT) {
              lt = k;
              break;
            }
          }
          if (lt < 0 && near < len) lt = b.indexOf(LT, near);
          // Text runs to the next "<": wait for it, so that text (and any entity in it) is whole.
          if (lt < 0 && !final) throw NEED_MORE;
          this.characters(b, start, lt < 0 ? len : lt);
        }
      } catch (e) {
        if (e === NEED_MORE) {
          this.pos = start;
          return;
        }
        throw e;
      }
    }
  }

  private characters(b: Buffer, start: number, end: number): void {
    let hasAmp = false;
    let allSpace = true;
    for (let i = start; i < end; i++) {
      const c = b[i]!;
      if (c === AMP) hasAmp = true;
      else if (allSpace && !isSpace(c)) allSpace = false;
      else if (c === GT && i >= 2 && b[i - 1] === RBRACKET && b[i - 2] === RBRACKET) {
        throw new XmlSyntaxError('"]]>" is not allowed in text', this.base + i - 2);
      }
    }
    if (this.names.length === 0) {
      if (!allSpace) {
        const what = this.rootSeen ? 'after the root element' : 'before the root element';
        throw new XmlSyntaxError(`text is not allowed ${what}; is this an XML report?`, this.base + start);
      }
    } else if (this.handler.text && !allSpace) {
      const raw = b.toString('utf8', start, end);
      this.pushText(hasAmp ? decodeEntities(raw, this.base + start) : raw);
    } else if (hasAmp) {
      decodeEntities(b.toString('utf8', start, end), this.base + start); // validate only
    }
    this.pos = end;
  }

  private pushText(t: string): void {
    (this.textParts ??= []).push(t);
  }

  private flushText(): void {
    if (this.textParts) {
      const t = this.textParts.join('');
      this.textParts = null;
      this.handler.text?.(t);
    }
  }

  private markup(b: Buffer, start: number, len: number): void {
    if (start + 1 >= len) throw NEED_MORE;
    const c = b[start + 1]!;
    if (c === SLASH) return this.endTag(b, start, len);
    if (c === BANG) return this.bang(b, start, len);
    if (c === QUESTION) return this.processingInstruction(b, start);
    return this.startTag(b, start, len);
  }

  private readName(b: Buffer, from: number, len: number): number {
    let i = from;
    while (i < len) {
      const k = CLASS[b[i]!]!;
      if (k === 0) {
        i++;
        continue;
      }
      if (k & NAME_END) break;
      throw new XmlSyntaxError(`unexpected "${String.fromCharCode(b[i]!)}" in a name`, this.base + i);
    }
    if (i >= len) throw NEED_MORE;
    if (i === from) throw new XmlSyntaxError('a tag must start with a name', this.base + from);
    return i;
  }

  /**
   * Tag names repeat endlessly in a report: look them up among the names already seen
   * (compared as bytes) instead of allocating a new string per tag.
   */
  private nameString(b: Buffer, s: number, e: number): string {
    const len = e - s;
    const known = this.knownNames;
    outer: for (let n = 0; n < known.length; n++) {
      const name = known[n]!;
      if (name.length !== len) continue;
      for (let k = 0; k < len; k++) if (b[s + k] !== name.charCodeAt(k)) continue outer;
      return name;
    }
    const name = b.toString('utf8', s, e);
    // Only ASCII names can be compared char-by-byte; a document has a few dozen at most.
    if (known.length < 64 && name.length === len) known.push(name);
    return name;
  }

  private startTag(b: Buffer, start: number, len: number): void {
    if (this.rootClosed) {
      throw new XmlSyntaxError('a second root element follows the first; the report may be two files concatenated', this.base + start);
    }
    const nameEnd = this.readName(b, start + 1, len);
    const attrs = this.attrs;
    attrs.count = 0;
    const spans = attrs.spans;
    let i = nameEnd;
    let selfClosing = false;
    for (;;) {
      const ws = i;
      while (i < len && isSpace(b[i]!)) i++;
      if (i >= len) throw NEED_MORE;
      const c = b[i]!;
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= len) throw NEED_MORE;
        if (b[i + 1] !== GT) throw new XmlSyntaxError('"/" in a tag must be followed by ">"', this.base + i);
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === ws) throw new XmlSyntaxError('attributes must be separated by white space', this.base + i);
      const an = i;
      const anEnd = this.readName(b, i, len);
      i = anEnd;
      while (i < len && isSpace(b[i]!)) i++;
      if (i >= len) throw NEED_MORE;
      if (b[i] !== EQ) {
        throw new XmlSyntaxError(`attribute "${b.toString('utf8', an, anEnd)}" has no value`, this.base + an);
      }
      i++;
      while (i < len && isSpace(b[i]!)) i++;
      if (i >= len) throw NEED_MORE;
      const q = b[i]!;
      if (q !== DQUOTE && q !== SQUOTE) {
        throw new XmlSyntaxError(`the value of attribute "${b.toString('utf8', an, anEnd)}" must be quoted`, this.base + i);
      }
      const vs = i + 1;
      let hasAmp = 0;
      let k = vs;
      for (; k < len; k++) {
        const v = b[k]!;
        if ((CLASS[v]! & NAME_BAD) === 0) continue; // the common case: digits, letters, spaces
        if (v === q) break;
        if (v === AMP) hasAmp = 1;
        else if (v === LT) throw new XmlSyntaxError('"<" is not allowed in an attribute value', this.base + k);
      }
      if (k >= len) throw NEED_MORE;
      const o = attrs.count * 5;
      spans[o] = an;
      spans[o + 1] = anEnd;
      spans[o + 2] = vs;
      spans[o + 3] = k;
      spans[o + 4] = hasAmp;
      attrs.count++;
      i = k + 1;
    }
    // The whole tag is here: report it.
    this.flushText();
    const name = this.nameString(b, start + 1, nameEnd);
    attrs.buf = b;
    attrs.base = this.base;
    this.tagOffset = this.base + start;
    this.pos = i;
    this.rootSeen = true;
    this.names.push(name);
    this.openedAt.push(this.base + start);
    const depth = this.names.length;
    this.handler.open(name, attrs, selfClosing, depth);
    if (selfClosing) {
      this.names.pop();
      this.openedAt.pop();
      this.handler.close?.(name, depth);
      if (depth === 1) this.rootClosed = true;
    }
  }

  private endTag(b: Buffer, start: number, len: number): void {
    const nameEnd = this.readName(b, start + 2, len);
    let i = nameEnd;
    while (i < len && isSpace(b[i]!)) i++;
    if (i >= len) throw NEED_MORE;
    if (b[i] !== GT) throw new XmlSyntaxError('an end tag must end with ">"', this.base + i);
    const name = this.nameString(b, start + 2, nameEnd);
    const open = this.names[this.names.length - 1];
    if (open === undefined) {
      throw new XmlSyntaxError(`</${name}> closes an element that was never opened`, this.base + start);
    }
    if (open !== name) {
      throw new XmlSyntaxError(`</${name}> does not match the open element <${open}>`, this.base + start);
    }
    this.flushText();
    this.tagOffset = this.base + start;
    this.pos = i + 1;
    const depth = this.names.length;
    this.names.pop();
    this.openedAt.pop();
    this.handler.close?.(name, depth);
    if (depth === 1) this.rootClosed = true;
  }

  private bang(b: Buffer, start: number, len: number): void {
    if (this.startsWith(b, start, len, '<!--')) {
      const end = b.indexOf('-->', start + 4, 'latin1');
      if (end < 0) throw NEED_MORE;
      if (end > start + 4 && b[end - 1] === HYPHEN) {
        throw new XmlSyntaxError('a comment must not end with "--->"', this.base + end - 1);
      }
      this.handler.comment?.(b.toString('utf8', start + 4, end));
      this.pos = end + 3;
      return;
    }
    if (this.startsWith(b, start, len, '<![CDATA[')) {
      if (this.names.length === 0) throw new XmlSyntaxError('CDATA is not allowed outside the root element', this.base + start);
      const end = b.indexOf(']]>', start + 9, 'latin1');
      if (end < 0) throw NEED_MORE;
      if (this.handler.text) this.pushText(b.toString('utf8', start + 9, end));
      this.pos = end + 3;
      return;
    }
    if (this.startsWith(b, start, len, '<!DOCTYPE')) return this.doctype(b, start, len);
    throw new XmlSyntaxError('unknown markup after "<!"', this.base + start);
  }

  private doctype(b: Buffer, start: number, len: number): void {
    if (this.rootSeen) throw new XmlSyntaxError('a DOCTYPE must come before the root element', this.base + start);
    let quote = 0;
    for (let i = start + 9; i < len; i++) {
      const c = b[i]!;
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === DQUOTE || c === SQUOTE) {
        quote = c;
      } else if (c === LBRACKET) {
        throw new XmlSyntaxError(
          'the DOCTYPE has an internal subset (where entities are declared); entities are never expanded, so such reports are refused: write the report without a DOCTYPE',
          this.base + i,
        );
      } else if (c === GT) {
        this.pos = i + 1;
        return;
      }
    }
    throw NEED_MORE;
  }

  private processingInstruction(b: Buffer, start: number): void {
    const end = b.indexOf('?>', start + 2, 'latin1');
    if (end < 0) throw NEED_MORE;
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

  private startsWith(b: Buffer, start: number, len: number, s: string): boolean {
    const n = Math.min(s.length, len - start);
    for (let k = 0; k < n; k++) if (b[start + k] !== s.charCodeAt(k)) return false;
    if (n < s.length) throw NEED_MORE;
    return true;
  }
}
