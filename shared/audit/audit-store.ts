// Storage's port for the audit log.
import type { AuditEntry } from './audit-schema.js';
import type { Page } from '../kernel/page.js';

export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
  /** Newest first, a page at a time. */
  list(options?: { limit?: number; cursor?: string }): Promise<Page<AuditEntry>>;
}
