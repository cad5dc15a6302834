/** Git's object id of a file's bytes, as `git hash-object` computes it: sha1("blob <length>\0" + bytes). */
import { createHash } from 'node:crypto';

export function gitBlobSha(content: Buffer | string): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
