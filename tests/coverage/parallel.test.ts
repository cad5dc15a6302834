/** Parsing one Cobertura report in pieces gives exactly what one sequential pass gives, or declines. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCoverageFile } from '../../packages/coverage/read-coverage.js';
import { findCuts, parseCoberturaFragment, parseCoberturaInPieces, piecesFit, type FragmentRunner } from '../../packages/coverage/parallel-cobertura.js';
import type { ParsedReport } from '../../packages/coverage/report.js';
import { report } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'pieces-'));
/** Runs pieces in this thread: the same code the worker runs, without the thread. */
const inProcess: FragmentRunner = (task) => parseCoberturaFragment(task);

function snapshot(r: ParsedReport) {
  return [...r.files.entries()].map(([k, f]) => [k, f.totals(), f.branchLines(), [...f.missedLines()]]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('Cobertura in pieces', () => {
  it.each(['python/unit/coverage.xml', 'python/combined/coverage.xml', 'js/c8/cobertura-coverage.xml'])('%s: every file equal to the sequential parse', async (rel) => {
    const path = report(rel);
    const sequential = await parseCoverageFile(path, rel);
    for (const parts of [2, 3, 5]) {
      const pieces = await parseCoberturaInPieces(path, rel, statSync(path).size, parts, inProcess);
      expect(pieces).toBeDefined();
      expect(snapshot(pieces!)).toEqual(snapshot(sequential));
      expect(pieces!.producer).toBe(sequential.producer);
      expect(pieces!.sources).toEqual(sequential.sources);
    }
  });

  it('is used by parseCoverageFile when the plan says more than one piece', async () => {
    const path = report('python/combined/coverage.xml');
    let pieces = 0;
    const counting: FragmentRunner = (task) => {
      pieces++;
      return parseCoberturaFragment(task);
    };
    const r = await parseCoverageFile(path, 'x', { run: counting, pieces: () => 3 });
    expect(pieces).toBe(2);
    expect(snapshot(r)).toEqual(snapshot(await parseCoverageFile(path, 'x')));
  });

  it('declines when a cut falls inside a comment', async () => {
    const text = readFileSync(report('python/unit/coverage.xml'), 'utf8');
    const mid = text.indexOf('<class', text.length / 2);
    // A commented-out class right where the cut is looked for.
    const tricky = `${text.slice(0, mid)}<!-- old:\n>\n\t\t\t\t<class name="gone" filename="gone.py">\n -->${text.slice(mid)}`;
    const path = write('comment.xml', tricky);
    const cuts = await findCuts(path, statSync(path).size, 2);
    expect(tricky.slice(cuts[0], cuts[0]! + 30)).toMatch(/^<class name="gone"/);
    expect(await parseCoberturaInPieces(path, 'comment.xml', statSync(path).size, 2, inProcess)).toBeUndefined();
    // ...and the sequential parse, which the caller falls back to, is right.
    const r = await parseCoverageFile(path, 'comment.xml', { run: inProcess, pieces: () => 2 });
    expect(r.files.has('gone.py')).toBe(false);
  });

  it('declines when a later piece has an error, so the sequential parse reports it with its position', async () => {
    const text = readFileSync(report('python/unit/coverage.xml'), 'utf8');
    const broken = text.replace(/hits="1"\/>(?![\s\S]*hits="1"\/>)/, 'hits="x"/>'); // the last line element
    const path = write('broken.xml', broken);
    expect(await parseCoberturaInPieces(path, 'broken.xml', statSync(path).size, 2, inProcess)).toBeUndefined();
    await expect(parseCoverageFile(path, 'broken.xml', { run: inProcess, pieces: () => 2 })).rejects.toMatchObject({
      message: expect.stringMatching(/hits must be a whole number/),
      place: { line: broken.slice(0, broken.indexOf('hits="x"')).split('\n').length },
    });
  });

  it('checks that the pieces nest: closes must match what earlier pieces left open', () => {
    const first = { report: {} as ParsedReport, complete: true, openNames: ['coverage', 'packages', 'package', 'classes'], outerCloses: [] };
    const ok = { ok: true as const, complete: true, files: [], openNames: [], outerCloses: ['classes', 'package', 'packages', 'coverage'] };
    expect(piecesFit(first, [ok])).toBe(true);
    expect(piecesFit(first, [{ ...ok, outerCloses: ['classes', 'package'] }])).toBe(false); // left open
    expect(piecesFit(first, [{ ...ok, outerCloses: ['package', 'classes', 'packages', 'coverage'] }])).toBe(false); // wrong order
    expect(piecesFit({ ...first, complete: false }, [ok])).toBe(false);
    expect(piecesFit({ ...first, openNames: ['coverage', 'packages'] }, [ok])).toBe(false); // not the depth the piece assumed
  });
});
