/**
 * One normalized finding, whatever tool reported it: a lint message (ruff, ESLint), a type
 * error (pyright, tsc), a security issue (bandit, SARIF), a vulnerable dependency (pip-audit,
 * safety) or a secret (detect-secrets, gitleaks). Parsers in ./formats produce these; gates
 * scope, fingerprint, count and render them.
 *
 * Positions are 1-based lines and 1-based columns (UTF-16 code units, as editors and GitHub
 * annotations count), whatever the tool's own convention (pyright: 0-based; bandit: 0-based
 * col_offset). A finding about a package, not a file, has `path: null` and `pkg`.
 */

/** How the tool itself classes the finding: what its own summary counts as errors and warnings. */
export type FindingLevel = 'error' | 'warning' | 'note';

/** Security severity (bandit, advisories, SARIF security-severity). */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Confidence = 'high' | 'medium' | 'low';

export interface Position {
  line: number;
  column?: number;
}

export interface Finding {
  /** `ruff`, `pyright`, `eslint`, `tsc`, `bandit`, `pip-audit`, `safety`, `detect-secrets`, `gitleaks`, or a SARIF driver name. */
  tool: string;
  /** The tool's rule or code: `F401`, `reportAttributeAccessIssue`, `no-unused-vars`, `TS2322`, `B602`, a CVE id... */
  rule: string;
  level: FindingLevel;
  severity?: Severity;
  /** True when the severity was not in the report and a default was applied (say so in reports). */
  severityAssumed?: boolean;
  confidence?: Confidence;
  message: string;
  /** Repository-relative, forward slashes, once mapped; the report's own text before that. */
  path: string | null;
  start?: Position;
  end?: Position;
  /** A vulnerable dependency. */
  pkg?: {
    name: string;
    version?: string;
    fixedIn?: string[];
    /** The dependency file that declares it, when the report says (safety scan's file `location`). */
    manifest?: string;
  };
  /** Documentation of the rule or advisory. */
  url?: string;
  /** Set by fingerprinting (./fingerprint.ts), stable across line shifts. */
  fingerprint?: string;
  /** The rule's human name when the tool has one besides its id (bandit `test_name`, SARIF rule `name`). */
  ruleName?: string;
  /**
   * Longer text kept out of `message` (an advisory's description), so that the message, which
   * fingerprints use for findings without a line, stays stable when an advisory is reworded.
   */
  detail?: string;
  /** Weakness classes, `CWE-78` style (bandit `issue_cwe`, SARIF `external/cwe/cwe-78` tags). */
  cwe?: string[];
  /** Other ids of the same advisory (pip-audit `aliases`, safety `CVE`). */
  aliases?: string[];
  /** A 0-10 CVSS-like score when the report gives one (safety CVSS base score, SARIF `security-severity`). */
  score?: number;
  /**
   * A secret (detect-secrets, gitleaks): what identifies it without revealing it. The secret
   * itself, and any text containing it (gitleaks `Secret`, `Match`, `Line`), is never kept.
   */
  secret?: {
    /** detect-secrets' `hashed_secret`: the SHA-1 of the secret, as `.secrets.baseline` already stores it. */
    hash?: string;
    /** The tool says it checked the secret with its provider and it works (detect-secrets `is_verified`). */
    verified?: boolean;
    /** The tool's own id of the finding (gitleaks `Fingerprint`: `commit:file:rule:line`). */
    toolFingerprint?: string;
    /** The commit the secret was found in, when the tool scanned history (gitleaks `Commit`). */
    commit?: string;
  };
  /** SARIF `partialFingerprints` the report carried, kept for a round trip through the SARIF writer. */
  partialFingerprints?: Record<string, string>;
}

/** A parsed report: its findings plus what the tool itself said it counted, when it says. */
export interface FindingReport {
  tool: string;
  /** The report file, as given. */
  file: string;
  findings: Finding[];
  /** The tool's own summary counts, when the report carries them (pyright's `summary`), to cross-check. */
  summary?: {
    errors?: number;
    warnings?: number;
    notes?: number;
    files?: number;
    /** Counts by security severity (bandit's `metrics._totals` `SEVERITY.*`). */
    bySeverity?: Partial<Record<Severity, number>>;
  };
  /**
   * What the report itself set aside, left out of `findings` but counted, never dropped
   * silently: entries audited as false positives (detect-secrets `is_secret: false`), advisories
   * ignored by policy (safety), SARIF results suppressed or marked absent, lines skipped by
   * `# nosec` (bandit counts lines, not findings).
   */
  excluded?: { reason: string; count: number }[];
  /** Problems the tool reported about its own run (bandit's `errors`): surfaced, never ignored. */
  toolErrors?: { path?: string; message: string }[];
  /** The tool version, when the report says. */
  version?: string;
}
