/** Project (v2) field updates with a pre-flight check, against the local fake's POST /graphql. */
import { getOctokit } from '@actions/github';
import { ConfigurationError } from '../../packages/core/errors.js';
import { GitHubApiError } from '../../packages/github/api-errors.js';
import {
  createProjectsApi,
  parseProjectRef,
  type ProjectsApi,
  type ProjectsApiOptions,
} from '../../packages/github/projects.js';
import { FakeGitHub } from '../support/fake-github/index.js';

let gh: FakeGitHub;
let issueId: string;
const sleeps: number[] = [];
const logs: string[] = [];

const ORG = { owner: 'tta-org', number: 3 };
const FIELDS = [
  { name: 'Status', type: 'single_select' as const, options: ['Todo', 'Done'] },
  { name: 'Current Stage', type: 'single_select' as const, options: ['Alpha', 'Beta', 'Staging', 'Production'] },
  { name: 'Test Coverage', type: 'number' as const },
  { name: 'Blocker Count', type: 'number' as const },
  { name: 'Last Updated', type: 'date' as const },
];
const VALUES = { stage: 'staging', coverage: 87.5, blockers: 2, lastUpdated: '2024-05-01' };

function api(token = 'project-pat', extra: Partial<ProjectsApiOptions> = {}): ProjectsApi {
  return createProjectsApi({
    token,
    baseUrl: gh.url,
    sleep: async (ms) => void sleeps.push(ms),
    log: (message) => void logs.push(message),
    ...extra,
  });
}

/** Requests whose GraphQL document is a mutation. */
const mutationRequests = () =>
  gh
    .requestsTo('POST', '/graphql')
    .filter((r) => /^\s*mutation\b/.test(String((r.body as { query?: unknown } | undefined)?.query ?? '')));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  gh = await FakeGitHub.start();
});
afterAll(() => gh.close());
beforeEach(() => {
  gh.reset();
  sleeps.length = 0;
  logs.length = 0;
  gh.addIssue({ number: 1, title: 'Promote neo4j to staging' });
  issueId = String(gh.issue(1)['node_id']);
  gh.addProject({ ...ORG, title: 'Maturity', fields: FIELDS });
});

describe('parseProjectRef', () => {
  it('reads organization and user URLs, views and queries included, and owner/number', () => {
    expect(parseProjectRef('https://github.com/orgs/tta/projects/3')).toEqual({
      owner: 'tta',
      number: 3,
      ownerType: 'organization',
    });
    expect(parseProjectRef(' https://github.com/users/alice/projects/12/views/2?layout=board ')).toEqual({
      owner: 'alice',
      number: 12,
      ownerType: 'user',
    });
    expect(parseProjectRef('github.example.com/orgs/acme-inc/projects/7/')).toEqual({
      owner: 'acme-inc',
      number: 7,
      ownerType: 'organization',
    });
    expect(parseProjectRef('tta/3')).toEqual({ owner: 'tta', number: 3 });
  });

  it('refuses what is not a Project (v2), saying how to write one', () => {
    for (const [text, why] of [
      ['', /empty/],
      ['tta', /not a GitHub Project \(v2\) reference/],
      ['tta/0', /no valid project number/],
      ['https://github.com/tta/demo/projects/1', /Projects classic/],
      ['-bad-/3', /not a GitHub login/],
    ] as const) {
      const error = (() => {
        try {
          parseProjectRef(text, 'project-url');
        } catch (e) {
          return e;
        }
        throw new Error(`accepted ${text}`);
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      const described = (error as ConfigurationError).describe();
      expect(described).toMatch(why);
      expect(described).toMatch(/^project-url: /);
      expect(described).toContain('https://github.com/orgs/<organization>/projects/<number>');
    }
  });
});

describe('preflight and apply', () => {
  it('adds the item when the issue is not on the project, then sets every field', async () => {
    const projects = api();
    const plan = await projects.preflight(
      parseProjectRef('https://github.com/orgs/tta-org/projects/3'),
      issueId,
      VALUES,
    );
    expect(plan).toMatchObject({
      itemId: null,
      contentId: issueId,
      problems: [],
      title: 'Maturity',
      owner: { login: 'tta-org', type: 'organization' },
    });
    expect(plan.fields.map((f) => [f.name, f.kind, f.display])).toEqual([
      ['Current Stage', 'single_select', 'Staging'],
      ['Test Coverage', 'number', '87.5'],
      ['Blocker Count', 'number', '2'],
      ['Last Updated', 'date', '2024-05-01'],
    ]);
    expect(mutationRequests()).toHaveLength(0); // the pre-flight only reads

    await projects.apply(plan);
    expect(gh.projectItem(1)?.values).toEqual({
      'Current Stage': 'Staging',
      'Test Coverage': 87.5,
      'Blocker Count': 2,
      'Last Updated': '2024-05-01',
    });
    expect(gh.projectMutations.map((m) => m.field)).toEqual([
      'addProjectV2ItemById',
      'updateProjectV2ItemFieldValue',
      'updateProjectV2ItemFieldValue',
      'updateProjectV2ItemFieldValue',
      'updateProjectV2ItemFieldValue',
    ]);
    expect(gh.projectMutations.every((m) => m.error === undefined)).toBe(true);
    const stageOption = plan.fields[0]!.value;
    expect(gh.projectMutations[1]!.input).toEqual({
      projectId: plan.projectId,
      itemId: gh.projectItem(1)!.itemId,
      fieldId: plan.fields[0]!.fieldId,
      value: { singleSelectOptionId: stageOption },
    });
    expect(gh.projectMutations[4]!.input['value']).toEqual({ date: '2024-05-01' });
  });

  it('finds an existing item, updates it in place, and clears coverage that has no data', async () => {
    const itemId = gh.addProjectItem(ORG, 1);
    const projects = api();
    await projects.apply(await projects.preflight(ORG, issueId, VALUES));

    const plan = await projects.preflight({ ...ORG, ownerType: 'organization' }, issueId, {
      stage: 'Production',
      coverage: null,
      blockers: 0,
    });
    expect(plan.itemId).toBe(itemId);
    expect(plan.fields.find((f) => f.name === 'Test Coverage')).toMatchObject({ value: null, display: '(cleared)' });
    await projects.apply(plan);

    expect(gh.projectItem(1)).toEqual({
      itemId,
      projectId: plan.projectId,
      values: { 'Current Stage': 'Production', 'Blocker Count': 0, 'Last Updated': '2024-05-01' },
    });
    expect(gh.projectMutations.map((m) => m.field)).not.toContain('addProjectV2ItemById');
    expect(gh.projectMutations.map((m) => m.field)).toContain('clearProjectV2ItemFieldValue');
  });

  it('works on a user project named by owner/number (organization tried first)', async () => {
    gh.addProject({ owner: 'alice', ownerType: 'user', number: 5, fields: FIELDS });
    const projects = api();
    const plan = await projects.preflight(parseProjectRef('alice/5'), issueId, { stage: 'Beta' });
    expect(plan.owner).toEqual({ login: 'alice', type: 'user' });
    await projects.apply(plan);
    expect(gh.projectItem(1, { owner: 'alice', number: 5 })?.values).toEqual({ 'Current Stage': 'Beta' });
    const operations = gh
      .requestsTo('POST', '/graphql')
      .map((r) => (r.body as { operationName?: string }).operationName);
    expect(operations.slice(0, 2)).toEqual(['ProjectV2ForOrganization', 'ProjectV2ForUser']);
  });
});

describe('a token that cannot write the project', () => {
  it('GITHUB_TOKEN on an organization project: ConfigurationError naming the token needed, and no mutation sent', async () => {
    gh.readOnlyTokens.add('ghs_workflow');
    const error = await rejection(api('ghs_workflow', { tokenInput: 'project-token' }).preflight(ORG, issueId, VALUES));
    expect(error).toBeInstanceOf(ConfigurationError);
    const text = (error as ConfigurationError).describe();
    expect(text).toContain('Resource not accessible by integration');
    expect(text).toContain('fine-grained personal access token');
    expect(text).toContain('GitHub App installation token');
    expect(text).toContain('"Projects: Read and write"');
    expect(text).toContain('`project-token`');
    expect(text).not.toContain('classic personal access token');
    expect(gh.projectMutations).toEqual([]);
    expect(mutationRequests()).toHaveLength(0);
  });

  it('GITHUB_TOKEN on a user project: a classic personal access token with the project scope', async () => {
    gh.addProject({ owner: 'alice', ownerType: 'user', number: 5, fields: FIELDS });
    gh.readOnlyTokens.add('ghs_workflow');
    const error = await rejection(
      api('ghs_workflow').preflight(parseProjectRef('https://github.com/users/alice/projects/5'), issueId, VALUES),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).describe()).toContain(
      'classic personal access token with the `project` scope',
    );
    expect(mutationRequests()).toHaveLength(0);
  });

  it('a token that can read but not update the project (viewerCanUpdate false)', async () => {
    gh.addProject({ owner: 'tta-org', number: 4, title: 'Read only', fields: FIELDS, writable: false });
    const error = await rejection(api().preflight({ owner: 'tta-org', number: 4 }, issueId, VALUES));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).describe()).toMatch(
      /can read project "Read only" .* but not update it.*Projects: Read and write/,
    );
    expect(mutationRequests()).toHaveLength(0);
  });

  it('an unknown project number or owner is a ConfigurationError too', async () => {
    const missing = await rejection(api().preflight({ owner: 'tta-org', number: 99 }, issueId, VALUES));
    expect(missing).toBeInstanceOf(ConfigurationError);
    expect((missing as ConfigurationError).describe()).toMatch(
      /Project #99 of organization tta-org was not found, or this token cannot see it.*Check the project number/,
    );

    const nobody = await rejection(api().preflight({ owner: 'nobody-here', number: 1 }, issueId, VALUES));
    expect(nobody).toBeInstanceOf(ConfigurationError);
    expect((nobody as ConfigurationError).describe()).toContain('There is no organization or user named "nobody-here"');
  });
});

describe('fields and options the project lacks', () => {
  it('lists a missing field and a missing option as problems and updates the rest', async () => {
    gh.addProject({
      owner: 'tta-org',
      number: 8,
      fields: [
        { name: 'current stage', type: 'single_select', options: ['Alpha', 'Beta'] },
        { name: 'Test Coverage', type: 'number' },
        { name: 'Last Updated', type: 'text' },
      ],
    });
    const projects = api();
    const plan = await projects.preflight({ owner: 'tta-org', number: 8 }, issueId, VALUES);
    expect(plan.problems).toEqual([
      'The field "current stage" has no option "staging" (its options: "Alpha", "Beta").',
      'The project has no field "Blocker Count" (its fields: "current stage", "Test Coverage", "Last Updated").',
    ]);
    expect(plan.fields.map((f) => [f.name, f.kind])).toEqual([
      ['Test Coverage', 'number'],
      ['Last Updated', 'text'],
    ]);
    await projects.apply(plan);
    expect(gh.projectItem(1, { owner: 'tta-org', number: 8 })?.values).toEqual({
      'Test Coverage': 87.5,
      'Last Updated': '2024-05-01',
    });
  });

  it('a field of the wrong type is a problem; when nothing at all can be updated it throws', async () => {
    gh.addProject({ owner: 'tta-org', number: 9, fields: [{ name: 'Blocker Count', type: 'date' }] });
    const error = await rejection(
      api().preflight({ owner: 'tta-org', number: 9 }, issueId, { blockers: 1, stage: 'Beta' }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    const text = (error as ConfigurationError).describe();
    expect(text).toContain('The field "Blocker Count" is a date field; it needs to be number or text.');
    expect(text).toContain('The project has no field "Current Stage"');
    expect(mutationRequests()).toHaveLength(0);
  });

  it('field names can be configured', async () => {
    gh.addProject({
      owner: 'tta-org',
      number: 10,
      fields: [{ name: 'Stage', type: 'single_select', options: ['Beta'] }],
    });
    const plan = await api('project-pat', { fieldNames: { stage: 'Stage' } }).preflight(
      { owner: 'tta-org', number: 10 },
      issueId,
      { stage: 'beta' },
    );
    expect(plan.fields).toEqual([expect.objectContaining({ name: 'Stage', kind: 'single_select', display: 'Beta' })]);
  });
});

describe('retries', () => {
  it('retries a 502 on a read and on a mutation, then succeeds', async () => {
    const projects = api();
    gh.injectFault({ method: 'POST', path: '/graphql', status: 502 });
    const plan = await projects.preflight(ORG, issueId, { stage: 'Alpha' });
    gh.injectFault({ method: 'POST', path: '/graphql', status: 502 });
    await projects.apply(plan);
    expect(sleeps).toEqual([1000, 1000]);
    expect(logs[0]).toMatch(/^GraphQL ProjectV2ForOrganization: HTTP 502 .*retrying in 1 s \(attempt 2 of 4\)$/);
    expect(logs[1]).toMatch(/^GraphQL AddProjectV2ItemById: HTTP 502/);
    expect(gh.projectItem(1)?.values).toEqual({ 'Current Stage': 'Alpha' });
  });

  it('gives up after the attempts allowed, with a GitHubApiError', async () => {
    gh.injectFault({ method: 'POST', path: '/graphql', status: 503, times: 10 });
    const error = await rejection(api('project-pat', { attempts: 3 }).preflight(ORG, issueId, VALUES));
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 503, kind: 'server' });
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('times out a slow answer and retries it', async () => {
    gh.slow('/graphql', 2000, { times: 1 });
    const plan = await api('project-pat', { timeoutMs: 200 }).preflight(ORG, issueId, { stage: 'Alpha' });
    expect(plan.fields).toHaveLength(1);
    expect(sleeps).toEqual([1000]);
    expect(logs[0]).toContain('no answer within');
  });

  it("accepts octokit's own graphql function as the injected one", async () => {
    const plan = await api('ignored', { graphql: getOctokit('project-pat', { baseUrl: gh.url }).graphql }).preflight(
      ORG,
      issueId,
      { blockers: 3 },
    );
    expect(plan.fields).toEqual([expect.objectContaining({ name: 'Blocker Count', value: 3 })]);
    expect(gh.requestsTo('POST', '/graphql').every((r) => r.headers['authorization'] === 'token project-pat')).toBe(
      true,
    );
  });

  it('waits out a GraphQL RATE_LIMITED answer until the reset, through an injected graphql function', async () => {
    const real = getOctokit('project-pat', { baseUrl: gh.url }).graphql;
    let calls = 0;
    const reset = Math.floor(Date.now() / 1000) + 5;
    const graphql = async (query: string, parameters?: Record<string, unknown>) => {
      calls += 1;
      if (calls === 1) {
        throw Object.assign(new Error('rate limited'), {
          errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }],
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        });
      }
      return real(query, parameters);
    };
    const plan = await api('project-pat', { graphql }).preflight(ORG, issueId, { stage: 'Alpha' });
    expect(plan.fields).toHaveLength(1);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(1000);
    expect(sleeps[0]).toBeLessThanOrEqual(7000);
  });
});

describe('the fake GraphQL endpoint', () => {
  it('answers only the operations it implements, and refuses anonymous calls', async () => {
    const octokit = getOctokit('project-pat', { baseUrl: gh.url });
    await expect(octokit.graphql('query Viewer { viewer { login } }')).rejects.toMatchObject({
      errors: [{ message: 'fake-github: GraphQL operation Viewer is not implemented' }],
    });
    const anonymous = await fetch(`${gh.url}/graphql`, {
      method: 'POST',
      body: JSON.stringify({ query: 'query ProjectV2ForUser { x }' }),
    });
    expect(anonymous.status).toBe(401);
  });

  it('checks the schema names an operation relies on', async () => {
    const octokit = getOctokit('project-pat', { baseUrl: gh.url });
    const misspelt =
      'mutation UpdateProjectV2ItemFieldValue($input: UpdateProjectItemFieldValueInput!) { updateProjectV2ItemFieldValue(input: $input) { projectV2Item { id } } }';
    await expect(octokit.graphql(misspelt, { input: {} })).rejects.toMatchObject({
      errors: [{ message: expect.stringContaining('does not use') }],
    });
  });
});
