/**
 * The contents API's file and directory-entry objects. File content is base64 wrapped at
 * 60 characters with a trailing newline, exactly as GitHub sends it, so clients that forget
 * to tolerate the newlines fail here rather than in production.
 */
import type { RepoState } from '../state/repo-state.js';
import { encodePath } from '../urls.js';
import type { ShapeContext } from './context.js';

export interface ContentEntry {
  path: string;
  type: 'file' | 'dir';
  sha: string;
  /** Bytes; 0 for directories. */
  size: number;
}

export function contentEntryShape(
  entry: ContentEntry,
  repo: RepoState,
  ref: string,
  { urls }: ShapeContext,
): Record<string, unknown> {
  const path = encodePath(entry.path);
  const url = urls.repoApi(repo, `/contents/${path}?ref=${encodeURIComponent(ref)}`);
  const gitUrl = urls.repoApi(repo, `/git/${entry.type === 'file' ? 'blobs' : 'trees'}/${entry.sha}`);
  const htmlUrl = urls.repoHtml(repo, `/${entry.type === 'file' ? 'blob' : 'tree'}/${ref}/${path}`);
  return {
    name: entry.path.split('/').pop() ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    size: entry.size,
    url,
    html_url: htmlUrl,
    git_url: gitUrl,
    download_url: entry.type === 'file' ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${path}` : null,
    type: entry.type,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

export function fileContentShape(
  entry: ContentEntry,
  content: Buffer,
  repo: RepoState,
  ref: string,
  ctx: ShapeContext,
): Record<string, unknown> {
  return {
    ...contentEntryShape(entry, repo, ref, ctx),
    encoding: 'base64',
    content: wrapBase64(content.toString('base64')),
  };
}

function wrapBase64(encoded: string): string {
  return encoded === '' ? '' : `${encoded.match(/.{1,60}/g)?.join('\n') ?? ''}\n`;
}
