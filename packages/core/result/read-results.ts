/**
 * Reads result files back (docs/result-format.md): each is validated against the versioned
 * schema; a file that is not JSON, not a result, or not a valid one is set aside with the
 * reason, never silently used. promotion-report and the dashboard both read results this way.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { displayPath, expandReportGlobs, globFiles } from '../report-files.js';
import { parseJsonText } from '../json-text.js';
import { RESULT_KIND, type GateResult } from './gate-result.js';

export interface ValidatedResults {
  results: { file: string; result: GateResult }[];
  setAside: { file: string; reason: string }[];
}

/** Validates result files; the schema (and zod) loads on the first call that has files. */
export async function validateResults(files: readonly { file: string; text: string }[]): Promise<ValidatedResults> {
  const out: ValidatedResults = { results: [], setAside: [] };
  if (files.length === 0) return out;
  const { gateResultSchema } = await import('./gate-result-schema.js');
  for (const { file, text } of files) {
    let doc: unknown;
    try {
      doc = parseJsonText(text, file);
    } catch (e) {
      out.setAside.push({ file, reason: e instanceof ConfigurationError ? e.message : 'not JSON' });
      continue;
    }
    if (!doc || typeof doc !== 'object' || (doc as { kind?: unknown }).kind !== RESULT_KIND) {
      out.setAside.push({ file, reason: 'not a maturity-actions result file' });
      continue;
    }
    const parsed = gateResultSchema.safeParse(doc);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      out.setAside.push({
        file,
        reason: `not a valid result (version ${String((doc as { version?: unknown }).version)}): ${issue.path.join('.')}: ${issue.message}`,
      });
      continue;
    }
    out.results.push({ file, result: parsed.data });
  }
  return out;
}

/** The result files under a folder, or matching globs (the `results` input). */
export async function readResultFiles(
  patterns: readonly string[],
  root: string,
  inputName = 'results',
): Promise<{ file: string; text: string }[]> {
  const paths: string[] = [];
  for (const p of patterns) {
    const abs = isAbsolute(p) ? p : resolve(root, p);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (st?.isDirectory())
      paths.push(...(await globFiles('**/*.json', { cwd: abs, absolute: true, onlyFiles: true })).sort());
    else paths.push(...(await expandReportGlobs([p], root, `input ${inputName}`)));
  }
  return paths.map((f) => ({ file: displayPath(f, root), text: readFileSync(f, 'utf8') }));
}
