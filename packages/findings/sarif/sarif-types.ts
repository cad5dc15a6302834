/**
 * The part of SARIF 2.1.0 that the writer emits, typed so the writer cannot drift from it.
 * Field names and meanings are the OASIS specification's; only what code scanning reads is here.
 */

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifMessage {
  text: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region: SarifRegion;
  };
}

export interface SarifRule {
  id: string;
  name?: string;
  shortDescription: SarifMessage;
  fullDescription?: SarifMessage;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity'?: string; precision?: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints?: Record<string, string>;
  properties?: Record<string, unknown>;
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
}

export interface SarifRun {
  tool: { driver: { name: string; version?: string; semanticVersion?: string; informationUri?: string; rules: SarifRule[] } };
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  invocations?: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
  properties?: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [SarifRun];
}
