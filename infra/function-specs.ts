// The functions a district runs and the API routes each answers: read by the stack and by the route tests.
import { existsSync } from 'node:fs';
import { repoRoot } from './bundling.js';

/** An HTTP API route key, as API Gateway spells it: `GET /s/{surveyId}`. */
export type RouteKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

/**
 * What a function may do with the district's table.
 * - `respondent`: read a survey, write a response and its counters (one transaction), read a replay.
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
  ],
  tableAccess: 'respondent',
  memoryMb: 512,
};

// ORGANIZER: being written in parallel. When functions/organizer/handler.ts exists it is deployed
// with these settings; its route keys must then list every route of its Hono app (the route test
// fails until they do). The dashboard is served by the organizer app under `dashboardPath`.
export const organizerFunction: FunctionSpec = {
  id: 'Organizer',
  service: 'organizer',
  entry: 'functions/organizer/handler.ts',
  routes: [
    'POST /api/auth/login',
    'GET /api/surveys/{surveyId}/report',
    'GET /api/surveys/{surveyId}/report.csv',
    'GET /api/surveys/{surveyId}/responses.csv',
    'GET /api/surveys/{surveyId}/crosstab.csv',
  ],
  tableAccess: 'readWrite',
  sessionSecret: true,
  exportBucket: true,
  memoryMb: 1024,
};

/** Where the organizer app serves the dashboard, for the stack's DashboardUrl output. */
export const dashboardPath = '/admin';

/** The functions whose code exists today: a spec whose entry is missing is skipped, not half-deployed. */
export function functionSpecs(root: string = repoRoot): FunctionSpec[] {
  return [respondentFunction, organizerFunction].filter((spec) => existsSync(`${root}${spec.entry}`));
}
