// GET /api/openapi.json: the district's API (organizer and public routes), built once per process.
import { openApiDocument, type OpenApiDocument } from '../openapi-document.js';
import type { OrganizerDeps } from '../deps.js';
import { register, type OrganizerApp } from '../register-route.js';

export function openApiRoute(app: OrganizerApp, deps: OrganizerDeps): void {
  let document: OpenApiDocument | undefined;
  register(app, deps, 'GET /api/openapi.json', (c) => c.json((document ??= openApiDocument())));
}
