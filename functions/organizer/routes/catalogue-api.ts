// The catalogue API: everyone signed in reads it; admins add (ids generated when not given), edit, retire and restore records.
import { createRecord, replaceRecord, setRetired } from '../../../shared/catalogue-admin/catalogue-edits.js';
import { catalogueEditDeps, sectionParam } from '../catalogue-deps.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';

export function catalogueApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const editDeps = catalogueEditDeps(deps);

  register(app, deps, 'GET /api/catalogue', async (c) => c.json(await deps.store.catalogue.load()));

  register(app, deps, 'POST /api/catalogue/:section', async (c) => {
    const section = sectionParam(c);
    const record = await createRecord(editDeps, section, c.req.valid('json'));
    await audit(deps, c, `catalogue.${section}.create`, record.id);
    return c.json({ record }, 201);
  });

  register(app, deps, 'PUT /api/catalogue/:section/:id', async (c) => {
    const section = sectionParam(c);
    const id = pathId(c, 'id', section);
    const record = await replaceRecord(editDeps, section, id, c.req.valid('json'));
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
