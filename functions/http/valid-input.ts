// Validator middleware for a route's JSON body and query, from the schemas its route table names: the
// handler reads `c.req.valid('json')` / `c.req.valid('query')`. Hono's own `validator('json')` (and the
// valibot validators built on it) read a body only when it is labelled application/json, and refuse an
// empty one; the public contract takes any JSON body whatever its label (curl, a form's script) and
// reads an empty optional body as `{}`: so the body is read here as it always was, and handed on
// through hono's validated-data slot all the same.
import type { Context, MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { InvalidReportFilterError } from '../../shared/errors.js';
import { parseBody, readJson, readOptionalJson } from './json-body.js';

/**
 * The body as JSON (400 malformed_body when it is not), checked with `schema` when given (400 with the
 * fields named, never echoing the input); without a schema the domain checks it (422 with each problem).
 */
export function validJson<S extends v.GenericSchema>(schema: S | undefined, options: { optional?: boolean } = {}): MiddlewareHandler<any, string, { in: { json: v.InferInput<S> }; out: { json: v.InferOutput<S> } }> {
  return async function validJsonBody(c, next) {
    const body = options.optional ? await readOptionalJson(c) : await readJson(c);
    c.req.addValidatedData('json', schema ? (parseBody(schema, body) as object) : (body as object));
    await next();
  };
}

/**
 * The query's parameters (the first value of each, as `c.req.query(name)` reads them) checked with
 * `schema`: a value that does not fit is a 422 naming the parameter with the schema's own message.
 * Pages call it themselves (a page's helper also draws refused forms, posted without a query).
 */
export function parseQuery<S extends v.GenericSchema>(schema: S, c: Context): v.InferOutput<S> {
  const result = v.safeParse(schema, c.req.query());
  if (result.success) return result.output;
  throw new InvalidReportFilterError(result.issues.slice(0, 20).map((issue) => ({ field: (v.getDotPath(issue) ?? '').slice(0, 100), message: issue.message.slice(0, 200) })));
}

export function validQuery(schema: v.GenericSchema): MiddlewareHandler {
  return async function validQueryParameters(c, next) {
    c.req.addValidatedData('query', parseQuery(schema, c) as object);
    await next();
  };
}
