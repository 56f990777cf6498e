// The functions a district runs and the API routes each answers: read by the stack and by the route tests.
import type { SyntheticRequest } from '../functions/deploy-check/synthetic-request.js';
import { ORGANIZER_ROUTES } from '../functions/organizer/route-table.js';
import type { RecordsAccess } from './constructs/records-bucket.js';
import { collapseDashboardPagesIntoProxyRoutes, routeKeyOf } from './route-keys.js';

/** An HTTP API route key, as API Gateway spells it: `GET /s/{surveyId}`. */
export type RouteKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

/**
 * What a function may do with the district's table.
 * - `respondent`: read a survey, write a response and its counters (one transaction), read a replay;
 *   read a unit's page (its key, unit, front, the directory, menus, its request) and write menu requests.
 * - `readWrite`: everything an organizer does, on the table and its index; never a Scan.
 */
export type TableAccess = 'respondent' | 'readWrite';

export interface FunctionSpec {
  /** Construct id and the name alarms and outputs use. */
  id: string;
  /** `service` field of its log lines. */
  service: string;
  /** The module exporting `handler` (and `app`, which the route test reads), from the repo root. */
  entry: string;
  /**
   * The API Gateway route keys that reach the function, each one API Gateway route. A greedy key
   * (`GET /admin/{proxy+}`) stands for many app routes; the app keeps its own exact table.
   */
  routes: readonly RouteKey[];
  tableAccess: TableAccess;
  /** Gets SESSION_SECRET_ARN and may read that secret. */
  sessionSecret?: boolean;
  /** Gets EXPORT_BUCKET and may read and write objects in it (large CSV exports). */
  exportBucket?: boolean;
  /** Gets RECORDS_BUCKET and this access to its prefixes (infra/constructs/records-bucket.ts). */
  recordsBucket?: RecordsAccess;
  memoryMb?: number;
  /** Hands the notifier function new notices: may invoke it, and gets NOTIFIER_FUNCTION. */
  notifies?: boolean;
  /**
   * Answers API Gateway's `$default` route: every path no route names (`/`, `/favicon.ico`, a
   * trailing slash), so the gateway never answers with its own 404 outside the error shape.
   */
  defaultRoute?: boolean;
  /**
   * What CodeDeploy's pre-traffic hook asks a new version before any traffic shifts to it. Each must
   * exercise the code and the table through the function's own role, and store nothing.
   */
  syntheticRequests: readonly SyntheticRequest[];
}

/** A survey id no district uses: its reads and submissions reach the table and answer 404. */
const DEPLOY_CHECK_SURVEY = 'diancai-deploy-check';

export const respondentFunction: FunctionSpec = {
  id: 'Respondent',
  service: 'respondent',
  entry: 'functions/respondent/handler.ts',
  routes: [
    'GET /s/{surveyId}',
    'POST /s/{surveyId}',
    'GET /s/{surveyId}/done',
    'GET /api/public/surveys/{surveyId}',
    'POST /api/public/surveys/{surveyId}/responses',
    'GET /f/{lectureId}',
    'POST /f/{lectureId}',
    'GET /f/{lectureId}/done',
    'GET /api/public/lectures/{lectureId}/feedback-form',
    'POST /api/public/lectures/{lectureId}/feedback',
    'GET /u/{unitKey}',
    'GET /u/{unitKey}/menus/{menuId}',
    'POST /u/{unitKey}/menus/{menuId}',
    'GET /u/{unitKey}/menus/{menuId}/done',
    'GET /api/public/units/{unitKey}',
    'GET /api/public/menus/{menuId}',
    'PUT /api/public/units/{unitKey}/requests/{menuId}',
    'GET /news',
    'GET /news/{briefingId}',
    'GET /news/{briefingId}/photos/{photoId}',
    'GET /news/{briefingId}/briefing.docx',
    'GET /sign-in/{eventId}',
    'POST /sign-in/{eventId}',
    'GET /sign-in/{eventId}/done',
    'GET /api/public/lectures/{lectureId}/sign-in',
    'POST /api/public/lectures/{lectureId}/sign-ins',
    'GET /e/{expertKey}',
    'POST /e/{expertKey}/lectures/{lectureId}/accept',
    'POST /e/{expertKey}/lectures/{lectureId}/decline',
    'GET /api/public/experts/{expertKey}',
    'POST /api/public/experts/{expertKey}/lectures/{lectureId}/accept',
    'POST /api/public/experts/{expertKey}/lectures/{lectureId}/decline',
    'GET /u/{unitKey}/essay-calls/{callId}',
    'POST /u/{unitKey}/essay-calls/{callId}',
    // The essay's file: in AWS the browser posts it straight to S3 (presigned POST); the two upload
    // routes below take the bytes only in a local run and answer 404 here.
    'POST /u/{unitKey}/essay-calls/{callId}/upload',
    'GET /api/public/units/{unitKey}/essay-calls',
    'PUT /api/public/units/{unitKey}/essay-calls/{callId}/essay',
    'POST /api/public/units/{unitKey}/essay-calls/{callId}/uploads',
    'PUT /api/public/units/{unitKey}/essay-calls/{callId}/uploads/{uploadId}',
    'GET /e/{expertKey}/essay-calls/{callId}/essays/{essayId}',
    'GET /e/{expertKey}/essay-calls/{callId}/essays/{essayId}/file',
    'POST /e/{expertKey}/essay-calls/{callId}/essays/{essayId}/review',
    'GET /api/public/experts/{expertKey}/essay-calls',
    'GET /api/public/experts/{expertKey}/essay-calls/{callId}/essays/{essayId}',
    'POST /api/public/experts/{expertKey}/essay-calls/{callId}/essays/{essayId}/review',
  ],
  tableAccess: 'respondent',
  // Units upload essay files (征文) through their link; the records themselves stay out of its reach.
  recordsBucket: 'essays',
  memoryMb: 512,
  syntheticRequests: [
    {
      name: 'public survey read',
      method: 'GET',
      path: `/api/public/surveys/${DEPLOY_CHECK_SURVEY}`,
      routeKey: 'GET /api/public/surveys/{surveyId}',
      pathParameters: { surveyId: DEPLOY_CHECK_SURVEY },
      expect: { status: 404, errorCode: 'survey_not_found' },
    },
    {
      // A dry run: the body is a valid submission, the survey does not exist, so the whole path to the
      // table's survey read runs and nothing is written.
      name: 'submission (dry run: unknown survey, nothing stored)',
      method: 'POST',
      path: `/api/public/surveys/${DEPLOY_CHECK_SURVEY}/responses`,
      routeKey: 'POST /api/public/surveys/{surveyId}/responses',
      pathParameters: { surveyId: DEPLOY_CHECK_SURVEY },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ submissionId: '00000000-0000-4000-8000-000000000000', answers: {} }),
      expect: { status: 404, errorCode: 'survey_not_found' },
    },
    {
      name: 'survey page',
      method: 'GET',
      path: `/s/${DEPLOY_CHECK_SURVEY}`,
      routeKey: 'GET /s/{surveyId}',
      pathParameters: { surveyId: DEPLOY_CHECK_SURVEY },
      headers: { accept: 'text/html' },
      expect: { status: 404, html: true },
    },
  ],
};

// The organizer app keeps its own route table (it registers from it); the API routes are read from it,
// its dashboard pages collapsed into one greedy route per method (route-keys.ts says why).
export const organizerFunction: FunctionSpec = {
  id: 'Organizer',
  service: 'organizer',
  entry: 'functions/organizer/handler.ts',
  routes: collapseDashboardPagesIntoProxyRoutes(ORGANIZER_ROUTES.map(routeKeyOf)),
  tableAccess: 'readWrite',
  sessionSecret: true,
  exportBucket: true,
  recordsBucket: 'organizer',
  notifies: true,
  memoryMb: 1024,
  defaultRoute: true,
  syntheticRequests: [
    // The sign-in page renders with the session key read from Secrets Manager at start-up.
    { name: 'sign-in page', method: 'GET', path: '/admin/login', routeKey: 'GET /admin/{proxy+}', pathParameters: { proxy: 'login' }, headers: { accept: 'text/html' }, expect: { status: 200, html: true } },
    { name: 'API without a session', method: 'GET', path: '/api/surveys', routeKey: 'GET /api/surveys', expect: { status: 401, errorCode: 'unauthenticated' } },
    { name: 'unknown path (the $default route)', method: 'GET', path: '/diancai-deploy-check', routeKey: '$default', headers: { accept: 'text/html' }, expect: { status: 404, html: true } },
  ],
};

/** Where the organizer app serves the dashboard, for the stack's DashboardUrl output. */
export const dashboardPath = '/admin';

/** Every function a district runs. */
export function functionSpecs(): FunctionSpec[] {
  return [respondentFunction, organizerFunction];
}
