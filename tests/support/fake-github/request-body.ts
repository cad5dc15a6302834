/** Reading request bodies: raw text for the request log, parsed JSON for handlers. */
import type { IncomingMessage } from 'node:http';

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false };

export function parseJson(raw: string): ParsedBody {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

/** What the request log keeps: JSON when it parses, the text when not, undefined when empty. */
export function bodyForLog(raw: string): unknown {
  if (raw === '') return undefined;
  const parsed = parseJson(raw);
  return parsed.ok ? parsed.value : raw;
}
