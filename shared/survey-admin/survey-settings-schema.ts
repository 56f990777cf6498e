// Options an organizer sets beside a survey's definition; unlike the questions they may change after publishing.
import * as v from 'valibot';

// Stored instants are UTC: a district time in the years 2000-2100 lands within a day of them in any zone.
const EARLIEST = Date.UTC(1999, 11, 31);
const LATEST = Date.UTC(2101, 0, 2);

const instant = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((text) => {
    const ms = Date.parse(text);
    return ms >= EARLIEST && ms < LATEST;
  }, 'Expected a time in the years 2000-2100'),
);

/** What is stored: instants in UTC, already converted from the district's local time. */
export const SurveySettingsSchema = v.object({
  opensAt: v.optional(instant),
  closesAt: v.optional(instant),
  responseLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000))),
  requireAccessCode: v.optional(v.boolean()),
  /** Best effort only: a cookie on the respondent's browser, not an identity check. */
  onePerDevice: v.optional(v.boolean()),
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
  /** The settings' version the change was made from (as read with the survey): a newer stored one answers 409 edit_conflict. */
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER))),
});

export type SurveySettings = v.InferOutput<typeof SurveySettingsSchema>;
export type SurveySettingsInput = v.InferOutput<typeof SurveySettingsInputSchema>;

export type SettingName = keyof typeof SurveySettingsSchema.entries;

export interface ReadSettings {
  settings: SurveySettings;
  /** Stored fields that do not fit the schema (written by an older version): left out, so the rest still works. */
  unreadable: SettingName[];
}

/**
 * Reads a stored settings object field by field, so one unreadable value costs only itself: the
 * survey's pages, the lists and submissions go on, and the organizer sees which setting to set again.
 */
export function readSettings(stored: unknown): ReadSettings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = {};
  const unreadable: SettingName[] = [];
  for (const [name, schema] of Object.entries(SurveySettingsSchema.entries) as [SettingName, v.GenericSchema][]) {
    if (record[name] === undefined) continue;
    const parsed = v.safeParse(schema, record[name]);
    if (parsed.success) settings[name] = parsed.output;
    else unreadable.push(name);
  }
  return { settings: settings as SurveySettings, unreadable };
}
