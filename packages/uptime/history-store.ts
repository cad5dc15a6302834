/**
 * Files on the data branch (default `maturity-data`) through the GitHub contents API, with
 * optimistic appends: the dashboard's trend history uses it, and `append` is how uptime
 * history format 1 was written (one JSONL file per component and UTC day,
 * `uptime/<component>/<YYYY-MM-DD>.jsonl`). uptime-check now writes the shared format 2
 * (shared-history.ts), which reads format 1 once to copy it in.
 *
 * Appends are optimistic: read the file and its blob sha, write the longer text with that
 * sha; when another run wrote in between, GitHub refuses (409, or 422 for a file created
 * meanwhile) and the append starts over from a fresh read. So two runs at once never lose
 * a sample. Lines already in the file (same time and URL) are not written twice, which makes
 * a retried append idempotent.
 */
import type { GitHubApi } from '../github/client.js';
import { conflictPolicy, ConflictRetry, isWriteConflict, type ConflictPolicy } from '../github/write-conflicts.js';
import type { Sample } from './sample.js';

export const DEFAULT_DATA_BRANCH = 'maturity-data';

export interface AppendResult {
  files: string[];
  /** Writes refused because another run wrote first, then retried. */
  conflicts: number;
}

export function dayOf(sample: Sample): string {
  return sample.t.slice(0, 10);
}

const keyOf = (s: Pick<Sample, 't' | 'url'>) => `${s.t}\u0000${s.url}`;

export class BranchHistoryStore {
  private readonly conflicts: ConflictPolicy;

  constructor(
    private readonly api: GitHubApi,
    readonly branch = DEFAULT_DATA_BRANCH,
    readonly dir = 'uptime',
    sleep?: (ms: number) => Promise<void>,
  ) {
    this.conflicts = conflictPolicy(sleep ? { sleep } : {});
  }

  pathFor(component: string, day: string, suffix = '.jsonl'): string {
    return `${this.dir}/${component}/${day}${suffix}`;
  }

  /** Creates the data branch from the default branch's head when it does not exist yet. */
  async ensureBranch(): Promise<void> {
    if (await this.api.branchSha(this.branch)) return;
    const base = await this.api.branchSha(await this.api.defaultBranch());
    if (!base) throw new Error(`the repository's default branch has no commit to start ${this.branch} from`);
    await this.api.createBranch(this.branch, base); // false: another run created it first, which is as good
  }

  async readText(path: string): Promise<string | null> {
    return (await this.api.getFile(path, this.branch))?.text ?? null;
  }

  /** Writes a whole file (a rollup), replacing what is there. */
  async writeText(path: string, text: string, message: string): Promise<void> {
    const current = await this.api.getFile(path, this.branch);
    if (current?.text === text) return;
    await this.api.putFile({ path, branch: this.branch, text, message, sha: current?.sha ?? null });
  }

  /**
   * Appends text lines to one file, skipping lines already in it (so a retried append is
   * idempotent); retried from a fresh read when another run wrote first. Returns the lines written.
   */
  async appendLines(
    path: string,
    lines: readonly string[],
    message: string,
  ): Promise<{ written: number; conflicts: number }> {
    const retry = new ConflictRetry(this.conflicts);
    for (;;) {
      const current = await this.api.getFile(path, this.branch);
      const text = current?.text ?? '';
      const present = new Set(text.split('\n'));
      const fresh = [...new Set(lines)].filter((l) => l && !present.has(l));
      if (fresh.length === 0) return { written: 0, conflicts: retry.conflicts };
      const head = text && !text.endsWith('\n') ? `${text}\n` : text;
      try {
        await this.api.putFile({
          path,
          branch: this.branch,
          text: head + fresh.map((l) => `${l}\n`).join(''),
          message,
          sha: current?.sha ?? null,
        });
        return { written: fresh.length, conflicts: retry.conflicts };
      } catch (e) {
        if (!isWriteConflict(e) || !(await retry.again())) throw e;
      }
    }
  }

  /** Appends samples to their days' files; retried from a fresh read when another run wrote first. */
  async append(component: string, samples: readonly Sample[]): Promise<AppendResult> {
    const byDay = new Map<string, Sample[]>();
    for (const s of samples) {
      const list = byDay.get(dayOf(s)) ?? [];
      list.push(s);
      byDay.set(dayOf(s), list);
    }
    const result: AppendResult = { files: [], conflicts: 0 };
    for (const [day, daySamples] of [...byDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const path = this.pathFor(component, day);
      const retry = new ConflictRetry(this.conflicts);
      for (;;) {
        const current = await this.api.getFile(path, this.branch);
        const text = current?.text ?? '';
        const present = new Set<string>();
        for (const line of text.split('\n')) {
          try {
            const s = JSON.parse(line) as Partial<Sample>;
            if (typeof s.t === 'string' && typeof s.url === 'string') present.add(keyOf(s as Sample));
          } catch {
            // a malformed line is the reader's to report; appending leaves it as it is
          }
        }
        const fresh = daySamples.filter((s) => !present.has(keyOf(s)));
        if (fresh.length === 0) break;
        const head = text && !text.endsWith('\n') ? `${text}\n` : text; // a torn last line stays on its own line
        const next = head + fresh.map((s) => `${JSON.stringify(s)}\n`).join('');
        try {
          await this.api.putFile({
            path,
            branch: this.branch,
            text: next,
            message: `uptime: ${component} ${day} (+${fresh.length} samples)`,
            sha: current?.sha ?? null,
          });
          break;
        } catch (e) {
          if (!isWriteConflict(e)) throw e;
          result.conflicts++;
          if (!(await retry.again())) throw e;
        }
      }
      result.files.push(path);
    }
    return result;
  }
}
