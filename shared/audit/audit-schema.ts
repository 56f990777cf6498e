// One line of the audit log: who did what to which record, and when.
import * as v from 'valibot';

export const AuditEntrySchema = v.object({
  id: v.string(),
  at: v.pipe(v.string(), v.isoTimestamp()),
  actor: v.string(),
  action: v.string(),
  target: v.string(),
  details: v.optional(v.record(v.string(), v.union([v.string(), v.number(), v.boolean()]))),
});

export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;
