/**
 * Parses a large Cobertura report in pieces on several threads.
 *
 * The report is cut just before `<class` tags near equal offsets. The first piece is parsed
 * here as the start of the document; every other piece in a worker, as a fragment assumed to
 * start between classes, inside <coverage><packages><package><classes>. The assumption is then
 * checked: each piece must have ended between two tokens and outside any class, and the end
 * tags a piece met for elements opened before it must close, in order, what the pieces before
 * left open; at the end nothing may be left open. If anything does not fit (a cut inside a
 * comment, an unusual layout) or a piece finds an error, the caller parses the whole report
 * sequentially, which reports the first error with its true position.
 */
import { open } from 'node:fs/promises';
import type { FileCoverageData } from './file-coverage.js';
import { FileCoverage } from './file-coverage.js';
import { CLASS_DEPTH, createCoberturaParser, type CoberturaFragmentEnd } from './formats/cobertura.js';
import type { ParsedReport } from './report.js';
import { forEachChunk } from '../core/read-chunks.js';

export interface FragmentTask {
  path: string;
  display: string;
  start: number;
  end: number;
}

export type FragmentOutcome =
  | { ok: true; complete: boolean; openNames: string[]; outerCloses: string[]; files: FileCoverageData[] }
  | { ok: false; reason: string };

/** Runs a task somewhere (a worker thread in the action; in-process in tests). */
export type FragmentRunner = (task: FragmentTask) => Promise<FragmentOutcome>;

/** Parses bytes [start, end) of the report as a fragment. Never throws: errors are outcomes. */
export async function parseCoberturaFragment(task: FragmentTask): Promise<FragmentOutcome> {
  try {
    const parser = createCoberturaParser(task.display, { offset: task.start });
    await forEachChunk(task.path, (chunk) => parser.write(chunk), undefined, task.start, task.end);
    const end = parser.endFragment();
    return { ok: true, complete: end.complete, openNames: end.openNames, outerCloses: end.outerCloses, files: [...end.report.files.values()].map((f) => f.toData()) };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}

/** The buffers behind an outcome's arrays, to transfer them instead of copying. */
export function transferListOf(outcome: FragmentOutcome): ArrayBuffer[] {
  if (!outcome.ok) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const f of outcome.files) {
    for (const a of [f.measured, f.covered, f.slots, f.miss]) if (a && a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  }
  return [...buffers];
}

const WINDOW = 256 * 1024;
const CLASS_TAG = Buffer.from('<class');

/**
 * Offsets of `<class` tags near size*k/parts, each preceded by only white space since the
 * previous ">", so that the cut is between two tags (verified again after parsing).
 */
export async function findCuts(path: string, size: number, parts: number): Promise<number[]> {
  const handle = await open(path, 'r');
  const cuts: number[] = [];
  try {
    const window = Buffer.allocUnsafe(WINDOW);
    for (let k = 1; k < parts; k++) {
      const target = Math.floor((size * k) / parts);
      const { bytesRead } = await handle.read(window, 0, WINDOW, target);
      const view = window.subarray(0, bytesRead);
      for (let at = view.indexOf(CLASS_TAG); at >= 0; at = view.indexOf(CLASS_TAG, at + 1)) {
        const next = view[at + CLASS_TAG.length];
        if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) continue;
        let back = at - 1;
        while (back >= 0 && (view[back] === 0x20 || view[back] === 0x09 || view[back] === 0x0a || view[back] === 0x0d)) back--;
        if (back < 0 || view[back] !== 0x3e) continue;
        const cut = target + at;
        if (cut > (cuts[cuts.length - 1] ?? 0)) cuts.push(cut);
        break;
      }
    }
  } finally {
    await handle.close();
  }
  return cuts;
}

/** Whether the pieces fit together as one well-formed document. */
export function piecesFit(first: CoberturaFragmentEnd, rest: FragmentOutcome[]): boolean {
  if (!first.complete) return false;
  const stack = [...first.openNames];
  for (const piece of rest) {
    if (!piece.ok || !piece.complete) return false;
    if (stack.length !== CLASS_DEPTH) return false; // each piece was parsed assuming this depth
    for (const name of piece.outerCloses) if (stack.pop() !== name) return false;
    stack.push(...piece.openNames);
  }
  return stack.length === 0;
}

/**
 * Parses the report in `cuts.length + 1` pieces, or returns undefined when it cannot be done
 * that way (then parse it sequentially). Errors in the first piece are the report's own and
 * are thrown, as a sequential parse would.
 */
export async function parseCoberturaInPieces(path: string, display: string, size: number, parts: number, run: FragmentRunner): Promise<ParsedReport | undefined> {
  const cuts = await findCuts(path, size, parts);
  if (cuts.length === 0) return undefined;
  const bounds = [...cuts, size];
  const others = cuts.map((start, k) => run({ path, display, start, end: bounds[k + 1]! }));
  const firstParser = createCoberturaParser(display);
  let first: CoberturaFragmentEnd;
  try {
    await forEachChunk(path, (chunk) => firstParser.write(chunk), undefined, 0, cuts[0]);
    first = firstParser.endFragment();
  } finally {
    await Promise.all(others); // never leave workers running behind a thrown error
  }
  const rest = await Promise.all(others);
  if (!piecesFit(first, rest)) return undefined;
  const report = first.report;
  for (const piece of rest) {
    if (!piece.ok) return undefined;
    for (const data of piece.files) {
      const fc = FileCoverage.fromData(data);
      const existing = report.files.get(fc.path);
      if (existing) existing.mergeFrom(fc);
      else report.files.set(fc.path, fc);
    }
  }
  report.pieces = rest.length + 1;
  return report;
}
