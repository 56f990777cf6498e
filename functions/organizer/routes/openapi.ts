// GET /api/openapi.json: the organizer API, generated from the route table and its valibot schemas.
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { AccountSchema } from '../../../shared/accounts/account-schema.js';
import { AuditEntrySchema } from '../../../shared/audit/audit-schema.js';
import { CatalogueSchema } from '../../../shared/catalogue/catalogue-schema.js';
import { SurveySettingsSchema } from '../../../shared/survey-admin/survey-settings-schema.js';
import { SurveySchema } from '../../../shared/survey/survey-schema.js';
import { MenuSchema } from '../../../shared/programme/menu-schema.js';
import { RequestInputSchema } from '../../../shared/programme/request-schema.js';
import type { OrganizerDeps } from '../deps.js';
import { register, type OrganizerApp } from '../register-route.js';
import { ORGANIZER_ROUTES, type RouteSpec } from '../route-table.js';

const ErrorSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    issues: v.optional(v.array(v.object({ questionId: v.optional(v.string()), field: v.optional(v.string()), message: v.string() }))),
  }),
});

// Transformations (trim, lower-case) have no JSON Schema form; they are ignored, not fatal.
const jsonSchema = (schema: v.GenericSchema) => toJsonSchema(schema, { errorMode: 'ignore' });

function operation(route: RouteSpec) {
  const params = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  const errors = { $ref: '#/components/responses/Error' };
  return {
    summary: route.summary,
    ...(route.access === 'public' ? { security: [] } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } } } : {}),
    'x-access': route.access,
    responses: { '200': { description: 'OK' }, '400': errors, '401': errors, '403': errors, '404': errors, '409': errors, '422': errors },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ORGANIZER_ROUTES as readonly RouteSpec[]) {
    if (route.page) continue;
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Diancai organizer API',
      version: '1',
      description: 'Every error has the shape {"error":{"code","message","issues?"}}. Authenticate with Authorization: Bearer <token> from POST /api/auth/login, or with the session cookie (changes then need a same-origin Origin header).',
    },
    security: [{ bearer: [] }, { cookie: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'diancai_session' },
      },
      schemas: {
        Survey: jsonSchema(SurveySchema),
        SurveySettings: jsonSchema(SurveySettingsSchema),
        Catalogue: jsonSchema(CatalogueSchema),
        Account: jsonSchema(AccountSchema),
        AuditEntry: jsonSchema(AuditEntrySchema),
        // The programme's shapes: a menu as GET /api/menus/{id} and the public menu answer it, and the
        // body a unit's page sends (PUT /api/public/units/{unitKey}/requests/{menuId}, documented in the README).
        Menu: jsonSchema(MenuSchema),
        RequestInput: jsonSchema(RequestInputSchema),
        Error: jsonSchema(ErrorSchema),
      },
      responses: { Error: { description: 'An error in the one error shape', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
    },
  };
}

export function openApiRoute(app: OrganizerApp, deps: OrganizerDeps): void {
  let document: ReturnType<typeof openApiDocument> | undefined;
  register(app, deps, 'GET /api/openapi.json', (c) => c.json((document ??= openApiDocument())));
}
