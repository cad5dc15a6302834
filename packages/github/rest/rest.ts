/**
 * What every part of the REST adapter shares: the octokit instance (with the transport hook
 * installed), the repository, a bounded listing, and the small conversions of GitHub's replies.
 */
import type { getOctokit } from '@actions/github';
import { GitHubApiError } from '../api-errors.js';
import type { IssueSummary } from '../client.js';
import type { Pages } from '../pagination.js';

export interface Rest {
  octokit: ReturnType<typeof getOctokit>;
  owner: string;
  repo: string;
  /** Every page of a listing, up to a page bound (`limit`, else the client's), with a note past it. */
  list<T>(
    what: string,
    pages: AsyncIterable<{ data: T[]; headers: { link?: string } }>,
    limit?: number,
  ): Promise<Pages<T>>;
}

/** 404 (or `also`) as null: "there is none". */
export async function orNull<T>(read: () => Promise<T>, also: readonly number[] = []): Promise<T | null> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof GitHubApiError && (e.status === 404 || also.includes(e.status))) return null;
    throw e;
  }
}

/** A 422 GitHub answers when the thing exists already (a branch, a label, a pull request, a milestone title). */
export function alreadyExists(e: unknown): boolean {
  return e instanceof GitHubApiError && e.status === 422;
}

/** The bytes of a raw-media-type answer (text, or an ArrayBuffer when the content type names no charset); null for JSON (a folder). */
export function rawBytes(data: unknown): Buffer | null {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

export function labelNames(labels: readonly (string | { name?: string | undefined })[]): string[] {
  return labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
}

export function issueSummary(i: {
  number: number;
  title: string;
  html_url: string;
  created_at: string;
  body?: string | null;
  user?: { login?: string } | null;
  labels: (string | { name?: string | undefined })[];
}): IssueSummary {
  return {
    number: i.number,
    title: i.title,
    html_url: i.html_url,
    created_at: i.created_at,
    labels: labelNames(i.labels),
    body: i.body ?? null,
    user: i.user?.login ?? null,
  };
}
