/**
 * Reads the result files the gates wrote (docs/result-format.md) for promotion-report: every
 * file is validated against the versioned schema; a file that is not a result, is from another
 * component, or from another commit than the one being promoted is set aside with the reason,
 * never silently used. A gate may have written several results for the component (coverage-gate
 * once for integration tests and once for E2E tests): each criterion is taken from the newest
 * result that has it.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../core/errors.js';
import { parseJsonText } from '../core/json-text.js';
import { displayPath, expandReportGlobs } from '../core/report-files.js';
import { gateResultSchema, RESULT_KIND, type GateResult } from '../core/result/gate-result.js';
import { globSync } from 'tinyglobby';
import { isAbsolute, resolve } from 'node:path';
import { statSync } from 'node:fs';

export interface ResultSet {
  /** gate -> its results for the component, newest first. */
  byGate: Map<string, { file: string; result: GateResult }[]>;
  /** Files not used, with why. */
  setAside: { file: string; reason: string }[];
}

export function selectResults(
  files: readonly { file: string; text: string }[],
  want: { component: string; commit: string | null },
): ResultSet {
  const byGate = new Map<string, { file: string; result: GateResult }[]>();
  const setAside: ResultSet['setAside'] = [];
  for (const { file, text } of files) {
    let doc: unknown;
    try {
      doc = parseJsonText(text, file);
    } catch (e) {
      setAside.push({ file, reason: e instanceof ConfigurationError ? e.message : 'not JSON' });
      continue;
    }
    if (!doc || typeof doc !== 'object' || (doc as { kind?: unknown }).kind !== RESULT_KIND) {
      setAside.push({ file, reason: 'not a maturity-actions result file' });
      continue;
    }
    const parsed = gateResultSchema.safeParse(doc);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      setAside.push({ file, reason: `not a valid result (version ${String((doc as { version?: unknown }).version)}): ${issue.path.join('.')}: ${issue.message}` });
      continue;
    }
    const r = parsed.data;
    if (r.component !== want.component) {
      setAside.push({ file, reason: `for ${r.component ?? 'the whole report'}, not ${want.component}` });
      continue;
    }
    if (want.commit && r.commit && r.commit !== want.commit) {
      setAside.push({ file, reason: `measured on commit ${r.commit.slice(0, 7)}, not ${want.commit.slice(0, 7)}` });
      continue;
    }
    const list = byGate.get(r.gate) ?? [];
    list.push({ file, result: r });
    byGate.set(r.gate, list);
  }
  for (const list of byGate.values()) list.sort((a, b) => Date.parse(b.result.createdAt) - Date.parse(a.result.createdAt));
  return { byGate, setAside };
}

/** The result files under a folder, or matching globs (the `results` input). */
export function readResultFiles(patterns: readonly string[], root: string): { file: string; text: string }[] {
  const paths: string[] = [];
  for (const p of patterns) {
    const abs = isAbsolute(p) ? p : resolve(root, p);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (st?.isDirectory()) paths.push(...globSync('**/*.json', { cwd: abs, absolute: true, onlyFiles: true }).sort());
    else paths.push(...expandReportGlobs([p], root, 'input results'));
  }
  return paths.map((f) => ({ file: displayPath(f, root), text: readFileSync(f, 'utf8') }));
}
