/**
 * `POST /graphql`, answering only the operations packages/github/projects.ts sends (and the
 * client's `viewer { login }`, which sticky comments ask to know their own comments), matched by
 * operation name (the body's `operationName`, else the name in the query text). Anything else
 * is answered with a GraphQL error that names the operation, so a new query cannot pass a test
 * by accident. Each operation also checks that the query uses the schema names it relies on
 * (root field, input type), so a misspelt field fails here instead of on GitHub.
 *
 * As on GitHub, failures of a resolvable request are answered with HTTP 200 and an `errors`
 * array (`type` NOT_FOUND / FORBIDDEN, `path`, `message`), with `data` null where a field failed.
 * Read-only tokens (`gh.readOnlyTokens`, a workflow's GITHUB_TOKEN) cannot see user or
 * organization projects at all: "Resource not accessible by integration".
 * docs.github.com/graphql/reference/mutations#updateprojectv2itemfieldvalue
 */
import { HttpError } from '../errors.js';
import { parseNodeId } from '../ids.js';
import type { RouteContext, Router } from '../router.js';
import {
  projectsOf,
  type ProjectOwnerType,
  type ProjectRecord,
  type ProjectStore,
  type ProjectValueRecord,
} from '../state/projects.js';

const GRAPHQL_DOCS = 'https://docs.github.com/graphql';
const NOT_ACCESSIBLE = 'Resource not accessible by integration';

interface GraphqlError {
  type?: string;
  path?: (string | number)[];
  message: string;
}

interface Result {
  data: Record<string, unknown> | null;
  errors?: GraphqlError[];
}

type Failure = Result & { errors: GraphqlError[] };

interface Operation {
  kind: 'query' | 'mutation';
  /** Text the query must contain: the schema names the fake's answer assumes. */
  requires: RegExp[];
  run(ctx: RouteContext, variables: Record<string, unknown>, store: ProjectStore): Result;
}

export function registerGraphqlRoutes(router: Router): void {
  // Reads are POSTs too, so read-only tokens are let through and refused per operation.
  router.post('/graphql', { docs: 'overview/about-the-rest-api', write: false, body: 'required' }, (ctx) => {
    if (ctx.caller.token === undefined) {
      throw new HttpError(
        401,
        'This endpoint requires you to be authenticated.',
        {},
        `${GRAPHQL_DOCS}/guides/forming-calls-with-graphql#authenticating-with-graphql`,
      );
    }
    const body = (ctx.body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
    if (typeof body.query !== 'string') {
      return {
        status: 200,
        body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
      };
    }
    const header = /^\s*(query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(body.query);
    const name = typeof body.operationName === 'string' ? body.operationName : header?.[2];
    const operation = name === undefined ? undefined : OPERATIONS[name];
    if (!operation || !name) {
      return {
        status: 200,
        body: { errors: [{ message: `fake-github: GraphQL operation ${name ?? '(anonymous)'} is not implemented` }] },
      };
    }
    if ((header?.[1] ?? 'query') !== operation.kind) {
      return { status: 200, body: { errors: [{ message: `fake-github: ${name} must be a ${operation.kind}` }] } };
    }
    const missing = operation.requires.filter((pattern) => !pattern.test(body.query as string));
    if (missing.length > 0) {
      return {
        status: 200,
        body: { errors: [{ message: `fake-github: ${name} does not use ${missing.map(String).join(', ')}` }] },
      };
    }
    const variables = (body.variables ?? {}) as Record<string, unknown>;
    const store = projectsOf(ctx.state);
    const result = operation.run(ctx, variables, store);
    if (operation.kind === 'mutation') {
      // Every mutation received is recorded, refused ones too (with the error), so a test can
      // tell "nothing was attempted" from "attempted and refused".
      const field =
        Object.keys(MUTATION_INPUTS).find((f) => new RegExp(`\\b${f}\\s*\\(`).test(body.query as string)) ?? name;
      const input = (variables['input'] ?? variables) as Record<string, unknown>;
      const error = result.errors?.[0]?.message;
      store.mutations.push({
        operationName: name,
        field,
        input: structuredClone(input),
        ...(error === undefined ? {} : { error }),
      });
    }
    return { status: 200, body: result.errors ? { data: result.data, errors: result.errors } : { data: result.data } };
  });
}

/** The mutations the fake implements, with the input type each one takes. */
const MUTATION_INPUTS = {
  addProjectV2ItemById: 'AddProjectV2ItemByIdInput',
  updateProjectV2ItemFieldValue: 'UpdateProjectV2ItemFieldValueInput',
  clearProjectV2ItemFieldValue: 'ClearProjectV2ItemFieldValueInput',
} as const;

const PROJECT_SELECTION = [
  /projectV2\s*\(\s*number:/,
  /\bviewerCanUpdate\b/,
  /\bfields\s*\(/,
  /\.\.\.\s*on\s+ProjectV2SingleSelectField\b/,
  /\boptions\b/,
];

const OPERATIONS: Record<string, Operation> = {
  // Who the token acts as: github-actions[bot] unless the test registered a login for it
  // (gh.setTokenUser), as for GITHUB_TOKEN and App installation tokens on GitHub.
  ViewerLogin: {
    kind: 'query',
    requires: [/\bviewer\s*\{\s*login\b/],
    run: (ctx) => ({ data: { viewer: { login: ctx.caller.user.login } } }),
  },
  ProjectV2ForOrganization: {
    kind: 'query',
    requires: [/\borganization\s*\(\s*login:/, ...PROJECT_SELECTION],
    run: (ctx, variables, store) => projectQuery(ctx, variables, store, 'organization'),
  },
  ProjectV2ForUser: {
    kind: 'query',
    requires: [/\buser\s*\(\s*login:/, ...PROJECT_SELECTION],
    run: (ctx, variables, store) => projectQuery(ctx, variables, store, 'user'),
  },
  ProjectItemsOfContent: {
    kind: 'query',
    requires: [
      /\bnode\s*\(\s*id:/,
      /\.\.\.\s*on\s+Issue\b/,
      /\bprojectItems\s*\(/,
      /\bproject\s*\{\s*id\b/,
      /\bpageInfo\b/,
    ],
    run: contentItemsQuery,
  },
  AddProjectV2ItemById: mutation('addProjectV2ItemById', (ctx, input, store) => {
    const project = writableProject(ctx, store, input['projectId'], 'addProjectV2ItemById');
    if ('errors' in project) return project;
    const contentId = String(input['contentId'] ?? '');
    if (!resolveContent(ctx, contentId))
      return failure(
        'addProjectV2ItemById',
        'NOT_FOUND',
        `Could not resolve to a node with the global id of '${contentId}'`,
      );
    const item = store.addItem(project, contentId);
    return { data: { addProjectV2ItemById: { item: { id: item.id } } } };
  }),
  UpdateProjectV2ItemFieldValue: mutation('updateProjectV2ItemFieldValue', (ctx, input, store) => {
    const target = itemAndField(ctx, store, input, 'updateProjectV2ItemFieldValue');
    if ('errors' in target) return target;
    const { field, item } = target;
    const value = (input['value'] ?? {}) as Record<string, unknown>;
    const keys = Object.keys(value).filter((key) => value[key] !== undefined && value[key] !== null);
    const wanted = {
      TEXT: 'text',
      NUMBER: 'number',
      DATE: 'date',
      SINGLE_SELECT: 'singleSelectOptionId',
      ITERATION: 'iterationId',
    }[field.dataType];
    if (keys.length !== 1 || keys[0] !== wanted) {
      return failure(
        'updateProjectV2ItemFieldValue',
        'UNPROCESSABLE',
        `The field ${field.name} (${field.dataType}) takes exactly one value, \`${wanted}\`; got ${keys.join(', ') || 'none'}`,
      );
    }
    const raw = value[wanted];
    let stored: ProjectValueRecord;
    if (field.dataType === 'NUMBER') {
      if (typeof raw !== 'number' || !Number.isFinite(raw))
        return failure('updateProjectV2ItemFieldValue', 'UNPROCESSABLE', 'number must be a Float');
      stored = { number: raw };
    } else if (field.dataType === 'DATE') {
      if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw))
        return failure('updateProjectV2ItemFieldValue', 'UNPROCESSABLE', `"${String(raw)}" is not a valid Date`);
      stored = { date: raw };
    } else if (field.dataType === 'SINGLE_SELECT') {
      if (!field.options.some((option) => option.id === raw)) {
        return failure(
          'updateProjectV2ItemFieldValue',
          'UNPROCESSABLE',
          `The single select option Id does not belong to the field ${field.name}`,
        );
      }
      stored = { singleSelectOptionId: String(raw) };
    } else if (field.dataType === 'TEXT') {
      stored = { text: String(raw) };
    } else {
      return failure(
        'updateProjectV2ItemFieldValue',
        'UNPROCESSABLE',
        'fake-github: iteration values are not implemented',
      );
    }
    item.values.set(field.id, stored);
    return { data: { updateProjectV2ItemFieldValue: { projectV2Item: { id: item.id } } } };
  }),
  ClearProjectV2ItemFieldValue: mutation('clearProjectV2ItemFieldValue', (ctx, input, store) => {
    const target = itemAndField(ctx, store, input, 'clearProjectV2ItemFieldValue');
    if ('errors' in target) return target;
    target.item.values.delete(target.field.id);
    return { data: { clearProjectV2ItemFieldValue: { projectV2Item: { id: target.item.id } } } };
  }),
};

function mutation(
  field: keyof typeof MUTATION_INPUTS,
  run: (ctx: RouteContext, input: Record<string, unknown>, store: ProjectStore) => Result,
): Operation {
  return {
    kind: 'mutation',
    requires: [
      new RegExp(`\\$input\\s*:\\s*${MUTATION_INPUTS[field]}!`),
      new RegExp(`\\b${field}\\s*\\(\\s*input\\s*:\\s*\\$input\\s*\\)`),
    ],
    run: (ctx, variables, store) => {
      const input = variables['input'];
      if (typeof input !== 'object' || input === null) {
        return failure(
          field,
          'INVALID_ARGUMENT',
          `Variable $input of type ${MUTATION_INPUTS[field]}! was provided invalid value`,
        );
      }
      return run(ctx, input as Record<string, unknown>, store);
    },
  };
}

function failure(path: string | (string | number)[], type: string, message: string): Failure {
  const parts = Array.isArray(path) ? path : [path];
  return { data: nullAt(parts), errors: [{ type, path: parts, message }] };
}

/** `data` with null where the failing field was: `['organization', 'projectV2']` -> `{organization: {projectV2: null}}`. */
function nullAt(path: (string | number)[]): Record<string, unknown> | null {
  let value: unknown = null;
  for (let index = path.length - 1; index >= 0; index -= 1) value = { [String(path[index])]: value };
  return value as Record<string, unknown>;
}

function ownerUrl(project: ProjectRecord): string {
  return `https://github.com/${project.ownerType === 'organization' ? 'orgs' : 'users'}/${project.owner}/projects/${project.number}`;
}

function projectQuery(
  ctx: RouteContext,
  variables: Record<string, unknown>,
  store: ProjectStore,
  ownerType: ProjectOwnerType,
): Result {
  const owner = String(variables['owner'] ?? '');
  const number = Number(variables['number']);
  const known = store.ownerType(owner);
  const exists =
    ownerType === 'organization'
      ? known === 'organization'
      : known === 'user' || (known === undefined && ctx.state.users.find(owner) !== undefined);
  if (!exists) {
    const kind = ownerType === 'organization' ? 'an Organization' : 'a User';
    return failure(ownerType, 'NOT_FOUND', `Could not resolve to ${kind} with the login of '${owner}'.`);
  }
  if (ctx.caller.readOnly) return failure([ownerType, 'projectV2'], 'FORBIDDEN', NOT_ACCESSIBLE);
  const project = store.find(owner, number, ownerType);
  if (!project)
    return failure(
      [ownerType, 'projectV2'],
      'NOT_FOUND',
      `Could not resolve to a ProjectV2 with the number ${number}.`,
    );
  return {
    data: {
      [ownerType]: {
        projectV2: {
          id: project.id,
          title: project.title,
          number: project.number,
          url: ownerUrl(project),
          closed: project.closed,
          viewerCanUpdate: project.writable,
          fields: {
            nodes: project.fields.map((field) =>
              field.dataType === 'SINGLE_SELECT'
                ? {
                    __typename: 'ProjectV2SingleSelectField',
                    id: field.id,
                    name: field.name,
                    dataType: field.dataType,
                    options: field.options.map((o) => ({ ...o })),
                  }
                : {
                    __typename: field.dataType === 'ITERATION' ? 'ProjectV2IterationField' : 'ProjectV2Field',
                    id: field.id,
                    name: field.name,
                    dataType: field.dataType,
                  },
            ),
            pageInfo: { hasNextPage: false, endCursor: null },
          },
        },
      },
    },
  };
}

/** The issue or pull request a node id names, if the fake hosts it. */
function resolveContent(
  ctx: RouteContext,
  contentId: string,
): { typename: 'Issue' | 'PullRequest'; number: number } | undefined {
  const parsed = parseNodeId(contentId);
  if (!parsed || (parsed.type !== 'Issue' && parsed.type !== 'PullRequest')) return undefined;
  const id = Number(parsed.id);
  for (const repo of ctx.state.allRepos()) {
    if (parsed.type === 'Issue') {
      for (const issue of repo.issues.values()) if (issue.id === id) return { typename: 'Issue', number: issue.number };
    } else {
      for (const pull of repo.pulls.values())
        if (pull.id === id) return { typename: 'PullRequest', number: pull.number };
    }
  }
  return undefined;
}

function contentItemsQuery(ctx: RouteContext, variables: Record<string, unknown>, store: ProjectStore): Result {
  const contentId = String(variables['contentId'] ?? '');
  const content = resolveContent(ctx, contentId);
  if (!content) return failure('node', 'NOT_FOUND', `Could not resolve to a node with the global id of '${contentId}'`);
  // A read-only integration token sees no user or organization projects.
  const all = ctx.caller.readOnly ? [] : store.itemsOf(contentId);
  const first = Math.min(100, Math.max(1, Number(variables['first'] ?? 100)));
  const after =
    typeof variables['after'] === 'string'
      ? Number(
          Buffer.from(variables['after'], 'base64')
            .toString()
            .replace(/^cursor:/, ''),
        )
      : 0;
  const page = all.slice(after, after + first);
  const end = after + page.length;
  return {
    data: {
      node: {
        __typename: content.typename,
        id: contentId,
        projectItems: {
          nodes: page.map(({ project, item }) => ({ id: item.id, project: { id: project.id } })),
          pageInfo: {
            hasNextPage: end < all.length,
            endCursor: page.length > 0 ? Buffer.from(`cursor:${end}`).toString('base64') : null,
          },
        },
      },
    },
  };
}

function writableProject(
  ctx: RouteContext,
  store: ProjectStore,
  projectId: unknown,
  field: string,
): ProjectRecord | Failure {
  if (ctx.caller.readOnly) return failure(field, 'FORBIDDEN', NOT_ACCESSIBLE);
  const project = store.byId(String(projectId ?? ''));
  if (!project)
    return failure(field, 'NOT_FOUND', `Could not resolve to a node with the global id of '${String(projectId)}'`);
  if (!project.writable) return failure(field, 'FORBIDDEN', 'Resource not accessible by personal access token');
  return project;
}

function itemAndField(ctx: RouteContext, store: ProjectStore, input: Record<string, unknown>, field: string) {
  const project = writableProject(ctx, store, input['projectId'], field);
  if ('errors' in project) return project;
  const item = store.itemById(project, String(input['itemId'] ?? ''));
  if (!item)
    return failure(
      field,
      'NOT_FOUND',
      `Could not resolve to a ProjectV2Item with the id of '${String(input['itemId'])}' in this project`,
    );
  const target = project.fields.find((candidate) => candidate.id === input['fieldId']);
  if (!target)
    return failure(
      field,
      'NOT_FOUND',
      `Could not resolve to a ProjectV2Field with the id of '${String(input['fieldId'])}' in this project`,
    );
  return { project, item, field: target };
}
