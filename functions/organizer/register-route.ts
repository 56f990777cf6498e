// Registers a handler under its route-table entry, always behind that entry's access and scope guards.
import type { Context, Handler, Hono } from 'hono';
import { recordAudit } from '../../shared/audit/record-audit.js';
import type { AuditEntry } from '../../shared/audit/audit-schema.js';
import { RecordNotFoundError } from '../../shared/errors.js';
import { isId } from '../../shared/kernel/ids.js';
import { accessGuard, type OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { scopeGuard } from './scope-guard.js';
import { routeSpec, type RouteKey } from './route-table.js';

export type OrganizerApp = Hono<OrganizerEnv>;

export function register(app: OrganizerApp, deps: OrganizerDeps, key: RouteKey, handler: Handler<OrganizerEnv>): void {
  const spec = routeSpec(key);
  app.on(spec.method, spec.path, accessGuard(deps, spec), scopeGuard(deps, spec), handler);
}

/** A path id, checked against the id alphabet before it reaches a key. */
export function pathId(c: Context, name: string, what: string): string {
  const id = c.req.param(name);
  if (!isId(id)) throw new RecordNotFoundError(what, String(id).slice(0, 64));
  return id;
}

/** Records who changed what; every data-changing organizer route calls this after it succeeds. */
export function audit(deps: OrganizerDeps, c: Context<OrganizerEnv>, action: string, target: string, details?: AuditEntry['details']): Promise<void> {
  return recordAudit({ audit: deps.store.audit, clock: deps.clock, newId: deps.newId }, c.get('session').email, action, target, details);
}
