// Identifier rules shared by surveys, questions, options and units. Ids end up in
// DynamoDB keys, counter attribute names, URLs and HTML ids, so they are kept to a safe alphabet.
import * as v from 'valibot';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'invalid_id'));

/** True when a value can be used as an id (same rule as {@link IdSchema}). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** The option id a write-in answer uses in place of a listed option. */
export const OTHER_OPTION_ID = 'other';

const UuidSchema = v.pipe(v.string(), v.uuid());

/** True when a value is a UUID (a submission id, a response id, a receipt taken from a link). */
export function isUuid(value: unknown): value is string {
  return v.is(UuidSchema, value);
}
