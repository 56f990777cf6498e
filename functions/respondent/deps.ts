// What the respondent app needs from the outside world, passed in once at start-up.
import type { Clock, IdGenerator } from '../../shared/clock.js';
import type { ResponseRepository, SurveyRepository } from '../../shared/storage/ports.js';
import type { Logger } from '../http/logger.js';

export interface RespondentDeps {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  clock: Clock;
  newId: IdGenerator;
  logger: Logger;
}
