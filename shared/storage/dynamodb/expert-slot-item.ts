// An expert's booked time: one item per lecture under the expert, sorted by start, so a booking reads
// only the slots that could overlap. Built here and read back through its schema.
import * as v from 'valibot';
import type { Lecture } from '../../lectures/lecture-schema.js';
import { keys } from '../keys.js';
import { readItem } from './read-item.js';

const SlotSchema = v.object({ lectureId: v.string(), topicTitle: v.string(), startsAt: v.string(), endsAt: v.string() });
export type Slot = v.InferOutput<typeof SlotSchema>;

export function slotItem(lecture: Lecture): Record<string, unknown> {
  const slot: Slot = { lectureId: lecture.id, topicTitle: lecture.topicTitle, startsAt: lecture.startsAt, endsAt: lecture.endsAt };
  return { ...keys.expertSlot(lecture.expertId, lecture.startsAt, lecture.id), type: 'expert-slot', ...slot };
}

export function readSlot(item: Record<string, unknown>): Slot {
  return readItem(SlotSchema, item, 'expert-slot');
}
