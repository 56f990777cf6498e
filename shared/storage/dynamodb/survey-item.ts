// The stored survey item: its keys, its status and version (for conditional writes) and the definition.
import { InvalidSurveyError } from '../../errors.js';
import { summaryOf } from '../../survey/survey-summary.js';
import type { Survey } from '../../survey/survey-schema.js';
import { keys } from '../keys.js';
import { MAX_ITEM_BYTES, sizedItem } from './item-size.js';

/**
 * The one shape of a stored survey, for organizers' writes and the seed alike.
 * A definition under the request limit can still pass the item limit (Chinese text takes 3 bytes a
 * character): it is measured and refused as an invalid survey before DynamoDB would refuse it.
 */
/** `owner`: the account that created it, kept beside the definition (never in it: respondents read the definition). */
export function surveyItem(survey: Survey, version?: number, owner?: string) {
  const item = {
    ...keys.surveyById(survey.id),
    type: 'survey',
    status: survey.status,
    survey,
    ...(version === undefined ? {} : { version }),
    ...(owner === undefined ? {} : { owner }),
  };
  return sizedItem(
    item,
    (bytes) =>
      new InvalidSurveyError([
        { code: 'definition_too_large', message: `The definition takes ${Math.ceil(bytes / 1024)} KB stored; at most ${MAX_ITEM_BYTES / 1024} KB fit. Shorten texts or split the survey.` },
      ]),
  );
}

/** The summary beside it, in the creation-time index that lists read (a few hundred bytes: unit ids and fronts). */
export function surveySummaryItem(survey: Survey, version: number, owner?: string) {
  return sizedItem(
    {
      ...keys.surveySummary(survey.id),
      ...keys.surveysByCreation(survey.createdAt, survey.id),
      type: 'survey-summary',
      summary: summaryOf(survey),
      version,
      ...(owner === undefined ? {} : { owner }),
    },
    () => new InvalidSurveyError([{ code: 'definition_too_large', message: 'The survey lists too many units to keep its summary.' }]),
  );
}
