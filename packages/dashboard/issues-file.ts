/**
 * The dashboard's `issues` input: blockers, promotion requests and maintenance breaches as a
 * JSON file. Apart from the model so that its schema (zod) loads only when there is a file.
 */
import * as z from 'zod';
import { ConfigurationError } from '../core/errors.js';
import { parseJsonText } from '../core/json-text.js';
import type { IssuesData } from './model.js';

const issueSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  url: z.string(),
  labels: z.array(z.string()).default([]),
  state: z.string().optional(),
  createdAt: z.string().optional(),
  closedAt: z.string().nullable().optional(),
});
export const issuesFileSchema = z.object({
  fetchedAt: z.string().optional(),
  blockers: z.array(issueSchema).default([]),
  requests: z.array(issueSchema).default([]),
  breaches: z.array(issueSchema).default([]),
});

/** Reads an `issues.json` (`{fetchedAt?, blockers: [...], requests: [...], breaches?: [...]}`, each `{number, title, url, labels}`; breaches also `state`, `createdAt`, `closedAt`). */
export function parseIssuesFile(text: string, file: string): IssuesData {
  const doc = parseJsonText(text, file);
  const r = issuesFileSchema.safeParse(doc);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ConfigurationError(
      `is not an issues file: ${issue.path.join('.')}: ${issue.message}`,
      { file },
      'Expected {"blockers": [{"number", "title", "url", "labels"}], "requests": [...]}.',
    );
  }
  return r.data;
}
