/**
 * The part of SARIF 2.1.0 that the writer emits: the `sarif` package's types (the OASIS
 * specification's, as @types/sarif publishes them), with the fields code scanning reads made
 * required, so the writer cannot leave one out nor drift from the spec's names.
 */
import type * as Sarif from 'sarif';

/** `T` with the fields in `R` replaced by (required) narrower ones. */
type Require<T, R extends Partial<Record<keyof T, unknown>>> = Omit<T, keyof R> & R;

export type SarifLevel = NonNullable<Sarif.Result['level']>;

export type SarifMessage = Require<Sarif.Message, { text: string }>;

export type SarifRegion = Require<Sarif.Region, { startLine: number }>;

export type SarifLocation = Require<
  Sarif.Location,
  {
    physicalLocation: Require<
      Sarif.PhysicalLocation,
      { artifactLocation: Require<Sarif.ArtifactLocation, { uri: string }>; region: SarifRegion }
    >;
  }
>;

export type SarifRule = Require<
  Sarif.ReportingDescriptor,
  {
    shortDescription: SarifMessage;
    fullDescription?: SarifMessage;
    defaultConfiguration: Require<Sarif.ReportingConfiguration, { level: SarifLevel }>;
    properties: Sarif.PropertyBag & { tags: string[]; 'security-severity'?: string; precision?: string };
  }
>;

export type SarifResult = Require<
  Sarif.Result,
  { ruleId: string; ruleIndex: number; level: SarifLevel; message: SarifMessage; locations: SarifLocation[] }
>;

export type SarifNotification = Require<Sarif.Notification, { level: SarifLevel; message: SarifMessage }>;

export type SarifRun = Require<
  Sarif.Run,
  {
    tool: { driver: Require<Sarif.ToolComponent, { rules: SarifRule[] }> };
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
    invocations?: Require<Sarif.Invocation, { toolExecutionNotifications: SarifNotification[] }>[];
  }
>;

export type SarifLog = Require<Sarif.Log, { $schema: string; version: '2.1.0'; runs: [SarifRun] }>;
