// A survey as a respondent may open it: published, not closed, within its opening times.
import type { Clock } from '../kernel/clock.js';
import { SurveyClosedError } from '../errors.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import type { SurveySettingsReader } from '../survey-admin/survey-admin-store.js';
import type { SurveySettings } from '../survey-admin/survey-settings-schema.js';
import { surveyWindowError } from '../survey-admin/survey-window.js';
import type { Survey } from '../survey/survey-schema.js';
import { publicSurvey } from './submit-response.js';

export interface OpenSurvey {
  survey: Survey;
  settings: SurveySettings;
}

/** Throws SurveyNotFoundError, SurveyClosedError or SurveyNotOpenError when it may not be answered now. */
export async function openSurvey(deps: { surveys: SurveyRepository; settings: SurveySettingsReader; clock: Clock }, surveyId: string): Promise<OpenSurvey> {
  const [survey, settings] = await Promise.all([publicSurvey(deps.surveys, surveyId), deps.settings.get(surveyId)]);
  if (survey.status === 'closed') throw new SurveyClosedError(surveyId);
  const outside = surveyWindowError(surveyId, settings, deps.clock.now());
  if (outside) throw outside;
  return { survey, settings };
}
