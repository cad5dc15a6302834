/**
 * Reads a load-test report by its name: a `.json` file is a k6 summary export, anything else
 * a Locust `--csv` output (`<prefix>_stats.csv`, or the prefix itself), read with the
 * `_stats_history.csv` beside it.
 */
import { ReportError } from '../../core/errors.js';
import { readK6Summary } from './k6.js';
import { readLocustCsv } from './locust.js';
import type { LoadTestModel } from './model.js';

export async function readLoadReport(path: string): Promise<LoadTestModel> {
  if (/\.json$/i.test(path)) return readK6Summary(path);
  if (/_stats_history\.csv$/i.test(path)) {
    throw new ReportError(
      'is the history file',
      { file: path },
      'Give the <prefix>_stats.csv file: the history beside it is read with it.',
    );
  }
  if (/_(failures|exceptions)\.csv$/i.test(path)) {
    throw new ReportError(
      'is not the statistics file',
      { file: path },
      'Give the <prefix>_stats.csv file that Locust writes with --csv <prefix>.',
    );
  }
  return readLocustCsv(path);
}
