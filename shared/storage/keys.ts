// Every key in the table is built here, by functions named after the access pattern they serve.
const PARTITIONS = {
  survey: (surveyId: string) => `SURVEY#${surveyId}`,
  responses: (surveyId: string) => `SURVEY#${surveyId}#RESPONSES`,
  counters: (surveyId: string) => `SURVEY#${surveyId}#COUNTERS`,
  catalogue: (kind: CatalogueKind) => `CATALOGUE#${kind}`,
};

export type CatalogueKind = 'unit' | 'front' | 'theme' | 'topic' | 'expert';

export const keys = {
  surveyById: (surveyId: string) => ({ pk: PARTITIONS.survey(surveyId), sk: 'DEFINITION' }),
  /** GSI keys listing a district's surveys by creation time. */
  surveysByCreation: (createdAt: string, surveyId: string) => ({ gsi1pk: 'SURVEYS', gsi1sk: `${createdAt}#${surveyId}` }),
  surveysByCreationPartition: () => 'SURVEYS',

  /** One response per submission id: the key is the idempotency guard. */
  responseBySubmission: (surveyId: string, submissionId: string) => ({
    pk: PARTITIONS.responses(surveyId),
    sk: `SUBMISSION#${submissionId}`,
  }),
  /** GSI keys listing a survey's responses in the order they arrived. */
  responsesByTime: (surveyId: string, submittedAt: string, responseId: string) => ({
    gsi1pk: PARTITIONS.responses(surveyId),
    gsi1sk: `${submittedAt}#${responseId}`,
  }),
  responsesPartition: (surveyId: string) => PARTITIONS.responses(surveyId),

  /** Counters are kept per unit so the report can be cut by unit and front and no one item is hot. */
  countersBySurveyUnit: (surveyId: string, unitId: string) => ({ pk: PARTITIONS.counters(surveyId), sk: `UNIT#${unitId}` }),
  countersPartition: (surveyId: string) => PARTITIONS.counters(surveyId),

  catalogueItem: (kind: CatalogueKind, id: string) => ({ pk: PARTITIONS.catalogue(kind), sk: id }),
  cataloguePartition: (kind: CatalogueKind) => PARTITIONS.catalogue(kind),

  /** Facts about the district's data itself, such as whether the demo was seeded. */
  meta: (name: string) => ({ pk: 'META', sk: name }),
};

/** Strips the prefix a key function added, e.g. the unit id from a counter sort key. */
export function idFromSortKey(sortKey: string): string {
  return sortKey.slice(sortKey.indexOf('#') + 1);
}
