// The one OpenAPI 3.1 document of a district's API: every organizer route of the route table and every
// public respondent route, with parameters, bodies and answers generated from their valibot schemas.
import { toJsonSchema, toJsonSchemaDefs, type ConversionConfig } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { AccountSchema } from '../../shared/accounts/account-schema.js';
import { AuditEntrySchema } from '../../shared/audit/audit-schema.js';
import type { ErrorStatus } from '../../shared/errors.js';
import { LectureSchema } from '../../shared/lectures/lecture-schema.js';
import { SubmissionSchema } from '../../shared/responses/submission-schema.js';
import { SurveySettingsSchema } from '../../shared/survey-admin/survey-settings-schema.js';
import { QuestionSchema, SurveySchema } from '../../shared/survey/survey-schema.js';
import type { ApiDoc, ParamsSchema, SuccessDoc } from '../http/api-doc.js';
import { PUBLIC_API_ROUTES } from '../respondent/public-routes.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { CatalogueRecord, CatalogueSchema, MenuView, SurveyReport } from './response-schemas.js';
import { ORGANIZER_ROUTES, type Access, type ApiRouteSpec } from './route-table.js';

const ErrorSchema = v.object({
  error: v.object({
    code: v.pipe(v.string(), v.description('Stable, for programs: e.g. invalid_answers, survey_closed')),
    message: v.pipe(v.string(), v.description('A sentence for people, in the language asked for (?lang=en or Accept-Language; Chinese by default)')),
    issues: v.optional(
      v.array(
        v.object({
          questionId: v.optional(v.string()),
          field: v.optional(v.string()),
          message: v.pipe(v.string(), v.description('What is wrong; for an answer of the wrong form, the form the question expects')),
        }),
      ),
    ),
  }),
});

/** Schemas named once and referenced wherever they occur, so a client generator makes one type of each. */
const NAMED = {
  Survey: SurveySchema,
  Question: QuestionSchema,
  SurveySettings: SurveySettingsSchema,
  SurveyReport,
  Submission: SubmissionSchema,
  Catalogue: CatalogueSchema,
  CatalogueRecord,
  Account: AccountSchema,
  AuditEntry: AuditEntrySchema,
  Lecture: LectureSchema,
  Menu: MenuView,
  Error: ErrorSchema,
};

type Json = Record<string, unknown>;

const CONVERSION: ConversionConfig = {
  target: 'draft-2020-12',
  // Transformations (trim, lower-case) have no JSON Schema form: the input's type is documented.
  errorMode: 'ignore',
  overrideRef: (context) => `#/components/schemas/${context.referenceId}`,
};

function jsonSchema(schema: v.GenericSchema): Json {
  const { $schema: _dialect, $defs: _defs, ...rest } = toJsonSchema(schema, { ...CONVERSION, definitions: NAMED }) as Json;
  return rest;
}

/** The error statuses a route can answer, from what it is: who may call it, whether it takes a body or an id, and its own. */
function errorStatuses(route: ApiDoc, access: Access): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>(route.errors ?? []);
  const changes = route.method !== 'GET';
  if (access !== 'public') statuses.add(401);
  // A role check, or a change sent from another site: the organizer app refuses those (sign-in included);
  // the respondent's JSON API stays open to any client.
  if (access === 'organizer' || access === 'admin' || (changes && !route.path.startsWith('/api/public/'))) statuses.add(403);
  if (route.body || route.bodyOptional || route.upload) statuses.add(400).add(413);
  if (route.path.includes('/:')) statuses.add(404);
  // Every route reads the store (signed-in ones to check the session).
  statuses.add(503);
  return [...statuses].sort();
}

const ERROR_RESPONSES: Record<ErrorStatus, [name: string, description: string]> = {
  400: ['BadRequest', 'The body is not JSON or not of the documented shape (issues name the fields)'],
  401: ['Unauthenticated', 'Not signed in, or the session ended'],
  403: ['Forbidden', 'The account’s role may not do this, a cookie request came from another site, or the survey or form is not open yet or needs an access code'],
  404: ['NotFound', 'No such record (or not published)'],
  405: ['MethodNotAllowed', 'Method not allowed'],
  409: ['Conflict', 'The change conflicts with the record’s state or a newer version (see the code)'],
  410: ['Gone', 'Closed, full, or past its deadline'],
  413: ['TooLarge', 'The body is over the size limit'],
  415: ['UnsupportedMediaType', 'Unsupported media type'],
  422: ['Unprocessable', 'Well-formed but not acceptable: the issues say what, by field or question'],
  429: ['TooManyRequests', 'Too many attempts: wait for Retry-After seconds'],
  500: ['ServerError', 'An unexpected fault'],
  503: ['Unavailable', 'The data store is busy or unreachable: the same request may be retried'],
};

const errorResponseRef = (status: ErrorStatus) => ({ $ref: `#/components/responses/${ERROR_RESPONSES[status][0]}` });

const FILE_TYPES = { png: 'image/png', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** An uploaded file's body: an .xlsx workbook or a CSV, sent as it is. */
const UPLOAD_BODY = {
  required: true,
  content: {
    [FILE_TYPES.xlsx]: { schema: { type: 'string', contentMediaType: FILE_TYPES.xlsx } },
    'text/csv': { schema: { type: 'string' } },
  },
};

function successResponses(success: SuccessDoc): Json {
  if (success.status === 204) return { '204': { description: 'Done; no content' } };
  const content =
    'file' in success
      ? success.file === 'csv'
        ? { 'text/csv': { schema: { type: 'string', description: 'UTF-8 with a BOM; a spreadsheet opens it as it is' } } }
        : success.file === 'png' || success.file === 'xlsx'
          ? { [FILE_TYPES[success.file]]: { schema: { type: 'string', contentMediaType: FILE_TYPES[success.file] } } }
          : success.file === 'binary'
            ? { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The file as stored, with its own Content-Type (in AWS a 302 to a short-lived link)' } } }
            : { 'image/svg+xml': { schema: { type: 'string' } } }
      : { 'application/json': { schema: jsonSchema(success.json) } };
  // A started job (202) and a redirect to one (303) say where it is in Location.
  const location = { headers: { Location: { description: 'Where to follow the job', schema: { type: 'string' } } } };
  const responses: Json = { [success.status]: { description: success.status === 201 ? 'Created' : success.status === 202 ? 'Accepted' : 'OK', ...(success.status === 202 ? location : {}), content } };
  if (success.also) {
    responses[success.also.status] = { description: success.also.description, ...(success.also.status === 303 ? location : {}), content: { 'application/json': { schema: jsonSchema(success.also.json) } } };
  }
  return responses;
}

/** Each entry of a params object as an OpenAPI parameter (its description lifted to the parameter). */
function parametersOf(schema: ParamsSchema | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const object = jsonSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || (object.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

function pathParameters(route: ApiDoc): Json[] {
  const declared = parametersOf(route.params, 'path');
  return [...route.path.matchAll(/:(\w+)/g)].map((m) => declared.find((p) => p.name === m[1]) ?? { name: m[1], in: 'path', required: true, schema: { type: 'string' } });
}

/** `GET /api/surveys/:surveyId/report.csv` → getSurveysSurveyIdReportCsv: stable while the path is. */
export function operationIdOf(route: Pick<ApiDoc, 'method' | 'path'>): string {
  const words = route.path
    .split(/[/.\-:]+/)
    .filter((word) => word !== '' && word !== 'api')
    .map((word) => word[0]!.toUpperCase() + word.slice(1));
  return route.method.toLowerCase() + words.join('');
}

const TAGS: [pattern: RegExp, name: string, description: string][] = [
  [/^\/api\/public\//, 'Respondents', 'No sign-in: surveys, lecture feedback and a unit’s page, as the public links use them'],
  [/^\/api\/(auth|me)(\/|$)/, 'Sign-in', 'Sign in for a token (or the session cookie), sign out, your own password'],
  [/^\/api\/openapi/, 'Reference', 'This document'],
  [/^\/api\/surveys\/:surveyId\/(report|crosstab|text-answers|status|reminders)/, 'Reports', 'The demand report from the counters, cross-tabulations, written answers and who has not answered'],
  [/^\/api\/(surveys\/:surveyId\/(responses|exports)|exports)/, 'Responses', 'Raw responses: the list, invalid responses (无效答卷), CSV and export jobs'],
  [/^\/api\/(templates|surveys\/:surveyId\/template$)/, 'Templates', 'The district’s saved survey templates (问卷模板): save, list, create from, rename, delete'],
  [/^\/api\/surveys/, 'Surveys', 'Create, edit while draft, publish, close, settings, access codes, QR codes'],
  [/^\/api\/catalogue/, 'Catalogue', 'Fronts, units, themes, topics and experts'],
  [/^\/api\/(accounts|audit)/, 'Accounts', 'Organizer accounts and the audit log (admins)'],
  [/^\/api\/(lectures|feedback-form|scorecards|programme|sign-in-settings|record-uploads|ledger|year-stats|year-record)/, 'Lectures', 'Lectures (宣讲场次), their feedback, sign-in (签到), records (台账), the ledger, scorecards, programme totals and the year’s statistics'],
  [/^\/api\/(people|study-)/, 'Study plan', 'The centre group’s annual study plan (年度学习计划): people of units, study sessions (events of kind study-session, signing in and keeping records through the lecture routes), the year’s plan view'],
  [/^\/api\/(units|unit-links|menus|requests)/, 'Programme', 'Unit links, menus (菜单) and the units’ requests (点单)'],
  [/^\/api\/(experts|expert-links)/, 'Experts', 'Expert links (专家专属链接), through which experts accept or decline their lectures (接单)'],
  [/^\/api\/(essay-calls|exchange-meetings)/, 'Essay calls', 'Essay calls (征文): states, essays with their units, blind reviews ranked by theme and front, and exchange meetings (交流会) as events'],
  [/^\/api\/notices/, 'Notices', 'Notices (通知) to the district’s group robots (WeCom, DingTalk, Feishu): what was sent, what failed, sending again'],
  [/^\/api\/briefings/, 'Briefings', 'Briefings (学习动态): write, publish on the public /news pages, withdraw'],
];

function tagOf(path: string): string {
  const tag = TAGS.find(([pattern]) => pattern.test(path));
  if (!tag) throw new Error(`No OpenAPI tag for ${path}: add one to TAGS`);
  return tag[1];
}

function operation(route: ApiDoc, access: Access): Json {
  const parameters = [...pathParameters(route), ...parametersOf(route.query, 'query'), { $ref: '#/components/parameters/lang' }];
  const responses = successResponses(route.response);
  for (const status of errorStatuses(route, access)) responses[status] = errorResponseRef(status);
  return {
    operationId: operationIdOf(route),
    summary: route.summary,
    tags: [tagOf(route.path)],
    ...(access === 'public' ? { security: [] } : {}),
    parameters,
    ...(route.body ? { requestBody: { required: !route.bodyOptional, content: { 'application/json': { schema: jsonSchema(route.body) } } } } : {}),
    ...(route.upload === 'file' ? { requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } } } : route.upload ? { requestBody: UPLOAD_BODY } : {}),
    responses,
    'x-access': access,
  };
}

/** Every `$ref` target reachable from a value. */
function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.add(item);
      else refsIn(item, found);
    }
  }
  return found;
}

/** Keeps the named schemas something refers to (directly or through another named schema). */
function usedSchemas(paths: Json, all: Record<string, Json>): Record<string, Json> {
  const prefix = '#/components/schemas/';
  const used = new Set<string>();
  const queue = [...refsIn(paths)];
  while (queue.length > 0) {
    const ref = queue.pop()!;
    if (!ref.startsWith(prefix)) continue;
    const name = ref.slice(prefix.length);
    if (used.has(name) || !all[name]) continue;
    used.add(name);
    queue.push(...refsIn(all[name]));
  }
  return Object.fromEntries(Object.entries(all).filter(([name]) => used.has(name)));
}

export function openApiDocument() {
  const routes: [ApiDoc, Access][] = [
    ...(ORGANIZER_ROUTES as readonly (ApiRouteSpec | { page: true })[]).flatMap((r): [ApiDoc, Access][] => (r.page ? [] : [[r as ApiRouteSpec, (r as ApiRouteSpec).access]])),
    ...PUBLIC_API_ROUTES.map((r): [ApiDoc, Access] => [r, 'public']),
  ];
  const paths: Record<string, Record<string, Json>> = {};
  const statuses = new Set<ErrorStatus>();
  for (const [route, access] of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route, access);
    for (const status of errorStatuses(route, access)) statuses.add(status);
  }
  const named = Object.fromEntries(
    Object.entries(toJsonSchemaDefs(NAMED, CONVERSION)).map(([name, schema]) => {
      const { $schema: _dialect, $defs: _defs, ...rest } = schema as Json;
      return [name, rest];
    }),
  );
  const responses = Object.fromEntries(
    [...statuses].sort().map((status) => {
      const [name, description] = ERROR_RESPONSES[status];
      // The error handler tells a client when to try again after a lockout or a busy store.
      const headers = status === 429 || status === 503 ? { headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } } } : {};
      return [name, { description, ...headers, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }];
    }),
  );
  const usedTags = new Set(Object.values(paths).flatMap((ops) => Object.values(ops).map((op) => (op.tags as string[])[0])));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Diancai (点菜) district API',
      version: '1',
      description:
        'A district’s API: the organizers’ (signed in) and the respondents’ (public). Every error has the shape {"error":{"code","message","issues?"}}. ' +
        'Sign in with POST /api/auth/login and send Authorization: Bearer <token>, or use the session cookie it sets (a change sent with the cookie needs a same-origin Origin header). ' +
        'Times are ISO instants unless a field says district time. A readable copy of this document is served at /admin/api.',
      license: { name: 'UNLICENSED', identifier: 'LicenseRef-Diancai-Proprietary' },
    },
    // Relative: the document is served by the district's own deployment, so its origin is the API's.
    servers: [{ url: '/', description: 'This district’s deployment (the origin serving this document)' }],
    security: [{ bearer: [] }, { cookie: [] }],
    tags: TAGS.filter(([, name]) => usedTags.has(name)).map(([, name, description]) => ({ name, description })),
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The token POST /api/auth/login returns' },
        cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The session cookie sign-in sets (browsers)' },
      },
      parameters: {
        lang: { name: 'lang', in: 'query', required: false, description: 'The language of messages (en; Chinese by default or from Accept-Language)', schema: { type: 'string', enum: ['zh', 'en'] } },
      },
      schemas: usedSchemas({ paths, responses }, named),
      responses,
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
