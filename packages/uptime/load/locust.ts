/**
 * Locust's `--csv <prefix>` files as a LoadTestModel. Shapes from locust/stats.py (`StatsCSV`,
 * `StatsCSVFileWriter`) and docs.locust.io "Retrieve test statistics in CSV format":
 *
 * - `<prefix>_stats.csv`: `Type, Name, Request Count, Failure Count, Median Response Time,
 *   Average Response Time, Min Response Time, Max Response Time, Average Content Size,
 *   Requests/s, Failures/s`, then one column per reported percentile (`50%, 66%, 75%, 80%,
 *   90%, 95%, 98%, 99%, 99.9%, 99.99%, 100%` by default). One row per (Type, Name), sorted,
 *   then the total: Type empty, Name `Aggregated`. Percentiles of an entry without requests
 *   are `N/A`. The file is rewritten every second while Locust runs, so a file without the
 *   Aggregated row last was cut short.
 * - `<prefix>_stats_history.csv`: `Timestamp, User Count, Type, Name, Requests/s, Failures/s`,
 *   the percentiles, `Total Request Count, Total Failure Count, ...`; a row is appended every
 *   second (only the Aggregated row unless `--csv-full-history`). Peak users = the largest
 *   User Count; the duration = last Timestamp - first.
 *
 * Header names are matched ignoring case, and Locust 1.x's `# requests` / `# failures` are
 * accepted for Request Count / Failure Count. Failures are counted among requests (Locust's
 * `on_request` logs the request, then the error), so failure rate = failures / requests.
 * p50 is the `50%` column, else Median Response Time; p95/p99 are `95%`/`99%`, null (with a
 * note) when the run reported other percentiles.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ReportError } from '../../core/errors.js';
import { readCsv, type CsvRow } from './csv.js';
import { AGGREGATE_NAME, endpointLabel, failureRateOf, type LoadEndpoint, type LoadTestModel } from './model.js';

export const LOCUST_FIX =
  'Write it with `locust --headless --csv <prefix>` (Locust 1.0 or later): it writes <prefix>_stats.csv and <prefix>_stats_history.csv.';

export interface TextFile {
  text: string;
  file: string;
}

type Col = 'type' | 'name' | 'requests' | 'failures' | 'median' | 'rps' | 'p50' | 'p95' | 'p99';
const STATS_HEADERS: Record<Col, string[]> = {
  type: ['type'],
  name: ['name'],
  requests: ['request count', '# requests'],
  failures: ['failure count', '# failures'],
  median: ['median response time'],
  rps: ['requests/s'],
  p50: ['50%'],
  p95: ['95%'],
  p99: ['99%'],
};
const REQUIRED_STATS: Col[] = ['type', 'name', 'requests', 'failures', 'rps'];
const CANONICAL: Record<Col, string> = {
  type: 'Type',
  name: 'Name',
  requests: 'Request Count',
  failures: 'Failure Count',
  median: 'Median Response Time',
  rps: 'Requests/s',
  p50: '50%',
  p95: '95%',
  p99: '99%',
};

type HistoryCol = 'timestamp' | 'users';
const HISTORY_HEADERS: Record<HistoryCol, string> = { timestamp: 'timestamp', users: 'user count' };

function columnIndex(header: CsvRow, names: readonly string[]): number {
  return header.fields.findIndex((f) => names.includes(f.trim().toLowerCase()));
}

function checkHeader(header: CsvRow, file: string): void {
  const seen = new Map<string, number>();
  header.fields.forEach((f, i) => {
    const key = f.trim().toLowerCase();
    if (key === '')
      throw new ReportError(
        'the header has an empty column name',
        { file, line: header.line, column: header.columns[i] },
        LOCUST_FIX,
      );
    if (seen.has(key))
      throw new ReportError(
        `the header names "${f}" twice`,
        { file, line: header.line, column: header.columns[i] },
        LOCUST_FIX,
      );
    seen.set(key, i);
  });
}

/** A number as Python writes one (`12`, `3.5`, `1e-05`); `N/A` is null. */
function num(row: CsvRow, i: number, what: string, file: string, integer = false): number | null {
  const raw = row.fields[i]!;
  if (raw === 'N/A') return null;
  const ok = integer ? /^\d+$/.test(raw) : /^\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw);
  if (!ok) {
    const expected = integer ? 'a whole number ≥ 0' : 'a number ≥ 0';
    const shown = raw === '' ? 'an empty field' : `"${raw.slice(0, 20)}"`;
    throw new ReportError(
      `${what} must be ${expected} or N/A, not ${shown}`,
      { file, line: row.line, column: row.columns[i] },
      LOCUST_FIX,
    );
  }
  return Number(raw);
}

function dataRows(rows: CsvRow[], header: CsvRow, file: string): CsvRow[] {
  const body = rows.slice(1);
  for (const r of body) {
    if (r.fields.length !== header.fields.length) {
      // More fields: point at the first extra one; fewer: at the last one there is.
      const col =
        r.fields.length > header.fields.length ? r.columns[header.fields.length] : r.columns[r.fields.length - 1];
      throw new ReportError(
        `the row has ${r.fields.length} field(s) where the header has ${header.fields.length}`,
        { file, line: r.line, column: col },
        LOCUST_FIX,
      );
    }
  }
  return body;
}

function parseStats(stats: TextFile, notes: string[]): { endpoints: LoadEndpoint[]; aggregate: LoadEndpoint } {
  const { file } = stats;
  if (stats.text.trim() === '') throw new ReportError('the file is empty', { file }, LOCUST_FIX);
  const rows = readCsv(stats.text, file, LOCUST_FIX);
  const header = rows[0]!;
  checkHeader(header, file);
  const idx = statsColumns(header, file, notes);
  const body = dataRows(rows, header, file);
  if (body.length === 0) {
    throw new ReportError(
      'has a header but no rows (not even Aggregated): the run ended before Locust wrote its statistics',
      { file, line: header.line },
      LOCUST_FIX,
    );
  }
  return statsRows(body, idx, file);
}

/**
 * Where each column of `_stats.csv` is (-1: absent). Refuses the history file given in its
 * place (an easy slip: the names differ by a suffix) and a header without the columns every
 * Locust version writes; notes the percentiles the run did not report.
 */
function statsColumns(header: CsvRow, file: string, notes: string[]): Record<Col, number> {
  const idx = {} as Record<Col, number>;
  for (const col of Object.keys(STATS_HEADERS) as Col[]) idx[col] = columnIndex(header, STATS_HEADERS[col]);
  if (columnIndex(header, ['timestamp']) >= 0 && columnIndex(header, ['user count']) >= 0) {
    throw new ReportError(
      'this is the _stats_history.csv file, not _stats.csv',
      { file, line: 1 },
      'Give the <prefix>_stats.csv file (the history beside it is read too).',
    );
  }
  const missing = REQUIRED_STATS.filter((c) => idx[c] < 0);
  if (missing.length > 0) {
    throw new ReportError(
      `is not Locust's _stats.csv: the header has no ${missing.map((c) => `"${CANONICAL[c]}"`).join(', ')} column`,
      { file, line: header.line, column: 1 },
      LOCUST_FIX,
    );
  }
  for (const p of ['p95', 'p99'] as const) {
    if (idx[p] < 0)
      notes.push(`${file} has no "${CANONICAL[p]}" column (the run reported other percentiles): ${p} is unknown.`);
  }
  if (idx.p50 < 0 && idx.median < 0)
    notes.push(`${file} has no "50%" or "Median Response Time" column: p50 is unknown.`);
  return idx;
}

/**
 * The endpoints (one row per Type and Name) and the Aggregated row, which must come last:
 * Locust writes it last, so a file without it there was cut short while being rewritten.
 */
function statsRows(
  body: readonly CsvRow[],
  idx: Record<Col, number>,
  file: string,
): { endpoints: LoadEndpoint[]; aggregate: LoadEndpoint } {
  const seen = new Set<string>();
  const endpoints: LoadEndpoint[] = [];
  let aggregate: LoadEndpoint | undefined;
  body.forEach((r, k) => {
    const e = statsEndpoint(r, idx, file);
    const at = { file, line: r.line, column: r.columns[idx.name] };
    if (e.method === null && e.name === AGGREGATE_NAME) {
      if (k !== body.length - 1) throw new ReportError('the Aggregated row must be the last row', at, LOCUST_FIX);
      aggregate = e;
      return;
    }
    const key = `${e.method ?? ''}\u0000${e.name}`;
    if (seen.has(key)) throw new ReportError(`"${endpointLabel(e)}" has two rows`, at, LOCUST_FIX);
    seen.add(key);
    endpoints.push(e);
  });
  if (!aggregate) {
    const last = body[body.length - 1]!;
    throw new ReportError(
      'has no Aggregated row last: the file was cut short (Locust rewrites it every second) or is not a Locust _stats.csv',
      { file, line: last.line },
      LOCUST_FIX,
    );
  }
  return { endpoints, aggregate };
}

/** One row of `_stats.csv`: an empty Type is the Aggregated row's (method null). */
function statsEndpoint(r: CsvRow, idx: Record<Col, number>, file: string): LoadEndpoint {
  const type = r.fields[idx.type]!.trim();
  const name = r.fields[idx.name]!;
  if (name.trim() === '')
    throw new ReportError('the Name is empty', { file, line: r.line, column: r.columns[idx.name] }, LOCUST_FIX);
  const get = (c: Col, what: string, integer = false) => (idx[c] >= 0 ? num(r, idx[c], what, file, integer) : null);
  const requests = get('requests', 'Request Count', true);
  const failures = get('failures', 'Failure Count', true);
  return {
    name,
    method: type === '' ? null : type,
    requests,
    failures,
    // A run whose percentile list leaves out 0.5 has no 50% column; the median is the same figure.
    p50: idx.p50 >= 0 ? get('p50', '50%') : get('median', 'Median Response Time'),
    p95: get('p95', '95%'),
    p99: get('p99', '99%'),
    rps: get('rps', 'Requests/s'),
    failureRate: failureRateOf(requests, failures),
  };
}

function parseHistory(history: TextFile): {
  peakUsers: number | null;
  durationSeconds: number | null;
  window: LoadTestModel['window'];
} {
  const { file } = history;
  if (history.text.trim() === '') throw new ReportError('the file is empty', { file }, LOCUST_FIX);
  const rows = readCsv(history.text, file, LOCUST_FIX);
  const header = rows[0]!;
  checkHeader(header, file);
  const ts = columnIndex(header, [HISTORY_HEADERS.timestamp]);
  const users = columnIndex(header, [HISTORY_HEADERS.users]);
  if (ts < 0 || users < 0) {
    const missing = [ts < 0 ? '"Timestamp"' : '', users < 0 ? '"User Count"' : ''].filter(Boolean).join(' and ');
    throw new ReportError(
      `is not Locust's _stats_history.csv: the header has no ${missing} column`,
      { file, line: header.line, column: 1 },
      LOCUST_FIX,
    );
  }
  const body = dataRows(rows, header, file);
  let peak: number | null = null;
  let first: number | null = null;
  let last: number | null = null;
  for (const r of body) {
    const t = num(r, ts, 'Timestamp', file, true);
    const u = num(r, users, 'User Count', file, true);
    if (t === null)
      throw new ReportError(
        'Timestamp must be a whole number of seconds, not N/A',
        { file, line: r.line, column: r.columns[ts] },
        LOCUST_FIX,
      );
    if (last !== null && t < last) {
      throw new ReportError(
        `the Timestamp goes back in time (${t} after ${last})`,
        { file, line: r.line, column: r.columns[ts] },
        LOCUST_FIX,
      );
    }
    first ??= t;
    last = t;
    if (u !== null && (peak === null || u > peak)) peak = u;
  }
  return {
    peakUsers: peak,
    durationSeconds: first !== null && last !== null ? last - first : null,
    window: first !== null && last !== null && last > first ? { start: first, end: last } : null,
  };
}

/** Parses Locust's `_stats.csv` and, when given, its `_stats_history.csv`. Pure. */
export function parseLocustCsv(stats: TextFile, history?: TextFile | null): LoadTestModel {
  const notes: string[] = [];
  const { endpoints, aggregate } = parseStats(stats, notes);
  let peakUsers: number | null = null;
  let durationSeconds: number | null = null;
  let window: LoadTestModel['window'] = null;
  if (history) {
    ({ peakUsers, durationSeconds, window } = parseHistory(history));
    if (peakUsers === null) notes.push(`${history.file} has no rows: peak users unknown.`);
  } else {
    notes.push(`no _stats_history.csv beside ${stats.file}: peak users unknown.`);
  }
  return { tool: 'locust', file: stats.file, endpoints, aggregate, peakUsers, durationSeconds, window, notes };
}

/** `<prefix>_stats.csv` (or the prefix itself) -> the stats file and its history file. */
export function locustFiles(path: string): { stats: string; history: string } {
  const prefix = path.replace(/_stats\.csv$/i, '');
  return { stats: `${prefix}_stats.csv`, history: `${prefix}_stats_history.csv` };
}

/** Reads `<prefix>_stats.csv` and, when it exists, `<prefix>_stats_history.csv` beside it. */
export async function readLocustCsv(path: string): Promise<LoadTestModel> {
  const { stats, history } = locustFiles(path);
  if (!existsSync(stats)) {
    throw new ReportError('does not exist', { file: stats }, LOCUST_FIX);
  }
  const statsText = await readFile(stats, 'utf8');
  const historyText = existsSync(history) ? await readFile(history, 'utf8') : null;
  return parseLocustCsv(
    { text: statsText, file: stats },
    historyText === null ? null : { text: historyText, file: history },
  );
}
