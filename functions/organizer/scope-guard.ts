// Applies the one scope check (shared/accounts/scope.ts) to a route, by the kind its route-table entry
// names: the path parameter's object is looked up and checked before the handler runs. Accounts that
// are not front-limited pass straight through, without a read.
import type { Context, MiddlewareHandler } from 'hono';
import { accountScope, inScope, surveyUnitFronts, type AccountScope, type ScopedObject } from '../../shared/accounts/scope.js';
import { reportCut } from '../../shared/report/report-cut.js';
import type { ReportFilter } from '../../shared/report/report-types.js';
import { OutOfScopeError } from '../../shared/errors.js';
import { exportFileName } from '../../shared/exports/run-export.js';
import { isId } from '../../shared/kernel/ids.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import type { RouteSpec, ScopeKind } from './route-table.js';

/** The object a route reaches, or undefined when there is none to check (unknown ids answer 404 in the handler). */
type Resolver = (deps: OrganizerDeps, c: Context<OrganizerEnv>, scope: AccountScope) => Promise<ScopedObject | undefined>;

async function surveyObject(deps: OrganizerDeps, surveyId: string | undefined): Promise<ScopedObject | undefined> {
  if (!isId(surveyId)) return undefined;
  const [found, catalogue] = await Promise.all([deps.store.surveyAdmin.getVersioned(surveyId), deps.store.catalogue.load()]);
  // Fronts by the catalogue: a definition stored with a forged unit front is not taken at its word.
  return found ? { kind: 'survey', owner: found.owner, unitFronts: surveyUnitFronts(found.survey, catalogue) } : undefined;
}

async function unitsObject(deps: OrganizerDeps, unitIds: readonly string[]): Promise<ScopedObject> {
  const units = await Promise.all(unitIds.map((id) => deps.store.catalogueRecords.get('units', id)));
  // A unit the catalogue no longer knows has no front: the object then lies outside every limit.
  return { kind: 'units', fronts: units.map((u) => u?.front ?? '') };
}

/** Most `-` a file name is split at when looking for its export record (survey ids and export ids hold a few). */
const MAX_FILE_NAME_SPLITS = 12;

/**
 * A finished file's survey, from its export record, never from parsing the name (survey ids may hold
 * `-`): the record whose own file name is exactly this one. A file no record names lies outside every limit.
 */
async function exportFileObject(deps: OrganizerDeps, file: string): Promise<ScopedObject> {
  const match = /^responses-([A-Za-z0-9_-]+)\.csv$/.exec(file);
  const stem = match?.[1] ?? '';
  const splits = [...stem.matchAll(/-/g)].map((m) => m.index).slice(-MAX_FILE_NAME_SPLITS);
  for (const at of splits.reverse()) {
    const exportId = stem.slice(at + 1);
    const job = isId(exportId) ? await deps.store.exportJobs.get(exportId) : undefined;
    if (job && exportFileName(job) === file) return (await surveyObject(deps, job.surveyId)) ?? { kind: 'district' };
  }
  return { kind: 'district' };
}

/** The unit or front a report's address asks for; a value that is no id asks for nothing (the handler refuses it). */
export function askedCut(c: Context): ReportFilter {
  const asked: ReportFilter = {};
  for (const field of ['unit', 'front'] as const) {
    const value = c.req.query(field);
    if (isId(value)) asked[field] = value;
  }
  return asked;
}

const nothing: Resolver = () => Promise.resolve(undefined);

const RESOLVERS: Record<ScopeKind, Resolver> = {
  none: nothing,
  own: nothing,
  list: nothing,
  district: () => Promise.resolve({ kind: 'district' }),
  survey: (deps, c) => surveyObject(deps, c.req.param('surveyId')),
  // A report reaches the units of its cut (shared/report/report-cut.ts): a limited account reads a
  // district survey's report cut to one of its fronts, and no other.
  async 'survey-report'(deps, c, scope) {
    const id = c.req.param('surveyId');
    const found = isId(id) ? await deps.store.surveyAdmin.getVersioned(id) : undefined;
    if (!found) return undefined;
    const catalogue = await deps.store.catalogue.load();
    const cut = reportCut(scope, found, askedCut(c), catalogue);
    return cut === undefined ? { kind: 'units', fronts: [] } : cut.fronts ? { kind: 'units', fronts: [cut.filter.front!] } : { kind: 'survey', owner: found.owner, unitFronts: surveyUnitFronts(found.survey, catalogue) };
  },
  async lecture(deps, c) {
    const id = c.req.param('lectureId');
    // Any kind of event (a lecture, an exchange meeting) names its units with their fronts as they were when it was scheduled.
    const lecture = isId(id) ? await deps.store.events.getEvent(id) : undefined;
    return lecture ? { kind: 'units', fronts: lecture.units.map((u) => u.front) } : undefined;
  },
  async request(deps, c) {
    // A request's id is `<menuId>~<unitId>`: the unit it belongs to decides.
    const unitId = String(c.req.param('requestId')).split('~')[1];
    return isId(unitId) ? unitsObject(deps, [unitId]) : undefined;
  },
  async unit(deps, c) {
    const id = c.req.param('unitId');
    return isId(id) ? unitsObject(deps, [id]) : undefined;
  },
  async export(deps, c) {
    const id = c.req.param('exportId');
    const job = isId(id) ? await deps.store.exportJobs.get(id) : undefined;
    return job ? surveyObject(deps, job.surveyId) : undefined;
  },
  'export-file': (deps, c) => exportFileObject(deps, String(c.req.param('file'))),
};

export function scopeGuard(deps: OrganizerDeps, spec: RouteSpec): MiddlewareHandler<OrganizerEnv> {
  const resolve = RESOLVERS[spec.scope];
  return async function scopeGuardMiddleware(c, next) {
    const session = c.get('session') as OrganizerEnv['Variables']['session'] | undefined;
    const scope = session ? accountScope(session) : undefined;
    if (scope) {
      const object = await resolve(deps, c, scope);
      if (object && !inScope(scope, object)) throw new OutOfScopeError(spec.scope);
    }
    return next();
  };
}
