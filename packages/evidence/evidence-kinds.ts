/**
 * The names and advice for each kind of evidence a stage asks for, apart from the finder
 * (repo-evidence.ts), so that rendering and evaluating do not load the Markdown parser the
 * finder reads READMEs with.
 */
import type { EvidenceKind } from '../core/config/defaults.js';

/** What to add, for a failure message ("To pass, add ..."). */
export const EVIDENCE_ADVICE: Record<EvidenceKind, string> = {
  readme: 'a component README with a usage example (a fenced code block)',
  'integration-tests': 'integration tests',
  'user-guide': 'user documentation',
  'api-reference': 'an API reference',
  troubleshooting: 'a troubleshooting guide',
  rollback: 'a rollback procedure',
};

export const EVIDENCE_TITLES: Record<EvidenceKind, string> = {
  readme: 'Component README with a usage example',
  'integration-tests': 'Integration tests written',
  'user-guide': 'User documentation',
  'api-reference': 'API reference',
  troubleshooting: 'Troubleshooting guide',
  rollback: 'Rollback procedure documented',
};
