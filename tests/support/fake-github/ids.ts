/**
 * Identifiers that look like GitHub's: numeric database ids, GraphQL node ids, request ids.
 *
 * Node ids are derived from (type, database id) and can be decoded again, so a later GraphQL
 * fake can resolve `node(id:)` against the same state the REST fake serves.
 */
import { randomBytes } from 'node:crypto';

export type NodeType =
  | 'User'
  | 'Bot'
  | 'Repository'
  | 'Issue'
  | 'PullRequest'
  | 'IssueComment'
  | 'Label'
  | 'Milestone'
  | 'Commit'
  | 'Ref'
  | 'LabeledEvent'
  | 'UnlabeledEvent'
  | 'Artifact'
  | 'WorkflowRun';

/** GitHub's "next" node-id prefixes (I_, PR_, IC_, LA_ ...); the payload after them is ours. */
const PREFIX: Record<NodeType, string> = {
  User: 'U',
  Bot: 'BOT',
  Repository: 'R',
  Issue: 'I',
  PullRequest: 'PR',
  IssueComment: 'IC',
  Label: 'LA',
  Milestone: 'MI',
  Commit: 'C',
  Ref: 'REF',
  LabeledEvent: 'LE',
  UnlabeledEvent: 'UNLE',
  Artifact: 'AR',
  WorkflowRun: 'WFR',
};

export function nodeId(type: NodeType, id: number | string): string {
  return `${PREFIX[type]}_kwDO${Buffer.from(`${type}:${id}`).toString('base64url')}`;
}

export function parseNodeId(value: string): { type: NodeType; id: string } | undefined {
  const match = /^[A-Z]+_kwDO([A-Za-z0-9_-]+)$/.exec(value);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64url').toString();
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const type = decoded.slice(0, colon) as NodeType;
  return type in PREFIX ? { type, id: decoded.slice(colon + 1) } : undefined;
}

/** Database ids: one counter per table, started at different bases so ids of different kinds
 *  rarely coincide (which makes mixed-up ids in a test fail loudly instead of passing). */
export type IdKind =
  'user' | 'repository' | 'issue' | 'comment' | 'label' | 'milestone' | 'event' | 'run' | 'artifact' | 'sarif';

const ID_BASE: Record<IdKind, number> = {
  user: 1_000,
  repository: 100_000,
  issue: 2_000_000,
  comment: 3_000_000,
  label: 4_000_000,
  milestone: 5_000,
  event: 6_000_000,
  run: 7_000_000_000,
  artifact: 900_000_000,
  sarif: 60_000,
};

export class IdSequence {
  private readonly next = new Map<IdKind, number>();

  take(kind: IdKind): number {
    const value = this.next.get(kind) ?? ID_BASE[kind];
    this.next.set(kind, value + 1);
    return value;
  }
}

/** Shaped like GitHub's `x-github-request-id`, e.g. `C0DE:1A2B3C:4D5E6F7:8A9B0C1:65A1B2C3`. */
export function requestId(): string {
  const hex = (bytes: number, length: number): string =>
    randomBytes(bytes).toString('hex').slice(0, length).toUpperCase();
  return [hex(2, 4), hex(3, 6), hex(4, 7), hex(4, 7), hex(4, 8)].join(':');
}
