/** The action.yml files, the names the code reads, the docs and the version agree. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as names from '../../packages/action-io/names.js';
import { TOOL_VERSION } from '../../packages/core/version.js';
import { REPO } from '../support/fixtures.js';
// @ts-expect-error: plain ESM helper scripts without type declarations
import { ACTIONS } from '../../scripts/actions.mjs';
// @ts-expect-error: idem
import { readmeTargets, updateReadme } from '../../scripts/action-docs.mjs';
// @ts-expect-error: idem
import { plannerMirror } from '../../scripts/planner-mirror.mjs';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

const PER_ACTION: Record<string, { inputs: Record<string, string>; outputs: Record<string, string> }> = {
  'coverage-gate': { inputs: names.CoverageGateInputs, outputs: names.CoverageGateOutputs },
  'quality-gate': { inputs: names.QualityGateInputs, outputs: names.QualityGateOutputs },
  'security-gate': { inputs: names.SecurityGateInputs, outputs: names.SecurityGateOutputs },
  'uptime-check': { inputs: names.UptimeCheckInputs, outputs: names.UptimeCheckOutputs },
  'promotion-report': { inputs: names.PromotionReportInputs, outputs: names.PromotionReportOutputs },
  planner: { inputs: names.PlannerInputs, outputs: names.PlannerOutputs },
  dashboard: { inputs: names.DashboardInputs, outputs: names.DashboardOutputs },
};

/** The planner (root action.yml) and the dashboard take only the common inputs that mean something to them. */
const COMMON_FOR: Record<string, string[]> = {
  planner: [
    names.CommonInputs.Config,
    names.CommonInputs.Component,
    names.CommonInputs.TargetStage,
    names.CommonInputs.Comment,
    names.CommonInputs.GitHubToken,
    names.CommonInputs.WorkingDirectory,
  ],
  dashboard: [names.CommonInputs.Config, names.CommonInputs.GitHubToken, names.CommonInputs.WorkingDirectory],
};

/** The gates that judge a pull request's change against the default branch's results. */
const CHANGE_GATES = new Set(['coverage-gate', 'quality-gate', 'security-gate']);

/** Not gates: no verdict, no result file. */
const NOT_GATES = new Set(['planner', 'dashboard']);

describe.each((ACTIONS as { name: string; dir: string }[]).map((a) => [a.name, a.dir]))(
  '%s/action.yml',
  (name, dir) => {
    const yml = parse(readFileSync(join(REPO, dir, 'action.yml'), 'utf8')) as ActionYml;

    it('runs the committed bundle on node24', () => {
      expect(yml.runs).toEqual({
        using: 'node24',
        main: dir === '.' ? `dist/${name}/index.js` : `../dist/${name}/index.js`,
      });
    });

    it('declares exactly the inputs and outputs the code reads and writes', () => {
      const own = PER_ACTION[name]!;
      const common = COMMON_FOR[name] ?? Object.values(names.CommonInputs);
      const change = CHANGE_GATES.has(name) ? Object.values(names.ChangeInputs) : [];
      expect(Object.keys(yml.inputs).sort()).toEqual([...Object.values(own.inputs), ...common, ...change].sort());
      const commonOut = NOT_GATES.has(name) ? [] : Object.values(names.CommonOutputs);
      expect(Object.keys(yml.outputs).sort()).toEqual([...Object.values(own.outputs), ...commonOut].sort());
      expect(yml.inputs['github-token']!.default).toBe('${{ github.token }}');
    });
  },
);

describe('project metadata', () => {
  it('the READMEs\u2019 input and output tables are generated from action.yml', () => {
    for (const { yml, readme } of readmeTargets() as { yml: string; readme: string }[]) {
      const current = readFileSync(readme, 'utf8');
      expect(updateReadme(current, readFileSync(yml, 'utf8'))).toBe(current);
    }
  });

  it('planner/action.yml (for `uses: $/planner`) is the root action.yml with runs.main one folder up', () => {
    const root = readFileSync(join(REPO, 'action.yml'), 'utf8');
    const mirror = readFileSync(join(REPO, 'planner', 'action.yml'), 'utf8');
    expect(mirror).toBe(plannerMirror(root));
    const a = parse(root) as ActionYml;
    const b = parse(mirror) as ActionYml;
    expect(b.runs).toEqual({ using: 'node24', main: '../dist/planner/index.js' });
    expect({ ...b, runs: a.runs }).toEqual(a);
  });

  it('the version written into results is the package version', () => {
    expect(TOOL_VERSION).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  });
});
