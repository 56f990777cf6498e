// What the respondent app needs from the outside world, passed in once at start-up.
import type { Clock, IdGenerator } from '../../shared/clock.js';
import type {
  FeedbackFormRepository,
  FeedbackRepository,
  LectureRepository,
  ResponseRepository,
  SurveyRepository,
  SurveySettingsReader,
} from '../../shared/storage/ports.js';
import type { Logger } from '../http/logger.js';
import type { AppMetrics } from '../http/metrics.js';

export interface RespondentDeps {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  /** Opening times, response limits and access codes, enforced on every submission. */
  settings: SurveySettingsReader;
  /** Lectures (read only here), their feedback and the district's feedback form. */
  lectures: LectureRepository;
  feedback: FeedbackRepository;
  feedbackForms: FeedbackFormRepository;
  clock: Clock;
  newId: IdGenerator;
  logger: Logger;
  /** Submissions, replays, refusals and 5xx counted (EMF in Lambda); none when absent. */
  metrics?: AppMetrics;
  /** The district's time zone, for the opening time a "not open yet" page shows. */
  timeZone: string;
}
