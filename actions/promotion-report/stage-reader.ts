/** Each component's stage, read from its MATURITY.md on demand: the dependency checks of a promotion and a demotion. */
import type { MaturityConfig } from '../../packages/core/config/load-config.js';
import { maturityReader } from '../../packages/core/maturity/read-maturity.js';
import type { Stage } from '../../packages/core/stages.js';

/** Each component's stage by id; null when the id is unknown or its MATURITY.md gives none. The parser loads first, so lookups are synchronous. */
export async function stageReader(config: MaturityConfig, root: string): Promise<(id: string) => Stage | null> {
  const readMaturity = await maturityReader(root);
  return (id) => {
    const c = config.components.get(id);
    return c ? (readMaturity(c).record?.stage ?? null) : null;
  };
}
