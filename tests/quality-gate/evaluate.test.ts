/** quality-gate's evaluation: tools' counts, concerns, new-only mode, docstrings and documents per stage. */
import { evaluateQuality, type QualityGateModel, type ToolRun } from '../../actions/quality-gate/quality-gate.js';
import { annotationsFor } from '../../actions/quality-gate/quality-gate-result.js';
import { failureMessage, renderComment, renderSummary } from '../../actions/quality-gate/render.js';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { defaultComponent } from '../../packages/core/config/load-config.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { Finding } from '../../packages/findings/finding.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { selectAnnotations } from '../../packages/report/annotations.js';

const component = { ...defaultComponent('neo4j', ['src/neo4j/**']), name: 'Neo4j' };

const f = (
  tool: string,
  level: Finding['level'],
  line: number,
  fingerprint: string,
  path = 'src/neo4j/a.py',
): Finding => ({
  tool,
  rule: tool === 'ruff' ? 'F401' : 'reportArgumentType',
  level,
  message: `${tool} says <b>@someone</b> check | this`,
  path,
  start: { line, column: 5 },
  end: { line, column: 9 },
  fingerprint,
});

const run = (tool: ToolRun['tool'], extra: Partial<ToolRun> = {}): ToolRun => ({
  tool,
  source: `${tool}.json`,
  kind: 'report',
  error: null,
  reportCounts: { error: 0, warning: 0, note: 0 },
  ...extra,
});

function model(over: Partial<QualityGateModel> = {}): QualityGateModel {
  return {
    runs: [run('ruff'), run('pyright')],
    findings: [],
    outOfScope: 0,
    unmatched: [],
    baseline: null,
    changed: null,
    scope: 'stage',
    enforceNextStage: false,
    component,
    policy: SEED_POLICY.staging,
    target: 'staging',
    docstrings: null,
    evidence: [],
    ...over,
  };
}

const status = (ev: ReturnType<typeof evaluateQuality>, id: string) => ev.criteria.find((c) => c.id === id);

describe('evaluateQuality', () => {
  it('passes clean reports and counts by the tools\u2019 own levels', () => {
    const ev = evaluateQuality(model({ findings: [f('pyright', 'note', 3, 'n1')] }));
    expect(status(ev, 'lint.errors')).toMatchObject({ status: 'pass', measured: 0, bar: 0 });
    expect(status(ev, 'types.errors')).toMatchObject({ status: 'pass', measured: 0 });
    expect(status(ev, 'lint.warnings')).toBeUndefined(); // seed: no bar on lint warnings
    expect(ev.counts).toEqual({ error: 0, warning: 0, note: 1 });
  });

  it('fails with the gap, per concern', () => {
    const ev = evaluateQuality(
      model({ findings: [f('ruff', 'error', 1, 'a'), f('ruff', 'error', 2, 'b'), f('pyright', 'warning', 3, 'c')] }),
    );
    expect(status(ev, 'lint.errors')).toMatchObject({ status: 'fail', measured: 2, gap: 2, detail: 'ruff 2' });
    expect(status(ev, 'types.warnings')).toMatchObject({ status: 'fail', measured: 1, gap: 1 });
  });

  it('has no data for a concern without a report, and an error for a crashed tool', () => {
    const ev = evaluateQuality(
      model({ runs: [run('ruff', { kind: 'command', source: 'ruff check', error: 'exited with 2' })] }),
    );
    expect(status(ev, 'lint.errors')).toMatchObject({ status: 'error', measured: null, detail: 'ruff: exited with 2' });
    expect(status(ev, 'types.errors')).toMatchObject({
      status: 'no-data',
      detail: expect.stringMatching(/pyright-report/),
    });
  });

  it('on a pull request judges what the change introduces, and shows the whole count as progress', () => {
    const findings = [f('ruff', 'error', 1, 'old'), f('ruff', 'error', 2, 'old'), f('ruff', 'error', 3, 'new')];
    const ev = evaluateQuality(
      model({ findings, scope: 'change', baseline: { source: 'base.json', fingerprints: ['old', 'old', 'gone'] } }),
    );
    expect(status(ev, 'lint.new-errors')).toMatchObject({
      status: 'fail',
      measured: 1,
      title: 'Lint errors introduced',
      detail: 'ruff 1; 2 more on the default branch already (not counted)',
    });
    expect(status(ev, 'lint.errors')).toMatchObject({ status: 'fail', measured: 3, enforced: false });
    expect(ev.introducedBasis).toBe('baseline');
    expect(ev.introducedCounts).toEqual({ error: 1, warning: 0, note: 0 });
    expect(ev.fixed).toBe(1);
    expect(ev.findings[0]).toMatchObject({ fingerprint: 'new', introduced: true });
    expect(annotationsFor(ev, () => false)).toHaveLength(1);
  });

  it('without a default-branch result, counts the findings on the lines the change touched', () => {
    const findings = [f('ruff', 'error', 1, 'a'), f('ruff', 'error', 3, 'b')];
    const changed = {
      source: 'git' as const,
      files: new Map([[findings[0]!.path!, new Set([3])]]),
      unknown: [],
      truncated: false,
    };
    const ev = evaluateQuality(model({ findings, scope: 'change', changed }));
    expect(status(ev, 'lint.new-errors')).toMatchObject({
      status: 'fail',
      measured: 1,
      detail: 'ruff 1; 1 more on lines this change did not touch (not counted)',
    });
    expect(ev.introducedNote).toMatch(
      /no baseline: a finding counts as introduced when it is on a line this pull request changed/,
    );
    const stage = evaluateQuality(
      model({ findings, scope: 'stage', baseline: { source: 'b', fingerprints: ['a', 'b'] } }),
    );
    expect(status(stage, 'lint.errors')).toMatchObject({ status: 'fail', measured: 2 });
    expect(status(stage, 'lint.new-errors')).toBeUndefined();
  });

  it('with the changed lines unknown (shallow checkout, API down): no-data, never a pass, unless every finding in scope meets the bar', () => {
    const unknown = { source: 'unknown' as const, reason: 'listing failed (HTTP 502)' };
    const ev = evaluateQuality(
      model({
        findings: [f('ruff', 'error', 1, 'a'), f('pyright', 'warning', 3, 'b')],
        scope: 'change',
        changed: unknown,
      }),
    );
    expect(status(ev, 'lint.new-errors')).toMatchObject({
      status: 'no-data',
      measured: null,
      detail: expect.stringMatching(
        /^ruff 1 in scope, and the changed lines are not known, so which are this change's cannot be told\. Check out with `fetch-depth: 0`/,
      ),
    });
    expect(status(ev, 'types.new-errors')).toMatchObject({
      status: 'pass',
      measured: 0,
      detail: 'pyright 0; the changed lines are not known, so every finding in scope counts',
    });
    expect(ev.introducedBasis).toBe('unknown');
    expect(ev.introducedNote).toMatch(/the changed lines are not known \(listing failed \(HTTP 502\)\)/);
    const cut = evaluateQuality(
      model({
        findings: [f('ruff', 'error', 1, 'a')],
        scope: 'change',
        changed: { source: 'api', files: new Map(), unknown: [], truncated: true },
      }),
    );
    expect(status(cut, 'lint.new-errors')).toMatchObject({ status: 'no-data' });
  });

  it('judges docstrings as coverage.py judges a bar, and requires production\u2019s documents', () => {
    const docstrings = {
      total: 3,
      documented: 2,
      missing: [{ path: 'src/neo4j/a.py', name: 'connect', kind: 'function', line: 7 }],
      files: 1,
      syntaxErrors: [],
    };
    const evidence = [
      { kind: 'readme' as const, found: 'src/neo4j/README.md', detail: 'ok', places: [] },
      {
        kind: 'rollback' as const,
        found: null,
        detail: 'not found; looked for docs/operations/neo4j_ROLLBACK.md',
        places: ['docs/operations/neo4j_ROLLBACK.md'],
      },
    ];
    const staging = evaluateQuality(model({ docstrings, evidence }));
    expect(status(staging, 'docs.docstrings')).toMatchObject({ status: 'fail', measured: 66.67, bar: 100, gap: 33.33 });
    expect(status(staging, 'evidence.rollback')).toBeUndefined();
    const prod = evaluateQuality(model({ docstrings, evidence, target: 'production', policy: SEED_POLICY.production }));
    expect(status(prod, 'evidence.rollback')).toMatchObject({
      status: 'fail',
      measured: 'missing',
      detail: expect.stringMatching(/looked for docs\/operations/),
    });
    expect(status(prod, 'evidence.readme')).toMatchObject({ status: 'pass' });
  });

  it('ranks errors and changed lines first, and annotates within the caps', () => {
    const findings = Array.from({ length: 40 }, (_, i) =>
      f(i % 2 ? 'ruff' : 'pyright', i % 4 === 0 ? 'warning' : 'error', i + 1, `fp${i}`),
    );
    const changed = {
      source: 'git' as const,
      files: new Map([['src/neo4j/a.py', new Set([40])]]),
      unknown: [],
      truncated: false,
    };
    const ev = evaluateQuality(model({ findings, changed }));
    expect(ev.findings[0]).toMatchObject({ changed: true, start: { line: 40 } });
    const sel = selectAnnotations(annotationsFor(ev, () => false));
    expect(sel.selected.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(sel.selected[0]).toMatchObject({ startLine: 40, startColumn: 5, endColumn: 9 });
  });

  it('renders untrusted messages inert and says what fell short and what to do', () => {
    const ev = evaluateQuality(model({ findings: [f('ruff', 'error', 1, 'a')] }));
    const result = buildGateResult({
      gate: 'quality-gate',
      component: 'neo4j',
      current: 'development',
      target: 'staging',
      criteria: ev.criteria,
      summary: '',
      data: {},
      context: readRunContext({}),
      now: new Date(0),
    });
    const ctx = {
      result,
      ev,
      warnings: [],
      unmatched: [],
      outOfScope: 0,
      runUrl: null,
      blobUrl: 'https://github.com/o/r/blob/abc',
    };
    const summary = renderSummary(ctx, 1 << 20);
    expect(summary).toContain('&lt;b&gt;@\u200bsomeone&lt;/b&gt; check \\| this');
    expect(summary).toContain('(https://github.com/o/r/blob/abc/src/neo4j/a.py#L1)');
    expect(renderComment(ctx, 65000).length).toBeLessThan(65000);
    expect(failureMessage(result, ev, 'neo4j', 'staging')).toMatch(
      /^neo4j does not meet the Staging bars: Lint errors: 1 finding, 1 finding over the bar ≤ 0 findings.*ruff check --fix/,
    );
  });
});
