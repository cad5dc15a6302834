/**
 * What a gate evaluates: one component of the config (or the whole report when none is
 * named), its current stage from MATURITY.md, and the stage whose bars apply.
 */
import type { ComponentConfig, MaturityConfig } from './config/load-config.js';
import { closest } from './config/load-config.js';
import type { Policy } from './config/defaults.js';
import { ConfigurationError } from './errors.js';
import { readMaturityRecord } from './maturity/read-maturity.js';
import type { MaturityRecord } from './maturity/maturity-file.js';
import { defaultTargetStage, type Stage, type TargetStage } from './stages.js';

export interface Subject {
  component: ComponentConfig | null;
  maturity: MaturityRecord | null;
  current: Stage | null;
  target: TargetStage;
  policy: Policy;
  /** Things the user should know (no MATURITY.md, an unreadable stage); shown as warnings. */
  warnings: string[];
}

export function findComponent(config: MaturityConfig, id: string): ComponentConfig {
  const component = config.components.get(id);
  if (component) return component;
  const known = [...config.components.keys()];
  const hint = closest(id, known);
  throw new ConfigurationError(
    `"${id}" is not a component in ${config.file ?? 'the config (there is no config file)'}`,
    { at: 'component' },
    hint
      ? `Did you mean "${hint}"?`
      : known.length
        ? `Known components: ${known.join(', ')}.`
        : 'Add it under `components:` in .github/maturity.yml.',
  );
}

/** Loosely: `Player Experience`, `player_experience`, `PLAYER-EXPERIENCE` all read as `player-experience`. */
function looseKey(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * A component named the way people write it in a form: its id, its display name (`name:` in the
 * config), or either with other spacing, case or separators. Unknown names get the error of
 * findComponent, with a suggestion.
 */
export function findComponentByName(config: MaturityConfig, written: string): ComponentConfig {
  const want = looseKey(written);
  for (const c of config.components.values()) if (looseKey(c.id) === want || looseKey(c.name) === want) return c;
  return findComponent(config, written.trim());
}

export async function resolveSubject(
  config: MaturityConfig,
  root: string,
  componentId: string | null,
  target: TargetStage | null,
): Promise<Subject> {
  const warnings: string[] = [];
  let component: ComponentConfig | null = null;
  let maturity: MaturityRecord | null = null;
  if (componentId) {
    component = findComponent(config, componentId);
    const lookup = await readMaturityRecord(root, component);
    if (lookup.record) {
      maturity = lookup.record;
      warnings.push(...lookup.record.warnings.map((w) => `${component!.maturityFile}: ${w}`));
    } else {
      warnings.push(lookup.warning);
    }
  }
  const current = maturity?.stage ?? null;
  const resolvedTarget = target ?? defaultTargetStage(current ?? undefined);
  return { component, maturity, current, target: resolvedTarget, policy: config.policy[resolvedTarget], warnings };
}
