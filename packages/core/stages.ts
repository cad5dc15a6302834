/** The maturity stages, in order. No skipping forward; demotion is possible. */
export const STAGES = ['development', 'staging', 'production'] as const;
export type Stage = (typeof STAGES)[number];
/** The stages a component can be evaluated for (the bars of development's exit are staging's). */
export type TargetStage = Exclude<Stage, 'development'>;

export const STAGE_TITLES: Record<Stage, string> = {
  development: 'Development',
  staging: 'Staging',
  production: 'Production',
};

const ALIASES: Record<string, Stage> = {
  development: 'development',
  dev: 'development',
  staging: 'staging',
  stage: 'staging',
  production: 'production',
  prod: 'production',
};

/** Reads a stage name as people write it ("Staging", "staging 🧪", "PROD"); undefined if none. */
export function parseStage(text: string): Stage | undefined {
  const word = /[A-Za-z]+/.exec(text)?.[0]?.toLowerCase();
  return word ? ALIASES[word] : undefined;
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The stage a component is evaluated for: the next one, or production's maintenance bars once there. */
export function defaultTargetStage(current: Stage | undefined): TargetStage {
  if (current === 'staging' || current === 'production') return 'production';
  return 'staging';
}

/** The stage a promotion from `stage` goes to; null from Production. */
export function nextStage(stage: Stage): TargetStage | null {
  return stage === 'development' ? 'staging' : stage === 'staging' ? 'production' : null;
}
