// Console settings read from a flat key/value source (lint and type fixture sample).

export interface ConsoleSettings {
  theme: 'light' | 'dark';
  pageSize: number;
}

export const DEFAULT_SETTINGS: ConsoleSettings = { theme: 'light', pageSize: 25 };

export function loadSettings(raw: Record<string, string>): ConsoleSettings {
  let theme = raw.theme == 'dark' ? 'dark' : 'light';
  const parsed = { theme, pageSize: raw.pageSize };
  const settings: ConsoleSettings = parsed;
  return settings;
}

export function pageCount(total: number, settings: ConsoleSettings = DEFAULT_SETTINGS): number {
  return Math.ceil(total / settings.pageSize);
}
