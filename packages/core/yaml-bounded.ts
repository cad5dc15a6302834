/**
 * YAML to plain data with the alias expansion bounded. The `yaml` package refuses a document
 * whose aliases would expand past its limit (a "billion laughs") with a ReferenceError; that is
 * bad input, reported on the file like any other, never "a bug".
 */
import type { Document } from 'yaml';
import { ConfigurationError, type Place } from './errors.js';

/** How many alias expansions a document may make (the `yaml` package's own default). */
export const MAX_ALIAS_COUNT = 100;

export function yamlToJs(doc: Document, place: Place): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError || /alias/i.test((e as Error).message)) {
      throw new ConfigurationError(
        `its YAML aliases (*name) expand past ${MAX_ALIAS_COUNT} copies, which is refused as a resource exhaustion attack`,
        place,
        'Write the values out, or use fewer aliases.',
      );
    }
    throw e;
  }
}
