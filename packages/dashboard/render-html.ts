/**
 * The dashboard page, PURE: one self-contained index.html (inline CSS, no script, no external
 * resource) for GitHub Pages. Semantic headings (one h1), tables with captions and scoped
 * headers, a skip link, visible focus, light and dark schemes with AA contrast, a grid that
 * collapses to one column on a phone. Everything from outside (component names, criteria
 * details, file names, issue titles) is HTML-escaped; links are kept only when http(s).
 */
import { formatValue } from '../report/criteria.js';
import { escapeHtml } from '../report/markdown.js';
import { STAGE_TITLES } from '../core/stages.js';
import type { Status } from '../core/result/gate-result.js';
import type { BoardColumn, ComponentView, CriterionView, DashboardModel, IssueRef } from './model.js';
import { lineChart } from './svg-chart.js';

const e = escapeHtml;

const STATUS_TEXT: Record<Status, { icon: string; label: string }> = {
  pass: { icon: '✔', label: 'Pass' },
  fail: { icon: '✘', label: 'Fail' },
  'no-data': { icon: '–', label: 'No data' },
  error: { icon: '!', label: 'Error' },
};

const COMPARATOR: Record<string, string> = { '>=': '≥', '<=': '≤', '==': '=', '<': '<', '>': '>' };

function status(s: Status): string {
  const t = STATUS_TEXT[s];
  return `<span class="status status-${s}"><span aria-hidden="true">${t.icon}</span> ${t.label}</span>`;
}

function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Values as every other surface shows them (report/criteria.ts): 78.20%, 9 findings, 1 finding. */
function withUnit(v: number | string | null, unit: string, exact = true): string {
  if (v === null) return '—';
  return e(formatValue(v, unit, exact));
}

/** A shortfall: percentages in points (78.20% is 1.80 points short of 80%). */
function gapWithUnit(gap: number, unit: string): string {
  return unit === '%' ? `${gap.toFixed(2)} points` : withUnit(gap, unit);
}

function barText(c: Pick<CriterionView, 'bar' | 'comparator' | 'unit'>): string {
  if (c.bar === null) return '—';
  return `${c.comparator ? `${COMPARATOR[c.comparator] ?? e(c.comparator)} ` : ''}${withUnit(c.bar, c.unit, false)}`;
}

function gapText(c: CriterionView): string {
  if (c.gap === undefined) return c.status === 'pass' ? '<span class="muted">none</span>' : '—';
  return gapWithUnit(c.gap, c.unit);
}

/** Ids for components: readable, unique, safe in an attribute and a fragment. */
function idsFor(components: readonly ComponentView[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const c of components) {
    let base = `c-${
      c.id
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'component'
    }`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);
    out.set(c.id, id);
    base = id;
  }
  return out;
}

function stageTitle(c: ComponentView): string {
  if (c.stage) return STAGE_TITLES[c.stage];
  return c.stageText ? `Unknown (“${e(c.stageText)}”)` : 'Unknown';
}

function countsLine(c: ComponentView): string {
  const total = c.criteria.length;
  if (!total) return '<p class="counts muted">No results yet.</p>';
  const parts = (['pass', 'fail', 'no-data', 'error'] as const)
    .filter((s) => c.counts[s] > 0)
    .map((s) => `<span class="status-${s}">${c.counts[s]} ${STATUS_TEXT[s].label.toLowerCase()}</span>`);
  return `<p class="counts">${total} criteria: ${parts.join(' · ')}</p>`;
}

function gapLine(cr: CriterionView): string {
  const what =
    cr.status === 'fail'
      ? `${withUnit(cr.measured, cr.unit)} against ${barText(cr)}${cr.gap !== undefined ? `, ${gapWithUnit(cr.gap, cr.unit)} short` : ''}`
      : cr.status === 'error'
        ? 'could not be measured'
        : 'no evidence';
  return `<li><span class="status-${cr.status}"><span aria-hidden="true">${STATUS_TEXT[cr.status].icon}</span><span class="visually-hidden">${STATUS_TEXT[cr.status].label}:</span></span> ${e(cr.title)}: ${what}</li>`;
}

/** A component above one of its dependencies (after a demotion) is blocked until that one is back. */
function blockedLine(c: ComponentView): string {
  if (!c.blockedBy.length) return '';
  return `<p class="small"><strong>Blocked:</strong> depends on ${c.blockedBy.map((b) => `<code>${e(b.id)}</code> (${STAGE_TITLES[b.stage]})`).join(', ')}</p>`;
}

function card(c: ComponentView, id: string): string {
  const gaps = c.worst.length ? `<ul class="gaps" aria-label="Worst gaps">${c.worst.map(gapLine).join('')}</ul>` : '';
  return (
    `<li class="card card-${c.status}">` +
    `<h5 class="card-title"><a href="#${id}">${e(c.name)}</a></h5>` +
    `<p class="card-meta"><code>${e(c.id)}</code>${c.since ? ` · since ${e(c.since)}` : ''}</p>` +
    `<p>${c.criteria.length ? status(c.status) : '<span class="status status-no-data">No results</span>'}</p>` +
    countsLine(c) +
    blockedLine(c) +
    gaps +
    `</li>`
  );
}

function boardColumn(col: BoardColumn, ids: Map<string, string>): string {
  const key = col.stage ?? 'unknown';
  const title = col.stage ? STAGE_TITLES[col.stage] : 'Stage unknown';
  const groups = col.groups.length
    ? col.groups
        .map(
          (g) =>
            `<h4 class="group">${e(g.title)}</h4><ul class="cards">${g.components.map((c) => card(c, ids.get(c.id)!)).join('')}</ul>`,
        )
        .join('')
    : '<p class="muted">No component is here.</p>';
  return `<section class="column column-${key}" aria-labelledby="stage-${key}"><h3 id="stage-${key}">${title} <span class="count">(${col.count})</span></h3>${groups}</section>`;
}

function summaryTable(m: DashboardModel, ids: Map<string, string>): string {
  const rows = m.components
    .map(
      (c) =>
        `<tr><th scope="row"><a href="#${ids.get(c.id)!}">${e(c.name)}</a><br><code>${e(c.id)}</code></th><td>${e(c.groupTitle)}</td><td>${stageTitle(c)}</td><td>${c.since ? e(c.since) : '—'}</td><td>${c.criteria.length ? status(c.status) : '<span class="muted">no results</span>'}</td><td class="num">${c.counts.pass}</td><td class="num">${c.counts.fail}</td><td class="num">${c.counts['no-data']}</td><td class="num">${c.counts.error}</td></tr>`,
    )
    .join('');
  return tableWrap(
    'summary-caption',
    `<table><caption id="summary-caption">Every component: stage and the status of its criteria</caption><thead><tr><th scope="col">Component</th><th scope="col">Functional group</th><th scope="col">Stage</th><th scope="col">Since</th><th scope="col">Status</th><th scope="col">Pass</th><th scope="col">Fail</th><th scope="col">No data</th><th scope="col">Error</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** A table in a scrollable region, so a wide table never widens the page. */
function tableWrap(captionId: string, table: string): string {
  return `<div class="table-wrap" role="region" aria-labelledby="${captionId}" tabindex="0">${table}</div>`;
}

function evidenceCell(cr: CriterionView): string {
  const items = cr.evidence.map((ev) => {
    const url = safeUrl(ev.url);
    const label = ev.file ?? ev.tool ?? ev.url ?? '';
    const text = `<code>${e(label)}</code>${ev.file && ev.tool ? ` <span class="muted">(${e(ev.tool)})</span>` : ''}`;
    return url ? `<a href="${e(url)}">${text}</a>` : text;
  });
  return items.length ? items.join('<br>') : '<span class="muted">—</span>';
}

function criteriaTable(c: ComponentView, id: string): string {
  if (!c.criteria.length)
    return '<p class="muted">No result file for this component yet: run its gates to fill this in.</p>';
  const rows = c.criteria
    .map(
      (cr) =>
        `<tr><th scope="row">${e(cr.title)}<br><code>${e(cr.id)}</code>${cr.detail ? `<br><span class="detail">${e(cr.detail)}</span>` : ''}</th><td>${e(cr.gate)}</td><td>${status(cr.status)}</td><td class="num">${withUnit(cr.measured, cr.unit)}</td><td class="num">${barText(cr)}</td><td class="num">${gapText(cr)}</td><td>${evidenceCell(cr)}</td></tr>`,
    )
    .join('');
  const gates = c.gates
    .map((g) => `<code>${e(g.gate)}</code> ${e(g.createdAt.replace('T', ' ').slice(0, 16))} UTC`)
    .join('; ');
  return (
    tableWrap(
      `${id}-criteria`,
      `<table><caption id="${id}-criteria">Criteria of ${e(c.name)}: status, measured value, bar and gap</caption><thead><tr><th scope="col">Criterion</th><th scope="col">Gate</th><th scope="col">Status</th><th scope="col">Measured</th><th scope="col">Bar</th><th scope="col">Gap</th><th scope="col">Evidence</th></tr></thead><tbody>${rows}</tbody></table>`,
    ) + `<p class="muted small">Newest results: ${gates}.</p>`
  );
}

interface HistoryRow {
  date: string;
  change: string;
  issue: string;
  reason: string;
}

/** A maintenance breach as a history row: when it was opened, its severity, and whether it is still open. */
function breachRow(b: IssueRef): HistoryRow {
  const url = safeUrl(b.url);
  const severity = b.labels.find((l) => /^severity:P\d$/.test(l))?.slice('severity:'.length);
  const outcome = b.labels.includes('demotion:completed')
    ? 'demoted'
    : b.state === 'closed'
      ? `closed${b.closedAt ? ` ${b.closedAt.slice(0, 10)}` : ''}`
      : b.labels.includes('demotion:proposed')
        ? 'open, demotion proposed'
        : 'open';
  return {
    date: b.createdAt?.slice(0, 10) ?? '',
    change: `Maintenance breach${severity ? ` (${e(severity)})` : ''}: ${e(outcome)}`,
    issue: url ? `<a href="${e(url)}">#${b.number}</a>` : `#${b.number}`,
    reason: e(b.title),
  };
}

function historyList(c: ComponentView, id: string): string {
  const rows: HistoryRow[] = [
    ...c.history.map((h) => ({
      date: h.date,
      change: `${h.kind === 'promoted' ? 'Promoted' : 'Demoted'} to ${STAGE_TITLES[h.stage]}`,
      issue: h.issue !== undefined ? `#${h.issue}` : '—',
      reason: h.reason ? e(h.reason) : '—',
    })),
    ...c.breaches.map(breachRow),
  ];
  if (!rows.length)
    return `<p class="muted">No promotion history in ${c.maturityFile ? `<code>${e(c.maturityFile)}</code>` : 'MATURITY.md'}.</p>`;
  // Newest first; on one day, the breach before the demotion it led to.
  const ordered = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.date < b.r.date ? 1 : a.r.date > b.r.date ? -1 : b.i - a.i));
  const body = ordered
    .map(
      ({ r }) =>
        `<tr><th scope="row">${e(r.date)}</th><td>${r.change}</td><td>${r.issue}</td><td>${r.reason}</td></tr>`,
    )
    .join('');
  return tableWrap(
    `${id}-history`,
    `<table><caption id="${id}-history">Promotions, demotions and maintenance breaches of ${e(c.name)}, newest first</caption><thead><tr><th scope="col">Date</th><th scope="col">Change</th><th scope="col">Issue</th><th scope="col">Reason</th></tr></thead><tbody>${body}</tbody></table>`,
  );
}

function issueList(list: readonly IssueRef[], empty: string): string {
  if (!list.length) return `<p class="muted">${empty}</p>`;
  return `<ul class="issues">${list
    .map((i) => {
      const url = safeUrl(i.url);
      const title = `#${i.number} ${e(i.title)}`;
      const labels = i.labels.length ? ` <span class="muted">(${i.labels.map((l) => e(l)).join(', ')})</span>` : '';
      return `<li>${url ? `<a href="${e(url)}">${title}</a>` : title}${labels}</li>`;
    })
    .join('')}</ul>`;
}

/** Uptime lives near 100%: the chart starts a little below the lowest figure and the bar, in whole percents. */
function uptimeFloor(c: ComponentView): number {
  const lows = [
    ...c.trends.uptime.points.map((p) => p.value),
    ...(c.trends.uptime.bar !== null ? [c.trends.uptime.bar] : []),
  ];
  if (!lows.length) return 0;
  return Math.max(0, Math.min(99, Math.floor(Math.min(...lows) - 0.5)));
}

function componentSection(m: DashboardModel, c: ComponentView, id: string): string {
  const meta: [string, string][] = [
    ['Stage', stageTitle(c)],
    ['Since', c.since ? e(c.since) : '—'],
    ['Functional group', e(c.groupTitle)],
    ['Owner', c.owner ? e(c.owner) : '—'],
    ['Depends on', c.dependsOn.length ? c.dependsOn.map((d) => `<code>${e(d)}</code>`).join(', ') : '—'],
    ...(c.blockedBy.length
      ? [
          [
            'Blocked by',
            c.blockedBy
              .map(
                (b) =>
                  `<code>${e(b.id)}</code> (${STAGE_TITLES[b.stage]}, below ${c.stage ? STAGE_TITLES[c.stage] : '?'})`,
              )
              .join(', '),
          ] as [string, string],
        ]
      : []),
    ['MATURITY.md', c.maturityFile ? `<code>${e(c.maturityFile)}</code>` : '—'],
  ];
  const warnings = c.warnings.length
    ? `<div class="note" role="note"><p><strong>Could not read everything:</strong></p><ul>${c.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul></div>`
    : '';
  const issues = m.issues
    ? `<h4>Open blockers and promotion requests</h4>${issueList(c.blockers, 'No open blocker.')}${issueList(c.requests, 'No open promotion request.')}`
    : '';
  return (
    `<section class="component" id="${id}" aria-labelledby="${id}-h" tabindex="-1">` +
    `<h3 id="${id}-h">${e(c.name)} <code>${e(c.id)}</code></h3>` +
    `<dl class="meta">${meta.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>` +
    warnings +
    `<h4>Criteria</h4>${criteriaTable(c, id)}` +
    `<h4>Trends</h4><div class="charts">` +
    lineChart({
      id: `${id}-coverage`,
      title: `Coverage of ${c.name} over time`,
      points: c.trends.coverage.points,
      unit: '%',
      bar: c.trends.coverage.bar,
    }) +
    lineChart({
      id: `${id}-uptime`,
      title: `Uptime of ${c.name} over time`,
      points: c.trends.uptime.points,
      unit: '%',
      bar: c.trends.uptime.bar,
      yMin: uptimeFloor(c),
      yMax: 100,
    }) +
    `</div>` +
    `<h4>History</h4>${historyList(c, id)}` +
    issues +
    `<p class="small"><a href="#board">Back to the board</a></p>` +
    `</section>`
  );
}

function issuesSection(m: DashboardModel, ids: Map<string, string>): string {
  const head = '<h2 id="issues-h">Open blockers and promotion requests</h2>';
  if (!m.issues) {
    return `<section aria-labelledby="issues-h">${head}<p>Not fetched for this build: the open issues are shown when the dashboard action runs with a <code>github-token</code>, or is given an <code>issues</code> file.</p></section>`;
  }
  const componentOf = (i: IssueRef) => {
    const l = i.labels.find((x) => x.startsWith('component:'));
    const cid = l?.slice('component:'.length);
    return cid && ids.has(cid) ? cid : null;
  };
  const table = (kind: string, list: readonly IssueRef[]) => {
    if (!list.length) return `<p class="muted">No open ${kind.toLowerCase()}.</p>`;
    const rows = list
      .map((i) => {
        const url = safeUrl(i.url);
        const cid = componentOf(i);
        return `<tr><th scope="row">${url ? `<a href="${e(url)}">#${i.number}</a>` : `#${i.number}`}</th><td>${e(i.title)}</td><td>${cid ? `<a href="#${ids.get(cid)!}">${e(cid)}</a>` : '—'}</td><td>${i.labels.map((l) => `<code>${e(l)}</code>`).join(' ') || '—'}</td></tr>`;
      })
      .join('');
    const cap = `issues-${kind.toLowerCase().replace(/\W+/g, '-')}`;
    return tableWrap(
      cap,
      `<table><caption id="${cap}">${kind}</caption><thead><tr><th scope="col">Issue</th><th scope="col">Title</th><th scope="col">Component</th><th scope="col">Labels</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  };
  const when = m.issues.fetchedAt ? `<p class="muted small">Fetched ${e(m.issues.fetchedAt)}.</p>` : '';
  return `<section aria-labelledby="issues-h">${head}${when}<h3>Blockers</h3>${table('Blockers', m.issues.blockers)}<h3>Promotion requests</h3>${table('Promotion requests', m.issues.requests)}</section>`;
}

const CSS = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1f2328;--muted:#57606a;--card:#f6f8fa;--border:#d0d7de;--link:#0550ae;--focus:#0969da;
--pass:#116329;--fail:#a40e26;--nodata:#7d4e00;--error:#6639ba;--chart:#0550ae;--grid:#d0d7de;--barline:#a40e26}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--card:#161b22;--border:#3d444d;--link:#79c0ff;--focus:#58a6ff;
--pass:#56d364;--fail:#ff7b72;--nodata:#e3b341;--error:#d2a8ff;--chart:#79c0ff;--grid:#3d444d;--barline:#ff7b72}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
a{color:var(--link)}
a:focus-visible,[tabindex]:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.875em;overflow-wrap:anywhere}
.skip-link{position:absolute;left:.5rem;top:-3rem;z-index:10;padding:.5rem 1rem;background:var(--bg);color:var(--link);border:2px solid var(--focus)}
.skip-link:focus{top:.5rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
header.site,main,footer{max-width:80rem;margin:0 auto;padding:0 1rem}
header.site{padding-top:1rem}
h1{font-size:1.75rem;margin:.5rem 0}
h2{font-size:1.4rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--border)}
h3{font-size:1.15rem;margin:1.25rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .5rem}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;margin:.5rem 0}
nav a{display:inline-block;padding:.25rem 0}
.muted{color:var(--muted)}
.small{font-size:.875rem}
.board{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem;align-items:start}
.column{min-width:0;border:1px solid var(--border);border-radius:6px;padding:.75rem}
.column h3{margin-top:0}
.count{color:var(--muted);font-weight:normal}
.group{font-size:.9rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);margin:.75rem 0 .25rem}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
.card{background:var(--card);border:1px solid var(--border);border-left:6px solid var(--muted);border-radius:6px;padding:.5rem .75rem;min-width:0}
.card-pass{border-left-color:var(--pass)}.card-fail{border-left-color:var(--fail)}.card-no-data{border-left-color:var(--nodata)}.card-error{border-left-color:var(--error)}
.card-title{font-size:1rem;margin:0}
.card p{margin:.25rem 0}
.card-meta{font-size:.875rem;color:var(--muted)}
.counts{font-size:.875rem}
.gaps{margin:.25rem 0 0;padding-left:1.1rem;font-size:.875rem}
.status{font-weight:600;white-space:nowrap}
.status-pass{color:var(--pass)}.status-fail{color:var(--fail)}.status-no-data{color:var(--nodata)}.status-error{color:var(--error)}
.table-wrap{overflow-x:auto;max-width:100%;margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--border);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--card);overflow-wrap:normal}
tbody th{font-weight:normal}
td.num{text-align:right;white-space:nowrap}
.detail{color:var(--muted);font-size:.85rem}
.component{border-top:1px solid var(--border);padding-top:.5rem;margin-top:1.5rem}
.component:focus{outline:none}
.meta{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.25rem 1rem;margin:.5rem 0}
.meta div{min-width:0}
.meta dt{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.meta dd{margin:0}
.note{border:1px solid var(--nodata);border-radius:6px;padding:.25rem .75rem;margin:.5rem 0}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
.chart{margin:0;min-width:0}
.chart figcaption{font-weight:600;font-size:.9rem}
.chart svg{display:block;width:100%;height:auto;max-width:100%}
.chart-line{fill:none;stroke:var(--chart);stroke-width:2.5}
.chart-dot{fill:var(--chart)}
.chart-grid{stroke:var(--grid);stroke-width:1}
.chart-bar{stroke:var(--barline);stroke-width:2;stroke-dasharray:6 4}
.chart-axis{fill:var(--muted);font-size:13px;font-family:system-ui,sans-serif}
footer{margin-top:3rem;padding-bottom:2rem;border-top:1px solid var(--border);font-size:.875rem}
@media (max-width:40rem){h1{font-size:1.4rem}th,td{padding:.25rem .35rem}.board{grid-template-columns:1fr}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important}}
`;

export function renderDashboardHtml(m: DashboardModel): string {
  const ids = idsFor(m.components);
  const repo = m.repository ? e(m.repository) : null;
  const title = `Maturity dashboard${m.repository ? ` · ${m.repository}` : ''}`;
  const setAside = m.setAside.length
    ? `<details><summary>${m.setAside.length} result file(s) not shown</summary><ul>${m.setAside.map((s) => `<li><code>${e(s.file)}</code>: ${e(s.reason)}</li>`).join('')}</ul></details>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="maturity-actions dashboard">
<link rel="icon" href="data:,">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site">
<h1>Maturity dashboard${repo ? `: <span>${repo}</span>` : ''}</h1>
<p class="muted">Generated ${e(m.generatedAt)} from ${m.resultFiles} result file(s) and ${m.historyPoints} trend point(s).</p>
<nav aria-label="Sections"><ul><li><a href="#board-h">Board</a></li><li><a href="#summary-h">Summary table</a></li><li><a href="#components-h">Components</a></li><li><a href="#issues-h">Blockers and requests</a></li></ul></nav>
</header>
<main id="main" tabindex="-1">
<section id="board" aria-labelledby="board-h"><h2 id="board-h">Board</h2>
<p class="muted">Components by stage and functional group. Each card shows the status of its criteria and what most needs work.</p>
<div class="board">${m.board.map((col) => boardColumn(col, ids)).join('')}</div>
</section>
<section aria-labelledby="summary-h"><h2 id="summary-h">Summary table</h2>${summaryTable(m, ids)}</section>
<section aria-labelledby="components-h"><h2 id="components-h">Components</h2>${m.components.map((c) => componentSection(m, c, ids.get(c.id)!)).join('')}</section>
${issuesSection(m, ids)}
</main>
<footer><p>Made by maturity-actions from the gates’ result files and each component’s MATURITY.md.</p>${setAside}</footer>
</body>
</html>
`;
}
