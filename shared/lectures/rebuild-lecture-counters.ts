// Recounts a lecture's counters from its stored feedback (the source of truth), page by page, lists
// every difference from the live (shard-summed) counters, and optionally writes the recount.
import { LectureNotFoundError } from '../errors.js';
import { counterDifferences, type CounterDifference } from '../report/recount.js';
import type { FeedbackFormRepository, FeedbackRepository, LectureRepository } from './lecture-store.js';
import type { Survey } from '../survey/survey-schema.js';
import type { SignInRepository } from '../sign-in/sign-in-store.js';
import { addCounters, feedbackDeltas, SIGN_IN_COUNTER_NAME, type LectureCounters } from './feedback-counters.js';
import { feedbackFormVersion } from './feedback-form.js';

export interface LectureRebuildDeps {
  lectures: LectureRepository;
  feedback: FeedbackRepository;
  feedbackForms: FeedbackFormRepository;
  /** Sign-ins count on the same shards: a recount that left them out would wipe the 签到人数. */
  signIns: SignInRepository;
}

export interface LectureRebuildResult {
  lectureId: string;
  feedback: number;
  /** `unitId` holds the lecture id: one "unit" of counters per lecture. */
  differences: CounterDifference[];
  written: boolean;
}

/** Run with no feedback in flight when writing: one arriving between the read and the write would be counted by neither. */
export async function rebuildLectureCounters(deps: LectureRebuildDeps, lectureId: string, options: { write?: boolean } = {}): Promise<LectureRebuildResult> {
  const lecture = await deps.lectures.get(lectureId);
  if (!lecture) throw new LectureNotFoundError(lectureId);
  const forms = new Map<number, Survey>();
  const recounted: LectureCounters = {};
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.feedback.list(lectureId, { limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const item of page.items) {
      // A feedback replaced by a later one from the same phone counts nowhere, as the live counters left it.
      if (item.replacedBy) continue;
      let form = forms.get(item.formVersion);
      if (!form) forms.set(item.formVersion, (form = await feedbackFormVersion(deps.feedbackForms, item.formVersion)));
      addCounters(recounted, feedbackDeltas(form, item.answers));
    }
    count += page.items.filter((item) => !item.replacedBy).length;
    cursor = page.cursor;
  } while (cursor);
  let signIns = 0;
  do {
    const page = await deps.signIns.list(lectureId, { limit: 1000, ...(cursor ? { cursor } : {}) });
    signIns += page.items.length;
    cursor = page.cursor;
  } while (cursor);
  if (signIns > 0) addCounters(recounted, { [SIGN_IN_COUNTER_NAME]: signIns });
  // Both sides exact (decimal text): a live total past 2^53 is compared, and written back, digit for digit.
  const live = (await deps.lectures.counters([lectureId])).get(lectureId) ?? {};
  const differences = counterDifferences([{ unitId: lectureId, counters: live }], new Map([[lectureId, recounted]]));
  const written = options.write === true && differences.length > 0;
  if (written) await deps.lectures.replaceCounters(lectureId, recounted);
  return { lectureId, feedback: count, differences, written };
}

/**
 * Every lecture starting in the range, one after another. Writing also lists each lecture under its
 * host units again (idempotent), for tables whose lectures were booked before units had lists.
 */
export async function rebuildAllLectureCounters(deps: LectureRebuildDeps, range: { from: string; to: string }, options: { write?: boolean } = {}): Promise<LectureRebuildResult[]> {
  const results: LectureRebuildResult[] = [];
  const lectures = await deps.lectures.listByStart(range.from, range.to);
  for (const lecture of lectures) results.push(await rebuildLectureCounters(deps, lecture.id, options));
  if (options.write) await deps.lectures.listUnderUnits(lectures);
  return results;
}
