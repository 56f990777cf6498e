// Export jobs over the API: ask for one (202 and its id), then read its state and, when done, its link.
import type { OrganizerDeps } from '../deps.js';
import { exportLinks, exportView, startExport } from '../export-jobs.js';
import { pathId, register, type OrganizerApp } from '../register-route.js';

export function exportsApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'POST /api/surveys/:surveyId/exports', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    // Every field is optional, so an empty body asks for every response.
    const job = await startExport(deps, c, surveyId, c.req.valid('json'));
    const links = exportLinks(job.exportId);
    c.header('Location', links.statusUrl);
    return c.json({ exportId: job.exportId, status: job.status, ...links }, 202);
  });

  register(app, deps, 'GET /api/exports/:exportId', async (c) => c.json(await exportView(deps, pathId(c, 'exportId', 'export'))));
}
