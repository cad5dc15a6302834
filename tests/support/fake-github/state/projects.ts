/**
 * GitHub Projects (v2) for the GraphQL route: projects owned by an organization or a user,
 * their fields (with single-select options) and items (an issue or pull request each, by
 * node id) with the values set on them. Mutations received are kept in order, so a test can
 * assert that nothing was written.
 *
 * FakeState is shared with other areas, so the projects of one state live in a WeakMap keyed
 * by it: `FakeGitHub.reset()` makes a fresh state, hence fresh projects.
 */
import { createHash } from 'node:crypto';
import type { FakeState } from './fake-state.js';

/** ProjectV2FieldType values the fake can hold (docs.github.com/graphql/reference/enums#projectv2fieldtype). */
export type ProjectFieldType = 'TEXT' | 'NUMBER' | 'DATE' | 'SINGLE_SELECT' | 'ITERATION';

export type ProjectOwnerType = 'organization' | 'user';

export interface ProjectOptionRecord {
  /** Single-select option ids are short hex strings on GitHub, not node ids. */
  id: string;
  name: string;
}

export interface ProjectFieldRecord {
  id: string;
  name: string;
  dataType: ProjectFieldType;
  options: ProjectOptionRecord[];
}

/** One value on an item: exactly one of these is set, per the field's type. */
export interface ProjectValueRecord {
  text?: string;
  number?: number;
  date?: string;
  singleSelectOptionId?: string;
}

export interface ProjectItemRecord {
  id: string;
  /** Node id of the issue or pull request. */
  contentId: string;
  /** By field id. */
  values: Map<string, ProjectValueRecord>;
}

export interface ProjectRecord {
  id: string;
  owner: string;
  ownerType: ProjectOwnerType;
  number: number;
  title: string;
  closed: boolean;
  /** false: readable, but `viewerCanUpdate` is false and mutations are refused. */
  writable: boolean;
  fields: ProjectFieldRecord[];
  items: ProjectItemRecord[];
}

export interface ProjectFieldSeed {
  name: string;
  type: 'text' | 'number' | 'date' | 'single_select' | 'iteration' | ProjectFieldType;
  /** Option names of a single-select field. */
  options?: string[];
}

export interface ProjectSeed {
  owner: string;
  number: number;
  /** Default `organization`. */
  ownerType?: ProjectOwnerType;
  title?: string;
  fields?: ProjectFieldSeed[];
  /** Default true; false models a token with read-only access to the project. */
  writable?: boolean;
  closed?: boolean;
}

/** A mutation as received: operation name, the mutation field and its `input`. */
export interface RecordedMutation {
  operationName: string | undefined;
  field: string;
  input: Record<string, unknown>;
  /** The GraphQL error it was refused with, if it was. */
  error?: string;
}

function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Node ids shaped like GitHub's project ids (PVT_, PVTF_, PVTSSF_, PVTI_). */
function projectNodeId(prefix: string, key: string): string {
  return `${prefix}_kwDO${Buffer.from(key).toString('base64url')}`;
}

export class ProjectStore {
  readonly projects: ProjectRecord[] = [];
  readonly mutations: RecordedMutation[] = [];
  private itemCounter = 0;

  add(seed: ProjectSeed): ProjectRecord {
    const ownerType = seed.ownerType ?? 'organization';
    if (this.find(seed.owner, seed.number, ownerType)) {
      throw new Error(`fake-github: project ${seed.owner}/${seed.number} exists already`);
    }
    const conflicting = this.ownerType(seed.owner);
    if (conflicting && conflicting !== ownerType) {
      throw new Error(
        `fake-github: ${seed.owner} is already seeded as ${conflicting === 'organization' ? 'an organization' : 'a user'}`,
      );
    }
    const key = `${ownerType}:${seed.owner.toLowerCase()}:${seed.number}`;
    const project: ProjectRecord = {
      id: projectNodeId('PVT', key),
      owner: seed.owner,
      ownerType,
      number: seed.number,
      title: seed.title ?? `Project ${seed.number}`,
      closed: seed.closed ?? false,
      writable: seed.writable ?? true,
      fields: (seed.fields ?? []).map((field, index) => {
        const dataType = field.type.toUpperCase() as ProjectFieldType;
        return {
          id: projectNodeId(dataType === 'SINGLE_SELECT' ? 'PVTSSF' : 'PVTF', `${key}:${index}:${field.name}`),
          name: field.name,
          dataType,
          options: (field.options ?? []).map((name) => ({ id: shortHash(`${key}:${field.name}:${name}`, 8), name })),
        };
      }),
      items: [],
    };
    this.projects.push(project);
    return project;
  }

  /** How a login is known: as the owner of a seeded project, or not at all. */
  ownerType(login: string): ProjectOwnerType | undefined {
    return this.projects.find((p) => p.owner.toLowerCase() === login.toLowerCase())?.ownerType;
  }

  find(owner: string, number: number, ownerType?: ProjectOwnerType): ProjectRecord | undefined {
    return this.projects.find(
      (p) =>
        p.owner.toLowerCase() === owner.toLowerCase() &&
        p.number === number &&
        (ownerType === undefined || p.ownerType === ownerType),
    );
  }

  byId(id: string): ProjectRecord | undefined {
    return this.projects.find((p) => p.id === id);
  }

  itemById(project: ProjectRecord, itemId: string): ProjectItemRecord | undefined {
    return project.items.find((item) => item.id === itemId);
  }

  /** Adds the content to the project; like GitHub, adding it twice returns the existing item. */
  addItem(project: ProjectRecord, contentId: string): ProjectItemRecord {
    const existing = project.items.find((item) => item.contentId === contentId);
    if (existing) return existing;
    this.itemCounter += 1;
    const item: ProjectItemRecord = {
      id: projectNodeId('PVTI', `${project.id}:${this.itemCounter}`),
      contentId,
      values: new Map(),
    };
    project.items.push(item);
    return item;
  }

  /** Every item, in any project, whose content is this node. */
  itemsOf(contentId: string): { project: ProjectRecord; item: ProjectItemRecord }[] {
    return this.projects.flatMap((project) =>
      project.items.filter((item) => item.contentId === contentId).map((item) => ({ project, item })),
    );
  }
}

const stores = new WeakMap<FakeState, ProjectStore>();

/** The projects of this fake state, created on first use. */
export function projectsOf(state: FakeState): ProjectStore {
  let store = stores.get(state);
  if (!store) {
    store = new ProjectStore();
    stores.set(state, store);
  }
  return store;
}

/** An item as a test reads it back: field values by field name, single selects by option name. */
export interface ProjectItemView {
  itemId: string;
  projectId: string;
  values: Record<string, string | number>;
}

/**
 * The item of one of `contentIds` on a project: the one named, else the only project the
 * content is on (ambiguity throws, so a test never reads the wrong board).
 */
export function projectItemView(
  store: ProjectStore,
  contentIds: string[],
  project?: { owner: string; number: number },
): ProjectItemView | undefined {
  let found = contentIds.flatMap((id) => store.itemsOf(id));
  if (project)
    found = found.filter(
      (f) => f.project.owner.toLowerCase() === project.owner.toLowerCase() && f.project.number === project.number,
    );
  if (found.length > 1) throw new Error('fake-github: the item is on several projects; say which one');
  const hit = found[0];
  if (!hit) return undefined;
  const values: Record<string, string | number> = {};
  for (const field of hit.project.fields) {
    const value = hit.item.values.get(field.id);
    if (!value) continue;
    if (value.singleSelectOptionId !== undefined) {
      values[field.name] =
        field.options.find((o) => o.id === value.singleSelectOptionId)?.name ?? value.singleSelectOptionId;
    } else {
      const plain = value.number ?? value.date ?? value.text;
      if (plain !== undefined) values[field.name] = plain;
    }
  }
  return { itemId: hit.item.id, projectId: hit.project.id, values };
}
