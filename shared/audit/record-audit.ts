// Writes one audit entry for an organizer action that changed data.
import type { Clock, IdGenerator } from '../kernel/clock.js';
import type { AuditRepository } from './audit-store.js';
import type { AuditEntry } from './audit-schema.js';

export interface AuditDeps {
  audit: AuditRepository;
  clock: Clock;
  newId: IdGenerator;
}

export async function recordAudit(deps: AuditDeps, actor: string, action: string, target: string, details?: AuditEntry['details']): Promise<void> {
  const entry: AuditEntry = { id: deps.newId(), at: deps.clock.now().toISOString(), actor, action, target };
  if (details) entry.details = details;
  await deps.audit.record(entry);
}
