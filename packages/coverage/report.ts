/** What one coverage report contributes, before its paths are resolved against the checkout. */
import type { FileCoverage } from './file-coverage.js';

export type CoverageFormat = 'cobertura' | 'lcov' | 'coveragepy-json' | 'istanbul-final' | 'istanbul-summary';

export const FORMAT_NAMES: Record<CoverageFormat, string> = {
  cobertura: 'Cobertura XML',
  lcov: 'LCOV',
  'coveragepy-json': 'coverage.py JSON',
  'istanbul-final': 'Istanbul coverage-final.json',
  'istanbul-summary': 'Istanbul coverage-summary.json',
};

/**
 * Whose headline the report's figures follow: coverage.py prints statements+branches combined;
 * Istanbul-family tools (c8, nyc, jest, node --test) headline line coverage.
 */
export type Convention = 'coveragepy' | 'istanbul' | 'unknown';

export interface ParsedReport {
  /** The report's path as the user gave it (for messages). */
  file: string;
  format: CoverageFormat;
  /** The writer, when the report says (e.g. "coverage.py 6.5.0"). */
  producer?: string;
  convention: Convention;
  /** Roots that relative file names in the report are relative to (Cobertura `<source>`). */
  sources: string[];
  /** Keyed by the file name exactly as the report writes it. */
  files: Map<string, FileCoverage>;
  /** How many pieces it was parsed in (1 unless parsed on several threads). */
  pieces?: number;
}

/** A streaming parser: fed the report's bytes in order, then asked for the result. */
export interface ReportParser {
  write(chunk: Buffer): void;
  end(): ParsedReport;
}
