// What the notifier function is asked to do: send one notice, tell the organizers of an expert's
// decline (the respondent function cannot write notices), or run its schedule.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { assignmentOf } from '../lectures/lecture-schema.js';
import type { LectureRepository } from '../lectures/lecture-store.js';
import { expertDeclinedNotice, type NoticeContext } from './notice-text.js';
import type { NoticeDraft } from './notice-schema.js';

export const NotifierEventSchema = v.union([v.object({ noticeId: IdSchema }), v.object({ expertDeclined: IdSchema }), v.object({ sweep: v.literal(true) })]);
export type NotifierEvent = v.InferOutput<typeof NotifierEventSchema>;

/**
 * The decline notice of a lecture, read from the lecture itself (never from what the caller says): only
 * a lecture its expert has declined gets one.
 */
export async function declinedDraft(lectures: Pick<LectureRepository, 'get'>, lectureId: string, context: NoticeContext): Promise<NoticeDraft | undefined> {
  const lecture = await lectures.get(lectureId);
  return lecture && lecture.status === 'scheduled' && assignmentOf(lecture) === 'declined' ? expertDeclinedNotice(lecture, context) : undefined;
}
