/**
 * The dashboard's trend history: an append-only JSONL file of compact points
 * `{"t","component","gate","metric","value"}`, one per numeric criterion of each result file
 * (coverage.total, uptime.window, tests.unit, lint.errors...). On GitHub it lives on the data
 * branch beside the uptime history (`maturity-data`, `dashboard/history.jsonl`), written through
 * BranchHistoryStore's optimistic appends; locally it is a plain file. A point is identified by
 * all of its fields but the value, so appending the same result twice adds nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { appendFileSafely } from '../core/safe-write.js';
import type { GateResult } from '../core/result/gate-result.js';
import type { BranchHistoryStore } from '../uptime/history-store.js';

export const HISTORY_PATH = 'dashboard/history.jsonl';

export interface HistoryPoint {
  /** The result's createdAt (ISO 8601). */
  t: string;
  component: string;
  gate: string;
  /** The criterion id. */
  metric: string;
  value: number;
}

/** The points a result contributes: every criterion with a numeric measured value. A whole-report result (no component) contributes none. */
export function pointsFromResult(r: Pick<GateResult, 'createdAt' | 'component' | 'gate' | 'criteria'>): HistoryPoint[] {
  if (!r.component || Number.isNaN(Date.parse(r.createdAt))) return [];
  const out: HistoryPoint[] = [];
  for (const c of r.criteria) {
    if (typeof c.measured !== 'number' || !Number.isFinite(c.measured)) continue;
    out.push({ t: r.createdAt, component: r.component, gate: r.gate, metric: c.id, value: c.measured });
  }
  return out;
}

const keyOf = (p: HistoryPoint) => `${p.t}\u0000${p.component}\u0000${p.gate}\u0000${p.metric}`;

/** One JSONL line, fields in a fixed order (so equal points are equal lines). */
export function pointLine(p: HistoryPoint): string {
  return JSON.stringify({ t: p.t, component: p.component, gate: p.gate, metric: p.metric, value: p.value });
}

function isPoint(v: unknown): v is HistoryPoint {
  if (!v || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.t === 'string' &&
    !Number.isNaN(Date.parse(p.t)) &&
    typeof p.component === 'string' &&
    typeof p.gate === 'string' &&
    typeof p.metric === 'string' &&
    typeof p.value === 'number' &&
    Number.isFinite(p.value)
  );
}

/** Reads history text; malformed lines (a torn write, a hand edit) are counted, not fatal. */
export function parseHistory(text: string): { points: HistoryPoint[]; skipped: number } {
  const points: HistoryPoint[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const v: unknown = JSON.parse(line);
      if (isPoint(v)) points.push({ t: v.t, component: v.component, gate: v.gate, metric: v.metric, value: v.value });
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { points, skipped };
}

/** The union of point lists, without duplicates (the first occurrence wins), oldest first. */
export function mergePoints(...lists: readonly (readonly HistoryPoint[])[]): HistoryPoint[] {
  const seen = new Map<string, HistoryPoint>();
  for (const list of lists) for (const p of list) if (!seen.has(keyOf(p))) seen.set(keyOf(p), p);
  return [...seen.values()].sort((a, b) => Date.parse(a.t) - Date.parse(b.t));
}

/** Where the history is kept: read it all, append new points (idempotently). */
export interface HistoryStore {
  readonly where: string;
  read(): Promise<HistoryPoint[]>;
  /** Appends the points not in the store yet; returns how many were written. */
  append(points: readonly HistoryPoint[]): Promise<number>;
}

/** A local JSONL file (the demo, or a workflow that carries the file with actions/cache). */
export class FileHistoryStore implements HistoryStore {
  constructor(readonly path: string) {}

  get where(): string {
    return this.path;
  }

  async read(): Promise<HistoryPoint[]> {
    return existsSync(this.path) ? parseHistory(readFileSync(this.path, 'utf8')).points : [];
  }

  async append(points: readonly HistoryPoint[]): Promise<number> {
    const present = new Set((await this.read()).map(keyOf));
    const fresh = mergePoints(points).filter((p) => !present.has(keyOf(p)));
    if (!fresh.length) return 0;
    let head = '';
    if (existsSync(this.path)) {
      const text = readFileSync(this.path, 'utf8');
      if (text && !text.endsWith('\n')) head = '\n';
    }
    appendFileSafely(this.path, head + fresh.map((p) => `${pointLine(p)}\n`).join(''), 'input history');
    return fresh.length;
  }
}

/** The data branch, through the uptime history's store (optimistic concurrency, retried appends). */
export class BranchDashboardHistory implements HistoryStore {
  constructor(
    private readonly store: BranchHistoryStore,
    readonly path = HISTORY_PATH,
  ) {}

  get where(): string {
    return `${this.store.branch}:${this.path}`;
  }

  async read(): Promise<HistoryPoint[]> {
    const text = await this.store.readText(this.path);
    return text ? parseHistory(text).points : [];
  }

  async append(points: readonly HistoryPoint[]): Promise<number> {
    if (!points.length) return 0;
    await this.store.ensureBranch();
    const lines = mergePoints(points).map(pointLine);
    const r = await this.store.appendLines(this.path, lines, `dashboard: +${lines.length} trend points`);
    return r.written;
  }
}
