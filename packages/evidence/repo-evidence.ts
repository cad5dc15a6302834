/**
 * Checks that the documents and tests a stage asks for are in the repository: a component
 * README with a usage example, integration tests, user docs, an API reference, a
 * troubleshooting guide, a rollback procedure. Each is looked for at a list of places
 * (config `components.<id>.evidence`, else the seeds' places: config/defaults.ts); the first
 * that is present satisfies it. A place is a glob (`docs/operations/neo4j_ROLLBACK.md`) or a
 * section of a Markdown file (`src/components/neo4j/README.md#Troubleshooting`). Matching
 * ignores case, as people name these files in many ways. Pure over a RepoReader.
 */
import picomatch from 'picomatch';
import type { EvidenceKind } from '../core/config/defaults.js';
import { findHeading, markdownOutline, type Outline } from './markdown-outline.js';

export interface RepoReader {
  /** Repository files, relative, forward slashes. */
  list(): readonly string[];
  /** A file's text; undefined when it cannot be read. */
  read(path: string): string | undefined;
}

export interface EvidenceCheck {
  kind: EvidenceKind;
  /** The file (or `file#Heading`) that satisfies it; null when none does. */
  found: string | null;
  /** Why it counts, or what is wrong with the closest candidate. */
  detail: string;
  /** Where it was looked for, for the failure message. */
  places: string[];
}

type Candidate = { ok: true; found: string; detail: string } | { ok: false; detail: string } | null;

export class EvidenceFinder {
  private readonly outlines = new Map<string, Outline | null>();
  private readonly byLowerPath = new Map<string, string>();

  constructor(private readonly repo: RepoReader) {
    for (const f of repo.list()) this.byLowerPath.set(f.toLowerCase(), f);
  }

  check(kind: EvidenceKind, places: readonly string[]): EvidenceCheck {
    let firstProblem: string | undefined;
    for (const place of places) {
      const c = place.includes('#') ? this.section(place) : this.files(kind, place);
      if (c?.ok) return { kind, found: c.found, detail: c.detail, places: [...places] };
      if (c && !c.ok) firstProblem ??= c.detail;
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

  private outline(path: string): Outline | null {
    let o = this.outlines.get(path);
    if (o === undefined) {
      const text = this.repo.read(path);
      o = text === undefined ? null : markdownOutline(text);
      this.outlines.set(path, o);
    }
    return o;
  }

  private section(place: string): Candidate {
    const hash = place.indexOf('#');
    const file = this.byLowerPath.get(place.slice(0, hash).toLowerCase());
    const title = place.slice(hash + 1);
    if (!file) return null;
    const outline = this.outline(file);
    const h = outline && findHeading(outline, title);
    if (!h) return { ok: false, detail: `${file} has no "${title}" section` };
    if (h.contentBlocks === 0)
      return { ok: false, detail: `the "${h.text}" section of ${file} (line ${h.line}) is empty` };
    return { ok: true, found: `${file}#${h.text}`, detail: `section "${h.text}" of ${file}, line ${h.line}` };
  }

  private files(kind: EvidenceKind, glob: string): Candidate {
    const match = picomatch(glob, { nocase: true, dot: true });
    const hits = this.repo
      .list()
      .filter((f) => match(f))
      .sort();
    if (hits.length === 0) return null;
    let problem: string | undefined;
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
    return { ok: false, detail: problem! };
  }
}
