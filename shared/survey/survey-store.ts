// Storage's port for survey definitions as respondents read them.
import type { Survey } from './survey-schema.js';

export interface SurveyRepository {
  get(surveyId: string): Promise<Survey | undefined>;
  put(survey: Survey): Promise<void>;
}
