/**
 * The dashboard in a real browser: the committed gate bundles run over examples/sample-repo,
 * the committed dashboard bundle builds the page from their result files (and a history with
 * earlier points), a local HTTP server serves it, and headless Chromium driven by playwright-core
 * loads it: no console errors, the board lists the sample's components, no horizontal scroll at
 * 375 px, Tab reaches the skip link first, and axe finds no serious or critical accessibility
 * violation. Screenshots go to .tmp/dashboard.png and .tmp/dashboard-mobile.png.
 *
 * The browser comes from npm alone (@sparticuz/chromium, see tests/support/chromium.ts), never
 * from the machine: every machine runs the same one, and `npm cit` needs nothing but Node.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchChromium, type LocalChromium } from '../support/chromium.js';
import { REPO, SAMPLE } from '../support/fixtures.js';
import { runBundle } from '../support/run-bundle.js';

const COMPONENTS = ['neo4j', 'model-management', 'dashboard-web', 'narrative-engine', 'admin-console', 'session-vault'];

const GATE_RUNS: { action: string; inputs: Record<string, string> }[] = [
  {
    action: 'coverage-gate',
    inputs: {
      component: 'neo4j',
      'coverage-files': 'reports/python/combined/coverage.xml',
      'test-results': 'reports/python/integration/junit.xml',
    },
  },
  {
    action: 'coverage-gate',
    inputs: {
      component: 'model-management',
      'coverage-files': 'reports/python/combined/coverage.xml',
      'test-results': 'reports/python/integration/junit.xml',
    },
  },
  {
    action: 'coverage-gate',
    inputs: {
      component: 'dashboard-web',
      'coverage-files': 'reports/js/c8/lcov.info',
      'test-results': 'reports/js/node/junit.xml',
    },
  },
  {
    action: 'quality-gate',
    inputs: {
      component: 'narrative-engine',
      'ruff-report': 'reports/quality/ruff.json',
      'pyright-report': 'reports/quality/pyright.json',
    },
  },
  { action: 'security-gate', inputs: { component: 'session-vault', 'bandit-report': 'reports/security/bandit.json' } },
];

let work: string;
let site: string;
let server: Server;
let base: string;
let chromium: LocalChromium | undefined;
let browser: Browser;
let dashboardRun: Awaited<ReturnType<typeof runBundle>>;

// page.evaluate is given expressions as strings: the project's tsconfig has no DOM library.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
};

beforeAll(async () => {
  chromium = await launchChromium();
  browser = chromium.browser;
  work = mkdtempSync(join(tmpdir(), 'dashboard-browser-'));
  const runs = await Promise.all(
    GATE_RUNS.map((r) =>
      runBundle({
        node: process.execPath,
        action: r.action,
        inputs: { ...r.inputs, 'results-dir': join(work, 'results'), comment: 'false' },
        workspace: SAMPLE,
        env: { GITHUB_REPOSITORY: 'tta/sample-repo' },
      }),
    ),
  );
  for (const r of runs)
    if (!r.outputs['result-file']) throw new Error(`a gate wrote no result file: ${r.stdout}\n${r.stderr}`);
  // Earlier runs, as the data branch would hold them: the trends have several points.
  const history = join(work, 'history.jsonl');
  const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 10)).toISOString();
  writeFileSync(
    history,
    [62.5, 68.1, 71.4, 79.9]
      .map((v, i) =>
        JSON.stringify({ t: day(i), component: 'neo4j', gate: 'coverage-gate', metric: 'coverage.total', value: v }),
      )
      .concat(
        [99.1, 99.7, 99.9].map((v, i) =>
          JSON.stringify({ t: day(i), component: 'neo4j', gate: 'uptime-check', metric: 'uptime.window', value: v }),
        ),
      )
      .join('\n') + '\n',
  );
  site = join(work, 'site');
  dashboardRun = await runBundle({
    node: process.execPath,
    action: 'dashboard',
    inputs: { results: join(work, 'results'), 'output-dir': site, history },
    workspace: SAMPLE,
    env: { GITHUB_REPOSITORY: 'tta/sample-repo' },
  });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(site, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Where a violation is, briefly: the first few elements' selectors and how many more. */
function firstTargets(nodes: readonly { target: readonly unknown[] }[], shown = 5): string[] {
  const out = nodes.slice(0, shown).map((n) => n.target.join(' '));
  if (nodes.length > shown) out.push(`and ${nodes.length - shown} more`);
  return out;
}

/** axe over the page in one colour scheme: the rules it checked and its serious or critical violations. */
async function axeScan(colorScheme: 'light' | 'dark') {
  // A context of its own: axe finishes its run in a second page of the same context.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
  try {
    const page = await context.newPage();
    await page.goto(base, { waitUntil: 'load' });
    const { violations, passes } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ scheme: colorScheme, rule: v.id, impact: v.impact, help: v.help, nodes: firstTargets(v.nodes) }));
    return { checked: passes.concat(violations).map((r) => r.id), serious };
  } finally {
    await context.close();
  }
}

describe('the dashboard of examples/sample-repo in headless Chromium', () => {
  it('is built by the committed bundle from the gates’ result files', () => {
    expect(dashboardRun.code).toBe(0);
    expect(JSON.parse(dashboardRun.outputs.components!)).toEqual(COMPONENTS);
    expect(dashboardRun.outputs.index).toBe(join(site, 'index.html'));
  });

  it('loads with no console errors, lists every component on the board, and is screenshotted', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    const res = await page.goto(base, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).toContain('tta/sample-repo');
    const board = page.locator('.board');
    for (const id of COMPONENTS)
      await expect(board.locator('code', { hasText: id }).count()).resolves.toBeGreaterThan(0);
    for (const stage of ['Development', 'Staging', 'Production'])
      expect(await page.locator('.board h3', { hasText: stage }).count()).toBe(1);
    expect(await page.locator('script').count()).toBe(0);
    // neo4j's coverage trend: the history's four points and this run's.
    const chart = page.locator('#c-neo4j-coverage svg[role="img"]');
    expect(await chart.getAttribute('aria-label')).toMatch(/5 measurements/);
    expect(await page.locator('#c-neo4j-coverage polyline').count()).toBe(1);
    // Every data table has a caption; every header cell a scope.
    expect(await page.locator('table:not(:has(caption))').count()).toBe(0);
    expect(await page.locator('th:not([scope])').count()).toBe(0);
    // Images have text alternatives.
    expect(await page.locator('svg:not([aria-label])').count()).toBe(0);
    mkdirSync(join(REPO, '.tmp'), { recursive: true });
    await page.screenshot({ path: join(REPO, '.tmp', 'dashboard.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is usable on a phone: no horizontal scroll at 375 px', async () => {
    const page = await browser.newPage({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    await page.goto(base, { waitUntil: 'load' });
    const width = await page.evaluate<number>('document.scrollingElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(375);
    // The board is one column on a phone.
    const columns = await page.evaluate<number>(
      "getComputedStyle(document.querySelector('.board')).gridTemplateColumns.split(' ').length",
    );
    expect(columns).toBe(1);
    await page.screenshot({ path: join(REPO, '.tmp', 'dashboard-mobile.png') });
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe), in the light and dark schemes', async () => {
    // One after the other: axe is CPU-bound, and two at once take longer on two cores.
    for (const colorScheme of ['light', 'dark'] as const) {
      const scan = await axeScan(colorScheme);
      // Contrast was really measured: with no usable font there is no text and the rule is skipped.
      expect(scan.checked).toContain('color-contrast');
      expect(scan.serious).toEqual([]);
    }
  }, 90_000);

  it('works with the keyboard: Tab reaches the skip link first, which moves focus to the main content', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const first = await page.evaluate<{ cls: string; text: string; visible: boolean }>(
      '({ cls: document.activeElement.className, text: document.activeElement.textContent, visible: document.activeElement.getBoundingClientRect().top >= 0 })',
    );
    expect(first).toEqual({ cls: 'skip-link', text: 'Skip to main content', visible: true });
    // The focus is visible: an outline is drawn.
    const outline = await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('main');
    await page.close();
  });
});
