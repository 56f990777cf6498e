// The organizers' decisions on a request: schedule, decline (with a reason), mark delivered, reopen.
import * as v from 'valibot';
import type { Clock } from '../kernel/clock.js';
import { InvalidInputError, RecordNotFoundError } from '../errors.js';
import type { RequestRepository } from './request-store.js';
import { parseRequestId, RequestStatusSchema, type CurrentRequest } from './request-schema.js';

export const RequestStatusChangeSchema = v.object({
  status: RequestStatusSchema,
  /** Required to decline: the unit reads it on its page. */
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500))),
});
export type RequestStatusChange = v.InferOutput<typeof RequestStatusChangeSchema>;

export function requestKey(requestId: string): { menuId: string; unitId: string } {
  const parts = parseRequestId(requestId);
  if (!parts) throw new RecordNotFoundError('request', requestId.slice(0, 140));
  return parts;
}

export async function setRequestStatus(deps: { requests: RequestRepository; clock: Clock }, requestId: string, change: RequestStatusChange): Promise<CurrentRequest> {
  const { menuId, unitId } = requestKey(requestId);
  const reason = change.reason?.trim() || undefined;
  if (change.status === 'declined' && !reason) throw new InvalidInputError([{ field: 'reason', message: 'A declined request needs a reason the unit can read', zh: '婉拒点单须写明理由，单位会看到。' }]);
  return deps.requests.setStatus(menuId, unitId, { status: change.status, ...(reason ? { reason } : {}), at: deps.clock.now().toISOString() });
}
