// 签到: one sign-in per phone at an event (a lecture today; a study session or an exchange meeting
// from issue 22). The phone keeps its `signInId` (a UUID), so a retry or a second tap is the same
// sign-in; what is asked (nothing, a name, a name and a unit) is the district's setting.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const SIGN_IN_ASKS = ['nothing', 'name', 'name-and-unit'] as const;
export type SignInAsk = (typeof SIGN_IN_ASKS)[number];

/** The district's sign-in setting (programme settings). */
export const SignInSettingsSchema = v.object({
  /** What the sign-in page asks: nothing (a head count), a name, or a name and a unit. */
  ask: v.picklist(SIGN_IN_ASKS),
  /**
   * For events with an attendee list (issue 22's study sessions): a person not on the list is refused,
   * or signed in as a guest (列席). Lectures have no list, so it does not apply to them.
   */
  unlisted: v.picklist(['refuse', 'guest']),
});
export type SignInSettings = v.InferOutput<typeof SignInSettingsSchema>;

export const DEFAULT_SIGN_IN_SETTINGS: SignInSettings = { ask: 'name-and-unit', unlisted: 'guest' };

/** POST /api/public/lectures/{eventId}/sign-ins. `unitName` is a unit typed by hand (其他单位), when it is none of the listed ones. */
export const SignInInputSchema = v.object({
  signInId: v.pipe(v.string(), v.uuid()),
  name: v.optional(text(40)),
  unitId: v.optional(IdSchema),
  unitName: v.optional(text(80)),
});
export type SignInInput = v.InferOutput<typeof SignInInputSchema>;

/** One stored sign-in. The unit's name is kept as it was, so the sheet reads no catalogue. */
export const StoredSignInSchema = v.object({
  eventId: IdSchema,
  signInId: v.pipe(v.string(), v.uuid()),
  /** When it arrived (an instant). */
  at: v.pipe(v.string(), v.isoTimestamp()),
  name: v.optional(v.string()),
  unitId: v.optional(IdSchema),
  unitName: v.optional(v.string()),
  /** Set by an attendee check (issue 22): the listed person this sign-in is, or a guest. */
  personId: v.optional(IdSchema),
  guest: v.optional(v.literal(true)),
});
export type StoredSignIn = v.InferOutput<typeof StoredSignInSchema>;

/** The counter sign-ins add to on the event's counter shards (the lecture's counters sum it as 签到人数). */
export const SIGN_IN_COUNTER = 'signIns';
