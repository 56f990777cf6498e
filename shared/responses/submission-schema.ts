// The body a respondent's phone sends: the contract's POST /api/public/surveys/{id}/responses.
import * as v from 'valibot';

/**
 * A UUID names one submission whatever its letter case: read as lower case, so an upper-case copy is a
 * replay of the same submission, never a second response.
 */
export const SubmissionIdSchema = v.pipe(v.string(), v.uuid('submissionId must be a UUID'), v.toLowerCase());

export const SubmissionSchema = v.object({
  submissionId: SubmissionIdSchema,
  answers: v.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'answers must be an object keyed by question id',
  ),
  accessCode: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** The unit's link key when the survey was opened from a unit's page: the response is filed under that unit. */
  unitKey: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** Lecture feedback: the phone's own id for this lecture (one feedback per phone); surveys ignore it. */
  deviceId: v.optional(SubmissionIdSchema),
});

export type Submission = v.InferOutput<typeof SubmissionSchema>;
