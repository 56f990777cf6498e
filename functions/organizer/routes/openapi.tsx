// GET /api/openapi.json: the district's API (organizer and public routes), built once per process; and
// GET /admin/api: the same document as a readable page.
import { renderPage } from '../../http/render.js';
import { openApiDocument, type OpenApiDocument } from '../openapi-document.js';
import type { OrganizerDeps } from '../deps.js';
import { ApiReferencePage } from '../pages/api-reference-page.js';
import { register, type OrganizerApp } from '../register-route.js';
import { pageContext } from '../page-context.js';

export function openApiRoute(app: OrganizerApp, deps: OrganizerDeps): void {
  let document: OpenApiDocument | undefined;
  const built = () => (document ??= openApiDocument());
  register(app, deps, 'GET /api/openapi.json', (c) => c.json(built()));
  register(app, deps, 'GET /admin/api', (c) => renderPage(c, <ApiReferencePage ctx={pageContext(c)} document={built()} />));
}
