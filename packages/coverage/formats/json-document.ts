/**
 * JSON coverage reports are parsed whole (JSON.parse is native and fast); this collects the
 * bytes, parses them (core/json-text.ts) and picks the format by shape.
 */
import { ReportError } from '../../core/errors.js';
import { parseJsonText } from '../../core/json-text.js';
import type { ParsedReport, ReportParser } from '../report.js';
import { fromCoveragePyJson, isCoveragePyJson } from './coveragepy-json.js';
import { fromIstanbulFinal, fromIstanbulSummary, isIstanbulFinal, isIstanbulSummary } from './istanbul.js';

function describeJson(doc: unknown): string {
  if (Array.isArray(doc)) return 'a JSON array (lint or scan findings?)';
  if (doc && typeof doc === 'object') {
    const keys = Object.keys(doc).slice(0, 5);
    return keys.length ? `a JSON object with keys ${keys.map((k) => `"${k}"`).join(', ')}` : 'an empty JSON object';
  }
  return `a JSON ${doc === null ? 'null' : typeof doc}`;
}

export function createJsonCoverageParser(file: string): ReportParser {
  const chunks: Buffer[] = [];
  return {
    write(chunk) {
      chunks.push(Buffer.from(chunk)); // the reader reuses its buffer
    },
    end(): ParsedReport {
      const text = Buffer.concat(chunks).toString('utf8');
      const doc = parseJsonText(text, file);
      if (isCoveragePyJson(doc)) return fromCoveragePyJson(doc, file);
      if (isIstanbulSummary(doc)) return fromIstanbulSummary(doc, file);
      if (isIstanbulFinal(doc)) return fromIstanbulFinal(doc, file);
      throw new ReportError(
        `this is ${describeJson(doc)}, not a coverage report`,
        { file },
        'Pass coverage.py JSON (`coverage json`) or Istanbul coverage-final.json / coverage-summary.json.',
      );
    },
  };
}
