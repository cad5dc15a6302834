/**
 * The planner (`uses: tta/maturity-actions@v1`): validates the config against the repository,
 * reads every component's stage from its MATURITY.md, and outputs the matrix of components
 * to check: all of them (`mode: all`) or those a pull request touches and their dependents.
 */
import * as core from '@actions/core';
import { readCommonInputs } from '../../packages/action-io/common-inputs.js';
import { githubFor } from '../../packages/action-io/github-setup.js';
import { enumInput } from '../../packages/action-io/inputs.js';
import { PlannerInputs, PlannerOutputs } from '../../packages/action-io/names.js';
import { runAction } from '../../packages/action-io/run-action.js';
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { loadConfig } from '../../packages/core/config/load-config.js';
import { ConfigurationError } from '../../packages/core/errors.js';
import { readMaturityRecord } from '../../packages/core/maturity/read-maturity.js';
import { changedLinesFor } from '../../packages/diff/changed-lines.js';
import { readRunContext } from '../../packages/github/run-context.js';
import { code, escapeText, table } from '../../packages/report/markdown.js';
import { STAGE_TITLES } from '../../packages/core/stages.js';
import { plan } from './planner.js';

export const ACTION = 'maturity-planner';

async function main(): Promise<void> {
  const common = readCommonInputs();
  const mode = enumInput(PlannerInputs.Mode, ['all', 'changed'] as const) ?? 'changed';
  const ctx = readRunContext();
  const config = loadConfig(common.configPath, common.root, true);
  const components = [...config.components.values()];
  const stages = new Map(
    components.map((c) => {
      const r = readMaturityRecord(common.root, c);
      return [c.id, r.record ? { stage: r.record.stage ?? null, ...(r.record.stage ? {} : { problem: `${c.maturityFile} has no readable Current Stage` }) } : { stage: null, problem: r.warning }];
    }),
  );
  let changed: string[] | null = null;
  const warnings: string[] = [];
  if (mode === 'changed' && ctx.pullRequest) {
    const lines = await changedLinesFor(ctx, common.root, githubFor(ctx, common.githubToken), warnings);
    changed = lines ? [...lines.files.keys(), ...lines.unknown] : null; // unknown changes: check everything
    if (!lines) warnings.push('the changed files are not known: every component is checked');
  }
  const p = plan({ components, files: checkoutFiles(common.root).list(), stages, changed, policy: config.policy });

  for (const w of warnings) core.warning(`${ACTION}: ${w}`);
  for (const pr of p.problems) {
    const text = `${ACTION}: ${pr.component ? `${pr.component}: ` : ''}${pr.message}`;
    if (pr.level === 'error') core.error(text, { file: config.file ?? undefined });
    else core.warning(text, { file: config.file ?? undefined });
  }
  const rows = p.include.map((c) => [code(c.component), escapeText(c.name), c.current ? STAGE_TITLES[c.current] : '_unknown_', c.target ? STAGE_TITLES[c.target] : '—', escapeText(c.reason)]);
  await core.summary
    .addRaw(
      `## Maturity plan: ${p.include.length} of ${components.length} component(s) to check\n\n${rows.length ? table(['Component', 'Name', 'Stage', 'Held to', 'Why'], rows) : '_No component is touched by this change._'}\n\n${
        p.problems.length ? `### Config problems\n\n${p.problems.map((x) => `- ${x.level === 'error' ? '❌' : '⚠️'} ${x.component ? `${code(x.component)}: ` : ''}${escapeText(x.message)}`).join('\n')}\n` : ''
      }`,
      true,
    )
    .write();
  core.setOutput(PlannerOutputs.Matrix, JSON.stringify({ include: p.include }));
  core.setOutput(PlannerOutputs.Components, JSON.stringify(p.include.map((c) => c.component)));
  core.setOutput(PlannerOutputs.Count, String(p.include.length));
  const errors = p.problems.filter((x) => x.level === 'error');
  if (errors.length) throw new ConfigurationError(errors.map((e) => e.message).join('; '), { file: config.file ?? undefined }, 'Fix the config so that components form no dependency cycle.');
}

await runAction(ACTION, main);
