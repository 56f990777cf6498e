// What a JSON route declares about itself beside its handler: the parts OpenAPI documents (its path and
// query parameters, body, successful answer and the error statuses it can give). The organizer route
// table and the respondent's public route list both use it, so one generator documents both apps.
import type * as v from 'valibot';
import type { ErrorStatus } from '../../shared/errors.js';

/** Path or query parameters as one valibot object: each entry one parameter, optional when it may be left out. */
export type ParamsSchema = v.ObjectSchema<v.ObjectEntries, undefined>;

/** A route's successful answer: JSON with its schema, a CSV, SVG or PNG file, or nothing (204). */
export type SuccessDoc =
  | { status: 200 | 201 | 202; json: v.GenericSchema; also?: { status: 200 | 303; json: v.GenericSchema; description: string } }
  | { status: 200; file: 'csv' | 'svg' | 'png' | 'xlsx' | 'binary'; also?: { status: 303; json: v.GenericSchema; description: string } }
  | { status: 204 };

export interface ApiDoc {
  method: 'GET' | 'POST' | 'PUT';
  /** Hono path syntax (`:param`). */
  path: string;
  summary: string;
  /** JSON body schema; the validator middleware checks the body with it (400 naming the fields). */
  body?: v.GenericSchema;
  /**
   * The domain checks this body against its rules (a survey definition, a menu, a catalogue record, the
   * feedback form) and answers 422 with each problem in the caller's language; the middleware only reads
   * the JSON, and `body` documents it.
   */
  domainChecksBody?: true;
  /** The body is a file as it is (an .xlsx or CSV upload; `file`: any file, a record's photo or document), not JSON. */
  upload?: true | 'file';
  /** The body may be left out (an empty POST means "the defaults"). */
  bodyOptional?: true;
  /** Path parameters whose values are more than an id (an enum); the rest are documented as strings. */
  params?: ParamsSchema;
  /** Query parameters the handler reads. */
  query?: ParamsSchema;
  response: SuccessDoc;
  /**
   * Statuses the handler itself can answer beyond those that follow from its access level, body and path
   * parameters (see openapi-document.ts): a conflict (409), a closed or full survey (410), a lockout (429).
   */
  errors?: readonly ErrorStatus[];
}

export const json = (schema: v.GenericSchema, status: 200 | 201 | 202 = 200) => ({ status, json: schema }) as const;
export const csvFile = { status: 200, file: 'csv' } as const;
export const svgFile = { status: 200, file: 'svg' } as const;
export const pngFile = { status: 200, file: 'png' } as const;
export const xlsxFile = { status: 200, file: 'xlsx' } as const;
/** A stored file of its own type (a record's photo or document). */
export const binaryFile = { status: 200, file: 'binary' } as const;
export const noContent = { status: 204 } as const;
