// The functions a district runs and the API routes each answers: read by the stack and by the route tests.
import { ORGANIZER_ROUTES } from '../functions/organizer/route-table.js';
import { routeKeyOf } from './route-keys.js';

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
  routes: readonly RouteKey[];
  tableAccess: TableAccess;
  /** Gets SESSION_SECRET_ARN and may read that secret. */
  sessionSecret?: boolean;
  /** Gets EXPORT_BUCKET and may read and write objects in it (large CSV exports). */
  exportBucket?: boolean;
  memoryMb?: number;
  /**
   * Answers API Gateway's `$default` route: every path no route names (`/`, `/favicon.ico`, a
   * trailing slash), so the gateway never answers with its own 404 outside the error shape.
   */
  defaultRoute?: boolean;
}

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
  ],
  tableAccess: 'respondent',
  memoryMb: 512,
};

// The organizer app keeps its own route table (it registers from it); the API routes are read from it.
export const organizerFunction: FunctionSpec = {
  id: 'Organizer',
  service: 'organizer',
  entry: 'functions/organizer/handler.ts',
  routes: ORGANIZER_ROUTES.map(routeKeyOf),
  tableAccess: 'readWrite',
  sessionSecret: true,
  exportBucket: true,
  memoryMb: 1024,
  defaultRoute: true,
};

/** Where the organizer app serves the dashboard, for the stack's DashboardUrl output. */
export const dashboardPath = '/admin';

/** Every function a district runs. */
export function functionSpecs(): FunctionSpec[] {
  return [respondentFunction, organizerFunction];
}
