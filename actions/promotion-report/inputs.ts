/** promotion-report's inputs, read once into a typed object. */
import { readCommonInputs, type CommonInputValues } from '../../packages/action-io/common-inputs.js';
import { enumInput, listInput, numberInput, optionalInput } from '../../packages/action-io/inputs.js';
import { PromotionReportInputs } from '../../packages/action-io/names.js';
import { parseProjectRef, type ProjectRef } from '../../packages/github/project-ref.js';

export interface Inputs extends CommonInputValues {
  results: string[];
  /** Artifacts whose newest default-branch copy holds more results (`{component}` is replaced). */
  artifacts: string[];
  issueNumber: number | null;
  mode: 'report' | 'complete' | 'setup-labels';
  commit: string | null;
  /** How MATURITY.md is changed on approval. */
  apply: 'pull-request' | 'commit';
  project: ProjectRef | null;
  projectToken: string | null;
  /** Writes the MATURITY.md branch and pull request (or commit) instead of `github-token`. */
  pullRequestToken: string | null;
}

export function parseInputs(): Inputs {
  const project = optionalInput(PromotionReportInputs.Project);
  return {
    ...readCommonInputs(),
    results: listInput(PromotionReportInputs.Results),
    artifacts: listInput(PromotionReportInputs.Artifacts),
    issueNumber: numberInput(PromotionReportInputs.IssueNumber, { min: 1, max: Number.MAX_SAFE_INTEGER }),
    mode: enumInput(PromotionReportInputs.Mode, ['report', 'complete', 'setup-labels'] as const) ?? 'report',
    commit: optionalInput(PromotionReportInputs.Commit),
    apply: enumInput(PromotionReportInputs.Apply, ['pull-request', 'commit'] as const) ?? 'pull-request',
    project: project ? parseProjectRef(project, PromotionReportInputs.Project) : null,
    projectToken: optionalInput(PromotionReportInputs.ProjectToken),
    pullRequestToken: optionalInput(PromotionReportInputs.PullRequestToken),
  };
}
