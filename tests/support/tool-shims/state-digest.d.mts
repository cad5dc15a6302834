/** Types of state-digest.mjs (plain ESM, also run by the stand-ins without TypeScript). */
export type FileDigests = Record<string, string>;
export declare const DIGEST_EXTENSIONS: string[];
export declare const SKIPPED_DIRS: string[];
export declare function stateFiles(root: string): FileDigests;
export declare function overlayFiles(repoDir: string, changesDir: string | null): FileDigests;
export declare function digestOf(files: FileDigests): string;
export declare function diffFiles(
  actual: FileDigests,
  expected: FileDigests,
): { added: string[]; missing: string[]; changed: string[]; count: number };
