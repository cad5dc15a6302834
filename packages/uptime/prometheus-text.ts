/**
 * A strict parser of the Prometheus text exposition format 0.0.4, for "the metrics endpoint
 * serves valid Prometheus text". Rules from prometheus.io "Exposition formats" (text format
 * details); where that page is silent, as Prometheus's own scrape parser (promparse) and
 * client_golang's expfmt decide. Every error is a ReportError at the line and column.
 *
 * Lines and tokens
 * - Lines end with `\n`; the last line too. A `\r` is an error (the format is `\n` only).
 *   Empty lines are ignored; tokens are separated by blanks and tabs.
 * - `# HELP name docstring` (escapes `\\` and `\n` only) and `# TYPE name type` (`counter`,
 *   `gauge`, `histogram`, `summary`, `untyped`, in lower case); other `#` lines are comments.
 *   One HELP and one TYPE per name, both before the name's first sample.
 * - `name{label="value",...} value [timestamp]`: names `[a-zA-Z_:][a-zA-Z0-9_:]*`, label names
 *   `[a-zA-Z_][a-zA-Z0-9_]*` (not `__name__`, not twice), label values with the escapes `\\`,
 *   `\"` and `\n` only, a trailing comma allowed. The value is a Go float (`1`, `-2.5e3`,
 *   `+Inf`, `-Inf`, `NaN`, hex floats); the timestamp an int64 of milliseconds.
 *
 * Families
 * - A histogram `x` has only `x_bucket{le=...}`, `x_sum`, `x_count`; a summary `x` has
 *   `x{quantile=...}`, `x_sum`, `x_count`; other types only `x`. A sample whose name is no
 *   open family's starts an untyped family of that name.
 * - All lines of a family form one uninterrupted group; no two samples share name and labels.
 * - Each histogram series (labels without `le`) has buckets in increasing `le`, with
 *   cumulative (non-decreasing) counts, ending in `le="+Inf"`, whose value equals `x_count`
 *   when that is given. Summary quantiles are in [0, 1] and increasing. Counters are not negative.
 */
import { ReportError } from '../core/errors.js';

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export interface PromSample {
  /** The sample's own name (`x_bucket` for a histogram `x`). */
  name: string;
  labels: Record<string, string>;
  value: number;
  /** Milliseconds since the epoch, when the line has one. */
  timestamp: number | null;
  line: number;
}

export interface PromFamily {
  name: string;
  type: MetricType;
  help: string | null;
  samples: PromSample[];
  /** The family's first line (HELP, TYPE or sample). */
  line: number;
}

export interface Exposition {
  file: string;
  families: PromFamily[];
}

export const PROMETHEUS_TEXT_FIX =
  'Serve the text exposition format 0.0.4 (prometheus.io/docs/instrumenting/exposition_formats), as the Prometheus client libraries write it.';

const TYPES = new Set<MetricType>(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const NAME_START = /[a-zA-Z_:]/;
const NAME_CHAR = /[a-zA-Z0-9_:]/;
const LABEL_START = /[a-zA-Z_]/;
const LABEL_CHAR = /[a-zA-Z0-9_]/;

/**
 * Parses a float as Go's strconv.ParseFloat does (what the exposition format specifies):
 * decimal and hex floats, `Inf`/`Infinity`/`NaN` in any case with an optional sign on
 * infinities. Null when the text is not one.
 */
export function parseGoFloat(s: string): number | null {
  if (/^[+-]?\d+(\.\d*)?([eE][+-]?\d+)?$/.test(s) || /^[+-]?\.\d+([eE][+-]?\d+)?$/.test(s)) return Number(s);
  const special = /^([+-]?)(inf|infinity)$/i.exec(s);
  if (special) return special[1] === '-' ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
  if (hex && (hex[2] || hex[3])) {
    const int = hex[2] ?? '';
    const frac = hex[3] ?? '';
    const mantissa = parseInt(int + frac || '0', 16) / 16 ** frac.length;
    const v = mantissa * 2 ** Number(hex[4]);
    return hex[1] === '-' ? -v : v;
  }
  return null;
}

const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/** Positions (the opening quote of each label value) on a sample's line, for errors found after the line is read. */
interface SampleAt {
  column: number;
  labels: Record<string, number>;
}

class Parser {
  readonly families: PromFamily[] = [];
  private readonly byName = new Map<string, PromFamily>();
  private readonly metaOf = new Map<PromFamily, { help: boolean; type: boolean }>();
  private readonly series = new Map<string, number>();
  private readonly at = new WeakMap<PromSample, SampleAt>();
  private current: PromFamily | null = null;
  private line = 1;
  private text = '';

  constructor(private readonly file: string) {}

  fail(message: string, column: number, line = this.line): never {
    throw new ReportError(message, { file: this.file, line, column }, PROMETHEUS_TEXT_FIX);
  }

  parse(text: string): Exposition {
    const lines = text.split('\n');
    if (text.length > 0 && !text.endsWith('\n')) {
      this.fail(
        'the last line does not end with a line feed (truncated?)',
        lines[lines.length - 1]!.length + 1,
        lines.length,
      );
    }
    if (text.endsWith('\n')) lines.pop();
    lines.forEach((l, i) => {
      this.line = i + 1;
      this.text = l;
      this.parseLine();
    });
    for (const f of this.families) this.checkFamily(f);
    return { file: this.file, families: this.families };
  }

  private skipBlanks(i: number): number {
    while (i < this.text.length && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    return i;
  }

  private token(i: number): { value: string; end: number } {
    let end = i;
    while (end < this.text.length && this.text[end] !== ' ' && this.text[end] !== '\t') end++;
    return { value: this.text.slice(i, end), end };
  }

  private parseLine(): void {
    const cr = this.text.indexOf('\r');
    if (cr >= 0) this.fail('a carriage return: lines must end with \\n only', cr + 1);
    const i = this.skipBlanks(0);
    if (i === this.text.length) return;
    if (this.text[i] === '#') this.parseComment(i + 1);
    else this.parseSample(i);
  }

  private metricName(i: number, what: string): { value: string; end: number } {
    if (i >= this.text.length) this.fail(`${what} is missing`, i + 1);
    if (!NAME_START.test(this.text[i]!)) this.fail(`${what} cannot start with "${this.text[i]}"`, i + 1);
    let end = i + 1;
    while (end < this.text.length && NAME_CHAR.test(this.text[end]!)) end++;
    return { value: this.text.slice(i, end), end };
  }

  private parseComment(i: number): void {
    i = this.skipBlanks(i);
    const kw = this.token(i);
    if (kw.value !== 'HELP' && kw.value !== 'TYPE') return; // a plain comment
    const nameAt = this.skipBlanks(kw.end);
    if (nameAt === kw.end && nameAt < this.text.length) this.fail(`a blank must follow ${kw.value}`, nameAt + 1);
    const name = this.metricName(nameAt, `the metric name after ${kw.value}`);
    if (name.end < this.text.length && this.text[name.end] !== ' ' && this.text[name.end] !== '\t') {
      this.fail(`"${this.text[name.end]}" is not allowed in a metric name`, name.end + 1);
    }
    const family = this.familyForMeta(name.value, nameAt + 1);
    const meta = this.metaOf.get(family)!;
    if (family.samples.length > 0)
      this.fail(`the ${kw.value} line of ${name.value} comes after its samples (it must come first)`, 1);
    if (kw.value === 'HELP') {
      if (meta.help) this.fail(`a second HELP line for ${name.value}`, 1);
      meta.help = true;
      const docAt = this.skipBlanks(name.end);
      family.help = this.unescapeHelp(docAt);
    } else {
      if (meta.type) this.fail(`a second TYPE line for ${name.value}`, 1);
      meta.type = true;
      const typeAt = this.skipBlanks(name.end);
      const t = this.token(typeAt);
      if (t.value === '') this.fail(`the TYPE line of ${name.value} has no type`, typeAt + 1);
      if (!TYPES.has(t.value as MetricType)) {
        this.fail(
          `"${t.value}" is not a metric type (counter, gauge, histogram, summary or untyped, in lower case)`,
          typeAt + 1,
        );
      }
      const rest = this.skipBlanks(t.end);
      if (rest < this.text.length) this.fail('text after the type on a TYPE line', rest + 1);
      family.type = t.value as MetricType;
    }
  }

  private unescapeHelp(i: number): string {
    let out = '';
    const end = this.text.replace(/[ \t]+$/, '').length;
    for (; i < end; i++) {
      const c = this.text[i]!;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const next = this.text[i + 1];
      if (next === '\\') out += '\\';
      else if (next === 'n') out += '\n';
      else
        this.fail(
          next === undefined
            ? 'a backslash ends the HELP text'
            : `"\\${next}" is not an escape allowed in HELP text (only \\\\ and \\n)`,
          i + 1,
        );
      i++;
    }
    return out;
  }

  /** The family a HELP or TYPE line names: the open one, or a new one (never one seen before). */
  private familyForMeta(name: string, column: number): PromFamily {
    if (this.current?.name === name) return this.current;
    return this.open(name, column);
  }

  private open(name: string, column: number): PromFamily {
    const seen = this.byName.get(name);
    if (seen) this.fail(`the lines of ${name} are not one group: it started on line ${seen.line}`, column);
    const f: PromFamily = { name, type: 'untyped', help: null, samples: [], line: this.line };
    this.families.push(f);
    this.byName.set(name, f);
    this.metaOf.set(f, { help: false, type: false });
    this.current = f;
    return f;
  }

  /** The family a sample belongs to by its name. */
  private familyForSample(name: string, column: number): PromFamily {
    const cur = this.current;
    if (cur) {
      if (cur.type === 'histogram') {
        if (name === `${cur.name}_bucket` || name === `${cur.name}_sum` || name === `${cur.name}_count`) return cur;
        if (name === cur.name)
          this.fail(`${name} is a histogram: its samples are ${name}_bucket, ${name}_sum and ${name}_count`, column);
      } else if (cur.type === 'summary') {
        if (name === cur.name || name === `${cur.name}_sum` || name === `${cur.name}_count`) return cur;
      } else if (name === cur.name) return cur;
    }
    // A sample of a histogram or summary declared earlier is out of its group.
    const base = /^(.*)_(bucket|sum|count)$/.exec(name)?.[1];
    const owner = base !== undefined ? this.byName.get(base) : undefined;
    if (owner && (owner.type === 'histogram' || (owner.type === 'summary' && !name.endsWith('_bucket')))) {
      this.fail(`the lines of ${owner.name} are not one group: it started on line ${owner.line}`, column);
    }
    return this.open(name, column);
  }

  private parseSample(i: number): void {
    const name = this.metricName(i, 'the metric name');
    const family = this.familyForSample(name.value, i + 1);
    const labels: Record<string, string> = {};
    const labelAt: Record<string, number> = {};
    let j = name.end;
    if (j < this.text.length && this.text[j] !== ' ' && this.text[j] !== '\t' && this.text[j] !== '{') {
      this.fail(`"${this.text[j]}" is not allowed in a metric name`, j + 1);
    }
    j = this.skipBlanks(j); // blanks may stand before "{", as client_golang's parser allows
    if (this.text[j] === '{') j = this.parseLabels(j + 1, labels, labelAt);
    j = this.skipBlanks(j);
    if (j >= this.text.length) this.fail(`the sample ${name.value} has no value`, j + 1);
    const v = this.token(j);
    const value = parseGoFloat(v.value);
    if (value === null)
      this.fail(`"${v.value.slice(0, 30)}" is not a number (a float such as 1, 2.5e-3, +Inf, -Inf or NaN)`, j + 1);
    let k = this.skipBlanks(v.end);
    let timestamp: number | null = null;
    if (k < this.text.length) {
      const t = this.token(k);
      if (!/^[+-]?\d+$/.test(t.value) || BigInt(t.value) > INT64_MAX || BigInt(t.value) < INT64_MIN) {
        this.fail(`"${t.value.slice(0, 30)}" is not a timestamp (whole milliseconds since the epoch)`, k + 1);
      }
      timestamp = Number(t.value);
      k = this.skipBlanks(t.end);
      if (k < this.text.length) this.fail('text after the timestamp', k + 1);
    }
    const key = `${name.value}${JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
    const dup = this.series.get(key);
    if (dup !== undefined) this.fail(`a second sample with the same name and labels as line ${dup}`, i + 1);
    this.series.set(key, this.line);
    const sample: PromSample = { name: name.value, labels, value, timestamp, line: this.line };
    this.at.set(sample, { column: i + 1, labels: labelAt });
    family.samples.push(sample);
  }

  /** Reads `name="value", ...}` from just after `{`; returns the offset after `}`. */
  private parseLabels(i: number, labels: Record<string, string>, labelAt: Record<string, number>): number {
    for (;;) {
      i = this.skipBlanks(i);
      if (this.text[i] === '}') return i + 1;
      if (i >= this.text.length) this.fail('the labels are not closed with "}"', i + 1);
      if (!LABEL_START.test(this.text[i]!)) this.fail(`a label name cannot start with "${this.text[i]}"`, i + 1);
      const nameAt = i;
      while (i < this.text.length && LABEL_CHAR.test(this.text[i]!)) i++;
      const label = this.text.slice(nameAt, i);
      if (label === '__name__') this.fail('the label name __name__ is reserved', nameAt + 1);
      if (label in labels) this.fail(`the label ${label} appears twice`, nameAt + 1);
      i = this.skipBlanks(i);
      if (this.text[i] !== '=') this.fail(`"=" must follow the label name ${label}`, i + 1);
      i = this.skipBlanks(i + 1);
      if (this.text[i] !== '"') this.fail(`the value of label ${label} must be in double quotes`, i + 1);
      const valueAt = i + 1;
      let value = '';
      i++;
      for (;;) {
        if (i >= this.text.length) this.fail(`the value of label ${label} is not closed (a missing '"')`, valueAt);
        const c = this.text[i]!;
        if (c === '"') break;
        if (c === '\\') {
          const next = this.text[i + 1];
          if (next === '\\') value += '\\';
          else if (next === '"') value += '"';
          else if (next === 'n') value += '\n';
          else
            this.fail(
              next === undefined
                ? `the value of label ${label} is not closed`
                : `"\\${next}" is not an escape allowed in a label value (only \\\\, \\" and \\n)`,
              i + 1,
            );
          i += 2;
          continue;
        }
        value += c;
        i++;
      }
      labels[label] = value;
      labelAt[label] = valueAt;
      i = this.skipBlanks(i + 1);
      if (this.text[i] === ',') {
        i++;
        continue;
      }
      if (this.text[i] === '}') return i + 1;
      this.fail(
        i >= this.text.length
          ? 'the labels are not closed with "}"'
          : `"," or "}" must follow the value of label ${label}`,
        i + 1,
      );
    }
  }

  private failAt(s: PromSample, message: string, label?: string): never {
    const at = this.at.get(s);
    const column = (label !== undefined ? at?.labels[label] : undefined) ?? at?.column ?? 1;
    this.fail(message, column, s.line);
  }

  private checkFamily(f: PromFamily): void {
    if (f.type === 'counter') {
      for (const s of f.samples) if (s.value < 0) this.failAt(s, `the counter ${f.name} is negative (${s.value})`);
    } else if (f.type === 'histogram') this.checkHistogram(f);
    else if (f.type === 'summary') this.checkSummary(f);
  }

  private checkHistogram(f: PromFamily): void {
    const groups = new Map<
      string,
      { buckets: { le: number; s: PromSample }[]; count?: PromSample; other: PromSample[] }
    >();
    const groupOf = (s: PromSample) => {
      const key = seriesKey(s.labels, 'le');
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { buckets: [], other: [] }));
      return g;
    };
    for (const s of f.samples) {
      if (s.name === `${f.name}_bucket`) {
        if (!('le' in s.labels)) this.failAt(s, `the bucket of ${f.name} has no le label`);
        const le = parseGoFloat(s.labels.le!);
        if (le === null || Number.isNaN(le)) this.failAt(s, `le="${s.labels.le}" is not a number`, 'le');
        const g = groupOf(s);
        const prev = g.buckets[g.buckets.length - 1];
        if (prev && le <= prev.le)
          this.failAt(
            s,
            `the buckets of ${f.name} are not in increasing le order (le="${s.labels.le}" after le="${prev.s.labels.le}")`,
            'le',
          );
        if (prev && s.value < prev.s.value) {
          this.failAt(
            s,
            `the bucket le="${s.labels.le}" of ${f.name} counts ${s.value}, fewer than the bucket before it (${prev.s.value}): buckets are cumulative`,
          );
        }
        g.buckets.push({ le, s });
      } else {
        if ('le' in s.labels) this.failAt(s, `${s.name} must not have an le label (only ${f.name}_bucket has)`, 'le');
        const g = groupOf(s);
        if (s.name === `${f.name}_count`) g.count = s;
        else g.other.push(s);
      }
    }
    for (const g of groups.values()) {
      const last = g.buckets[g.buckets.length - 1];
      if (!last) {
        const s = g.count ?? g.other[0]!;
        this.failAt(s, `the histogram ${f.name}${labelText(s.labels)} has no buckets (it needs at least le="+Inf")`);
      }
      if (last.le !== Infinity)
        this.failAt(
          last.s,
          `the histogram ${f.name}${labelText(withoutLe(last.s.labels))} has no le="+Inf" bucket (it must end with one)`,
        );
      if (g.count && !sameNumber(g.count.value, last.s.value)) {
        this.failAt(
          g.count,
          `${f.name}_count is ${g.count.value} but the le="+Inf" bucket counts ${last.s.value}: they must be equal`,
        );
      }
    }
  }

  private checkSummary(f: PromFamily): void {
    const prevOf = new Map<string, { q: number; s: PromSample }>();
    for (const s of f.samples) {
      if (s.name !== f.name) {
        if ('quantile' in s.labels) this.failAt(s, `${s.name} must not have a quantile label`, 'quantile');
        continue;
      }
      if (!('quantile' in s.labels)) this.failAt(s, `the summary ${f.name} sample has no quantile label`);
      const q = parseGoFloat(s.labels.quantile!);
      if (q === null || !(q >= 0 && q <= 1))
        this.failAt(s, `quantile="${s.labels.quantile}" is not a number from 0 to 1`, 'quantile');
      const key = seriesKey(s.labels, 'quantile');
      const prev = prevOf.get(key);
      if (prev && q <= prev.q)
        this.failAt(
          s,
          `the quantiles of ${f.name} are not in increasing order (${s.labels.quantile} after ${prev.s.labels.quantile})`,
          'quantile',
        );
      prevOf.set(key, { q, s });
    }
  }
}

function sameNumber(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function withoutLe(labels: Record<string, string>): Record<string, string> {
  const { le: _le, ...rest } = labels;
  return rest;
}

function seriesKey(labels: Record<string, string>, without: string): string {
  return JSON.stringify(
    Object.entries(labels)
      .filter(([k]) => k !== without)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** `{a="x",b="y"}`, escaped as in the format; empty for no labels. */
export function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(
    ([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  );
  return parts.length ? `{${parts.join(',')}}` : '';
}

/** Parses and validates an exposition. Pure. */
export function parsePrometheusText(text: string, file: string): Exposition {
  return new Parser(file).parse(text);
}

/**
 * Whether an HTTP Content-Type is the text format 0.0.4: `text/plain`, with `version=0.0.4`
 * or no version (which means the latest text version). Returns the problem, or null.
 */
export function contentTypeProblem(contentType: string | null | undefined): string | null {
  if (!contentType) return 'the response has no Content-Type (expected text/plain; version=0.0.4)';
  const [type, ...params] = contentType.split(';').map((p) => p.trim());
  if (type!.toLowerCase() === 'application/openmetrics-text')
    return 'the response is OpenMetrics, not the Prometheus text format 0.0.4';
  if (type!.toLowerCase() !== 'text/plain') return `the Content-Type is ${type}, not text/plain; version=0.0.4`;
  const version = params.map((p) => /^version\s*=\s*"?([^";]*)"?$/i.exec(p)?.[1]).find((v) => v !== undefined);
  if (version !== undefined && version !== '0.0.4') return `the text format version is ${version}, not 0.0.4`;
  return null;
}

export function findFamily(expo: Exposition, name: string): PromFamily | undefined {
  return expo.families.find((f) => f.name === name);
}

export interface HistogramSeries {
  /** The series' labels, without `le`. */
  labels: Record<string, string>;
  /** Cumulative, in increasing `le`, the last `+Inf`. */
  buckets: { le: number; count: number }[];
  sum: number | null;
  count: number | null;
}

/** The series of a (validated) histogram family. */
export function histogramSeries(f: PromFamily): HistogramSeries[] {
  if (f.type !== 'histogram') throw new Error(`${f.name} is a ${f.type}, not a histogram`);
  const out = new Map<string, HistogramSeries>();
  for (const s of f.samples) {
    const key = seriesKey(s.labels, 'le');
    let h = out.get(key);
    if (!h) out.set(key, (h = { labels: withoutLe(s.labels), buckets: [], sum: null, count: null }));
    if (s.name.endsWith('_bucket')) h.buckets.push({ le: parseGoFloat(s.labels.le!)!, count: s.value });
    else if (s.name.endsWith('_sum')) h.sum = s.value;
    else if (s.name.endsWith('_count')) h.count = s.value;
  }
  return [...out.values()];
}

/**
 * The q-quantile of cumulative buckets, interpolated linearly inside the bucket as PromQL's
 * `histogram_quantile` does (the first bucket starts at 0 when its bound is positive; a rank
 * in the +Inf bucket gives the highest finite bound). Null when there are no observations.
 */
export function histogramQuantile(q: number, buckets: readonly { le: number; count: number }[]): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is not from 0 to 1`);
  const b = [...buckets].sort((x, y) => x.le - y.le);
  if (b.length < 2 || b[b.length - 1]!.le !== Infinity) return null;
  const total = b[b.length - 1]!.count;
  if (!(total > 0)) return null;
  const rank = q * total;
  let i = b.findIndex((x) => x.count >= rank);
  if (i < 0) i = b.length - 1;
  if (i === b.length - 1) return b[b.length - 2]!.le;
  if (i === 0 && b[0]!.le <= 0) return b[0]!.le;
  const start = i > 0 ? b[i - 1]!.le : 0;
  const below = i > 0 ? b[i - 1]!.count : 0;
  const inBucket = b[i]!.count - below;
  if (inBucket <= 0) return start; // q = 0 over empty low buckets
  return start + (b[i]!.le - start) * ((rank - below) / inBucket);
}
