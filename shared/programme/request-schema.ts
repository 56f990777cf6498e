// A unit's request (申报 / 点单) from a menu: the body units send, and the versions kept of it.
import * as v from 'valibot';
import { SubmissionIdSchema } from '../responses/submission-schema.js';
import { ID_PATTERN, IdSchema } from '../kernel/ids.js';

/**
 * The contract's PUT body. Only the shape is checked here (400 when it is not even a request);
 * whether the picks fit the menu and the audience is a positive integer is the menu's business (422).
 */
export const RequestInputSchema = v.object({
  // One id whatever its letter case, as for responses: an upper-case retry is the same submission.
  submissionId: SubmissionIdSchema,
  picks: v.pipe(v.array(v.object({ topicId: IdSchema, expertId: v.optional(IdSchema) })), v.maxLength(50)),
  audience: v.unknown(),
  contact: v.object({ name: v.unknown(), phone: v.unknown() }),
  format: v.optional(v.unknown()),
  manner: v.optional(v.unknown()),
  /** Time-slot ids of the weekday x time-of-day grid (`mon-am`…), as the needs survey asks them. */
  preferredTimes: v.optional(v.unknown()),
  note: v.optional(v.unknown()),
});
export type RequestInput = v.InferOutput<typeof RequestInputSchema>;

export const REQUEST_STATUSES = ['submitted', 'scheduled', 'declined', 'delivered'] as const;
export const RequestStatusSchema = v.picklist(REQUEST_STATUSES);
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const PickSchema = v.object({ topicId: IdSchema, expertId: v.optional(IdSchema) });
export type Pick = v.InferOutput<typeof PickSchema>;

/** One version of a request, as stored: every field already checked against the menu. */
export const RequestVersionSchema = v.object({
  requestId: v.string(),
  menuId: IdSchema,
  unitId: IdSchema,
  version: v.number(),
  submissionId: v.string(),
  submittedAt: v.string(),
  picks: v.array(PickSchema),
  audience: v.number(),
  contact: v.object({ name: v.string(), phone: v.string() }),
  format: v.optional(v.string()),
  manner: v.optional(v.string()),
  preferredTimes: v.optional(v.array(v.string())),
  note: v.optional(v.string()),
});
export type RequestVersion = v.InferOutput<typeof RequestVersionSchema>;

/** The current request of a unit: its latest version and where the organizers have taken it. */
export const CurrentRequestSchema = v.object({
  ...RequestVersionSchema.entries,
  status: RequestStatusSchema,
  statusReason: v.optional(v.string()),
  statusAt: v.optional(v.string()),
});
export type CurrentRequest = v.InferOutput<typeof CurrentRequestSchema>;

/** A request is one unit's order from one menu, so its id names both (`menuId~unitId`: `~` is never in an id). */
export function requestIdOf(menuId: string, unitId: string): string {
  return `${menuId}~${unitId}`;
}

/** A request id as lectures carry it (`menuId~unitId`, both ids); a pattern, so OpenAPI shows it. */
export const RequestIdSchema = v.pipe(v.string(), v.regex(new RegExp(`^${ID_PATTERN.source.slice(1, -1)}~${ID_PATTERN.source.slice(1, -1)}$`), 'invalid_request_id'));

export function parseRequestId(requestId: string): { menuId: string; unitId: string } | undefined {
  const [menuId, unitId, ...rest] = requestId.split('~');
  if (rest.length > 0 || !menuId || !unitId || !v.is(IdSchema, menuId) || !v.is(IdSchema, unitId)) return undefined;
  return { menuId, unitId };
}
