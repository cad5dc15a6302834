/**
 * The journey's lint, type and security reports read with the project's parsers: the counts are
 * the tools' own (expected/), each finding lands on a file of the repository, and the figures
 * per component are those the journeys are built on. The accepted-risk register accepts exactly
 * the low findings it lists, in three components.
 */
import { checkoutFiles } from '../../packages/core/checkout-files.js';
import { compileGlobs } from '../../packages/core/glob.js';
import { PathResolver } from '../../packages/core/path-resolver.js';
import type { Finding, FindingReport } from '../../packages/findings/finding.js';
import { readQualityReport } from '../../packages/findings/formats/quality-report.js';
import { readSecurityReport } from '../../packages/findings/formats/detect-security-format.js';
import { applyRiskRegister } from '../../packages/findings/apply-register.js';
import { parseRiskRegister } from '../../packages/findings/risk-register.js';
import { locateFindings } from '../../packages/findings/locate.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNEY, JOURNEY_REPO, JOURNEY_STATE_NAMES, recordingPath, type JourneyStateName } from '../support/tool-shims/index.js';
import { COMPONENT_IDS, components, expected } from './journey-helpers.js';

const all = components();
const resolver = new PathResolver(JOURNEY_REPO, checkoutFiles(JOURNEY_REPO), []);
const numbers = (line: string) => (line.match(/\d+(\.\d+)?/g) ?? []).map(Number);

/** The findings with repository paths, every one of them found in the checkout. */
function located(report: FindingReport): Finding[] {
  const { inScope, unmatched } = locateFindings(report.findings, (p) => resolver.resolve(p), null);
  expect(unmatched).toEqual([]);
  return inScope;
}

function perComponent(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(COMPONENT_IDS.map((id) => [id, 0]));
  for (const f of findings) {
    const owner = all.find((c) => f.path !== null && compileGlobs(c.paths)(f.path));
    if (owner) out[owner.id]!++;
  }
  return out;
}

const read = (state: JourneyStateName, file: string, format: 'ruff' | 'pyright') => readQualityReport(recordingPath(state, file), format);

describe.each(JOURNEY_STATE_NAMES.map((s) => [s]))('%s', (state) => {
  it('ruff: as many findings as the CLI\'s "Found N errors."', async () => {
    const report = await read(state, 'ruff.json', 'ruff');
    expect(report.findings.length).toBe(numbers(expected(state, 'ruff-summary.txt'))[0]);
    located(report);
  });

  it('pyright: the errors, warnings and informations of its closing line', async () => {
    const report = await read(state, 'pyright.json', 'pyright');
    const levels = { error: 0, warning: 0, note: 0 };
    for (const f of located(report)) levels[f.level]++;
    const [errors, warnings, informations] = numbers(expected(state, 'pyright-summary.txt'));
    expect(levels).toEqual({ error: errors, warning: warnings, note: informations });
  });

  it('bandit: the totals by severity of its text report', async () => {
    const report = await readSecurityReport(recordingPath(state, 'bandit.json'), 'bandit');
    const bySeverity = { low: 0, medium: 0, high: 0 };
    for (const f of located(report)) bySeverity[f.severity as keyof typeof bySeverity]++;
    const text = expected(state, 'bandit-summary.txt');
    const total = (name: string) => numbers(new RegExp(`${name}: ([0-9.]+)`).exec(text)![0])[0];
    expect(bySeverity).toEqual({ low: total('Low'), medium: total('Medium'), high: total('High') });
  });

  it('pip-audit and detect-secrets (hand-written after their documented shapes) are clean', async () => {
    const audit = await readSecurityReport(recordingPath(state, 'pip-audit.json'), 'pip-audit');
    expect([audit.findings.length, audit.toolErrors ?? []]).toEqual([0, []]);
    const secrets = await readSecurityReport(recordingPath(state, 'secrets.json'), 'secrets');
    expect([secrets.tool, secrets.findings.length]).toEqual(['detect-secrets', 0]);
  });
});

describe('findings per component', () => {
  const figures = async (state: JourneyStateName) => ({
    ruff: perComponent(located(await read(state, 'ruff.json', 'ruff'))),
    pyright: perComponent(located(await read(state, 'pyright.json', 'pyright')).filter((f) => f.level !== 'note')),
    bandit: perComponent(located(await readSecurityReport(recordingPath(state, 'bandit.json'), 'bandit'))),
  });

  it('main: narrative-coherence carries ruff and pyright debt; the others are clean but for low bandit findings', async () => {
    expect(await figures('main')).toEqual({
      ruff: { neo4j: 0, 'model-management': 0, 'player-experience': 0, 'narrative-coherence': 3 },
      pyright: { neo4j: 0, 'model-management': 0, 'player-experience': 0, 'narrative-coherence': 1 },
      bandit: { neo4j: 2, 'model-management': 1, 'player-experience': 0, 'narrative-coherence': 1 },
    });
  });

  it('pr-clean finds what main finds; pr-regression adds one ruff finding (F841) in model-management', async () => {
    expect(await figures('pr-clean')).toEqual(await figures('main'));
    const main = await figures('main');
    const regression = await figures('pr-regression');
    expect(regression).toEqual({ ...main, ruff: { ...main.ruff, 'model-management': 1 } });
    const added = located(await read('pr-regression', 'ruff.json', 'ruff')).filter((f) => f.path === 'src/components/model_management/registry.py');
    expect(added.map((f) => [f.rule, f.start?.line])).toEqual([['F841', 135]]);
  });

  it('every bandit finding is low, and the register accepts each of them (and nothing is stale)', async () => {
    const register = parseRiskRegister(readFileSync(join(JOURNEY_REPO, 'SECURITY_FINDINGS_ACCEPTED_RISKS.md'), 'utf8'), 'SECURITY_FINDINGS_ACCEPTED_RISKS.md');
    expect(register.problems).toEqual([]);
    const findings = located(await readSecurityReport(recordingPath('main', 'bandit.json'), 'bandit'));
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['low']));
    const outcome = applyRiskRegister(findings, register, { today: '2026-11-20', acceptableSeverities: ['low'] });
    expect(outcome.notAccepted).toEqual([]);
    expect(outcome.stale).toEqual([]);
    expect(outcome.accepted.map((a) => [a.entry.id, a.finding.rule, a.finding.path]).sort()).toEqual([
      ['AR-001', 'B404', 'src/components/neo4j/backup.py'],
      ['AR-002', 'B603', 'src/components/neo4j/backup.py'],
      ['AR-003', 'B311', 'src/components/model_management/selection.py'],
      ['AR-004', 'B311', 'src/components/narrative_coherence/coherence.py'],
    ]);
  });

  it('a pip-audit run after `pip install -e .` would list the project itself as not audited (kept aside, see the README)', async () => {
    const report = await readSecurityReport(join(JOURNEY, 'hand-written', 'pip-audit-with-editable-project.json'), 'pip-audit');
    expect(report.findings).toEqual([]);
    expect(report.toolErrors).toEqual([{ message: 'pip-audit did not audit tta-platform: Dependency not found on PyPI and could not be audited: tta-platform (0.9.0)' }]);
  });
});
