/**
 * Repository milestones: list, get, create, update. Titles are unique within a repository,
 * open or closed; `due_on` is kept the way GitHub keeps it (see state/milestone-ops.ts).
 * docs.github.com/rest/issues/milestones
 */
import { BodyFields } from '../body-fields.js';
import { invalidField, notFound, validationFailed, type HttpError } from '../errors.js';
import { paginate } from '../pagination.js';
import type { RouteContext, Router } from '../router.js';
import { milestoneShape } from '../shapes/milestone.js';
import { createMilestone, findMilestone, githubDueOn, milestoneCounts } from '../state/milestone-ops.js';
import type { RepoState } from '../state/repo-state.js';
import type { MilestoneRecord } from '../state/records.js';
import { numberParam } from './lookups.js';

const STATES = ['open', 'closed'] as const;

export function registerMilestoneRoutes(router: Router): void {
  router.get('/repos/:owner/:repo/milestones', { docs: 'issues/milestones#list-milestones' }, (ctx) => {
    const repo = ctx.repo();
    const state = ctx.query['state'] ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) throw invalidField('Milestone', 'state');
    const sort = ctx.query['sort'] ?? 'due_on';
    if (sort !== 'due_on' && sort !== 'completeness') throw invalidField('Milestone', 'sort');
    const direction = ctx.query['direction'] ?? 'asc';
    if (direction !== 'asc' && direction !== 'desc') throw invalidField('Milestone', 'direction');
    const sign = direction === 'asc' ? 1 : -1;
    const key = (milestone: MilestoneRecord): number => {
      if (sort === 'completeness') {
        const { open, closed } = milestoneCounts(repo, milestone);
        return open + closed === 0 ? 0 : closed / (open + closed);
      }
      // Milestones without a due date count as due last.
      return milestone.dueOn === null ? Number.POSITIVE_INFINITY : Date.parse(milestone.dueOn);
    };
    const milestones = [...repo.milestones.values()]
      .filter((milestone) => state === 'all' || milestone.state === state)
      .map((milestone) => ({ milestone, key: key(milestone) }))
      .sort(
        (a, b) => (a.key === b.key ? 0 : sign * (a.key < b.key ? -1 : 1)) || a.milestone.number - b.milestone.number,
      )
      .map(({ milestone }) => milestone);
    const page = paginate(milestones, ctx);
    return {
      status: 200,
      body: page.items.map((milestone) => milestoneShape(milestone, repo, ctx)),
      headers: page.headers,
    };
  });

  router.get(
    '/repos/:owner/:repo/milestones/:milestone_number',
    { docs: 'issues/milestones#get-a-milestone' },
    (ctx) => {
      const repo = ctx.repo();
      return { status: 200, body: milestoneShape(requireMilestone(repo, ctx), repo, ctx) };
    },
  );

  router.post('/repos/:owner/:repo/milestones', { docs: 'issues/milestones#create-a-milestone' }, (ctx) => {
    const repo = ctx.repo();
    const fields = new BodyFields(ctx.body, 'Milestone');
    const title = fields.requiredString('title');
    const state = fields.optionalEnum('state', STATES);
    const description = fields.nullableString('description');
    const dueOn = readDueOn(fields);
    if (findMilestone(repo, title)) throw alreadyExists();
    const milestone = createMilestone(ctx.state, repo, {
      title,
      state,
      description,
      dueOn,
      creator: ctx.caller.user.login,
    });
    const shape = milestoneShape(milestone, repo, ctx);
    return { status: 201, body: shape, headers: { location: String(shape['url']) } };
  });

  router.patch(
    '/repos/:owner/:repo/milestones/:milestone_number',
    { docs: 'issues/milestones#update-a-milestone' },
    (ctx) => {
      const repo = ctx.repo();
      const milestone = requireMilestone(repo, ctx);
      const fields = new BodyFields(ctx.body, 'Milestone');
      const title = fields.optionalString('title');
      const state = fields.optionalEnum('state', STATES);
      const description = fields.nullableString('description');
      const dueOn = readDueOn(fields);
      if (title !== undefined) {
        const clash = findMilestone(repo, title);
        if (clash && clash !== milestone) throw alreadyExists();
        milestone.title = title;
      }
      if (description !== undefined) milestone.description = description;
      if (dueOn !== undefined) milestone.dueOn = dueOn;
      const now = ctx.state.now();
      if (state !== undefined && state !== milestone.state) {
        milestone.state = state;
        milestone.closedAt = state === 'closed' ? now : null;
      }
      milestone.updatedAt = now;
      return { status: 200, body: milestoneShape(milestone, repo, ctx) };
    },
  );
}

function requireMilestone(repo: RepoState, ctx: RouteContext): MilestoneRecord {
  const milestone = repo.milestones.get(numberParam(ctx.params['milestone_number']));
  if (!milestone) throw notFound();
  return milestone;
}

function alreadyExists(): HttpError {
  return validationFailed({ resource: 'Milestone', code: 'already_exists', field: 'title' });
}

/** undefined when absent, null to clear, else the stored form; anything but a date is `invalid`. */
function readDueOn(fields: BodyFields): string | null | undefined {
  const value = fields.nullableString('due_on');
  if (value === undefined || value === null) return value;
  const stored = githubDueOn(value);
  if (stored === undefined) throw invalidField('Milestone', 'due_on');
  return stored;
}
