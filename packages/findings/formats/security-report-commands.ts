/**
 * The command that produces each kind of security report, named in every error about a
 * malformed or mistaken report, so the fix is one copy-paste away.
 */

export type SecurityReportKind = 'bandit' | 'pip-audit' | 'safety' | 'secrets' | 'sarif';

export const REPORT_COMMANDS: Record<SecurityReportKind, string> = {
  bandit: '`bandit -r <source dir> -f json -o bandit.json`',
  'pip-audit': '`pip-audit -r requirements.txt -f json -o pip-audit.json`',
  safety: '`safety check --json > safety.json` (safety 2) or `safety scan --output json > safety.json` (safety 3)',
  secrets:
    '`detect-secrets scan > .secrets.baseline` or `gitleaks detect --report-format json --report-path gitleaks.json`',
  sarif: "the scanner's SARIF 2.1.0 output (most have a `--format sarif` option)",
};

export function regenerateWith(kind: SecurityReportKind): string {
  return `Regenerate it with ${REPORT_COMMANDS[kind]}.`;
}
