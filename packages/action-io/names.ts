/**
 * Every action's input and output names, in one place. The action.yml files declare exactly
 * these (a test checks), and the code reads inputs only through these constants.
 */
export const CommonInputs = {
  Config: 'config',
  Component: 'component',
  TargetStage: 'target-stage',
  GitHubToken: 'github-token',
  Comment: 'comment',
  ResultsDir: 'results-dir',
  AllowNoData: 'allow-no-data',
  WorkingDirectory: 'working-directory',
} as const;

/** The inputs of the gates that judge a change (coverage-gate, quality-gate, security-gate). */
export const ChangeInputs = {
  Scope: 'scope',
  Baseline: 'baseline',
  Enforce: 'enforce',
} as const;

export const CommonOutputs = {
  Passed: 'passed',
  Status: 'status',
  ResultFile: 'result-file',
} as const;

export const CoverageGateInputs = {
  CoverageFiles: 'coverage-files',
  TestResults: 'test-results',
  TestKind: 'test-kind',
  MinCoverage: 'min-coverage',
  MinDiffCoverage: 'min-diff-coverage',
  PathMap: 'path-map',
} as const;

export const CoverageGateOutputs = {
  Coverage: 'coverage',
  DiffCoverage: 'diff-coverage',
  TestsPassed: 'tests-passed',
  TestsFailed: 'tests-failed',
} as const;

export const QualityGateInputs = {
  RuffReport: 'ruff-report',
  PyrightReport: 'pyright-report',
  EslintReport: 'eslint-report',
  TscReport: 'tsc-report',
  RuffCommand: 'ruff-command',
  PyrightCommand: 'pyright-command',
  EslintCommand: 'eslint-command',
  TscCommand: 'tsc-command',
  CommandTimeoutMinutes: 'command-timeout-minutes',
  BaselineRef: 'baseline-ref',
  Docstrings: 'docstrings',
  PathMap: 'path-map',
} as const;

export const QualityGateOutputs = {
  Errors: 'errors',
  Warnings: 'warnings',
  NewErrors: 'new-errors',
  NewWarnings: 'new-warnings',
  DocstringCoverage: 'docstring-coverage',
} as const;

export const SecurityGateInputs = {
  BanditReport: 'bandit-report',
  PipAuditReport: 'pip-audit-report',
  SafetyReport: 'safety-report',
  SecretsReport: 'secrets-report',
  SarifFiles: 'sarif-files',
  AcceptedRisks: 'accepted-risks',
  SarifOutput: 'sarif-output',
  History: 'history',
  Manifest: 'manifest',
  PathMap: 'path-map',
} as const;

export const SecurityGateOutputs = {
  Critical: 'critical',
  High: 'high',
  Medium: 'medium',
  Low: 'low',
  Accepted: 'accepted',
  SarifFile: 'sarif-file',
} as const;

export const UptimeCheckInputs = {
  Urls: 'urls',
  Window: 'window',
  MinUptime: 'min-uptime',
  Interval: 'interval',
  LocustStats: 'locust-stats',
  K6Summary: 'k6-summary',
  PrometheusUrl: 'prometheus-url',
  PrometheusJob: 'prometheus-job',
  PrometheusRequestsMetric: 'prometheus-requests-metric',
  PrometheusLatencyMetric: 'prometheus-latency-metric',
  MetricsUrl: 'metrics-url',
  AlertRules: 'alert-rules',
  History: 'history',
  DataBranch: 'data-branch',
  Record: 'record',
  ProbeTimeout: 'probe-timeout',
  Retries: 'retries',
  Incidents: 'incidents',
  Mode: 'mode',
  SecurityResults: 'security-results',
  SecurityArtifact: 'security-artifact',
} as const;

export const UptimeCheckOutputs = {
  Uptime: 'uptime',
  P50: 'p50',
  P95: 'p95',
  P99: 'p99',
  ErrorRate: 'error-rate',
  Samples: 'samples',
  ResultFiles: 'result-files',
  Breaches: 'breaches',
} as const;

export const PromotionReportInputs = {
  Results: 'results',
  Artifacts: 'artifacts',
  IssueNumber: 'issue-number',
  Mode: 'mode',
  Commit: 'commit',
  Apply: 'apply',
  Project: 'project',
  ProjectToken: 'project-token',
  PullRequestToken: 'pull-request-token',
} as const;

export const PromotionReportOutputs = {
  Stage: 'stage',
  CriteriaFailed: 'criteria-failed',
  Ready: 'ready',
  PullRequest: 'pull-request',
} as const;

export const PlannerInputs = {
  Mode: 'mode',
  Enforce: 'enforce',
  BaselineArtifact: 'baseline-artifact',
  Results: 'results',
  Components: 'components',
} as const;

export const PlannerOutputs = {
  Matrix: 'matrix',
  Components: 'components',
  Count: 'count',
  Current: 'current',
  Target: 'target',
  BaselineRunId: 'baseline-run-id',
  Passed: 'passed',
} as const;

export const DashboardInputs = {
  Results: 'results',
  OutputDir: 'output-dir',
  History: 'history',
  DataBranch: 'data-branch',
  Issues: 'issues',
} as const;

export const DashboardOutputs = {
  Index: 'index',
  Components: 'components',
} as const;
