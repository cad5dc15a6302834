/** The dashboard's pure parts: the model, the page's escaping and structure, the charts, the history. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultComponent, type ComponentConfig } from '../../packages/core/config/load-config.js';
import { parseMaturityFile } from '../../packages/core/maturity/maturity-file.js';
import type { MaturityLookup } from '../../packages/core/maturity/read-maturity.js';
import type { GateResult } from '../../packages/core/result/gate-result.js';
import {
  BranchDashboardHistory,
  FileHistoryStore,
  mergePoints,
  parseHistory,
  pointLine,
  pointsFromResult,
} from '../../packages/dashboard/history.js';
import { validateResults, type ValidatedResults } from '../../packages/core/result/read-results.js';
import { parseIssuesFile } from '../../packages/dashboard/issues-file.js';
import { buildDashboard, type DashboardInput } from '../../packages/dashboard/model.js';
import { renderDashboardHtml } from '../../packages/dashboard/render-html.js';
import { lineChart } from '../../packages/dashboard/svg-chart.js';
import { createGitHubClient } from '../../packages/github/client.js';
import { BranchHistoryStore } from '../../packages/uptime/history-store.js';
import { FakeGitHub } from '../support/fake-github/index.js';

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>&'`;

function component(id: string, name: string, group?: string): ComponentConfig {
  return { ...defaultComponent(id, [`src/${id}/**`]), name, ...(group ? { group } : {}) };
}

function result(over: Partial<GateResult> & Pick<GateResult, 'component' | 'gate' | 'createdAt'>): GateResult {
  return {
    kind: 'maturity-actions/gate-result',
    version: 1,
    stage: { current: 'staging', target: 'production' },
    status: 'fail',
    summary: '',
    criteria: [
      {
        id: 'coverage.total',
        title: 'Test coverage',
        status: 'fail',
        measured: 78.2,
        bar: 80,
        comparator: '>=',
        unit: '%',
        gap: 1.8,
        detail: 'detail',
        evidence: [{ file: 'coverage.xml' }],
      },
      {
        id: 'tests.integration',
        title: 'Integration tests passing',
        status: 'pass',
        measured: 100,
        bar: 100,
        comparator: '>=',
        unit: '%',
        evidence: [],
      },
    ],
    repository: null,
    commit: null,
    ref: null,
    run: null,
    tool: { name: 'maturity-actions', version: '0.1.0' },
    data: {},
    ...over,
  };
}

const maturity = (text: string, file: string): MaturityLookup => ({ record: parseMaturityFile(text, file) });

/** The results every input() carries by default (reading them back loads their schema: async). */
let RESULTS: ValidatedResults;
beforeAll(async () => {
  RESULTS = await validateResults([
    {
      file: 'r/coverage-gate--neo4j.json',
      text: JSON.stringify(
        result({ component: 'neo4j', gate: 'coverage-gate', createdAt: '2026-11-21T09:00:00.000Z' }),
      ),
    },
    { file: 'r/junk.json', text: '{"not": "a result"}' },
  ]);
});

function input(over: Partial<DashboardInput> = {}): DashboardInput {
  const a = component('neo4j', 'Neo4j', 'core-infrastructure');
  const b = component('model-management', 'Model Management', 'ai-agent-systems');
  return {
    repository: 'tta/sample-repo',
    generatedAt: '2026-11-21T10:00:00.000Z',
    components: [a, b],
    maturity: new Map([
      [
        'neo4j',
        maturity(
          '**Current Stage**: Staging (promoted from Development on 2026-10-20)\n\n## Promotion History\n\n- **2026-10-01**: Promoted to Development\n- **2026-10-20**: Promoted to Staging (Issue #12)\n',
          'src/neo4j/MATURITY.md',
        ),
      ],
      [
        'model-management',
        {
          warning: 'model-management: src/model-management/MATURITY.md does not exist, so its current stage is unknown',
        },
      ],
    ]),
    results: RESULTS,
    history: [
      { t: '2026-11-01T09:00:00.000Z', component: 'neo4j', gate: 'coverage-gate', metric: 'coverage.total', value: 70 },
    ],
    issues: null,
    ...over,
  };
}

describe('buildDashboard', () => {
  it('puts components in their stage column, by functional group, with counts and worst gaps', () => {
    const m = buildDashboard(input());
    const staging = m.board.find((c) => c.stage === 'staging')!;
    expect(staging.groups.map((g) => g.title)).toEqual(['Core Infrastructure']);
    const neo = m.components.find((c) => c.id === 'neo4j')!;
    expect(neo.counts).toEqual({ pass: 1, fail: 1, 'no-data': 0, error: 0 });
    expect(neo.worst.map((c) => c.id)).toEqual(['coverage.total']);
    expect(neo.trends.coverage.points.map((p) => p.value)).toEqual([70, 78.2]);
    expect(neo.trends.coverage.bar).toBe(80);
    expect(neo.history.map((h) => h.stage)).toEqual(['development', 'staging']);
    // A component without MATURITY.md is in an "unknown" column, with the reason.
    expect(m.board[m.board.length - 1]!.stage).toBeNull();
    expect(m.components.find((c) => c.id === 'model-management')!.warnings[0]).toMatch(/does not exist/);
    expect(m.setAside).toEqual([{ file: 'r/junk.json', reason: 'not a maturity-actions result file' }]);
  });

  it('takes each criterion from the newest result of its gate', async () => {
    const older = result({ component: 'neo4j', gate: 'coverage-gate', createdAt: '2026-11-20T09:00:00.000Z' });
    const newer = result({ component: 'neo4j', gate: 'coverage-gate', createdAt: '2026-11-21T09:00:00.000Z' });
    newer.criteria = [{ ...newer.criteria[0]!, status: 'pass', measured: 81, gap: undefined }];
    const m = buildDashboard(
      input({
        results: await validateResults([
          { file: 'old.json', text: JSON.stringify(older) },
          { file: 'new.json', text: JSON.stringify(newer) },
        ]),
      }),
    );
    const neo = m.components.find((c) => c.id === 'neo4j')!;
    expect(neo.criteria.find((c) => c.id === 'coverage.total')!.measured).toBe(81);
    expect(neo.criteria.find((c) => c.id === 'tests.integration')!.file).toBe('old.json');
  });

  it('shows breaches and demotions in each component\u2019s history, and a component above its demoted dependency as blocked', () => {
    const player = {
      ...component('player-experience', 'Player Experience', 'player-experience'),
      dependsOn: ['neo4j'],
    };
    const issues = parseIssuesFile(
      JSON.stringify({
        breaches: [
          {
            number: 12,
            title: 'Maintenance breach: Neo4j',
            url: 'https://github.com/x/y/issues/12',
            labels: ['maintenance:breach', 'component:neo4j', 'severity:P1', 'demotion:completed'],
            state: 'closed',
            createdAt: '2026-12-03T06:17:00Z',
            closedAt: '2026-12-10T09:00:00Z',
          },
          {
            number: 4,
            title: 'Maintenance breach: Neo4j',
            url: 'https://github.com/x/y/issues/4',
            labels: ['maintenance:breach', 'component:neo4j', 'severity:P2'],
            state: 'closed',
            createdAt: '2026-10-02T06:17:00Z',
            closedAt: '2026-10-09T06:17:00Z',
          },
        ],
      }),
      'issues.json',
    );
    const m = buildDashboard(
      input({
        components: [component('neo4j', 'Neo4j', 'core-infrastructure'), player],
        maturity: new Map([
          [
            'neo4j',
            maturity(
              '**Current Stage**: Staging (demoted from Production on 2026-12-10)\n\n## Promotion History\n\n### Promotions\n\n- **2026-09-01**: Promoted to Production (Issue #9)\n\n### Demotions\n\n- **2026-12-10**: Demoted to Staging (Reason: uptime 99.20% in 2026-11 below 99.5%, Issue #12)\n',
              'n.md',
            ),
          ],
          [
            'player-experience',
            maturity('**Current Stage**: Production (promoted from Staging on 2026-09-15)\n', 'p.md'),
          ],
        ]),
        issues,
      }),
    );
    const neo = m.components.find((c) => c.id === 'neo4j')!;
    expect(neo.breaches.map((b) => b.number)).toEqual([4, 12]);
    expect(m.components.find((c) => c.id === 'player-experience')!.blockedBy).toEqual([
      { id: 'neo4j', stage: 'staging' },
    ]);
    expect(neo.blockedBy).toEqual([]);
    const html = renderDashboardHtml(m);
    const history = html.slice(html.indexOf('Promotions, demotions and maintenance breaches of Neo4j'));
    const rows = [
      ...history.slice(0, history.indexOf('</table>')).matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td>/g),
    ].map((r) => `${r[1]} ${r[2]}`);
    expect(rows).toEqual([
      '2026-12-10 Demoted to Staging',
      '2026-12-03 Maintenance breach (P1): demoted',
      '2026-10-02 Maintenance breach (P2): closed 2026-10-09',
      '2026-09-01 Promoted to Production',
    ]);
    expect(history).toContain('uptime 99.20% in 2026-11 below 99.5%');
    expect(html).toMatch(/<strong>Blocked:<\/strong> depends on <code>neo4j<\/code> \(Staging\)/);
  });

  it('reads an issues file and files blockers and requests under their component label', () => {
    const issues = parseIssuesFile(
      JSON.stringify({
        blockers: [
          {
            number: 3,
            title: 'slow',
            url: 'https://github.com/x/y/issues/3',
            labels: ['blocker:performance', 'component:neo4j'],
          },
        ],
      }),
      'issues.json',
    );
    const m = buildDashboard(input({ issues }));
    expect(m.components.find((c) => c.id === 'neo4j')!.blockers.map((b) => b.number)).toEqual([3]);
    expect(() => parseIssuesFile('{"blockers": [{"number": "x"}]}', 'issues.json')).toThrow(/issues file/);
  });
});

describe('renderDashboardHtml', () => {
  it('escapes hostile component names, criteria details, file names and issue titles', async () => {
    const bad = component('evil', HOSTILE, HOSTILE);
    const r = result({ component: 'evil', gate: HOSTILE, createdAt: '2026-11-21T09:00:00.000Z' });
    r.criteria = [
      { ...r.criteria[0]!, title: HOSTILE, detail: HOSTILE, evidence: [{ file: HOSTILE, url: 'javascript:alert(1)' }] },
    ];
    const html = renderDashboardHtml(
      buildDashboard(
        input({
          components: [bad],
          maturity: new Map([['evil', { warning: HOSTILE }]]),
          results: await validateResults([
            { file: 'r.json', text: JSON.stringify(r) },
            { file: HOSTILE, text: 'nope' },
          ]),
          issues: {
            blockers: [{ number: 1, title: HOSTILE, url: 'javascript:alert(1)', labels: [HOSTILE, 'component:evil'] }],
            requests: [],
            breaches: [],
          },
        }),
      ),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('has one h1, a skip link first, captioned tables with scoped headers, charts with text alternatives, and no script', () => {
    const html = renderDashboardHtml(buildDashboard(input()));
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    const body = html.slice(html.indexOf('<body>'));
    expect(body.indexOf('class="skip-link"')).toBeLessThan(body.indexOf('<a ', body.indexOf('class="skip-link"') + 1));
    expect(body.match(/<a [^>]*>/)![0]).toContain('skip-link');
    expect(html).toContain('<main id="main"');
    const tables = html.match(/<table[\s>]/g)!.length;
    expect(html.match(/<caption[\s>]/g)).toHaveLength(tables);
    expect(html.match(/<th(?![^>]*scope=)[\s>]/g)).toBeNull();
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-label="Coverage of Neo4j over time/);
    expect(html).toMatch(/<svg [^>]*>[\s\S]*?<title>Coverage of Neo4j over time<\/title><desc /);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('prefers-color-scheme:dark');
    expect(html).toContain('Not fetched for this build');
    expect(html).toContain('name="viewport"');
    expect(html).toContain('lang="en"');
    // Headings never skip a level going down.
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
});

describe('lineChart', () => {
  it('says there is no data for zero points, without an empty svg', () => {
    const html = lineChart({ id: 'x', title: 'Coverage', points: [], unit: '%' });
    expect(html).not.toContain('<svg');
    expect(html).toContain('No data points yet');
  });

  it('draws one point as a dot, with a data table', () => {
    const html = lineChart({
      id: 'x',
      title: 'Coverage',
      points: [{ t: '2026-11-21T10:00:00.000Z', value: 81.5 }],
      unit: '%',
      bar: 80,
    });
    expect(html).toContain('role="img"');
    expect(html).not.toContain('<polyline');
    expect(html.match(/<circle/g)).toHaveLength(1);
    expect(html).toContain('One measurement: 81.50% on 2026-11-21.');
    expect(html).toContain('class="chart-bar"');
    expect(html).toMatch(/<div class="visually-hidden"><table [^>]*><caption>Coverage: data<\/caption>/);
  });

  it('draws many points as a line in time order, clamped into the plot', () => {
    const points = Array.from({ length: 30 }, (_, i) => ({
      t: new Date(Date.UTC(2026, 10, 30 - i)).toISOString(),
      value: i === 5 ? 140 : 70 + i / 3,
    }));
    const html = lineChart({ id: 'x', title: HOSTILE, points, unit: '%' });
    expect(html.match(/<circle/g)).toHaveLength(30);
    const xs = /points="([^"]+)"/
      .exec(html)![1]!
      .split(' ')
      .map((p) => Number(p.split(',')[0]));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const ys = /points="([^"]+)"/
      .exec(html)![1]!
      .split(' ')
      .map((p) => Number(p.split(',')[1]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(html).toContain('30 measurements from 2026-11-01 to 2026-11-30');
    expect(html).not.toContain('<script');
  });
});

describe('history', () => {
  it('derives one point per numeric criterion and none for whole-report results', () => {
    const r = result({ component: 'neo4j', gate: 'coverage-gate', createdAt: '2026-11-21T09:00:00.000Z' });
    expect(pointsFromResult(r).map((p) => `${p.metric}=${p.value}`)).toEqual([
      'coverage.total=78.2',
      'tests.integration=100',
    ]);
    expect(pointsFromResult({ ...r, component: null })).toEqual([]);
  });

  it('appends to a local file idempotently, and skips malformed lines', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dash-history-')), 'h.jsonl');
    const store = new FileHistoryStore(file);
    const pts = pointsFromResult(
      result({ component: 'neo4j', gate: 'coverage-gate', createdAt: '2026-11-21T09:00:00.000Z' }),
    );
    expect(await store.append(pts)).toBe(2);
    expect(await store.append(pts)).toBe(0);
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"torn`);
    const later = pts.map((p) => ({ ...p, t: '2026-11-22T09:00:00.000Z' }));
    expect(await store.append(later)).toBe(2);
    const parsed = parseHistory(readFileSync(file, 'utf8'));
    expect(parsed.points).toHaveLength(4);
    expect(parsed.skipped).toBe(1);
    expect(mergePoints(later, pts).map(pointLine)[0]).toBe(pointLine(pts[0]!));
  });

  it('keeps the history on the data branch, beside the uptime history, idempotently', async () => {
    const gh = await FakeGitHub.start({ owner: 'tta', repo: 'demo' });
    try {
      const api = createGitHubClient({
        token: 't',
        owner: 'tta',
        repo: 'demo',
        baseUrl: gh.url,
        sleep: async () => {},
      });
      const store = new BranchDashboardHistory(
        new BranchHistoryStore(api, 'maturity-data', 'dashboard', async () => {}),
      );
      const pts = pointsFromResult(
        result({ component: 'neo4j', gate: 'coverage-gate', createdAt: '2026-11-21T09:00:00.000Z' }),
      );
      expect(store.where).toBe('maturity-data:dashboard/history.jsonl');
      expect(await store.append(pts)).toBe(2);
      expect(await store.append(pts)).toBe(0);
      expect((await store.read()).map((p) => p.metric)).toEqual(['coverage.total', 'tests.integration']);
    } finally {
      await gh.close();
    }
  });
});
