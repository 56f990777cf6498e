// The suggestions (text answers) left on an expert's or a topic's lectures, newest lecture first, a
// page at a time. Only responses with text are stored as suggestions, so a page reads no ratings.
import * as v from 'valibot';
import { InvalidCursorError } from '../errors.js';
import type { FeedbackFormRepository, FeedbackRepository } from './lecture-store.js';
import type { Survey } from '../survey/survey-schema.js';
import { feedbackFormVersion } from './feedback-form.js';
import type { Lecture } from './lecture-schema.js';

export interface SuggestionRow {
  lectureId: string;
  topic: string;
  expert: string;
  startsAt: string;
  submittedAt: string;
  texts: { questionId: string; title: string; text: string }[];
}

const CursorSchema = v.object({ i: v.pipe(v.number(), v.integer(), v.minValue(0)), c: v.optional(v.pipe(v.string(), v.maxLength(2000))) });

function readCursor(cursor: string | undefined): v.InferOutput<typeof CursorSchema> {
  if (!cursor) return { i: 0 };
  try {
    return v.parse(CursorSchema, JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new InvalidCursorError();
  }
}

const writeCursor = (i: number, c?: string) => Buffer.from(JSON.stringify(c ? { i, c } : { i })).toString('base64url');

export async function suggestionsPage(
  deps: { feedback: FeedbackRepository; feedbackForms: FeedbackFormRepository },
  lectures: readonly Lecture[],
  options: { limit?: number; cursor?: string } = {},
): Promise<{ suggestions: SuggestionRow[]; cursor?: string }> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const newestFirst = [...lectures].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  let { i, c } = readCursor(options.cursor);
  const rows: SuggestionRow[] = [];
  const forms = new Map<number, Survey>();
  while (i < newestFirst.length && rows.length < limit) {
    const lecture = newestFirst[i] as Lecture;
    const page = await deps.feedback.suggestions(lecture.id, { limit: limit - rows.length, ...(c ? { cursor: c } : {}) });
    let form = forms.get(lecture.formVersion);
    if (!form) forms.set(lecture.formVersion, (form = await feedbackFormVersion(deps.feedbackForms, lecture.formVersion)));
    const titles = new Map(form.questions.map((q) => [q.id, q.title]));
    for (const s of page.items) {
      rows.push({
        lectureId: lecture.id,
        topic: lecture.topicTitle,
        expert: lecture.expertName,
        startsAt: lecture.startsAt,
        submittedAt: s.submittedAt,
        texts: Object.entries(s.texts).map(([questionId, text]) => ({ questionId, title: titles.get(questionId) ?? questionId, text })),
      });
    }
    if (page.cursor) c = page.cursor;
    else {
      i += 1;
      c = undefined;
    }
  }
  return { suggestions: rows, ...(i < newestFirst.length ? { cursor: writeCursor(i, c) } : {}) };
}
