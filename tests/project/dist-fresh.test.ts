/**
 * The integration tests run the committed bundles (dist/), as the runner does. After a change
 * to the sources they would test the old code; this says so, instead of passing on stale
 * bundles until CI's rebuild. `npm run build` writes the digest of what it built from.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIGEST_FILE, distInputsDigest } from '../../scripts/dist-inputs.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('dist/', () => {
  it('is built from the sources as they are (else: npm run build)', () => {
    const built = readFileSync(join(REPO, DIGEST_FILE), 'utf8').trim();
    const now = distInputsDigest(REPO);
    if (built !== now)
      throw new Error(
        `dist/ was built from other sources than these (${DIGEST_FILE}: ${built.slice(0, 12)}…, now ${now.slice(0, 12)}…): run \`npm run build\`, then the tests again.`,
      );
  });
});
