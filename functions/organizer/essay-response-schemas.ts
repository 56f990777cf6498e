// What the essay-call (征文) and exchange-meeting routes answer, for OpenAPI and the response checks.
import * as v from 'valibot';
import { ESSAY_CALL_STATES } from '../../shared/essays/essay-schema.js';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const districtTime = v.pipe(v.string(), v.description('District time, YYYY-MM-DD HH:mm'));

export const EssayCallView = v.object({
  callId: v.string(),
  title: v.string(),
  themes: v.array(v.object({ themeId: v.string(), name: v.string() })),
  deadline: districtTime,
  rules: v.string(),
  state: v.pipe(v.picklist(ESSAY_CALL_STATES), v.description('draft (草稿), open (征集中), closed (评审中), published (已公布结果)')),
  createdAt: districtTime,
});
export const EssayCallList = v.object({ calls: v.array(v.object({ ...EssayCallView.entries, essays: v.optional(count) })) });
export const EssayCallAnswer = v.object({ call: EssayCallView });

const RankedEssay = v.object({
  essayId: v.string(),
  title: v.string(),
  unitId: v.string(),
  unitName: v.string(),
  front: v.string(),
  themeId: v.string(),
  reviews: count,
  meanScore: v.optional(v.pipe(v.string(), v.description('Mean score to two decimals, absent with no review'))),
  rank: v.optional(count),
});
export const EssayRankingsView = v.object({
  overall: v.array(RankedEssay),
  byTheme: v.array(v.object({ themeId: v.string(), themeName: v.string(), essays: v.array(RankedEssay) })),
  byFront: v.array(v.object({ front: v.string(), frontName: v.string(), essays: v.array(RankedEssay) })),
});
export const EssayCallDetail = v.object({
  call: EssayCallView,
  essays: v.array(v.object({ essayId: v.string(), unitId: v.string(), unitName: v.string(), front: v.string(), themeId: v.string(), title: v.string(), authors: v.string(), text: v.string(), file: v.optional(v.object({ format: v.picklist(['pdf', 'docx']), bytes: count, name: v.optional(v.string()), url: v.string() })), version: count, updatedAt: districtTime })),
  rankings: EssayRankingsView,
  meetings: v.array(v.object({ eventId: v.string(), title: v.string(), startsAt: districtTime, place: v.string(), status: v.string() })),
});
export const ExchangeMeetingAnswer = v.object({
  eventId: v.string(),
  kind: v.literal('exchange-meeting'),
  status: v.picklist(['scheduled', 'delivered', 'cancelled']),
  /** Name it in a change (PUT): a change made on another version is refused with 409 meeting_edit_conflict. */
  version: v.number(),
  title: v.string(),
  startsAt: districtTime,
  endsAt: districtTime,
  durationMinutes: v.number(),
  place: v.string(),
  themeId: v.string(),
  theme: v.string(),
  frontId: v.string(),
  front: v.string(),
  attendance: v.optional(v.number()),
  cancelReason: v.optional(v.string()),
  presentations: v.array(v.object({ essayId: v.string(), unitId: v.string(), unitName: v.string(), title: v.string() })),
  experts: v.array(v.object({ expertId: v.string(), name: v.string() })),
  signInUrl: v.string(),
  feedbackUrl: v.string(),
});
