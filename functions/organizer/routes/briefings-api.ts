// Briefings (学习动态) over the API: list, write, read, edit, publish, withdraw; each change audited.
import type { StoredBriefing } from '../../../shared/briefings/briefing-schema.js';
import { createBriefing, loadBriefing, publishBriefing, updateBriefing, withdrawBriefing } from '../../../shared/briefings/manage-briefings.js';
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { briefingDeps } from '../briefing-deps.js';


export function briefingSummaryView(b: Omit<StoredBriefing, 'text'>, timeZone: string) {
  return {
    briefingId: b.briefingId,
    status: b.status,
    version: b.version,
    title: b.title,
    date: b.date,
    ...(b.eventId ? { eventId: b.eventId } : {}),
    photoIds: b.photoIds,
    updatedAt: districtMinute(b.updatedAt, timeZone),
    ...(b.publishedAt ? { publishedAt: districtMinute(b.publishedAt, timeZone) } : {}),
    ...(b.status === 'published' ? { publicUrl: `/news/${b.briefingId}` } : {}),
  };
}

const view = (b: StoredBriefing, timeZone: string) => ({ briefing: { ...briefingSummaryView(b, timeZone), text: b.text } });

export function briefingsApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = briefingDeps(deps);

  register(app, deps, 'GET /api/briefings', async (c) => c.json({ briefings: (await deps.store.briefings.list()).map((b) => briefingSummaryView(b, deps.timeZone)) }));

  register(app, deps, 'POST /api/briefings', async (c) => {
    const briefing = await createBriefing(domain, c.req.valid('json'), c.get('session').email);
    await audit(deps, c, 'briefing.create', briefing.briefingId, { title: briefing.title });
    return c.json(view(briefing, deps.timeZone), 201);
  });

  register(app, deps, 'GET /api/briefings/:briefingId', async (c) => c.json(view(await loadBriefing(deps.store.briefings, pathId(c, 'briefingId', 'briefing')), deps.timeZone)));

  register(app, deps, 'PUT /api/briefings/:briefingId', async (c) => {
    const { version, ...input } = c.req.valid('json');
    const briefing = await updateBriefing(domain, pathId(c, 'briefingId', 'briefing'), input, version);
    await audit(deps, c, 'briefing.edit', briefing.briefingId, { title: briefing.title });
    return c.json(view(briefing, deps.timeZone));
  });

  register(app, deps, 'POST /api/briefings/:briefingId/publish', async (c) => {
    const briefing = await publishBriefing(domain, pathId(c, 'briefingId', 'briefing'), c.req.valid('json')?.version);
    await audit(deps, c, 'briefing.publish', briefing.briefingId, { title: briefing.title, photos: briefing.photoIds.length });
    return c.json(view(briefing, deps.timeZone));
  });

  register(app, deps, 'POST /api/briefings/:briefingId/withdraw', async (c) => {
    const briefing = await withdrawBriefing(domain, pathId(c, 'briefingId', 'briefing'), c.req.valid('json')?.version);
    await audit(deps, c, 'briefing.withdraw', briefing.briefingId, { title: briefing.title });
    return c.json(view(briefing, deps.timeZone));
  });
}
