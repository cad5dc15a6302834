/**
 * The shared uptime history (format 2, shared-layout.ts) through the contents API, sized for
 * a scheduled run that probes every component: what one run costs does not grow with the
 * number of components, only with the window's days.
 *
 * One run: list the month folders the windows touch (1 request each: names and blob shas),
 * read what the windows need (a closed day's rollup, or a day file: 1 request each, only for
 * files the listing shows), append this run's samples to today's file (1 write), and write
 * the rollup of a day that has none or whose day file changed since (1 write each, about once
 * a day). A 7-day window at steady state: 1 listing + 1 + 6 + 1 reads + 1 write = 10.
 *
 * Writes are optimistic: each carries the blob sha of the text read, and GitHub refuses it
 * (409, or 422 for a file created meanwhile) when another run wrote first; the write then
 * starts over from a fresh read, within the bounds of write-conflicts.ts (a time budget wide
 * enough that 20 writers at once all land; past it the run fails, it never drops samples
 * quietly). A line is identified by component,
 * time and URL, so a write that is retried after it was applied (a 502 from the edge; the
 * client retries it with the old sha, gets 409, and re-reads) finds its lines there and adds
 * nothing: two runs at once never lose a sample, and none is written twice.
 */
import type { DirectoryEntry, GitHubApi } from '../github/client.js';
import { gitBlobSha } from '../github/git-blob.js';
import { conflictPolicy, ConflictRetry, isWriteConflict, type ConflictPolicy } from '../github/write-conflicts.js';
import { parseHistoryLines } from './history-lines.js';
import { daysToCopy, formatLegacyMarker, mergeLegacyMarkers, parseLegacyMarker, type LegacyMarker } from './legacy.js';
import type { DayRollup } from './rollup.js';
import type { Sample } from './sample.js';
import {
  dayFilePath,
  LEGACY_MARKER,
  LEGACY_ROOT,
  legacyDayPath,
  legacyMarkerPath,
  monthDir,
  monthOf,
  monthsOf,
  rollupFilePath,
  SHARED_DIR,
} from './shared-layout.js';
import { appendShared, parseSharedDay, type SharedDay } from './shared-lines.js';
import { buildSharedRollup, formatSharedRollup, readSharedRollup, type SharedRollup } from './shared-rollup.js';

/** Malformed lines reported per file; the rest are counted. */
const PROBLEMS_PER_FILE = 5;

export interface DayNeed {
  day: string;
  /** Some window needs the day's samples (today, a day cut by the window's start or by maintenance). */
  raw: boolean;
  /** Some window may take the closed day's rollup. */
  rollup: boolean;
}

export interface Recorded {
  component: string;
  sample: Sample;
}

export interface HistoryRunInput {
  needs: readonly DayNeed[];
  /** This run's probes (empty: only rollups may be written). */
  record: readonly Recorded[];
  /** Components whose format-1 history is copied in when it has not been yet. */
  components: readonly string[];
  intervalMs: number;
  /** The UTC day of the run: days before it are closed. */
  today: string;
  /** Write nothing (`record: false`): format-1 history is merged in memory, rollups are made and not kept. */
  readOnly?: boolean;
}

export interface DayData {
  /** Each component's samples, when the day file was read (this run's samples included). */
  raw: Map<string, Sample[]> | null;
  /** Each component's rollup of the closed day, when it was read or made. */
  rollups: Map<string, DayRollup> | null;
}

export interface HistoryRunResult {
  days: Map<string, DayData>;
  /** Malformed lines and unreadable files, for the summary. */
  problems: string[];
  written: { samples: number; files: string[]; conflicts: number };
  /** Format-1 history copied in by this run. */
  copied: { components: string[]; samples: number };
}

interface DayState {
  day: string;
  need: DayNeed | undefined;
  entry: DirectoryEntry | undefined;
  rollupEntry: DirectoryEntry | undefined;
  /** The day file as read (sha null: it does not exist). */
  file: { text: string; sha: string | null } | null;
  parsed: SharedDay | null;
  /** Lines to append: format-1 samples copied in, this run's probes. */
  add: Recorded[];
  rollup: SharedRollup | null;
  /** Write `rollup` after the day file is final. */
  writeRollup: boolean;
}

export class SharedHistory {
  private listing = new Map<string, DirectoryEntry>();
  private result!: HistoryRunResult;

  private readonly conflicts: ConflictPolicy;

  constructor(
    private readonly api: GitHubApi,
    readonly branch: string,
    conflicts: Partial<ConflictPolicy> | ((ms: number) => Promise<void>) = {},
  ) {
    this.conflicts = conflictPolicy(typeof conflicts === 'function' ? { sleep: conflicts } : conflicts);
  }

  async run(input: HistoryRunInput): Promise<HistoryRunResult> {
    this.result = {
      days: new Map(),
      problems: [],
      written: { samples: 0, files: [], conflicts: 0 },
      copied: { components: [], samples: 0 },
    };
    this.listing = new Map();
    const write = !input.readOnly;
    const states = this.dayStates(input);
    const listed = await this.listMonths(monthsOf(states.keys()));
    if (!listed && write) await this.ensureBranch();
    const marker = await this.copyLegacy(states, input, listed);
    for (const s of states.values()) await this.readDay(s, input);
    for (const s of [...states.values()].sort((a, b) => (a.day < b.day ? -1 : 1))) {
      if (write) await this.appendDay(s);
      else this.mergeInMemory(s);
    }
    if (marker && write) await this.writeMarker(marker, input.today);
    for (const s of states.values()) this.prepareRollup(s, input);
    if (write) for (const s of states.values()) if (s.writeRollup) await this.writeRollup(s);
    return this.finish(states, input);
  }

  /** One state per day that is needed or receives samples. */
  private dayStates(input: HistoryRunInput): Map<string, DayState> {
    const states = new Map<string, DayState>();
    const state = (day: string): DayState => {
      let s = states.get(day);
      if (!s)
        states.set(
          day,
          (s = {
            day,
            need: undefined,
            entry: undefined,
            rollupEntry: undefined,
            file: null,
            parsed: null,
            add: [],
            rollup: null,
            writeRollup: false,
          }),
        );
      return s;
    };
    for (const n of input.needs) state(n.day).need = n;
    if (!input.readOnly) for (const r of input.record) state(r.sample.t.slice(0, 10)).add.push(r);
    return states;
  }

  /** Lists the month folders; false when none exists (no format-2 history, or no branch). */
  private async listMonths(months: string[]): Promise<boolean> {
    let any = false;
    for (const m of months) {
      const entries = await this.api.listDirectory(monthDir(m), this.branch);
      if (!entries) continue;
      any = true;
      for (const e of entries) if (e.type === 'file') this.listing.set(e.path, e);
    }
    return any;
  }

  /** Creates the data branch from the default branch's head when it does not exist yet. */
  private async ensureBranch(): Promise<void> {
    if (await this.api.branchSha(this.branch)) return;
    const base = await this.api.branchSha(await this.api.defaultBranch());
    if (!base) throw new Error(`the repository's default branch has no commit to start ${this.branch} from`);
    await this.api.createBranch(this.branch, base); // false: another run created it first, which is as good
  }

  /**
   * Copies format-1 history the windows need into the shared day files (legacy.ts). Returns
   * the marker to write, or null when nothing changed.
   */
  private async copyLegacy(
    states: Map<string, DayState>,
    input: HistoryRunInput,
    listed: boolean,
  ): Promise<LegacyMarker | null> {
    const markerEntry = [...this.listing.values()].find((e) => e.name === LEGACY_MARKER);
    let marker: LegacyMarker | null = null;
    if (markerEntry) marker = await this.readMarker(markerEntry.path);
    const sharedDaysVisible = [...this.listing.values()].some((e) => e.name.endsWith('.jsonl'));
    if (!marker && sharedDaysVisible) return null; // the switch to format 2 was before these windows
    const firstDay = [...states.keys()].sort()[0];
    if (firstDay === undefined) return null;
    const pending = input.components.filter((c) => daysToCopy(marker, c, firstDay, input.today) !== null);
    if (pending.length === 0) return null;
    const legacyDirs = await this.legacyComponents(listed);
    if (legacyDirs === 'after-switch') return null;
    const next: LegacyMarker = marker ?? { v: 2, since: input.today, components: {} };
    let changed = false;
    for (const c of pending) {
      const range = daysToCopy(marker, c, firstDay, input.today)!;
      if (!legacyDirs.has(c)) {
        if (marker || legacyDirs.size > 0) next.components[c] = { from: null };
        changed = changed || marker !== null || legacyDirs.size > 0;
        continue;
      }
      await this.copyComponent(c, range, states);
      next.components[c] = { from: range.from };
      changed = true;
    }
    return changed ? next : null;
  }

  /** Components with a format-1 folder; 'after-switch' when format 2 exists already outside the listed months. */
  private async legacyComponents(listed: boolean): Promise<Set<string> | 'after-switch'> {
    const root = await this.api.listDirectory(LEGACY_ROOT, this.branch);
    if (!root) return new Set();
    const sharedRoot = SHARED_DIR.slice(LEGACY_ROOT.length + 1);
    if (!listed && root.some((e) => e.type === 'dir' && e.name === sharedRoot)) return 'after-switch';
    return new Set(root.filter((e) => e.type === 'dir' && e.name !== sharedRoot).map((e) => e.name));
  }

  private async copyComponent(
    component: string,
    range: { from: string; to: string },
    states: Map<string, DayState>,
  ): Promise<void> {
    for (const s of states.values()) {
      if (s.day < range.from || s.day > range.to) continue;
      const path = legacyDayPath(component, s.day);
      const file = await this.api.getFile(path, this.branch);
      if (!file) continue;
      const parsed = parseHistoryLines(file.text, path);
      this.report(path, parsed.problems);
      for (const sample of parsed.samples) s.add.push({ component, sample });
      this.result.copied.samples += parsed.samples.length;
    }
    this.result.copied.components.push(component);
  }

  private async readMarker(path: string): Promise<LegacyMarker | null> {
    const file = await this.api.getFile(path, this.branch);
    if (!file) return null;
    const m = parseLegacyMarker(file.text);
    if ('problem' in m) {
      this.result.problems.push(`${path}: ${m.problem} (read as absent; copying again adds nothing twice)`);
      return null;
    }
    return m;
  }

  /** Reads what a day needs: the rollup of a closed day when it is current, else the day file. */
  private async readDay(s: DayState, input: HistoryRunInput): Promise<void> {
    const need = s.need;
    s.entry = this.listing.get(dayFilePath(s.day));
    s.rollupEntry = this.listing.get(rollupFilePath(s.day));
    const wantsRaw = (need?.raw ?? false) || s.add.length > 0;
    if (!wantsRaw && need?.rollup && s.day < input.today) {
      if (!s.entry) return; // no samples that day
      if (s.rollupEntry) {
        const stored = await this.api.getFile(s.rollupEntry.path, this.branch);
        const read = stored ? readSharedRollup(stored.text) : null;
        if (
          read &&
          'rollup' in read &&
          read.rollup.source === s.entry.sha &&
          read.rollup.intervalMs === input.intervalMs
        ) {
          s.rollup = read.rollup;
          return;
        }
      }
    } else if (!wantsRaw) {
      return;
    }
    await this.readDayFile(s);
  }

  /** Reads the day file when the listing shows one (a file created since is met as a conflict when writing). */
  private async readDayFile(s: DayState): Promise<void> {
    const path = dayFilePath(s.day);
    const file = s.entry ? await this.api.getFile(path, this.branch) : null;
    s.file = file ? { text: file.text, sha: file.sha } : { text: '', sha: null };
    s.parsed = parseSharedDay(s.file.text, s.day);
    this.report(path, s.parsed.problems);
  }

  /** Appends the day's pending lines, from a fresh read whenever another run wrote first. */
  private async appendDay(s: DayState): Promise<void> {
    if (s.add.length === 0 || !s.file || !s.parsed) return;
    const path = dayFilePath(s.day);
    const retry = new ConflictRetry(this.conflicts);
    for (;;) {
      const next = appendShared(s.file.text, s.parsed.keys, s.add);
      if (!next) return;
      try {
        await this.api.putFile({
          path,
          branch: this.branch,
          text: next.text,
          message: `uptime: ${s.day} (+${next.added} samples)`,
          sha: s.file.sha,
        });
        s.file = { text: next.text, sha: gitBlobSha(next.text) };
        s.parsed = parseSharedDay(next.text, s.day);
        this.result.written.samples += next.added;
        this.result.written.files.push(path);
        return;
      } catch (e) {
        if (!isWriteConflict(e)) throw e;
        this.result.written.conflicts++;
        if (!(await retry.again()))
          throw new Error(
            `${path}: ${retry.conflicts} writes in a row were refused because other runs wrote first; ${next.added} sample(s) of this run are not recorded`,
          );
        const fresh = await this.api.getFile(path, this.branch);
        s.file = fresh ? { text: fresh.text, sha: fresh.sha } : { text: '', sha: null };
        s.parsed = parseSharedDay(s.file.text, s.day);
      }
    }
  }

  /** Format-1 samples copied in without writing them (a read-only run). */
  private mergeInMemory(s: DayState): void {
    if (s.add.length === 0 || !s.file || !s.parsed) return;
    const next = appendShared(s.file.text, s.parsed.keys, s.add);
    if (next) s.parsed = parseSharedDay(next.text, s.day);
  }

  /**
   * A closed day whose rollup was wanted but missing, made from an older day file, or outdated
   * by this run's writes gets one, made from the day file as it now is. (A day read whole
   * because a window cuts it, like the first day of a 7-day window, keeps the rollup it has.)
   */
  private prepareRollup(s: DayState, input: HistoryRunInput): void {
    if (
      s.day >= input.today ||
      !s.need?.rollup ||
      s.need.raw ||
      !s.file ||
      !s.parsed ||
      s.file.sha === null ||
      s.rollup
    )
      return;
    s.rollup = buildSharedRollup(s.day, input.intervalMs, s.file.sha, s.parsed.byComponent);
    s.writeRollup = s.parsed.byComponent.size > 0;
  }

  /** Writes a rollup; a conflict means another run wrote one: kept when it is made from the same day file. */
  private async writeRollup(s: DayState): Promise<void> {
    const path = rollupFilePath(s.day);
    const text = formatSharedRollup(s.rollup!);
    let sha = s.rollupEntry?.sha ?? null;
    const retry = new ConflictRetry(this.conflicts);
    for (;;) {
      try {
        await this.api.putFile({ path, branch: this.branch, text, message: `uptime: ${s.day} rollup`, sha });
        this.result.written.files.push(path);
        return;
      } catch (e) {
        // A rollup is a cache: the day file stays the truth, so a write that cannot be made only costs a later run this work.
        if (!isWriteConflict(e)) return;
        this.result.written.conflicts++;
        if (!(await retry.again())) return;
        const current = await this.api.getFile(path, this.branch);
        const read = current ? readSharedRollup(current.text) : null;
        if (
          read &&
          'rollup' in read &&
          read.rollup.source === s.rollup!.source &&
          read.rollup.intervalMs === s.rollup!.intervalMs
        )
          return;
        sha = current?.sha ?? null;
      }
    }
  }

  /** Writes the legacy marker in the month it was first written, merged with what another run wrote meanwhile. */
  private async writeMarker(marker: LegacyMarker, today: string): Promise<void> {
    const existing = [...this.listing.values()].find((e) => e.name === LEGACY_MARKER);
    const path = existing?.path ?? legacyMarkerPath(monthOf(today));
    let sha = existing?.sha ?? null;
    let next = marker;
    const retry = new ConflictRetry(this.conflicts);
    for (;;) {
      try {
        await this.api.putFile({
          path,
          branch: this.branch,
          text: formatLegacyMarker(next),
          message: 'uptime: format-1 history copied in',
          sha,
        });
        this.result.written.files.push(path);
        return;
      } catch (e) {
        if (!isWriteConflict(e)) throw e;
        this.result.written.conflicts++;
        if (!(await retry.again())) throw e;
        const current = await this.api.getFile(path, this.branch);
        const read = current ? parseLegacyMarker(current.text) : null;
        if (read && !('problem' in read)) next = mergeLegacyMarkers(read, marker);
        sha = current?.sha ?? null;
      }
    }
  }

  private finish(states: Map<string, DayState>, input: HistoryRunInput): HistoryRunResult {
    for (const s of states.values()) {
      const rollups = s.rollup ? new Map(Object.entries(s.rollup.components)) : null;
      this.result.days.set(s.day, {
        raw: s.parsed ? s.parsed.byComponent : null,
        rollups: s.day < input.today ? rollups : null,
      });
    }
    return this.result;
  }

  private report(path: string, problems: readonly { line: number; message: string }[]): void {
    for (const p of problems.slice(0, PROBLEMS_PER_FILE))
      this.result.problems.push(`${path}:${p.line}: ${p.message} (line skipped)`);
    if (problems.length > PROBLEMS_PER_FILE)
      this.result.problems.push(`${path}: ${problems.length - PROBLEMS_PER_FILE} more malformed line(s) skipped`);
  }
}
