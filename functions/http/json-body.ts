// Reads a JSON body and parses it with a schema, answering bad bodies in the error shape.
import type { Context } from 'hono';
import * as v from 'valibot';
import { ApiError } from './api-error.js';

/** Parses the body as JSON; anything that is not JSON is a 400, never a 500. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'malformed_body');
  }
}

/** A body that may be left out (copy, create from a template): none at all reads as `{}`. */
export async function readOptionalJson(c: Context): Promise<unknown> {
  return (await c.req.text()).trim() === '' ? {} : readJson(c);
}

/** Validates a parsed body; the issues name fields but never echo the input back. */
export function parseBody<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  // Messages are built from what was expected, never from what was received.
  const issues = result.issues.slice(0, 20).map((issue) => ({
    field: (v.getDotPath(issue) ?? '').slice(0, 100),
    message: issue.type === 'custom' || issue.type === 'uuid' ? issue.message : `Expected ${issue.expected ?? 'a valid value'}`.slice(0, 200),
  }));
  throw new ApiError(400, 'malformed_body', issues);
}
