/**
 * Incident issues (opt-in): when a component's endpoints go down, one issue labelled
 * `incident`, `component:<id>` and `severity:<critical|high>`; when they answer again, a
 * comment saying so and the issue closed. Never a duplicate (github/keyed-issue.ts): an
 * incident already open is left as it is, a create that failed after GitHub made it is not
 * made again, and when two runs overlap and both open one, the newer copies are closed as
 * duplicates of the oldest, so every run converges on one issue. The recovery comment is a
 * sticky comment: one per issue, whatever the runs do.
 */
import { stickyMarker, upsertStickyComment } from '../github/sticky-comment.js';
import { escapeText } from '../report/markdown.js';
import type { GitHubApi, IssueSummary } from '../github/client.js';
import { carriesAll, ensureKeyedIssue } from '../github/keyed-issue.js';
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
  return down
    .map(
      (s) =>
        `- \`${s.url.replace(/`/g, '')}\`: ${s.error ?? 'down'}${s.status ? ` (HTTP ${s.status})` : ''}${s.detail ? `, ${escapeText(s.detail)}` : ''}`,
    )
    .join('\n');
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
  const open = openIncidents ? openIncidents.filter((i) => carriesAll(i, labels)) : await api.listOpenIssues(labels);
  if (down.length > 0) {
    const severity = down.length === p.probes.length ? 'critical' : 'high';
    const body = [
      `**${escapeText(p.name)}** stopped answering its health checks at ${down[0]!.t}.`,
      '',
      describeDown(down),
      '',
      p.runUrl ? `Detected by [this uptime check](${p.runUrl}).` : 'Detected by the uptime check.',
      'This issue is closed automatically when the endpoints answer again.',
    ].join('\n');
    const made = await ensureKeyedIssue(
      api,
      { match: labels, labels: [`severity:${severity}`], title: `Incident: ${p.name} is down`, body },
      open,
    );
    return {
      action: made.created ? 'opened' : 'still-open',
      issue: made.issue,
      duplicatesClosed: made.duplicatesClosed,
    };
  }
  if (open.length === 0 || p.probes.length === 0) return { action: 'none', issue: null, duplicatesClosed: 0 };
  const note = `Recovered: every health endpoint answered at ${p.now.toISOString()}${p.runUrl ? ` ([uptime check](${p.runUrl}))` : ''}.`;
  for (const issue of open) {
    await upsertStickyComment(api, issue.number, stickyMarker('uptime-check:recovered', p.component), note);
    await api.closeIssue(issue.number, 'completed');
  }
  return { action: 'resolved', issue: open[0]!, duplicatesClosed: 0 };
}
