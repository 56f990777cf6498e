// A signed-in session as stored: the vocabulary the session repository reads back with, so an item
// written by an older version (or damaged) is a signed-out visitor, never a half-read session.
import * as v from 'valibot';
import { RoleSchema } from './account-schema.js';

export const SessionSchema = v.object({
  id: v.string(),
  email: v.string(),
  role: RoleSchema,
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  expiresAt: v.pipe(v.string(), v.isoTimestamp()),
  /** The account's session epoch when this session began (absent: 0). */
  epoch: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** The account's fronts, read with the account on every request: a limit applies at once. */
  fronts: v.optional(v.array(v.string())),
});

export type Session = v.InferOutput<typeof SessionSchema>;
