// Registers a handler under its route-table entry, always behind that entry's access and scope guards
// and the validators of the body and query the entry names (the handler reads `c.req.valid(...)`).
import type { Context, Handler, Hono, MiddlewareHandler } from 'hono';
import type * as v from 'valibot';
import { recordAudit } from '../../shared/audit/record-audit.js';
import type { AuditEntry } from '../../shared/audit/audit-schema.js';
import { RecordNotFoundError } from '../../shared/errors.js';
import { isId } from '../../shared/kernel/ids.js';
import { accessGuard, type OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { scopeGuard } from './scope-guard.js';
import { routeSpec, type ORGANIZER_ROUTES, type RouteKey } from './route-table.js';
import { validJson, validQuery } from '../http/valid-input.js';

export type OrganizerApp = Hono<OrganizerEnv>;

/** The route-table entry of a key. */
type SpecOf<K extends RouteKey> = K extends `${infer M} ${infer P}` ? Extract<(typeof ORGANIZER_ROUTES)[number], { method: M; path: P }> : never;
/** What a body the domain checks itself reads as: JSON, not yet checked. */
type BodyOf<S> = S extends { domainChecksBody: true } ? unknown : S extends { body: infer B extends v.GenericSchema } ? v.InferOutput<B> : never;
/** The validated input a route's handler reads with `c.req.valid('json')` and `c.req.valid('query')`. */
type InputOf<S> = {
  out: (S extends { body: v.GenericSchema } ? { json: BodyOf<S> } : {}) & (S extends { query: infer Q extends v.GenericSchema } ? { query: v.InferOutput<Q> } : {});
};

export function register<K extends RouteKey>(app: OrganizerApp, deps: OrganizerDeps, key: K, handler: Handler<OrganizerEnv, string, InputOf<SpecOf<K>>>): void {
  const spec = routeSpec(key);
  // Guards first: who may call a route is settled before anything reads what was sent.
  const validators: MiddlewareHandler[] = [];
  if (!spec.page && spec.body) validators.push(validJson(spec.domainChecksBody ? undefined : spec.body, { optional: spec.bodyOptional === true }));
  if (!spec.page && spec.query) validators.push(validQuery(spec.query));
  app.on(spec.method, spec.path, accessGuard(deps, spec), scopeGuard(deps, spec), ...validators, handler as Handler<OrganizerEnv>);
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
