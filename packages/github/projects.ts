/**
 * A component's item on a GitHub Project (v2): "Current Stage", "Test Coverage", "Blocker
 * Count", "Last Updated". Projects live only in the GraphQL API.
 *
 * Two steps, so nothing is changed before we know everything can be:
 *   preflight()  reads only: the project (organization or user), its fields and options,
 *                `viewerCanUpdate`, and the issue's item on it. A token that cannot write the
 *                project (a workflow's GITHUB_TOKEN never can) is a ConfigurationError naming
 *                the token that is needed. A missing field or option is a listed problem.
 *   apply()      addProjectV2ItemById when the issue is not on the project yet, then one
 *                updateProjectV2ItemFieldValue (or clearProjectV2ItemFieldValue) per field.
 *
 * Every request gets a time-out and the retry policy of retry.ts (`retryDelayMs`: 5xx, lost
 * connections, rate limits, bounded waits). The mutations are idempotent (setting a value;
 * adding an item that is already there returns it), so retrying one is safe.
 *
 * Schema: docs.github.com/graphql/reference/objects#projectv2 (viewerCanUpdate, fields, url),
 * .../mutations#addprojectv2itembyid, #updateprojectv2itemfieldvalue, #clearprojectv2itemfieldvalue,
 * .../input-objects#projectv2fieldvalue (singleSelectOptionId: String, number: Float, date: Date, text).
 */
import { getOctokit } from '@actions/github';
import { ConfigurationError } from '../core/errors.js';
import { GitHubApiError, type FailureKind } from './api-errors.js';
import { restRetry, retryDelayMs, retrying, retryPolicy, type RetryPolicy } from './retry.js';

export { parseProjectRef, type ProjectOwnerType, type ProjectRef } from './project-ref.js';
import type { ProjectOwnerType, ProjectRef } from './project-ref.js';

export interface ProjectFieldValues {
  /** A "Current Stage" option name, e.g. "Staging" (matched case-insensitively). */
  stage?: string;
  /** Percent; null (no data) clears the field rather than leaving a stale figure. */
  coverage?: number | null;
  blockers?: number;
  /** YYYY-MM-DD. */
  lastUpdated?: string;
}

export type ProjectFieldKind = 'single_select' | 'number' | 'date' | 'text';

export interface PlannedField {
  /** The field's name on the project. */
  name: string;
  fieldId: string;
  /** What is sent: an option id (single_select), a number, a YYYY-MM-DD date or text; null clears the field. */
  value: unknown;
  kind: ProjectFieldKind;
  /** The value as a person reads it ("Staging", "87.5", "2024-05-01", "(cleared)"). */
  display?: string;
}

export interface ProjectPlan {
  projectId: string;
  /** null: the item must be added (addProjectV2ItemById). */
  itemId: string | null;
  /** Node id of the issue or pull request. */
  contentId: string;
  fields: PlannedField[];
  /** What cannot be updated and why (missing fields or options, wrong field types); shown by the action. */
  problems: string[];
  /** For messages: the project's title, URL and owner. */
  title?: string;
  url?: string;
  owner?: { login: string; type: ProjectOwnerType };
}

export interface ProjectsApi {
  preflight(ref: ProjectRef, issueNodeId: string, values: ProjectFieldValues): Promise<ProjectPlan>;
  apply(plan: ProjectPlan): Promise<void>;
}

/** `octokit.graphql`, or a stand-in with its contract: resolves to `data`, rejects with `errors` (and `data`) on GraphQL errors. */
export type GraphqlFunction = (query: string, parameters?: Record<string, unknown>) => Promise<unknown>;

export interface ProjectsApiOptions extends Partial<RetryPolicy> {
  token: string;
  /** Defaults to GITHUB_API_URL, then https://api.github.com. GHES `/api/v3` becomes `/api/graphql`. */
  baseUrl?: string;
  /** Replaces octokit's graphql (tests). The retry policy still applies. */
  graphql?: GraphqlFunction;
  /** The project's field names; defaults "Current Stage", "Test Coverage", "Blocker Count", "Last Updated". */
  fieldNames?: Partial<Record<keyof ProjectFieldValues, string>>;
  /** The action input that takes the project token, named in the fix when the token cannot write. */
  tokenInput?: string;
}

export const DEFAULT_FIELD_NAMES: Readonly<Record<keyof ProjectFieldValues, string>> = {
  stage: 'Current Stage',
  coverage: 'Test Coverage',
  blockers: 'Blocker Count',
  lastUpdated: 'Last Updated',
};

// --- GraphQL documents (operation names are what the local fake matches on) ---

const PROJECT_FIELDS = `
fragment PreflightProject on ProjectV2 {
  id
  title
  url
  closed
  viewerCanUpdate
  fields(first: 100) {
    nodes {
      __typename
      ... on ProjectV2FieldCommon { id name dataType }
      ... on ProjectV2SingleSelectField { options { id name } }
    }
  }
}`;

const QUERIES = {
  organization: `query ProjectV2ForOrganization($owner: String!, $number: Int!) {
  organization(login: $owner) { projectV2(number: $number) { ...PreflightProject } }
}${PROJECT_FIELDS}`,
  user: `query ProjectV2ForUser($owner: String!, $number: Int!) {
  user(login: $owner) { projectV2(number: $number) { ...PreflightProject } }
}${PROJECT_FIELDS}`,
  items: `query ProjectItemsOfContent($contentId: ID!, $after: String) {
  node(id: $contentId) {
    __typename
    ... on Issue { projectItems(first: 100, after: $after) { nodes { id project { id } } pageInfo { hasNextPage endCursor } } }
    ... on PullRequest { projectItems(first: 100, after: $after) { nodes { id project { id } } pageInfo { hasNextPage endCursor } } }
  }
}`,
  addItem: `mutation AddProjectV2ItemById($input: AddProjectV2ItemByIdInput!) {
  addProjectV2ItemById(input: $input) { item { id } }
}`,
  update: `mutation UpdateProjectV2ItemFieldValue($input: UpdateProjectV2ItemFieldValueInput!) {
  updateProjectV2ItemFieldValue(input: $input) { projectV2Item { id } }
}`,
  clear: `mutation ClearProjectV2ItemFieldValue($input: ClearProjectV2ItemFieldValueInput!) {
  clearProjectV2ItemFieldValue(input: $input) { projectV2Item { id } }
}`,
} as const;

/** An issue is on few projects; this bounds the pages read if one is on very many. */
const MAX_ITEM_PAGES = 10;

interface GraphqlErrorLike {
  type?: string;
  message?: string;
  path?: (string | number)[];
}

interface Outcome<T> {
  data: T | null;
  errors: GraphqlErrorLike[];
}

interface FieldNode {
  __typename?: string;
  id?: string;
  name?: string;
  dataType?: string;
  options?: { id: string; name: string }[];
}

interface ProjectNode {
  id: string;
  title: string;
  url: string;
  closed: boolean;
  viewerCanUpdate: boolean;
  fields: { nodes: (FieldNode | null)[] | null };
}

type OwnerData = Record<ProjectOwnerType, { projectV2: ProjectNode | null } | null | undefined>;

interface ItemsData {
  node: {
    __typename?: string;
    projectItems?: {
      nodes: ({ id: string; project: { id: string } | null } | null)[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
}

/** GraphqlResponseError (octokit) and look-alikes: GraphQL errors in an HTTP 200 answer. */
function graphqlErrorsOf(error: unknown): GraphqlErrorLike[] | undefined {
  const errors = (error as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 ? (errors as GraphqlErrorLike[]) : undefined;
}

function kindOfGraphqlError(type: string | undefined): FailureKind {
  switch (type) {
    case 'FORBIDDEN':
    case 'INSUFFICIENT_SCOPES':
      return 'permission';
    case 'NOT_FOUND':
      return 'not-found';
    case 'RATE_LIMITED':
      return 'rate-limit';
    default:
      return 'invalid';
  }
}

function messagesOf(errors: GraphqlErrorLike[]): string {
  return errors.map((e) => (e.type ? `${e.type}: ${e.message ?? ''}` : (e.message ?? 'unknown error'))).join('; ');
}

function isAccessDenied(errors: GraphqlErrorLike[]): boolean {
  return errors.some(
    (e) =>
      e.type === 'FORBIDDEN' ||
      e.type === 'INSUFFICIENT_SCOPES' ||
      /not accessible by|insufficient|scope/i.test(e.message ?? ''),
  );
}

/** The token a project write needs, for the fix of a ConfigurationError. */
export function tokenNeeded(ownerType: ProjectOwnerType | undefined, owner: string): string {
  const org =
    `a fine-grained personal access token (resource owner: ${owner}) or a GitHub App installation token ` +
    'with the organization permission "Projects: Read and write"';
  const user = 'a classic personal access token with the `project` scope';
  if (ownerType === 'organization') return `${org}; GITHUB_TOKEN cannot write organization projects`;
  if (ownerType === 'user')
    return `${user}; GITHUB_TOKEN, fine-grained tokens and GitHub App tokens cannot write user projects`;
  return `for an organization project, ${org}; for a user project, ${user}. GITHUB_TOKEN cannot write either`;
}

type NamedField = FieldNode & { id: string; name: string };

/** A field's planned value, or why it cannot be set. */
type MakeValue = (field: NamedField, kind: ProjectFieldKind) => PlannedField | string;

/** For each value the action sets, in the order they are set: the kinds of field that can hold it, and how. */
const FIELD_PLANS: {
  key: keyof ProjectFieldValues;
  accepts: ProjectFieldKind[];
  make: (values: ProjectFieldValues) => MakeValue;
}[] = [
  { key: 'stage', accepts: ['single_select', 'text'], make: stageValue },
  { key: 'coverage', accepts: ['number', 'text'], make: (values) => numericValue(values.coverage) },
  { key: 'blockers', accepts: ['number', 'text'], make: (values) => numericValue(values.blockers) },
  { key: 'lastUpdated', accepts: ['date', 'text'], make: dateValue },
];

/**
 * Which project fields to set, from the names the action uses (matched case-insensitively).
 * Every value given is `requested`; each becomes a planned field or a problem, so that all
 * the project's problems are told at once.
 */
function planFields(
  project: ProjectNode,
  values: ProjectFieldValues,
  names: Record<keyof ProjectFieldValues, string>,
): { fields: PlannedField[]; problems: string[]; requested: number } {
  const fields: PlannedField[] = [];
  const problems: string[] = [];
  const all = (project.fields.nodes ?? []).filter((f): f is NamedField => !!f?.id && !!f.name);
  let requested = 0;
  for (const { key, accepts, make } of FIELD_PLANS) {
    if (values[key] === undefined) continue;
    requested += 1;
    const planned = planField(all, names[key], accepts, make(values));
    if (typeof planned === 'string') problems.push(planned);
    else fields.push(planned);
  }
  return { fields, problems, requested };
}

/** The field named `name`, when there is one of a kind that `accepts`, with its value. */
function planField(
  all: readonly NamedField[],
  name: string,
  accepts: readonly ProjectFieldKind[],
  make: MakeValue,
): PlannedField | string {
  const field = all.find((f) => f.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (!field) return `The project has no field "${name}" (its fields: ${fieldList(all) || 'none'}).`;
  const kind = kindOf(field.dataType);
  if (!kind || !accepts.includes(kind)) {
    return `The field "${field.name}" is a ${String(field.dataType ?? 'unknown')
      .toLowerCase()
      .replace(/_/g, '-')} field; it needs to be ${accepts.map((k) => k.replace(/_/g, '-')).join(' or ')}.`;
  }
  return make(field, kind);
}

/** The project's field names for a message, the first 20 (a project may have many). */
function fieldList(all: readonly NamedField[]): string {
  const shown = all.slice(0, 20).map((f) => `"${f.name}"`);
  return shown.join(', ') + (all.length > shown.length ? ', ...' : '');
}

/** The stage as text, or as the single-select option of that name (any case). */
function stageValue(values: ProjectFieldValues): MakeValue {
  return (field, kind) => {
    const stage = String(values.stage ?? '').trim();
    if (stage === '') return `No stage to set in "${field.name}".`;
    if (kind === 'text') return { name: field.name, fieldId: field.id, value: stage, kind, display: stage };
    const options = field.options ?? [];
    const option = options.find((o) => o.name.trim().toLowerCase() === stage.toLowerCase());
    if (!option) {
      return `The field "${field.name}" has no option "${stage}" (its options: ${options.map((o) => `"${o.name}"`).join(', ') || 'none'}).`;
    }
    return { name: field.name, fieldId: field.id, value: option.id, kind, display: option.name };
  };
}

/** A number (as text in a text field); null clears the field rather than leaving a stale figure. */
function numericValue(value: number | null | undefined): MakeValue {
  return (field, kind) => {
    if (value === null) return { name: field.name, fieldId: field.id, value: null, kind, display: '(cleared)' };
    if (typeof value !== 'number' || !Number.isFinite(value))
      return `"${String(value)}" is not a number for "${field.name}".`;
    if (kind === 'text')
      return { name: field.name, fieldId: field.id, value: String(value), kind, display: String(value) };
    return { name: field.name, fieldId: field.id, value, kind, display: String(value) };
  };
}

function dateValue(values: ProjectFieldValues): MakeValue {
  return (field, kind) => {
    const date = String(values.lastUpdated ?? '');
    if (!isCalendarDate(date)) return `"${date}" is not a YYYY-MM-DD date for "${field.name}".`;
    return { name: field.name, fieldId: field.id, value: date, kind, display: date };
  };
}

/** Projects (v2) over GraphQL, retried like every GitHub call; created by createProjectsApi. */
class ProjectsClient implements ProjectsApi {
  private readonly policy: RetryPolicy;
  readonly names: Record<keyof ProjectFieldValues, string>;
  private graphql: GraphqlFunction | undefined;

  constructor(private readonly options: ProjectsApiOptions) {
    this.policy = retryPolicy(options);
    this.names = { ...DEFAULT_FIELD_NAMES, ...options.fieldNames };
    this.graphql = options.graphql;
  }

  private gql(): GraphqlFunction {
    if (!this.graphql) {
      const baseUrl = (this.options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(
        /\/$/,
        '',
      );
      this.graphql = getOctokit(this.options.token, { baseUrl }).graphql as GraphqlFunction;
    }
    return this.graphql;
  }

  private fixFor(ownerType: ProjectOwnerType | undefined, owner: string): string {
    const pass = this.options.tokenInput ? ` and pass it as the \`${this.options.tokenInput}\` input` : '';
    return `Create ${tokenNeeded(ownerType, owner)}, store it as a secret${pass}.`;
  }

  /**
   * One operation, retried like every GitHub call (retry.ts). GraphQL errors (HTTP 200) come back in `errors` for
   * the caller to judge, except RATE_LIMITED, which is waited for like a REST rate limit.
   */
  private async call<T>(operationName: string, query: string, variables: Record<string, unknown>): Promise<Outcome<T>> {
    const what = `GraphQL ${operationName}`;
    const rest = restRetry(what, this.policy.timeoutMs);
    return retrying<Outcome<T>>(
      this.policy,
      what,
      async (signal) => {
        try {
          const data = await this.gql()(query, { ...variables, operationName, request: { signal } });
          return { data: data as T, errors: [] };
        } catch (thrown) {
          // octokit reports an aborted fetch as HTTP 500 "Unknown Error"; say what happened.
          const error = signal.aborted
            ? Object.assign(new Error(`no answer within ${this.policy.timeoutMs} ms`), {
                name: 'TimeoutError',
                cause: thrown,
              })
            : thrown;
          const errors = graphqlErrorsOf(error);
          if (errors && !errors.some((e) => e.type === 'RATE_LIMITED'))
            return { data: ((error as { data?: T }).data ?? null) as T | null, errors };
          throw error;
        }
      },
      (error, attempt) => {
        const errors = graphqlErrorsOf(error);
        if (!errors) return rest(error, attempt);
        // RATE_LIMITED: waited for like a REST secondary rate limit, from the same headers.
        const headers = (error as { headers?: Record<string, string> }).headers ?? {};
        return {
          delay: retryDelayMs(
            { status: 403, response: { headers, data: { message: 'secondary rate limit' } } },
            attempt,
          ),
          failure: (note) =>
            new GitHubApiError(`${what} failed: ${messagesOf(errors)}${note ? `; ${note}` : ''}`, 200, 'rate-limit'),
          why: messagesOf(errors),
        };
      },
    );
  }

  /** An HTTP-level refusal of the token itself (401 bad credentials, 403 SAML/SSO) is the user's to fix too. */
  private async read<T>(
    ref: ProjectRef,
    ownerType: ProjectOwnerType | undefined,
    operationName: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Outcome<T>> {
    try {
      return await this.call<T>(operationName, query, variables);
    } catch (e) {
      if (e instanceof GitHubApiError && e.kind === 'permission') {
        throw new ConfigurationError(
          `The token was refused while reading project ${describeRef(ref)}: ${e.message}`,
          {},
          this.fixFor(ownerType, ref.owner),
        );
      }
      throw e;
    }
  }

  private async loadProject(ref: ProjectRef): Promise<{ project: ProjectNode; ownerType: ProjectOwnerType }> {
    const order: ProjectOwnerType[] = ref.ownerType ? [ref.ownerType] : ['organization', 'user'];
    for (const ownerType of order) {
      const op = ownerType === 'organization' ? 'ProjectV2ForOrganization' : 'ProjectV2ForUser';
      const { data, errors } = await this.read<OwnerData>(ref, ownerType, op, QUERIES[ownerType], {
        owner: ref.owner,
        number: ref.number,
      });
      const owner = data?.[ownerType];
      // No such organization (or user): try the other kind of owner, if there is one left.
      if (!owner && !isAccessDenied(errors)) continue;
      const project = owner?.projectV2 ?? null;
      if (project && errors.length === 0) return { project, ownerType };
      const denied = isAccessDenied(errors);
      const where = `${ownerType === 'organization' ? 'organization' : 'user'} ${ref.owner}`;
      throw new ConfigurationError(
        denied
          ? `This token may not read project #${ref.number} of ${where} (${messagesOf(errors)}).`
          : `Project #${ref.number} of ${where} was not found, or this token cannot see it (${messagesOf(errors) || 'no project returned'}).`,
        { at: 'project' },
        `${denied ? '' : 'Check the project number, then: '}${this.fixFor(ownerType, ref.owner)}`,
      );
    }
    throw new ConfigurationError(
      `There is no ${ref.ownerType ?? 'organization or user'} named "${ref.owner}" that this token can see.`,
      { at: 'project' },
      `Check the owner in the project URL; if it is right, ${this.fixFor(ref.ownerType, ref.owner).replace(/^Create/, 'create')}`,
    );
  }

  private async findItem(
    ref: ProjectRef,
    ownerType: ProjectOwnerType,
    projectId: string,
    contentId: string,
  ): Promise<string | null> {
    let after: string | null = null;
    for (let page = 0; page < MAX_ITEM_PAGES; page++) {
      const outcome: Outcome<ItemsData> = await this.read<ItemsData>(
        ref,
        ownerType,
        'ProjectItemsOfContent',
        QUERIES.items,
        {
          contentId,
          after,
        },
      );
      const node = outcome.data?.node;
      if (!node || outcome.errors.length > 0) {
        throw new ConfigurationError(
          `The issue or pull request ${contentId} is not visible to the project token (${messagesOf(outcome.errors) || 'no such node'}).`,
          {},
          'Give the project token read access to this repository too (fine-grained: "Issues" and "Pull requests" read; classic: `repo` for a private repository).',
        );
      }
      const connection = node.projectItems;
      if (!connection)
        throw new GitHubApiError(
          `GraphQL ProjectItemsOfContent: ${contentId} is a ${node.__typename ?? 'node'}, not an issue or pull request`,
          200,
          'invalid',
        );
      const hit = connection.nodes.find((item) => item?.project?.id === projectId);
      if (hit) return hit.id;
      if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return null;
      after = connection.pageInfo.endCursor;
    }
    return null; // not among the first pages: adding it again returns the existing item
  }

  async preflight(ref: ProjectRef, issueNodeId: string, values: ProjectFieldValues): Promise<ProjectPlan> {
    const { project, ownerType } = await this.loadProject(ref);
    if (!project.viewerCanUpdate) {
      throw new ConfigurationError(
        `This token can read project "${project.title}" (${project.url}) but not update it.`,
        { at: 'project' },
        `${this.fixFor(ownerType, ref.owner)} A token with read-only project access, or a user who is not a project collaborator with write access, cannot update items.`,
      );
    }
    const itemId = await this.findItem(ref, ownerType, project.id, issueNodeId);
    const { fields, problems, requested } = planFields(project, values, this.names);
    if (requested > 0 && fields.length === 0) {
      throw new ConfigurationError(
        `Nothing can be updated on project "${project.title}" (${project.url}): ${problems.join(' ')}`,
        { at: 'project' },
        'Add the fields to the project (names and options are matched case-insensitively), or set the field names the action uses.',
      );
    }
    return {
      projectId: project.id,
      itemId,
      contentId: issueNodeId,
      fields,
      problems,
      title: project.title,
      url: project.url,
      owner: { login: ref.owner, type: ownerType },
    };
  }

  async apply(plan: ProjectPlan): Promise<void> {
    const written: string[] = [];
    const mutate = async (
      operationName: string,
      query: string,
      field: string,
      input: Record<string, unknown>,
    ): Promise<Record<string, unknown>> => {
      const { data, errors } = await this.call<Record<string, unknown>>(operationName, query, { input });
      if (errors.length === 0 && data?.[field]) return data[field] as Record<string, unknown>;
      const done = written.length > 0 ? ` (already written: ${written.join(', ')})` : '';
      const text = `GraphQL ${operationName} failed: ${messagesOf(errors) || 'no result'}${done}`;
      if (isAccessDenied(errors))
        throw new ConfigurationError(
          text,
          { at: 'project' },
          this.fixFor(plan.owner?.type, plan.owner?.login ?? 'the project owner'),
        );
      throw new GitHubApiError(text, 200, kindOfGraphqlError(errors[0]?.type));
    };

    let itemId = plan.itemId;
    if (itemId === null) {
      const added = await mutate('AddProjectV2ItemById', QUERIES.addItem, 'addProjectV2ItemById', {
        projectId: plan.projectId,
        contentId: plan.contentId,
      });
      itemId = String((added['item'] as { id?: unknown } | null)?.id ?? '');
      if (!itemId) throw new GitHubApiError('GraphQL AddProjectV2ItemById returned no item', 200, 'invalid');
      written.push('item added');
    }
    for (const field of plan.fields) {
      const target = { projectId: plan.projectId, itemId, fieldId: field.fieldId };
      if (field.value === null) {
        await mutate('ClearProjectV2ItemFieldValue', QUERIES.clear, 'clearProjectV2ItemFieldValue', target);
      } else {
        await mutate('UpdateProjectV2ItemFieldValue', QUERIES.update, 'updateProjectV2ItemFieldValue', {
          ...target,
          value: fieldValue(field),
        });
      }
      written.push(field.name);
    }
  }
}

export function createProjectsApi(options: ProjectsApiOptions): ProjectsApi {
  return new ProjectsClient(options);
}

/** ProjectV2FieldValue: exactly one member, per the field's type. */
function fieldValue(field: PlannedField): Record<string, unknown> {
  switch (field.kind) {
    case 'single_select':
      return { singleSelectOptionId: String(field.value) };
    case 'number':
      return { number: Number(field.value) };
    case 'date':
      return { date: String(field.value) };
    case 'text':
      return { text: String(field.value) };
  }
}

function kindOf(dataType: string | undefined): ProjectFieldKind | undefined {
  switch (dataType) {
    case 'SINGLE_SELECT':
      return 'single_select';
    case 'NUMBER':
      return 'number';
    case 'DATE':
      return 'date';
    case 'TEXT':
      return 'text';
    default:
      return undefined;
  }
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function describeRef(ref: ProjectRef): string {
  const kind = ref.ownerType === 'organization' ? 'orgs/' : ref.ownerType === 'user' ? 'users/' : '';
  return `${kind}${ref.owner}/${ref.number}`;
}
