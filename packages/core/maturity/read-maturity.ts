/**
 * Finds and reads a component's MATURITY.md (the config's `maturity-file`, possibly
 * `file#section`). The Markdown parser (mdast, micromark: a tenth of an action's bundle) is
 * loaded only when there is a file to parse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentConfig } from '../config/load-config.js';
import type { MaturityRecord, parseMaturityFile } from './maturity-file.js';

export type MaturityLookup = { record: MaturityRecord; warning?: undefined } | { record?: undefined; warning: string };

type Parse = typeof parseMaturityFile;

/** The file to read for `component`, or the warning that says why there is none. */
function maturityPath(
  root: string,
  component: ComponentConfig,
): { abs: string; warning?: undefined } | { warning: string } {
  if (!component.maturityFile) {
    return { warning: `${component.id} has no maturity-file in the config and none can be derived from its paths` };
  }
  const [path] = component.maturityFile.split('#', 1) as [string];
  const abs = join(root, path);
  if (!existsSync(abs)) return { warning: `${component.id}: ${path} does not exist, so its current stage is unknown` };
  return { abs };
}

function parseAt(abs: string, component: ComponentConfig, parse: Parse): MaturityLookup {
  return { record: parse(readFileSync(abs, 'utf8'), component.maturityFile!) };
}

export async function readMaturityRecord(root: string, component: ComponentConfig): Promise<MaturityLookup> {
  const at = maturityPath(root, component);
  if (at.warning !== undefined) return { warning: at.warning };
  const { parseMaturityFile } = await import('./maturity-file.js');
  return parseAt(at.abs, component, parseMaturityFile);
}

/**
 * A synchronous reader for code that looks stages up on demand (dependency walks, one
 * component's dependents): the parser is loaded once, first; each file is still read only
 * when asked for.
 */
export async function maturityReader(root: string): Promise<(component: ComponentConfig) => MaturityLookup> {
  const { parseMaturityFile } = await import('./maturity-file.js');
  return (component) => {
    const at = maturityPath(root, component);
    return at.warning !== undefined ? { warning: at.warning } : parseAt(at.abs, component, parseMaturityFile);
  };
}
