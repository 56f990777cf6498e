// What the catalogue's API routes, its pages and its import share: the :section of a path, the domain's
// deps, and an import run with its audit entry.
import type { Context } from 'hono';
import { isCatalogueSection, type CatalogueEditDeps } from '../../shared/catalogue-admin/catalogue-edits.js';
import { importCatalogueFile } from '../../shared/catalogue-admin/catalogue-import.js';
import { RecordNotFoundError } from '../../shared/errors.js';
import type { CatalogueSection } from '../../shared/catalogue/catalogue-store.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { audit } from './register-route.js';

export function sectionParam(c: Context): CatalogueSection {
  const section = c.req.param('section') ?? '';
  if (!isCatalogueSection(section)) throw new RecordNotFoundError('catalogue section', section.slice(0, 64));
  return section;
}

export function catalogueEditDeps(deps: OrganizerDeps): CatalogueEditDeps {
  return { catalogue: deps.store.catalogue, catalogueRecords: deps.store.catalogueRecords, newId: deps.newId };
}

/** Runs an import and audits an apply once, with its counts. */
export async function runImport(deps: OrganizerDeps, c: Context<OrganizerEnv>, bytes: Uint8Array, apply: boolean) {
  const plan = await importCatalogueFile({ ...catalogueEditDeps(deps), meta: deps.store.meta, clock: deps.clock }, bytes, apply);
  if (apply) {
    const { add, change, same, refuse } = plan.counts;
    await audit(deps, c, 'catalogue.import', 'catalogue', { added: add, changed: change, unchanged: same, refused: refuse });
  }
  return plan;
}
