/**
 * The one place where security severities meet numbers and levels, so every security parser
 * and the SARIF writer agree:
 *
 * - a CVSS-like score becomes a severity with GitHub code scanning's bands for
 *   `security-severity`: critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0, info = 0;
 * - a severity becomes the finding's level: critical and high are errors, medium a warning,
 *   low and info notes (bandit's HIGH/MEDIUM/LOW follow the same rule);
 * - a report that carries no severity at all (pip-audit, detect-secrets, gitleaks, safety
 *   advisories without CVSS) gets ASSUMED_SEVERITY, flagged `severityAssumed`, because a known
 *   vulnerability or a committed credential should block until someone looks at it.
 */
import type { FindingLevel, Severity } from '../finding.js';

export const ASSUMED_SEVERITY: Severity = 'high';

export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

export function levelForSeverity(severity: Severity): FindingLevel {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

/** `HIGH`, `Medium`, `moderate`... as a Severity, or undefined for anything else. */
export function severityFromWord(word: string): Severity | undefined {
  switch (word.trim().toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
      return 'high';
    case 'medium':
    case 'moderate':
      return 'medium';
    case 'low':
      return 'low';
    case 'info':
    case 'informational':
    case 'none':
    case 'undefined':
      return 'info';
    default:
      return undefined;
  }
}

/** The severity and level fields of a finding whose report gave no severity. */
export function assumedSeverity(): { severity: Severity; severityAssumed: true; level: FindingLevel } {
  return { severity: ASSUMED_SEVERITY, severityAssumed: true, level: levelForSeverity(ASSUMED_SEVERITY) };
}
