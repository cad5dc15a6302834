/**
 * The windows a Production component's maintenance criteria are judged over (PURE): the last
 * complete calendar month (UTC; the criteria document measures "monthly uptime"), and a
 * rolling window ending now (`policy.production.maintenance.rolling-window`, 30 days). Each
 * starts no earlier than the component's entry into Production.
 */
export interface MaintenanceWindow {
  /** `2026-11` for a month, `30d` for the rolling window. */
  label: string;
  from: Date;
  to: Date;
}

export interface MaintenanceWindows {
  month: MaintenanceWindow;
  rolling: MaintenanceWindow;
}

/** The calendar month before the one `now` is in: [its first instant, the next month's). */
export function lastCompleteMonth(now: Date): MaintenanceWindow {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 1, 1));
  return { label: from.toISOString().slice(0, 7), from, to };
}

export function maintenanceWindows(now: Date, rollingText: string, rollingMs: number): MaintenanceWindows {
  return {
    month: lastCompleteMonth(now),
    rolling: { label: rollingText, from: new Date(now.getTime() - rollingMs), to: now },
  };
}

/** "November 2026" for `2026-11`. */
export function monthTitle(label: string): string {
  const [y, m] = label.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
