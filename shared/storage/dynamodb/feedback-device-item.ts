// The phone's item on a lecture (one feedback per phone): which submission the phone's feedback is.
import * as v from 'valibot';
import { keys } from '../keys.js';
import { readItem } from './read-item.js';

const FeedbackDeviceSchema = v.object({ submissionId: v.string() });

export function feedbackDeviceItem(lectureId: string, deviceId: string, submissionId: string): Record<string, unknown> {
  return { ...keys.feedbackByDevice(lectureId, deviceId), type: 'feedback-device', lectureId, submissionId };
}

/** The submission id of the phone's feedback. */
export function readFeedbackDevice(item: Record<string, unknown>): string {
  return readItem(FeedbackDeviceSchema, item, 'feedback-device').submissionId;
}
