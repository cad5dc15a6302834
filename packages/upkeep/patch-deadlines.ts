/**
 * Patch deadlines of a Production component as of now (PURE): the open critical, high and
 * medium findings of its newest security-gate result on the default branch, each dated from
 * when it was first seen (`data.open[].firstSeen`, carried from run to run), against
 * `policy.production.security.patch-within-hours` (24 h / 7 d / 30 d). The security gate judges
 * the deadlines at its own run; here they are judged again today, since a deadline can pass
 * between two scans.
 */
import * as z from 'zod';
import type { GateResult } from '../core/result/gate-result.js';

export const PATCHED_SEVERITIES = ['critical', 'high', 'medium'] as const;
export type PatchedSeverity = (typeof PATCHED_SEVERITIES)[number];

const openFinding = z.object({
  tool: z.string(),
  rule: z.string(),
  severity: z.string(),
  path: z.string().nullable().optional(),
  line: z.number().nullable().optional(),
  package: z.object({ name: z.string(), version: z.string().nullable().optional() }).nullable().optional(),
  firstSeen: z.string().nullable().optional(),
});
export type OpenFinding = z.infer<typeof openFinding>;

const securityData = z.object({ open: z.array(openFinding), openOmitted: z.number().optional() });

/** The open findings a security-gate result lists; null when its data has no such list (an older or foreign result). */
export function openFindings(result: GateResult): { open: OpenFinding[]; omitted: number } | null {
  const parsed = securityData.safeParse(result.data);
  return parsed.success ? { open: parsed.data.open, omitted: parsed.data.openOmitted ?? 0 } : null;
}

export interface OverdueFinding {
  finding: OpenFinding;
  severity: PatchedSeverity;
  deadlineHours: number;
  overdueHours: number;
}

export function overdueAt(
  open: readonly OpenFinding[],
  deadlines: Record<PatchedSeverity, number>,
  now: Date,
): OverdueFinding[] {
  const out: OverdueFinding[] = [];
  for (const f of open) {
    const severity = f.severity as PatchedSeverity;
    if (!PATCHED_SEVERITIES.includes(severity) || !f.firstSeen) continue;
    const seen = Date.parse(f.firstSeen);
    if (Number.isNaN(seen)) continue;
    const ageHours = (now.getTime() - seen) / 3_600_000;
    if (ageHours > deadlines[severity])
      out.push({
        finding: f,
        severity,
        deadlineHours: deadlines[severity],
        overdueHours: Math.floor(ageHours - deadlines[severity]),
      });
  }
  const rank = (s: PatchedSeverity) => PATCHED_SEVERITIES.indexOf(s);
  return out.sort((a, b) => rank(a.severity) - rank(b.severity) || b.overdueHours - a.overdueHours);
}

export function describeFinding(f: OpenFinding): string {
  const where = f.package
    ? `${f.package.name}${f.package.version ? ` ${f.package.version}` : ''}`
    : `${f.path ?? '?'}${f.line ? `:${f.line}` : ''}`;
  return `${f.severity} ${f.tool} ${f.rule} in ${where}`;
}
