/**
 * Milestone mutations shared by the milestones API and seeding, and GitHub's way with due
 * dates: `due_on` keeps only a day, the day the given instant falls on in Pacific time, and
 * is answered as that day's Pacific midnight in UTC (07:00Z in summer, 08:00Z in winter).
 * So `2026-12-01T12:00:00Z` comes back as `2026-12-01T08:00:00Z`, and
 * `2026-12-01T00:00:00Z` (still November 30 in California) as `2026-11-30T08:00:00Z`.
 */
import type { FakeState } from './fake-state.js';
import type { RepoState } from './repo-state.js';
import type { MilestoneRecord } from './records.js';

const PACIFIC = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Los_Angeles',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

function pacific(instant: Date): { day: string; hour: number } {
  const parts = Object.fromEntries(PACIFIC.formatToParts(instant).map((part) => [part.type, part.value]));
  return { day: `${parts['year']}-${parts['month']}-${parts['day']}`, hour: Number(parts['hour']) };
}

/** A bare day (taken as that day) or an ISO 8601 timestamp with a zone. */
const DUE_ON = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** What GitHub stores for a `due_on` it was sent; undefined when it is not a date. */
export function githubDueOn(value: string): string | undefined {
  if (!DUE_ON.test(value)) return undefined;
  const bareDay = value.length === 10;
  const time = Date.parse(bareDay ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(time)) return undefined;
  const { day } = pacific(new Date(time));
  if (bareDay && day !== value) return undefined; // 2026-02-30 and the like
  for (const hour of ['07', '08']) {
    const candidate = `${day}T${hour}:00:00Z`;
    const local = pacific(new Date(candidate));
    if (local.day === day && local.hour === 0) return candidate;
  }
  return undefined;
}

export function findMilestone(repo: RepoState, title: string): MilestoneRecord | undefined {
  for (const milestone of repo.milestones.values()) if (milestone.title === title) return milestone;
  return undefined;
}

export function createMilestone(
  state: FakeState,
  repo: RepoState,
  input: {
    number?: number | undefined;
    title: string;
    state?: 'open' | 'closed' | undefined;
    description?: string | null | undefined;
    /** Already as GitHub stores it (see githubDueOn). */
    dueOn?: string | null | undefined;
    creator: string;
    createdAt?: string | undefined;
  },
): MilestoneRecord {
  const number = input.number ?? Math.max(0, ...repo.milestones.keys()) + 1;
  state.users.get(input.creator);
  const createdAt = input.createdAt ?? state.now();
  const closed = input.state === 'closed';
  const milestone: MilestoneRecord = {
    id: state.ids.take('milestone'),
    number,
    title: input.title,
    state: input.state ?? 'open',
    description: input.description ?? null,
    dueOn: input.dueOn ?? null,
    creator: input.creator,
    createdAt,
    updatedAt: createdAt,
    closedAt: closed ? createdAt : null,
  };
  repo.milestones.set(number, milestone);
  return milestone;
}

/** Issues and pull requests in the milestone, by state. */
export function milestoneCounts(repo: RepoState, milestone: MilestoneRecord): { open: number; closed: number } {
  let open = 0;
  let closed = 0;
  for (const issue of repo.issues.values()) {
    if (issue.milestone !== milestone.number) continue;
    if (issue.state === 'open') open++;
    else closed++;
  }
  return { open, closed };
}
