/**
 * The evidence a promotion is scored on: the right kind of tests for the target stage, fresh
 * (measured at the request's commit or later), from whichever workflow made it; criteria that do
 * not apply say why; stale evidence is shown and does not count.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { labelAppliedBy } from '../../actions/promotion-report/approval.js';
import { evaluatePromotion, type PromotionModel } from '../../actions/promotion-report/promotion.js';
import { SEED_POLICY } from '../../packages/core/config/defaults.js';
import { buildGateResult } from '../../packages/core/result/build-result.js';
import type { Criterion, GateResult } from '../../packages/core/result/gate-result.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { resultFilesInZip } from '../../packages/promotion/artifact-results.js';
import { gitFreshness } from '../../packages/promotion/freshness.js';
import { selectResults, type Freshness } from '../../packages/promotion/read-results.js';

const pass = (id: string): Criterion => ({
  id,
  title: id,
  status: 'pass',
  measured: 0,
  bar: 0,
  comparator: '<=',
  unit: '',
  evidence: [],
});

function result(
  gate: string,
  ids: string[],
  o: {
    target?: 'staging' | 'production';
    kind?: GateResult['testKind'];
    commit?: string;
    component?: string;
    scope?: 'change' | 'stage';
    at?: string;
  } = {},
): { file: string; text: string } {
  const r = buildGateResult({
    gate,
    component: o.component ?? 'mm',
    current: 'development',
    target: o.target ?? 'staging',
    criteria: ids.map(pass),
    summary: '',
    data: {},
    context: readRunContext({ GITHUB_SHA: o.commit ?? 'fresh', GITHUB_RUN_ID: '1', GITHUB_REPOSITORY: 'o/r' }),
    now: new Date(o.at ?? '2026-12-01T00:00:00Z'),
    ...(o.kind !== undefined ? { testKind: o.kind } : {}),
    ...(o.scope ? { scope: o.scope } : {}),
  });
  return { file: `${gate}-${o.kind ?? ''}-${o.commit ?? 'fresh'}.json`, text: JSON.stringify(r) };
}

const freshness = (c: string | null): Freshness => (c === 'fresh' ? 'fresh' : 'stale');

async function model(
  files: { file: string; text: string }[],
  over: Partial<PromotionModel> = {},
): Promise<PromotionModel> {
  return {
    component: { id: 'mm', name: 'MM' },
    current: 'development',
    target: 'staging',
    results: await selectResults(files, { component: 'mm', freshness }),
    notApplicable: {},
    requestCommit: 'fresh',
    dependencies: { dependencies: [], cycles: [] },
    blockers: [],
    daysInStaging: null,
    approval: null,
    checks: [],
    requester: null,
    policy: SEED_POLICY.staging,
    runUrl: null,
    ...over,
  };
}

const STAGING_ALL = [
  result('coverage-gate', ['coverage.total', 'tests.unit'], { kind: 'unit' }),
  result('quality-gate', [
    'lint.errors',
    'types.errors',
    'types.warnings',
    'docs.docstrings',
    'evidence.readme',
    'evidence.integration-tests',
  ]),
  result('security-gate', ['security.high', 'security.medium']),
];

describe('promotion evidence', () => {
  it('is ready for Staging on fresh unit, quality and security results', async () => {
    const ev = evaluatePromotion(await model(STAGING_ALL));
    expect(ev.blocking).toEqual([]);
    expect(ev.ready).toBe(true);
  });

  it('sets aside other components and pull-request results, and reads a result twice only once', async () => {
    const set = await selectResults(
      [
        ...STAGING_ALL,
        STAGING_ALL[0]!,
        result('coverage-gate', ['coverage.total'], { component: 'neo4j' }),
        result('quality-gate', ['lint.new-errors'], { scope: 'change' }),
      ],
      { component: 'mm', freshness },
    );
    expect(set.byGate.get('coverage-gate')).toHaveLength(1);
    expect(set.setAside.map((s) => s.reason)).toEqual([
      'for neo4j, not mm',
      "judges a pull request's change, not the component",
    ]);
  });

  it('does not take integration coverage for a Staging promotion, and says which workflow to run', async () => {
    const files = [
      result('coverage-gate', ['coverage.total', 'tests.integration'], { kind: 'integration' }),
      ...STAGING_ALL.slice(1),
    ];
    const ev = evaluatePromotion(await model(files));
    const row = ev.blocking.find((r) => r.id === 'coverage-gate (unit tests).result')!;
    expect(row.status).toBe('no-data');
    expect(row.detail).toMatch(
      /no coverage-gate \(unit tests\) result for mm: run the Maturity workflow on the default branch/,
    );
  });

  it('shows stale evidence with its date and commit, and does not count it', async () => {
    const files = [
      result('coverage-gate', ['coverage.total', 'tests.unit'], {
        kind: 'unit',
        commit: 'abcdef0123',
        at: '2026-11-20T10:00:00Z',
      }),
      ...STAGING_ALL.slice(1),
    ];
    const ev = evaluatePromotion(await model(files));
    expect(ev.ready).toBe(false);
    expect(ev.blocking.map((r) => [r.id, r.detail])).toEqual([
      [
        'coverage-gate:coverage.total',
        expect.stringMatching(/^stale: measured at abcdef0 on 2026-11-20, before this request \(fresh\)/),
      ],
      ['coverage-gate:tests.unit', expect.stringMatching(/^stale: /)],
    ]);
  });

  it('takes E2E from its own result, and waives what does not apply with the reason', async () => {
    const prod = [
      result('coverage-gate', ['coverage.total', 'tests.integration'], { kind: 'integration', target: 'production' }),
      result(
        'quality-gate',
        [
          'lint.errors',
          'types.errors',
          'evidence.user-guide',
          'evidence.api-reference',
          'evidence.troubleshooting',
          'evidence.rollback',
        ],
        { target: 'production' },
      ),
      result('security-gate', ['security.critical', 'security.high', 'security.medium', 'security.secret-scan'], {
        target: 'production',
      }),
      result('uptime-check', ['uptime.window', 'monitoring.health', 'monitoring.alerts'], { target: 'production' }),
    ];
    const m = await model(prod, {
      target: 'production',
      current: 'staging',
      policy: SEED_POLICY.production,
      daysInStaging: 10,
      approval: { by: 'lead', permission: 'admin' },
      notApplicable: {
        e2e: 'backend service',
        'load-test': 'batch job',
        'dependency-audit': 'no third-party packages',
      },
    });
    const ev = evaluatePromotion(m);
    expect(ev.blocking.map((r) => r.id)).toEqual([]);
    const na = ev.rows.filter((r) => r.status === 'not-applicable').map((r) => [r.id, r.detail]);
    expect(na).toEqual(
      expect.arrayContaining([
        ['coverage-gate:tests.e2e', 'not applicable to mm: backend service'],
        ['security-gate:security.dependency-audit', 'not applicable to mm: no third-party packages'],
        ['uptime-check:load.', 'not applicable to mm: batch job'],
      ]),
    );
    const withE2e = evaluatePromotion({ ...m, notApplicable: { 'load-test': 'batch job', 'dependency-audit': 'x' } });
    expect(withE2e.blocking.map((r) => r.id)).toEqual(['coverage-gate (e2e tests).result']);
  });
});

describe('the approval label', () => {
  it('belongs to whoever added it last, unless it was removed after', () => {
    const e = (event: string, actor: string, label: string) => ({ event, actor, label, created_at: '' });
    expect(
      labelAppliedBy(
        [
          e('labeled', 'a', 'promotion:approved'),
          e('unlabeled', 'b', 'promotion:approved'),
          e('labeled', 'c', 'promotion:approved'),
        ],
        'promotion:approved',
      ),
    ).toBe('c');
    expect(
      labelAppliedBy(
        [e('labeled', 'a', 'promotion:approved'), e('unlabeled', 'b', 'promotion:approved')],
        'promotion:approved',
      ),
    ).toBeNull();
    expect(labelAppliedBy([e('labeled', 'a', 'bug')], 'promotion:approved')).toBeNull();
  });
});

describe('result artifacts', () => {
  it('reads the JSON entries with safe names within the budget', async () => {
    const zip = zipSync({
      'coverage-gate--mm.json': strToU8('{"a":1}'),
      'e2e/coverage-gate--mm.json': strToU8('{}'),
      '../escape.json': strToU8('{}'),
      'notes.txt': strToU8('x'),
      'big.json': strToU8('x'.repeat(2000)),
    });
    const { files, skipped } = await resultFilesInZip(zip, 'maturity-results (run 7)', 1000);
    expect(files.map((f) => f.file)).toEqual([
      'maturity-results (run 7)/coverage-gate--mm.json',
      'maturity-results (run 7)/e2e/coverage-gate--mm.json',
    ]);
    expect(skipped).toEqual(['big.json (2000 bytes: over the 1000 bytes read from an artifact)']);
  });
});

describe('freshness from git history', () => {
  it('counts the request commit and later ones, not earlier ones or unknown ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fresh-'));
    const git = (args: string[], date: string) =>
      execFileSync('git', args, {
        cwd: dir,
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@x',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@x',
        },
      })
        .toString()
        .trim();
    git(['init', '-q', '-b', 'main'], '2026-11-01T00:00:00Z');
    const commit = (n: number, date: string) => {
      writeFileSync(join(dir, 'f'), String(n));
      git(['add', 'f'], date);
      git(['commit', '-q', '-m', `c${n}`], date);
      return git(['rev-parse', 'HEAD'], date);
    };
    const old = commit(1, '2026-11-01T00:00:00Z');
    const atRequest = commit(2, '2026-11-10T00:00:00Z');
    const later = commit(3, '2026-11-20T00:00:00Z');
    const f = gitFreshness(dir, '2026-11-15T00:00:00Z');
    expect(f.requestCommit).toBe(atRequest);
    expect([
      f.classify(old),
      f.classify(atRequest),
      f.classify(later),
      f.classify('f'.repeat(40)),
      f.classify(null),
    ]).toEqual(['stale', 'fresh', 'fresh', 'stale', 'stale']);
    expect(gitFreshness(dir, null).requestCommit).toBe(later);
  });
});
