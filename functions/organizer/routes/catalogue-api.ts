// The catalogue API: everyone signed in reads it; admins add (ids generated when not given), edit, retire and restore records.
import { createRecord, isCatalogueSection, type CatalogueEditDeps, replaceRecord, setRetired } from '../../../shared/catalogue-admin/catalogue-edits.js';
import { RecordNotFoundError } from '../../../shared/errors.js';
import type { CatalogueSection } from '../../../shared/catalogue/catalogue-store.js';
import type { Context } from 'hono';
import { readJson } from '../../http/json-body.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';

export function sectionParam(c: Context): CatalogueSection {
  const section = c.req.param('section') ?? '';
  if (!isCatalogueSection(section)) throw new RecordNotFoundError('catalogue section', section.slice(0, 64));
  return section;
}

export function catalogueEditDeps(deps: OrganizerDeps): CatalogueEditDeps {
  return { catalogue: deps.store.catalogue, catalogueRecords: deps.store.catalogueRecords, newId: deps.newId };
}

export function catalogueApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const editDeps = catalogueEditDeps(deps);

  register(app, deps, 'GET /api/catalogue', async (c) => c.json(await deps.store.catalogue.load()));

  register(app, deps, 'POST /api/catalogue/:section', async (c) => {
    const section = sectionParam(c);
    const record = await createRecord(editDeps, section, await readJson(c));
    await audit(deps, c, `catalogue.${section}.create`, record.id);
    return c.json({ record }, 201);
  });

  register(app, deps, 'PUT /api/catalogue/:section/:id', async (c) => {
    const section = sectionParam(c);
    const id = pathId(c, 'id', section);
    const record = await replaceRecord(editDeps, section, id, await readJson(c));
    await audit(deps, c, `catalogue.${section}.edit`, id);
    return c.json({ record });
  });

  for (const [key, retired] of [
    ['POST /api/catalogue/:section/:id/retire', true],
    ['POST /api/catalogue/:section/:id/restore', false],
  ] as const) {
    register(app, deps, key, async (c) => {
      const section = sectionParam(c);
      const id = pathId(c, 'id', section);
      const record = await setRetired(editDeps, section, id, retired);
      await audit(deps, c, `catalogue.${section}.${retired ? 'retire' : 'restore'}`, id);
      return c.json({ record });
    });
  }
}
