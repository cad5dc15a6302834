/** Finds and reads a component's MATURITY.md (the config's `maturity-file`, possibly `file#section`). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentConfig } from '../config/load-config.js';
import { parseMaturityFile, type MaturityRecord } from './maturity-file.js';

export type MaturityLookup = { record: MaturityRecord; warning?: undefined } | { record?: undefined; warning: string };

export function readMaturityRecord(root: string, component: ComponentConfig): MaturityLookup {
  if (!component.maturityFile) {
    return { warning: `${component.id} has no maturity-file in the config and none can be derived from its paths` };
  }
  const [path] = component.maturityFile.split('#', 1) as [string];
  const abs = join(root, path);
  if (!existsSync(abs)) return { warning: `${component.id}: ${path} does not exist, so its current stage is unknown` };
  return { record: parseMaturityFile(readFileSync(abs, 'utf8'), component.maturityFile) };
}
