// The dashboard's side of export jobs: the report page's form starts one; its page shows progress and the link.
import type { ExportRequest } from '../../../shared/exports/export-job-schema.js';
import { ExportRequestSchema } from '../../../shared/exports/export-job-schema.js';
import { parseBody } from '../../http/json-body.js';
import { requestLocale } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerDeps } from '../deps.js';
import { ExportJobPage } from '../pages/export-page.js';
import { href } from '../pages/dashboard-layout.js';
import { pathId, register, type OrganizerApp } from '../register-route.js';
import { formFields, pageContext } from '../page-context.js';
import { exportLinks, exportView, startExport } from '../export-jobs.js';

export function exportPages(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'POST /admin/surveys/:surveyId/exports', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const fields = await formFields(c);
    // Only the form's own fields, empty ones left out; an unchecked box is "no".
    const request: Record<string, unknown> = { includeInvalid: fields.get('includeInvalid') === 'on', lang: requestLocale(c) };
    for (const key of ['unit', 'front', 'from', 'to'] as const) {
      const value = fields.get(key);
      if (value) request[key] = value.slice(0, 64);
    }
    const job = await startExport(deps, c, surveyId, parseBody(ExportRequestSchema, request) as ExportRequest);
    return c.redirect(href(pageContext(c), exportLinks(job.exportId).page), 303);
  });

  register(app, deps, 'GET /admin/export-jobs/:exportId', async (c) => {
    const job = await exportView(deps, pathId(c, 'exportId', 'export'));
    return renderPage(c, <ExportJobPage ctx={pageContext(c)} job={job} timeZone={deps.timeZone} />);
  });
}
