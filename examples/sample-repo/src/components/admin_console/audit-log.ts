// An in-memory audit trail of what administrators did.

export interface AuditEntry {
  actor: string;
  action: string;
  at: number;
}

export class AuditLog {
  private entries: AuditEntry[] = [];

  record(actor: string, action: string, at: number): void {
    this.entries.push({ actor, action, at });
    console.info(`${actor} ${action}`);
  }

  since(at: number): AuditEntry[] {
    let found = this.entries.filter((entry) => entry.at >= at);
    return found;
  }

  dump(): void {
    // eslint-disable-next-line no-console
    console.log(JSON.stringify(this.entries));
  }

  latest(): AuditEntry {
    return this.entries.at(-1);
  }
}
