// The stored survey item: its keys, its status and version (for conditional writes) and the definition.
import { InvalidSurveyError } from '../../errors.js';
import type { Survey } from '../../survey/survey-schema.js';
import { keys } from '../keys.js';
import { itemBytes, MAX_ITEM_BYTES } from './item-size.js';

/**
 * The one shape of a stored survey, for organizers' writes and the seed alike.
 * A definition under the request limit can still pass the item limit (Chinese text takes 3 bytes a
 * character): it is measured and refused as an invalid survey before DynamoDB would refuse it.
 */
/** `owner`: the account that created it, kept beside the definition (never in it: respondents read the definition). */
export function surveyItem(survey: Survey, version?: number, owner?: string) {
  const item = {
    ...keys.surveyById(survey.id),
    ...keys.surveysByCreation(survey.createdAt, survey.id),
    type: 'survey',
    status: survey.status,
    survey,
    ...(version === undefined ? {} : { version }),
    ...(owner === undefined ? {} : { owner }),
  };
  const bytes = itemBytes(item);
  if (bytes > MAX_ITEM_BYTES) {
    throw new InvalidSurveyError([
      { code: 'definition_too_large', message: `The definition takes ${Math.ceil(bytes / 1024)} KB stored; at most ${MAX_ITEM_BYTES / 1024} KB fit. Shorten texts or split the survey.` },
    ]);
  }
  return item;
}
