// An attendee's feedback on a lecture: the same guarantees as a survey response (validated, stored
// exactly once, counted in the same transaction), within the lecture's feedback window.
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { FeedbackClosedError, FeedbackNotOpenError, InvalidAnswersError, LectureNotFoundError } from '../errors.js';
import { loadEvent, type EventReader, type EventSummary } from '../events/event.js';
import { replayOr } from '../responses/replay.js';
import type { Submission } from '../responses/submission-schema.js';
import type { FeedbackFormRepository, FeedbackRepository, LectureRepository, RepeatFeedback, ReplacedFeedback } from './lecture-store.js';
import type { SubmitOutcome } from '../responses/response-store.js';
import type { Survey } from '../survey/survey-schema.js';
import { validateAnswers } from '../survey/validate-answers.js';
import { feedbackDeltas, suggestionsOf } from './feedback-counters.js';
import { feedbackFormVersion } from './feedback-form.js';
import type { Lecture } from './lecture-schema.js';

export interface FeedbackDeps {
  lectures: LectureRepository;
  feedback: FeedbackRepository;
  feedbackForms: FeedbackFormRepository;
  clock: Clock;
  newId: IdGenerator;
}

/** What the feedback window reads of an event (a lecture or an exchange meeting). */
type Timed = Pick<Lecture, 'id' | 'status' | 'startsAt' | 'endsAt'>;

/** An event whose attendees give feedback: it names the form version they answer. */
export type FeedbackEvent = EventSummary & { formVersion: number };

/** When feedback on a lecture closes: the configured number of days after it ends. */
export function feedbackClosesAt(lecture: Pick<Lecture, 'endsAt'>, windowDays: number): Date {
  return new Date(Date.parse(lecture.endsAt) + windowDays * 86_400_000);
}

/** Why feedback cannot be given now, or undefined when it can. */
export function feedbackWindowError(lecture: Timed, windowDays: number, now: Date): Error | undefined {
  if (lecture.status === 'cancelled') return new FeedbackClosedError(lecture.id, 'cancelled');
  if (now.getTime() < Date.parse(lecture.startsAt)) return new FeedbackNotOpenError(lecture.id, lecture.startsAt);
  if (now.getTime() >= feedbackClosesAt(lecture, windowDays).getTime()) return new FeedbackClosedError(lecture.id, 'window_closed');
  return undefined;
}

export interface OpenFeedback {
  /** The event (a lecture or an exchange meeting), read through loadEvent whatever its kind. */
  lecture: FeedbackEvent;
  /** The lecture's feedback form, as a published survey whose id is the lecture's (drafts and outboxes are per lecture). */
  form: Survey;
  closesAt: string;
}

/** Feedback reads its event through the one event read, so an exchange meeting takes feedback as a lecture does. */
export type FeedbackEventDeps = { events: EventReader };

/** The event's form as attendees may open it now; throws 404 / 403 / 410 errors otherwise (404 for a kind without feedback). */
export async function openFeedback(deps: Pick<FeedbackDeps, 'feedbackForms' | 'clock'> & FeedbackEventDeps, lectureId: string): Promise<OpenFeedback> {
  const event = await loadEvent(deps.events, lectureId);
  if (event.formVersion === undefined) throw new LectureNotFoundError(lectureId);
  const lecture: FeedbackEvent = { ...event, formVersion: event.formVersion };
  const [form, state] = await Promise.all([feedbackFormVersion(deps.feedbackForms, lecture.formVersion), deps.feedbackForms.state()]);
  const error = feedbackWindowError(lecture, state.windowDays, deps.clock.now());
  if (error) throw error;
  return { lecture, form: { ...form, id: lecture.id }, closesAt: feedbackClosesAt(lecture, state.windowDays).toISOString() };
}

/** A replay of a stored submission answers with the first result, even after the window closed. */
export async function submitFeedback(deps: FeedbackDeps & FeedbackEventDeps, lectureId: string, submission: Submission): Promise<SubmitOutcome> {
  const replay = replayOr(() => deps.feedback.findBySubmission(lectureId, submission.submissionId));
  let open: OpenFeedback;
  try {
    open = await openFeedback(deps, lectureId);
  } catch (error) {
    if (error instanceof FeedbackClosedError || error instanceof FeedbackNotOpenError) return replay(error);
    throw error;
  }
  const validation = validateAnswers(open.form, submission.answers);
  if (!validation.ok) return replay(new InvalidAnswersError(validation.issues));
  const deviceId = submission.deviceId;
  return deps.feedback.submit(
    {
      lectureId,
      responseId: deps.newId(),
      submissionId: submission.submissionId,
      submittedAt: deps.clock.now().toISOString(),
      formVersion: open.lecture.formVersion,
      answers: validation.answers,
      ...(deviceId ? { deviceId } : {}),
    },
    feedbackDeltas(open.form, validation.answers),
    suggestionsOf(open.form, validation.answers),
    deviceId ? await phoneRule(deps, lectureId, deviceId, submission.submissionId) : undefined,
  );
}

/**
 * One feedback per phone: the district's rule for a repeat, and under 'replace' the phone's earlier
 * feedback with the deltas it added (from the form version it answered), to be taken out.
 */
async function phoneRule(deps: FeedbackDeps, lectureId: string, deviceId: string, submissionId: string): Promise<{ repeat: RepeatFeedback; replacing?: ReplacedFeedback }> {
  const { repeatFeedback: repeat } = await deps.feedbackForms.state();
  if (repeat !== 'replace') return { repeat };
  const previous = await deps.feedback.byDevice(lectureId, deviceId);
  if (!previous || previous === submissionId) return { repeat };
  const old = await deps.feedback.findBySubmission(lectureId, previous);
  if (!old || old.replacedBy) return { repeat };
  const form = await feedbackFormVersion(deps.feedbackForms, old.formVersion);
  return { repeat, replacing: { feedback: old, deltas: feedbackDeltas(form, old.answers) } };
}
