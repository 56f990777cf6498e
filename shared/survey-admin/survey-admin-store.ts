// Storage's ports for the organizers' side of surveys: versioned definitions, settings, access codes.
import * as v from 'valibot';
import type { ReadSettings, SurveySettings } from './survey-settings-schema.js';
import type { SurveySummary } from '../survey/survey-summary.js';
import type { Survey } from '../survey/survey-schema.js';

/** A definition with the version of its item: each save adds one (items from before versions read as 0). */
export interface VersionedSurvey {
  survey: Survey;
  version: number;
  /** The account that created it (surveys from before owners were kept have none). */
  owner?: string;
}

/** A survey in the list, with the account that created it. */
export interface ListedSurvey {
  summary: SurveySummary;
  owner?: string;
}

/** What the survey list needs from the table: every survey, newest first, without its responses. */
export interface SurveyAdminRepository {
  /** Fails with AlreadyExistsError when the id is taken. The new survey is version 1, owned by `owner`. */
  create(survey: Survey, owner?: string): Promise<void>;
  /** A strongly consistent read, for an edit that will be written back conditionally. */
  getVersioned(surveyId: string): Promise<VersionedSurvey | undefined>;
  list(): Promise<ListedSurvey[]>;
  /**
   * Replaces a draft's definition if it is still at `expectedVersion`; returns the new version.
   * SurveyFrozenError once it is published or closed, EditConflictError when it changed, RecordNotFoundError when missing.
   */
  replaceDraft(survey: Survey, expectedVersion: number, owner: string | undefined): Promise<number>;
  /** Moves a survey from one status to the next (the new definition carries its timestamps); SurveyStatusError when it is not in `from`, EditConflictError when it changed since `expectedVersion`. */
  transition(survey: Survey, from: Survey['status'], expectedVersion: number, owner: string | undefined): Promise<number>;
}

/** Settings as stored: the readable fields, the names of any unreadable ones, and the item's version (0 before the first save). */
export interface StoredSettings extends ReadSettings {
  version: number;
}

/** What respondents need: the settings a submission is held to, nothing to change them with. */
export type SurveySettingsReader = Pick<SurveySettingsRepository, 'get'>;

export interface SurveySettingsRepository {
  /** The settings with their version, for an edit; fields that cannot be read are left out and named. */
  read(surveyId: string): Promise<StoredSettings>;
  /** The readable settings (what respondents are held to). */
  get(surveyId: string): Promise<SurveySettings>;
  /** Saves the settings if the stored version is still `expectedVersion` (else EditConflictError); returns the new version. */
  put(surveyId: string, settings: SurveySettings, expectedVersion: number): Promise<number>;
  /** Resets the running total the response limit `limit` is checked against to `count`. */
  setQuotaCount(surveyId: string, count: number, limit: number): Promise<void>;
}

export const AccessCodeSchema = v.object({
  code: v.string(),
  unitId: v.string(),
  createdAt: v.string(),
  usedAt: v.optional(v.string()),
});
export type AccessCode = v.InferOutput<typeof AccessCodeSchema>;

export interface AccessCodeRepository {
  /** Stores new codes; never overwrites an existing one (a collision fails instead of reviving a used code). */
  create(surveyId: string, codes: AccessCode[]): Promise<void>;
  list(surveyId: string): Promise<AccessCode[]>;
}
