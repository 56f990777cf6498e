// Options an organizer sets beside a survey's definition; unlike the questions they may change after publishing.
import * as v from 'valibot';

const instant = v.pipe(v.string(), v.isoTimestamp());

/** What is stored: instants in UTC, already converted from the district's local time. */
export const SurveySettingsSchema = v.object({
  opensAt: v.optional(instant),
  closesAt: v.optional(instant),
  responseLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000))),
  requireAccessCode: v.optional(v.boolean()),
  /** Best effort only: a cookie on the respondent's browser, not an identity check. */
  onePerDevice: v.optional(v.boolean()),
  /** Hidden from the survey list by default (a year of per-lecture forms); respondents see no difference. */
  archived: v.optional(v.boolean()),
});

/**
 * What an organizer sends: times as "YYYY-MM-DDTHH:mm" in the district's time zone (or ISO with an
 * offset); null clears a setting; an absent field leaves it as it is.
 */
export const SurveySettingsInputSchema = v.object({
  opensAt: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40)))),
  closesAt: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40)))),
  responseLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)))),
  requireAccessCode: v.optional(v.boolean()),
  onePerDevice: v.optional(v.boolean()),
});

export type SurveySettings = v.InferOutput<typeof SurveySettingsSchema>;
export type SurveySettingsInput = v.InferOutput<typeof SurveySettingsInputSchema>;
