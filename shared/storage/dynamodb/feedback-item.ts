// The feedback item: one attendee's feedback on one lecture, keyed by its submission (the exactly-once
// guard) and indexed by arrival time. Built here and read back through the feedback's own schema.
import { StoredFeedbackSchema, type StoredFeedback } from '../../lectures/lecture-store.js';
import { keys } from '../keys.js';
import { readItem } from './read-item.js';

export function feedbackItem(feedback: StoredFeedback): Record<string, unknown> {
  return {
    ...keys.feedbackBySubmission(feedback.lectureId, feedback.submissionId),
    ...keys.feedbackByTime(feedback.lectureId, feedback.submittedAt, feedback.responseId),
    type: 'feedback',
    ...feedback,
  };
}

export function readFeedback(item: Record<string, unknown>): StoredFeedback {
  return readItem(StoredFeedbackSchema, item, 'feedback');
}
