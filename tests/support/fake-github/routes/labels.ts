/**
 * Repository labels.
 * docs.github.com/rest/issues/labels
 */
import { BodyFields } from '../body-fields.js';
import { type HttpError, invalidField, notFound, validationFailed } from '../errors.js';
import { paginate } from '../pagination.js';
import type { RouteContext, Router } from '../router.js';
import { labelShape } from '../shapes/label.js';
import { createLabel, deleteLabel } from '../state/label-ops.js';
import type { RepoState } from '../state/repo-state.js';
import type { LabelRecord } from '../state/records.js';

const MAX_DESCRIPTION = 100;

export function registerLabelRoutes(router: Router): void {
  router.get('/repos/:owner/:repo/labels', { docs: 'issues/labels#list-labels-for-a-repository' }, (ctx) => {
    const repo = ctx.repo();
    const labels = [...repo.labels.values()].sort((a, b) =>
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
    );
    const page = paginate(labels, ctx);
    return { status: 200, body: page.items.map((label) => labelShape(label, repo, ctx)), headers: page.headers };
  });

  router.get('/repos/:owner/:repo/labels/:name', { docs: 'issues/labels#get-a-label' }, (ctx) => {
    const repo = ctx.repo();
    return { status: 200, body: labelShape(requireLabel(repo, ctx), repo, ctx) };
  });

  router.post('/repos/:owner/:repo/labels', { docs: 'issues/labels#create-a-label' }, (ctx) => {
    const repo = ctx.repo();
    const fields = new BodyFields(ctx.body, 'Label');
    const name = fields.requiredString('name');
    const color = readColor(fields);
    const description = readDescription(fields);
    // Names are unique regardless of case: "Bug" conflicts with "bug".
    if (repo.findLabel(name)) throw alreadyExists();
    const label = createLabel(ctx.state, repo, { name, color, description });
    const shape = labelShape(label, repo, ctx);
    return { status: 201, body: shape, headers: { location: String(shape['url']) } };
  });

  router.patch('/repos/:owner/:repo/labels/:name', { docs: 'issues/labels#update-a-label' }, (ctx) => {
    const repo = ctx.repo();
    const label = requireLabel(repo, ctx);
    const fields = new BodyFields(ctx.body, 'Label');
    const newName = fields.optionalString('new_name');
    const color = readColor(fields);
    const description = readDescription(fields);
    if (newName !== undefined) {
      const clash = repo.findLabel(newName);
      if (clash && clash !== label) throw alreadyExists();
      label.name = newName;
    }
    if (color !== undefined) label.color = color;
    if (description !== undefined) label.description = description;
    return { status: 200, body: labelShape(label, repo, ctx) };
  });

  router.delete('/repos/:owner/:repo/labels/:name', { docs: 'issues/labels#delete-a-label' }, (ctx) => {
    const repo = ctx.repo();
    deleteLabel(repo, requireLabel(repo, ctx));
    return { status: 204 };
  });
}

function requireLabel(repo: RepoState, ctx: RouteContext): LabelRecord {
  const label = repo.findLabel(ctx.params['name'] ?? '');
  if (!label) throw notFound();
  return label;
}

function alreadyExists(): HttpError {
  return validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
}

/** Six hex digits; GitHub's docs say without '#', and it tolerates one. */
function readColor(fields: BodyFields): string | undefined {
  const color = fields.optionalString('color')?.replace(/^#/, '');
  if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) throw invalidField('Label', 'color');
  return color;
}

function readDescription(fields: BodyFields): string | null | undefined {
  const description = fields.nullableString('description');
  if (typeof description === 'string' && description.length > MAX_DESCRIPTION) {
    throw validationFailed({
      resource: 'Label',
      code: 'custom',
      field: 'description',
      message: `description is too long (maximum is ${MAX_DESCRIPTION} characters)`,
    });
  }
  return description;
}
