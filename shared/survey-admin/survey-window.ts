// Whether a published survey takes responses at a given moment, by its opening and closing times.
import { SurveyClosedError, SurveyNotOpenError } from '../errors.js';
import type { SurveySettings } from './survey-settings-schema.js';

/**
 * Before opensAt: SurveyNotOpenError (403 "not open yet", so a link shared early says so rather than
 * "not found"); from closesAt on: SurveyClosedError (410, as for a survey closed by hand).
 */
export function surveyWindowError(surveyId: string, settings: SurveySettings, now: Date): Error | undefined {
  if (settings.opensAt !== undefined && now.getTime() < Date.parse(settings.opensAt)) return new SurveyNotOpenError(surveyId, settings.opensAt);
  if (settings.closesAt !== undefined && now.getTime() >= Date.parse(settings.closesAt)) return new SurveyClosedError(surveyId);
  return undefined;
}
