// The access code item: one per code under its survey, its code in the sort key; marked used (with the
// submission that used it) in the response's transaction. Built here and read back through its schema.
import * as v from 'valibot';
import { AccessCodeSchema, type AccessCode } from '../../survey-admin/survey-admin-store.js';
import { idFromSortKey, keys } from '../keys.js';
import { readItem } from './read-item.js';

const AccessCodeItemSchema = v.pipe(
  v.object({ sk: v.string(), unitId: v.string(), createdAt: v.string(), usedAt: v.optional(v.string()) }),
  v.transform(({ sk, ...code }) => ({ code: idFromSortKey(sk), ...code })),
  AccessCodeSchema,
);

/** A new code's item: unused (usedAt is set only by a response). */
export function accessCodeItem(surveyId: string, code: AccessCode): Record<string, unknown> {
  return { ...keys.accessCode(surveyId, code.code), type: 'access-code', unitId: code.unitId, createdAt: code.createdAt };
}

export function readAccessCode(item: Record<string, unknown>): AccessCode {
  return readItem(AccessCodeItemSchema, item, 'access-code');
}
