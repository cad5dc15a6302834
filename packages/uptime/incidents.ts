/**
 * Incident issues (opt-in): when a component's endpoints go down, one issue labelled
 * `incident`, `component:<id>` and `severity:<critical|high>`; when they answer again, a
 * comment saying so and the issue closed. Never a duplicate: an incident already open is
 * left as it is; a create that failed after it may have been applied is looked for before it
 * is tried again (createIssue, create-once.ts); and when overlapping runs both open one, every
 * run keeps the oldest and closes the newer copies as duplicates, saying so in their text (one
 * idempotent request each, so the runs never pile up comments). The recovery comment is a
 * sticky comment: one per issue, whatever the runs do.
 */
import { keepOldest } from '../github/create-once.js';
import { stickyMarker, upsertStickyComment } from '../github/sticky-comment.js';
import { escapeText } from '../report/markdown.js';
import type { GitHubApi, IssueSummary } from '../github/client.js';
import type { Sample } from './sample.js';

export interface IncidentSync {
  action: 'opened' | 'still-open' | 'resolved' | 'none';
  issue: IssueSummary | null;
  duplicatesClosed: number;
}

export const INCIDENT_LABEL = 'incident';

export function incidentLabels(component: string): string[] {
  return [INCIDENT_LABEL, `component:${component}`];
}

function describeDown(down: readonly Sample[]): string {
  return down.map((s) => `- \`${s.url.replace(/`/g, '')}\`: ${s.error ?? 'down'}${s.status ? ` (HTTP ${s.status})` : ''}${s.detail ? `, ${escapeText(s.detail)}` : ''}`).join('\n');
}

/** Keeps the oldest open incident; the others (ours, from overlapping runs) are closed as its duplicates. */
async function closeDuplicates(api: GitHubApi, open: readonly IssueSummary[]): Promise<{ kept: IssueSummary | null; closed: number }> {
  const copies = open.map((i) => ({ ...i, order: i.number, author: i.user }));
  const r = await keepOldest(copies, (extra, kept) =>
    api.closeIssue(extra.number, 'duplicate', `Duplicate of #${kept.number}: two uptime checks ran at once and both opened this incident. It continues in #${kept.number}.`),
  );
  return { kept: r ? open.find((i) => i.number === r.kept.number)! : null, closed: r?.retracted ?? 0 };
}

/**
 * Opens, keeps or closes the component's incident issue. `openIncidents`: the open issues
 * labelled `incident`, listed once for a run that syncs many components (one request instead
 * of one per component); without it, the component's are listed here.
 */
export async function syncIncident(
  api: GitHubApi,
  p: { component: string; name: string; probes: readonly Sample[]; runUrl: string | null; now: Date },
  openIncidents?: readonly IssueSummary[],
): Promise<IncidentSync> {
  const labels = incidentLabels(p.component);
  const down = p.probes.filter((s) => s.state === 'down');
  const open = openIncidents ? openIncidents.filter((i) => labels.every((l) => i.labels.includes(l))) : await api.listOpenIssues(labels);
  if (down.length > 0) {
    if (open.length === 0) {
      const severity = down.length === p.probes.length ? 'critical' : 'high';
      const body = [
        `**${escapeText(p.name)}** stopped answering its health checks at ${down[0]!.t}.`,
        '',
        describeDown(down),
        '',
        p.runUrl ? `Detected by [this uptime check](${p.runUrl}).` : 'Detected by the uptime check.',
        'This issue is closed automatically when the endpoints answer again.',
      ].join('\n');
      await api.createIssue({ title: `Incident: ${p.name} is down`, body, labels: [...labels, `severity:${severity}`] });
    }
    // After opening, look again: an overlapping run may have opened one too.
    const { kept, closed } = await closeDuplicates(api, open.length === 0 ? await api.listOpenIssues(labels) : open);
    return { action: open.length === 0 ? 'opened' : 'still-open', issue: kept, duplicatesClosed: closed };
  }
  if (open.length === 0 || p.probes.length === 0) return { action: 'none', issue: null, duplicatesClosed: 0 };
  const note = `Recovered: every health endpoint answered at ${p.now.toISOString()}${p.runUrl ? ` ([uptime check](${p.runUrl}))` : ''}.`;
  for (const issue of open) {
    await upsertStickyComment(api, issue.number, stickyMarker('uptime-check:recovered', p.component), note);
    await api.closeIssue(issue.number, 'completed');
  }
  return { action: 'resolved', issue: open[0]!, duplicatesClosed: 0 };
}
