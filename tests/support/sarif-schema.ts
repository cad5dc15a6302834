/**
 * Validates SARIF against the SARIF 2.1.0 JSON schema (revision 2.1.0-rtm.5, kept in
 * tests/fixtures/sarif/, see its README), for the writer's tests and the security-gate bundle's.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const schemaFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json');
// ajv-draft-04 and ajv-formats are CommonJS; `.default` is the class / plugin under both tsc and Node.
// The schema's `language` pattern has a stray `]` that only unicode-mode regular expressions reject.
const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

/** The schema's errors for `log` (empty when valid). */
export function sarifSchemaErrors(log: unknown): unknown[] {
  const ok = validate(JSON.parse(JSON.stringify(log)));
  return ok ? [] : [...(validate.errors ?? [])];
}
